"""The store in process (pipelines/store.py): what a killed writer leaves is cleared and the
ledger completed, versions and rollbacks as recorded, a second writer waits with a Dutch
message. The crash tests (tests/reliability/) kill real processes; these run in the test's own
process, where the mutation run can see them."""

from __future__ import annotations

import json
import os

import pytest
from conftest import csv_bytes

from pipelines import store as s
from pipelines.ingest import ingest
from pipelines.store import LockTimeout, Store

HEADER = ["boeking_id", "boekingsdatum", "begrotingsjaar", "fase", "stroom", "begunstigde", "bedrag"]


def _publish(data_dir, *keys: str, mode: str = "replace"):
    rows = [[k, "01/03/2023", "2023", "vastlegging", "coordinatie_vvsg", "VVSG", "1.000,00"] for k in keys]
    result = ingest("uitgaven", csv_bytes([HEADER, *rows]), file_name=f"{keys[0]}.csv", mode=mode,
                    data_dir=data_dir, user="an")  # fmt: skip
    assert result.status in ("published", "refused"), result.refusal
    return result


def test_versions_and_the_ledger_as_recorded(data_dir):
    store = Store(data_dir)
    assert (store.current(), store.current_version(), store.versions(), store.ledger()) == (None, 0, [], [])
    assert store.dataset_file("uitgaven") is None and store.version(1) is None
    first = _publish(data_dir, "A")
    second = _publish(data_dir, "B", mode="append")
    assert store.current_version() == 2
    assert [v["version"] for v in store.versions()] == [1, 2]
    assert store.version(2)["datasets"]["uitgaven"]["ingests"] == [first.ingest_id, second.ingest_id]
    assert store.version(3) is None and store.version(0) is None
    entry = store.current()["datasets"]["uitgaven"]
    assert (entry["rows"], entry["sources"], entry["demo"]) == (
        2,
        [first.file_sha256, second.file_sha256],
        False,
    )
    assert store.dataset_file("uitgaven") == data_dir / entry["file"]
    assert (
        store.dataset_file("uitgaven", store.version(1))
        == data_dir / store.version(1)["datasets"]["uitgaven"]["file"]
    )
    assert [(r["status"], r["version"], r["user"]) for r in store.ledger()] == [("published", 1, "an"),
                                                                               ("published", 2, "an")]  # fmt: skip
    manifest = json.loads((data_dir / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["format"], manifest["action"], manifest["user"]) == (1, "ingest", "an")
    assert (
        manifest["ingest_id"] == second.ingest_id
        and manifest["created_at"] == manifest["ingest"]["finished_at"]
    )
    # a version written after the manifest (a killed writer's) is not one of the versions
    (data_dir / "versions" / "000003.json").write_text(json.dumps({"version": 3}), encoding="utf-8")
    assert [v["version"] for v in store.versions()] == [1, 2] and store.version(3) is None


def test_a_rollback_is_a_new_version_with_the_old_data_and_a_ledger_line(data_dir):
    store = Store(data_dir)
    _publish(data_dir, "A")
    _publish(data_dir, "B", mode="append")
    with store.write_lock():
        rolled = store.rollback(1, "bo")
    assert rolled["version"] == 3 and store.current_version() == 3
    assert store.current()["datasets"] == store.version(1)["datasets"]
    assert (rolled["action"], rolled["rollback_to"], rolled["user"]) == ("rollback", 1, "bo")
    assert rolled["created_at"] == rolled["ingest"]["finished_at"] == rolled["ingest"]["started_at"]
    line = store.ledger()[-1]
    assert (line["action"], line["status"], line["rollback_to"], line["version"], line["user"]) == (
        "rollback", "rollback", 1, 3, "bo")  # fmt: skip
    with store.write_lock(), pytest.raises(ValueError, match="versie 7 bestaat niet"):
        store.rollback(7, "bo")


def test_what_a_killed_writer_left_is_cleared_and_the_ledger_completed(data_dir):
    store = Store(data_dir)
    published = _publish(data_dir, "A")
    kept = sorted(p.name for p in (data_dir / "raw").iterdir())
    # leftovers of writers killed at every step
    (data_dir / "staging" / "x").mkdir(parents=True)
    (data_dir / "staging" / "x" / "original.bin").write_bytes(b"half")
    (data_dir / "staging" / "loose.tmp").write_bytes(b"")
    for tmp in (data_dir / ".manifest.json.1.tmp", data_dir / "versions" / ".000002.json.1.tmp",
                data_dir / "raw" / ".abc.1.tmp", data_dir / "rejects" / ".x.1.tmp"):  # fmt: skip
        tmp.write_bytes(b"{")
    (data_dir / "versions" / "000002.json").write_text(
        json.dumps({"version": 2, "datasets": {}}), encoding="utf-8"
    )
    orphan = data_dir / "files" / "uitgaven" / "orphan.parquet"
    orphan.write_bytes(b"PAR1")
    (data_dir / "rejects" / "20260101T000000-dead.parquet").write_bytes(b"PAR1")
    (data_dir / "raw" / ("f" * 64 + ".csv")).write_bytes(b"a;b\r\n")
    # the ledger: a torn last line, and the line of version 1 lost
    (data_dir / "ledger.jsonl").write_bytes(b'{"torn": ')
    with store.write_lock():
        pass  # every writer recovers first
    assert list((data_dir / "staging").iterdir()) == []
    assert not [p for d in ("", "versions", "raw", "rejects") for p in (data_dir / d).glob(".*.tmp")]
    assert sorted(p.name for p in (data_dir / "versions").iterdir()) == ["000001.json"]
    assert not orphan.exists() and store.dataset_file("uitgaven").exists()
    assert list((data_dir / "rejects").iterdir()) == []
    assert sorted(p.name for p in (data_dir / "raw").iterdir()) == kept  # the upload of version 1 stays
    ledger = store.ledger()
    assert [(r["ingest_id"], r["version"]) for r in ledger] == [(published.ingest_id, 1)]
    assert (data_dir / "ledger.jsonl").read_bytes().endswith(b"\n")
    assert store.current_version() == 1


def test_the_rejects_and_the_raw_upload_of_a_logged_ingest_stay(data_dir):
    store = Store(data_dir)
    rows = [["K", "31/02/2023", "2023", "vastlegging", "coordinatie_vvsg", "VVSG", "1,00"],
            ["L", "01/03/2023", "2023", "vastlegging", "coordinatie_vvsg", "VVSG", "1,00"]]  # fmt: skip
    result = ingest("uitgaven", csv_bytes([HEADER, *rows]), file_name="x.csv", data_dir=data_dir, user="an")
    assert result.rows_rejected == 1
    before = {p.name for d in ("raw", "rejects") for p in (data_dir / d).iterdir()}
    assert before == {f"{result.file_sha256}.csv", f"{result.ingest_id}.parquet"}
    assert store.try_recover() is True
    assert {p.name for d in ("raw", "rejects") for p in (data_dir / d).iterdir()} == before
    assert store.raw_path(result.file_sha256) == data_dir / "raw" / f"{result.file_sha256}.csv"
    (data_dir / "raw" / "w.xlsx").write_bytes(b"PK")
    assert store.raw_path("w") == data_dir / "raw" / "w.xlsx"
    assert store.raw_path("nothing") == data_dir / "raw" / "nothing.csv"


def test_a_second_writer_waits_then_gives_up_in_dutch(data_dir):
    store = Store(data_dir)
    with store.write_lock():
        assert store.try_recover() is False
        with pytest.raises(LockTimeout, match="Er loopt al een andere opslag of terugzetting"):
            with Store(data_dir).write_lock(timeout=0.1):
                pass
    assert store.try_recover() is True


def test_an_upload_is_kept_once_even_without_hard_links(data_dir, monkeypatch):
    store = Store(data_dir)
    store.recover()
    source = data_dir / "staging" / "upload.bin"
    source.write_bytes(b"a;b\r\n1;2\r\n")

    def no_links(*args, **kwargs):
        raise OSError("links not allowed here")

    monkeypatch.setattr(os, "link", no_links)
    kept = store.keep_raw(source, "abc", "csv")
    assert kept == data_dir / "raw" / "abc.csv" and kept.read_bytes() == source.read_bytes()
    source.write_bytes(b"other")
    assert store.keep_raw(source, "abc", "csv").read_bytes() == b"a;b\r\n1;2\r\n"  # once per content
    assert not list((data_dir / "raw").glob(".*"))


def test_the_ids_and_times_of_an_ingest():
    stamp = s.now_iso()
    assert len(stamp) == 25 and stamp.endswith("+00:00") and stamp[10] == "T"
    ingest_id = s.new_ingest_id()
    assert len(ingest_id) == 24 and ingest_id[8] == "T" and ingest_id[15] == "-"
    assert s.new_ingest_id() != s.new_ingest_id()
