"""A mutant's tests run on tests collected once, not in a pytest session of their own.

What it buys: each mutant runs in a process forked from mutmut's fork server, which has imported
the tests. That process then started a whole pytest session
(`pytest.main`: arguments, plugins, conftest hooks, collecting its test files again) before its
first test ran: about 0,1-0,3 s, where most mutants are killed by their first test in well
under 0,1 s. Here the forking process keeps a collected session (configured, not run), and each
mutant's process runs its tests' collected items with pytest's own protocol (setup, call,
teardown, fixtures, the conftest's autouse fixtures), cheapest first (ordering.py), and stops at
the first failure as `pytest -x` does; a test that runs ten times as long as it did without a
mutant ends it as a timeout (`limit`). Measured on 07/12/2026 (2 cores): mutmut on the formats
and the rules, 556 mutants, 23 a second against 5,7 with `pytest.main` per mutant.

Everything else (the runs that learn which tests reach what, mutmut's clean run and forced
failure) still runs `pytest.main`, as does a mutant whose tests were not all collected. The SQL
pass runs its mutants' tests here too (sql.py). Its mutants' processes once hung on a lock,
with this runner and with pytest.main alike, while they were forked from the process that had
run its recording (DuckDB included); that recording runs in a child of its own (sql.collect),
and the process the mutants are forked from has only collected the tests.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from mutmut.runners.harness import PytestRunner
from mutmut.utils.file_utils import change_cwd

PASSED, FAILED, TIMEOUT = 0, 1, 36  # pytest's codes, and mutmut's for a timeout


def collect(arguments: list[str]) -> dict[str, object]:
    """The tests that pytest's `arguments` select, collected in this process and configured, not
    run: node id -> item."""
    from _pytest.config import _prepareconfig
    from _pytest.main import Session

    # --tb=native as mutmut's own runs: pytest's default report of a failure reads the source
    # of every module on the stack (0,2 s a killed mutant); nobody reads it here
    config = _prepareconfig(["--rootdir=.", "--capture=no", "--tb=native", *arguments])
    config._do_configure()
    session = Session.from_config(config)
    config.hook.pytest_sessionstart(session=session)
    config.hook.pytest_collection(session=session)
    return {item.nodeid: item for item in session.items}


def first_failure(
    collected: dict[str, object], tests: list[str], limits: dict[str, float] | None = None
) -> str | None:
    """Run `tests` (node ids, in this order) on the collected items; the first that fails, or
    None when every one passes. Call it in a process of its own: fixtures stay set up after it.
    A test that runs longer than its limit in seconds (`limits`) ends the process with TIMEOUT."""
    from _pytest.runner import runtestprotocol

    signal.signal(signal.SIGALRM, lambda *_: os._exit(TIMEOUT))
    for n, nodeid in enumerate(tests):
        item = collected[nodeid]
        # the next test's fixtures stay set up; after the last one, the process just exits
        following = collected[tests[n + 1]] if n + 1 < len(tests) else item
        signal.setitimer(signal.ITIMER_REAL, (limits or {}).get(nodeid, 0.0))  # 0: no limit
        failed = any(report.failed for report in runtestprotocol(item, nextitem=following, log=False))
        signal.setitimer(signal.ITIMER_REAL, 0.0)
        if failed:
            return nodeid
    return None


def limit(cost: float) -> float:
    """How long a test may run under a mutant: ten times what it cost without one, and two
    seconds more (a mutant that loops is a timeout after that, not after mutmut's limit for
    all its tests together, which for the question matcher's 480 tests was about 50 s)."""
    return 10 * cost + 2.0


class CollectedRunner(PytestRunner):
    """mutmut's PytestRunner, with a worker's tests run on the fork server's collected items."""

    _items: dict[str, object] | None = None
    _costs: dict[str, float] = {}

    def warm_up(self) -> None:
        with change_cwd("mutants"):
            self._items = collect([*self._pytest_add_cli_args_test_selection, *self._pytest_add_cli_args])
            costs = Path("test-costs.json")  # ordering.COSTS, recorded by the stats run
            self._costs = json.loads(costs.read_text(encoding="utf-8")) if costs.exists() else {}
        self._directory = os.path.abspath("mutants")

    def run_tests(self, *, mutant_name: str | None, tests: Iterable[str]) -> int:
        tests = list(tests)
        if self._items is None or not tests or any(t not in self._items for t in tests):
            return super().run_tests(mutant_name=mutant_name, tests=tests)
        os.chdir(self._directory)
        started = time.monotonic()
        killers = Killers(Path(KILLERS, str(mutant_name).rsplit("__mutmut_", 1)[0]))
        order = {nodeid: n for n, nodeid in enumerate(self._items)}  # file order breaks ties
        tests.sort(key=lambda t: (killers.rank(t), self._costs.get(t, float("inf")), order[t]))
        failed = first_failure(self._items, tests, {t: limit(self._costs.get(t, 60.0)) for t in tests})
        if failed is not None:
            killers.add(failed)
        if mutant_name is not None:  # None: mutmut's run of the tests without a mutant
            note_time(mutant_name, time.monotonic() - started, failed)
        return PASSED if failed is None else FAILED


KILLERS = "killers"  # in mutants/: per function, the tests that killed its mutants
TIMES = "mutant-times.jsonl"  # in mutants/: per mutant, the seconds its tests took (report.py)


def note_time(mutant: str, seconds: float, killer: str | None) -> None:
    """One line per mutant run here: where a run's time goes, per module (MUTANTS.md)."""
    line = json.dumps({"mutant": mutant, "seconds": round(seconds, 3), "killer": killer})
    with open(TIMES, "a", encoding="utf-8") as f:  # one short append: whole lines
        f.write(line + "\n")


class Killers:
    """The tests that killed earlier mutants of one function, run first for the next ones.

    mutmut runs the mutants of one function one after the other (they have the same tests, so
    the same estimated time), and a test that killed one often kills the next: a mutant of the
    question matcher, reached by 480 tests, is then killed by its first test, not its 200th.
    Only the order changes: a mutant is killed when any of its tests fails, as before."""

    def __init__(self, path: Path) -> None:
        self.path = path
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        self._kills = Counter(lines)

    def rank(self, nodeid: str) -> int:
        return -self._kills[nodeid]  # the most kills first

    def add(self, nodeid: str) -> None:
        self.path.parent.mkdir(exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as f:  # one short append: whole lines
            f.write(nodeid + "\n")
