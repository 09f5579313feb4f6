"""One cached DuckDB connection, a cursor per query, caches keyed by the published version.

Every query sees exactly one snapshot of the lake: the run's Snapshot names the Parquet files
of that snapshot (read at the start of the run, immutable), and each cursor gets temporary
views over them. A new upload makes a new snapshot and so a new cache key: it shows at once.
A reader may choose an earlier publication ("gepubliceerd op"): the same, read-only.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from dashboard import format
from pipelines import lake, rules
from pipelines.contract import DATASETS
from pipelines.reference import REFERENCE_FILE
from pipelines.staging import quote_ident, typed_columns
from pipelines.store import Busy, Store

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")
# The business rules' macros (pipelines/rules.py), then the shared filters that use them.
FILTER_MACROS = rules.sql_macros() + (QUERIES_DIR / "_filters.sql").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Snapshot:
    """One publication as a page run reads it."""

    root: str
    version: int  # the publication (DuckLake snapshot id); 0: nothing published
    created_at: str | None
    files: tuple[tuple[str, tuple[str, ...]], ...]  # (dataset, its Parquet files)
    demo: bool  # any dataset comes from the demo
    updated: tuple[tuple[str, str], ...]  # (dataset, updated_at)
    fixed: bool = False  # an earlier publication chosen by the reader: read-only
    read_at: int = 0  # the snapshot whose files are read (equal data; maintenance may merge files)

    @property
    def empty(self) -> bool:
        return self.version == 0

    @property
    def label(self) -> str:
        """How answers and downloads name it: "publicatie 12 van 06/12/2026 14:03"."""
        if self.empty:
            return "nog niets gepubliceerd"
        return f"publicatie {self.version} van {format.moment(self.created_at)}"

    def has(self, dataset: str) -> bool:
        return any(name == dataset for name, _ in self.files)


_STORES: dict[tuple, Store] = {}
_SNAPSHOTS: dict[tuple, Snapshot] = {}
_LOCK = threading.Lock()


def store_for(data_dir: str | os.PathLike[str] | None = None) -> Store:
    """The process's Store of a data folder (one lake connection, a cursor per read)."""
    conf = lake.settings(data_dir)
    ident: tuple = (str(conf.root), conf.catalog, conf.data_path)
    if conf.catalog_file is not None:  # a catalog file replaced under the same name is another lake
        try:
            st_ = conf.catalog_file.stat()
            ident += (st_.st_ino, st_.st_dev)
        except FileNotFoundError:
            ident += (None,)
    with _LOCK:
        store = _STORES.get(ident)
        if store is None:
            for key in [k for k in _STORES if k[:3] == ident[:3]]:
                _STORES.pop(key).close()
            store = _STORES[ident] = Store(conf.root)
        return store


def publications(data_dir: str | None = None) -> list[dict[str, Any]]:
    """Every publication, oldest first (for the choice of an earlier one)."""
    return store_for(data_dir).versions()


def latest_snapshot(snap: Snapshot) -> int:
    """The lake's latest snapshot: the one this run read, or (an earlier publication open) the
    catalog's now."""
    return store_for(snap.root).latest_snapshot() if snap.fixed else snap.read_at


# Every rerun draws the choice of a publication; the list only changes with a new snapshot
# (a publication, rollback or refused upload), so it is read once per snapshot. Callers only
# read the list.
@st.cache_resource(show_spinner=False, max_entries=8)
def listed_publications(root: str, latest: int) -> list[dict[str, Any]]:
    """`publications` of the store at `root` up to snapshot `latest`."""
    return publications(root)


def read_snapshot(data_dir: str | None = None, at: int | None = None) -> Snapshot:
    """The latest publication as a Snapshot (an empty one when nothing is published), or the
    publication `at` (a snapshot id; a later snapshot id means the publication current then)."""
    store = store_for(data_dir)
    version, latest = store.latest(at)
    root = str(store.root)
    read_at = latest if at is None else version
    if not version:
        return Snapshot(root, 0, None, (), False, (), at is not None, read_at)
    key = (id(store), version, read_at, at is not None)
    if key not in _SNAPSHOTS:
        record = store.version(version) or {}
        entries = store.entries(version, sources=False)
        _SNAPSHOTS[key] = Snapshot(
            root,
            version,
            record.get("at"),
            tuple((name, tuple(store.files(name, read_at))) for name in sorted(entries)),
            any(e.get("demo") for e in entries.values()),
            tuple((name, e["updated_at"]) for name, e in sorted(entries.items())),
            at is not None,
            read_at,
        )
    return _SNAPSHOTS[key]


def recorded(snap: Snapshot, what: str, data: bytes) -> bytes:
    """`data` (an answer being downloaded), after noting that it names `snap`: `maintain` keeps
    that snapshot so the figures can be reproduced. A store that cannot note it now does not
    stop the download."""
    if not snap.empty:
        try:
            store_for(snap.root).record_answer(snap.version, what)
        except (lake.StoreUnavailable, Busy):
            pass
    return data


def publication_at(moment: datetime, data_dir: str | None = None) -> int | None:
    """The publication that was current at `moment` (timezone-aware), or None before the first."""
    when = moment.isoformat()
    found = [v["version"] for v in publications(data_dir) if _utc(v["committed"]) <= _utc(when)]
    return found[-1] if found else None


def _utc(text: str | None) -> datetime:
    return datetime.fromisoformat(text) if text else datetime.min.replace(tzinfo=format.BRUSSELS)


def connect(data_dir: str | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory database that reads the lake's files, holding the municipality reference:
    `gemeenten` (the reference file as it is) and `gemeente_indeling`, which gives every NIS
    code, old or new, its municipality, name and province in each boundary vintage (`indeling`)."""
    con = lake.file_reader(lake.settings(data_dir))
    con.execute(
        "CREATE TABLE gemeenten AS SELECT * FROM read_csv($path, all_varchar = true, header = true)",
        {"path": str(REFERENCE_FILE)},
    )
    con.execute(
        """
        CREATE TABLE gemeente_indeling AS
        -- 2025 boundaries: every code lies in exactly one 2025 municipality.
        SELECT DISTINCT g.nis_code, '2025' AS indeling, n.nis_code AS code, n.name_nl AS naam,
               n.province AS provincie
        FROM gemeenten AS g JOIN gemeenten AS n ON n.vintage = '2025' AND n.nis_code = g.nis_code_2025
        UNION ALL
        -- 2019-2024 boundaries: old codes are themselves; a code that only exists from 2025
        -- (a booking in 2025) keeps its 2025 municipality, the only one it can be placed in.
        SELECT g.nis_code, '2019-2024', g.nis_code, g.name_nl, g.province
        FROM gemeenten AS g
        WHERE g.vintage = '2019-2024'
           OR (g.vintage = '2025'
               AND g.nis_code NOT IN (SELECT nis_code FROM gemeenten WHERE vintage = '2019-2024'))
        """
    )
    return con


def _literal(path: str) -> str:
    return "'" + path.replace("'", "''") + "'"


def _source(files: tuple[str, ...]) -> str:
    listed = ", ".join(_literal(f) for f in files)
    return f"read_parquet([{listed}], union_by_name = true)"


_COLUMNS: dict[str, frozenset[str]] = {}


def _parquet_columns(cur: duckdb.DuckDBPyConnection, source: str) -> frozenset[str]:
    """The column names of published Parquet files (immutable, so read once per set)."""
    if source not in _COLUMNS:
        rows = cur.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()
        _COLUMNS[source] = frozenset(r[0] for r in rows)
    return _COLUMNS[source]


def query(con: duckdb.DuckDBPyConnection, name: str, snap: Snapshot, params: dict[str, Any]) -> pd.DataFrame:
    """Run queries/<name>.sql on one snapshot; only the parameters the SQL names are passed."""
    sql = (QUERIES_DIR / f"{name}.sql").read_text(encoding="utf-8")
    used = set(_PARAM.findall(sql))
    missing = used - set(params)
    if missing:
        raise KeyError(f"query {name} needs parameters {sorted(missing)}")
    cur = con.cursor()
    try:
        files = dict(snap.files)
        for dataset, ds in DATASETS.items():
            if dataset in files:
                # Files published before an optional column was added to the contract lack it:
                # it reads as empty, so every query sees the contract's columns.
                source = _source(files[dataset])
                have = _parquet_columns(cur, source)
                extra = "".join(
                    f", CAST(NULL AS {t}) AS {quote_ident(n)}" for n, t in typed_columns(ds) if n not in have
                )
                cur.execute(f"CREATE TEMP VIEW {quote_ident(dataset)} AS SELECT *{extra} FROM {source}")
            else:  # nothing published yet: an empty table of the right shape
                cols = ", ".join(f"{quote_ident(n)} {t}" for n, t in typed_columns(ds))
                cur.execute(f"CREATE TEMP TABLE {quote_ident(dataset)} ({cols})")
        cur.execute(FILTER_MACROS)
        return cur.execute(sql, {k: v for k, v in params.items() if k in used}).df()
    except duckdb.IOException as exc:  # a published file missing or unreadable
        raise lake.unavailable(lake.settings(snap.root), exc) from None
    finally:
        cur.close()


@st.cache_resource(show_spinner=False)
def _connection() -> duckdb.DuckDBPyConnection:
    return connect()


# A resource, not st.cache_data: a hit is then the frame itself, which `run_query` copies
# (0,1 ms), instead of unpickling it on every rerun (9 ms for 2.500 trajectories). Nothing
# else reads this frame, so it is never changed.
@st.cache_resource(show_spinner=False, max_entries=512)
def _cached_query(name: str, snap: Snapshot, params: dict[str, Any]) -> pd.DataFrame:
    return query(_connection(), name, snap, params)


_RUN_KEY = "_vapa_snapshot"


def begin_run(at: int | None = None) -> Snapshot:
    """Read the snapshot once at the start of a run (entry file): the latest publication, or
    the earlier one `at`; `snapshot()` returns it."""
    snap = read_snapshot(at=at)
    st.session_state[_RUN_KEY] = snap
    return snap


def snapshot() -> Snapshot:
    """The snapshot of this page run, shared by all its queries (read now if no run began)."""
    return st.session_state.get(_RUN_KEY) or read_snapshot()


def run_query(name: str, snap: Snapshot | None = None, **params: Any) -> pd.DataFrame:
    """A named query on the current published version, cached per version and parameters."""
    return _cached_query(name, snap or snapshot(), params).copy()
