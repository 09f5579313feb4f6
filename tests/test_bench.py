"""The benchmark code keeps working: `python -m bench --smoke` at a tiny scale writes a report
with every measurement (speed goals themselves live in bench/RESULTS.md, not in tests)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import PROJECT, SHARED, cli_env

from bench import generate


def test_generator_is_deterministic_and_in_the_belgian_excel_format(tmp_path):
    a = generate.write("uitgaven", generate.SMOKE, tmp_path / "a.csv", "cp1252")
    b = generate.write("uitgaven", generate.SMOKE, tmp_path / "b.csv", "cp1252")
    assert a.read_bytes() == b.read_bytes()
    lines = a.read_bytes().decode("cp1252").split("\r\n")
    assert lines[0] == "sep=;"
    assert lines[1].startswith("boeking_id;boekingsdatum;begrotingsjaar;fase")
    assert len(lines) == 2 + generate.SMOKE.uitgaven + 1  # and a final line ending
    fields = lines[2].split(";")
    assert fields[1][2] == "/" and fields[1][5] == "/"  # dd/mm/jjjj
    assert "," in fields[7] and fields[7].count(",") == 1  # decimal comma
    assert "€" in a.read_bytes().decode("cp1252") or "“" in a.read_bytes().decode("cp1252")


@pytest.mark.timeout(900)  # every benchmark, each in fresh interpreters, on a shared machine
def test_smoke_benchmark_writes_every_measurement(tmp_path):
    out = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--out", str(out), "--work", str(tmp_path / "work")],
        cwd=PROJECT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=880,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    for key in ("P1", "P2", "P3 overzicht", "P3 kaart", "P3 evaluatie", "P5", "L1 demo", "L1 100x", "L2"):
        assert f"| {key} |" in text
    assert "Machine:" in text and "duckdb" in text
    if (SHARED / "geo").is_dir() and __import__("pathlib").Path("/usr/bin/chromium").exists():
        assert "| P4 bytes |" in text and "| P4 tijd |" in text
    else:
        assert "niet gemeten" in text
