"""tests/MUTANTS.md from the results of a mutation run: mutmut's (mutants/**/*.meta), the SQL
pass's (mutants/sql-results.json), the planted bugs and tests/mutation/equivalent.txt."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mutation import equivalents as eq
from mutation import items, selection, sql
from mutation.planted import Outcome

PROJECT = Path(__file__).resolve().parents[2]
MUTANTS = PROJECT / "mutants"
REPORT = PROJECT / "tests" / "MUTANTS.md"
GOAL = 0.90

# mutmut's exit codes (mutmut/stats.py) -> what they mean here
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped", 36: "timeout",
          -24: "timeout", 24: "timeout", 152: "timeout", 255: "timeout", -9: "killed"}  # fmt: skip
# Any other code is "suspicious" and counts as not killed: a segfault (-11) is the forked worker
# crashing (DuckDB's threads do not survive a fork of a process that ran them), not a test failing.
SQL_GROUPS = (
    ("rules:", "SQL: the rules' macros (pipelines/rules.py)"),
    ("file:dashboard/queries/_filters.sql", "SQL: dashboard/queries/_filters.sql"),
    ("file:dashboard/queries/", "SQL: dashboard/queries/*.sql"),
    ("file:pipelines/sql/", "SQL: pipelines/sql/macros.sql"),
    ("contract:", "SQL: the contract's checks (pipelines/contract.py)"),
)


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    survivors: list[str] = field(default_factory=list)

    def add(self, name: str, status: str, equivalent: bool) -> None:
        """Count one mutant; `equivalent`: listed in equivalent.txt for the change it makes."""
        if status in ("survived", "no tests", "skipped") and equivalent:
            status = "equivalent"
        self.counts[status] += 1
        if status in ("survived", "no tests", "skipped"):
            self.survivors.append(f"{name} ({status})")

    @property
    def killed(self) -> int:
        return self.counts["killed"] + self.counts["timeout"]

    @property
    def judged(self) -> int:
        """Every mutant but the equivalent ones: one that was not checked counts as not killed."""
        return sum(self.counts.values()) - self.counts["equivalent"]

    @property
    def rate(self) -> float:
        return self.killed / self.judged if self.judged else 1.0


def mutmut_tallies(listed: dict[str, tuple[str, str]], stale: list[str]) -> dict[str, Tally]:
    out: dict[str, Tally] = {}
    matched: set[str | None] = set()
    for meta in sorted(MUTANTS.glob("**/*.py.meta")):
        module = str(meta.relative_to(MUTANTS))[: -len(".meta")]
        tally = out.setdefault(module, Tally())
        data = json.loads(meta.read_text(encoding="utf-8"))
        for name, code in data["exit_code_by_key"].items():
            status = "not checked" if code is None else STATUS.get(code, "suspicious")
            hit = eq.match(name, module, listed) if status in ("survived", "no tests", "skipped") else None
            matched.add(hit)
            tally.add(name, status, hit is not None)
    # the lines for a module with results whose change no unkilled mutant makes now
    stale += sorted(n for n, (fp, _) in listed.items() if fp and n not in matched
                    and selection.module_of(eq._function(n)) in out)  # fmt: skip
    return out


def time_per_module() -> list[str]:
    """Where the mutants' time went (mutants/mutant-times.jsonl, written as mutmut's workers run
    them, items.py): per module, the mutants run there and their seconds, worker time (two
    workers run at once). Nothing when the run wrote no times."""
    path = MUTANTS / items.TIMES
    if not path.exists():
        return []
    runs: dict[str, list[float]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        module = selection.module_of(entry["mutant"].rsplit("__mutmut_", 1)[0])
        runs.setdefault(module, []).append(entry["seconds"])
    total = sum(sum(s) for s in runs.values())
    rows = [
        f"| {m} | {len(s)} | {sum(s) / 60:.1f} | {sum(s) / len(s):.2f} | {max(s):.1f} |"
        for m, s in sorted(runs.items(), key=lambda item: -sum(item[1]))
    ]
    return [
        "## Where mutmut's time went",
        "",
        "The seconds each mutant's tests took in its worker, per module (two workers run at once;",
        "mutmut's own runs of the tests before the mutants are not in it).",
        "",
        "| module | mutants run | worker minutes | seconds a mutant | slowest mutant (s) |",
        "|---|---:|---:|---:|---:|",
        *rows,
        f"| **all** | {sum(len(s) for s in runs.values())} | {total / 60:.1f} | | |",
        "",
    ]


def sql_tallies(listed: dict[str, tuple[str, str]]) -> dict[str, Tally]:
    path = MUTANTS / "sql-results.json"
    out: dict[str, Tally] = {}
    if not path.exists():
        return out
    for result in json.loads(path.read_text(encoding="utf-8"))["results"]:
        group = next(label for prefix, label in SQL_GROUPS if result["source"].startswith(prefix))
        out.setdefault(group, Tally()).add(sql.name(result), result["status"], sql.name(result) in listed)
    return out


def mutated_modules() -> list[str]:
    """The modules mutmut is told to mutate (pyproject.toml, only_mutate)."""
    import tomllib

    config = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    return list(config["only_mutate"])


def not_mutated() -> list[str]:
    """The lines excluded with `# pragma: no mutate`, with the reason written after it."""
    out = []
    for module in mutated_modules():
        for n, line in enumerate((PROJECT / module).read_text(encoding="utf-8").splitlines(), start=1):
            found = re.search(r"# pragma: no mutate(?: block| start)?:?\s*(.*)", line)
            if found:
                out.append(f"| `{module}:{n}` | {found.group(1) or '(no reason given)'} |")
    return out


def write(header: list[str], planted: list[Outcome]) -> tuple[str, bool]:
    """Write tests/MUTANTS.md; returns its text and whether every goal is met."""
    listed, stale = eq.load(), []
    tallies = {**mutmut_tallies(listed, stale), **sql_tallies(listed)}
    rows, met = _rows(tallies)
    ok = met and all(o.caught and o.clean_passes for o in planted)
    lines = [
        "# Mutation testing",
        "",
        "Written by `make mutate` (tests/mutation/README.md); do not edit by hand.",
        "",
        *header,
        "",
        "## Per module",
        "",
        "Killed % = (killed + timeout) / (all - equivalent): a mutant no test ran, or that was not",
        "checked, counts as surviving. Goal: at least 90 % in every module.",
        "",
        "| module | mutants | killed | timeout | survived | equivalent | no tests | not checked | killed % |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
        *time_per_module(),
        "## The bugs of issue 32, planted one at a time (tests/mutation/planted.py)",
        "",
        "| bug | planted in | caught by |",
        "|---|---|---|",
        *[f"| {o.bug.what} | `{o.bug.path}` | {_caught(o)} |" for o in planted],
        "",
        "## Equivalent mutants (tests/mutation/equivalent.txt)",
        "",
        "No behaviour tells these apart from the original code; they are not run (see equivalents.py).",
        "",
        "| mutant | why it is equivalent |",
        "|---|---|",
        *[f"| `{name}` | {reason} |" for name, (_, reason) in sorted(listed.items()) if name not in stale],
        "",
        "Lines of equivalent.txt whose change no mutant left unkilled makes now (the code changed, or a test",
        "kills it since): to be judged again or taken out:",
        "",
        *([f"- `{name}`" for name in stale] or ["None."]),
        "",
        "## Lines not mutated (`# pragma: no mutate`)",
        "",
        "| line | why |",
        "|---|---|",
        *not_mutated(),
        "",
        "## Survivors",
        "",
        *([f"- `{s}`" for t in tallies.values() for s in t.survivors] or ["None."]),
        "",
    ]
    text = "\n".join(lines)
    REPORT.write_text(text, encoding="utf-8")
    return text, ok


def _rows(tallies: dict[str, Tally]) -> tuple[list[str], bool]:
    """The table's rows (every module, the ones configured but without results as not run, and
    the total) and whether every module is at the goal."""
    rows, total = [], Tally()
    for module, t in tallies.items():
        total.counts.update(t.counts)
        rows.append(_row(module, t))
    unrun = [m for m in mutated_modules() if m not in tallies]  # configured, but no results at all
    rows += [f"| {m} | not run | | | | | | | |" for m in unrun]
    rows.append(_row("**all**", total))
    return rows, not unrun and all(t.rate >= GOAL for t in tallies.values())


def _row(module: str, t: Tally) -> str:
    c = t.counts
    total = sum(c.values())
    return (
        f"| {module} | {total} | {c['killed']} | {c['timeout']} | {c['survived']} | {c['equivalent']} | "
        f"{c['no tests']} | {c['not checked']} | {100 * t.rate:.1f} |"
    )


def _caught(o: Outcome) -> str:
    if not o.clean_passes:
        return "**the tests fail without the bug too**"
    if not o.caught:
        return "**not caught**"
    return ", ".join(f"`{t}`" for t in o.failed) or "(failed)"
