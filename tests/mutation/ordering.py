"""Inside a mutation run, run the fastest tests first.

mutmut (and the SQL pass, tests/mutation/sql.py) run every test that covers a mutant, with -x:
the first failing test ends the run. Sorted by the duration measured in the clean run, a
mutant that a quick unit test kills costs that test, not the page tests collected before it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

# Where mutmut keeps the measured durations (its workers run in mutants/); the SQL pass names
# its own file in MUTATION_DURATIONS.
MUTMUT_STATS = "mutmut-stats.json"


def in_mutation_run() -> bool:
    """True in a process that tests one mutant (mutmut's worker or the SQL pass's)."""
    return os.environ.get("MUTANT_UNDER_TEST", "") not in ("", "stats", "fail", "list_all_tests")


def durations() -> dict[str, float]:
    path = Path(os.environ.get("MUTATION_DURATIONS", MUTMUT_STATS))
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8")).get("duration_by_test", {})
    return {}


def fastest_first(items: list) -> None:
    """Sort the collected tests by their measured duration (unknown ones last, in file order)."""
    known = durations()
    if known:
        items.sort(key=lambda item: known.get(item.nodeid, float("inf")))
