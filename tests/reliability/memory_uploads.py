"""Thirty uploads in a row in one process, as the Streamlit server runs them; prints its RSS.

Run as a script (tests/reliability/test_memory.py starts it in a subprocess, so the test
runner's own memory does not count):

    python tests/reliability/memory_uploads.py DATA_DIR FILE [--uploads 30]

FILE is an uitgaven export just under the size limit (`largest_file`, written by the test so that
building it does not leave freed memory behind in this process). Each upload is what the upload
page (views/opladen.py) does in the server process with the file's bytes: read the headers and recognise the dataset, the
check (a dry run of pipelines.ingest), the publish (replace), then the history tab's status. The
bytes differ per upload (one booking key), so every upload is a real new version. After each
upload one JSON line: {"upload": n, "rss_mb": ..., "file_mb": ..., "seconds": ...}; VmRSS from
/proc/self/status.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(PROJECT), str(Path(__file__).resolve().parent)]

from bulk import HEADER, uitgaven_rows  # noqa: E402

from pipelines import upload  # noqa: E402
from pipelines.exports import status  # noqa: E402
from pipelines.ingest import ingest  # noqa: E402
from pipelines.reader import max_bytes  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def largest_file(limit: int) -> bytes:
    """An uitgaven export (Windows-1252, CRLF) of at most `limit` bytes less room for the line
    `upload_bytes` adds."""
    room = limit - 256
    sample = ("\r\n".join(uitgaven_rows(1000, prefix="M", seed=7)) + "\r\n").encode("cp1252")
    n = int(room / (len(sample) / 1000))
    data = ("\r\n".join([HEADER, *uitgaven_rows(n, prefix="M", seed=7)]) + "\r\n").encode("cp1252")
    if len(data) > room:  # later rows are a little longer than the sample: cut whole lines
        data = data[: data.rindex(b"\r\n", 0, room) + 2]
    return data


def upload_bytes(file: bytes, n: int) -> bytes:
    """The file with one booking of its own after the header: new bytes, a new version."""
    header_end = file.index(b"\r\n") + 2
    line = f"U-{n:03d};01/01/2022;2022;vastlegging;overige;Gent;;{n},00;SH0;upload {n}\r\n"
    return file[:header_end] + line.encode("cp1252") + file[header_end:]


def one_upload(data: bytes, name: str, root: str) -> None:
    """What views/opladen.py runs for one file: headers, dataset, the check, the publish."""
    headers = upload.read_headers(data)
    dataset = upload.detect_dataset(headers)
    assert dataset == "uitgaven", headers
    upload.unmatched_headers(dataset, headers)
    upload.remembered_mapping(dataset, headers, root)
    check = ingest(
        dataset, data, file_name=name, mode="replace", data_dir=root, user="geheugen", mapping={},
        dry_run=True, progress=lambda f, t: None,
    )  # fmt: skip
    assert check.valid, (check.status, check.refusal)
    done = ingest(
        dataset, data, file_name=name, mode="replace", data_dir=root, user="geheugen", mapping={},
        dry_run=False, progress=lambda f, t: None,
    )  # fmt: skip
    assert done.published, (done.status, done.refusal)
    status(root)  # the history tab, shown again after the publish


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("file", type=Path)
    parser.add_argument("--uploads", type=int, default=30)
    args = parser.parse_args()
    file = args.file.read_bytes()
    for n in range(1, args.uploads + 1):
        data = upload_bytes(file, n)  # a new bytes object per upload, as Streamlit receives it
        assert len(data) <= max_bytes()
        began = time.monotonic()
        one_upload(data, f"uitgaven-{n}.csv", args.data_dir)
        del data
        print(
            json.dumps(
                {
                    "upload": n,
                    "rss_mb": round(rss_mb(), 1),
                    "file_mb": round(len(file) / 2**20, 2),
                    "seconds": round(time.monotonic() - began, 2),
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
