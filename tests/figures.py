"""Figures of the reliability suite (tests/reliability/), summed up in one line at the end of the run.

Each reliability test adds its counts to its part with `add(part, **counts)`; a goal per part says
which counts must be what. `pytest_terminal_summary` in conftest.py prints `summary_line()`:

    RELIABILITY: bad input 58/58 expected, 0 crashes, 0 rows lost · crash safety ... · ALL CLEAR

The line says ALL CLEAR only when every part ran, every reliability test passed and every goal is
met; otherwise NOT CLEAR with the reasons. A part that did not run (a `-k` subset, a skip) is
named as such, never counted as clear.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

COUNTS: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
FAILED: dict[str, list[str]] = defaultdict(list)  # part -> failed test ids


@dataclass(frozen=True)
class Part:
    name: str
    text: str  # format string over the counts
    goal: Callable[[dict[str, float]], bool]
    goal_text: str


def _n(c: dict[str, float], key: str) -> float:
    return c.get(key, 0)


PARTS = {
    "bad input": Part(
        "bad input",
        "{files_expected:.0f}/{files:.0f} files as expected, {crashes:.0f} crashes, {rows_lost:.0f} rows lost, "
        "{hostile_expected:.0f}/{hostile:.0f} hostile (look-alike keys, hidden characters, implausible "
        "bookings, workbooks), a {bomb_mb:.0f} MB workbook bomb refused in {bomb_s:.1f} s "
        "(heap {bomb_heap_mb:.0f} MB)",
        lambda c: (
            _n(c, "files") >= 40
            and _n(c, "files_expected") == _n(c, "files")
            and _n(c, "crashes") == 0
            and _n(c, "rows_lost") == 0
            and _n(c, "hostile") >= 15
            and _n(c, "hostile_expected") == _n(c, "hostile")
            and 0 < _n(c, "bomb_s") <= 5
            and _n(c, "bomb_heap_mb") <= 32
        ),
        "at least 40 files, every one as expected, no crash, no row lost; the 15 hostile classes of "
        "issue 20 as expected; the workbook bomb refused within 5 s and 32 MB",
    ),
    "crash safety": Part(
        "crash safety",
        "{kills_ok:.0f}/{kills:.0f} kills left old or new, {unreadable:.0f} unreadable, "
        "{leftovers:.0f} leftovers after restart",
        lambda c: (
            _n(c, "kills") >= 30
            and _n(c, "kills_ok") == _n(c, "kills")
            and _n(c, "unreadable") == 0
            and _n(c, "leftovers") == 0
        ),
        "30 kills, each leaving exactly the old or the new version, all readable, leftovers cleaned",
    ),
    "concurrency": Part(
        "concurrency",
        "{ingests_ok:.0f}/{ingests:.0f} ingests kept, {readers:.0f} readers, {reads:.0f} reads, "
        "{errors:.0f} errors, {mixed:.0f} mixed versions",
        lambda c: (
            _n(c, "ingests") >= 2
            and _n(c, "ingests_ok") == _n(c, "ingests")
            and _n(c, "readers") >= 10
            and _n(c, "reads") > 0
            and _n(c, "errors") == 0
            and _n(c, "mixed") == 0
        ),
        "two ingests at once, ten readers, no error, no lost ingest, no mixed version",
    ),
    "security": Part(
        "security",
        "{checks_ok:.0f}/{checks:.0f} checks",
        lambda c: _n(c, "checks") > 0 and _n(c, "checks_ok") == _n(c, "checks"),
        "every check passed",
    ),
    "memory": Part(
        "memory",
        "{uploads:.0f} uploads of {file_mb:.0f} MB, growth {growth_mb:.0f} MB (limit {limit_mb:.0f} MB)",
        lambda c: _n(c, "uploads") >= 30 and _n(c, "growth_mb") <= _n(c, "limit_mb"),
        "thirty uploads of the largest allowed file, growth within the limit",
    ),
}


def add(part: str, **counts: float) -> None:
    """Add counts to a part (keys as in the part's text)."""
    if part not in PARTS:
        raise KeyError(part)
    for key, value in counts.items():
        COUNTS[part][key] += value


def set_(part: str, **values: float) -> None:
    """Set figures that are not sums (a file size, a limit, a measured growth)."""
    if part not in PARTS:
        raise KeyError(part)
    for key, value in values.items():
        COUNTS[part][key] = value


def failed(part: str, test_id: str) -> None:
    FAILED[part].append(test_id)


def part_of(nodeid: str) -> str | None:
    """The part a reliability test belongs to, from its module name (test_<part>.py)."""
    if "tests/reliability/" not in nodeid.replace("\\", "/"):
        return None
    module = nodeid.split("::")[0].rsplit("/", 1)[-1].removeprefix("test_").removesuffix(".py")
    name = module.replace("_", " ")
    return name if name in PARTS else None


def summary_line(
    counts_by_part: dict[str, dict[str, float]] | None = None,
    failed_by_part: dict[str, list[str]] | None = None,
) -> str | None:
    """The one line, or None when no reliability test ran at all."""
    COUNTS = dict(globals()["COUNTS"]) if counts_by_part is None else counts_by_part  # noqa: N806
    FAILED = dict(globals()["FAILED"]) if failed_by_part is None else failed_by_part  # noqa: N806
    if not COUNTS and not FAILED:
        return None
    shown, problems = [], []
    for name, part in PARTS.items():
        counts = COUNTS.get(name)
        if counts is None:
            shown.append(f"{name} not run")
            problems.append(f"{name} not run")
            continue
        values = defaultdict(float, counts)
        shown.append(f"{name} " + part.text.format_map(values))
        if FAILED.get(name):
            problems.append(f"{name}: {len(FAILED[name])} test(s) failed")
        elif not part.goal(values):
            problems.append(f"{name}: goal missed ({part.goal_text})")
    verdict = "ALL CLEAR" if not problems else "NOT CLEAR (" + "; ".join(problems) + ")"
    return "RELIABILITY: " + " · ".join(shown) + " · " + verdict
