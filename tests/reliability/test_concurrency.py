"""Concurrency: two ingests at once while ten readers query the published data.

Two `python -m pipelines ingest --mode append` subprocesses add distinct keys to the same
dataset at the same time, neither may be lost: on one host (one data folder: the local lock
serialises them) and as two hosts (two data folders sharing the catalog and the data path, no
shared lock: the publish transaction's check and DuckLake's conflicts decide, with retries).
Meanwhile ten reader threads query, until both ingests ended plus a second: four through the
dashboard's uncached read path (db.read_snapshot + db.query on the one shared connection, a
cursor per query, as page runs in Streamlit's threads do), three through its cached path
(db.run_query, cached per published version) and three with raw DuckDB on the lake (one
transaction: the publication and every table's count). Every read must see one publication
whole: its row counts of all datasets equal that publication's counts in the lake's state.
tests/test_upload.py has the small two-upload case without readers."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import figures
import pytest
from bulk import uitgaven_csv
from conftest import PROJECT, cli_env, published

from dashboard import db
from pipelines import lake
from pipelines.contract import DATASETS
from pipelines.exports import template
from pipelines.ingest import ingest
from pipelines.store import LAKE, Store

PART = "concurrency"
BASE_ROWS = 20_000
APPEND_ROWS = 40_000
READERS = {"dashboard": 4, "dashboard cached": 3, "raw duckdb": 3}
AFTER = 1.0  # seconds the readers go on after both ingests ended


@dataclass
class Reads:
    seen: list[tuple[int, dict[str, int]]] = field(default_factory=list)  # (version, rows per dataset)
    errors: list[str] = field(default_factory=list)


def dashboard_read(root: Path, con: duckdb.DuckDBPyConnection | None) -> tuple[int, dict[str, int]]:
    """One page run's read: the manifest once, then the query on that snapshot."""
    snap = db.read_snapshot(str(root))
    if con is None:
        df = db.run_query("datasets_published", snap)
    else:
        df = db.query(con, "datasets_published", snap, {})
    return snap.version, {r.dataset: int(r.rijen) for r in df.itertuples()}


def raw_read(root: Path) -> tuple[int, dict[str, int]]:
    """One transaction on the lake: the latest publication and the count of every table."""
    con = lake.connect(lake.settings(root))
    try:
        con.execute("BEGIN")
        version = con.execute(
            f"SELECT max(snapshot_id) FROM {LAKE}.snapshots() "
            "WHERE json_extract_string(commit_extra_info, '$.action') IN ('ingest', 'rollback')"
        ).fetchone()[0]
        counts = {
            name: con.execute(f"SELECT count(*) FROM {LAKE}.main.{name}").fetchone()[0] for name in DATASETS
        }
        con.execute("COMMIT")
        return version, counts
    finally:
        con.close()


def reader(read, stop: threading.Event, out: Reads) -> None:
    while not stop.is_set():
        try:
            out.seen.append(read())
        except Exception as exc:  # every exception is a failed read
            out.errors.append(f"{type(exc).__name__}: {exc}")
        time.sleep(0.005)


def spawn(path: Path, data_dir: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines", "ingest", "uitgaven", str(path), "--mode", "append", "--json"],
        cwd=PROJECT,
        env=cli_env(data_dir, **env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("hosts", [1, 2])
def test_two_ingests_at_once_with_ten_readers(data_dir, tmp_path, monkeypatch, hosts):
    base = ingest(
        "uitgaven", uitgaven_csv(BASE_ROWS, prefix="O", seed=3), file_name="o.csv", data_dir=data_dir
    )
    budget = ingest("budget", template("budget"), file_name="b.csv", data_dir=data_dir)
    assert (base.version, budget.version) == (1, 2)
    files = []
    for prefix, seed in (("A", 4), ("B", 5)):
        path = tmp_path / f"append-{prefix}.csv"
        path.write_bytes(uitgaven_csv(APPEND_ROWS, prefix=prefix, seed=seed))
        files.append(path)

    shared = db.connect()  # as db._connection(): one connection, a cursor per query
    reads = {name: Reads() for name in READERS}
    jobs = {
        "dashboard": lambda: dashboard_read(data_dir, shared),
        "dashboard cached": lambda: dashboard_read(data_dir, None),
        "raw duckdb": lambda: raw_read(data_dir),
    }
    stop = threading.Event()
    threads = [
        threading.Thread(target=reader, args=(jobs[name], stop, reads[name]), daemon=True)
        for name, n in READERS.items()
        for _ in range(n)
    ]
    for t in threads:
        t.start()
    while any(len(reads[name].seen) + len(reads[name].errors) < n for name, n in READERS.items()):
        time.sleep(0.01)  # every path has read the version before the ingests
    if hosts == 1:
        procs = [spawn(path, data_dir) for path in files]
    else:  # each its own data folder (and lock), the catalog and the data files shared
        shared_lake = {
            "VAPA_CATALOG": f"sqlite:{data_dir / 'catalog.sqlite'}",
            "VAPA_DATA_PATH": f"{data_dir / 'lake'}/",
        }
        procs = [spawn(path, tmp_path / f"host-{n}", **shared_lake) for n, path in enumerate(files)]
    outputs = [p.communicate(timeout=300) for p in procs]
    time.sleep(AFTER)
    stop.set()
    for t in threads:
        t.join(timeout=60)

    # Which versions existed, and their counts per dataset (a dataset not yet published reads 0).
    store = Store(data_dir)
    expected = {
        v["version"]: {name: store.entries(v["version"]).get(name, {}).get("rows", 0) for name in DATASETS}
        for v in store.versions()
    }
    all_reads = [r for rs in reads.values() for r in rs.seen]
    errors = [e for rs in reads.values() for e in rs.errors]
    mixed = [r for r in all_reads if expected.get(r[0]) != r[1]]

    docs = [
        json.loads(out) if p.returncode == 0 else None for p, (out, _) in zip(procs, outputs, strict=True)
    ]
    ledger = {r["ingest_id"]: r for r in store.ledger()}
    keys = dict(
        duckdb.sql(
            f"SELECT split_part(boeking_id, '-', 1), count(DISTINCT boeking_id) FROM {published(data_dir, 'uitgaven')} "
            "GROUP BY ALL"
        ).fetchall()
    )
    kept = [
        doc is not None
        and doc["status"] == "published"
        and doc["rows_accepted"] == APPEND_ROWS
        and ledger.get(doc["ingest_id"], {}).get("status") == "published"
        and keys.get(prefix) == APPEND_ROWS
        for doc, prefix in zip(docs, ("A", "B"), strict=True)
    ]
    figures.add(
        PART,
        ingests=len(procs),
        ingests_ok=sum(kept),
        readers=len(threads),
        reads=len(all_reads),
        errors=len(errors),
        mixed=len(mixed),
    )
    print(
        f"\nreads per path: { {name: len(rs.seen) for name, rs in reads.items()} }; "
        f"versions seen: {sorted({r[0] for r in all_reads})}"
    )

    assert all(not t.is_alive() for t in threads)
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outputs]
    assert errors == [], errors[:5]
    assert mixed == [], mixed[:5]
    assert all(kept), (
        [
            {k: d[k] for k in ("status", "version", "rows_accepted", "rows_rejected", "errors")}
            for d in docs
            if d
        ],
        keys,
    )
    assert sorted(d["version"] for d in docs) == [3, 4]  # publications 3 and 4, in either order
    assert keys == {"O": BASE_ROWS, "A": APPEND_ROWS, "B": APPEND_ROWS}
    assert store.current()["datasets"]["uitgaven"]["rows"] == BASE_ROWS + 2 * APPEND_ROWS
    # Every path read while the ingests ran, and saw versions before and after them.
    for name, rs in reads.items():
        versions = {v for v, _ in rs.seen}
        assert {2, 4} <= versions, (name, versions)
