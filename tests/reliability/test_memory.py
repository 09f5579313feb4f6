"""Memory: thirty uploads in a row of the largest allowed file do not grow the server's memory
without bound.

The uploads run in a subprocess (tests/reliability/memory_uploads.py), the calls the upload
page makes in the Streamlit server process, and report its RSS after each one. By default the
size limit is set to QUICK_MB through VAPA_MAX_UPLOAD_MB so the test stays quick; with
RELIABILITY_FULL=1 the limit is left as configured (200 MB by default, as the server runs):

    RELIABILITY_FULL=1 .venv/bin/python -m pytest -q -s tests/reliability/test_memory.py

(at 200 MB one upload, check plus publish, takes 45 to 100 s on a shared 2-core machine, the run
about 40 minutes, and the data directory in the test's tmp dir grows to some 6 GB, since raw/
keeps every upload). The goal: from upload 5 to upload 30 RSS grows by at most max(50 MB, the
file size), and the highest RSS of the last ten uploads is at most that much above the highest
of uploads 5 to 15 (no steady rise). Measured at 200 MB: 394 to 398 MB after every upload,
growth 0 MB (during an ingest DuckDB's working memory takes it to some 2.5 GB). At 4 MB RSS rises
by some 20 MB over the first twenty uploads and then levels off: glibc's per-thread malloc
arenas holding freed memory of DuckDB's worker threads (gone with MALLOC_ARENA_MAX=2), no leak.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import figures
import pytest
from conftest import PROJECT, cli_env
from memory_uploads import largest_file

from pipelines.reader import DEFAULT_MAX_MB

PART = "memory"
UPLOADS = 30
QUICK_MB = 4
FULL = os.environ.get("RELIABILITY_FULL") == "1"


@pytest.mark.timeout(4 * 3600 if FULL else 300)
def test_thirty_uploads_of_the_largest_file_keep_memory_bounded(tmp_path):
    env = cli_env(tmp_path / "data")
    if not FULL:
        env["VAPA_MAX_UPLOAD_MB"] = str(QUICK_MB)
    limit = int(float(env.get("VAPA_MAX_UPLOAD_MB", DEFAULT_MAX_MB)) * 2**20)
    path = tmp_path / "grootste.csv"
    path.write_bytes(largest_file(limit))
    file_mb = path.stat().st_size / 2**20
    assert file_mb > 0.99 * limit / 2**20  # just under the limit
    run = subprocess.run(
        [
            sys.executable,
            str(PROJECT / "tests" / "reliability" / "memory_uploads.py"),
            str(tmp_path / "data"),
            str(path),
            "--uploads",
            str(UPLOADS),
        ],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=None if FULL else 280,
    )
    rss = [json.loads(line)["rss_mb"] for line in run.stdout.splitlines()]
    limit_mb = max(50.0, file_mb)
    if len(rss) == UPLOADS:
        growth = max(rss[29] - rss[4], max(rss[20:30]) - max(rss[4:15]))
    else:
        growth = float("inf")  # did not get through thirty uploads
    figures.set_(PART, uploads=len(rss), file_mb=file_mb, growth_mb=growth, limit_mb=limit_mb)
    print(f"\nRSS (MB) after each upload of {file_mb:.1f} MB: {rss}")
    assert run.returncode == 0, run.stderr[-3000:]
    assert len(rss) == UPLOADS
    assert growth <= limit_mb, rss
