"""One ingest, end to end: bytes -> checks -> Parquet -> a new published version.

Every row read is accepted or rejected (with line, column, raw value, code and a Dutch
message), and `rows_read == rows_accepted + rows_rejected` is verified before anything is
published. A file refused as a whole publishes nothing. Every attempt is written to the ledger;
the raw bytes and the rejected rows are kept.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import mmap
import os
import random
import shutil
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from pipelines import paths
from pipelines.contract import get_dataset
from pipelines.errors import FileRefused, Issue
from pipelines.reader import (
    DELIMITER_LABELS,
    ENCODING_LABELS,
    LINE_COLUMN,
    ScanResult,
    Survey,
    detect_encoding,
    finish_scan,
    max_bytes,
    read_surveyed,
    scan,
)
from pipelines.reference import resolver
from pipelines.staging import RecordCountMismatch, StageResult, stage, write_rejects
from pipelines.store import Busy, Changed, Store, StoreUnavailable, crash_point, new_ingest_id, now_iso
from pipelines.upload import is_xlsx, xlsx_to_csv

MODES = ("replace", "append")
Progress = Callable[[float, str], None]


@dataclass
class IngestResult:
    """What happened to one uploaded file."""

    dataset: str
    file_name: str
    file_sha256: str
    mode: str
    status: str  # published | refused | duplicate
    ingest_id: str
    rows_read: int = 0
    rows_accepted: int = 0
    rows_rejected: int = 0
    rows_blank: int = 0
    rows_total: int = 0  # rows in the dataset after publishing
    rows_before: int = 0  # rows of the dataset published before this file (what replace replaces)
    version: int | None = None  # the version now current (None when refused)
    duplicate_of: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    refusal: Issue | None = None
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    # For the upload page: the first rows as read, and the rejected rows as they were.
    preview: list[dict[str, str]] = field(default_factory=list)
    rejected_rows: list[dict[str, Any]] = field(default_factory=list)
    generation: int = field(default=0, repr=False)  # the dataset's state the rows were checked against
    raw_kept: bool | None = None  # a refused file: are its bytes in raw/ (a too-large one: within the budget)

    @property
    def published(self) -> bool:
        return self.status == "published"

    @property
    def valid(self) -> bool:
        """A dry run found rows to publish."""
        return self.status == "valid"

    @property
    def exit_code(self) -> int:
        return 1 if self.status == "refused" else 0

    def as_json(self) -> dict[str, Any]:
        """The document of `python -m pipelines ingest --json`."""
        errors = ([self.refusal] if self.refusal else []) + self.errors
        return {
            "dataset": self.dataset,
            "file_name": self.file_name,
            "file_sha256": self.file_sha256,
            "status": self.status,
            "mode": self.mode,
            "ingest_id": self.ingest_id,
            "rows_read": self.rows_read,
            "rows_accepted": self.rows_accepted,
            "rows_rejected": self.rows_rejected,
            "rows_blank": self.rows_blank,
            "duplicate_of": self.duplicate_of,
            "version": self.version,
            "encoding": ENCODING_LABELS.get(self.encoding or "", self.encoding),
            "delimiter": self.delimiter,
            "errors": [e.as_dict() for e in errors],
            "warnings": [w.as_dict() for w in self.warnings],
        }

    def ledger_record(self, user: str, started: str, demo: bool) -> dict[str, Any]:
        return {
            "ingest_id": self.ingest_id,
            "dataset": self.dataset,
            "file_name": self.file_name,
            "file_sha256": self.file_sha256,
            "mode": self.mode,
            "status": self.status,
            "rows_read": self.rows_read,
            "rows_accepted": self.rows_accepted,
            "rows_rejected": self.rows_rejected,
            "rows_blank": self.rows_blank,
            "rows_total": self.rows_total,
            "version": self.version,
            "duplicate_of": self.duplicate_of,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "refusal": self.refusal.as_dict() if self.refusal else None,
            "raw_kept": self.raw_kept if self.status == "refused" else True,
            "user": user,
            "demo": demo,
            "started_at": started,
            "finished_at": now_iso(),
        }


# DuckDB's share of an ingest's memory; beyond it DuckDB spills to staging/. Without a limit it
# may take up to 80 % of the machine; with 600 MB the ingest of a million rows peaks at about
# 0,55 GB and does not spill (bench/RESULTS.md, P5).
DUCKDB_MEMORY = "600MB"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _in_background(fn: Callable[..., Any], *args: Any) -> Future[Any]:
    """fn(*args) on a thread of its own (file and DuckDB work release the interpreter lock)."""
    pool = ThreadPoolExecutor(1)
    try:
        return pool.submit(fn, *args)
    finally:
        pool.shutdown(wait=False)


def default_user() -> str:
    return os.environ.get("VAPA_USER") or getpass.getuser()


def ingest(
    dataset: str,
    source: Path | bytes,
    *,
    file_name: str | None = None,
    mode: str = "replace",
    data_dir: str | os.PathLike[str] | None = None,
    user: str | None = None,
    mapping: dict[str, str] | None = None,
    demo: bool = False,
    progress: Progress | None = None,
    dry_run: bool = False,
) -> IngestResult:
    """Validate `source` as `dataset` and publish its good rows. Never raises on bad input.

    An Excel workbook (.xlsx) is read from its first sheet. With `dry_run` everything is checked
    but nothing is published, kept or logged: status 'valid' (or 'refused'/'duplicate')."""
    ds = get_dataset(dataset)
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    store = Store(paths.data_dir(data_dir), {"threads": 2, "memory_limit": DUCKDB_MEMORY})
    user = user or default_user()
    report = progress or (lambda fraction, text: None)
    started = now_iso()
    ingest_id = new_ingest_id()
    if isinstance(source, (bytes, bytearray)):
        name = file_name or "upload.csv"
    else:
        source = Path(source)
        name = file_name or source.name
    report(0.02, "Wachten op andere opslag…")
    with store.write_lock():
        try:
            return _ingest_locked(
                store, ds, source, name, mode, user, mapping, demo, report, dry_run, ingest_id, started
            )
        finally:
            store.close()


def _ingest_locked(
    store: Store, ds, source, name, mode, user, mapping, demo, report, dry_run, ingest_id, started
) -> IngestResult:
    staging = store.new_staging(ingest_id)
    kept = _read_upload(source, staging / "original.bin")
    for attempt in range(CHECKS):
        result = IngestResult(ds.name, name, "", mode, "refused", ingest_id)
        workbook = _check_upload(store, ds, kept, staging, result, mapping, report, demo, dry_run, ingest_id)
        result.file_sha256 = kept.digest.result()
        try:
            _finish(store, ds, result, staging, kept.path, workbook, user, started, demo, report, dry_run)
        except Changed:  # another writer changed the dataset since the rows were checked
            store.close()
            shutil.rmtree(staging / "duckdb_tmp", ignore_errors=True)
            time.sleep(0.1 * 2**attempt * (0.5 + random.random()))
            continue
        break
    else:
        result.status = "refused"
        result.refusal = Issue(None, None, None, "STORE_BUSY", CHANGED_TOO_OFTEN.format(dataset=ds.name))
        result.version = None
        _record(store, result, user, started, demo)
    shutil.rmtree(staging, ignore_errors=True)
    report(1.0, "Klaar")
    return result


@dataclass
class _Original:
    """The upload as kept in staging (`path`): its bytes when read into memory (None when too
    large), the survey made while reading them, their SHA-256 when known by then, the source
    DuckDB may read in place, and the SHA-256 of the kept copy once it is written."""

    path: Path
    data: bytes | bytearray | None
    survey: Survey | None
    sha: str | None
    in_place: _Source | None
    digest: Future[str]


def _read_upload(source: bytes | bytearray | Path, original: Path) -> _Original:
    """Keep the upload at `original`, written and hashed on another thread."""
    data = bytes(source) if isinstance(source, (bytes, bytearray)) else None
    survey, sha, in_place = None, None, None
    if data is None and source.stat().st_size <= max_bytes():
        # Read once: hashed and surveyed while it is read, kept and checked from memory.
        # DuckDB may read the records from the file itself, if it is still the same file
        # once they are read (_Source); the copy kept is then written past the page cache.
        in_place = _Source(source)
        hasher = hashlib.sha256()
        data, survey = read_surveyed(source, hasher)
        sha = hasher.hexdigest()
    if data is not None:  # written (and hashed) on another thread while the encoding is checked
        digest = _in_background(_write_and_hash, original, data, sha, in_place is not None)
    else:  # too large: copied for the refusal's record, never read into memory
        shutil.copyfile(source, original)
        digest = _in_background(sha256_file, original)
    return _Original(original, data, survey, sha, in_place, digest)


def _check_upload(
    store: Store, ds, kept: _Original, staging: Path, result: IngestResult, mapping, report, demo, dry_run,
    ingest_id: str,
) -> bool:  # fmt: skip
    """Read and check the upload into `result` (a refusal, never an exception); whether it is a
    workbook."""
    workbook = False
    try:
        if kept.data is not None:
            workbook = is_xlsx(kept.data[:4])
        else:
            with open(kept.path, "rb") as fh:
                workbook = is_xlsx(fh.read(4))
        upload, checked, survey = kept.path, kept.data, kept.survey
        if workbook:
            if kept.data is None or len(kept.data) > max_bytes():
                detect_encoding(kept.path, kept.data)  # refuses with the size message
            upload, checked, survey = staging / "upload.bin", None, None
            report(0.05, "Werkmap lezen…")
            xlsx_to_csv(kept.data, upload)  # streamed to disk, then read as any CSV
        _run(
            store, ds, upload, checked, survey, staging, result, mapping, report, demo, kept.path,
            workbook, dry_run, kept.digest, kept.sha, None if workbook else kept.in_place,
        )  # fmt: skip
    except FileRefused as refusal:
        result.status = "refused"
        result.refusal = refusal.as_issue()
    except (StoreUnavailable, Busy) as exc:
        result.status = "refused"
        result.refusal = Issue(None, None, None, "STORE_UNAVAILABLE", str(exc))
    except Exception:  # never shown to the user; kept in the log with the ingest id
        _log_internal(store, ingest_id)
        result.status = "refused"
        result.refusal = Issue(
            None,
            None,
            None,
            "INTERNAL_ERROR",
            f"Interne fout bij het verwerken; er is niets gepubliceerd. Meld code "
            f"{ingest_id} aan de beheerder.",
        )
    return workbook


# How often an ingest checks its rows again when other writers keep changing the dataset.
CHECKS = 5
CHANGED_TOO_OFTEN = (
    "De dataset {dataset} werd tijdens het controleren steeds opnieuw gewijzigd door een andere "
    "opslag; er is niets gepubliceerd. Laad het bestand over een ogenblik opnieuw op."
)


def _finish(store, ds, result, staging, original, workbook, user, started, demo, report, dry_run) -> None:
    """Publish a checked result, or record what happened (nothing for a dry run)."""
    if dry_run:
        if result.status == "published":
            result.status = "valid"
        result.version = _current_or_none(store)
    elif result.status == "published":
        report(0.95, "Publiceren…")
        record = result.ledger_record(user, started, demo)
        done = store.publish(
            ds.name, staging / "accepted.parquet", record, result.mode == "append", result.generation
        )
        result.version = done["version"]
    else:
        result.version = None if result.status == "refused" else _current_or_none(store)
        if result.status == "refused":
            result.raw_kept = _keep_original(store, original, result.file_sha256, workbook)
        _record(store, result, user, started, demo)


def _current_or_none(store: Store) -> int | None:
    try:
        return store.current_version() or None
    except StoreUnavailable:
        return None


def _record(store: Store, result: IngestResult, user: str, started: str, demo: bool) -> None:
    """The ledger line of an attempt that published nothing; when the store cannot take it,
    the attempt is in the internal log instead (the user sees the refusal either way)."""
    try:
        store.append_ledger(result.ledger_record(user, started, demo))
    except (StoreUnavailable, Busy):
        store.logs_dir.mkdir(parents=True, exist_ok=True)
        with open(store.logs_dir / "internal-errors.log", "a", encoding="utf-8") as fh:
            line = json.dumps(result.ledger_record(user, started, demo), ensure_ascii=False)
            fh.write(f"--- {now_iso()} ledger line not recorded: {line}\n")


def _write_and_hash(path: Path, data: bytes, sha: str | None, direct: bool = False) -> str:
    """Write `data` to `path`; its sha-256 (`sha` when known). The digest is known only once
    the file is complete: the raw copy links the file under the digest's name. With `direct`
    (nothing reads the file back during the ingest) it is written past the page cache."""
    if not (direct and _write_direct(path, data)):
        path.write_bytes(data)
    return sha or hashlib.sha256(data).hexdigest()


_DIRECT_BLOCK = 4096  # O_DIRECT wants buffers, offsets and lengths in whole blocks
_DIRECT_CHUNK = 1 << 22


def _write_direct(path: Path, data: bytes) -> bool:
    """Write `data` to `path` with O_DIRECT: straight from memory to the disk, without filling
    the page cache (which costs more processor time than the copy itself). The whole blocks go
    through one aligned buffer, the rest is written as usual. False, with nothing written,
    where the system or the file system does not allow it."""
    flag = getattr(os, "O_DIRECT", 0)
    if not flag:
        return False
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | flag, 0o644)
    except OSError:  # e.g. tmpfs
        return False
    whole = len(data) // _DIRECT_BLOCK * _DIRECT_BLOCK
    view = memoryview(data)
    try:
        with mmap.mmap(-1, min(_DIRECT_CHUNK, whole) or _DIRECT_BLOCK) as buffer:  # page-aligned
            for lo in range(0, whole, _DIRECT_CHUNK):
                n = min(_DIRECT_CHUNK, whole - lo)
                buffer[:n] = view[lo : lo + n]
                with memoryview(buffer)[:n] as chunk:
                    if os.write(fd, chunk) != n:
                        raise OSError("short write")
    except OSError:  # e.g. a file system that accepts the flag but not the writes
        os.close(fd)
        path.unlink(missing_ok=True)
        return False
    os.close(fd)
    with open(path, "r+b") as fh:  # the last partial block
        fh.seek(whole)
        fh.write(memoryview(data)[whole:])
    return True


class _Source:
    """An upload read from a file: DuckDB may read the records from it in place, when the file
    is the one that was read (and hashed) from before it was read until after DuckDB read it.
    Any write to a file changes its change time (ctime), which no program can set back."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._identity = self._stat()

    def _stat(self) -> tuple[int, ...]:
        st = self.path.stat()
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    def unchanged(self) -> bool:
        try:
            return self._stat() == self._identity
        except OSError:
            return False


def _keep_when_written(store: Store, digest: Future[str], original: Path, ext: str) -> Path:
    """Keep the raw upload once its staging copy is complete (see _write_and_hash)."""
    return store.keep_raw(original, digest.result(), ext)


def _prepare(store: Store, temp_dir: Path) -> tuple[duckdb.DuckDBPyConnection, Any]:
    """The store's connection (the lake attached) and the municipality resolver, made while
    the file is checked."""
    con = store.con
    con.execute("PRAGMA disable_progress_bar")  # it would print into `ingest --json`'s output
    con.execute(f"SET temp_directory = '{str(temp_dir).replace(chr(39), chr(39) * 2)}'")
    return con, resolver()


def _run(
    store: Store,
    ds,
    upload: Path,
    data: bytes | None,
    survey: Survey | None,
    staging: Path,
    result: IngestResult,
    mapping: dict[str, str] | None,
    report: Progress,
    demo: bool,
    original: Path,
    workbook: bool,
    dry_run: bool,
    digest: Future[str],
    sha: str | None,
    in_place: _Source | None,
) -> None:
    prepared = _in_background(_prepare, store, staging / "duckdb_tmp")
    raw: Future[Path] | None = None  # the raw copy, kept on another thread while the file is read
    try:
        # Size is checked before the bytes are kept: an oversized file is not stored.
        encoding = detect_encoding(upload, data, survey)
        prepared.result()
        manifest, entry = _current_entry(store, ds, result)
        raw = _digest_and_raw(store, result, sha, digest, original, workbook, dry_run)
        result.encoding = "xlsx" if workbook else encoding.codec
        if _duplicate(store, entry, result):
            return
        norm, existing = _normalised_and_existing(store, ds, manifest, entry, result, demo, report, staging)
        con, resolve = prepared.result()
        for fast in (None, False):  # the fast path where the file allows it, else record by record
            # The records are read from memory; a clean UTF-8 file is read by DuckDB in place:
            # the uploaded file itself, or its copy once that is complete.
            path = in_place.path if in_place is not None and fast is None else upload
            scanned = scan(path, ds, norm, encoding, mapping, record_lines=workbook, fast=fast)
            digest.result()
            if raw is not None:
                raw.result()
                raw = None
                crash_point("after_raw")
            crash_point("after_scan")
            report(0.4, "Waarden en gemeenten controleren…")
            staged = _stage_attempt(
                store, con, ds, scanned, norm, resolve, staging, result, existing, manifest, fast
            )
            if staged is None:
                continue
            if fast is None and scanned.records is not None and scanned.records.path == path != upload:
                if not in_place.unchanged():  # written to while it was read: read it again from memory
                    continue
            break
        _conclude(store, con, ds, scanned, staged, staging, result, report, dry_run)
    finally:
        if raw is not None:
            raw.result()
        prepared.exception()  # waits for it: nothing of this ingest runs on after it


def _current_entry(store: Store, ds, result: IngestResult) -> tuple[dict | None, dict | None]:
    """The store's manifest and the dataset's entry in it, with the result's generation and
    rows before this ingest."""
    manifest = store.current()
    entry = (manifest or {}).get("datasets", {}).get(ds.name)
    result.generation = (entry or {}).get("generation", 0)
    result.rows_before = entry["rows"] if entry else 0
    return manifest, entry


def _duplicate(store: Store, entry: dict | None, result: IngestResult) -> bool:
    """Whether the file was published before: the result then holds that ingest's counts."""
    if entry and result.file_sha256 in entry["sources"]:
        result.status = "duplicate"
        result.duplicate_of = entry["ingests"][entry["sources"].index(result.file_sha256)]
        earlier = next((r for r in store.ledger() if r.get("ingest_id") == result.duplicate_of), {})
        for key in ("rows_read", "rows_accepted", "rows_rejected", "rows_blank"):
            setattr(result, key, earlier.get(key, 0))
        result.rows_total = entry["rows"]
        return True
    return False


def _digest_and_raw(
    store: Store,
    result: IngestResult,
    sha: str | None,
    digest: Future[str],
    original: Path,
    workbook: bool,
    dry_run: bool,
) -> Future[Path] | None:
    """The file's digest in the result, and its raw copy started on another thread (none on a
    dry run)."""
    # The digest is known when the file was read from disk; the staging copy is still
    # being written, and is kept (linked and fsynced) on another thread once it is complete.
    result.file_sha256 = sha or digest.result()
    if not dry_run:  # waited for after the scan
        return _in_background(_keep_when_written, store, digest, original, "xlsx" if workbook else "csv")
    return None


def _normalised_and_existing(
    store: Store,
    ds,
    manifest: dict | None,
    entry: dict | None,
    result: IngestResult,
    demo: bool,
    report: Progress,
    staging: Path,
) -> tuple[Path, Any]:
    """The normalised file's path, and the published rows an append adds to (None on a
    replace); an append of real rows onto demo rows becomes a replace, with a warning."""
    if result.mode == "append" and entry and entry.get("demo") and not demo:
        # Real rows are never mixed with fictitious ones: the first real file replaces the demo.
        result.mode = "replace"
        result.warnings.append(
            Issue(
                None,
                None,
                None,
                "DEMO_REPLACED",
                f"De gepubliceerde {ds.name} waren demogegevens (fictief). Dit bestand vervangt "
                "ze in plaats van eraan toegevoegd te worden.",
            )
        )
    report(0.1, "Bestand lezen en controleren…")
    norm = staging / "normalised.csv"
    existing = store.relation(ds.name, manifest["version"]) if result.mode == "append" and entry else None
    return norm, existing


def _stage_attempt(
    store: Store,
    con: duckdb.DuckDBPyConnection,
    ds,
    scanned: ScanResult,
    norm: Path,
    resolve,
    staging: Path,
    result: IngestResult,
    existing,
    manifest: dict | None,
    fast: bool | None,
) -> StageResult | None:
    """The scanned records staged; None when DuckDB read another number of records than the
    reader on the fast path (the slow path decides)."""
    try:
        return stage(
            con,
            ds,
            scanned,
            norm,
            resolve,
            staging / "accepted.parquet",
            result.ingest_id,
            existing,
            manifest["version"] if existing else None,
        )
    except RecordCountMismatch:
        if fast is False:
            raise
        _log_internal(store, result.ingest_id)  # kept for the developers; the slow path decides
        return None


def _conclude(
    store: Store,
    con: duckdb.DuckDBPyConnection,
    ds,
    scanned: ScanResult,
    staged: StageResult,
    staging: Path,
    result: IngestResult,
    report: Progress,
    dry_run: bool,
) -> None:
    """The staged file's rejected rows kept, its preview, issues and counts in the result;
    refused when no row is valid."""
    crash_point("after_stage")  # the accepted rows are in staging's Parquet, not yet moved
    if scanned.records is not None:
        finish_scan(scanned)
    result.delimiter = DELIMITER_LABELS.get(scanned.delimiter, scanned.delimiter)
    result.rows_read = scanned.rows_read
    result.rows_blank = scanned.rows_blank
    report(0.8, "Geweigerde rijen bewaren…")
    rejects = staging / "rejects.parquet"
    if write_rejects(con, ds, scanned.bad_rows, scanned.issues, rejects):
        result.rejected_rows = _records(
            con.execute("SELECT * FROM read_parquet($p) ORDER BY 1 LIMIT 100000", {"p": str(rejects)})
        )
        if not dry_run:
            store.keep_rejects(rejects, result.ingest_id)
    result.preview = _records(con.execute(f'SELECT * FROM raw ORDER BY "{LINE_COLUMN}" LIMIT 20'), "")
    result.errors = sorted(scanned.issues + staged.issues, key=_order)
    result.warnings = sorted(result.warnings + scanned.warnings + staged.warnings, key=_order)
    result.rows_accepted = staged.rows_accepted
    result.rows_rejected = staged.rows_rejected + scanned.rows_bad
    result.rows_total = staged.rows_total
    if result.rows_read != result.rows_accepted + result.rows_rejected:
        raise RuntimeError(
            f"conservation broken: {result.rows_read} != {result.rows_accepted} + {result.rows_rejected}"
        )
    if result.rows_accepted == 0:
        raise FileRefused(
            "NO_VALID_ROWS",
            f"Geen enkele rij is geldig ({result.rows_rejected} geweigerd); er is niets "
            "gepubliceerd. Verbeter de fouten hieronder en laad het bestand opnieuw op.",
        )
    result.status = "published"


# Disk budget of raw/ for files refused as too large: their bytes are kept as long as raw/
# stays within it (README, data/README.md), from $VAPA_RAW_BUDGET_MB.
RAW_BUDGET_MB = 2048


def raw_budget() -> int:
    try:
        return int(float(os.environ.get("VAPA_RAW_BUDGET_MB", RAW_BUDGET_MB)) * 1024 * 1024)
    except ValueError:
        return RAW_BUDGET_MB * 1024 * 1024


def _keep_original(store: Store, original: Path, sha: str, workbook: bool) -> bool:
    """A refused upload is kept too; one refused as too large only while raw/ stays within its
    disk budget. True when its bytes are in raw/."""
    try:
        size = original.stat().st_size
        if size > max_bytes():
            used = sum(p.stat().st_size for p in store.raw_dir.glob("*") if p.is_file())
            if not store.raw_path(sha).exists() and used + size > raw_budget():
                return False
        store.keep_raw(original, sha, "xlsx" if workbook else "csv")
        return True
    except OSError:
        return False


def _records(cursor: duckdb.DuckDBPyConnection, missing: Any = None) -> list[dict[str, Any]]:
    """A query's rows as dicts (NULL as `missing`), without building a DataFrame."""
    names = [d[0] for d in cursor.description]
    return [
        {name: missing if value is None else value for name, value in zip(names, row, strict=True)}
        for row in cursor.fetchall()
    ]


def _order(issue: Issue) -> tuple[int, str]:
    return (issue.line or 0, issue.column or "")


def _log_internal(store: Store, ingest_id: str) -> None:
    store.logs_dir.mkdir(parents=True, exist_ok=True)
    with open(store.logs_dir / "internal-errors.log", "a", encoding="utf-8") as fh:
        fh.write(f"--- {now_iso()} ingest {ingest_id}\n{traceback.format_exc()}\n")
