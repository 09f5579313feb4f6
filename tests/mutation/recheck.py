"""Survivors against the tests written since mutmut's run, without a new mutmut run.

`python -m mutation recheck`: each surviving mutmut mutant (not listed as equivalent) is run
against the test file of its module, in mutants/ with the mutant active, as mutmut's worker
runs it (a fresh pytest session, stopping at the first failure). A failing test marks it killed
in mutmut's results; the line it writes to mutants/recheck.log names that test. The test files
are first copied from tests/ into mutants/tests/ (mutmut copied them when its run began).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from mutation import equivalents
from mutation.selection import TESTS

PROJECT = Path(__file__).resolve().parents[2]
MUTANTS = PROJECT / "mutants"


def run(copy: bool = True) -> int:
    """Re-check every survivor; returns how many are now killed."""
    listed = equivalents.load()
    if copy:
        for files in TESTS.values():
            for name in files:
                shutil.copy2(PROJECT / name, MUTANTS / name)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    killed = 0
    with open(MUTANTS / "recheck.log", "a", encoding="utf-8") as log:
        for module, files in TESTS.items():
            meta = MUTANTS / f"{module}.meta"
            if not meta.exists():
                continue
            codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
            for name in [n for n, code in codes.items() if code == 0 and n not in listed]:
                command = [
                    sys.executable,
                    "-m",
                    "pytest",
                    "-x",
                    "-q",
                    "-p",
                    "no:randomly",
                    "-p",
                    "no:cacheprovider",
                ]
                done = subprocess.run([*command, *files], cwd=MUTANTS, env={**env, "MUTANT_UNDER_TEST": name},
                                      capture_output=True, text=True)  # fmt: skip
                failed = next((line for line in done.stdout.splitlines() if line.startswith("FAILED")), "")
                print(name, "killed" if done.returncode == 1 else "survived", failed, file=log, flush=True)
                if done.returncode == 1:
                    data = json.loads(meta.read_text(encoding="utf-8"))
                    data["exit_code_by_key"][name] = 1
                    meta.write_text(json.dumps(data), encoding="utf-8")
                    killed += 1
    return killed
