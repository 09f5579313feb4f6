"""Inside a mutation run, run the cheapest tests first.

mutmut (and the SQL pass, tests/mutation/sql.py) run every test that covers a mutant, with -x:
the first failing test ends the run. Each mutant runs in a fresh pytest session, so a test
also pays for the fixtures of its module that no earlier test of the session set up (a
published fixture takes a second or two). The run that records which tests cover what (mutmut's
"stats", the SQL pass's recording) also records here what each test costs: its own setup, call
and teardown, plus the dearest setup in its file (what its module's fixtures may cost). Sorted
by that, a mutant that a unit test kills costs that test, not a page test or a published fixture.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

COSTS = "test-costs.json"  # in the working directory of the run (mutmut's: mutants/)
_measured: dict[str, float] = defaultdict(float)  # setup + call + teardown, per test
_setup: dict[str, float] = defaultdict(float)


def _path() -> Path:
    return Path(os.environ.get("MUTATION_COSTS", COSTS))


def recording() -> bool:
    """True in the run that learns which tests cover what (every test, no mutant)."""
    return os.environ.get("MUTANT_UNDER_TEST") == "stats"


def in_mutation_run() -> bool:
    """True in a process that tests one mutant (mutmut's worker or the SQL pass's)."""
    return os.environ.get("MUTANT_UNDER_TEST", "") not in ("", "stats", "fail", "list_all_tests")


def record(report) -> None:
    """Add the duration of one phase (setup, call, teardown) of a test."""
    _measured[report.nodeid] += report.duration
    if report.when == "setup":
        _setup[report.nodeid] += report.duration


def save() -> None:
    dearest: dict[str, float] = defaultdict(float)  # per file: the dearest setup of its tests
    for nodeid, seconds in _setup.items():
        module = nodeid.split("::")[0]
        dearest[module] = max(dearest[module], seconds)
    path = _path()
    costs = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}  # mutmut adds new tests
    costs |= {nodeid: seconds + dearest[nodeid.split("::")[0]] for nodeid, seconds in _measured.items()}
    path.write_text(json.dumps(costs), encoding="utf-8")


def cheapest_first(items: list) -> None:
    """Sort the collected tests by their recorded cost (unknown ones last, in file order)."""
    path = _path()
    if not path.exists():
        return
    costs = json.loads(path.read_text(encoding="utf-8"))
    items.sort(key=lambda item: costs.get(item.nodeid, float("inf")))


_cleared_in = [0]  # the process whose caches clear_caches_once() emptied


def clear_caches_once() -> None:
    """clear_caches() at the first test of a mutant's process, not at every test. The process is
    forked from one that collected the tests (and may have computed at import, with the original
    code); after the first clearing, whatever is cached was computed with this process's mutant,
    as any test would compute it again. Clearing at every test made the question matcher's tests
    five times as slow (its compiled cues and municipality names built again for each)."""
    if _cleared_in[0] != os.getpid():
        clear_caches()
        _cleared_in[0] = os.getpid()


def clear_caches() -> None:
    """Empty the functools caches of the project's modules. A mutant's process is forked from
    one that collected the tests, so a cached result (the question matcher's compiled cues,
    the confusables) may have been computed by the original code and would hide every mutant of
    the functions behind it; in the recording run, each test then reaches those functions itself."""
    import sys

    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in ("dashboard", "pipelines"):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
