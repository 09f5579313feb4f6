"""The command line as scripts use it (subprocesses): exit codes, the JSON document, export,
template, status, demo, rollback; and kill -9 at every step of publishing."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import signal
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT, SHARED, cli, current, lake_files, needs_shared, published, readable
from test_ingest import EXCEL_UITGAVEN, excel_file

from pipelines import paths
from pipelines.contract import DATASETS
from pipelines.errors import FILE_CODES
from pipelines.ingest import ingest
from pipelines.store import Store


@pytest.fixture
def excel(tmp_path) -> Path:
    path = tmp_path / "export.csv"
    path.write_bytes(excel_file())
    return path


def test_ingest_json_document(data_dir, excel):
    run = cli("ingest", "uitgaven", str(excel), "--json", data_dir=data_dir)
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)  # exactly one JSON document on stdout
    assert {"dataset", "file_sha256", "rows_read", "rows_accepted", "rows_rejected", "duplicate_of",
            "version", "errors"} <= set(doc)  # fmt: skip
    assert doc["dataset"] == "uitgaven"
    assert doc["file_sha256"] == hashlib.sha256(excel.read_bytes()).hexdigest()
    assert (doc["rows_read"], doc["rows_accepted"], doc["rows_rejected"]) == (7, 4, 3)
    assert doc["duplicate_of"] is None and doc["version"] == 1
    assert [(e["line"], e["column"], e["value"], e["code"]) for e in doc["errors"]] == [
        (5, "boekingsdatum", "31/02/2022", "NOT_A_DATE"),
        (6, "begunstigde", "Gentt", "MUNICIPALITY_UNKNOWN"),
        (7, None, EXCEL_UITGAVEN[6], "FIELD_COUNT"),
    ]
    assert all(e["message"] for e in doc["errors"])

    again = cli("ingest", "uitgaven", str(excel), "--json", data_dir=data_dir)
    assert again.returncode == 0
    doc2 = json.loads(again.stdout)
    assert doc2["duplicate_of"] == doc["ingest_id"] and doc2["version"] == 1


def test_ingest_text_report_is_dutch(data_dir, excel):
    run = cli("ingest", "uitgaven", str(excel), data_dir=data_dir)
    assert run.returncode == 0
    assert "GEPUBLICEERD" in run.stdout and "Rijen gelezen: 7, aanvaard: 4, geweigerd: 3" in run.stdout
    assert "regel 6, kolom begunstigde, waarde 'Gentt'" in run.stdout


def test_refused_file_exits_1_and_publishes_nothing(data_dir, tmp_path):
    bad = tmp_path / "leeg.csv"
    bad.write_bytes(b"")
    run = cli("ingest", "trajecten", str(bad), "--json", data_dir=data_dir)
    assert run.returncode == 1
    doc = json.loads(run.stdout)
    assert doc["version"] is None and doc["errors"][0]["code"] == "FILE_EMPTY"
    assert current(data_dir) is None


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["ingest"],
        ["ingest", "onbekend", "x.csv"],
        ["ingest", "trajecten", "bestaat-niet.csv"],
        ["ingest", "trajecten", "pyproject.toml", "--mode", "overschrijven"],
        ["export", "trajecten"],
        ["export", "trajecten", "--out", "x", "--format", "xlsx"],
    ],
)
def test_usage_errors_exit_2(data_dir, args):
    run = cli(*args, data_dir=data_dir)
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert current(data_dir) is None


def test_data_dir_resolution(tmp_path, monkeypatch):
    monkeypatch.delenv("VAPA_DATA_DIR", raising=False)
    assert paths.data_dir() == PROJECT / "data"
    monkeypatch.setenv("VAPA_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    assert paths.data_dir(tmp_path / "flag") == tmp_path / "flag"  # --data-dir wins


def test_data_dir_flag_overrides_environment(tmp_path, excel):
    flag, env = tmp_path / "flag", tmp_path / "env"
    run = cli("ingest", "uitgaven", str(excel), "--data-dir", str(flag), data_dir=env)
    assert run.returncode == 0
    assert current(flag) is not None and current(env) is None


def test_export_csv_and_parquet_are_the_published_rows(data_dir, excel, tmp_path):
    assert cli("ingest", "uitgaven", str(excel), data_dir=data_dir).returncode == 0
    out_pq, out_csv = tmp_path / "u.parquet", tmp_path / "u.csv"
    assert (
        cli("export", "uitgaven", "--format", "parquet", "--out", str(out_pq), data_dir=data_dir).returncode
        == 0
    )
    assert cli("export", "uitgaven", "--out", str(out_csv), data_dir=data_dir).returncode == 0
    exported = duckdb.sql(f"SELECT * FROM read_parquet('{out_pq}') ORDER BY boeking_id").df()
    rows = duckdb.sql(f"SELECT * FROM {published(data_dir, 'uitgaven')}").df()
    assert sorted(exported["boeking_id"]) == sorted(rows["boeking_id"]) == ["B-1", "B-2", "B-6", "B-7"]
    assert "begunstigde_nis" in exported.columns
    data = out_csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    by_id = {r["boeking_id"]: r for r in rows}
    assert (
        by_id["B-1"]["bedrag"] == "12500,00" and by_id["B-6"]["bedrag"] == "-250,75"
    )  # numbers stay numbers
    assert by_id["B-1"]["begunstigde_nis"] == "46021"
    assert by_id["B-6"]["omschrijving"] == '\'=HYPERLINK("http://x")'  # formula neutralised
    assert by_id["B-1"]["omschrijving"] == "Vastlegging “uitwisseling” € 12.500"


def test_export_without_published_data(data_dir, tmp_path):
    run = cli("export", "trajecten", "--out", str(tmp_path / "t.csv"), data_dir=data_dir)
    assert run.returncode == 1
    assert "gepubliceerd" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "t.csv").exists()


@pytest.mark.parametrize("dataset", list(DATASETS))
def test_template_ingests_cleanly_through_the_cli(data_dir, tmp_path, dataset):
    out = tmp_path / f"{dataset}.csv"
    assert cli("template", dataset, "--out", str(out)).returncode == 0
    run = cli("ingest", dataset, str(out), "--json", data_dir=data_dir)
    doc = json.loads(run.stdout)
    assert run.returncode == 0 and doc["rows_rejected"] == 0 and doc["rows_accepted"] > 0


def test_status_and_rollback(data_dir, excel, tmp_path):
    assert "Nog niets gepubliceerd" in cli("status", data_dir=data_dir).stdout
    cli("ingest", "uitgaven", str(excel), data_dir=data_dir)
    second = tmp_path / "second.csv"
    second.write_bytes(excel_file().replace(b"B-7;", b"B-8;"))
    cli("ingest", "uitgaven", str(second), data_dir=data_dir)
    info = json.loads(cli("status", "--json", data_dir=data_dir).stdout)
    assert info["version"] == 2 and info["datasets"]["uitgaven"]["rows"] == 4
    assert cli("rollback", "1", data_dir=data_dir).returncode == 0
    info = json.loads(cli("status", "--json", data_dir=data_dir).stdout)
    assert info["version"] == 3
    ids = duckdb.sql(f"SELECT boeking_id FROM {published(data_dir, 'uitgaven')}").fetchall()
    assert ("B-7",) in ids and ("B-8",) not in ids


def test_demo_command_is_deterministic_and_protects_real_data(tmp_path, excel):
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        run = cli("demo", data_dir=d)
        assert run.returncode == 0 and run.stdout.count("published") == 4
    for name in DATASETS:
        rows = [
            duckdb.sql(f"SELECT * EXCLUDE (_ingest_id) FROM {published(d, name)} ORDER BY ALL").fetchall()
            for d in (a, b)
        ]
        assert rows[0] == rows[1], name
    real = tmp_path / "real"
    cli("ingest", "uitgaven", str(excel), data_dir=real)
    refused = cli("demo", data_dir=real)
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert cli("demo", "--if-empty", data_dir=real).returncode == 0
    assert current(real)["version"] == 1  # untouched


# --- kill -9 at every step of publishing -------------------------------------------------------

CRASH_POINTS = ("after_scan", "before_begin", "after_insert", "before_commit", "after_commit")
COMMITTED = {"after_commit"}  # the snapshot is committed


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_kill_9_during_publishing_leaves_a_readable_version(data_dir, excel, tmp_path, point):
    assert cli("ingest", "uitgaven", str(excel), data_dir=data_dir).returncode == 0
    assert readable(data_dir)[:2] == (1, 4)
    bigger = tmp_path / "bigger.csv"
    bigger.write_bytes(excel_file() + b"B-9;01/10/2022;2022;vastlegging;overige;Gent;;5,00;SH0;extra\r\n")
    run = cli("ingest", "uitgaven", str(bigger), "--mode", "append", data_dir=data_dir, VAPA_CRASH_AT=point)
    assert run.returncode == -signal.SIGKILL
    # A reader right after the kill: the old version, or the complete new one, never a mix.
    assert readable(data_dir)[:2] == ((2, 5) if point in COMMITTED else (1, 4))
    # `recover` cleans up; the store is consistent and works.
    assert cli("recover", data_dir=data_dir).returncode == 0
    assert not [p for p in (data_dir / "staging").rglob("*") if p.is_file()]
    on_disk, named = lake_files(data_dir)
    assert on_disk == named  # no orphan files
    store = Store(data_dir)
    ledger_versions = {r.get("version") for r in store.ledger() if r.get("status") == "published"}
    assert ledger_versions == {v["version"] for v in store.versions()}
    store.close()
    again = cli("ingest", "uitgaven", str(bigger), "--mode", "append", "--json", data_dir=data_dir)
    doc = json.loads(again.stdout)
    if point in COMMITTED:
        assert doc["duplicate_of"] is not None  # the killed ingest did publish
    else:
        assert doc["rows_accepted"] == 1 and doc["version"] == 2  # only B-9 is new
    assert readable(data_dir)[1] == 5


# --- public corpora ----------------------------------------------------------------------------

CORPUS = sorted(p for p in (SHARED / "corpora").rglob("*") if p.is_file() and p.suffix.lower() != ".md")


@needs_shared
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: str(p.relative_to(SHARED / "corpora")))
def test_public_corpora_give_a_classified_answer(tmp_path, path):
    for dataset in DATASETS:
        # the upload page's check first: nothing may be written by it
        check = ingest(dataset, path, data_dir=tmp_path / "check", user="corpus", dry_run=True)
        assert check.status in ("valid", "refused"), check.status
        if check.refusal:
            assert check.refusal.code in FILE_CODES and check.refusal.code != "INTERNAL_ERROR", check.refusal
        check_store = Store(tmp_path / "check")
        assert check_store.current() is None and not check_store.ledger()  # nothing published or logged
        check_store.close()
        result = ingest(dataset, path, data_dir=tmp_path / dataset, user="corpus")
        if result.status == "refused":
            assert result.refusal.code in FILE_CODES and result.refusal.code != "INTERNAL_ERROR", (
                dataset,
                result.refusal,
            )
            assert current(tmp_path / dataset) is None
        else:
            assert result.rows_read == result.rows_accepted + result.rows_rejected
            assert result.rows_accepted > 0
