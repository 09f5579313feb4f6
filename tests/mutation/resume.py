"""Go on with a mutmut run that was stopped, one module first, without checking anything twice.

`python -m mutation resume dashboard/question.py`: mutmut runs the mutants not yet checked of
the modules named (all, when none is). mutmut itself offers two ways, neither of which fits:

- `mutmut run` without names goes on with every unchecked mutant, cheapest first by the time of
  the tests that cover it, so the module whose tests are slowest comes last (the store);
- `mutmut run NAMES` runs every mutant of the names again, the killed ones and the equivalent
  ones listed in equivalent.txt included (1.880 instead of 1.002 for the question matcher).

So the unchecked mutants of the other modules are parked for the run: marked skipped (exit code
34) in mutmut's results, their names kept in mutants/parked.json, and marked unchecked again
when the run ends, is stopped, or fails. A run killed before it could do that leaves
parked.json: the next `resume` or `report` unparks them first.
"""

from __future__ import annotations

import json
from pathlib import Path

from mutation import launch

PROJECT = Path(__file__).resolve().parents[2]
MUTANTS = PROJECT / "mutants"
PARKED = MUTANTS / "parked.json"
SKIPPED = launch.SKIPPED


def _metas() -> dict[str, Path]:
    return {str(p.relative_to(MUTANTS))[: -len(".meta")]: p for p in MUTANTS.glob("**/*.py.meta")}


def park(modules: tuple[str, ...]) -> int:
    """Mark the unchecked mutants of every module not in `modules` skipped; returns how many."""
    parked: dict[str, list[str]] = {}
    for module, meta in _metas().items():
        if module in modules:
            continue
        data = json.loads(meta.read_text(encoding="utf-8"))
        names = [name for name, code in data["exit_code_by_key"].items() if code is None]
        if names:
            data["exit_code_by_key"].update(dict.fromkeys(names, SKIPPED))
            parked[module] = names
            meta.write_text(json.dumps(data), encoding="utf-8")
    PARKED.write_text(json.dumps(parked), encoding="utf-8")
    return sum(len(names) for names in parked.values())


def unpark() -> int:
    """Mark the parked mutants unchecked again (those mutmut did not run meanwhile)."""
    if not PARKED.exists():
        return 0
    metas, count = _metas(), 0
    for module, names in json.loads(PARKED.read_text(encoding="utf-8")).items():
        data = json.loads(metas[module].read_text(encoding="utf-8"))
        for name in names:
            if data["exit_code_by_key"].get(name) == SKIPPED:
                data["exit_code_by_key"][name] = None
                count += 1
        metas[module].write_text(json.dumps(data), encoding="utf-8")
    PARKED.unlink()
    return count


def run(modules: tuple[str, ...], workers: int) -> int:
    """mutmut on the unchecked mutants of `modules` (all when empty); its exit code."""
    unpark()
    if modules:
        print(f"{park(modules)} mutants of other modules parked", flush=True)
    try:
        return launch.run_mutmut(workers, append=True)
    finally:
        print(f"{unpark()} parked mutants unchecked again", flush=True)
