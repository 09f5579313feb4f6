"""The store in process (pipelines/store.py), for what the project writes beside the lake: the
rejects and the raw upload of a logged ingest stay, an upload is kept once (also where hard
links are not allowed), a second writer waits with a Dutch message. Versions, rollbacks and
recovery on DuckLake are tested in test_lake.py; the crash tests (tests/reliability/) kill real
processes. These run in the test's own process, where the mutation run can see them."""

from __future__ import annotations

import json
import os
import signal
import socket
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from conftest import csv_bytes

from pipelines import lake
from pipelines import store as s
from pipelines.contract import DATASETS
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


def test_the_history_a_user_reads_after_publishes_a_refusal_a_rollback_and_an_answer(data_dir):
    """What the history page, the rollback and the answer's version read from the store: each
    publication with its user, mode and counts; the ledger with the attempt that published
    nothing; each version's rows, files and sources; a rollback as a new version with the rows
    of the old one; an answer remembered without being a publication."""
    first = _publish(data_dir, "A-1", "A-2")
    second = _publish(data_dir, "B-1", mode="append")
    refused = ingest("uitgaven", csv_bytes([HEADER, ["X", "31/02/2023", "2023", "vastlegging",
                     "coordinatie_vvsg", "VVSG", "1,00"]]), file_name="x.csv", data_dir=data_dir, user="cy")  # fmt: skip
    assert refused.status == "refused"
    store = Store(data_dir)
    v1, v2 = first.version, second.version
    assert 0 < v1 < v2 == store.current_version() == store.latest()[0] <= store.latest_snapshot()
    assert [(v["version"], v["action"], v["user"], v["ingest"]["mode"], v["ingest"]["rows_accepted"])
            for v in store.versions()] == [(v1, "ingest", "an", "replace", 2), (v2, "ingest", "an", "append", 1)]  # fmt: skip
    assert store.version(v1)["ingest"]["file_name"] == "A-1.csv" and store.version(v1 + 1000) is None
    # the catalog's own history names who published which file, how, and its counts
    assert [_commit(store, v) for v in (v1, v2)] == [
        ("an", "vervangen uitgaven: A-1.csv (2 gelezen, 2 aanvaard, 0 geweigerd)"),
        ("an", "toevoegen uitgaven: B-1.csv (1 gelezen, 1 aanvaard, 0 geweigerd)"),
    ]
    assert store.version(0) is None  # the snapshot that made the lake: no facts, no publication
    committed = datetime.fromisoformat(store.version(v1)["committed"])  # when the catalog committed it
    assert committed.tzinfo is not None and abs(datetime.now(UTC) - committed) < timedelta(minutes=5)
    now = store.current()
    assert now["version"] == v2 and now["created_at"] == store.version(v2)["at"]
    entry = now["datasets"]["uitgaven"]
    assert (entry["rows"], entry["generation"], entry["demo"]) == (3, 2, False)
    assert entry["ingests"] == [first.ingest_id, second.ingest_id]
    assert entry["sources"] == [first.file_sha256, second.file_sha256]
    assert store.current(v1)["datasets"]["uitgaven"]["sources"] == [first.file_sha256]
    # the pages read a version's state without its sources (one query less on every snapshot)
    assert store.entries(v2, sources=False)["uitgaven"].keys() == entry.keys() - {"ingests", "sources"}
    assert store.entries(0) == {} and store.current(0) is None
    assert store.files("uitgaven", v2) == sorted(
        f"{data_dir}/lake/main/uitgaven/vapa-{r.ingest_id}.parquet" for r in (first, second)
    )
    assert store.content("uitgaven", v1)[0] == 2 and store.content("uitgaven", v2)[0] == 3
    assert store.content("uitgaven", v1) != store.content("uitgaven", v2)
    ledger = store.ledger()
    assert [(r["ingest_id"], r["status"], r.get("version")) for r in ledger] == [
        (first.ingest_id, "published", v1),
        (second.ingest_id, "published", v2),
        (refused.ingest_id, "refused", None),
    ]
    assert ledger[1]["rows_total"] == 3 and ledger[2]["user"] == "cy"
    # the catalog's own history names who tried what, even when nothing was published
    assert _last_commit(store) == (
        "cy",
        "refused: x.csv (uitgaven)",
        {"action": "ledger", "ingest_id": refused.ingest_id, "status": "refused"},
    )

    back = store.rollback(v1, "bo")
    v3 = back["version"]
    assert v3 > v2 and (back["status"], back["rollback_to"], back["user"]) == ("rollback", v1, "bo")
    assert [(v["version"], v["action"], v["user"], v.get("rollback_to")) for v in store.versions()][-1] == (
        v3, "rollback", "bo", v1
    )  # fmt: skip
    assert (back["action"], back["restored"]) == ("rollback", dict.fromkeys(DATASETS, v1))
    assert back["started_at"] == back["finished_at"] and len(back["ingest_id"]) == 24
    assert abs(datetime.now(UTC) - datetime.fromisoformat(back["started_at"])) < timedelta(minutes=5)
    assert store.current()["created_at"] == back["finished_at"]  # the page's "Stand van ..."
    assert _last_commit(store)[:2] == ("bo", f"terugzetten naar versie {v1}")  # the catalog's history
    shown = store.versions()[-1]
    assert (shown["at"], shown["ingest"]) == (
        back["finished_at"],
        {k: v for k, v in back.items() if k != "version"},
    )
    assert {k: v for k, v in store.ledger()[-1].items() if k != "version"} == {
        **{k: v for k, v in back.items() if k != "version"},
        "restored": {d: v1 for d in DATASETS},
    }
    assert store.content("uitgaven", v3) == store.content("uitgaven", v1)
    entry = store.current()["datasets"]["uitgaven"]
    assert (entry["rows"], entry["generation"], entry["sources"]) == (2, 3, [first.file_sha256])
    assert store.ledger()[-1]["status"] == "rollback"
    with pytest.raises(ValueError, match="versie 99999 bestaat niet"):
        store.rollback(99999, "bo")

    assert store.answered() == set()
    store.record_answer(v3, "Word")
    assert store.answered() == {v3} and store.current_version() == v3  # not a publication
    # the catalog's own history says what left the app, on which version
    assert _last_commit(store)[1:] == (f"antwoord op versie {v3}: Word", {"action": "answer", "snapshot": v3})
    store.close()


def test_leftovers_and_orphans_are_found_and_named_in_dutch(data_dir, monkeypatch):
    """What `recover` and `maintain` say: the leftovers of killed writers are removed (counted in
    Dutch), an upload or rejected-row file that no ledger line names is an orphan, a named one
    is not."""
    kept = _publish(data_dir, "A-1")
    store = Store(data_dir)
    mine = store.staging_dir  # this machine's writers' work; another's may be busy
    (mine / "killed-1").mkdir(parents=True)
    (mine / "killed-2").mkdir()
    (mine / "stray.csv").write_text("x")
    (data_dir / "staging" / "other-machine" / "busy").mkdir(parents=True)
    for tmp in (data_dir / ".x.tmp", data_dir / "raw" / ".y.tmp"):
        tmp.write_text("half")
    assert store.clear_leftovers() == [
        "3 onafgewerkte opslagen in staging/ verwijderd",
        "2 half geschreven bestanden verwijderd",
    ]
    assert (data_dir / "staging" / "other-machine" / "busy").is_dir()
    (mine / "killed-3").mkdir()
    (data_dir / "rejects" / ".z.tmp").write_text("half")
    assert store.clear_leftovers() == [
        "1 onafgewerkte opslag in staging/ verwijderd",
        "1 half geschreven bestand verwijderd",
    ]
    assert store.clear_leftovers() == []
    orphan_raw, orphan_rejects = data_dir / "raw" / "f00d.csv", data_dir / "rejects" / "nobody.parquet"
    orphan_raw.write_text("a")
    orphan_rejects.write_bytes(b"PAR1")
    (data_dir / "raw" / ".hidden.csv").write_text("a")
    named_rejects = data_dir / "rejects" / f"{kept.ingest_id}.parquet"  # its ingest is in the ledger
    named_rejects.write_bytes(b"PAR1")
    assert sorted(store.orphans(min_age=0)) == sorted([orphan_raw, orphan_rejects])
    assert store.orphans() == []  # younger than a writer elsewhere may need
    exactly = orphan_raw.stat().st_mtime + s.ORPHAN_AGE  # the moment it is exactly old enough
    monkeypatch.setattr(s.time, "time", lambda: exactly)
    assert orphan_raw in store.orphans()
    assert (data_dir / "raw" / f"{kept.file_sha256}.csv").exists()
    store.close()


def test_a_file_written_atomically_is_whole_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "state.json"
    target.write_bytes(b"old")
    s.atomic_write_bytes(target, b'{"new": 1}')
    assert target.read_bytes() == b'{"new": 1}'
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (duckdb.TransactionException("Catalog write-write conflict"), True),
        (duckdb.IOException("database is locked"), True),
        (duckdb.IOException("could not serialize access"), True),
        (duckdb.ConstraintException('Duplicate key "snapshot_id: 7" violates primary key'), True),
        (duckdb.IOException("The server is busy"), True),
        (duckdb.IOException("Commit failed, please retry"), True),
        (duckdb.IOException("Write conflict on the catalog"), True),
        (duckdb.IOException("No such file or directory"), False),
        (duckdb.CatalogException("Table vapa_state does not exist"), False),
    ],
)
def test_only_a_conflict_with_another_writer_is_tried_again(error, retried):
    assert s._conflict(error) is retried


def _commit(store: Store, snapshot: int) -> tuple:
    """(author, message) of one snapshot, as DuckLake records them."""
    return store.sql(
        f"SELECT author, commit_message FROM {s.LAKE}.snapshots() WHERE snapshot_id = $n", {"n": snapshot}
    )[0]


def _last_commit(store: Store) -> tuple:
    """(author, message, extra info) of the lake's latest snapshot, as DuckLake records them."""
    author, message, info = store.sql(
        f"SELECT author, commit_message, commit_extra_info FROM {s.LAKE}.snapshots() ORDER BY snapshot_id DESC LIMIT 1"
    )[0]
    return author, message, json.loads(info)


def _an_answer_that_fails(store: Store, error: Exception, attempts: list, times: int = 99):
    """A transaction body that records an answer, then raises `error` on its first `times` attempts."""

    def body():
        attempts.append(1)
        store.con.execute(f"INSERT INTO {s.ANSWERS} VALUES (1, 'nu', 'Word')")
        if len(attempts) <= times:
            raise error

    return body


def test_a_commit_that_meets_another_writer_is_undone_and_made_again(data_dir):
    """The first attempt's row is rolled back before the second: one answer recorded, not two."""
    _publish(data_dir, "A-1")
    store = Store(data_dir)
    attempts = []
    body = _an_answer_that_fails(
        store, duckdb.TransactionException("Catalog write-write conflict"), attempts, 1
    )
    store._transaction(store.con, body, {"action": "answer", "snapshot": 1})
    assert len(attempts) == 2 and store.sql(f"SELECT count(*) FROM {s.ANSWERS}") == [(1,)]
    store.close()


BUSY = "De gegevensopslag is bezet door andere schrijvers; er is niets gewijzigd. Probeer het over een ogenblik opnieuw."


def test_a_writer_that_keeps_meeting_others_backs_off_then_gives_up_in_dutch(data_dir, monkeypatch):
    """After each conflict it waits longer (0,05 s doubled each time, at most 2 s, times a random
    factor from 0,5 to 1,5); after eight attempts nothing is written and the user reads why."""
    _publish(data_dir, "A-1")
    store = Store(data_dir)
    waits = []
    monkeypatch.setattr(s.time, "sleep", waits.append)
    monkeypatch.setattr(s.random, "random", lambda: 0.25)
    body = _an_answer_that_fails(store, duckdb.TransactionException("Catalog write-write conflict"), [])
    with pytest.raises(s.Busy) as refused:
        store._transaction(store.con, body, {"action": "answer", "snapshot": 1}, None, "antwoord")
    assert str(refused.value) == BUSY
    assert waits == pytest.approx([0.0375, 0.075, 0.15, 0.3, 0.6, 1.2, 1.5, 1.5])
    assert store.sql(f"SELECT count(*) FROM {s.ANSWERS}") == [(0,)]
    store.close()


def test_a_write_that_fails_otherwise_is_not_tried_again_and_says_what_to_do(data_dir):
    _publish(data_dir, "A-1")
    store = Store(data_dir)
    attempts = []
    body = _an_answer_that_fails(
        store, duckdb.IOException("Could not write file: No space left on device"), attempts
    )
    with pytest.raises(s.StoreUnavailable) as refused:
        store._transaction(store.con, body, {"action": "answer", "snapshot": 1}, None, "antwoord")
    assert len(attempts) == 1
    assert str(refused.value) == (
        f"De gegevensopslag (sqlite:{data_dir / 'catalog.sqlite'}) is niet bruikbaar. Voer `python -m pipelines recover` uit; helpt "
        "dat niet, zet dan een reservekopie terug. (Technisch: Could not write file: No space left on device)"
    )
    assert store.sql(f"SELECT count(*) FROM {s.ANSWERS}") == [(0,)]
    store.close()


def test_an_error_after_the_commit_is_not_tried_again_and_the_write_stands_once(data_dir, monkeypatch):
    """The first write of a lake makes its tables; what follows the commit (reading what the
    next write must still do) failing is said in Dutch, and the committed write is not made again."""
    calls = []
    missing = Store._missing_schema

    def failing_after_the_commit(con):
        calls.append(1)
        if len(calls) == 3:  # connecting, in the transaction, after the commit
            raise duckdb.IOException("Could not read file: Input/output error")
        return missing(con)

    monkeypatch.setattr(Store, "_missing_schema", staticmethod(failing_after_the_commit))
    store = Store(data_dir)
    with pytest.raises(s.StoreUnavailable, match=r"^De gegevensopslag .* \(Technisch: Could not read file"):
        store.record_answer(0, "antwoord.docx")
    monkeypatch.undo()
    assert [r[0] for r in Store(data_dir).sql(f"SELECT what FROM {s.ANSWERS}")] == ["antwoord.docx"]
    store.close()


def test_the_sources_and_the_demo_mark_of_a_dataset_follow_replace_and_append(data_dir):
    """A replace lists only its own file and marks demo rows as its own; an append keeps both."""
    rows = [["K", "01/03/2023", "2023", "vastlegging", "coordinatie_vvsg", "VVSG", "1,00"]]
    demo = ingest("uitgaven", csv_bytes([HEADER, *rows]), file_name="demo.csv", data_dir=data_dir, user="an",
                  demo=True)  # fmt: skip
    store = Store(data_dir)
    assert (store.current()["datasets"]["uitgaven"]["demo"], demo.status) == (True, "published")
    rows[0][0] = "L"
    more = ingest("uitgaven", csv_bytes([HEADER, *rows]), file_name="meer.csv", mode="append",
                  data_dir=data_dir, user="an", demo=True)  # fmt: skip
    entry = store.current()["datasets"]["uitgaven"]
    assert (entry["demo"], entry["sources"]) == (True, [demo.file_sha256, more.file_sha256])
    real = _publish(data_dir, "M")
    entry = store.current()["datasets"]["uitgaven"]
    assert (entry["demo"], entry["sources"]) == (False, [real.file_sha256])
    again = _publish(data_dir, "N")
    assert store.current()["datasets"]["uitgaven"]["sources"] == [again.file_sha256]
    store.close()


def test_rows_appended_to_demo_rows_keep_the_demo_mark(data_dir, tmp_path):
    """The store marks a dataset demo while any of its rows are (the ingest itself makes real
    rows replace demo rows, so this is the store's own guarantee)."""
    rows = [["D", "01/03/2023", "2023", "vastlegging", "coordinatie_vvsg", "VVSG", "1,00"]]
    demo = ingest("uitgaven", csv_bytes([HEADER, *rows]), file_name="demo.csv", data_dir=data_dir, user="an",
                  demo=True)  # fmt: skip
    store = Store(data_dir)
    assert store.current()["datasets"]["uitgaven"]["demo"] is True
    staged, ingest_id = tmp_path / "staged.parquet", s.new_ingest_id()  # the demo row, as a real one
    store.con.execute(
        f"COPY (SELECT * REPLACE ('{ingest_id}' AS _ingest_id) FROM {s.LAKE}.main.uitgaven) TO '{staged}'"
    )
    record = {"ingest_id": ingest_id, "status": "published", "user": "an", "file_name": "echt.csv",
              "file_sha256": "f" * 64, "rows_read": 1, "rows_accepted": 1, "rows_rejected": 0,
              "finished_at": s.now_iso(), "mode": "append", "demo": False}  # fmt: skip
    generation = store.current()["datasets"]["uitgaven"]["generation"]
    store.publish("uitgaven", staged, record, True, generation)
    entry = store.current()["datasets"]["uitgaven"]
    assert (entry["demo"], entry["rows"], entry["sources"]) == (True, 2, [demo.file_sha256, "f" * 64])
    store.close()


def test_the_files_go_under_a_data_path_of_any_name(data_dir, tmp_path, monkeypatch):
    """VAPA_DATA_PATH with or without its final slash, and whatever its last letter."""
    for name, slash in (("opslagX", ""), ("lakeXX", "/")):
        monkeypatch.setenv("VAPA_DATA_PATH", f"{tmp_path / name}{slash}")
        done = _publish(data_dir / name, "A")
        store = Store(data_dir / name)
        assert store.files("uitgaven", done.version) == [
            f"{tmp_path / name}/main/uitgaven/vapa-{done.ingest_id}.parquet"
        ]
        store.close()


class Crashed(BaseException):  # like the SIGKILL of the crash tests: nothing catches it
    pass


INGEST_POINTS = ["after_raw", "after_scan", "after_stage", "after_rejects", "before_begin", "after_delete",
                 "after_insert", "before_commit", "after_commit"]  # fmt: skip


@pytest.mark.parametrize("point", INGEST_POINTS)
def test_an_ingest_and_a_rollback_pass_the_points_the_crash_tests_kill_at(data_dir, monkeypatch, point):
    """The crash tests (tests/reliability/test_crash_safety.py) kill a real process at each named
    point (pipelines.store.crash_point). Here, in process, each point must be reached where it
    is documented: by a replace with a rejected row, and the last five by a rollback too; before
    its commit nothing changed, after it the new version is published."""
    first = _publish(data_dir, "A-1")
    second = _publish(data_dir, "A-2")  # a rollback to the first version has rows to change

    def kill(pid, sig):
        raise Crashed(point)

    monkeypatch.setattr(s.os, "kill", kill)
    monkeypatch.setenv(s.CRASH_ENV, point)
    rows = [["B-1", "01/03/2023", "2023", "vastlegging", "coordinatie_vvsg", "VVSG", "1,00"],
            ["B-2", "31/02/2023", "2023", "vastlegging", "coordinatie_vvsg", "VVSG", "1,00"]]  # fmt: skip
    with pytest.raises(Crashed):
        ingest("uitgaven", csv_bytes([HEADER, *rows]), file_name="b.csv", data_dir=data_dir, user="an")
    monkeypatch.delenv(s.CRASH_ENV)
    store = Store(data_dir)
    published = store.current_version()
    assert (published > second.version) == (point == "after_commit")
    if point in INGEST_POINTS[4:]:
        monkeypatch.setenv(s.CRASH_ENV, point)
        with pytest.raises(Crashed):
            store.rollback(first.version, "bo")
        monkeypatch.delenv(s.CRASH_ENV)
        assert (store.current_version() > published) == (point == "after_commit")
    store.close()


def test_a_dataset_whose_files_are_gone_is_restored_with_its_columns(data_dir):
    """What `recover` does with a damaged data folder: the files of the latest version are gone,
    so the dataset is made again (same columns) with the rows of an intact version, or empty."""
    first = _publish(data_dir, "A-1")
    second = _publish(data_dir, "A-2", "A-3")
    store = Store(data_dir)
    columns = store.sql("DESCRIBE SELECT * FROM lake.main.uitgaven")
    for path in store.files("uitgaven", second.version):
        if first.ingest_id not in path:
            os.remove(path)
    back = store.restore({"uitgaven": first.version}, "herstel", "recover", damaged=frozenset({"uitgaven"}))
    assert back["version"] > second.version and back["rollback_to"] is None
    assert store.content("uitgaven", back["version"]) == store.content("uitgaven", first.version)
    assert store.sql("DESCRIBE SELECT * FROM lake.main.uitgaven") == columns
    assert (store.versions()[-1]["action"], store.versions()[-1]["user"]) == ("recover", "herstel")
    assert _last_commit(store)[:2] == ("herstel", f"herstel: {{'uitgaven': {first.version}}}")
    empty = store.restore({"uitgaven": 0}, "herstel", "recover", damaged=frozenset({"uitgaven"}))
    assert store.content("uitgaven", empty["version"]) == (0, 0)
    assert store.current()["datasets"] == {}
    # and back again: the dataset, gone in between, has its rows and a state counted afresh
    again = store.restore({"uitgaven": first.version}, "herstel", "recover")
    assert store.content("uitgaven", again["version"]) == store.content("uitgaven", first.version)
    entry = store.current()["datasets"]["uitgaven"]
    assert (entry["rows"], entry["generation"], entry["sources"]) == (1, 1, [first.file_sha256])
    store.close()


def test_a_crash_point_kills_the_process_there_and_nowhere_else():
    """What the crash tests rely on: at the point they name, the process dies at once by SIGKILL
    (no clean-up runs); at any other point nothing happens."""
    s.crash_point("after_insert")  # not asked for here: nothing happens
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: only the crash points run here, each passed one said so
        os.close(read)
        os.environ[s.CRASH_ENV] = "after_insert"
        try:
            for point in ("after_delete", "after_insert", "before_commit"):
                s.crash_point(point)
                os.write(write, point.encode() + b" ")
        finally:
            os._exit(3)
    os.close(write)
    _, status = os.waitpid(pid, 0)
    with os.fdopen(read, "rb") as passed:
        assert passed.read() == b"after_delete "
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def test_a_closed_store_lets_go_of_its_connection_and_connects_again_when_used(data_dir):
    """An ingest's tables (a million rows of a large file) live on the store's connection:
    closing the store frees them, and a store used after it was closed connects again."""
    first = _publish(data_dir, "A")
    store = Store(data_dir)
    con = store.con
    con.execute("CREATE TEMP TABLE base AS SELECT 1 AS x")
    store.close()
    with pytest.raises(duckdb.ConnectionException):
        con.execute("SELECT 1")
    assert store.current_version() == first.version
    assert store.con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary").fetchone() == (0,)
    store.close()


def test_a_store_connects_again_after_the_lake_was_let_go(data_dir):
    """After an error the lake's databases are closed (lake.forget); a store made before reads
    on, on a connection of its own, rather than on the closed one."""
    from pipelines import lake

    _publish(data_dir, "A-1")
    store = Store(data_dir)
    assert store.current_version() > 0
    lake.forget()
    assert store.sql("SELECT count(*) FROM lake.main.uitgaven") == [(1,)]
    store.close()


def test_a_data_folder_of_the_old_format_is_refused_with_the_way_to_migrate(data_dir):
    (data_dir / "manifest.json").write_text("{}", encoding="utf-8")
    with pytest.raises(
        s.StoreUnavailable, match="oude formaat \\(manifest.json\\).*python -m pipelines migrate"
    ):
        _ = Store(data_dir).con
    assert Store(data_dir, old_format_ok=True).current_version() == 0  # what migrate opens


def test_an_ingest_id_is_its_start_in_utc_whatever_the_machine_s_clock(monkeypatch):
    """The ids name the rejected rows' files and the ledger's lines, in the same time order on
    every machine of a service: one whose clock is 14 hours ahead (POSIX TZ, no tzdata needed)
    still gives the hour in UTC."""
    monkeypatch.setenv("TZ", "KIR-14")
    time.tzset()
    try:
        assert time.localtime().tm_hour != time.gmtime().tm_hour  # the clock is another one now
        before = datetime.now(UTC).replace(microsecond=0)
        stamp = datetime.strptime(s.new_ingest_id()[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        assert before <= stamp <= datetime.now(UTC)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_raw_upload_and_the_rejected_rows_are_kept_in_a_data_folder_not_made_yet(tmp_path):
    """A new deployment's data folder, named but not made yet (two levels deep)."""
    upload = tmp_path / "upload.bin"
    upload.write_bytes(b"a;b\r\n1;2\r\n")
    raw = Store(tmp_path / "nieuw" / "data").keep_raw(upload, "abc", "xlsx")
    assert raw == tmp_path / "nieuw" / "data" / "raw" / "abc.xlsx" and raw.read_bytes() == upload.read_bytes()
    rejected = tmp_path / "rejected.parquet"
    rejected.write_bytes(b"PAR1 rows PAR1")
    kept = Store(tmp_path / "ander" / "data").keep_rejects(rejected, "20260101T000000-abcd1234")
    assert kept == tmp_path / "ander" / "data" / "rejects" / "20260101T000000-abcd1234.parquet"
    assert kept.read_bytes() == b"PAR1 rows PAR1" and not rejected.exists()


def test_recover_makes_the_folders_the_readme_names(tmp_path):
    """raw/, rejects/, staging/<this machine>/ and logs/ (where an internal error's details go)."""
    root = tmp_path / "data"
    assert Store(root).clear_leftovers() == []
    made = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_dir()}
    assert {"raw", "rejects", "staging", f"staging/{socket.gethostname()}", "logs"} <= made


def test_the_duckdb_settings_a_store_is_made_with_hold_on_its_connection(data_dir):
    """The ingest makes its store with a memory cap and two threads."""
    store = Store(data_dir, {"threads": 1, "memory_limit": "300MB"})
    assert store.sql("SELECT current_setting('threads'), current_setting('memory_limit')") == [
        (1, "286.1 MiB")
    ]
    store.close()


def test_an_old_data_folder_elsewhere_is_told_its_own_migrate_command(data_dir, tmp_path):
    (data_dir / "manifest.json").write_text("{}", encoding="utf-8")
    with pytest.raises(s.StoreUnavailable) as refused:
        _ = Store(data_dir).con
    assert str(refused.value) == (
        f"De gegevensmap {data_dir} heeft nog het oude formaat (manifest.json). Zet ze over naar de "
        "gegevensopslag met: python -m pipelines migrate"
    )
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    (elsewhere / "manifest.json").write_text("{}", encoding="utf-8")
    with pytest.raises(s.StoreUnavailable) as refused:
        _ = Store(elsewhere).con
    assert str(refused.value).endswith(f"met: python -m pipelines migrate --data-dir {elsewhere}")


def test_a_catalog_that_fails_at_its_first_read_is_said_in_dutch_and_tried_afresh(data_dir, monkeypatch):
    """Attaching went well, reading which tables exist did not (a disk error)."""
    _publish(data_dir, "A-1")

    def disk_error(con):
        raise duckdb.IOException("Could not read from file: Input/output error")

    monkeypatch.setattr(Store, "_missing_schema", staticmethod(disk_error))
    with pytest.raises(s.StoreUnavailable) as refused:
        Store(data_dir).current_version()
    assert str(refused.value) == (
        f"De gegevensopslag (sqlite:{data_dir / 'catalog.sqlite'}) is niet bruikbaar. Voer `python -m "
        "pipelines recover` uit; helpt dat niet, zet dan een reservekopie terug. (Technisch: Could not "
        "read from file: Input/output error)"
    )
    monkeypatch.undo()
    assert Store(data_dir).current_version() == 1


def test_a_missing_data_file_is_said_in_dutch_with_what_to_run(data_dir):
    done = _publish(data_dir, "A-1")
    store = Store(data_dir)
    [path] = store.files("uitgaven", done.version)
    os.remove(path)
    with pytest.raises(s.StoreUnavailable) as refused:
        store.sql("SELECT sum(bedrag) FROM lake.main.uitgaven")
    assert str(refused.value).startswith(
        "Een gegevensbestand van de gepubliceerde gegevens ontbreekt. Voer `python -m pipelines recover` "
        "uit: de laatste volledige publicatie wordt hersteld. (Technisch: "
    )
    assert path in str(refused.value)
    store.close()


def test_a_lake_made_before_a_contract_column_gets_it_at_the_next_write(data_dir):
    _publish(data_dir, "A-1")
    store = Store(data_dir)
    store.con.execute("ALTER TABLE lake.main.uitgaven DROP COLUMN begunstigde")
    store.close()
    lake.forget()
    _publish(data_dir, "A-2")
    store = Store(data_dir)
    assert store.sql("SELECT boeking_id, begunstigde FROM lake.main.uitgaven") == [("A-2", "VVSG")]
    store.close()


def test_rows_on_object_storage_are_copied_there_and_a_refused_write_is_said_in_dutch(
    seaweed, data_dir, monkeypatch
):
    """The data path on S3 (SeaweedFS): the checked rows are copied there, not moved. A key that
    may read but not write gets a Dutch message without its secret, and nothing changes."""
    from services import S3_READER, S3_READER_SECRET

    prefix = seaweed.new_prefix()
    for key, value in {**seaweed.settings(), "VAPA_DATA_PATH": prefix}.items():
        monkeypatch.setenv(key, value)
    lake.forget()
    done = _publish(data_dir, "A-1", "A-2")
    store = Store(data_dir)
    assert store.files("uitgaven", done.version) == [f"{prefix}main/uitgaven/vapa-{done.ingest_id}.parquet"]
    assert sorted(store.sql("SELECT boeking_id FROM lake.main.uitgaven")) == [("A-1",), ("A-2",)]
    store.close()
    monkeypatch.setenv("VAPA_S3_KEY_ID", S3_READER)
    monkeypatch.setenv("VAPA_S3_SECRET", S3_READER_SECRET)
    lake.forget()
    with pytest.raises(s.StoreUnavailable) as refused:  # the CLI and the upload page show it
        _publish(data_dir, "B-1")
    message = str(refused.value)
    assert message.startswith(
        f"De opslag van de gegevensbestanden ({prefix}) is niet bereikbaar. Controleer of de "
        "objectopslag draait en de sleutels kloppen, en probeer het opnieuw. (Technisch: "
    )
    assert "403" in message and S3_READER_SECRET not in message
    store = Store(data_dir)
    assert store.current_version() == done.version
    assert sorted(store.sql("SELECT boeking_id FROM lake.main.uitgaven")) == [("A-1",), ("A-2",)]
    store.close()
    lake.forget()


def test_recover_passes_a_half_written_file_that_its_writer_finishes_meanwhile(data_dir, monkeypatch):
    """A half-written file that its writer finishes and renames into place after recover listed
    it does not stop recover (with a catalog in PostgreSQL only this host's own or old ones are
    listed: test below)."""
    store = Store(data_dir)
    raw = data_dir / "raw"
    raw.mkdir()
    theirs = raw / ".abc.77.tmp"
    theirs.write_bytes(b"upload")
    real_glob = Path.glob

    def listed_then_renamed(self, pattern):
        found = list(real_glob(self, pattern))
        if self == raw and theirs.exists():
            theirs.rename(raw / "abc.csv")  # its writer's atomic_move
        return iter(found)

    monkeypatch.setattr(Path, "glob", listed_then_renamed)
    store.clear_leftovers()
    assert (raw / "abc.csv").read_bytes() == b"upload"


def test_recover_of_a_service_leaves_a_half_written_file_of_another_host_until_it_is_old(
    data_dir, monkeypatch
):
    """raw/ and rejects/ on a folder that several hosts share: recover on one host removes its
    own half-written files, and another host's only once it is old enough to be a killed
    writer's (the catalog in PostgreSQL; nothing here connects to it)."""
    monkeypatch.setenv("VAPA_CATALOG", "postgres:dbname=vapa host=127.0.0.1")
    store = Store(data_dir)
    store.clear_leftovers()
    upload = data_dir / "upload.bin"
    upload.write_bytes(b"a;b\r\n")
    real_move = s.atomic_move
    half: list[Path] = []
    monkeypatch.setattr(s, "atomic_move", lambda src, dst: half.append(src))  # killed before its rename
    store.keep_raw(upload, "abc", "csv")
    monkeypatch.setattr(s, "atomic_move", real_move)
    [mine] = half
    theirs = store.raw_dir / ".def.andere-host-42.tmp"
    theirs.write_bytes(b"upload")
    assert store.clear_leftovers() == ["1 half geschreven bestand verwijderd"]
    assert not mine.exists() and theirs.exists()
    old = time.time() - s.ORPHAN_AGE
    os.utime(theirs, (old, old))
    assert store.clear_leftovers() == ["1 half geschreven bestand verwijderd"]
    assert not theirs.exists()
