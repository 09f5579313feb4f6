"""The reliability summary line says ALL CLEAR only when every part ran and met its goal."""

from __future__ import annotations

import figures

CLEAR = {
    "bad input": {
        "files": 58,
        "files_expected": 58,
        "crashes": 0,
        "rows_lost": 0,
        "hostile": 16,
        "hostile_expected": 16,
        "bomb_mb": 400,
        "bomb_s": 0.8,
        "bomb_heap_mb": 3,
    },
    "crash safety": {"kills": 30, "kills_ok": 30, "unreadable": 0, "leftovers": 0},
    "concurrency": {"ingests": 2, "ingests_ok": 2, "readers": 10, "reads": 812, "errors": 0, "mixed": 0},
    "security": {"checks": 12, "checks_ok": 12},
    "memory": {"uploads": 30, "file_mb": 20, "growth_mb": 31, "limit_mb": 150},
}


def test_all_clear_line():
    line = figures.summary_line(CLEAR, {})
    assert line == (
        "RELIABILITY: bad input 58/58 files as expected, 0 crashes, 0 rows lost, 16/16 hostile (look-alike"
        " keys, hidden characters, implausible bookings, workbooks), a 400 MB workbook bomb refused in 0.8 s"
        " (heap 3 MB)"
        " · crash safety 30/30 kills left old or new, 0 unreadable, 0 leftovers after restart"
        " · concurrency 2/2 ingests kept, 10 readers, 812 reads, 0 errors, 0 mixed versions"
        " · security 12/12 checks · memory 30 uploads of 20 MB, growth 31 MB (limit 150 MB) · ALL CLEAR"
    )


def test_a_missed_goal_a_failed_test_or_a_missing_part_is_not_clear():
    lost = {**CLEAR, "bad input": {**CLEAR["bad input"], "rows_lost": 1}}
    assert "NOT CLEAR (bad input: goal missed" in figures.summary_line(lost, {})
    failed = figures.summary_line(CLEAR, {"security": ["tests/reliability/test_security.py::test_x"]})
    assert failed.endswith("NOT CLEAR (security: 1 test(s) failed)")
    partial = {k: v for k, v in CLEAR.items() if k != "memory"}
    assert "memory not run" in figures.summary_line(partial, {})
    assert figures.summary_line(partial, {}).endswith("NOT CLEAR (memory not run)")
    few = {**CLEAR, "bad input": {**CLEAR["bad input"], "files": 12, "files_expected": 12}}
    assert "NOT CLEAR" in figures.summary_line(few, {})
    slow = {**CLEAR, "bad input": {**CLEAR["bad input"], "bomb_s": 19.0}}
    assert "NOT CLEAR (bad input: goal missed" in figures.summary_line(slow, {})


def test_part_of_a_test_id():
    assert figures.part_of("tests/reliability/test_bad_input.py::test_corpus[x]") == "bad input"
    assert figures.part_of("tests/reliability/test_crash_safety.py::test_kills") == "crash safety"
    assert figures.part_of("tests/test_ingest.py::test_x") is None
