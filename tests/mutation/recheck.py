"""Survivors against the tests written since mutmut's run, without a new mutmut run.

`python -m mutation recheck`: each surviving mutmut mutant (not listed as equivalent) is run
against the test files of its module (selection.py), in mutants/ with the mutant active, as
mutmut's worker runs it (a fresh pytest session, stopping at the first failure), two at a
time. A failing test marks it killed in mutmut's results; the line it writes to
mutants/recheck.log names that test. The tests
are first copied from tests/ into mutants/tests/ (mutmut copied them when its run began).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mutation import equivalents
from mutation.selection import TESTS

PROJECT = Path(__file__).resolve().parents[2]
MUTANTS = PROJECT / "mutants"


COMMAND = ["-m", "pytest", "-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"]
WORKERS = 2  # the machine's two cores


def _check(name: str, files: tuple[str, ...], env: dict[str, str]) -> tuple[str, bool, str]:
    """One survivor against its module's test files: (name, killed, the first failing test)."""
    done = subprocess.run([sys.executable, *COMMAND, *files], cwd=MUTANTS, env={**env, "MUTANT_UNDER_TEST": name},
                          capture_output=True, text=True)  # fmt: skip
    failed = next((line for line in done.stdout.splitlines() if line.startswith("FAILED")), "")
    return name, done.returncode == 1, failed


SURVIVED, NO_TESTS = 0, 33  # mutmut's exit codes


def run(copy: bool = True, no_tests: bool = False, modules: tuple[str, ...] = ()) -> int:
    """Re-check every survivor (and with `no_tests` every mutant that no test reached), of the
    `modules` given (default: all), two at a time; returns how many are now killed."""
    codes = (SURVIVED, NO_TESTS) if no_tests else (SURVIVED,)
    listed = equivalents.load()
    if copy:  # the tests as they are now (mutmut copied them when its run began), goldens included
        shutil.copytree(PROJECT / "tests", MUTANTS / "tests", dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    # without PYTHONPATH (the mutated copy is imported), and with bytecode cached: each check is
    # a new process, and the mutated modules are large
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}
    killed = 0
    with open(MUTANTS / "recheck.log", "a", encoding="utf-8") as log, ThreadPoolExecutor(WORKERS) as pool:
        for module, files in TESTS.items():
            meta = MUTANTS / f"{module}.meta"
            if not meta.exists() or (modules and module not in modules):
                continue
            data = json.loads(meta.read_text(encoding="utf-8"))
            names = [n for n, code in data["exit_code_by_key"].items() if code in codes and n not in listed]
            for name, dead, failed in pool.map(lambda n, f=files: _check(n, f, env), names):
                print(name, "killed" if dead else "survived", failed, file=log, flush=True)
                if dead:
                    data["exit_code_by_key"][name] = 1
                    meta.write_text(json.dumps(data), encoding="utf-8")
                    killed += 1
    return killed
