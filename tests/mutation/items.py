"""A mutant's tests run on tests collected once, not in a pytest session of their own.

What it buys: mutmut's fork server collects the tests once and forks a worker per mutant; the
worker then starts a whole pytest session (`pytest.main`: arguments, plugins, conftest hooks,
collecting its test files again) before its first test runs. That start costs about 0,3 s;
most mutants are killed by their first test in well under 0,1 s, so it was most of the run.
Here the fork server keeps the collected session (configured, not run), and each worker runs
its tests' collected items with pytest's own protocol (setup, call, teardown, fixtures, the
conftest's autouse fixtures), the cheapest first (ordering.py), and stops at the first failure
as `pytest -x` does. The exit codes are pytest's: 0 when every test passed, 1 when one failed.

Everything else (the run that learns which tests reach which function, the clean run, the
forced failure) still runs `pytest.main`, as does a worker whose tests were not collected.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from mutmut.runners.harness import PytestRunner
from mutmut.utils.file_utils import change_cwd

PASSED, FAILED = 0, 1


class CollectedRunner(PytestRunner):
    """mutmut's PytestRunner, with a worker's tests run on the fork server's collected items."""

    _items: dict[str, object] | None = None
    _costs: dict[str, float] = {}

    def warm_up(self) -> None:
        from _pytest.config import _prepareconfig
        from _pytest.main import Session

        with change_cwd("mutants"):
            args = ["--rootdir=.", "--capture=no", "--tb=native"]
            config = _prepareconfig(
                [*args, *self._pytest_add_cli_args_test_selection, *self._pytest_add_cli_args]
            )
            config._do_configure()
            session = Session.from_config(config)
            config.hook.pytest_sessionstart(session=session)
            config.hook.pytest_collection(session=session)
            costs = Path("test-costs.json")  # ordering.COSTS, recorded by the stats run
            self._costs = json.loads(costs.read_text(encoding="utf-8")) if costs.exists() else {}
        self._items = {item.nodeid: item for item in session.items}
        self._directory = os.path.abspath("mutants")

    def run_tests(self, *, mutant_name: str | None, tests: Iterable[str]) -> int:
        tests = list(tests)
        if self._items is None or not tests or any(t not in self._items for t in tests):
            return super().run_tests(mutant_name=mutant_name, tests=tests)
        from _pytest.runner import runtestprotocol

        order = {nodeid: n for n, nodeid in enumerate(self._items)}  # file order breaks ties
        tests.sort(key=lambda t: (self._costs.get(t, float("inf")), order[t]))
        os.chdir(self._directory)
        for n, nodeid in enumerate(tests):
            item = self._items[nodeid]
            # the next test's fixtures stay set up; after the last one, the worker just exits
            following = self._items[tests[n + 1]] if n + 1 < len(tests) else item
            if any(report.failed for report in runtestprotocol(item, nextitem=following, log=False)):
                return FAILED
        return PASSED
