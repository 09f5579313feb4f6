"""Durability by the order of operations, not by timing: every fsync, rename, link and
open-for-writing of an ingest or a rollback is recorded (a fault-injection layer over os and
io), and the record must show that a file was made durable before the name that publishes it,
and that the new name was made durable itself (its directory fsynced) before the next step.

On DuckLake the catalog (versions, state, the ledger's facts) is written by DuckDB in its own
transactions; what the project still writes itself are the raw upload (raw/), the rejected rows
(rejects/) and the Parquet file of accepted rows it places in the lake's folder for the commit
to register. Rules, for every write under the data directory (staging/, the work in progress,
excepted):
- A rename (os.replace, os.rename) moves a file that was fsynced after its last opening for
  writing: otherwise a crash after the rename can leave the name pointing at lost data.
- The directory that received the name is fsynced after the rename and before the next rename
  and before the ingest returns: otherwise the rename itself can be lost, and a later step (the
  commit that registers the file) would name something that is not there.
"""

from __future__ import annotations

import builtins
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import csv_bytes

from pipelines.ingest import ingest
from pipelines.store import Store

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC


def _fd_path(fd: int) -> str:
    return os.path.realpath(os.readlink(f"/proc/self/fd/{fd}"))


def _real(path: object) -> str:
    return os.path.realpath(os.fspath(path))


@dataclass
class Journal:
    """What the process did to files, in order: (operation, path, second path or '')."""

    events: list[tuple[str, str, str]] = field(default_factory=list)

    def under(self, root: Path) -> list[tuple[str, str, str]]:
        base = _real(root)
        staging = os.path.join(base, "staging")

        def within(path: str) -> bool:
            return path == base or path.startswith(base + os.sep)

        inside = [e for e in self.events if within(e[1]) or within(e[2])]
        return [e for e in inside if not (e[0] == "rename" and e[2].startswith(staging + os.sep))]


@pytest.fixture
def journal(monkeypatch) -> Journal:
    """Record fsync, rename, link and every opening for writing (Linux: /proc names an fd)."""
    log = Journal()
    real_fsync, real_replace, real_rename = os.fsync, os.replace, os.rename
    real_link, real_os_open, real_open = os.link, os.open, builtins.open

    def fsync(fd):
        log.events.append(("fsync", _fd_path(fd), ""))
        return real_fsync(fd)

    def replace(src, dst, *args, **kwargs):
        result = real_replace(src, dst, *args, **kwargs)
        log.events.append(("rename", _real(src), _real(dst)))
        return result

    def rename(src, dst, *args, **kwargs):
        result = real_rename(src, dst, *args, **kwargs)
        log.events.append(("rename", _real(src), _real(dst)))
        return result

    def link(src, dst, *args, **kwargs):
        result = real_link(src, dst, *args, **kwargs)
        log.events.append(("link", _real(src), _real(dst)))
        return result

    def os_open(path, flags, *args, **kwargs):
        fd = real_os_open(path, flags, *args, **kwargs)
        if flags & WRITE_FLAGS:
            log.events.append(("write", _fd_path(fd), ""))
        return fd

    def open_(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        if isinstance(file, (str, bytes, os.PathLike)) and any(m in mode for m in "wax+"):
            log.events.append(("write", _real(file), ""))
        return fh

    for name, fn in (("fsync", fsync), ("replace", replace), ("rename", rename), ("link", link),
                     ("open", os_open)):  # fmt: skip
        monkeypatch.setattr(os, name, fn)
    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(io, "open", open_)
    return log


def durability_faults(events: list[tuple[str, str, str]]) -> list[str]:
    """Every breach of the module's rules in `events` (one line each)."""
    faults = []
    synced: dict[str, int] = {}  # path -> index of its last fsync
    written: dict[str, int] = {}  # path -> index of its last opening for writing
    pending: dict[str, str] = {}  # directory -> the name renamed into it, not yet durable
    for i, (op, path, other) in enumerate(events):
        if op == "fsync":
            synced[path] = i
            pending.pop(path, None)
        elif op == "write":
            written[path] = i
        elif op == "rename":
            faults += [f"{name} was renamed into place before {d} was fsynced" for d, name in pending.items()]
            pending.clear()
            if synced.get(path, -1) <= written.get(path, -1) or path not in synced:
                faults.append(f"{other} was renamed into place from {path} without an fsync of its data")
            pending[os.path.dirname(other)] = other
            synced[other], written[other] = synced.get(path, -1), written.get(path, -1)
    faults += [
        f"{name} was renamed into place and its directory {d} never fsynced" for d, name in pending.items()
    ]
    return faults


def _uitgaven(*rows: tuple[str, ...]) -> bytes:
    header = ["boeking_id", "boekingsdatum", "begrotingsjaar", "fase", "stroom", "begunstigde", "bedrag"]
    return csv_bytes([header, *[list(r) for r in rows]])


GOOD = ("B1", "01/03/2023", "2023", "vastlegging", "coordinatie_vvsg", "VVSG", "1.000,00")
BAD = ("B2", "31/02/2023", "2023", "vastlegging", "coordinatie_vvsg", "VVSG", "1.000,00")  # no such day


def test_every_file_is_durable_before_the_name_that_publishes_it(data_dir, journal):
    result = ingest("uitgaven", _uitgaven(GOOD, BAD), file_name="u.csv", data_dir=data_dir, user="test")
    assert result.status == "published" and result.rows_rejected == 1
    events = journal.under(data_dir)
    assert durability_faults(events) == []
    renamed = {os.path.relpath(os.path.dirname(e[2]), _real(data_dir)) for e in events if e[0] == "rename"}
    # what the rules were checked on: the raw upload, its rejected rows and the accepted rows
    # placed in the lake's folder (the catalog's commit registers them)
    assert renamed == {"raw", "rejects", "lake/main/uitgaven"}


def test_a_refused_upload_and_a_rollback_are_durable_too(data_dir, journal):
    ingest("uitgaven", _uitgaven(GOOD), file_name="u.csv", data_dir=data_dir, user="test")
    store = Store(data_dir)
    first = store.current_version()
    ingest("uitgaven", _uitgaven(GOOD, ("B3", *GOOD[1:])), file_name="u2.csv", data_dir=data_dir, user="test")
    refused = ingest("uitgaven", _uitgaven(BAD), file_name="bad.csv", data_dir=data_dir, user="test")
    assert refused.status == "refused"
    with store.write_lock():
        store.rollback(first, "test")
    assert store.current()["datasets"]["uitgaven"]["rows"] == 1
    store.close()
    events = journal.under(data_dir)
    assert durability_faults(events) == []
    assert any(e[0] == "rename" and "/raw/" in e[2] for e in events[-8:])  # the refused file is kept


def test_the_project_writes_no_file_of_its_own_beside_raw_rejects_and_the_lake(data_dir, journal):
    """The ledger's facts (every attempt, refused ones included) are in the catalog, written in
    DuckLake transactions: outside staging/ every file the project itself opens for writing is
    a temporary name that the rules above then see renamed into raw/, rejects/ or the lake."""
    ingest("uitgaven", _uitgaven(GOOD), file_name="u.csv", data_dir=data_dir, user="test")
    ingest("uitgaven", _uitgaven(BAD), file_name="bad.csv", data_dir=data_dir, user="test")
    events = journal.under(data_dir)
    renamed_from = {e[1] for e in events if e[0] == "rename"}
    staging = os.path.join(_real(data_dir), "staging") + os.sep
    lock = os.path.join(_real(data_dir), ".lock")  # the local write lock: no data in it
    written = {e[1] for e in events if e[0] == "write" and not e[1].startswith(staging) and e[1] != lock}
    assert written <= renamed_from, written - renamed_from


@pytest.mark.parametrize(
    ("events", "fault"),
    [
        ([("write", "/d/.m.tmp", ""), ("rename", "/d/.m.tmp", "/d/m.json"), ("fsync", "/d", "")],
         "without an fsync of its data"),
        ([("fsync", "/d/.m.tmp", ""), ("write", "/d/.m.tmp", ""), ("rename", "/d/.m.tmp", "/d/m.json"),
          ("fsync", "/d", "")], "without an fsync of its data"),
        ([("write", "/d/a", ""), ("fsync", "/d/a", ""), ("rename", "/d/a", "/d/f/a"),
          ("write", "/d/b", ""), ("fsync", "/d/b", ""), ("rename", "/d/b", "/d/m.json"), ("fsync", "/d", "")],
         "before /d/f was fsynced"),
        ([("write", "/d/a", ""), ("fsync", "/d/a", ""), ("rename", "/d/a", "/d/m.json")], "never fsynced"),
    ],
)  # fmt: skip
def test_the_rules_see_each_kind_of_fault(events, fault):
    faults = durability_faults(events)
    assert len(faults) == 1 and fault in faults[0]
    good = [
        ("write", "/d/a", ""),
        ("fsync", "/d/a", ""),
        ("rename", "/d/a", "/d/m.json"),
        ("fsync", "/d", ""),
    ]
    assert durability_faults(good) == []
