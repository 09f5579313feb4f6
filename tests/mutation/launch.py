"""`mutmut` with two kinds of mutant left out, each equivalent by construction.

mutmut changes the case of every string literal ('SELECT' -> 'select', 'utf-8' -> 'UTF-8').
Two kinds of such a change cannot alter behaviour, and each would survive at the full cost of
its tests, so they are not generated:

- SQL text whose case changes only outside its quoted literals: DuckDB's keywords, function
  names and identifiers are case-insensitive ('ORDER BY canon' is 'order by CANON'). A change
  inside a quoted literal ('vastlegging' -> 'VASTLEGGING') is a real mutant and is kept.
- the name of a text encoding ('utf-8' and 'UTF-8' are one codec);
- the name of a query parameter that the module's SQL uses as `$name` (DuckDB matches them
  case-insensitively: {"lines": ...} is {"LINES": ...}).

And these changes to what is run:

- a mutant that tests/mutation/equivalent.txt lists as equivalent, with the fingerprint of its
  change, is not run (equivalents.py); it is marked skipped (mutmut's exit code 34) and the
  report counts it as equivalent;
- the tests: mutmut runs the test files of selection.py once (its
  `pytest_add_cli_args_test_selection`), and each mutant runs, of the tests that reached its
  function, those in its own module's files (selection.py says why);
- a worker runs its mutant's tests on the tests the fork server collected once, not in a pytest
  session of its own (items.py says what that buys);
- mutmut's run of the tests without a mutant is left out when this run has just collected the
  stats of every test, which ran the same tests and stops on a failure (_install says more).

Everything else is mutmut 3.8.1 as it is: `python tests/mutation/launch.py run` is `mutmut run`.
"""

from __future__ import annotations

import codecs
import os
import re
import subprocess
import sys
from pathlib import Path

# Words that only SQL text has (upper case as the project writes SQL, or its functions).
SQL_WORD = re.compile(
    r"\b(SELECT|FROM|WHERE|JOIN|CREATE|INSERT|UPDATE|DELETE|GROUP BY|ORDER BY|CASE WHEN|IS NULL|IS NOT NULL"
    r"|AND|OR|NOT|UNION|DISTINCT|COPY|DESCRIBE|PARTITION BY|ANTI JOIN|SEMI JOIN|TEMP TABLE|TEMP VIEW"
    r"|concat_ws|coalesce|unnest|list_contains|regexp_\w+|read_parquet|read_csv|count\(\*\))\b"
)
QUOTED = re.compile(r"'(?:[^']|'')*'")
PARAMETER = re.compile(r"\$([a-z_][a-z0-9_]*)")
_parameters: set[str] = set()  # the $names of the module being mutated
SKIPPED = 34  # mutmut's exit code for a mutant it did not run


def _body(literal: str) -> str:
    """The text of a Python string literal's source, without prefix and quotes."""
    start = min(i for i in (literal.find('"'), literal.find("'")) if i != -1)
    return literal[start + 1 : -1]


def case_equivalent(original: str, mutated: str) -> bool:
    """True when `mutated` (a literal's source) differs from `original` by case alone, and that
    difference cannot matter: outside the quoted literals of SQL text, or in an encoding name."""
    a, b = _body(original), _body(mutated)
    if a == b or a.lower() != b.lower():
        return False
    if a in _parameters:
        return True
    try:
        if codecs.lookup(a).name == codecs.lookup(b).name:
            return True
    except LookupError:
        pass
    if not SQL_WORD.search(a):
        return False
    return [m.group() for m in QUOTED.finditer(a)] == [m.group() for m in QUOTED.finditer(b)]


def _install() -> None:
    import libcst as cst
    from mutmut.mutation import file_mutation, mutators

    create_mutations = file_mutation.create_mutations

    def create_mutations_of(filename, code, *args, **kwargs):
        _parameters.clear()
        _parameters.update(PARAMETER.findall(code))
        return create_mutations(filename, code, *args, **kwargs)

    file_mutation.create_mutations = create_mutations_of

    original = mutators.operator_string

    def operator_string(node: cst.BaseString):
        for mutated in original(node):
            if not (isinstance(node, cst.SimpleString) and case_equivalent(node.value, mutated.value)):
                yield mutated

    operators = mutators.mutation_operators
    operators[:] = [(kind, operator_string if op is original else op) for kind, op in operators]

    import mutmut.__main__ as main

    collect = main.collect_source_file_mutation_data

    def collect_without_equivalents(*, mutant_names):
        import equivalents

        listed = equivalents.load()
        mutants, by_path = collect(mutant_names=mutant_names)
        out = []
        for data, name, result in mutants:
            if result is None and equivalents.confirmed(name, str(data.path), listed):
                data.exit_code_by_key[name] = SKIPPED
                data.save()
                result = SKIPPED
            out.append((data, name, result))
        return out, by_path

    main.collect_source_file_mutation_data = collect_without_equivalents

    import selection
    from mutmut.configuration import config
    from mutmut.state import state

    config().pytest_add_cli_args_test_selection = selection.arguments()
    collect_stats = main.collect_or_load_stats

    def collect_stats_of_own_tests(*args, **kwargs):
        collect_stats(*args, **kwargs)
        selection.restrict(state().tests_by_mangled_function_name)

    main.collect_or_load_stats = collect_stats_of_own_tests

    import items
    from mutmut.workers import isolation

    isolation.PytestRunner = items.CollectedRunner

    # After its stats run mutmut runs the tests once more, without a mutant, to see them pass.
    # When this run collected the stats of every test, that was the same check (mutmut stops
    # when a test fails there): about a minute and a half saved. Stats loaded from an earlier run,
    # or collected for new tests only, still get the clean run.
    full_stats: list[bool] = []
    run_stats = main.run_stats_collection

    def run_stats_collection(runner, tests=None):
        run_stats(runner, tests)
        full_stats.append(tests is None)

    main.run_stats_collection = run_stats_collection
    make_runner = main.get_mutant_runner

    def get_mutant_runner(*args, **kwargs):
        runner = make_runner(*args, **kwargs)
        clean = runner.run_clean_tests
        runner.run_clean_tests = lambda tests: 0 if full_stats == [True] else clean(tests)
        return runner

    main.get_mutant_runner = get_mutant_runner


def run_mutmut(workers: int, append: bool = False) -> int:
    """`launch.py run` in a process of its own, its output in mutants/mutmut.log (added to it
    with `append`); its exit code. Without PYTHONPATH: the tests import the mutated copy in
    mutants/, nothing else."""
    project = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    command = [sys.executable, str(Path(__file__).resolve()), "run", "--max-children", str(workers)]
    with open(project / "mutants" / "mutmut.log", "ab" if append else "wb") as log:
        return subprocess.run(command, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT).returncode


if __name__ == "__main__":
    _install()
    # published fixtures made once for the whole run (tests/published.py)
    os.environ.setdefault("VAPA_FIXTURE_CACHE", str(Path("mutants", ".fixtures").resolve()))
    # snapshots and query results, read once for the read side's mutants (readcache.py)
    os.environ.setdefault("MUTATION_READ_CACHE", str(Path("mutants", ".read-cache").resolve()))
    # what each test uses of the SQL, recorded for the SQL pass while mutmut runs the tests (sql.USED)
    os.environ.setdefault("MUTATION_SQL_USED", str(Path("mutants", "sql-used.json").resolve()))
    from mutmut.__main__ import cli

    sys.argv[0] = "mutmut"
    cli()
