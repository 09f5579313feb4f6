"""The equivalent mutants of equivalent.txt: a mutant no behaviour tells apart from the code.

A line of equivalent.txt holds a mutant's name, a fingerprint of its change and the reason, two
spaces apart. mutmut names a mutant after its function and a number, and the numbers shift when
the function changes: the fingerprint (of the lines the mutant changes) ties a reason to the
change it was written for. A listed mutant whose change is still that one is not run (it could
only survive, at the cost of all its tests) and counts as equivalent; one whose change differs
is run like any other and the report says that its line is out of date. SQL mutants are named
by their change already (`source:line operator 'old' -> 'new'`) and have no fingerprint.
"""

from __future__ import annotations

import hashlib
from difflib import unified_diff
from functools import cache
from pathlib import Path

import libcst as cst

LIST = Path(__file__).resolve().parent / "equivalent.txt"


def load() -> dict[str, tuple[str, str]]:
    """Mutant name -> (fingerprint or '', reason)."""
    out = {}
    for line in LIST.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("  ") if p.strip()]
        if len(parts) == 2:  # an SQL mutant: its name is its change
            parts.insert(1, "")
        name, fingerprint, reason = parts[0], parts[1], "  ".join(parts[2:])
        out[name] = (fingerprint, reason)
    return out


def fingerprint(name: str, path: str) -> str:
    """What a mutmut mutant changes (its - and + lines), hashed: eight hex digits. The same diff
    as mutmut's get_diff_for_mutant, but a mutated file without mutmut's line index is parsed
    once for all its mutants, not once per mutant (seconds each for the question matcher)."""
    from mutmut.mutation import diff_apply

    functions = diff_apply.read_functions_from_index(name, Path(path))
    if functions is None:
        module = _mutants_module(path)
        functions = (
            diff_apply.read_original_function(module, name),
            diff_apply.read_mutant_function(module, name),
        )
    original, mutant = (cst.Module([function]).code.strip() for function in functions)
    diff = unified_diff(original.split("\n"), mutant.split("\n"), lineterm="")
    changed = [line.strip() for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    return hashlib.sha256("\n".join(changed).encode("utf-8")).hexdigest()[:8]


@cache
def _mutants_module(path: str) -> cst.Module:
    from mutmut.mutation.diff_apply import read_mutants_module

    return read_mutants_module(path)


def confirmed(name: str, path: str, listed: dict[str, tuple[str, str]]) -> bool:
    """The mutant is listed, and its change is still the one its reason was written for."""
    return name in listed and listed[name][0] == fingerprint(name, path)
