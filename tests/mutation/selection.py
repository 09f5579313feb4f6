"""Which tests a mutant runs: its module's own test files, declared here once.

mutmut runs, for each mutant, every test that reached the mutated function when the suite ran
once. The ingest's and the pages' tests reach nearly everything: a staging function was reached
by 186 tests (bad-input corpus, ingest, pages), about five minutes of tests for every mutant
that survives them, and `make mutate` took hours. So each module's mutants run only the test
files below (as `recheck` does): the tests written for what that module shows a user (a
figure, a verdict, a row accepted or refused with its reason, a date's format), which run in
seconds. mutmut still picks, within those files, only the tests that reach the function.

This can only lower the score: a mutant that only a test elsewhere would kill counts as
surviving here, and gets a test in its module's files or a reason in equivalent.txt.
"""

from __future__ import annotations

TESTS: dict[str, tuple[str, ...]] = {  # module -> the test files that hold its user-facing tests
    "dashboard/answer.py": ("tests/test_answer_blocks.py", "tests/test_answer.py"),
    "dashboard/answer_docx.py": ("tests/test_answer_files.py",),
    "dashboard/answer_xlsx.py": ("tests/test_answer_files.py",),
    "dashboard/evaluation.py": (
        "tests/test_logic_model.py",
        "tests/test_evaluation_summary.py",
        "tests/test_evaluation.py",
    ),
    "dashboard/format.py": ("tests/test_format.py",),
    "dashboard/question.py": ("tests/test_question.py",),
    "dashboard/tables.py": ("tests/test_tables.py", "tests/test_contract.py"),
    "pipelines/characters.py": ("tests/test_keys.py", "tests/test_format.py", "tests/test_staging.py"),
    "pipelines/contract.py": ("tests/test_contract.py", "tests/test_staging.py"),
    "pipelines/conventions.py": ("tests/test_staging.py",),
    "pipelines/keys.py": ("tests/test_keys.py", "tests/test_staging.py"),
    "pipelines/plainkeys.py": ("tests/test_keys.py",),
    "pipelines/rules.py": ("tests/test_rules.py", "tests/test_tables.py"),
    "pipelines/staging.py": ("tests/test_staging.py",),
    "pipelines/store.py": ("tests/test_store.py", "tests/test_durability.py", "tests/test_store_history.py"),
}


# In-process tests only: mutmut learns which test reaches which function by tracing its own
# process, so a test whose work runs in a subprocess (the CLI) is never chosen for the code it
# runs there; it would only be run, at its full cost, for the setup it does in process.
LEFT_OUT = (
    "--deselect=tests/test_question.py::test_cli_json_is_the_documented_document",
    "--deselect=tests/test_question.py::test_cli_summary_in_dutch",
    "--deselect=tests/test_question.py::test_cli_reads_a_word_file_and_windows_1252",
    "--deselect=tests/test_question.py::test_cli_refusals",
    "-m",
    "not browser and not shared",
)


def files() -> list[str]:
    """Every test file some module's mutants run, and SQL_EXTRA."""
    return sorted({name for names in TESTS.values() for name in names} | set(SQL_EXTRA))


def arguments() -> list[str]:
    """pytest's arguments for the run that learns which test reaches which function (mutmut's
    `pytest_add_cli_args_test_selection`), which also records what the SQL pass needs, and for
    the SQL pass."""
    return [*files(), *LEFT_OUT]


# Run for the SQL pass only: the rows and figures at the boundaries of every rule (issue 32),
# which reach the contract's checks, the value parsers and the queries. No Python module's
# mutants run them (they are in no module's files), but mutmut's run that learns what the tests
# reach runs them too: the SQL pass records what they use there (sql.USED).
SQL_EXTRA = ("tests/test_boundaries.py",)


def module_of(function: str) -> str:
    """The source file of a function as mutmut names it: 'pipelines.staging.x__load' and
    'pipelines.staging.xǁ_Paramsǁ__call__' are in 'pipelines/staging.py'."""
    return function.rsplit(".", 1)[0].replace(".", "/") + ".py"


def restrict(tests_by_function: dict[str, set[str]]) -> None:
    """Keep, for each function, only the tests in its module's files (in place)."""
    for function, tests in tests_by_function.items():
        own = TESTS.get(module_of(function), ())
        tests_by_function[function] = {t for t in tests if t.split("::", 1)[0] in own}
