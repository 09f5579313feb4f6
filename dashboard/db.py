"""One cached DuckDB connection, a cursor per query, caches keyed by the published version.

Every query sees exactly one published version: its cursor gets temporary views over the
Parquet files named by the manifest read at the start of the run, and those files are
immutable. A new upload changes the manifest version and so the cache key: it shows at once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from pipelines import paths, rules
from pipelines.contract import DATASETS
from pipelines.reference import REFERENCE_FILE
from pipelines.staging import quote_ident, typed_columns

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")
# The business rules' macros (pipelines/rules.py), then the shared filters that use them.
FILTER_MACROS = rules.sql_macros() + (QUERIES_DIR / "_filters.sql").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Snapshot:
    """One published version: what a page run reads."""

    root: str
    version: int
    created_at: str | None
    files: tuple[tuple[str, str], ...]  # (dataset, absolute Parquet path)
    demo: bool  # any dataset comes from the demo
    updated: tuple[tuple[str, str], ...]  # (dataset, updated_at)

    @property
    def empty(self) -> bool:
        return self.version == 0

    def has(self, dataset: str) -> bool:
        return any(name == dataset for name, _ in self.files)


def read_snapshot(data_dir: str | None = None) -> Snapshot:
    """The current manifest as a Snapshot (an empty one when nothing is published)."""
    root = paths.data_dir(data_dir)
    try:
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Snapshot(str(root), 0, None, (), False, ())
    entries = manifest["datasets"]
    return Snapshot(
        str(root),
        manifest["version"],
        manifest["created_at"],
        tuple((name, str(root / e["file"])) for name, e in sorted(entries.items())),
        any(e.get("demo") for e in entries.values()),
        tuple((name, e["updated_at"]) for name, e in sorted(entries.items())),
    )


def connect() -> duckdb.DuckDBPyConnection:
    """An in-memory database holding the municipality reference: `gemeenten` (the reference
    file as it is) and `gemeente_indeling`, which gives every NIS code, old or new, its
    municipality, name and province in each boundary vintage (`indeling`)."""
    con = duckdb.connect(":memory:")
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


_COLUMNS: dict[str, frozenset[str]] = {}


def _parquet_columns(cur: duckdb.DuckDBPyConnection, path: str) -> frozenset[str]:
    """The column names of a published Parquet file (immutable, so read once per path)."""
    if path not in _COLUMNS:
        rows = cur.execute(f"DESCRIBE SELECT * FROM read_parquet({_literal(path)})").fetchall()
        _COLUMNS[path] = frozenset(r[0] for r in rows)
    return _COLUMNS[path]


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
                have = _parquet_columns(cur, files[dataset])
                extra = "".join(
                    f", CAST(NULL AS {t}) AS {quote_ident(n)}" for n, t in typed_columns(ds) if n not in have
                )
                cur.execute(
                    f"CREATE TEMP VIEW {quote_ident(dataset)} AS "
                    f"SELECT *{extra} FROM read_parquet({_literal(files[dataset])})"
                )
            else:  # nothing published yet: an empty table of the right shape
                cols = ", ".join(f"{quote_ident(n)} {t}" for n, t in typed_columns(ds))
                cur.execute(f"CREATE TEMP TABLE {quote_ident(dataset)} ({cols})")
        cur.execute(FILTER_MACROS)
        return cur.execute(sql, {k: v for k, v in params.items() if k in used}).df()
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


def begin_run() -> Snapshot:
    """Read the manifest once at the start of a run (entry file); `snapshot()` returns it."""
    snap = read_snapshot()
    st.session_state[_RUN_KEY] = snap
    return snap


def snapshot() -> Snapshot:
    """The snapshot of this page run, shared by all its queries (read now if no run began)."""
    return st.session_state.get(_RUN_KEY) or read_snapshot()


def run_query(name: str, snap: Snapshot | None = None, **params: Any) -> pd.DataFrame:
    """A named query on the current published version, cached per version and parameters."""
    return _cached_query(name, snap or snapshot(), params).copy()
