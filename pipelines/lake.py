"""Where the store lives and how to reach it: the DuckLake settings, the extensions, a connection.

One code path for every deployment; only the ATTACH string and the S3 secret differ:

- embedded (the default: `make run`, the tests): the catalog in `<data dir>/catalog.sqlite`, the
  Parquet files under `<data dir>/lake/`;
- a service: the catalog in PostgreSQL (`postgres:dbname=... host=...`), the files in a shared
  folder or on S3-compatible storage (`s3://bucket/prefix/`).

Settings come from `VAPA_CATALOG` / `VAPA_DATA_PATH` (and `VAPA_S3_*`), else from `[vapa.store]`
in `.streamlit/secrets.toml` (keys `catalog`, `data_path` and a table `s3` with `endpoint`,
`key_id`, `secret`, `region`, `url_style`, `use_ssl`), else the embedded default.

Nothing is downloaded: the four extensions are LOADed by path from the `duckdb-extension-*`
wheels (requirements.txt), with DuckDB's automatic install and load of extensions switched off.
Every error that leaves this module is a `StoreUnavailable` with a Dutch message that names
neither a password nor a secret.
"""

from __future__ import annotations

import importlib.util
import os
import re
import threading
import time
import tomllib
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from pipelines import paths

LAKE = "lake"  # the name the catalog is attached under
META = "lake_meta"  # the catalog database itself, as DuckLake attaches it (METADATA_CATALOG)
SECRETS_FILE = paths.PROJECT_DIR / ".streamlit" / "secrets.toml"
# extension -> the wheel's package (each holds extensions/v<duckdb>/<name>.duckdb_extension)
EXTENSIONS = {
    "ducklake": "duckdb_extension_ducklake",
    "sqlite_scanner": "duckdb_extension_sqlite_scanner",
    "postgres_scanner": "duckdb_extension_postgres_scanner",
    "httpfs": "duckdb_extension_httpfs",
}
NO_DOWNLOADS = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
}
S3_KEYS = ("endpoint", "key_id", "secret", "region", "url_style", "use_ssl")


class StoreUnavailable(Exception):
    """The store cannot be reached or is damaged; the message is Dutch and says what to do."""


@dataclass(frozen=True)
class Settings:
    root: Path  # the data folder: raw uploads, rejected rows, logs, staging
    catalog: str  # sqlite:<file> or postgres:<libpq connection string>
    data_path: str  # a folder or s3://bucket/prefix/
    s3: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def embedded(self) -> bool:
        return self.catalog.startswith("sqlite:")

    @property
    def catalog_file(self) -> Path | None:
        return Path(self.catalog.removeprefix("sqlite:")) if self.embedded else None

    @property
    def in_folder(self) -> bool:
        """The catalog file and the data files both inside the data folder (the embedded
        default): the folder may be moved or restored elsewhere as a whole."""
        if self.catalog_file is None or not is_local(self.data_path):
            return False
        root = self.root.resolve()
        return all(p.resolve().is_relative_to(root) for p in (self.catalog_file, Path(self.data_path)))

    @property
    def shown(self) -> str:
        """The catalog as it may be shown: without password."""
        return mask(self.catalog)

    def extensions(self) -> list[str]:
        needed = ["ducklake", "sqlite_scanner" if self.embedded else "postgres_scanner"]
        if self.s3 or not is_local(self.data_path):
            needed.append("httpfs")
        return needed

    def attach_sql(self) -> str:
        # A SQLite catalog in WAL mode (readers never block a commit), every process opening it
        # so, waiting for a lock up to 10 s before DuckLake's and our retries take over.
        sqlite = ", META_JOURNAL_MODE 'WAL', META_BUSY_TIMEOUT 10000" if self.embedded else ""
        # A lake inside its data folder keeps the folder's first path in its catalog: read and
        # write the files where the folder is now (its file paths are relative to that path).
        moved = ", OVERRIDE_DATA_PATH true" if self.in_folder else ""
        return (
            f"ATTACH {literal('ducklake:' + self.catalog)} AS {LAKE} "
            f"(DATA_PATH {literal(self.data_path)}{moved}, DATA_INLINING_ROW_LIMIT 0, "
            f"METADATA_CATALOG {literal(META)}{sqlite})"
        )


def is_local(path: str) -> bool:
    return "://" not in path


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


_PASSWORD = re.compile(r"(password|passwd|secret|key_id|pwd)(\s*[=:]\s*)('[^']*'|\"[^\"]*\"|\S+)", re.I)
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")


def mask(text: str) -> str:
    """`text` without passwords or keys (libpq key=value strings and URLs)."""
    return _URL_PASSWORD.sub(r"\1***@", _PASSWORD.sub(r"\1\2***", text))


def _secrets() -> dict[str, Any]:
    try:
        with open(SECRETS_FILE, "rb") as fh:
            return tomllib.load(fh).get("vapa", {}).get("store", {})
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise StoreUnavailable(
            f"De instellingen in {SECRETS_FILE} zijn niet leesbaar ({type(exc).__name__}). "
            "Verbeter het bestand (TOML) of verwijder de sectie [vapa.store]."
        ) from None


def settings(data_dir: str | os.PathLike[str] | None = None) -> Settings:
    """The store's settings: the environment, else secrets.toml, else the embedded default."""
    root = paths.data_dir(data_dir)
    conf = _secrets()
    catalog = os.environ.get("VAPA_CATALOG") or conf.get("catalog") or f"sqlite:{root / 'catalog.sqlite'}"
    data_path = os.environ.get("VAPA_DATA_PATH") or conf.get("data_path") or str(root / "lake")
    s3 = {k: str(v) for k, v in (conf.get("s3") or {}).items() if k in S3_KEYS}
    s3 |= {k: os.environ[f"VAPA_S3_{k.upper()}"] for k in S3_KEYS if os.environ.get(f"VAPA_S3_{k.upper()}")}
    if is_local(data_path) and not data_path.endswith("/"):
        data_path += "/"
    return Settings(root, catalog, data_path, s3)


def extension_file(name: str) -> Path:
    """The extension's file inside its wheel (for this DuckDB version)."""
    spec = importlib.util.find_spec(EXTENSIONS[name])
    if spec is None or not spec.submodule_search_locations:
        raise StoreUnavailable(
            f"De DuckDB-uitbreiding {name} is niet geïnstalleerd. Installeer de vereisten opnieuw: "
            "pip install -r requirements.txt (of make run)."
        )
    base = Path(next(iter(spec.submodule_search_locations)))
    path = base / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"
    if not path.is_file():
        raise StoreUnavailable(
            f"De DuckDB-uitbreiding {name} past niet bij DuckDB {duckdb.__version__}: installeer "
            "de vastgelegde versies opnieuw (pip install -r requirements.txt)."
        )
    return path


def check_root(root: Path) -> None:
    """The data folder must be a folder that can be written to."""
    if root.exists() and not root.is_dir():
        raise StoreUnavailable(
            f"De gegevensmap {root} is een bestand, geen map. Kies een map met --data-dir of VAPA_DATA_DIR."
        )
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(
            f"De gegevensmap {root} kan niet aangemaakt worden ({exc.strerror}). Kies een andere "
            "map met --data-dir of VAPA_DATA_DIR, of geef schrijfrechten."
        ) from None


def _check_catalog_present(conf: Settings) -> None:
    """A missing catalog next to published data files is damage, not a new, empty store."""
    if conf.catalog_file.exists() or not is_local(conf.data_path):
        return
    if next(Path(conf.data_path).rglob("*.parquet"), None) is not None:
        raise StoreUnavailable(
            f"De catalogus {conf.catalog_file} ontbreekt, maar {conf.data_path} bevat gegevensbestanden. "
            "Zet de catalogus terug uit een reservekopie. Wilt u opnieuw beginnen: verplaats de map "
            f"{conf.data_path} en voer `python -m pipelines demo` uit of laad de bestanden opnieuw op."
        )


# Catalog files this process has attached. Such a file is never opened again by anything but
# DuckDB's SQLite: closing any other descriptor of it would drop the POSIX locks that SQLite holds
# on it in this process (a known way to corrupt SQLite, or lose a commit, when two copies of
# SQLite or a plain open() meet in one process).
_ATTACHED: set[Path] = set()


def _check_catalog_file(path: Path) -> None:
    """A catalog file not yet attached here must be a SQLite database (its header)."""
    if path in _ATTACHED or not path.exists() or not path.stat().st_size:
        return
    with open(path, "rb") as fh:
        header = fh.read(16)
    if not header.startswith(b"SQLite format 3"):
        raise StoreUnavailable(
            f"De catalogus {path} is beschadigd (geen SQLite-bestand). Zet een reservekopie terug, "
            f"of verplaats het bestand en voer `python -m pipelines migrate` of `python -m pipelines "
            "demo` opnieuw uit."
        )


_INSTANCES: OrderedDict[tuple, duckdb.DuckDBPyConnection] = OrderedDict()
_INSTANCES_KEPT = 4
_INSTANCES_LOCK = threading.RLock()


def connect(conf: Settings, config: dict[str, Any] | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to an in-memory DuckDB with the lake attached as `lake` (nothing
    downloaded). The database (extensions loaded, lake attached) is kept for the process's next
    connections with the same settings: a connection of its own, temporary tables its own."""
    check_root(conf.root)
    with _INSTANCES_LOCK:  # one thread at a time makes a catalog file or attaches it
        if conf.catalog_file is not None:
            _check_catalog_present(conf)
            _check_catalog_file(conf.catalog_file)
        if is_local(conf.data_path):
            Path(conf.data_path).mkdir(parents=True, exist_ok=True)
        options = tuple(sorted((config or {}).items()))
        key = (conf, options, _identity(conf))
        base = _INSTANCES.get(key)
        if base is None:
            base = _open(conf, config)
            if conf.catalog_file is not None:
                _ATTACHED.add(conf.catalog_file)
            key = (conf, options, _identity(conf))  # a new catalog file exists now
            _INSTANCES[key] = base
            while len(_INSTANCES) > _INSTANCES_KEPT:
                _INSTANCES.popitem(last=False)[1].close()
        _INSTANCES.move_to_end(key)
        return base.cursor()


def _identity(conf: Settings) -> tuple | None:
    """A catalog file replaced under the same name is another lake."""
    if conf.catalog_file is None or not conf.catalog_file.exists():
        return None
    st = conf.catalog_file.stat()
    return (st.st_dev, st.st_ino)


_GENERATION = [0]  # raised by forget(): connections made before it are closed


def generation() -> int:
    return _GENERATION[0]


def forget() -> None:
    """Close the kept databases: after an error (the next connection attaches the lake afresh),
    or in a test that damaged a catalog and wants to see it damaged."""
    with _INSTANCES_LOCK:
        _GENERATION[0] += 1
        while _INSTANCES:
            _INSTANCES.popitem()[1].close()


def _open(conf: Settings, config: dict[str, Any] | None) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:", config={**NO_DOWNLOADS, **(config or {})})
    try:
        for name in conf.extensions():
            con.execute(f"LOAD {literal(str(extension_file(name)))}")
        if conf.s3:
            con.execute(_secret_sql(conf.s3))
        _attach(con, conf)
    except duckdb.Error as exc:
        con.close()
        raise unavailable(conf, exc) from None
    return con


def _attach(con: duckdb.DuckDBPyConnection, conf: Settings) -> None:
    """ATTACH, again after a moment when another process was creating the catalog's tables at
    the same time (the first attach of a new catalog by two writers at once)."""
    for attempt in range(5):
        try:
            con.execute(conf.attach_sql())
            return
        except duckdb.Error as exc:
            if attempt == 4 or not re.search(
                r"duplicate key|unique constraint|already exists|locked|conflict", str(exc), re.I
            ):
                raise
            time.sleep(0.2 * (attempt + 1))


# The lookups of a publication read two of DuckLake's catalog tables (`ducklake_snapshot` and
# `ducklake_snapshot_changes`, part of its published specification) here, and only here: no
# DuckLake function gives the latest snapshot whose commit is of a kind, or one snapshot's
# commit, without `snapshots()`, which builds the row of every snapshot with its map of changes
# first (0,10-0,15 s per call at 2.400 snapshots, growing with every one). These narrow reads
# cost what DuckLake's own `current_snapshot()` costs (5-8 ms at 2.400 snapshots on SQLite, which
# gets no filter pushed down; PostgreSQL gets the filter and its primary key).


def latest(con: duckdb.DuckDBPyConnection, actions: list[str], upto: int | None = None) -> tuple[int, int]:
    """(the latest snapshot whose commit's `action` is one of `actions`, the latest snapshot),
    both at or before snapshot `upto` when it is given; 0 where there is none."""
    found, last = con.execute(
        "SELECT max(snapshot_id) FILTER (WHERE json_extract_string(commit_extra_info, '$.action') "
        f"IN $actions), max(snapshot_id) FROM {META}.ducklake_snapshot_changes WHERE snapshot_id <= $upto",
        {"actions": actions, "upto": 2**62 if upto is None else upto},
    ).fetchone()
    return found or 0, last or 0


_COMMITS = (
    "SELECT c.snapshot_id, c.author, c.commit_extra_info, epoch_us(CAST(s.snapshot_time AS TIMESTAMPTZ)) "
    f"FROM {META}.ducklake_snapshot_changes AS c JOIN {META}.ducklake_snapshot AS s USING (snapshot_id) "
)


def commits(con: duckdb.DuckDBPyConnection, actions: list[str]) -> list[tuple[int, str | None, str, int]]:
    """(snapshot, author, extra_info, commit time in microseconds since 1970) of every snapshot
    whose commit's `action` is one of `actions`, oldest first."""
    return con.execute(
        _COMMITS + "WHERE json_extract_string(c.commit_extra_info, '$.action') IN $actions ORDER BY 1",
        {"actions": actions},
    ).fetchall()


def commit(con: duckdb.DuckDBPyConnection, snapshot: int) -> tuple[int, str | None, str | None, int] | None:
    """(snapshot, author, extra_info, commit time in microseconds) of one snapshot, or None."""
    return con.execute(_COMMITS + "WHERE c.snapshot_id = $n", {"n": snapshot}).fetchone()


def file_reader(conf: Settings) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB that can read the lake's Parquet files (S3 through the secret), with
    no catalog attached: the dashboard reads the files of one snapshot."""
    con = duckdb.connect(":memory:", config=NO_DOWNLOADS)
    try:
        if "httpfs" in conf.extensions():
            con.execute(f"LOAD {literal(str(extension_file('httpfs')))}")
        if conf.s3:
            con.execute(_secret_sql(conf.s3))
    except duckdb.Error as exc:
        con.close()
        raise unavailable(conf, exc) from None
    return con


def _secret_sql(s3: dict[str, str]) -> str:
    """CREATE SECRET (the S3 settings every part of DuckDB uses, orphan clean-up included)."""
    parts = ["TYPE s3"]
    for key in S3_KEYS:
        if key in s3:
            value = s3[key]
            if key == "use_ssl":
                parts.append(f"USE_SSL {str(value).lower() in ('1', 'true', 'yes', 'ja')}")
            else:
                parts.append(f"{key.upper()} {literal(value)}")
    return f"CREATE OR REPLACE SECRET vapa_s3 ({', '.join(parts)})"


def unavailable(conf: Settings, exc: BaseException) -> StoreUnavailable:
    """A Dutch StoreUnavailable for a DuckDB error, the technical text without secrets."""
    detail = mask(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    if not is_local(conf.data_path) and re.search(
        r"HTTP|s3://|endpoint|bucket|signature|access denied", detail, re.I
    ):
        what = f"De opslag van de gegevensbestanden ({conf.data_path}) is niet bereikbaar"
        todo = "Controleer of de objectopslag draait en de sleutels kloppen, en probeer het opnieuw."
    elif not conf.embedded and re.search(r"connect|server|timeout|refused|host|postgres", detail, re.I):
        what = f"De catalogusdatabank ({conf.shown}) is niet bereikbaar"
        todo = "Controleer of PostgreSQL draait en bereikbaar is, en probeer het opnieuw."
    elif re.search(r"no such file|not found|no files found|does not exist|cannot open", detail, re.I):
        what = "Een gegevensbestand van de gepubliceerde gegevens ontbreekt"
        todo = "Voer `python -m pipelines recover` uit: de laatste volledige publicatie wordt hersteld."
    else:
        what = f"De gegevensopslag ({conf.shown}) is niet bruikbaar"
        todo = "Voer `python -m pipelines recover` uit; helpt dat niet, zet dan een reservekopie terug."
    return StoreUnavailable(f"{what}. {todo} (Technisch: {detail})")
