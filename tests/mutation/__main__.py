"""`make mutate`: mutation testing of the code where a wrong result reaches a user.

    PYTHONPATH=tests .venv/bin/python -m mutation            # everything, from a clean mutants/
    PYTHONPATH=tests .venv/bin/python -m mutation --keep     # reuse mutmut's earlier results
    PYTHONPATH=tests .venv/bin/python -m mutation sql        # only the SQL pass
    PYTHONPATH=tests .venv/bin/python -m mutation planted [NAME ...]   # only the planted bugs
    PYTHONPATH=tests .venv/bin/python -m mutation report [--note TEXT]  # MUTANTS.md from the last results
    PYTHONPATH=tests .venv/bin/python -m mutation recheck    # survivors against the newest tests
    PYTHONPATH=tests .venv/bin/python -m mutation recheck --no-tests pipelines/store.py  # and unreached
    PYTHONPATH=tests .venv/bin/python -m mutation resume dashboard/question.py  # a stopped run, this first

In order: mutmut (configured in pyproject.toml, [tool.mutmut]; its output goes to
mutants/mutmut.log), the SQL pass (sql.py), the planted bugs of issue 32 (planted.py), and
tests/MUTANTS.md (report.py) with the time each step took and the machine's load. Exits 1 when
a module stays under 90 % killed or a planted bug is not caught.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

from mutation import launch, planted, report, selection, sql

PROJECT = Path(__file__).resolve().parents[2]
MUTANTS = PROJECT / "mutants"
WORKERS = 2  # the machine's two cores: one mutant (one pytest session) on each


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f} (1 min) / {five:.1f} (5 min)"


def run_mutmut(keep: bool) -> float:
    started = time.monotonic()
    if not keep:
        shutil.rmtree(MUTANTS, ignore_errors=True)
    MUTANTS.mkdir(exist_ok=True)
    # mutmut, with the case mutants that cannot change behaviour left out (launch.py)
    code = launch.run_mutmut(WORKERS)
    if code != 0:
        raise SystemExit(f"mutmut failed (exit {code}); see mutants/mutmut.log")
    return time.monotonic() - started


def run_planted(names: list[str]) -> tuple[list[planted.Outcome], float]:
    started = time.monotonic()
    bugs = [b for b in planted.BUGS if not names or b.name in names]
    with ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        outcomes = list(pool.map(planted.check, bugs))
    for o in outcomes:
        print(f"  {'caught' if o.caught else 'NOT CAUGHT'}: {o.bug.name} {' '.join(o.failed)}", flush=True)
    return outcomes, time.monotonic() - started


def minutes(seconds: float) -> str:
    return f"{int(seconds // 60)} min {int(seconds % 60):02d} s"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m mutation")
    parser.add_argument(
        "step", nargs="?", default="all", choices=("all", "sql", "planted", "report", "recheck", "resume")
    )
    parser.add_argument(
        "names",
        nargs="*",
        help="planted bugs to check, or modules to recheck or resume (pipelines/store.py; default: all)",
    )
    parser.add_argument("--no-tests", action="store_true", help="recheck: also the mutants no test reached")
    parser.add_argument("--keep", action="store_true", help="keep mutmut's earlier results in mutants/")
    parser.add_argument("--source", default="", help="SQL pass: only the sources whose key starts with this")
    parser.add_argument(
        "--note", default="", help="report: how the results were made (runs, stops), for its header"
    )
    args = parser.parse_intermixed_args(argv)
    os.chdir(PROJECT)
    began, at, load_before = time.monotonic(), datetime.now(), load()
    times: dict[str, float] = {}
    if args.step == "recheck":
        from mutation import recheck

        killed = recheck.run(no_tests=args.no_tests, modules=tuple(args.names))
        print(f"{killed} now killed (mutants/recheck.log)")
        return 0
    from mutation import resume

    if args.step == "resume":
        return resume.run(tuple(args.names), WORKERS)
    resume.unpark()  # what a resume that was killed left parked counts as not checked
    recorded = False
    if args.step == "all":
        print("mutmut ... (progress in mutants/mutmut.log)", flush=True)
        sql.USED.unlink(missing_ok=True)  # written again when mutmut runs the tests (not with --keep)
        times["mutmut"] = run_mutmut(args.keep)
        recorded = sql.USED.exists() and sql.MUTMUT_COSTS.exists()
    if args.step in ("all", "sql"):
        times["SQL pass"] = sql.run(selection.arguments(), only=args.source, recorded=recorded).seconds
    outcomes: list[planted.Outcome] = []
    if args.step in ("all", "planted", "report"):
        outcomes, times["planted bugs"] = run_planted(args.names)
    if args.step == "planted":
        return 0 if all(o.caught and o.clean_passes for o in outcomes) else 1
    total = time.monotonic() - began
    command = " ".join(["python -m mutation", *(a if a != args.note else "TEXT" for a in argv)])
    header = [
        f"Run of {at:%d/%m/%Y %H:%M}, command `make mutate` (`{command}`), "
        f"{minutes(total)} in all on {os.cpu_count()} cores: "
        + ", ".join(f"{name} {minutes(s)}" for name, s in times.items())
        + ".",
        f"Load average at the start {load_before}, at the end {load()} (other work on the machine counts in it).",
        *([args.note] if args.note else []),
    ]
    text, ok = report.write(header, outcomes)
    print(text.split("## The bugs")[0])
    return 0 if ok else 1


if __name__ == "__main__":
    from services import shared_seaweed

    with shared_seaweed():  # for the store's tests on object storage: one server for every mutant
        code = main(sys.argv[1:])
    sys.exit(code)
