"""The service deployment: the catalog in PostgreSQL, the data files on S3-compatible storage
(SeaweedFS), the same code as embedded. Publish, history, rollback, export and maintain;
SIGKILL at every point of a publish and a rollback; PostgreSQL or the storage down."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PROJECT, cli_env, lake_files, readable
from services import PG_PASSWORD, S3_SECRET, start_postgres, start_seaweed
from test_ingest import csv_file, excel_file, row

from pipelines import lake
from pipelines.store import Store


def cli(*args: str, data_dir: Path, env: dict[str, str], **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipelines", *args],
        cwd=PROJECT, env=cli_env(data_dir, **env, **extra), capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_the_same_code_runs_as_a_service(service, tmp_path):
    data = tmp_path / "host-a"  # raw uploads, rejected rows and logs stay in a folder
    assert cli("demo", data_dir=data, env=service).returncode == 0
    excel = tmp_path / "export.csv"
    excel.write_bytes(excel_file())
    run = cli("ingest", "uitgaven", str(excel), "--json", data_dir=data, env=service)
    doc = json.loads(run.stdout)
    assert doc["status"] == "published" and doc["version"] == 5 and doc["rows_rejected"] == 3
    assert (data / "rejects" / f"{doc['ingest_id']}.parquet").exists()
    status = cli("status", data_dir=data, env=service)
    assert status.returncode == 0 and "Versie 5" in status.stdout and "password=***" in status.stdout
    assert PG_PASSWORD not in status.stdout + status.stderr
    assert cli("rollback", "4", data_dir=data, env=service).returncode == 0
    out = tmp_path / "u.csv"
    assert cli("export", "uitgaven", "--out", str(out), data_dir=data, env=service).returncode == 0
    assert out.read_bytes().count(b"\r\n") == 66  # the demo's 65 bookings again, and the header
    # a second host: its own folder, the same catalog and files
    other = tmp_path / "host-b"
    info = json.loads(cli("status", "--json", data_dir=other, env=service).stdout)
    assert info["version"] == 6 and info["datasets"]["uitgaven"]["rows"] == 65
    assert all(v["version"] for v in info["versions"])
    lake.forget()
    store = Store(other)
    files = store.files("uitgaven", 6)
    assert files and all(f.startswith(service["VAPA_DATA_PATH"]) for f in files)
    store.close()
    done = cli("maintain", "--grace-minutes", "0", data_dir=other, env=service)
    assert done.returncode == 0 and "samengevoegd" in done.stdout, done.stderr


POINTS = ("after_stage", "before_begin", "after_delete", "after_insert", "before_commit", "after_commit")


@pytest.mark.parametrize("point", POINTS)
def test_sigkill_on_postgres_and_s3_leaves_the_old_or_the_new_snapshot(service, tmp_path, point):
    data = tmp_path / "data"
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_bytes(excel_file())
    second.write_bytes(csv_file("uitgaven", [row("uitgaven", boeking_id=f"N-{i}") for i in range(1, 6)]))
    assert cli("ingest", "uitgaven", str(first), data_dir=data, env=service).returncode == 0
    lake.forget()
    before = readable(data)
    run = cli("ingest", "uitgaven", str(second), data_dir=data, env=service, VAPA_CRASH_AT=point)
    assert run.returncode == -signal.SIGKILL
    lake.forget()
    after = readable(data)
    if point == "after_commit":
        assert after[:2] == (2, 5) and after != before
    else:
        assert after == before
    if point != "after_commit":  # publish it now, so the rollback below changes the data
        assert cli("ingest", "uitgaven", str(second), data_dir=data, env=service).returncode == 0
        lake.forget()
        after = readable(data)
    # a rollback killed at the same point: the snapshot before it, or the rolled-back one
    killed = cli("rollback", "1", data_dir=data, env=service, VAPA_CRASH_AT=point)
    is_point = point != "after_stage"  # a rollback stages nothing
    assert (killed.returncode == -signal.SIGKILL) == is_point, killed.stderr
    lake.forget()
    now = readable(data)
    assert now[1:] == (before[1:] if point == "after_commit" or not is_point else after[1:])
    # maintain removes what the killed writers left on S3 and in the data folder
    assert cli("maintain", "--grace-minutes", "0", data_dir=data, env=service).returncode == 0
    lake.forget()
    on_disk, named = lake_files(data)
    assert on_disk == named and on_disk
    assert not [p for p in (data / "staging").rglob("*") if p.is_file()]


def test_postgres_down_is_said_in_dutch_without_the_password(tmp_path, seaweed, monkeypatch):
    pg = start_postgres()
    env = {
        "VAPA_CATALOG": pg.catalog(pg.new_database()),
        "VAPA_DATA_PATH": seaweed.new_prefix(),
        **seaweed.settings(),
    }
    data = tmp_path / "data"
    try:
        assert cli("demo", data_dir=data, env=env).returncode == 0
        pg.stop()
        upload = tmp_path / "b.csv"
        upload.write_bytes(csv_file("budget", [row("budget")]))
        for args in (("status",), ("ingest", "budget", str(upload)), ("rollback", "1"), ("recover",),
                     ("export", "budget", "--out", str(tmp_path / "x.csv")), ("maintain",)):  # fmt: skip
            run = cli(*args, data_dir=data, env=env)
            text = run.stdout + run.stderr
            assert run.returncode == 1, (args, text)
            assert (
                "De catalogusdatabank" in text and "niet bereikbaar" in text and "PostgreSQL draait" in text
            )
            assert PG_PASSWORD not in text and "Traceback" not in text
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        lake.forget()
        at = _page(data, monkeypatch)
        errors = [e.value for e in at.error]
        assert not at.exception and errors and "De catalogusdatabank" in errors[0]
        assert PG_PASSWORD not in " ".join(errors)
    finally:
        pg.remove()


def test_object_storage_down_is_said_in_dutch(tmp_path, postgres, monkeypatch):
    sw = start_seaweed()
    env = {
        "VAPA_CATALOG": postgres.catalog(postgres.new_database()),
        "VAPA_DATA_PATH": sw.new_prefix(),
        **sw.settings(),
    }
    data = tmp_path / "data"
    try:
        assert cli("demo", data_dir=data, env=env).returncode == 0
        sw.stop()
        for args in (("export", "budget", "--out", str(tmp_path / "x.csv")), ("rollback", "1")):
            run = cli(*args, data_dir=data, env=env)
            text = run.stdout + run.stderr
            assert run.returncode == 1 and "De opslag van de gegevensbestanden" in text, text
            assert S3_SECRET not in text and "Traceback" not in text
    finally:
        sw.remove()


def _page(data: Path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("VAPA_DATA_DIR", str(data))
    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=60)
    at.run()
    return at


def test_no_row_lost_with_two_hosts_appending_at_once(service, tmp_path):
    """Two writers with their own data folders (no shared lock) append distinct keys to the same
    dataset at once, through PostgreSQL and S3: both land, nothing twice."""
    files = []
    for prefix in ("P", "Q"):
        path = tmp_path / f"{prefix}.csv"
        path.write_bytes(
            csv_file("uitgaven", [row("uitgaven", boeking_id=f"{prefix}-{i}") for i in range(200)])
        )
        files.append(path)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pipelines",
                "ingest",
                "uitgaven",
                str(path),
                "--mode",
                "append",
                "--json",
            ],
            cwd=PROJECT,
            env=cli_env(tmp_path / f"host-{n}", **service),
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for n, path in enumerate(files)
    ]
    docs = [json.loads(p.communicate(timeout=300)[0]) for p in procs]
    assert [d["status"] for d in docs] == ["published", "published"], [
        e["message"] for d in docs for e in d["errors"][:1]
    ]
    lake.forget()
    store = Store(tmp_path / "reader")
    version = store.current_version()
    ids = [r[0] for r in store.sql(f"SELECT boeking_id FROM {store.relation('uitgaven', version)}")]
    store.close()
    assert sorted(ids) == sorted([f"P-{i}" for i in range(200)] + [f"Q-{i}" for i in range(200)])


_FIRST_ATTACH = """
import sys, time
from pipelines import lake
time.sleep(max(0.0, float(sys.argv[1]) - time.time()))
con = lake.connect(lake.settings(sys.argv[2]))
print(con.execute("SELECT count(*) FROM lake_meta.ducklake_metadata").fetchone()[0])
"""


def test_hosts_starting_at_once_on_a_new_catalog_all_attach(service, tmp_path):
    """The first hosts of a service start at the same moment on an empty PostgreSQL catalog:
    each creates DuckLake's tables or finds them made by another, and none is refused."""
    start = f"{time.time() + 4:.3f}"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _FIRST_ATTACH, start, str(tmp_path / f"host-{n}")],
            cwd=PROJECT,
            env=cli_env(tmp_path / f"host-{n}", **service),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for n in range(6)
    ]
    runs = [(p.communicate(timeout=300), p.returncode) for p in procs]
    assert [code for _, code in runs] == [0] * 6, [err[-300:] for (_, err), _ in runs]
