"""Shared fixtures: a private data directory per test, CSV builders, and ../shared detection."""

from __future__ import annotations

import contextlib
import functools
import http.server
import io
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from services import postgres, seaweed, service  # noqa: E402, F401 - fixtures of the service tests

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the project")

# DuckDB checks an extension file's signature each time a database loads it, reading and hashing
# the whole file: 0,15 to 0,19 s for DuckLake's and SQLite's 67 MB. The app opens one database
# for its lake and pays that once; a test with a data folder of its own opens one per test. So
# the tests' own process loads the installed wheels' files without that check, and
# test_lake.py::test_the_app_refuses_an_extension_file_whose_signature_is_broken checks that the
# app's setting (PRODUCT_NO_DOWNLOADS) keeps it. The app, the CLI and every process a test starts
# keep the check.
from pipelines import lake  # noqa: E402

PRODUCT_NO_DOWNLOADS = dict(lake.NO_DOWNLOADS)
lake.NO_DOWNLOADS = {**PRODUCT_NO_DOWNLOADS, "allow_unsigned_extensions": True}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data directory, also set as VAPA_DATA_DIR for code that reads the environment."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("VAPA_DATA_DIR", str(path))
    return path


def published(data_dir: Path, dataset: str) -> str:
    """SQL for the rows of `dataset` as now published: its Parquet files in the lake."""
    from pipelines.store import Store

    store = Store(data_dir)
    try:
        version = store.current_version()
        files = store.files(dataset, version) if version and dataset in store.entries(version) else []
    finally:
        store.close()
    assert files, f"nothing published for {dataset}"
    return (
        "read_parquet(["
        + ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        + "], union_by_name = true)"
    )


def current(data_dir: Path) -> dict | None:
    """What is published now (per dataset rows, demo flag, sources), as the store says."""
    from pipelines.store import Store

    store = Store(data_dir)
    try:
        return store.current()
    finally:
        store.close()


def readable(data_dir: Path, dataset: str = "uitgaven") -> tuple[int, int | None, int]:
    """What a reader sees now, as the dashboard reads it: (version, rows of `dataset`, content
    hash of `dataset`); every file of that snapshot must exist and hold the rows its state says."""
    from pipelines import lake
    from pipelines.store import Store

    store = Store(data_dir)
    try:
        version = store.current_version()
        entries = store.entries(version)
        digest = 0
        for name, entry in entries.items():
            files = store.files(name, version)
            assert all("://" in f or Path(f).is_file() for f in files), name
            rows, content = store.content(name, version)
            with lake.file_reader(store.conf) as reader:  # as the dashboard reads them
                direct = reader.execute("SELECT count(*) FROM read_parquet($f)", {"f": files}).fetchone()[0]
            assert rows == entry["rows"] == direct
            digest = content if name == dataset else digest
        return version, (entries.get(dataset) or {}).get("rows"), digest
    finally:
        store.close()


def lake_files(data_dir: Path) -> tuple[set[str], set[str]]:
    """(Parquet files under the lake folder, files some snapshot of some table names)."""
    from pipelines.store import LAKE, Store

    store = Store(data_dir)
    try:
        named: set[str] = set()
        tables = [
            r[0]
            for r in store.sql("SELECT table_name FROM duckdb_tables() WHERE database_name = $d", {"d": LAKE})
        ]
        for (sid,) in store.sql(f"SELECT snapshot_id FROM {LAKE}.snapshots()"):
            for table in tables:
                try:
                    rows = store.con.execute(
                        "SELECT data_file, delete_file FROM ducklake_list_files($l, $t, snapshot_version => $v)",
                        {"l": LAKE, "t": table, "v": sid},
                    ).fetchall()
                except Exception:  # noqa: BLE001 - the table did not exist at that snapshot
                    continue
                named |= {p for row in rows for p in row if p}
        pattern = store.conf.data_path + "**/*.parquet"
        on_disk = {r[0] for r in store.sql("SELECT file FROM glob($p)", {"p": pattern})}
        return on_disk, named
    finally:
        store.close()


def csv_bytes(
    rows: list[list[str]] | list[str],
    sep: str = ";",
    encoding: str = "utf-8",
    newline: str = "\r\n",
    sep_line: bool = False,
) -> bytes:
    """A CSV file as Excel writes it: rows are lists of fields (joined with `sep`, no quoting) or
    ready-made lines (used as they are, for malformed input)."""
    lines = [f"sep={sep}"] if sep_line else []
    for row in rows:
        lines.append(row if isinstance(row, str) else sep.join(row))
    return (newline.join(lines) + newline).encode(encoding)


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[..., Path]:
    """write_file(name, rows, **csv_bytes options) -> path of a CSV file in the test's tmp dir;
    `rows` may also be bytes, written as they are."""

    def _write(name: str, rows: list[list[str]] | list[str] | bytes, **options: object) -> Path:
        path = tmp_path / "uploads" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(rows if isinstance(rows, bytes) else csv_bytes(rows, **options))  # type: ignore[arg-type]
        return path

    return _write


def cli(*args: str, data_dir: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m pipelines ARGS` in a subprocess on `data_dir`, its output as text."""
    return subprocess.run(
        [sys.executable, "-m", "pipelines", *args],
        cwd=PROJECT,
        env=cli_env(data_dir, **env),
        capture_output=True,
        text=True,
        timeout=300,
    )


def cli_env(data_dir: Path | None = None, **extra: str) -> dict[str, str]:
    """Environment for running `python -m pipelines` in a subprocess from the project directory."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT)
    env.pop("VAPA_CRASH_AT", None)
    if data_dir is not None:
        env["VAPA_DATA_DIR"] = str(data_dir)
    env.update(extra)
    return env


def spawn_ingest(path: Path, data_dir: Path, mode: str = "append") -> subprocess.Popen:
    """`python -m pipelines ingest uitgaven <path> --mode <mode> --json` as a subprocess (text
    output on pipes); several at once are concurrent uploads."""
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines", "ingest", "uitgaven", str(path), "--mode", mode, "--json"],
        cwd=PROJECT,
        env=cli_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# --- browser tests ---------------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def lan_address() -> str | None:
    """This machine's address on its network (no packet is sent by a UDP connect), for tests
    of a server reached from the network; None without one."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))
            address = sock.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright. Skipped when it is not installed, except when
    VAPA_REQUIRE_BROWSER=1 (CI), where a missing browser fails the run."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("VAPA_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing but VAPA_REQUIRE_BROWSER=1 (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def streamlit_server(tmp_path: Path):
    """start(data_dir) -> base URL of `streamlit run app.py` on a free local port."""
    import subprocess
    import time
    import urllib.request

    procs: list[subprocess.Popen[bytes]] = []

    def start(data_dir: Path, *options: str, host: str = "127.0.0.1") -> str:
        """Also checks, when the test ends, that the server never tried to reach the outside.
        `options` are extra `streamlit run` flags; `host` is where the browser connects."""
        port = _free_port()
        log = open(tmp_path / f"streamlit-{port}.log", "wb")  # noqa: SIM115 - closed with the process
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(PROJECT / "app.py"),
                "--server.port",
                str(port),
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
                *options,
            ],
            cwd=PROJECT,
            env=cli_env(data_dir),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        procs.append(proc)
        url = f"http://{host}:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError((tmp_path / f"streamlit-{port}.log").read_text(errors="replace"))
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        return url
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("streamlit did not start within 60 s")

    yield start
    for proc in procs:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    for log in tmp_path.glob("streamlit-*.log"):
        text = log.read_text(errors="replace")
        assert "external IP" not in text, text  # Streamlit asked checkip.amazonaws.com
        running, _, stopping = text.partition("Stopping...")
        assert "Traceback" not in running, text
        # While it stops, the server may log its own websocket teardown racing a browser page
        # that closes (starlette: "WebSocket is not connected"); never one through our code.
        ours = re.compile(r'File "' + re.escape(str(PROJECT)) + r"/(?!\.venv/)")
        assert not ours.search(stopping), text


# --- boundary layers in the official download format -----------------------------------------


def _square_lambert(i: int) -> list[list[float]]:
    """A 2,5 km square in Belgian Lambert 72 metres, somewhere in Flanders, one per index."""
    x0, y0 = 100_000 + (i % 40) * 3000, 170_000 + (i // 40) * 3000
    return [[x0, y0], [x0 + 2500, y0], [x0 + 2500, y0 + 2500], [x0, y0 + 2500], [x0, y0]]


def official_shapefile(vintage: str, drop: str | None = None) -> dict[str, bytes]:
    """The official download format: a shapefile in EPSG:31370 with fields geoitem and naam,
    including a Brussels municipality that must be dropped."""
    import shapefile  # pyshp

    from pipelines import geo  # noqa: F401 - the reference is loaded through it
    from pipelines.reference import municipalities

    shp, shx, dbf = io.BytesIO(), io.BytesIO(), io.BytesIO()
    with shapefile.Writer(shp=shp, shx=shx, dbf=dbf, shapeType=shapefile.POLYGON) as writer:
        writer.field("geoitem", "C", size=5)
        writer.field("naam", "C", size=60)
        codes = [(m.nis_code, m.name_nl) for m in municipalities(vintage) if m.nis_code != drop]
        for i, (code, name) in enumerate([*codes, ("21004", "Brussel")]):
            writer.poly([list(reversed(_square_lambert(i)))])  # clockwise outer ring
            writer.record(code, name)
    return {"shp": shp.getvalue(), "shx": shx.getvalue(), "dbf": dbf.getvalue()}


@contextlib.contextmanager
def serving_official_files(root: Path) -> Iterator[str]:
    """A local HTTP server holding the official boundary files in `root` (created), as the
    download URL would; yields its base URL."""
    from pipelines import geo
    from pipelines.reference import NEW, OLD

    root.mkdir()
    for vintage in (OLD, NEW):
        for ext, data in official_shapefile(vintage).items():
            (root / f"{geo.PINC_LAYERS[vintage]}.{ext}").write_bytes(data)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@pytest.fixture
def official_server(tmp_path):
    with serving_official_files(tmp_path / "www") as url:
        yield url


def open_page(page: str = "views/overzicht.py", **query: str | list[str]):
    """The app in AppTest as a link with this query string would open it, on `page`."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page != "views/overzicht.py":
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def downloads(monkeypatch):
    """Every download button's file, as `files(at)` -> {button key: (file name, bytes)}: the
    media manager is watched for the data (static) and callables (deferred) behind the buttons."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    behind: dict[str, tuple[str | None, object]] = {}
    add, add_deferred = MediaFileManager.add, MediaFileManager.add_deferred

    def watched_add(self, path_or_data, mimetype, coordinates, file_name=None, is_for_static_download=False):
        url = add(self, path_or_data, mimetype, coordinates, file_name, is_for_static_download)
        behind[url] = (file_name, path_or_data)
        return url

    def watched_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        file_id = add_deferred(self, data_callable, mimetype, coordinates, file_name, **kwargs)
        behind[file_id] = (file_name, data_callable)
        return file_id

    monkeypatch.setattr(MediaFileManager, "add", watched_add)
    monkeypatch.setattr(MediaFileManager, "add_deferred", watched_deferred)

    def files(at) -> dict[str, tuple[str, bytes]]:
        out = {}
        for button in at.get("download_button"):
            ref = button.proto.deferred_file_id or button.proto.url
            name, data = behind[ref]
            data = data() if callable(data) else data
            out[button.key or button.proto.id] = (
                name or "",
                data.encode() if isinstance(data, str) else data,
            )
        return out

    return files


def unescape(markdown: str) -> str:
    """Markdown-escaped text (format.md_text) as the reader sees it."""
    return re.sub(r"\\(.)", r"\1", markdown)


# --- mutation runs (make mutate, tests/mutation/) ---------------------------------------------


def pytest_configure(config) -> None:
    """In mutmut's run that learns what the tests reach, also record what SQL each test uses,
    for the SQL pass (tests/mutation/sql.py, USED)."""
    from mutation import ordering

    if ordering.recording() and os.environ.get("MUTATION_SQL_USED"):
        from mutation import sql

        config.pluginmanager.register(sql.Recorder(Path(os.environ["MUTATION_SQL_USED"])), "sql-recorder")


def pytest_collection_modifyitems(config, items) -> None:
    from mutation import ordering

    if ordering.in_mutation_run():
        ordering.cheapest_first(items)


@pytest.fixture(autouse=True)
def _fresh_caches_in_a_mutation_run() -> None:
    """Inside a mutation run, no test reads a result cached by the original code: a mutant's
    process starts without cached results, and in the recording run every test does
    (ordering.py says why)."""
    from mutation import ordering

    if ordering.recording():
        ordering.clear_caches()
    elif ordering.in_mutation_run():
        ordering.clear_caches_once()


@pytest.fixture(autouse=True, scope="session")
def _read_once_in_a_mutation_run() -> None:
    """Inside a mutation run, the read side's mutants read each snapshot and query once
    (tests/mutation/readcache.py); set up before any module's fixtures read."""
    from mutation import ordering, readcache

    if ordering.in_mutation_run():
        readcache.install()


def pytest_sessionfinish(session) -> None:
    from mutation import ordering

    if ordering.recording():
        ordering.save()


# --- the reliability suite's one summary line (tests/figures.py) -----------------------------


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    import figures
    from mutation import ordering

    if ordering.recording():
        ordering.record(report)

    part = figures.part_of(report.nodeid)
    if part is not None and report.failed:
        figures.failed(part, report.nodeid)


def pytest_terminal_summary(terminalreporter) -> None:
    import figures

    line = figures.summary_line()
    if line is not None:
        terminalreporter.write_sep("=", "reliability")
        terminalreporter.write_line(line)
