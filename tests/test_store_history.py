"""The store's cost does not grow with its history (issue 30): a publish reads no file of
earlier publications, the lookups of the latest publication read no snapshot list, the
bookkeeping tables live in the catalog (also in a lake made before they did), a publish whose
file registers fewer rows than were accepted cannot commit, and `maintain` after many publishes
keeps every row and every kept snapshot. Speed itself is measured in bench/ (L2), not here.

The signal is structural: DuckDB's own log of the files it opens and the statements it runs,
on the store's database, while one publish or lookup runs."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from test_ingest import csv_file, row

from dashboard import db
from pipelines import lake
from pipelines.contract import DATASETS
from pipelines.ingest import ingest
from pipelines.maintenance import maintain
from pipelines.staging import quote_ident, typed_columns
from pipelines.store import BOOKKEEPING, LAKE, Store, new_ingest_id, now_iso

T = "trajecten"


def _logged(store: Store, action) -> tuple[set[str], list[str]]:
    """(the Parquet files opened, the statements run) while `action()` runs."""
    con = store.con
    con.execute("CALL truncate_duckdb_logs()")
    for setting in (
        "SET logging_level = 'TRACE'",
        "SET enabled_log_types = 'FileSystem,QueryLog'",
        "SET logging_mode = 'ENABLE_SELECTED'",
        "SET enable_logging = true",
    ):
        con.execute(setting)
    try:
        action()
    finally:
        con.execute("SET enable_logging = false")
    opened, statements = set(), []
    for kind, message in con.execute("SELECT type, message FROM duckdb_logs").fetchall():
        if kind == "FileSystem":
            event = json.loads(message)
            if event.get("op") == "OPEN" and event["path"].endswith(".parquet"):
                opened.add(event["path"])
        elif kind == "QueryLog":
            statements.append(message)
    return opened, statements


def _one_row_file(store: Store, path: Path, key: str, ingest_id: str) -> None:
    """A staged file as the staging writes it: one trajectory, marked with its ingest."""
    store.sql(
        f"COPY (SELECT * REPLACE ($k AS traject_id, $i AS _ingest_id) FROM {store.relation(T, store.current_version())} "
        f"LIMIT 1) TO {lake.literal(str(path))} (FORMAT parquet)",
        {"k": key, "i": ingest_id},
    )


def _record(ingest_id: str, key: str, accepted: int = 1) -> dict:
    return {
        "ingest_id": ingest_id, "status": "published", "file_name": f"{key}.csv", "file_sha256": key * 8,
        "rows_read": accepted, "rows_accepted": accepted, "rows_rejected": 0, "finished_at": now_iso(),
        "user": "t", "mode": "append",
    }  # fmt: skip


def _appends(data_dir: Path, count: int, start: int = 0) -> None:
    if not start:
        ingest(T, csv_file(T, [row(T)]), file_name="basis.csv", data_dir=data_dir, user="t")
    for n in range(start, start + count):
        rows = [row(T, traject_id=f"UT-A{n}")]
        result = ingest(
            T, csv_file(T, rows), file_name=f"a{n}.csv", mode="append", data_dir=data_dir, user="t"
        )
        assert result.status == "published", result.refusal


def test_a_publish_and_the_lookups_read_nothing_of_the_history(data_dir, tmp_path):
    _appends(data_dir, 4)
    store = Store(data_dir)
    version = store.current_version()
    earlier = set(store.files(T, version))
    assert len(earlier) == 5
    ingest_id = new_ingest_id()
    staged = tmp_path / "staged.parquet"
    _one_row_file(store, staged, "UT-NIEUW", ingest_id)
    generation = store.entries(version)[T]["generation"]
    done = {}

    def publish() -> None:
        done.update(store.publish(T, staged, _record(ingest_id, "UT-NIEUW"), True, generation))

    opened, statements = _logged(store, publish)
    assert not opened & earlier, "a publish read files of earlier publications"
    assert len(opened) <= 1  # at most the new file, to count its rows
    assert not [s for s in statements if "snapshots()" in s]
    assert done["version"] == store.current_version() == version + 1
    assert store.entries(done["version"])[T]["rows"] == 6
    db._SNAPSHOTS.clear()
    lookups = (
        store.current_version,
        store.latest,
        lambda: store.version(version),
        lambda: store.latest(version),
    )
    opened, statements = _logged(store, lambda: [f() for f in lookups] + [db.read_snapshot(str(data_dir))])
    assert not opened and not [s for s in statements if "snapshots()" in s]
    assert store.latest(version) == (version, version) and store.version(version)["action"] == "ingest"
    store.close()


def test_the_bookkeeping_lives_in_the_catalog(data_dir):
    """After the first write (DuckLake sets no option on a table made in the same transaction),
    a publish adds no file to the state, the sources or the ledger, and neither does a
    refused upload or a recorded answer."""
    _appends(data_dir, 1)
    lake_dir = Path(lake.settings(data_dir).data_path) / "main"
    before = {t: sorted((lake_dir / t).glob("*.parquet")) for t in BOOKKEEPING}
    _appends(data_dir, 2, start=1)
    ingest(T, b"", file_name="leeg.csv", data_dir=data_dir, user="t")
    store = Store(data_dir)
    store.record_answer(store.current_version(), "antwoord.docx")
    assert {t: sorted((lake_dir / t).glob("*.parquet")) for t in BOOKKEEPING} == before
    inlined = store.sql(
        "SELECT scope_entry FROM ducklake_options($l) WHERE option_name = 'data_inlining_row_limit'",
        {"l": LAKE},
    )
    assert sorted(r[0] for r in inlined) == sorted(f"main.{t}" for t in BOOKKEEPING)
    assert [r["status"] for r in store.ledger()] == ["published"] * 4 + ["refused"]
    assert store.answered() == {store.current_version()}
    store.close()


def test_one_store_that_makes_the_tables_inlines_its_next_bookkeeping_writes(data_dir):
    """The store whose first write made the tables (the app's, or `migrate` writing every
    version) sets the inlining on its next write: its later bookkeeping adds no file."""
    store = Store(data_dir)
    store.record_answer(0, "eerste.docx")  # the first write: it makes the tables
    lake_dir = Path(lake.settings(data_dir).data_path) / "main"
    before = {t: sorted((lake_dir / t).glob("*.parquet")) for t in BOOKKEEPING}
    store.record_answer(0, "tweede.docx")
    store.record_answer(0, "derde.docx")
    assert {t: sorted((lake_dir / t).glob("*.parquet")) for t in BOOKKEEPING} == before
    assert store.answered() == {0}
    store.close()


def test_a_publish_whose_file_registers_fewer_rows_cannot_commit(data_dir, tmp_path):
    """The count after registering the file is kept: a file with no rows of this ingest (or
    fewer than were accepted) raises, and the data stay as they were."""
    _appends(data_dir, 1)
    store = Store(data_dir)
    version = store.current_version()
    before = store.content(T, version)
    generation = store.entries(version)[T]["generation"]
    ingest_id = new_ingest_id()
    empty = tmp_path / "empty.parquet"
    store.sql(
        f"COPY (FROM {store.relation(T, version)} LIMIT 0) TO {lake.literal(str(empty))} (FORMAT parquet)"
    )
    with pytest.raises(RuntimeError, match="added 0 of 1"):
        store.publish(T, empty, _record(ingest_id, "UT-LEEG"), True, generation)
    one = tmp_path / "one.parquet"
    _one_row_file(store, one, "UT-EEN", ingest_id)
    with pytest.raises(RuntimeError, match="added 1 of 2"):
        store.publish(T, one, _record(ingest_id, "UT-EEN", accepted=2), False, generation)
    assert store.current_version() == version and store.content(T, version) == before
    assert store.entries(store.current_version())[T]["rows"] == 2
    store.close()


def _old_lake(data_dir: Path, scratch: Path) -> str:
    """A lake as the store wrote it before this change: bookkeeping in Parquet files, no
    vapa_sources, the entry listing its ingests and sources. One publication of trajecten, its
    rows taken from an ingest into a lake of today in `scratch`. Returns its file's SHA-256."""
    ingest(T, csv_file(T, [row(T)]), file_name="a.csv", data_dir=scratch, user="t")
    source = Store(scratch)
    rows_from = source.files(T, source.current_version())
    source.close()
    conf = lake.settings(data_dir)
    con = lake.connect(conf)
    old = {k: v for k, v in BOOKKEEPING.items() if k != "vapa_sources"}
    con.execute("BEGIN")
    for name, cols in {**{n: typed_columns(d) for n, d in DATASETS.items()}, **old}.items():
        body = ", ".join(f"{quote_ident(c)} {t}" for c, t in cols)
        con.execute(f"CREATE TABLE {LAKE}.main.{name} ({body})")
    con.execute(f"INSERT INTO {LAKE}.main.{T} SELECT * FROM read_parquet($f)", {"f": rows_from})
    ingest_id, sha = "20260101T000000-0ld0", "ab" * 32
    entry = {"rows": 1, "ingests": [ingest_id], "sources": [sha], "updated_at": "2026-01-01", "demo": False}
    record = {**_record(ingest_id, "oud"), "file_sha256": sha, "action": "ingest"}
    con.execute(f"INSERT INTO {LAKE}.main.vapa_state VALUES ($d, 1, $e)", {"d": T, "e": json.dumps(entry)})
    con.execute(f"INSERT INTO {LAKE}.main.vapa_ledger VALUES ($i, 'published', $r)", {"i": ingest_id, "r": json.dumps(record)})  # fmt: skip
    extra = {"action": "ingest", "at": "2026-01-01T00:00:00+00:00", "user": "t", "ingest": record}
    con.execute(f"CALL {LAKE}.set_commit_message('t', 'oud', extra_info => $x)", {"x": json.dumps(extra)})
    con.execute("COMMIT")
    con.close()
    lake.forget()
    return sha


def test_a_lake_made_before_keeps_working(data_dir, tmp_path):
    """Its first write makes vapa_sources from the entries' lists and inlines the bookkeeping;
    duplicates, appends, history and a rollback to the old publication still hold."""
    sha = _old_lake(data_dir, tmp_path / "ander")
    store = Store(data_dir)
    assert store.current()["datasets"][T]["sources"] == [sha] and store.current_version() == 1
    store.close()
    added = ingest(T, csv_file(T, [row(T, traject_id="UT-2")]), file_name="b.csv", mode="append", data_dir=data_dir, user="t")  # fmt: skip
    again = ingest(T, csv_file(T, [row(T, traject_id="UT-2")]), file_name="c.csv", mode="append", data_dir=data_dir, user="t")  # fmt: skip
    assert added.status == "published" and again.status == "duplicate"
    store = Store(data_dir)
    entry = store.current()["datasets"][T]
    assert entry["rows"] == 2 and entry["sources"] == [sha, added.file_sha256]
    lake_dir = Path(store.conf.data_path) / "main" / "vapa_state"
    files = sorted(lake_dir.glob("*.parquet"))
    third = ingest(T, csv_file(T, [row(T, traject_id="UT-3")]), file_name="d.csv", mode="append", data_dir=data_dir, user="t")  # fmt: skip
    assert third.status == "published" and sorted(lake_dir.glob("*.parquet")) == files  # inlined now
    back = store.rollback(1, "t")
    entry = store.current()["datasets"][T]
    assert (entry["rows"], entry["ingests"], entry["sources"]) == (1, ["20260101T000000-0ld0"], [sha])
    assert store.content(T, back["version"]) == store.content(T, 1)
    assert [v["version"] for v in store.versions()] == [1, added.version, third.version, back["version"]]
    store.close()


def test_a_lake_made_before_lists_its_old_sources_once_however_often_it_is_written(data_dir, tmp_path):
    """The old entry's ingest and file stay listed once, with their ingest id, while writers'
    connections of their own publish other datasets (each connection checks what is missing),
    and once the dataset itself is appended to."""
    sha = _old_lake(data_dir, tmp_path / "ander")
    for year in ("2023", "2024"):
        done = ingest("budget", csv_file("budget", [row("budget", begrotingsjaar=year)]), file_name=f"{year}.csv", data_dir=data_dir, user="t")  # fmt: skip
        assert done.status == "published", done.refusal
    added = ingest(T, csv_file(T, [row(T, traject_id="UT-2")]), file_name="b.csv", mode="append", data_dir=data_dir, user="t")  # fmt: skip
    store = Store(data_dir)
    entry = store.current()["datasets"][T]  # read from the sources' table now
    assert entry["ingests"] == ["20260101T000000-0ld0", added.ingest_id]
    assert entry["sources"] == [sha, added.file_sha256]
    store.close()


def test_maintain_after_many_publishes_keeps_every_row_and_the_kept_snapshots(data_dir):
    _appends(data_dir, 12)
    store = Store(data_dir)
    named = store.current_version() - 6
    store.record_answer(named, "antwoord.docx")
    latest = store.current_version()
    want = {v: (store.content(T, v), store.entries(v)) for v in (named, latest)}
    ledger = store.ledger()
    files = len(store.files(T, latest))
    store.close()
    maintain(data_dir, retention_days=0, grace=0)
    store = Store(data_dir)
    assert {v: (store.content(T, v), store.entries(v)) for v in (named, latest)} == want
    # every line kept (an expired snapshot's number is no longer a version that can be opened)
    assert [{**r, "version": None} for r in store.ledger()] == [{**r, "version": None} for r in ledger]
    assert store.answered() == {named}
    assert store.current_version() == latest and len(store.files(T, latest)) < files
    gone = store.current_version() - 1
    with pytest.raises((lake.StoreUnavailable, duckdb.Error)):
        store.content(T, gone)  # expired: only the kept snapshots can be read
    store.close()
