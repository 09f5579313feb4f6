"""Inside a mutation run of the read side's Python, the lake is read once for all its mutants.

What it buys: a test of the answer or of the page builders reads a published fixture: it opens
the lake (loading DuckLake, attaching the catalog), reads the snapshot and runs a dozen named
queries, about 0,8 s in a fresh process, before the code under test runs for a few hundredths
of a second. mutmut tests every mutant in a fresh process, so each of the 3.000 mutants of
those modules paid it again. Here the first process that reads a snapshot or runs a query
keeps the result on disk, keyed by what it depends on, and later processes load it.

Only where it cannot hide a mutant: for the mutants of the modules in READ_ONLY, which the
reading (dashboard/db.py, the store, the SQL) does not import. A mutant of the store, the
rules, the formats, the contract or the SQL pass's reads afresh, as does any run outside a
mutation run (`make test`). The keys:

- a snapshot: the bytes of the catalog (and any journal of it) and the publication asked for;
  the folder it lies in is put back in (a published fixture is a copy in each test's folder);
- a query: its name, its parameters and the Parquet files it reads (their names, unique per
  publication, relative to the folder, and their sizes), and the code that reads them.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

READ_ONLY = (  # mutmut names a mutant "<module>.<function>__mutmut_<n>"
    "dashboard.answer.",
    "dashboard.answer_docx.",
    "dashboard.answer_xlsx.",
    "dashboard.tables.",
    "dashboard.evaluation.",
    "dashboard.question.",
)
PROJECT = Path(__file__).resolve().parents[2]
_installed: list[bool] = []


def active() -> bool:
    """True in a mutant's process whose mutant the reading cannot depend on."""
    return bool(os.environ.get("MUTATION_READ_CACHE")) and os.environ.get("MUTANT_UNDER_TEST", "").startswith(
        READ_ONLY
    )


def install() -> None:
    """Wrap db.read_snapshot and db.query with the cache (once per process, when active)."""
    if _installed or not active():
        return
    from dashboard import db

    read_snapshot, query = db.read_snapshot, db.query

    def cached_snapshot(data_dir: str | None = None, at: int | None = None):
        from pipelines import lake

        root = Path(lake.settings(data_dir).root)
        catalog = sorted(root.glob("catalog.sqlite*"))
        if not catalog:
            return read_snapshot(data_dir, at)
        key = _digest("snapshot", repr(at), *(p.name.encode() + p.read_bytes() for p in catalog))
        kept = _load(key)
        if kept is None:
            snap = read_snapshot(data_dir, at)
            _keep(key, _moved(snap, snap.root, ""))
            return snap
        return _moved(kept, "", str(root))

    def cached_query(con, name: str, snap, params: dict[str, Any]):
        files = [(f[len(snap.root) :], Path(f).stat().st_size) for _, fs in snap.files for f in fs]
        key = _digest("query", name, repr(sorted(params.items())), repr(files), repr(snap.empty))
        kept = _load(key)
        if kept is None:
            kept = query(con if con is not None else db._connection(), name, snap, params)
            _keep(key, kept)
        return kept

    db.read_snapshot, db.query = cached_snapshot, cached_query
    # the pages' path (run_query): the connection made only when a query is not kept
    db._cached_query = lambda name, snap, params: cached_query(None, name, snap, params)
    _installed.append(True)


def _moved(snap, old: str, new: str):
    """`snap` with its folder `old` (the start of every file's path) replaced by `new`."""
    files = tuple((name, tuple(new + f[len(old) :] for f in fs)) for name, fs in snap.files)
    return replace(snap, root=new, files=files)


@cache
def _code() -> bytes:
    """What the results depend on besides the data: the reading code and the SQL."""
    parts = [PROJECT / "dashboard" / "db.py", *sorted((PROJECT / "dashboard" / "queries").glob("*.sql"))]
    parts += sorted((PROJECT / "pipelines").rglob("*.py")) + sorted((PROJECT / "pipelines").rglob("*.sql"))
    return b"".join(p.read_bytes() for p in parts)


def _digest(*parts: str | bytes) -> str:
    h = hashlib.sha256(_code())
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()


def _path(key: str) -> Path:
    return Path(os.environ["MUTATION_READ_CACHE"]) / key[:2] / key


def _load(key: str) -> Any:
    try:
        return pickle.loads(_path(key).read_bytes())
    except (FileNotFoundError, EOFError, pickle.UnpicklingError):
        return None


def _keep(key: str, value: Any) -> None:
    """Written whole under a name of its own, then renamed: a reader never sees half of it."""
    path = _path(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{key}.{os.getpid()}")
    part.write_bytes(pickle.dumps(value))
    part.replace(path)
