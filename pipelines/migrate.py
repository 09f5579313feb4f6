"""`python -m pipelines migrate`: a data folder of the earlier, home-made format into the lake.

The earlier format kept manifest.json (the current version), versions/NNNNNN.json (every
version), files/<dataset>/<id>.parquet and ledger.jsonl. Every version becomes one snapshot,
in order, with its ledger lines and its facts in the commit (who, when, file, counts); a
dataset's rows are checked (count and content hash) inside each transaction, and after the
last one the sorted row hashes of every dataset are compared with the old files. Then the old
files are moved aside (never deleted) into `oud-formaat-<time>/`, and the user is told where.

A damaged old folder (a truncated manifest.json, an unreadable version file, a torn ledger
line, a missing Parquet file) is migrated as far as it is whole, and the lines say what was
skipped.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from pipelines import lake, paths
from pipelines.staging import quote_ident
from pipelines.store import LAKE, LEDGER, Store, _dumps
from pipelines.wording import count

OLD_PARTS = ("manifest.json", "versions", "files", "ledger.jsonl", ".lock")


class MigrationRefused(Exception):
    """Nothing to migrate, or the lake already holds publications; the message is Dutch."""


def is_old_format(root: Path) -> bool:
    return (root / "manifest.json").exists() or (root / "versions").is_dir()


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_old(root: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """(the versions up to the current one, the ledger lines, what was skipped and why)."""
    notes: list[str] = []
    versions = []
    for path in sorted((root / "versions").glob("*.json")):
        record = _read_json(path)
        if record is None or "version" not in record or "datasets" not in record:
            notes.append(f"{path.relative_to(root)} is onleesbaar en overgeslagen")
        else:
            versions.append(record)
    manifest = _read_json(root / "manifest.json")
    whole = [v for v in versions if all((root / e["file"]).is_file() for e in v["datasets"].values())]
    if manifest is None or "version" not in manifest:
        current = whole[-1]["version"] if whole else 0
        notes.append(
            f"manifest.json is beschadigd of ontbreekt: versie {current}, de laatste volledige, "
            "geldt als huidige"
        )
    else:
        current = manifest["version"]
    for v in versions:
        if v["version"] <= current and v not in whole:
            notes.append(f"versie {v['version']}: een gegevensbestand ontbreekt; overgeslagen")
    ledger = []
    try:
        lines = (root / "ledger.jsonl").read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    for n, line in enumerate(lines, 1):
        try:
            ledger.append(json.loads(line))
        except ValueError:
            notes.append(f"ledger.jsonl regel {n} is afgebroken en overgeslagen")
    return [v for v in whole if v["version"] <= current], ledger, notes


def _sorted_hash(con: duckdb.DuckDBPyConnection, source: str, columns: list[str]) -> tuple[int, str]:
    cols = ", ".join(quote_ident(c) for c in columns)
    rows, digest = con.execute(
        f"SELECT count(*), md5(coalesce(string_agg(h::VARCHAR, ',' ORDER BY h), '')) "
        f"FROM (SELECT hash({cols}) AS h FROM {source})"
    ).fetchone()
    return int(rows), digest


def _file_columns(con: duckdb.DuckDBPyConnection, path: Path) -> list[str]:
    cols = [r[0] for r in con.execute("DESCRIBE SELECT * FROM read_parquet($p)", {"p": str(path)}).fetchall()]
    return [c for c in cols if c != "_ingest_id"]


def migrate(data_dir: str | os.PathLike[str] | None = None) -> list[str]:
    """Migrate the old-format folder; the lines say what was done and where the old files are."""
    root = paths.data_dir(data_dir)
    lake.check_root(root)
    if not is_old_format(root):
        raise MigrationRefused(
            f"In {root} staat geen gegevensmap van het oude formaat (manifest.json, versions/)."
        )
    versions, ledger, notes = read_old(root)
    store = Store(root, old_format_ok=True)
    try:
        with store.write_lock():
            if store.current_version():
                raise MigrationRefused(
                    f"De gegevensopslag ({store.conf.shown}) bevat al publicaties; er is niets overgezet. "
                    "Migreer naar een lege gegevensopslag."
                )
            try:
                mapping = _migrate_versions(store, root, versions, ledger)
                done = _compare(store, root, versions[-1] if versions else None, mapping)
            except (RuntimeError, duckdb.Error, lake.StoreUnavailable) as exc:
                raise MigrationRefused(
                    f"Overzetten mislukt ({lake.mask(str(exc).splitlines()[0])}); de bestanden van het oude "
                    f"formaat zijn onaangeroerd. Maak de gegevensopslag ({store.conf.shown}) leeg en probeer "
                    "het opnieuw."
                ) from None
    finally:
        store.close()
    aside = root / f"oud-formaat-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}"
    aside.mkdir()
    for name in OLD_PARTS:
        if (root / name).exists():
            shutil.move(root / name, aside / name)
    return [
        *notes,
        f"{count(len(versions), 'versie', 'versies')} overgezet naar de gegevensopslag "
        f"({store.conf.shown}), elk als snapshot.",
        *done,
        f"De bestanden van het oude formaat staan nu in {aside} (niet verwijderd; wis ze zelf "
        "als alles klopt).",
    ]


def _migrate_versions(
    store: Store, root: Path, versions: list[dict[str, Any]], ledger: list[dict[str, Any]]
) -> dict[int, int]:
    """One transaction per old version; returns old version number -> snapshot id."""
    con = store.con
    mapping: dict[int, int] = {}
    previous: dict[str, Any] = {}
    groups, pending = _ledger_groups(ledger)
    for v in versions:
        lines = groups.get(v["version"]) or ([v["ingest"]] if v.get("ingest") else [])
        ingest = next((r for r in lines if r.get("status") in PUBLISHING), v.get("ingest") or {})

        def body(v: dict = v, lines: list = lines, previous: dict = previous) -> None:
            for name, entry in v["datasets"].items():
                if previous.get(name, {}).get("file") == entry["file"]:
                    continue
                table = f"{LAKE}.main.{quote_ident(name)}"
                source = f"read_parquet({lake.literal(str(root / entry['file']))})"
                con.execute(f"DELETE FROM {table}")
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {source}")
                cols = _file_columns(con, root / entry["file"])
                if _sorted_hash(con, table, cols) != _sorted_hash(con, source, cols):
                    raise RuntimeError(f"migrating {name} of version {v['version']}: content differs")
                store._set_entry(con, name, v["version"], entry)
            for name in set(previous) - set(v["datasets"]):
                con.execute(f"DELETE FROM {LAKE}.main.{quote_ident(name)}")
                store._set_entry(con, name, v["version"], None)
            for record in lines:
                con.execute(
                    f"INSERT INTO {LEDGER} VALUES ($i, $s, $r)",
                    {"i": record.get("ingest_id"), "s": record.get("status"), "r": _dumps(record)},
                )

        extra = {
            "action": "migrate",
            "at": v["created_at"],
            "user": v.get("user"),
            "migrated_from": v["version"],
            "rollback_to": mapping.get(v.get("rollback_to")),
            "ingest": {**ingest, "action": v.get("action", "ingest")} if ingest else None,
        }
        mapping[v["version"]] = store._transaction(
            con, body, extra, v.get("user"), f"overgezet: versie {v['version']} ({v.get('action')})"
        )
        previous = v["datasets"]
    for record in pending:
        store.append_ledger(record)
    return mapping


PUBLISHING = ("published", "rollback")


def _ledger_groups(ledger: list[dict[str, Any]]) -> tuple[dict[int, list[dict]], list[dict]]:
    """The ledger lines per version, in file order: a publishing line and the attempts that
    published nothing since the one before; and the attempts after the last version."""
    groups: dict[int, list[dict]] = {}
    waiting: list[dict] = []
    for record in ledger:
        waiting.append(record)
        if record.get("status") in PUBLISHING and record.get("version") is not None:
            groups[record["version"]] = waiting
            waiting = []
    return groups, waiting


def _compare(store: Store, root: Path, last: dict[str, Any] | None, mapping: dict[int, int]) -> list[str]:
    """The sorted row hashes of every dataset, old files against the lake now."""
    if last is None:
        return []
    con = store.con
    version = mapping[last["version"]]
    out = []
    for name, entry in sorted(last["datasets"].items()):
        cols = _file_columns(con, root / entry["file"])
        old = _sorted_hash(con, f"read_parquet({lake.literal(str(root / entry['file']))})", cols)
        new = _sorted_hash(con, store.relation(name, version), cols)
        if old != new:
            raise RuntimeError(f"migrated {name} differs from the old files")
        out.append(
            f"{name}: {count(old[0], 'rij', 'rijen')}, gelijk aan het oude formaat "
            "(gesorteerde rijhashes vergeleken)"
        )
    return out
