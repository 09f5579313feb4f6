"""Concurrency across hosts: PostgreSQL and SeaweedFS in a server network namespace, two writer
hosts and a reader host, each a network namespace of its own joined by veth pairs to a bridge
(`ip netns`, as root; nothing can leave: the namespaces have no route out).

Four publishers (two per writer host, each host with its own data folder and lock, no lock
shared between hosts) append distinct bookings to the same dataset at once. No row may be
lost or doubled, and the reader, polling all the while, sees only whole snapshots: every read's
row counts equal the counts that publication's state records."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import time

import figures
import pytest
from conftest import PROJECT, cli_env
from services import missing, start_postgres, start_seaweed
from test_ingest import csv_file, row

PART = "concurrency"
ROWS = 3_000  # per publisher
NET = "10.231.77"
READER = """
import json, sys, time
from pathlib import Path
from dashboard.db import read_snapshot
from pipelines import lake
from pipelines.store import Store
root, stop, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
store = Store(root)
seen, errors = [], []
while not stop.exists():
    try:
        snap = read_snapshot(root)
        rows = store.entries(snap.version)
        with lake.file_reader(store.conf) as con:
            counts = {n: con.execute("SELECT count(*) FROM read_parquet($f)", {"f": list(f)}).fetchone()[0]
                      for n, f in snap.files}
        seen.append([snap.version, counts == {n: e["rows"] for n, e in rows.items()}, counts.get("uitgaven", 0)])
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {str(exc)[:200]}")
    time.sleep(0.05)
out.write_text(json.dumps({"seen": seen, "errors": errors}))
"""


def sh(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


@pytest.fixture
def hosts(tmp_path):
    """The network: namespace names of the server, two writers and the reader."""
    if os.geteuid() != 0 or not shutil.which("ip"):
        missing("root and `ip` (network namespaces)", "run as root with iproute2 (apt-get install iproute2)")
    tag = secrets.token_hex(3)
    names = {role: f"vapa-{role}-{tag}" for role in ("srv", "w1", "w2", "rd")}
    try:
        for name in names.values():
            sh("ip", "netns", "add", name)
            sh("ip", "-n", name, "link", "set", "lo", "up")
        srv = names["srv"]
        sh("ip", "-n", srv, "link", "add", "br0", "type", "bridge")
        sh("ip", "-n", srv, "addr", "add", f"{NET}.1/24", "dev", "br0")
        sh("ip", "-n", srv, "link", "set", "br0", "up")
        for n, role in enumerate(("w1", "w2", "rd"), start=2):
            sh(
                "ip",
                "-n",
                srv,
                "link",
                "add",
                f"to-{role}",
                "type",
                "veth",
                "peer",
                "name",
                "eth0",
                "netns",
                names[role],
            )
            sh("ip", "-n", srv, "link", "set", f"to-{role}", "master", "br0")
            sh("ip", "-n", srv, "link", "set", f"to-{role}", "up")
            sh("ip", "-n", names[role], "addr", "add", f"{NET}.{n}/24", "dev", "eth0")
            sh("ip", "-n", names[role], "link", "set", "eth0", "up")
        yield names
    finally:
        for name in names.values():
            subprocess.run(["ip", "netns", "del", name], capture_output=True)


def in_ns(ns: str, *args: str, env: dict[str, str], **popen) -> subprocess.Popen:
    return subprocess.Popen(["ip", "netns", "exec", ns, *args], cwd=PROJECT, env=env, **popen)


def test_four_publishers_on_two_hosts_and_a_reader_on_a_third(hosts, tmp_path):
    pg = start_postgres(host=f"{NET}.1", netns=hosts["srv"])
    sw = start_seaweed(host=f"{NET}.1", netns=hosts["srv"])
    try:
        settings = {
            "VAPA_CATALOG": pg.catalog(pg.new_database()),
            "VAPA_DATA_PATH": sw.new_prefix(),
            **sw.settings(),
        }
        base = tmp_path / "base.csv"
        base.write_bytes(csv_file("uitgaven", [row("uitgaven", boeking_id="O-1")]))
        first = in_ns(hosts["w1"], sys.executable, "-m", "pipelines", "ingest", "uitgaven", str(base),
                      env=cli_env(tmp_path / "w1", **settings), stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        assert first.wait(timeout=120) == 0, first.stderr.read()
        stop, seen = tmp_path / "stop", tmp_path / "seen.json"
        reader = in_ns(hosts["rd"], sys.executable, "-c", READER, str(tmp_path / "rd"), str(stop), str(seen),
                       env=cli_env(tmp_path / "rd", **settings))  # fmt: skip
        publishers = []
        for n, host in enumerate(("w1", "w1", "w2", "w2")):
            path = tmp_path / f"p{n}.csv"
            path.write_bytes(
                csv_file("uitgaven", [row("uitgaven", boeking_id=f"P{n}-{i}") for i in range(ROWS)])
            )
            publishers.append(
                in_ns(hosts[host], sys.executable, "-m", "pipelines", "ingest", "uitgaven", str(path), "--mode",
                      "append", "--json", env=cli_env(tmp_path / host, **settings), stdout=subprocess.PIPE, text=True)
            )  # fmt: skip
        docs = [json.loads(p.communicate(timeout=600)[0]) for p in publishers]
        time.sleep(1.0)
        stop.touch()
        assert reader.wait(timeout=120) == 0
        reads = json.loads(seen.read_text())
        check = in_ns(hosts["rd"], sys.executable, "-m", "pipelines", "export", "uitgaven", "--out",
                      str(tmp_path / "all.csv"), env=cli_env(tmp_path / "rd", **settings))  # fmt: skip
        assert check.wait(timeout=120) == 0
        ids = [
            line.split(";")[0]
            for line in (tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
        ]
        whole = [ok for _, ok, _ in reads["seen"]]
        figures.add(PART, ingests=4, ingests_ok=sum(d["status"] == "published" for d in docs), readers=1,
                    reads=len(whole), errors=len(reads["errors"]), mixed=whole.count(False))  # fmt: skip
        assert [d["status"] for d in docs] == ["published"] * 4, docs
        assert sorted(ids) == sorted(["O-1"] + [f"P{n}-{i}" for n in range(4) for i in range(ROWS)])
        assert reads["errors"] == [] and whole and all(whole)
        assert len({version for version, _, _ in reads["seen"]}) >= 2  # it read while they published
        assert sorted(d["version"] for d in docs) == sorted({d["version"] for d in docs})  # one snapshot each
    finally:
        sw.remove()
        pg.remove()
