"""The equivalent mutants of equivalent.txt: a mutant no behaviour tells apart from the code.

A line of equivalent.txt holds a mutant's name, a fingerprint of its change and the reason, two
spaces apart. mutmut names a mutant after its function and a number, and the numbers shift when
the function changes: the fingerprint (of the lines the mutant changes) ties a reason to the
change it was written for. A mutant of that function that makes that change (under the listed
number or, once the function changed, another) is not run (it could only survive, at the cost
of all its tests) and counts as equivalent; a line whose change no unkilled mutant makes any
more is out of date, and the report says so. SQL mutants are named
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


def _function(name: str) -> str:
    return name.rsplit("__mutmut_", 1)[0]


_INDEX: dict[int, tuple[dict, dict[str, dict[str, str]]]] = {}  # id(listed) -> (listed, index)


def _by_function(listed: dict[str, tuple[str, str]]) -> dict[str, dict[str, str]]:
    """function -> {fingerprint: the listed name}, made once per list."""
    if id(listed) not in _INDEX:
        index: dict[str, dict[str, str]] = {}
        for name, (fp, _) in listed.items():
            if fp:
                index.setdefault(_function(name), {})[fp] = name
        _INDEX[id(listed)] = (listed, index)  # the list kept alive: its id is not reused
    return _INDEX[id(listed)][1]


def match(name: str, path: str, listed: dict[str, tuple[str, str]]) -> str | None:
    """The listed line (its name) whose change this mutant makes in the same function, under
    its own number or another one: mutmut numbers a function's mutants in order, so the numbers
    shift when the function changes, and a line written for `_cues_of__mutmut_114` holds for
    `_cues_of__mutmut_116` when that makes the same change. None when no line does."""
    wanted = _by_function(listed).get(_function(name))
    return wanted.get(fingerprint(name, path)) if wanted else None


def confirmed(name: str, path: str, listed: dict[str, tuple[str, str]]) -> bool:
    """A listed line holds for the mutant's change (see match)."""
    return match(name, path, listed) is not None
