"""The store in process (pipelines/store.py), for what the project writes beside the lake: the
rejects and the raw upload of a logged ingest stay, an upload is kept once (also where hard
links are not allowed), a second writer waits with a Dutch message. Versions, rollbacks and
recovery on DuckLake are tested in test_lake.py; the crash tests (tests/reliability/) kill real
processes. These run in the test's own process, where the mutation run can see them."""

from __future__ import annotations

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
    source = store.new_staging("x") / "upload.bin"
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
