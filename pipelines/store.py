"""The store: published data, versions, ledger and history on DuckLake; uploads beside it.

In the lake (pipelines/lake.py says where it lives):

    <dataset>         one table per dataset, the typed columns the staging writes
    vapa_state        per dataset: rows, demo flag, updated_at and a generation that every change
                      of the dataset raises
    vapa_sources      per dataset the ingests (id, file SHA-256) its rows come from
    vapa_ledger       every ingest attempt: published, refused, duplicate, rollback
    vapa_answers      the snapshots that a downloaded answer names (kept by `maintain`)

The four bookkeeping tables are inlined: their rows live in the catalog, not in Parquet files
(DuckLake's data inlining, set per table by the first write after the one that made them:
DuckLake sets no option on a table made in the same transaction; on a lake made before, by its
first write now), until `maintain` writes them to files. A publish writes a few of their
rows; as files, every publish left a data file and a delete file behind, and reading the state
read all of them (0,14 s per publish after 2.400 publishes). The datasets are never inlined:
the dashboard reads their Parquet files by path. The sources are a table of their own, not a
list in the state's entry: a list rewritten by every append grew with the history (after
10.000 appends, a megabyte per publish).

Every publish, rollback and ledger line is one DuckLake transaction; its snapshot is the
version. A publication's snapshot carries the facts in its commit: author (who), message and
extra_info (a JSON document: action, file, SHA-256, rows read/accepted/rejected, mode).

Beside the lake, in the data folder: raw/<sha256>.csv|xlsx (every upload the ledger names),
rejects/<ingest id>.parquet (its rejected rows), staging/ (work in progress) and logs/.

Concurrency: a writer checks its rows against one version; in the publish transaction it
checks that the dataset's generation is still the one it checked against (else `Changed`: the
ingest checks again), and a DuckLake conflict or a locked catalog is retried with backoff up to
a bound, then refused in Dutch (`Busy`). The local lock file only spares local writers those
retries; it is no guarantee.
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import secrets
import shutil
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from pipelines import lake
from pipelines.contract import DATASETS
from pipelines.lake import LAKE, StoreUnavailable
from pipelines.staging import quote_ident, typed_columns
from pipelines.wording import count

CRASH_ENV = "VAPA_CRASH_AT"  # fault injection for the crash tests: SIGKILL at a named point
PUBLICATIONS = ("ingest", "rollback", "migrate", "recover")  # actions that change the data
RETRIES = 8  # attempts of one transaction before a Dutch refusal
ORPHAN_AGE = 3600  # seconds before an unreferenced raw/reject file counts as left behind
STATE = f"{LAKE}.main.vapa_state"
SOURCES = f"{LAKE}.main.vapa_sources"
LEDGER = f"{LAKE}.main.vapa_ledger"
ANSWERS = f"{LAKE}.main.vapa_answers"
BOOKKEEPING = {
    "vapa_state": [("dataset", "VARCHAR"), ("generation", "BIGINT"), ("entry", "VARCHAR")],
    "vapa_sources": [("dataset", "VARCHAR"), ("ingest_id", "VARCHAR"), ("sha256", "VARCHAR")],
    "vapa_ledger": [("ingest_id", "VARCHAR"), ("status", "VARCHAR"), ("record", "VARCHAR")],
    "vapa_answers": [("snapshot", "BIGINT"), ("recorded_at", "VARCHAR"), ("what", "VARCHAR")],
}
# A bookkeeping table's rows of one dataset. Written as an expression, not `dataset = $d`: for
# a plain comparison DuckLake first reads the catalog's column statistics of every data file of
# every table to leave files out, and SQLite gets no filter pushed down, so that read grew with
# the unmerged files (state read and delete: 0,11 s -> 0,05 s per publish at 1.758 files).
_ONE_DATASET = "dataset || '' = $d"
INLINE_ROWS = 1000  # a bookkeeping write of fewer rows stays in the catalog (a publish writes 1-4)


def crash_point(name: str) -> None:
    """Kill this process here if the crash tests asked for it (no-op otherwise).

    The points of an ingest, in order: after_raw, after_scan, after_stage (accepted rows in
    staging's Parquet), after_rejects, before_begin, after_delete (replace: old rows deleted,
    uncommitted), after_insert (new rows written, uncommitted), before_commit (state and ledger
    written), after_commit. A rollback passes the last five."""
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_ingest_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write via a temp file, fsync, rename, fsync the directory."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_path(path.parent)


def atomic_move(src: Path, dst: Path) -> None:
    """fsync a finished file and rename it into place (same file system)."""
    fsync_path(src)
    dst.parent.mkdir(parents=True, exist_ok=True)
    os.replace(src, dst)
    fsync_path(dst.parent)


class LockTimeout(Exception):
    """Another write (upload or rollback) on this machine is still running."""


class Busy(Exception):
    """Other writers kept the store busy past the retries; the message is Dutch."""


class Changed(Exception):
    """The dataset changed since its rows were checked: check them again."""


def _conflict(exc: duckdb.Error) -> bool:
    """A failed commit or a concurrent writer's lock: worth another attempt (bounded)."""
    if isinstance(exc, duckdb.TransactionException):
        return True
    text = str(exc).lower()
    return any(
        word in text
        for word in (
            "conflict",
            "database is locked",
            "busy",
            "could not serialize",
            "retry",
            "duplicate key",
        )
    )


class Store:
    """The lake and the data folder of one deployment."""

    def __init__(
        self, root: Path | str, config: dict[str, Any] | None = None, old_format_ok: bool = False
    ) -> None:
        self.conf = lake.settings(root)
        self.root = self.conf.root
        self.raw_dir = self.root / "raw"
        self.rejects_dir = self.root / "rejects"
        # this machine: its writers' work in progress, and whose half-written files are whose
        # (the data folder, or its raw/ and rejects/, may be shared by several)
        self.host = socket.gethostname()
        self.staging_dir = self.root / "staging" / self.host
        self.logs_dir = self.root / "logs"
        self.lock_path = self.root / ".lock"
        self._config = config
        self._old_format_ok = old_format_ok
        self._con: duckdb.DuckDBPyConnection | None = None
        self._schema: list[str] = []  # tables and columns still to create, in the next write
        self._generation = -1
        self._lock = threading.RLock()

    # ----- the connection ----------------------------------------------------------------

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        with self._lock:  # the ingest connects on a helper thread while the file is checked
            return self._connect()

    def _connect(self) -> duckdb.DuckDBPyConnection:
        if self._con is not None and self._generation != lake.generation():
            self._con = None  # its database was closed by lake.forget()
        if self._con is None:
            if not self._old_format_ok and (self.root / "manifest.json").exists():
                raise StoreUnavailable(
                    f"De gegevensmap {self.root} heeft nog het oude formaat (manifest.json). Zet ze over "
                    "naar de gegevensopslag met: python -m pipelines migrate"
                    + (f" --data-dir {self.root}" if self.root != lake.paths.data_dir() else "")
                )
            self._generation = lake.generation()
            con = lake.connect(self.conf, self._config)
            try:
                self._schema = self._missing_schema(con)
            except duckdb.Error as exc:
                con.close()
                raise lake.unavailable(self.conf, exc) from None
            self._con = con
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def sql(self, query: str, params: Any = None) -> list[tuple]:
        """A read on a cursor of its own (safe from threads); errors in Dutch."""
        return self._read(lambda cur: cur.execute(query, params).fetchall())

    @staticmethod
    def _missing_schema(con: duckdb.DuckDBPyConnection) -> list[str]:
        """The statements that create the tables (and contract columns added since) that are
        missing, and inline the bookkeeping tables where that is not yet set; run in the next
        write transaction, so the first publication is snapshot 1."""
        have: dict[str, set[str]] = {}
        for table, column in con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = $db",
            {"db": LAKE},
        ).fetchall():
            have.setdefault(table, set()).add(column)
        wanted = {name: typed_columns(ds) for name, ds in DATASETS.items()} | BOOKKEEPING
        statements = []
        for table, cols in wanted.items():
            if table not in have:
                body = ", ".join(f"{quote_ident(n)} {t}" for n, t in cols)
                statements.append(f"CREATE TABLE IF NOT EXISTS {LAKE}.main.{table} ({body})")
            else:
                statements += [
                    f"ALTER TABLE {LAKE}.main.{table} ADD COLUMN IF NOT EXISTS {quote_ident(n)} {t}"
                    for n, t in cols
                    if n not in have[table]
                ]
        inlined = {
            row[0]
            for row in con.execute(
                "SELECT scope_entry FROM ducklake_options($db) "
                "WHERE option_name = 'data_inlining_row_limit' AND scope = 'TABLE'",
                {"db": LAKE},
            ).fetchall()
        }
        statements += [  # DuckLake sets no option on a table made in the same transaction
            f"CALL {LAKE}.set_option('data_inlining_row_limit', {INLINE_ROWS}, table_name => '{table}')"
            for table in BOOKKEEPING
            if table in have and f"main.{table}" not in inlined
        ]
        if "vapa_state" in have and "vapa_sources" not in have:
            # A lake made before the sources had a table of their own: its entries list them.
            statements.append(
                f"INSERT INTO {SOURCES} SELECT dataset, "
                "unnest(json_extract_string(entry, '$.ingests[*]')), "
                f"unnest(json_extract_string(entry, '$.sources[*]')) FROM {STATE}"
            )
        return statements

    @property
    def has_tables(self) -> bool:
        """Whether anything was ever written (the tables are made by the first write)."""
        _ = self.con  # connecting learns what is missing
        return not any(s.startswith(f"CREATE TABLE IF NOT EXISTS {LEDGER} ") for s in self._schema)

    # ----- transactions --------------------------------------------------------------------

    def _transaction(
        self,
        con: duckdb.DuckDBPyConnection,
        body: Callable[[], Any],
        extra: dict[str, Any],
        author: str | None = None,
        message: str = "",
    ) -> int:
        """Run `body` in one DuckLake transaction with this commit message; retried with
        backoff on a conflict. `Changed` from `body` is passed on at once. Returns the
        snapshot the commit made (DuckLake's own record of this connection's last commit)."""
        for attempt in range(RETRIES):
            con.execute("BEGIN")
            try:
                if self._schema:  # made by another writer meanwhile? Then they are skipped.
                    self._schema = self._missing_schema(con)
                    for statement in self._schema:
                        con.execute(statement)
                body()
                con.execute(
                    f"CALL {LAKE}.set_commit_message($a, $m, extra_info => $x)",
                    {
                        "a": author,
                        "m": message or extra["action"],
                        "x": json.dumps(extra, ensure_ascii=False),
                    },
                )
                crash_point("before_commit")
                con.execute("COMMIT")
                made, self._schema = any(s.startswith("CREATE") for s in self._schema), []
                crash_point("after_commit")
                break
            except duckdb.Error as exc:
                _rollback_quietly(con)
                if not _conflict(exc):
                    raise lake.unavailable(self.conf, exc) from None
                time.sleep(min(2.0, 0.05 * 2**attempt) * (0.5 + random.random()))
            except BaseException:
                _rollback_quietly(con)
                raise
        else:
            raise Busy(
                "De gegevensopslag is bezet door andere schrijvers; er is niets gewijzigd. Probeer "
                "het over een ogenblik opnieuw."
            )
        try:  # after the commit: an error here must not retry it
            if made:  # the next write inlines the bookkeeping tables this one made
                self._schema = self._missing_schema(con)
            return con.execute(f"FROM {LAKE}.last_committed_snapshot()").fetchone()[0]
        except duckdb.Error as exc:
            raise lake.unavailable(self.conf, exc) from None

    # ----- reading ---------------------------------------------------------------------------

    def versions(self) -> list[dict[str, Any]]:
        """Every publication (a snapshot that changed the data), oldest first."""
        rows = self._read(lambda cur: lake.commits(cur, list(PUBLICATIONS)))
        return [v for v in (_publication(*row) for row in rows) if v is not None]

    def current_version(self) -> int:
        """The snapshot of the latest publication (0 when nothing was ever published)."""
        return self.latest()[0]

    def latest(self, at: int | None = None) -> tuple[int, int]:
        """(the latest publication, the latest snapshot), at or before snapshot `at` if given."""
        return self._read(lambda cur: lake.latest(cur, list(PUBLICATIONS), at))

    def version(self, number: int) -> dict[str, Any] | None:
        """Publication `number` with its facts, or None when that snapshot is no publication."""
        found = self._read(lambda cur: lake.commit(cur, number))
        return _publication(*found) if found else None

    def latest_snapshot(self) -> int:
        return self.sql(f"FROM {LAKE}.current_snapshot()")[0][0]

    def _read(self, reader: Callable[[duckdb.DuckDBPyConnection], Any]) -> Any:
        """`reader` on a cursor of its own (safe from threads); errors in Dutch."""
        cur = self.con.cursor()
        try:
            return reader(cur)
        except duckdb.Error as exc:
            lake.forget()  # the next connection attaches the lake afresh
            raise lake.unavailable(self.conf, exc) from None
        finally:
            cur.close()

    def entries(self, version: int, sources: bool = True) -> dict[str, dict[str, Any]]:
        """Per dataset its state at `version`, with (unless `sources` is false) the ingests and
        file SHA-256s its rows come from (`ingests`, `sources`: from vapa_sources, or in the
        entry as a lake made before the sources had a table wrote them)."""
        if not version:
            return {}
        rows = self.sql(f"SELECT dataset, generation, entry FROM {STATE} AT (VERSION => $v)", {"v": version})
        out = {name: {**json.loads(entry), "generation": gen} for name, gen, entry in rows}
        listed = {name for name, e in out.items() if sources and "sources" not in e}
        for name in listed:
            out[name] |= {"ingests": [], "sources": []}
        if listed:
            for name, ingest_id, sha256 in self.sql(
                f"SELECT dataset, ingest_id, sha256 FROM {SOURCES} AT (VERSION => $v) "
                "ORDER BY snapshot_id, rowid",
                {"v": version},
            ):
                if name in listed:
                    out[name]["ingests"].append(ingest_id)
                    out[name]["sources"].append(sha256)
        return out

    def current(self, version: int | None = None) -> dict[str, Any] | None:
        """What is published at `version` (default: now), or None when nothing is."""
        version = self.current_version() if version is None else version
        if not version:
            return None
        record = self.version(version) or {}
        return {"version": version, "created_at": record.get("at"), "datasets": self.entries(version)}

    def relation(self, dataset: str, version: int) -> str:
        """SQL for the rows of `dataset` as published at `version`."""
        return f"(SELECT * FROM {LAKE}.main.{quote_ident(dataset)} AT (VERSION => {int(version)}))"

    def files(self, dataset: str, version: int) -> list[str]:
        """The Parquet files holding `dataset` at `version`. The store never deletes part of a
        table (a replace or rollback deletes all of it), so no delete files apply."""
        rows = self.sql(
            "SELECT data_file, delete_file FROM ducklake_list_files($lake, $table, snapshot_version => $v)",
            {"lake": LAKE, "table": dataset, "v": version},
        )
        if any(delete for _, delete in rows):
            raise RuntimeError(f"{dataset} at {version} has delete files")
        return sorted(path for path, _ in rows)

    def content(self, dataset: str, version: int) -> tuple[int, int]:
        """(rows, content hash) of `dataset` at `version`; the ingest ids do not count."""
        return self._content(self.con.cursor(), self.relation(dataset, version))

    @staticmethod
    def _content(cur: duckdb.DuckDBPyConnection, relation: str) -> tuple[int, int]:
        rows, digest = cur.execute(
            "SELECT count(*), coalesce(sum(hash(*COLUMNS(* EXCLUDE (_ingest_id))))::HUGEINT, 0) "
            f"FROM {relation}"
        ).fetchone()
        return int(rows), int(digest)

    def ledger(self) -> list[dict[str, Any]]:
        """Every ingest attempt, oldest first; a published one with its version."""
        published = {
            (v.get("ingest") or {}).get("ingest_id"): v["version"] for v in self.versions() if v.get("ingest")
        }
        if not self.has_tables:
            return []
        rows = self.sql(f"SELECT record FROM {LEDGER} ORDER BY snapshot_id, rowid")
        out = []
        for (text,) in rows:
            record = json.loads(text)
            if record.get("ingest_id") in published:
                record["version"] = published[record["ingest_id"]]
            out.append(record)
        return out

    def raw_path(self, sha256: str) -> Path:
        """The kept upload: raw/<sha256>.csv, or .xlsx for a workbook."""
        for ext in ("csv", "xlsx"):
            path = self.raw_dir / f"{sha256}.{ext}"
            if path.exists():
                return path
        return self.raw_dir / f"{sha256}.csv"

    # ----- writing -------------------------------------------------------------------------

    @contextmanager
    def write_lock(self, timeout: float = 600.0) -> Iterator[None]:
        """Serialise this machine's writers (fewer retries; not the guarantee) and clear the
        leftovers of killed local writers first."""
        lake.check_root(self.root)
        with open(self.lock_path, "a+") as fh:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise LockTimeout(
                            "Er loopt al een andere opslag of terugzetting; probeer het zo meteen opnieuw."
                        ) from None
                    time.sleep(0.05)
            try:
                self.clear_leftovers()
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def try_recover(self) -> bool:
        """Clear leftovers if no local writer is busy (for the app's start); True when it ran."""
        try:
            with self.write_lock(timeout=0):
                return True
        except LockTimeout:
            return False

    def clear_leftovers(self) -> list[str]:
        """Remove what killed local writers left in the data folder; say what was removed."""
        done = []
        for d in (self.raw_dir, self.rejects_dir, self.staging_dir, self.logs_dir):
            d.mkdir(parents=True, exist_ok=True)
        leftovers = list(self.staging_dir.iterdir())
        for entry in leftovers:
            shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)
        if leftovers:
            done.append(
                f"{count(len(leftovers), 'onafgewerkte opslag', 'onafgewerkte opslagen')} "
                "in staging/ verwijderd"
            )
        tmps = [*self.root.glob(".*.tmp"), *self.raw_dir.glob(".*.tmp"), *self.rejects_dir.glob(".*.tmp")]
        if not self.conf.embedded:  # raw/ and rejects/ may be shared: another host may be writing
            tmps = [tmp for tmp in tmps if f".{self.host}-" in tmp.name or _older_than_an_hour(tmp)]
        for tmp in tmps:
            tmp.unlink(missing_ok=True)
        if tmps:
            done.append(
                f"{count(len(tmps), 'half geschreven bestand', 'half geschreven bestanden')} verwijderd"
            )
        return done

    def orphans(self, min_age: float = ORPHAN_AGE) -> list[Path]:
        """Raw uploads and rejected-row files that no ledger line names (older than `min_age`
        seconds: a writer on another machine may still be about to record its own)."""
        ledger = self.ledger()
        uploads = {r.get("file_sha256") for r in ledger}
        ingests = {r.get("ingest_id") for r in ledger}
        old = time.time() - min_age
        found = [p for p in self.raw_dir.glob("*.*") if p.stem not in uploads and not p.name.startswith(".")]
        found += [p for p in self.rejects_dir.glob("*.parquet") if p.stem not in ingests]
        return [p for p in found if p.stat().st_mtime <= old]

    def new_staging(self, ingest_id: str) -> Path:
        path = self.staging_dir / ingest_id
        path.mkdir(parents=True)
        return path

    def keep_raw(self, source: Path, sha256: str, ext: str) -> Path:
        """Keep the uploaded bytes (once per distinct content). `source` is the ingest's own
        copy, never written again: a second name for it (a hard link) costs no copying."""
        target = self.raw_dir / f"{sha256}.{ext}"
        if not target.exists():
            self.raw_dir.mkdir(parents=True, exist_ok=True)
            tmp = self.raw_dir / f".{sha256}.{self.host}-{os.getpid()}.tmp"  # whose, for recover
            tmp.unlink(missing_ok=True)
            try:
                os.link(source, tmp)
            except OSError:  # another file system, or links not allowed
                shutil.copyfile(source, tmp)
            atomic_move(tmp, target)
        return target

    def keep_rejects(self, staged: Path, ingest_id: str) -> Path:
        target = self.rejects_dir / f"{ingest_id}.parquet"
        atomic_move(staged, target)
        crash_point("after_rejects")
        return target

    def append_ledger(self, record: dict[str, Any]) -> None:
        """Record an attempt that published nothing (refused, duplicate)."""
        con = self.con
        self._transaction(
            con,
            lambda: con.execute(
                f"INSERT INTO {LEDGER} VALUES ($i, $s, $r)",
                {"i": record["ingest_id"], "s": record["status"], "r": _dumps(record)},
            ),
            {"action": "ledger", "ingest_id": record["ingest_id"], "status": record["status"]},
            record.get("user"),
            f"{record.get('status')}: {record.get('file_name')} ({record.get('dataset')})",
        )

    def publish(
        self,
        dataset: str,
        staged_parquet: Path,
        ingest: dict[str, Any],
        append: bool,
        generation: int,
    ) -> dict[str, Any]:
        """Publish the staged rows of `dataset` (replace or append) in one transaction, with
        its state and ledger line; `Changed` when the dataset's generation is no longer the one
        the rows were checked against. Returns the ledger record with its version."""
        con = self.con
        placed = self._place(staged_parquet, dataset, ingest["ingest_id"])

        def body() -> None:
            entry = self._entry(con, dataset)
            if entry.get("generation", 0) != generation:
                raise Changed(dataset)
            crash_point("before_begin")
            total = self._add_rows(con, dataset, placed, ingest, append)
            keep = append and entry
            new = {
                "rows": total,
                "updated_at": ingest["finished_at"],
                "demo": bool(ingest.get("demo")) or bool(keep and entry.get("demo")),
            }
            if not keep:
                con.execute(f"DELETE FROM {SOURCES} WHERE {_ONE_DATASET}", {"d": dataset})
            con.execute(
                f"INSERT INTO {SOURCES} VALUES ($d, $i, $s)",
                {"d": dataset, "i": ingest["ingest_id"], "s": ingest["file_sha256"]},
            )
            self._set_entry(con, dataset, generation + 1, new)
            con.execute(
                f"INSERT INTO {LEDGER} VALUES ($i, $s, $r)",
                {
                    "i": ingest["ingest_id"],
                    "s": ingest["status"],
                    "r": _dumps({**ingest, "rows_total": total}),
                },
            )

        record = {**ingest, "action": "ingest"}
        extra = {
            "action": "ingest",
            "at": ingest["finished_at"],
            "user": ingest.get("user"),
            "ingest": record,
        }
        message = (
            f"{'toevoegen' if append else 'vervangen'} {dataset}: {ingest['file_name']} "
            f"({ingest['rows_read']} gelezen, {ingest['rows_accepted']} aanvaard, "
            f"{ingest['rows_rejected']} geweigerd)"
        )
        return {**record, "version": self._transaction(con, body, extra, ingest.get("user"), message)}

    @staticmethod
    def _add_rows(
        con: duckdb.DuckDBPyConnection, dataset: str, placed: str, ingest: dict[str, Any], append: bool
    ) -> int:
        """Register the placed file as `dataset`'s new rows (after deleting the old ones, for a
        replace); the dataset's rows now. Fails unless the lake holds exactly the accepted rows
        of this ingest (identified by `_ingest_id`) besides the rows kept. Neither count opens
        the other files: the first comes from the catalog's statistics, and in the second the
        catalog's statistics of `_ingest_id` leave every other file out (a count of the whole
        table read every file of the history: 0,48 s per publish after 2.400 appends). On SQLite
        those statistics are still read whole (0,03 s at 1.758 files), until `maintain` merges."""
        table = f"{LAKE}.main.{quote_ident(dataset)}"
        if not append:
            con.execute(f"DELETE FROM {table}")
            crash_point("after_delete")
        kept = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        con.execute(
            "CALL ducklake_add_data_files($lake, $table, $file)",
            {"lake": LAKE, "table": dataset, "file": placed},
        )
        crash_point("after_insert")
        added = con.execute(
            f"SELECT count(*) FROM {table} WHERE _ingest_id = $i", {"i": ingest["ingest_id"]}
        ).fetchone()[0]
        if added != ingest["rows_accepted"] or (kept and not append):
            raise RuntimeError(f"publish added {added} of {ingest['rows_accepted']} rows ({kept} kept)")
        return kept + added

    def _place(self, staged: Path, dataset: str, ingest_id: str) -> str:
        """The staged Parquet file of checked rows, put where the lake keeps `dataset`'s files;
        the publish registers it as it is (ducklake_add_data_files), so the rows are written
        once (bench P1). The file has the table's columns and types (staging writes
        `typed_columns`). Until a commit names it, it is an orphan that `recover` and `maintain`
        remove. In a local folder it is moved (a rename on one file system), on object storage
        copied."""
        target = f"{self.conf.data_path.rstrip('/')}/main/{dataset}/vapa-{ingest_id}.parquet"
        if lake.is_local(target):
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            fsync_path(staged)  # the rows on disk before the name the commit will register
            shutil.move(staged, target)
            fsync_path(Path(target).parent)
        else:
            try:
                self.con.execute(
                    f"COPY (FROM read_parquet($p)) TO {lake.literal(target)} (FORMAT parquet)",
                    {"p": str(staged)},
                )
            except duckdb.Error as exc:
                raise lake.unavailable(self.conf, exc) from None
        return target

    def _entry(self, con: duckdb.DuckDBPyConnection, dataset: str) -> dict[str, Any]:
        query = f"SELECT generation, entry FROM {STATE} WHERE {_ONE_DATASET}"
        row = con.execute(query, {"d": dataset}).fetchone()
        return {**json.loads(row[1]), "generation": row[0]} if row else {}

    @staticmethod
    def _set_entry(con: duckdb.DuckDBPyConnection, dataset: str, generation: int, entry: dict | None) -> None:
        """Write `dataset`'s state (None: it has none). An entry with its lists of ingests and
        sources (an earlier version's, or the old format's) replaces the dataset's sources with
        them; a publish's entry has none (it records its own source)."""
        con.execute(f"DELETE FROM {STATE} WHERE {_ONE_DATASET}", {"d": dataset})
        if entry is None or "sources" in entry:
            con.execute(f"DELETE FROM {SOURCES} WHERE {_ONE_DATASET}", {"d": dataset})
        if entry is None:
            return
        if entry.get("sources"):
            con.execute(
                f"INSERT INTO {SOURCES} SELECT $d, unnest($i::VARCHAR[]), unnest($s::VARCHAR[])",
                {"d": dataset, "i": entry["ingests"], "s": entry["sources"]},
            )
        kept = {k: v for k, v in entry.items() if k not in ("generation", "ingests", "sources")}
        con.execute(
            f"INSERT INTO {STATE} VALUES ($d, $g, $e)", {"d": dataset, "g": generation, "e": _dumps(kept)}
        )

    def rollback(self, to_version: int, user: str) -> dict[str, Any]:
        """A new snapshot whose data equal publication `to_version` (history is kept)."""
        if self.version(to_version) is None:
            raise ValueError(f"versie {to_version} bestaat niet")
        return self.restore(dict.fromkeys(DATASETS, to_version), user, "rollback", to_version)

    def restore(
        self,
        targets: dict[str, int],
        user: str,
        action: str,
        rollback_to: int | None = None,
        damaged: frozenset[str] = frozenset(),
    ) -> dict[str, Any]:
        """A new snapshot in which each dataset of `targets` equals its publication there (0: no
        rows); the others stay. `damaged` datasets (files gone) are rewritten without reading.

        Each changed dataset is copied from the earlier snapshot into a temporary table first,
        then deleted and filled from it; row count and content hash are compared with the
        earlier snapshot inside the transaction, so a copy that inserted nothing cannot commit."""
        con = self.con
        when = now_iso()
        ledger_id = new_ingest_id()
        entries = {v: self.entries(v) for v in set(targets.values()) if v}

        def body() -> None:
            crash_point("before_begin")
            for name, version in targets.items():
                table = f"{LAKE}.main.{quote_ident(name)}"
                earlier = self.relation(name, version) if version else None
                wanted = self._content(con, earlier) if earlier else (0, 0)
                if name not in damaged and self._content(con, table) == wanted:
                    continue
                generation = self._entry(con, name).get("generation", 0) + 1
                if earlier:
                    con.execute(f"CREATE OR REPLACE TEMP TABLE _earlier AS SELECT * FROM {earlier}")
                self._empty(con, table, name in damaged)
                crash_point("after_delete")
                if earlier:
                    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _earlier")
                crash_point("after_insert")
                if self._content(con, table) != wanted:
                    raise RuntimeError(f"restoring {name} to {version} does not match")
                self._set_entry(con, name, generation, entries.get(version, {}).get(name))
            con.execute("DROP TABLE IF EXISTS _earlier")
            con.execute(
                f"INSERT INTO {LEDGER} VALUES ($i, 'rollback', $r)", {"i": ledger_id, "r": _dumps(record)}
            )

        record = {
            "ingest_id": ledger_id,
            "action": action,
            "status": "rollback",
            "rollback_to": rollback_to,
            "restored": targets,
            "user": user,
            "started_at": when,
            "finished_at": when,
        }
        extra = {"action": action, "at": when, "user": user, "rollback_to": rollback_to, "ingest": record}
        message = f"terugzetten naar versie {rollback_to}" if rollback_to else f"herstel: {targets}"
        return {**record, "version": self._transaction(con, body, extra, user, message)}

    @staticmethod
    def _empty(con: duckdb.DuckDBPyConnection, table: str, damaged: bool) -> None:
        """Delete every row; a damaged table (files gone, which DELETE would read) is dropped
        and made again with the same columns."""
        if not damaged:
            con.execute(f"DELETE FROM {table}")
            return
        cols = ", ".join(f"{quote_ident(c[0])} {c[1]}" for c in con.execute(f"DESCRIBE {table}").fetchall())
        con.execute(f"DROP TABLE {table}")
        con.execute(f"CREATE TABLE {table} ({cols})")

    def record_answer(self, version: int, what: str) -> None:
        """Remember that an answer built on `version` left the app (kept by `maintain`)."""
        con = self.con
        self._transaction(
            con,
            lambda: con.execute(
                f"INSERT INTO {ANSWERS} VALUES ($v, $t, $w)", {"v": version, "t": now_iso(), "w": what}
            ),
            {"action": "answer", "snapshot": version},
            None,
            f"antwoord op versie {version}: {what}",
        )

    def answered(self) -> set[int]:
        if not self.has_tables:
            return set()
        return {row[0] for row in self.sql(f"SELECT DISTINCT snapshot FROM {ANSWERS}")}


def _publication(snapshot: int, author: str | None, extra: str | None, micros: int) -> dict[str, Any] | None:
    """A snapshot's commit as a publication (None when its commit changed no data)."""
    info = json.loads(extra) if extra else {}
    if info.get("action") not in PUBLICATIONS:
        return None
    committed = datetime.fromtimestamp(micros / 1e6, UTC).isoformat()
    return {**info, "version": snapshot, "user": info.get("user", author), "committed": committed}


def _older_than_an_hour(path: Path) -> bool:
    """A half-written file of a writer on another host that was killed (ORPHAN_AGE, as orphans)."""
    try:
        return path.stat().st_mtime <= time.time() - ORPHAN_AGE
    except FileNotFoundError:  # its writer finished it meanwhile
        return False


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, default=str)


def _rollback_quietly(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


__all__ = [
    "Busy",
    "Changed",
    "LockTimeout",
    "Store",
    "StoreUnavailable",
    "crash_point",
    "new_ingest_id",
    "now_iso",
]
