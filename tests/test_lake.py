"""The store on DuckLake: settings, offline extensions, snapshots as versions, concurrent
writers, rollback, migration from the old format, recover and maintain, damaged stores."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import PRODUCT_NO_DOWNLOADS, PROJECT, cli, cli_env, current, published
from test_ingest import csv_file, row

from pipelines import lake
from pipelines.contract import DATASETS
from pipelines.demo import build_demo
from pipelines.ingest import ingest
from pipelines.store import Store

T, U = "trajecten", "uitgaven"


# --- settings and extensions -------------------------------------------------------------------


def test_settings_default_environment_and_secrets(tmp_path, monkeypatch):
    monkeypatch.delenv("VAPA_CATALOG", raising=False)
    monkeypatch.delenv("VAPA_DATA_PATH", raising=False)
    monkeypatch.setattr(lake, "SECRETS_FILE", tmp_path / "secrets.toml")
    conf = lake.settings(tmp_path / "d")
    assert (
        conf.catalog == f"sqlite:{tmp_path / 'd' / 'catalog.sqlite'}"
        and conf.data_path == f"{tmp_path / 'd' / 'lake'}/"
    )
    (tmp_path / "secrets.toml").write_text(
        '[vapa.store]\ncatalog = "postgres:dbname=vapa host=db user=vapa password=geheim"\n'
        'data_path = "s3://vapa/lake/"\n[vapa.store.s3]\nendpoint = "127.0.0.1:8333"\nkey_id = "k"\n'
        'secret = "s"\nurl_style = "path"\nuse_ssl = false\n',
        encoding="utf-8",
    )
    conf = lake.settings(tmp_path / "d")
    assert conf.catalog.startswith("postgres:") and conf.data_path == "s3://vapa/lake/"
    assert conf.extensions() == ["ducklake", "postgres_scanner", "httpfs"]
    assert "geheim" not in conf.shown and "password=***" in conf.shown
    assert "CREATE OR REPLACE SECRET" in lake._secret_sql(conf.s3) and "USE_SSL False" in lake._secret_sql(
        conf.s3
    )
    monkeypatch.setenv("VAPA_CATALOG", f"sqlite:{tmp_path / 'env.sqlite'}")
    assert (
        lake.settings(tmp_path / "d").catalog == f"sqlite:{tmp_path / 'env.sqlite'}"
    )  # the environment wins


def test_masking_hides_passwords_in_every_form():
    for text in (
        "postgres:dbname=vapa password=geheim host=x",
        "postgresql://vapa:geheim@db:5432/vapa",
        "failed: PASSWORD = 'geheim' rejected",
        "secret=geheim key_id=geheim",
    ):
        assert "geheim" not in lake.mask(text), text


def test_no_extension_is_installed_or_downloaded(tmp_path):
    """The lake works with an empty extension directory and no extension repository at all:
    every extension is LOADed from its wheel. An INSTALL or an automatic download would fail
    (and autoload is off, so nothing is fetched behind our back)."""
    script = tmp_path / "probe.py"
    script.write_text(
        "import duckdb, sys\n"
        "from pipelines import lake\n"
        "real = duckdb.connect\n"
        "def guarded(database=':memory:', read_only=False, config=None):\n"
        "    config = dict(config or {})\n"
        f"    config.update(extension_directory={str(tmp_path / 'ext')!r}, "
        "custom_extension_repository='http://127.0.0.1:9/none')\n"
        "    return real(database, read_only, config)\n"
        "duckdb.connect = guarded\n"
        "from pipelines.ingest import ingest\n"
        "from pipelines.exports import template\n"
        "r = ingest('budget', template('budget'), data_dir=sys.argv[1], user='t')\n"
        "assert r.status == 'published', r.refusal\n"
        "con = lake.connect(lake.settings(sys.argv[1]))\n"
        'print(sorted(n for n, l, p in con.execute("SELECT extension_name, loaded, install_path '
        "FROM duckdb_extensions() WHERE loaded AND install_mode IS DISTINCT FROM 'STATICALLY_LINKED'\").fetchall()))\n"
        "print(con.execute(\"SELECT current_setting('autoinstall_known_extensions'), "
        "current_setting('autoload_known_extensions'), current_setting('allow_unsigned_extensions')\").fetchone())\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "data")],
        cwd=PROJECT, env=cli_env(tmp_path / "data"), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    loaded, settings = run.stdout.splitlines()
    assert loaded == "['ducklake', 'sqlite_scanner']"
    assert settings == "(False, False, False)"  # and every extension's signature is checked
    assert not (tmp_path / "ext").exists() or not any((tmp_path / "ext").rglob("*.duckdb_extension"))


def test_the_app_refuses_an_extension_file_whose_signature_is_broken(tmp_path):
    """The app's setting checks the signature of every extension file it loads (the tests' own
    process skips that check for speed: conftest.py says why)."""
    broken = tmp_path / "ducklake.duckdb_extension"
    data = bytearray(lake.extension_file("ducklake").read_bytes())
    data[-1] ^= 0xFF  # the last byte of the signature at the file's end
    broken.write_bytes(data)
    con = duckdb.connect(":memory:", config=PRODUCT_NO_DOWNLOADS)
    with pytest.raises(duckdb.Error, match="signature"):
        con.execute(f"LOAD {lake.literal(str(broken))}")
    con.execute(f"LOAD {lake.literal(str(lake.extension_file('ducklake')))}")  # the wheel's own file


# --- snapshots are versions ------------------------------------------------------------------


def test_each_publish_is_one_snapshot_with_its_facts(data_dir):
    first = ingest(T, csv_file(T, [row(T)]), file_name="a.csv", data_dir=data_dir, user="anna")
    refused = ingest(T, b"", file_name="leeg.csv", data_dir=data_dir, user="bert")
    second = ingest(
        T,
        csv_file(T, [row(T, traject_id="UT-2")]),
        file_name="b.csv",
        mode="append",
        data_dir=data_dir,
        user="anna",
    )
    assert (first.version, refused.status, second.version) == (
        1,
        "refused",
        3,
    )  # the refusal's ledger line is 2
    store = Store(data_dir)
    (snap,) = store.sql(
        f"SELECT author, commit_message, commit_extra_info FROM {lake.LAKE}.snapshots() WHERE snapshot_id = 3"
    )
    assert snap[0] == "anna" and snap[1].startswith(
        "toevoegen trajecten: b.csv (1 gelezen, 1 aanvaard, 0 geweigerd)"
    )
    facts = json.loads(snap[2])["ingest"]
    assert facts["file_sha256"] == second.file_sha256 and facts["mode"] == "append"
    assert [r["status"] for r in store.ledger()] == ["published", "refused", "published"]
    assert [v["version"] for v in store.versions()] == [1, 3]
    entry = store.current()["datasets"][T]
    assert entry["rows"] == 2 and entry["sources"] == [first.file_sha256, second.file_sha256]
    # An append adds a file; the first file is untouched (the append wrote only the new row).
    assert len(store.files(T, 3)) == 2 and store.files(T, 1)[0] in store.files(T, 3)
    # Time travel: version 1 still reads as it was.
    assert store.content(T, 1)[0] == 1
    store.close()


def test_rollback_writes_a_new_snapshot_equal_to_the_old_one(data_dir):
    ingest(T, csv_file(T, [row(T)]), file_name="a.csv", data_dir=data_dir, user="t")
    ingest(
        T,
        csv_file(T, [row(T, traject_id="UT-2"), row(T, traject_id="UT-3")]),
        file_name="b.csv",
        data_dir=data_dir,
        user="t",
    )
    store = Store(data_dir)
    want = store.content(T, 1)
    new = store.rollback(1, "t")
    assert new["version"] == 3 and store.content(T, 3) == want
    assert [v["version"] for v in store.versions()] == [1, 2, 3]  # history kept
    assert store.current()["datasets"][T]["rows"] == 1
    store.close()


def test_a_rollback_that_would_insert_nothing_cannot_commit(data_dir, monkeypatch):
    """The recipe is verified inside the transaction: a copy that inserted nothing (the
    DELETE + INSERT ... AT (VERSION => n) pitfall) raises and leaves the data as they were."""
    ingest(T, csv_file(T, [row(T)]), file_name="a.csv", data_dir=data_dir, user="t")
    ingest(T, csv_file(T, [row(T, traject_id="UT-2")]), file_name="b.csv", data_dir=data_dir, user="t")
    store = Store(data_dir)
    before = store.current_version(), store.content(T, 2)
    inner = store.con
    real = inner.execute

    class Proxy:
        def __getattr__(self, name):
            return getattr(inner, name)

        def execute(self, sql, *args):
            if sql.startswith("INSERT INTO") and "_earlier" in sql:
                sql = sql + " WHERE false"  # silently inserts nothing
            return real(sql, *args)

    store._con = Proxy()
    with pytest.raises(RuntimeError, match="does not match"):
        store.rollback(1, "t")
    store._con = None
    store = Store(data_dir)
    assert (store.current_version(), store.content(T, 2)) == before
    store.close()


# --- concurrent writers -----------------------------------------------------------------------


def test_a_writer_that_checked_against_an_old_state_checks_again(data_dir, monkeypatch):
    """Two writers on different hosts (no shared lock): the second checked its keys before
    the first published the same key. In its transaction it sees the dataset changed, checks
    again and rejects the key; nothing is counted twice."""
    from pipelines import ingest as ingest_module

    ingest(U, csv_file(U, [row(U)]), file_name="base.csv", data_dir=data_dir, user="t")
    real = ingest_module._finish
    calls = []

    def racing(store, ds, result, *args):
        if not calls:  # the other host publishes B-2 after this check, before this publish
            calls.append(1)
            other = Store(data_dir)
            other_result = ingest(
                U,
                csv_file(U, [row(U, boeking_id="B-2")]),
                file_name="other.csv",
                mode="append",
                data_dir=data_dir,
            )
            assert other_result.status == "published"
            other.close()
        return real(store, ds, result, *args)

    monkeypatch.setattr(ingest_module, "_finish", racing)
    monkeypatch.setattr(Store, "write_lock", _no_lock)
    mine = ingest(
        U, csv_file(U, [row(U, boeking_id="B-2"), row(U, boeking_id="B-3")]), file_name="mine.csv", mode="append",
        data_dir=data_dir,
    )  # fmt: skip
    assert mine.status == "published"
    assert [(i.code, i.value) for i in mine.errors] == [("KEY_EXISTS", "B-2")]
    assert mine.rows_accepted == 1 and mine.rows_rejected == 1
    ids = sorted(r[0] for r in duckdb.sql(f"SELECT boeking_id FROM {published(data_dir, U)}").fetchall())
    assert ids == sorted([row(U)["boeking_id"], "B-2", "B-3"])


def _no_lock(self, timeout=600.0):
    """Writers on two hosts share no lock (and neither clears the other's staging)."""
    from contextlib import nullcontext

    return nullcontext()


# --- migration from the old format ------------------------------------------------------------


def write_old_format(source: Path, root: Path) -> list[dict]:
    """Today's published history of `source` (a lake) written as the earlier format: every
    publication a version file, its datasets' Parquet files, manifest.json and ledger.jsonl."""
    store = Store(source)
    (root / "versions").mkdir(parents=True)
    records, files = [], {}
    number = {v["version"]: n for n, v in enumerate(store.versions(), 1)}  # the old format counted 1, 2, ...
    for v in store.versions():
        datasets = {}
        for name, entry in store.entries(v["version"]).items():
            content = store.content(name, v["version"])
            if content not in files:
                path = root / "files" / name / f"{v['version']}-{name}.parquet"
                path.parent.mkdir(parents=True, exist_ok=True)
                store.sql(
                    f"COPY (SELECT * FROM {store.relation(name, v['version'])}) TO '{path}' (FORMAT parquet)"
                )
                files[content] = str(path.relative_to(root))
            datasets[name] = {k: entry[k] for k in ("rows", "ingests", "sources", "updated_at", "demo")}
            datasets[name]["file"] = files[content]
        ingest = {**(v.get("ingest") or {}), "version": number[v["version"]]}
        record = {
            "format": 1, "version": number[v["version"]], "created_at": v["at"], "action": v["action"],
            "user": v.get("user"), "datasets": datasets, "ingest": ingest,
            **({"rollback_to": number[v["rollback_to"]]} if v.get("rollback_to") else {}),
        }  # fmt: skip
        (root / "versions" / f"{record['version']:06d}.json").write_text(json.dumps(record), encoding="utf-8")
        records.append(record)
    (root / "manifest.json").write_text(json.dumps(records[-1]), encoding="utf-8")
    ledger = [{**r, "version": number.get(r.get("version"))} for r in store.ledger()]
    (root / "ledger.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ledger), encoding="utf-8")
    store.close()
    return records


def sorted_hashes(data_dir: Path) -> dict[str, tuple[int, str]]:
    out = {}
    for name in DATASETS:
        try:
            source = published(data_dir, name)
        except AssertionError:
            continue
        out[name] = duckdb.sql(
            f"SELECT count(*), md5(string_agg(h::VARCHAR, ',' ORDER BY h)) FROM "
            f"(SELECT hash(*COLUMNS(* EXCLUDE (_ingest_id))) AS h FROM {source})"
        ).fetchone()
    return out


def test_migrate_the_demo_and_a_history_with_a_rollback(tmp_path):
    source = tmp_path / "source"
    build_demo(source)
    ingest(U, csv_file(U, [row(U)]), file_name="echt.csv", data_dir=source, user="anna")
    ingest(U, b"", file_name="leeg.csv", data_dir=source, user="bert")  # refused: a ledger line only
    store = Store(source)
    store.rollback(3, "anna")
    store.close()
    old = tmp_path / "old"
    records = write_old_format(source, old)
    before = sorted_hashes(source)
    run = cli("migrate", data_dir=old)
    assert run.returncode == 0, run.stderr
    assert "6 versies overgezet" in run.stdout and "gesorteerde rijhashes vergeleken" in run.stdout
    assert sorted_hashes(old) == before
    migrated = Store(old)
    versions = migrated.versions()
    assert [v["version"] for v in versions] == [r["version"] for r in records] == [1, 2, 3, 4, 5, 6]
    assert [v["migrated_from"] for v in versions] == [1, 2, 3, 4, 5, 6]
    assert versions[-1]["rollback_to"] == 3 and versions[-1]["user"] == "anna"
    # every version reads as it did, not only the last
    for r in records:
        for name in r["datasets"]:
            assert migrated.content(name, r["version"])[0] == r["datasets"][name]["rows"]
    assert [x["status"] for x in migrated.ledger()] == ["published"] * 5 + ["refused", "rollback"]
    migrated.close()
    aside = [p for p in old.iterdir() if p.name.startswith("oud-formaat-")]
    assert len(aside) == 1 and (aside[0] / "manifest.json").exists() and (aside[0] / "files").is_dir()
    assert str(aside[0]) in run.stdout and not (old / "manifest.json").exists()


def test_migrate_a_damaged_old_folder_and_status_on_it(tmp_path):
    source = tmp_path / "source"
    ingest(T, csv_file(T, [row(T)]), file_name="a.csv", data_dir=source, user="t")
    ingest(
        T,
        csv_file(T, [row(T, traject_id="UT-2")]),
        file_name="b.csv",
        mode="append",
        data_dir=source,
        user="t",
    )
    old = tmp_path / "old"
    write_old_format(source, old)
    text = (old / "manifest.json").read_text(encoding="utf-8")
    (old / "manifest.json").write_text(text[: len(text) // 2], encoding="utf-8")  # truncated
    with open(old / "ledger.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"ingest_id": "torn", "sta')
    status = cli("status", data_dir=old)
    assert (
        status.returncode == 1
        and "oude formaat" in status.stderr
        and "python -m pipelines migrate" in status.stderr
    )
    assert "Traceback" not in status.stderr
    run = cli("migrate", data_dir=old)
    assert run.returncode == 0, run.stderr
    assert "manifest.json is beschadigd" in run.stdout and "ledger.jsonl regel 3 is afgebroken" in run.stdout
    assert current(old)["datasets"][T]["rows"] == 2
    again = cli("migrate", data_dir=old)
    assert again.returncode == 1 and "geen gegevensmap van het oude formaat" in again.stderr


# --- a damaged or unreachable store -------------------------------------------------------------

COMMANDS = (
    ("status",),
    ("export", "uitgaven", "--out", "OUT"),
    ("rollback", "1"),
    ("ingest", "budget", "FILE"),
    ("maintain",),
    ("recover",),
)


def run_all(data_dir: Path, tmp_path: Path) -> dict[str, subprocess.CompletedProcess[str]]:
    upload = tmp_path / "budget.csv"
    upload.write_bytes(csv_file("budget", [row("budget")]))
    out = {}
    for args in COMMANDS:
        args = [str(tmp_path / "out.csv") if a == "OUT" else str(upload) if a == "FILE" else a for a in args]
        out[args[0]] = cli(*args, data_dir=data_dir)
    return out


def assert_dutch_failure(run: subprocess.CompletedProcess[str], *words: str) -> None:
    text = run.stdout + run.stderr
    assert run.returncode != 0, text
    assert "Traceback" not in text and "Error:" not in text.split("(Technisch:")[0], text
    for word in words:
        assert word in text, (word, text)


@pytest.fixture
def demo_dir(tmp_path):
    root = tmp_path / "data"
    build_demo(root)
    lake.forget()
    return root


def test_data_dir_pointing_at_a_file(tmp_path):
    target = tmp_path / "a-file"
    target.write_text("x", encoding="utf-8")
    for name, run in run_all(target, tmp_path).items():
        assert_dutch_failure(run, "is een bestand, geen map", "--data-dir")
        assert name


def test_missing_catalog_next_to_data(demo_dir, tmp_path):
    (demo_dir / "catalog.sqlite").unlink()
    for name, run in run_all(demo_dir, tmp_path).items():
        assert_dutch_failure(run, "catalogus", "ontbreekt", "reservekopie")
        assert name
    assert not (demo_dir / "catalog.sqlite").exists()  # nothing made up in its place


def test_corrupt_catalog(demo_dir, tmp_path):
    (demo_dir / "catalog.sqlite").write_bytes(b"dit is geen databank" * 100)
    for name, run in run_all(demo_dir, tmp_path).items():
        assert_dutch_failure(run, "beschadigd", "reservekopie")
        assert name


def test_a_data_folder_moved_or_restored_elsewhere_keeps_working(demo_dir, tmp_path):
    """A data folder moved as a whole (a renamed checkout, a backup restored on another path)
    reads, publishes, rolls back and is maintained where it is now, and writes nothing where it
    was: DuckLake keeps the folder's first path in its catalog."""
    store = Store(demo_dir)
    before = store.content(U, store.current_version())
    store.close()
    lake.forget()
    moved = tmp_path / "elders" / "data"
    moved.parent.mkdir()
    demo_dir.rename(moved)
    status = cli("status", data_dir=moved)
    assert status.returncode == 0 and "Versie 4" in status.stdout, status.stdout + status.stderr
    new = tmp_path / "nieuw.csv"
    new.write_bytes(csv_file(U, [row(U, boeking_id=f"V-{i}") for i in range(3)]))
    run = cli("ingest", U, str(new), "--mode", "append", "--json", data_dir=moved)
    assert json.loads(run.stdout)["status"] == "published", run.stdout + run.stderr
    assert cli("rollback", "4", data_dir=moved).returncode == 0
    done = cli("maintain", "--grace-minutes", "0", data_dir=moved)
    assert done.returncode == 0, done.stdout + done.stderr
    store = Store(moved)
    version = store.current_version()
    assert version == 6 and store.content(U, version) == before
    assert all(Path(f).is_relative_to(moved) for f in store.files(U, version))
    store.close()
    assert not demo_dir.exists()  # nothing was written where the folder was


def test_missing_parquet_file_then_recover_publishes_the_last_complete_version(demo_dir, tmp_path):
    store = Store(demo_dir)
    version = store.current_version()
    trajecten = store.content(T, version)
    (gone,) = store.files(U, version)
    store.close()
    Path(gone).unlink()
    lake.forget()
    status = cli("status", data_dir=demo_dir)
    assert_dutch_failure(status, "BESCHADIGD", "uitgaven", "python -m pipelines recover")
    export = cli("export", U, "--out", str(tmp_path / "u.csv"), data_dir=demo_dir)
    assert_dutch_failure(export, "ontbreekt", "python -m pipelines recover")
    at = _app(demo_dir, "views/budget.py")
    assert not at.exception
    assert any("ontbreekt" in e.value and "recover" in e.value for e in at.error), [e.value for e in at.error]
    repaired = cli("recover", data_dir=demo_dir)
    assert repaired.returncode == 0, repaired.stderr
    assert "uitgaven: gegevensbestanden van versie 4 ontbraken" in repaired.stdout
    assert "geen eerdere versie is volledig" in repaired.stdout  # uitgaven had one version only
    store = Store(demo_dir)
    now = store.current_version()
    assert now == version + 1 and U not in store.entries(now)
    assert store.content(T, now) == trajecten  # the other datasets stay
    store.close()
    assert cli("status", data_dir=demo_dir).returncode == 0


def _app(data_dir: Path, page: str):
    from streamlit.testing.v1 import AppTest

    os.environ["VAPA_DATA_DIR"] = str(data_dir)
    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=60)
    at.run()
    if page != "views/overzicht.py" and not at.error:
        at.switch_page(page).run()
    return at


@pytest.mark.parametrize(
    "damage", ["file instead of folder", "missing catalog", "corrupt catalog", "old format"]
)
def test_every_page_says_in_dutch_what_is_wrong(tmp_path, monkeypatch, damage):
    root = tmp_path / "data"
    monkeypatch.setenv("VAPA_DATA_DIR", str(root))
    if damage == "file instead of folder":
        root.write_text("x", encoding="utf-8")
    else:
        build_demo(root)
        lake.forget()
        if damage == "missing catalog":
            (root / "catalog.sqlite").unlink()
        elif damage == "corrupt catalog":
            (root / "catalog.sqlite").write_bytes(b"kapot" * 1000)
        else:
            (root / "manifest.json").write_text('{"version": 3, "datas', encoding="utf-8")
    for page in ("views/overzicht.py", "views/opladen.py", "views/parlementaire_vraag.py"):
        at = _app(root, page)
        assert not at.exception, [e.value for e in at.exception]
        errors = [e.value for e in at.error]
        assert errors and all("Traceback" not in e for e in errors)
        assert any(w in errors[0] for w in ("python -m pipelines", "--data-dir", "reservekopie")), errors


# --- "gepubliceerd op": an earlier publication, read-only -----------------------------------------


def _texts(at) -> list[str]:
    return [m.value for m in at.markdown] + [w.value for w in at.warning]


def test_an_earlier_publication_is_shown_read_only_on_every_page(data_dir):
    from conftest import open_page

    build_demo(data_dir)
    budget = csv_file("budget", [row("budget", bedrag="1000,00")])
    ingest("budget", budget, file_name="budget.csv", data_dir=data_dir, user="t")
    latest = open_page()
    assert {m.label: m.value for m in latest.metric}["Budget"] == "€\u00a01.000"
    at = open_page(publicatie="4")
    assert {m.label: m.value for m in at.metric}["Budget"] == "€\u00a0517.044"  # the demo's, as then
    info = [i.value for i in at.sidebar.info]
    assert any(
        re.fullmatch(r"U bekijkt publicatie 4 van \d\d/\d\d/\d{4} \d\d:\d\d \(alleen lezen\)\.", i)
        for i in info
    )
    assert any("publicatie 4" in c.value for c in at.sidebar.caption)
    upload = open_page("views/opladen.py", publicatie="4")
    assert not upload.get("file_uploader") and upload.button(key="terugzetten").disabled
    # the same choice as a moment: the publication current then
    store = Store(data_dir)
    moment = store.version(4)["committed"]
    store.close()
    assert open_page(publicatie_op=moment).sidebar.selectbox(key="publicatie").value == "4"


def test_the_choice_of_a_publication_lists_one_made_after_the_last_page_run(data_dir):
    """The sidebar's list is read once per snapshot of the lake: a publication made since the
    last page run, or a rollback, is there at the next run, and a refused upload adds none."""
    from conftest import open_page

    def choices() -> list[str]:
        return open_page().sidebar.selectbox(key="publicatie").options

    build_demo(data_dir)
    before = choices()
    assert before == ["laatste", "4", "3", "2", "1"]
    ingest(
        "budget", csv_file("budget", [row("budget", bedrag="-1")]), file_name="fout.csv", data_dir=data_dir
    )
    assert choices() == before  # refused: a snapshot of the ledger, no publication
    budget = csv_file("budget", [row("budget", bedrag="1000,00")])
    done = ingest("budget", budget, file_name="budget.csv", data_dir=data_dir, user="t")
    assert choices() == ["laatste", str(done.version), *before[1:]]
    store = Store(data_dir)
    back = store.rollback(4, "t")["version"]
    store.close()
    assert choices() == ["laatste", str(back), str(done.version), *before[1:]]


def test_an_answer_regenerated_from_its_snapshot_has_the_same_figures(data_dir):
    from conftest import open_page

    from dashboard import db
    from pipelines.maintenance import maintain

    build_demo(data_dir)
    first = open_page("views/parlementaire_vraag.py")
    texts = _texts(first)
    assert any("publicatie 4 van" in c.value for c in first.caption)
    ingest(U, csv_file(U, [row(U)]), file_name="echt.csv", data_dir=data_dir, user="t")  # other figures now
    assert _texts(open_page("views/parlementaire_vraag.py")) != texts
    again = open_page("views/parlementaire_vraag.py", publicatie="4")
    assert _texts(again) == texts
    # Downloading the answer records its snapshot: maintain keeps it even past the retention.
    snap = db.read_snapshot(str(data_dir), at=4)
    assert db.recorded(snap, "Word", b"docx") == b"docx"
    lines = maintain(data_dir, retention_days=0, grace=0)
    assert any("Bewaard omdat een gedownload antwoord ze noemt: versie 4" in line for line in lines)
    store = Store(data_dir)
    versions = {sid for (sid,) in store.sql(f"SELECT snapshot_id FROM {lake.LAKE}.snapshots()")}
    assert 4 in versions and 3 not in versions  # 3 expired, 4 kept for the answer
    assert store.content(U, 4)[0] == 65
    store.close()
    forced = maintain(data_dir, retention_days=0, force=True, grace=0)
    assert any("vervallen" in line for line in forced)


# --- a file refused as too large: its bytes kept within the disk budget (issue 20, item 7) ------


def test_a_too_large_file_is_kept_within_the_raw_budget(data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("VAPA_MAX_UPLOAD_MB", "0.001")  # about 1 kB
    monkeypatch.setenv("VAPA_RAW_BUDGET_MB", "0.004")  # room for about two such files
    big = tmp_path / "groot.csv"
    big.write_bytes(csv_file(T, [row(T, traject_id=f"UT-{i}") for i in range(12)]))
    first = ingest(T, big, data_dir=data_dir, user="t")
    assert first.refusal.code == "FILE_TOO_LARGE"
    store = Store(data_dir)
    assert store.raw_path(first.file_sha256).read_bytes() == big.read_bytes()  # as data/README says
    assert store.ledger()[-1]["raw_kept"] is True
    bigger = tmp_path / "groter.csv"
    bigger.write_bytes(csv_file(T, [row(T, traject_id=f"UT-{i}") for i in range(40)]))
    second = ingest(T, bigger, data_dir=data_dir, user="t")
    assert second.refusal.code == "FILE_TOO_LARGE"
    assert not store.raw_path(second.file_sha256).exists()  # over the budget: named, not kept
    assert store.ledger()[-1]["raw_kept"] is False and store.ledger()[-1]["file_sha256"] == second.file_sha256
    store.close()
