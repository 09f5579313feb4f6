"""Published fixtures, made once per mutation run and copied after.

In a mutation run (`make mutate`) every mutant is tested in a fresh pytest session, and a test
on a published fixture (fixture_small.py, fixture_asof.py, the demo) would ingest it again for
each mutant: a second or two, thousands of times. There the first session publishes it for
real (through the ingest, every row checked) and keeps a copy; later sessions copy that.

Only where it cannot hide a mutant: a mutant of the write side (pipelines/*, the parsers' SQL,
the contract's checks) changes what is published, so with one active the fixture is published
anew. Outside a mutation run (VAPA_FIXTURE_CACHE unset, as in `make test`) nothing is kept. The
kept copies are keyed by the code that makes them and live in the run's own folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from functools import cache
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
WRITE_SIDE = ("pipelines.", "sql:file:pipelines/", "sql:contract:")


@cache
def _code_version() -> str:
    """A hash of what a published fixture depends on: the write side and the fixtures."""
    digest = hashlib.sha256()
    parts = [*sorted((PROJECT / "pipelines").rglob("*.py")), *sorted((PROJECT / "pipelines").rglob("*.sql")),
             *sorted((PROJECT / "data" / "reference").glob("*")), *sorted((PROJECT / "tests").glob("fixture_*.py"))]  # fmt: skip
    for path in parts:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _kept_dir() -> Path | None:
    root = os.environ.get("VAPA_FIXTURE_CACHE")
    if not root or os.environ.get("MUTANT_UNDER_TEST", "").startswith(WRITE_SIDE):
        return None
    return Path(root) / _code_version()


def _relocatable(data_dir: Path) -> bool:
    """A published folder names its files relative to itself, so that a copy elsewhere is the
    same lake: no file holds the folder's path, except the catalog's first data path, which the
    store overrides with where the folder is now (pipelines/lake.py, `in_folder`)."""
    own = str(data_dir.resolve()).encode()
    catalog = data_dir / "catalog.sqlite"
    others = [p for p in data_dir.rglob("*") if p.is_file() and not p.name.startswith(catalog.name)]
    if any(own in p.read_bytes() for p in others):
        return False
    with closing(sqlite3.connect(catalog)) as con:
        absolute = sum(
            con.execute(f"SELECT count(*) FROM {table} WHERE NOT path_is_relative").fetchone()[0]
            for table in ("ducklake_schema", "ducklake_table", "ducklake_data_file", "ducklake_delete_file")
        )
    return absolute == 0


def once(name: str, data_dir: Path, make: Callable[[Path], object]) -> None:
    """`make(data_dir)`, or in a mutation run a copy of what it made the first time."""
    kept_dir = _kept_dir()
    if kept_dir is None:
        make(data_dir)
        return
    kept = kept_dir / name
    if kept.is_dir():
        shutil.copytree(kept, data_dir, dirs_exist_ok=True)
        return
    make(data_dir)
    if _relocatable(data_dir):
        part = kept_dir / f".{name}.{os.getpid()}"
        shutil.copytree(data_dir, part)
        try:
            part.rename(kept)
        except OSError:  # another process kept it first
            shutil.rmtree(part, ignore_errors=True)


def demo(data_dir: Path) -> None:
    """The demo dataset, published through the normal ingest path (pipelines/demo.py)."""
    from pipelines.demo import build_demo

    once("demo", data_dir, build_demo)
