"""Crash safety: an ingest or rollback killed with SIGKILL at any instant leaves exactly the old or
the new snapshot of the lake, every file of it reads, and `recover` (or `maintain`) clears every
leftover: staging, half-written files, Parquet files no snapshot names, raw uploads and rejected
rows no ledger line names.

Thirty kills at seeded random instants within the duration of an un-killed ingest of the same
file (60.000 bookings, so the instants fall in start-up, the scan, the typed checks, the Parquet
write and, rarely, the publish), then kills at every named crash point of an ingest
(VAPA_CRASH_AT, pipelines/store.py crash_point) and of a rollback. tests/test_cli.py kills a
small append at some of the points; here the data is large and the published snapshot is
compared by row count and a hash of its whole content, not only by its version number."""

from __future__ import annotations

import random
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
from conftest import PROJECT, cli_env, lake_files

from dashboard.db import read_snapshot
from pipelines import lake
from pipelines.store import Store

PART = "crash safety"
ROWS = 60_000
BAD = 25  # rejected rows, so the rejects file is written too
SEED = 20261130
KILLS = 30

# Named crash points of an ingest, in the order they are passed; only the last comes after the
# commit of the snapshot.
INGEST_POINTS = (
    "after_raw",
    "after_scan",
    "after_stage",
    "after_rejects",
    "before_begin",
    "after_delete",
    "after_insert",
    "before_commit",
    "after_commit",
)
COMMITTED = {"after_commit"}
ROLLBACK_POINTS = ("before_begin", "after_delete", "after_insert", "before_commit", "after_commit")


@dataclass(frozen=True)
class Content:
    rows: int
    digest: int  # sum of row hashes over every column except the ingest id


def content(files: list[str] | tuple[str, ...]) -> Content:
    with duckdb.connect() as con:
        rows, digest = con.execute(
            "SELECT count(*), coalesce(sum(hash(*COLUMNS(* EXCLUDE (_ingest_id))))::HUGEINT, 0) "
            "FROM read_parquet($files, union_by_name = true)",
            {"files": list(files)},
        ).fetchone()
    return Content(rows, int(digest))


def published(root: Path) -> tuple[int, Content | None, int]:
    """What a reader sees now, as the dashboard reads it (the files of one snapshot): (version,
    content of uitgaven, number of datasets whose files DuckDB cannot read completely)."""
    snap = read_snapshot(str(root))
    store = Store(root)
    entries = store.entries(snap.version)
    store.close()
    unreadable = 0
    for name, files in snap.files:
        try:
            if content(files).rows != entries[name]["rows"]:
                unreadable += 1
        except duckdb.Error:
            unreadable += 1
    files = dict(snap.files)
    try:
        uitgaven = content(files["uitgaven"]) if "uitgaven" in files else None
    except duckdb.Error:
        uitgaven = None
    return snap.version, uitgaven, unreadable


def leftovers(root: Path) -> list[str]:
    """Paths a killed writer left that recover (or maintain) should have removed."""
    out = [str(p) for p in (root / "staging").rglob("*") if p.is_file()]
    out += [str(p) for p in root.rglob("*.tmp")]
    on_disk, named = lake_files(root)
    out += sorted(on_disk - named)
    store = Store(root)
    out += [str(p) for p in store.orphans(min_age=0)]
    store.close()
    return out


def assert_ledger_consistent(root: Path) -> None:
    """Every publication has exactly one ledger line that names it, and every publishing ledger
    line has its publication; every file of every publication exists (rollback targets)."""
    store = Store(root)
    lines = store.ledger()
    versions = store.versions()
    for v in versions:
        matching = [r for r in lines if r["ingest_id"] == v["ingest"]["ingest_id"]]
        assert len(matching) == 1 and matching[0]["version"] == v["version"], v["version"]
        for name in store.entries(v["version"]):
            assert all(Path(f).is_file() for f in store.files(name, v["version"]))
    published_versions = [r.get("version") for r in lines if r["status"] in ("published", "rollback")]
    assert sorted(published_versions) == [v["version"] for v in versions]
    store.close()


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
    store = Store(root)
    now = store.current_version()
    store.close()
    if now != before:
        return "after the commit"
    on_disk, named = lake_files(root)
    if on_disk - named:
        return "publish (uncommitted files)"
    staged = {p.name: p for p in (root / "staging").rglob("*") if p.is_file()}
    if "accepted.parquet" in staged:
        try:
            content([str(staged["accepted.parquet"])])
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
    """Publish file a in `root`; in another folder, publish a and time an un-killed replace by
    file b. Returns the content of each file once published and that duration."""
    assert finish(start("ingest", "uitgaven", str(files["a"]), root=root)) == 0
    assert finish(start("ingest", "uitgaven", str(files["a"]), root=scratch)) == 0
    began = time.monotonic()
    assert finish(start("ingest", "uitgaven", str(files["b"]), root=scratch)) == 0
    duration = time.monotonic() - began
    expected = {files["a"]: published(root)[1], files["b"]: published(scratch)[1]}
    assert expected[files["a"]].rows == expected[files["b"]].rows == ROWS
    assert expected[files["a"]] != expected[files["b"]]
    return expected, duration


def check_kill(
    root: Path, before: tuple[int, Content], new: Content, committed: bool | None, repair: str = "recover"
) -> Content:
    """After a kill: the old or the new snapshot exactly (or the one `committed` says), all of it
    readable; then `repair` (recover, or maintain) clears the leftovers and the ledger is whole.
    Records the figures and returns the content now published."""
    lake.forget()
    version, now, unreadable = published(root)
    if version == before[0] and now == before[1]:
        outcome = "old"
    elif version > before[0] and now == new:
        outcome = "new"
    else:
        outcome = "mixed"
    ok = outcome != "mixed" and (committed is None or outcome == ("new" if committed else "old"))
    args = ["recover"] if repair == "recover" else ["maintain", "--grace-minutes", "0"]
    repaired = subprocess.run(
        [sys.executable, "-m", "pipelines", *args], cwd=PROJECT, env=cli_env(root), capture_output=True
    )
    left = leftovers(root)
    figures.add(PART, kills=1, kills_ok=int(ok), unreadable=unreadable, leftovers=len(left))
    assert ok, (outcome, version, before)
    assert unreadable == 0
    assert repaired.returncode == 0, repaired.stderr
    assert left == []
    assert published(root)[:2] == (version, now)  # repairing changes nothing a reader sees
    assert_ledger_consistent(root)
    return now


@pytest.mark.timeout(1800)  # 30 kills of a 60.000-row ingest, each followed by recover
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
            now_version, now_content, _ = published(root)
            assert now_version > version and now_content == expected[target]
            continue
        kills += 1
        spread[phase(root, version)] += 1
        check_kill(root, (version, now), expected[target], committed=None)
    print(f"\n{KILLS} kills in {attempts} ingests of {duration:.1f} s; where they landed: {dict(spread)}")


@pytest.mark.timeout(1800)
def test_sigkill_at_every_named_crash_point(files, tmp_path):
    root = tmp_path / "data"
    expected, _ = baseline(files, root, tmp_path / "scratch")
    for point in INGEST_POINTS:
        version, now, _ = published(root)
        target = files["b"] if now == expected[files["a"]] else files["a"]
        proc = start("ingest", "uitgaven", str(target), root=root, VAPA_CRASH_AT=point)
        assert finish(proc) == -signal.SIGKILL, point
        check_kill(root, (version, now), expected[target], committed=point in COMMITTED)
    for point in ROLLBACK_POINTS:  # a rollback writes a snapshot the same way
        version, now, _ = published(root)
        store = Store(root)
        older = next(
            v["version"]
            for v in reversed(store.versions())
            if Content(*store.content("uitgaven", v["version"])) != now
        )
        want = Content(*store.content("uitgaven", older))
        store.close()
        proc = start("rollback", str(older), root=root, VAPA_CRASH_AT=point)
        assert finish(proc) == -signal.SIGKILL, point
        check_kill(root, (version, now), want, committed=point in COMMITTED, repair="maintain")
