"""Repair and upkeep of the store: `recover`, `maintain` (the CLI commands of the same name).

recover: clears what killed writers left in the data folder, removes orphans, and when a file
of the latest publication is missing, publishes the last complete publication again. It says
what it did, in Dutch.

maintain: expires snapshots older than the retention (never the latest publication, never one
that a downloaded answer names unless forced), merges small files, and deletes files no
snapshot needs any more. It only removes files that were unneeded for `grace` seconds, so a page
run that is reading them while it runs is not disturbed.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from pipelines import lake, paths
from pipelines.store import LAKE, ORPHAN_AGE, Store
from pipelines.wording import count

RETENTION_DAYS = 90  # README: snapshots older than this are expired by `maintain`
GRACE_SECONDS = 600  # files unneeded for less than this are left for the next run
RECOVER_USER = "herstel"


def _exists(path: str) -> bool:
    return Path(path).exists() if "://" not in path else True


def missing_files(store: Store, version: int) -> dict[str, list[str]]:
    """Per dataset the files of publication `version` that are gone (local folders; on object
    storage a read decides)."""
    out = {}
    for name in store.entries(version):
        files = store.files(name, version)
        gone = [f for f in files if not _exists(f)]
        if "://" in store.conf.data_path and files:
            try:
                store.sql(f"SELECT count(*) FROM {store.relation(name, version)}")
            except lake.StoreUnavailable:
                gone = files
        if gone:
            out[name] = gone
    return out


def recover(data_dir: str | os.PathLike[str] | None = None) -> list[str]:
    """Repair what can be repaired; the lines say what was done."""
    store = Store(paths.data_dir(data_dir))
    done: list[str] = []
    try:
        with store.write_lock():
            done += store.clear_leftovers()
            done += _restore_complete(store)
            done += _remove_orphans(store, 0 if store.conf.embedded else ORPHAN_AGE, 0)
    finally:
        store.close()
    return done or [f"Niets te herstellen: de gegevensopslag ({store.conf.shown}) is in orde."]


def _restore_complete(store: Store) -> list[str]:
    """Publish again, per dataset whose files of the latest publication are missing, its last
    complete publication; the other datasets stay as they are."""
    versions = [v["version"] for v in store.versions()]
    if not versions or not (gone := missing_files(store, versions[-1])):
        return []
    targets = {}
    for name in sorted(gone):
        complete = [
            v for v in versions[:-1] if name in store.entries(v) and name not in missing_files(store, v)
        ]
        targets[name] = complete[-1] if complete else 0
    new = store.restore(targets, RECOVER_USER, "recover", damaged=frozenset(gone))
    return [
        f"{name}: gegevensbestanden van versie {versions[-1]} ontbraken; "
        + (
            f"de gegevens van versie {v}, de laatste volledige, zijn opnieuw gepubliceerd"
            if v
            else "geen eerdere versie is volledig: laad het bestand opnieuw op (raw/ bewaart de uploads)"
        )
        + f" (nieuwe versie {new['version']})."
        for name, v in targets.items()
    ]


def _remove_orphans(store: Store, min_age: float, grace: float) -> list[str]:
    done = []
    orphans = store.orphans(min_age)
    for path in orphans:
        path.unlink(missing_ok=True)
    if orphans:
        done.append(
            f"{count(len(orphans), 'bestand', 'bestanden')} in raw/ of rejects/ "
            "zonder logboekregel verwijderd"
        )
    before = datetime.now(UTC) - timedelta(seconds=grace)
    removed = store.con.execute(
        "SELECT count(*) FROM ducklake_delete_orphaned_files($lake, older_than => CAST($t AS TIMESTAMPTZ))",
        {"lake": LAKE, "t": before.isoformat()},
    ).fetchone()[0]
    if removed:
        done.append(
            f"{count(removed, 'gegevensbestand', 'gegevensbestanden')} zonder snapshot verwijderd "
            "(resten van afgebroken schrijfacties)"
        )
    return done


def maintain(
    data_dir: str | os.PathLike[str] | None = None,
    retention_days: float = RETENTION_DAYS,
    force: bool = False,
    grace: float = GRACE_SECONDS,
) -> list[str]:
    """Expire old snapshots, merge small files, delete unneeded files; what was done."""
    store = Store(paths.data_dir(data_dir))
    done: list[str] = []
    try:
        with store.write_lock():
            done += _expire(store, retention_days, force)
            done += _compact(store)
            done += _remove_expired_files(store, grace)
            done += _remove_orphans(store, ORPHAN_AGE if grace else 0, grace)
    except duckdb.Error as exc:
        raise lake.unavailable(store.conf, exc) from None
    finally:
        store.close()
    return done


def _remove_expired_files(store: Store, grace: float) -> list[str]:
    """Delete the data files that only expired snapshots needed; what was done."""
    cutoff = datetime.now(UTC) - timedelta(seconds=grace)
    cleaned = store.con.execute(
        "SELECT count(*) FROM ducklake_cleanup_old_files($lake, older_than => $t::TIMESTAMPTZ)",
        {"lake": LAKE, "t": cutoff.isoformat()},
    ).fetchone()[0]
    if not cleaned:
        return []
    return [f"{count(cleaned, 'gegevensbestand', 'gegevensbestanden')} van vervallen snapshots verwijderd"]


def _compact(store: Store) -> list[str]:
    """Write the rows inlined in the catalog (the bookkeeping tables) to Parquet files, with
    what time travel to a kept snapshot needs, so that the catalog holds only what came since
    (expiring snapshots removes no inlined row); merge small files; rewrite files that are
    mostly deleted rows."""
    rows = store.con.execute("FROM ducklake_flush_inlined_data($lake)", {"lake": LAKE}).fetchall()
    flushed = sum(row[-1] for row in rows)
    store.con.execute("CALL ducklake_rewrite_data_files($lake)", {"lake": LAKE})
    store.con.execute("CALL ducklake_merge_adjacent_files($lake)", {"lake": LAKE})
    done = ["Kleine gegevensbestanden samengevoegd"]
    if flushed:
        done.insert(
            0,
            f"{count(flushed, 'regel', 'regels')} van de boekhouding uit de catalogus naar "
            "bestanden geschreven",
        )
    return done


def _days(days: float) -> str:
    """A retention as given, in Belgian format: '1 dag', '30 dagen', '0,5 dagen'."""
    return count(days, "dag", "dagen", len(f"{days:f}".rstrip("0").partition(".")[2]))


def _expire(store: Store, retention_days: float, force: bool) -> list[str]:
    cutoff = datetime.now(UTC) - timedelta(days=retention_days)
    latest = store.current_version()
    keep = {latest, store.latest_snapshot()} | (set() if force else store.answered())
    old = [
        sid
        for sid, at in store.sql(f"SELECT snapshot_id, epoch(snapshot_time) FROM {LAKE}.snapshots()")
        if at < cutoff.timestamp() and sid not in keep and sid < latest
    ]
    kept = sorted(store.answered() - {latest}) if not force else []
    lines = []
    if old:
        store.con.execute("CALL ducklake_expire_snapshots($lake, versions => $v)", {"lake": LAKE, "v": old})
        lines.append(
            f"{count(len(old), 'snapshot', 'snapshots')} ouder dan {_days(retention_days)} vervallen"
        )
    if kept:
        lines.append(
            "Bewaard omdat een gedownload antwoord ze noemt: versie "
            + ", ".join(str(v) for v in kept)
            + " (--force laat ook die vervallen)"
        )
    return lines
