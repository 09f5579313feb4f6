"""The data directory: published versions, the manifest, the ledger, raw uploads and rejects.

Layout (all under the data directory):

    manifest.json            the current version: which Parquet file holds each dataset
    versions/000007.json     every version ever published (immutable; rollback targets)
    files/<dataset>/<id>.parquet   published data (immutable, never overwritten)
    raw/<sha256>.csv         every uploaded file the ledger names, byte for byte
    rejects/<id>.parquet     the rejected rows of an ingest, with their errors
    ledger.jsonl             one line per ingest attempt (published, refused or duplicate)
    staging/<id>/            work in progress; removed at the next start
    logs/                    technical details of internal errors (never shown to users)

Publishing is crash-safe: data is written in staging, fsynced and renamed into files/; then the
version record is written; then manifest.json is atomically replaced (the commit point); then
the ledger line is appended. A process killed at any instant leaves either the old or the new
manifest, and every file a manifest names is complete. `recover()` (run under the write lock
before every write) removes what a killed process left behind and completes the ledger.
Writers are serialised by an exclusive lock on `.lock`; readers never lock: they read the
manifest and then only immutable files.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import shutil
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FORMAT = 1
CRASH_ENV = "VAPA_CRASH_AT"  # fault injection for the crash tests: SIGKILL at a named point


def crash_point(name: str) -> None:
    """Kill this process here if the crash tests asked for it (no-op otherwise).

    The points of an ingest, in order: after_raw, after_scan, after_stage (accepted rows in
    staging's Parquet), after_rejects, before_move, parquet_fsynced (fsynced, not yet renamed),
    after_move, version_fsynced, after_version, manifest_fsynced, after_manifest (committed),
    ledger_torn (half the ledger line written), after_ledger. A rollback passes the last seven."""
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


def atomic_write_bytes(path: Path, data: bytes, point: str | None = None) -> None:
    """Write via a temp file, fsync, rename, fsync the directory. `point` names the crash point
    between the fsync and the rename."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    if point:
        crash_point(point)
    os.replace(tmp, path)
    fsync_path(path.parent)


def atomic_move(src: Path, dst: Path, point: str | None = None) -> None:
    """fsync a finished file and rename it into place (same file system). `point` names the
    crash point between the fsync and the rename."""
    fsync_path(src)
    dst.parent.mkdir(parents=True, exist_ok=True)
    if point:
        crash_point(point)
    os.replace(src, dst)
    fsync_path(dst.parent)


class LockTimeout(Exception):
    """Another write (upload or rollback) is still running."""


class Store:
    """One data directory."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.manifest_path = self.root / "manifest.json"
        self.versions_dir = self.root / "versions"
        self.files_dir = self.root / "files"
        self.raw_dir = self.root / "raw"
        self.rejects_dir = self.root / "rejects"
        self.staging_dir = self.root / "staging"
        self.logs_dir = self.root / "logs"
        self.ledger_path = self.root / "ledger.jsonl"
        self.lock_path = self.root / ".lock"

    # ----- reading (no lock) -------------------------------------------------------------

    def current(self) -> dict[str, Any] | None:
        """The current manifest, or None when nothing was ever published."""
        try:
            return json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def current_version(self) -> int:
        manifest = self.current()
        return manifest["version"] if manifest else 0

    def versions(self) -> list[dict[str, Any]]:
        """Every published version, oldest first, up to the current one."""
        current = self.current_version()
        out = []
        for path in sorted(self.versions_dir.glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            if record["version"] <= current:
                out.append(record)
        return out

    def version(self, number: int) -> dict[str, Any] | None:
        path = self.versions_dir / f"{number:06d}.json"
        if not path.exists() or number > self.current_version():
            return None
        return json.loads(path.read_text(encoding="utf-8"))

    def ledger(self) -> list[dict[str, Any]]:
        """Every ingest attempt, oldest first (a torn last line is skipped)."""
        out = []
        try:
            text = self.ledger_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return out
        for line in text.splitlines():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue
        return out

    def dataset_file(self, dataset: str, manifest: dict[str, Any] | None = None) -> Path | None:
        manifest = manifest if manifest is not None else self.current()
        entry = (manifest or {}).get("datasets", {}).get(dataset)
        return self.root / entry["file"] if entry else None

    def raw_path(self, sha256: str) -> Path:
        """The kept upload: raw/<sha256>.csv, or .xlsx for a workbook."""
        for ext in ("csv", "xlsx"):
            path = self.raw_dir / f"{sha256}.{ext}"
            if path.exists():
                return path
        return self.raw_dir / f"{sha256}.csv"

    # ----- writing (under the lock) ------------------------------------------------------

    @contextmanager
    def write_lock(self, timeout: float = 600.0) -> Iterator[None]:
        """Exclusive write access; recovers leftovers of killed writers first."""
        self.root.mkdir(parents=True, exist_ok=True)
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
                self.recover()
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def try_recover(self) -> bool:
        """Recover if no writer is busy (for the app's start); True when it ran."""
        try:
            with self.write_lock(timeout=0):
                return True
        except LockTimeout:
            return False

    def recover(self) -> None:
        """Remove what killed writers left; complete the ledger. Call only under the lock."""
        for d in (
            self.versions_dir,
            self.files_dir,
            self.raw_dir,
            self.rejects_dir,
            self.staging_dir,
            self.logs_dir,
        ):
            d.mkdir(parents=True, exist_ok=True)
        for entry in self.staging_dir.iterdir():
            shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink()
        for tmp in [
            *self.root.glob(".*.tmp"),
            *self.versions_dir.glob(".*.tmp"),
            *self.raw_dir.glob(".*.tmp"),
            *self.rejects_dir.glob(".*.tmp"),
        ]:
            tmp.unlink(missing_ok=True)
        current = self.current_version()
        referenced: set[Path] = set()
        records = []
        for path in sorted(self.versions_dir.glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            if record["version"] > current:  # written, but the manifest never pointed to it
                path.unlink()
                continue
            records.append(record)
            referenced |= {self.root / e["file"] for e in record["datasets"].values()}
        for parquet in self.files_dir.glob("*/*.parquet"):
            if parquet not in referenced:
                parquet.unlink()
        self._repair_ledger(records)
        ledger = self.ledger()
        known = {r.get("ingest_id") for r in ledger}
        for reject in self.rejects_dir.glob("*.parquet"):
            if reject.stem not in known:
                reject.unlink()
        uploads = {r.get("file_sha256") for r in ledger}
        for raw in self.raw_dir.iterdir():  # kept by an ingest killed before its ledger line
            if raw.is_file() and raw.stem not in uploads:
                raw.unlink()

    def _repair_ledger(self, records: list[dict[str, Any]]) -> None:
        if self.ledger_path.exists():
            data = self.ledger_path.read_bytes()
            if data and not data.endswith(b"\n"):  # torn last line of a killed append
                keep = data[: data.rfind(b"\n") + 1]
                atomic_write_bytes(self.ledger_path, keep)
        known = {r.get("ingest_id") for r in self.ledger()}
        for record in records:
            ingest = record.get("ingest")
            if ingest and ingest["ingest_id"] not in known:
                self.append_ledger(ingest)

    def append_ledger(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
        with open(self.ledger_path, "a", encoding="utf-8") as fh:
            if os.environ.get(CRASH_ENV) == "ledger_torn":  # killed in the middle of the line
                fh.write(line[: len(line) // 2])
                fh.flush()
                crash_point("ledger_torn")
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def new_staging(self, ingest_id: str) -> Path:
        path = self.staging_dir / ingest_id
        path.mkdir(parents=True)
        return path

    def keep_raw(self, source: Path, sha256: str, ext: str = "csv") -> Path:
        """Keep the uploaded bytes (once per distinct content). `source` is the ingest's own
        copy, never written again: a second name for it (a hard link) costs no copying."""
        target = self.raw_dir / f"{sha256}.{ext}"
        if not target.exists():
            tmp = self.raw_dir / f".{sha256}.{os.getpid()}.tmp"
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

    def publish(
        self,
        dataset: str,
        staged_parquet: Path,
        rows: int,
        ingest: dict[str, Any],
        append: bool,
    ) -> dict[str, Any]:
        """Make `staged_parquet` the dataset's data in a new version. Call under the lock."""
        crash_point("before_move")
        target = self.files_dir / dataset / f"{ingest['ingest_id']}.parquet"
        atomic_move(staged_parquet, target, point="parquet_fsynced")
        crash_point("after_move")
        manifest = self.current() or {"version": 0, "datasets": {}}
        previous = manifest["datasets"].get(dataset) if append else None
        entry = {
            "file": str(target.relative_to(self.root)),
            "rows": rows,
            "ingests": [*(previous or {}).get("ingests", []), ingest["ingest_id"]],
            "sources": [*(previous or {}).get("sources", []), ingest["file_sha256"]],
            "updated_at": ingest["finished_at"],
            "demo": bool(ingest.get("demo")) or bool((previous or {}).get("demo")),
        }
        version = manifest["version"] + 1
        ingest = {**ingest, "version": version}
        new = {
            "format": FORMAT,
            "version": version,
            "created_at": ingest["finished_at"],
            "action": "ingest",
            "user": ingest.get("user"),
            "ingest_id": ingest["ingest_id"],
            "datasets": {**manifest["datasets"], dataset: entry},
            "ingest": ingest,
        }
        return self._commit(new)

    def rollback(self, to_version: int, user: str) -> dict[str, Any]:
        """A new version whose data equals an earlier one, logged in the ledger. Call under
        the lock."""
        target = self.version(to_version)
        if target is None:
            raise ValueError(f"versie {to_version} bestaat niet")
        current = self.current_version()
        when = now_iso()
        new = {
            "format": FORMAT,
            "version": current + 1,
            "created_at": now_iso(),
            "action": "rollback",
            "rollback_to": to_version,
            "user": user,
            "datasets": target["datasets"],
            # the ledger line of this action (also restored by recover(), like an ingest's)
            "ingest": {
                "ingest_id": new_ingest_id(),
                "action": "rollback",
                "status": "rollback",
                "rollback_to": to_version,
                "version": current + 1,
                "user": user,
                "started_at": when,
                "finished_at": when,
            },
        }
        new["created_at"] = when
        return self._commit(new)

    def _commit(self, new: dict[str, Any]) -> dict[str, Any]:
        data = json.dumps(new, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        atomic_write_bytes(self.versions_dir / f"{new['version']:06d}.json", data, point="version_fsynced")
        crash_point("after_version")
        atomic_write_bytes(self.manifest_path, data, point="manifest_fsynced")  # the commit point
        crash_point("after_manifest")
        if new.get("ingest"):
            self.append_ledger(new["ingest"])
        crash_point("after_ledger")
        return new
