"""Crash safety: an ingest killed with SIGKILL at any instant leaves exactly the old or the new
version, every file the manifest names reads, and the next start clears every leftover.

Thirty kills at seeded random instants within the duration of an un-killed ingest of the same
file (60.000 bookings, so the instants fall in start-up, the scan, the typed checks, the Parquet
write and, rarely, the publish), then kills at every named crash point of an ingest
(VAPA_CRASH_AT, pipelines/store.py crash_point) and of a rollback. tests/test_cli.py kills a
small append at the original points; here the data is large and the published version is
compared by row count and a hash of its whole content, not only by its version number."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import duckdb
import figures
import pytest
from bulk import uitgaven_csv
from conftest import PROJECT, cli_env

from dashboard.db import read_snapshot
from pipelines.store import Store

PART = "crash safety"
ROWS = 60_000
BAD = 25  # rejected rows, so the rejects file is written too
SEED = 20261130
KILLS = 30

# Named crash points of an ingest, in the order they are passed; the last three come after the
# commit point (the manifest names the new version).
INGEST_POINTS = (
    "after_raw",
    "after_scan",
    "after_stage",
    "after_rejects",
    "before_move",
    "parquet_fsynced",
    "after_move",
    "version_fsynced",
    "after_version",
    "manifest_fsynced",
    "after_manifest",
    "ledger_torn",
    "after_ledger",
)
COMMITTED = {"after_manifest", "ledger_torn", "after_ledger"}
ROLLBACK_POINTS = ("version_fsynced", "after_version", "manifest_fsynced", *sorted(COMMITTED))


@dataclass(frozen=True)
class Content:
    rows: int
    digest: int  # sum of row hashes over every column except the ingest id


def content(path: Path) -> Content:
    with duckdb.connect() as con:
        rows, digest = con.execute(
            "SELECT count(*), coalesce(sum(hash(*COLUMNS(* EXCLUDE (_ingest_id))))::HUGEINT, 0) "
            "FROM read_parquet($path)",
            {"path": str(path)},
        ).fetchone()
    return Content(rows, int(digest))


def published(root: Path) -> tuple[int, Content | None, int]:
    """What a reader sees now, following the manifest as the dashboard does: (version, content of
    uitgaven, number of named files DuckDB cannot read completely)."""
    snap = read_snapshot(str(root))
    unreadable = 0
    manifest = Store(root).current() or {"datasets": {}}
    for name, file in snap.files:
        try:
            got = content(Path(file))
            if got.rows != manifest["datasets"][name]["rows"]:
                unreadable += 1
        except duckdb.Error:
            unreadable += 1
    files = dict(snap.files)
    try:
        uitgaven = content(Path(files["uitgaven"])) if "uitgaven" in files else None
    except duckdb.Error:
        uitgaven = None
    return snap.version, uitgaven, unreadable


def leftovers(root: Path) -> list[str]:
    """Paths a killed writer left that the next start should have removed."""
    store = Store(root)
    current = store.current_version()
    out = [str(p) for p in (root / "staging").iterdir()] if (root / "staging").exists() else []
    out += [str(p) for p in root.rglob("*.tmp")]
    named = set()
    for path in sorted(store.versions_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["version"] > current:
            out.append(str(path))
        else:
            named |= {e["file"] for e in record["datasets"].values()}
    out += [str(p) for p in store.files_dir.glob("*/*.parquet") if str(p.relative_to(root)) not in named]
    known = {r.get("ingest_id") for r in store.ledger()}
    out += [str(p) for p in store.rejects_dir.glob("*.parquet") if p.stem not in known]
    uploads = {r.get("file_sha256") for r in store.ledger()}  # raw/ keeps the files of the ledger
    out += [str(p) for p in store.raw_dir.glob("*") if p.stem not in uploads]
    return out


def assert_ledger_consistent(root: Path) -> None:
    """Every line whole; versions 1..current each with exactly one ledger line; every file a
    version names exists (rollback targets)."""
    store = Store(root)
    text = store.ledger_path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    lines = [json.loads(line) for line in text.splitlines()]  # a torn line fails here
    versions = store.versions()
    assert [v["version"] for v in versions] == list(range(1, store.current_version() + 1))
    for v in versions:
        matching = [r for r in lines if r["ingest_id"] == v["ingest"]["ingest_id"]]
        assert len(matching) == 1 and matching[0]["version"] == v["version"], v["version"]
        for entry in v["datasets"].values():
            assert (root / entry["file"]).is_file()
    published_versions = [r["version"] for r in lines if r["status"] in ("published", "rollback")]
    assert sorted(published_versions) == [v["version"] for v in versions]


def start(*args: str, root: Path, **env: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines", *args],
        cwd=PROJECT,
        env=cli_env(root, **env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def finish(proc: subprocess.Popen[bytes]) -> int:
    _, err = proc.communicate(timeout=120)
    assert proc.returncode in (0, -signal.SIGKILL), err.decode(errors="replace")
    return proc.returncode


def phase(root: Path, before: int) -> str:
    """Roughly where a kill landed, from what it left behind (for the printed spread only)."""
    if Store(root).current_version() != before:
        return "after the commit"
    if any("/files/" in p or "/versions/" in p or "/rejects/" in p for p in leftovers(root)):
        return "publish"
    staged = {p.name: p for p in (root / "staging").glob("*/*")}
    if "accepted.parquet" in staged:
        try:
            content(staged["accepted.parquet"])
            return "parquet written"
        except duckdb.Error:
            return "parquet half-written"
    if "normalised.csv" in staged:
        return "scan and typed checks"
    return "start-up and copy"


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("crash-files")
    out = {}
    for name, seed in (("a", 1), ("b", 2)):
        out[name] = d / f"uitgaven-{name}.csv"
        out[name].write_bytes(uitgaven_csv(ROWS, prefix=name.upper(), seed=seed, bad=BAD))
    return out


def baseline(files: dict[str, Path], root: Path, scratch: Path) -> tuple[dict[Path, Content], float]:
    """Publish file a in `root`; in a copy, time an un-killed replace by file b. Returns the
    content of each file once published and that duration."""
    assert finish(start("ingest", "uitgaven", str(files["a"]), root=root)) == 0
    shutil.copytree(root, scratch)
    began = time.monotonic()
    assert finish(start("ingest", "uitgaven", str(files["b"]), root=scratch)) == 0
    duration = time.monotonic() - began
    expected = {files["a"]: published(root)[1], files["b"]: published(scratch)[1]}
    assert expected[files["a"]].rows == expected[files["b"]].rows == ROWS
    assert expected[files["a"]] != expected[files["b"]]
    return expected, duration


def check_kill(root: Path, before: tuple[int, Content], new: Content, committed: bool | None) -> Content:
    """After a kill: the old or the new version exactly (or the one `committed` says), all of it
    readable; then a new start clears the leftovers and the ledger is whole. Records the figures
    and returns the content now published."""
    version, now, unreadable = published(root)
    if version == before[0] and now == before[1]:
        outcome = "old"
    elif version == before[0] + 1 and now == new:
        outcome = "new"
    else:
        outcome = "mixed"
    ok = outcome != "mixed" and (committed is None or outcome == ("new" if committed else "old"))
    recovered = subprocess.run(
        [sys.executable, "-m", "pipelines", "recover"], cwd=PROJECT, env=cli_env(root), capture_output=True
    )
    left = leftovers(root)
    figures.add(PART, kills=1, kills_ok=int(ok), unreadable=unreadable, leftovers=len(left))
    assert ok, (outcome, version, before)
    assert unreadable == 0
    assert recovered.returncode == 0, recovered.stderr
    assert left == []
    assert published(root)[:2] == (version, now)  # recovering changes nothing a reader sees
    assert_ledger_consistent(root)
    return now


def test_sigkill_at_random_instants_leaves_old_or_new(files, tmp_path):
    root = tmp_path / "data"
    expected, duration = baseline(files, root, tmp_path / "scratch")
    rng = random.Random(SEED)
    spread: Counter[str] = Counter()
    kills = attempts = 0
    while kills < KILLS:
        attempts += 1
        assert attempts <= 2 * KILLS, "too many ingests ended before their kill"
        version, now, _ = published(root)
        target = files["b"] if now == expected[files["a"]] else files["a"]
        delay = rng.uniform(0.0, duration)
        proc = start("ingest", "uitgaven", str(target), root=root)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        if finish(proc) != -signal.SIGKILL:  # it finished first: no kill, just a new version
            assert published(root)[:2] == (version + 1, expected[target])
            continue
        kills += 1
        spread[phase(root, version)] += 1
        check_kill(root, (version, now), expected[target], committed=None)
    print(f"\n{KILLS} kills in {attempts} ingests of {duration:.1f} s; where they landed: {dict(spread)}")


def test_sigkill_at_every_named_crash_point(files, tmp_path):
    root = tmp_path / "data"
    expected, _ = baseline(files, root, tmp_path / "scratch")
    for point in INGEST_POINTS:
        version, now, _ = published(root)
        target = files["b"] if now == expected[files["a"]] else files["a"]
        proc = start("ingest", "uitgaven", str(target), root=root, VAPA_CRASH_AT=point)
        assert finish(proc) == -signal.SIGKILL, point
        check_kill(root, (version, now), expected[target], committed=point in COMMITTED)
    for point in ROLLBACK_POINTS:  # a rollback publishes through the same commit
        version, now, _ = published(root)
        older = next(v for v in reversed(Store(root).versions()) if v["version"] < version)
        want = content(root / older["datasets"]["uitgaven"]["file"])
        assert want != now
        proc = start("rollback", str(older["version"]), root=root, VAPA_CRASH_AT=point)
        assert finish(proc) == -signal.SIGKILL, point
        check_kill(root, (version, now), want, committed=point in COMMITTED)
