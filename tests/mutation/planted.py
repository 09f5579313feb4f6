"""The bugs of issue 32, planted one at a time: each must make at least one named test fail.

Each bug is a textual edit of one file (the line as it is -> the line with the bug). `check`
copies the project into a scratch folder, makes the edit there and runs the named tests in a
fresh pytest process (a new import, so a change to module-level code counts too); the bug is
caught when they fail. The clean copy must pass the same tests (a test that fails anyway proves
nothing). tests/MUTANTS.md lists the outcome (written by `python -m mutation report`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
# What a test run needs of the project (runtime data and tool state are left out).
COPIED = ("app.py", "assets", ".streamlit", "dashboard", "data/reference", "docs", "pipelines",
          "pyproject.toml", "tests", "views")  # fmt: skip


@dataclass(frozen=True)
class Bug:
    name: str
    what: str  # what a user would see
    path: str
    old: str
    new: str
    tests: tuple[str, ...]  # node ids that must fail with the bug


BUGS = (
    Bug(
        "approved-without-stopped",
        "approved trajectories in the key figures leave out the stopped ones",
        "pipelines/rules.py",
        'APPROVED = ("goedgekeurd", "lopend", "afgerond", "stopgezet")',
        'APPROVED = ("goedgekeurd", "lopend", "afgerond")',
        ("tests/test_rules.py::test_stopped_trajectories_count_as_approved_and_in_answer_three",),
    ),
    Bug(
        "utilisation-of-commitments",
        "utilisation per flow divides commitments, not payments, by the budget",
        "dashboard/queries/budget_by_flow.sql",
        "THEN coalesce(u.betaald, 0) / b.budget END AS benutting",
        "THEN coalesce(u.vastgelegd, 0) / b.budget END AS benutting",
        ("tests/test_boundaries.py::test_utilisation_per_flow_is_payments_over_the_budget",),
    ),
    Bug(
        "over-use-without-commitments",
        "the over-use signal ignores commitments above the budget",
        "pipelines/rules.py",
        "if committed > budget or paid > budget:",
        "if paid > budget:",
        ("tests/test_rules.py::test_commitments_above_the_budget_with_payments_below_are_over_use",),
    ),
    Bug(
        "running-year-under-use",
        'the running budget year is already flagged "onderbenutting"',
        "pipelines/rules.py",
        "if last_year < as_of_year:",
        "if last_year <= as_of_year:",
        ("tests/test_rules.py::test_the_running_budget_year_is_not_under_use",),
    ),
    Bug(
        "year-of-booking-date",
        "the year filter on bookings uses the booking date's year, not the budget year",
        "dashboard/queries/_filters.sql",
        "WHERE (len(p_jaren) = 0 OR list_contains(p_jaren, u.begrotingsjaar))",
        "WHERE (len(p_jaren) = 0 OR list_contains(p_jaren, year(u.boekingsdatum)))",
        ("tests/test_rules.py::test_the_year_filter_on_bookings_uses_the_budget_year",),
    ),
    Bug(
        "as-of-day-left-out",
        "the as-of date leaves out the bookings of that very day",
        "dashboard/queries/_filters.sql",
        "AND (p_tot IS NULL OR u.boekingsdatum <= p_tot);",
        "AND (p_tot IS NULL OR u.boekingsdatum < p_tot);",
        ("tests/test_rules.py::test_a_booking_on_the_as_of_day_counts_and_the_next_day_not",),
    ),
    Bug(
        "answer-three-without-stopped",
        "answer 3 (added value, reports) ignores stopped trajectories",
        "dashboard/answer.py",
        'done = facts.traj[facts.traj["status"].isin(rules.ENDED)]',
        'done = facts.traj[facts.traj["status"].isin(rules.FINISHED)]',
        ("tests/test_rules.py::test_stopped_trajectories_count_as_approved_and_in_answer_three",),
    ),
    Bug(
        "end-on-start-day-rejected",
        "a trajectory that ends on its start day is rejected",
        "pipelines/contract.py",
        '"einddatum >= startdatum",',
        '"einddatum > startdatum",',
        ("tests/test_boundaries.py::test_a_trajectory_that_ends_on_its_start_day_is_accepted",),
    ),
    Bug(
        "duplicate-key-on-text",
        "duplicate keys are compared on a municipality's text, not its NIS code",
        "pipelines/staging.py",
        'out.append(quote_ident(name + "_nis") if col.is_municipality else quote_ident(name))',
        "out.append(quote_ident(name))",
        ("tests/test_boundaries.py::test_one_municipality_by_name_and_by_code_is_one_key",),
    ),
    Bug(
        "range-minimum-rejected",
        "the minimum of a range (0 EUR, 0 FTE, a score of 1) is rejected",
        "pipelines/staging.py",
        'cond = f"{typed} IS NOT NULL AND ({typed} < {p(lo)} OR {typed} > {p(hi)})"',
        'cond = f"{typed} IS NOT NULL AND ({typed} <= {p(lo)} OR {typed} > {p(hi)})"',
        ("tests/test_boundaries.py::test_the_bounds_of_every_range_are_accepted_and_beyond_refused",),
    ),
    Bug(
        "range-maximum-rejected",
        "the maximum of a range (1 FTE, a score of 5) is rejected",
        "pipelines/staging.py",
        'cond = f"{typed} IS NOT NULL AND ({typed} < {p(lo)} OR {typed} > {p(hi)})"',
        'cond = f"{typed} IS NOT NULL AND ({typed} < {p(lo)} OR {typed} >= {p(hi)})"',
        ("tests/test_boundaries.py::test_the_bounds_of_every_range_are_accepted_and_beyond_refused",),
    ),
    Bug(
        "dates-month-first",
        "dates in tables are shown month-first (mm/dd/yyyy)",
        "dashboard/format.py",
        '"–" if m else f"{d:02d}/{mo:02d}/{y}"',
        '"–" if m else f"{mo:02d}/{d:02d}/{y}"',
        ("tests/test_boundaries.py::test_dates_in_tables_are_day_first",),
    ),
    Bug(
        "dates-month-first-in-text-columns",
        "dates in a column of dates held as objects are shown month-first",
        "dashboard/format.py",
        'return _day_text(value) if isinstance(value, datetime) else value.strftime("%d/%m/%Y")',
        'return _day_text(value) if isinstance(value, datetime) else value.strftime("%m/%d/%Y")',
        ("tests/test_boundaries.py::test_dates_in_tables_are_day_first",),
    ),
    Bug(
        "lake-file-placed-unsynced",
        "the accepted rows are renamed into the lake's folder without being fsynced",
        "pipelines/store.py",
        "            fsync_path(staged)  # the rows on disk before the name the commit will register\n",
        "",
        ("tests/test_durability.py::test_every_file_is_durable_before_the_name_that_publishes_it",),
    ),
    Bug(
        "raw-and-rejects-renamed-unsynced",
        "the raw upload and the rejected rows are renamed into place without being fsynced",
        "pipelines/store.py",
        '    """fsync a finished file and rename it into place (same file system)."""\n    fsync_path(src)\n',
        '    """fsync a finished file and rename it into place (same file system)."""\n',
        ("tests/test_durability.py::test_every_file_is_durable_before_the_name_that_publishes_it",),
    ),
    Bug(
        "directory-not-synced",
        "the new name of a kept upload is not made durable (its directory is not fsynced)",
        "pipelines/store.py",
        "    os.replace(src, dst)\n    fsync_path(dst.parent)\n",
        "    os.replace(src, dst)\n",
        ("tests/test_durability.py::test_every_file_is_durable_before_the_name_that_publishes_it",),
    ),
)


def copy_project(target: Path) -> None:
    """The files a test run needs, copied into `target`."""
    for name in COPIED:
        src = PROJECT / name
        if src.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(src, target / name, ignore=ignore, dirs_exist_ok=True)
        elif src.exists():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target / name)


def _pytest(root: Path, tests: tuple[str, ...]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("MUTANT_UNDER_TEST", "VAPA_DATA_DIR")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--tb=line", *tests],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )


@dataclass(frozen=True)
class Outcome:
    bug: Bug
    caught: bool
    clean_passes: bool
    failed: tuple[str, ...]  # the node ids that failed with the bug


def check(bug: Bug) -> Outcome:
    """Plant `bug` in a scratch copy and run its tests (and the same tests on the clean copy)."""
    with tempfile.TemporaryDirectory(prefix="vapa-planted-") as tmp:
        root = Path(tmp)
        copy_project(root)
        clean = _pytest(root, bug.tests)
        path = root / bug.path
        text = path.read_text(encoding="utf-8")
        if text.count(bug.old) != 1:
            raise ValueError(
                f"{bug.name}: the text to replace occurs {text.count(bug.old)} times in {bug.path}"
            )
        path.write_text(text.replace(bug.old, bug.new), encoding="utf-8")
        planted = _pytest(root, bug.tests)
    failed = tuple(
        line.split(" ", 1)[1].split(" - ")[0]
        for line in planted.stdout.splitlines()
        if line.startswith("FAILED ") or line.startswith("ERROR ")
    )
    return Outcome(bug, planted.returncode != 0, clean.returncode == 0, failed)
