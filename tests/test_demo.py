"""The embedded demo: built through the normal ingest path, and never mixed with real rows."""

from __future__ import annotations

import duckdb
from conftest import published

from pipelines.contract import DATASETS
from pipelines.demo import build_demo, demo_files
from pipelines.exports import template
from pipelines.ingest import ingest
from pipelines.reference import REFERENCE_FILE
from pipelines.store import Store


def _rows(data_dir, dataset):
    return duckdb.sql(f"SELECT * FROM {published(data_dir, dataset)}").fetchall()


def test_demo_covers_what_the_issue_asks(data_dir):
    results = build_demo(data_dir)
    assert {r.dataset for r in results} == set(DATASETS)
    assert all(r.status == "published" and r.rows_rejected == 0 for r in results)
    con = duckdb.connect()
    files = {name: published(data_dir, name) for name in DATASETS}
    budget = dict(
        con.execute("SELECT begrotingsjaar || '/' || stroom, bedrag FROM " + files["budget"]).fetchall()
    )
    assert float(budget["2021/coordinatie_vvsg"]) == 182044.00
    assert float(budget["2022/compensatie_aanbieder"]) == 250000.00
    assert any(key.startswith("2023/") for key in budget)
    traj = con.execute(
        "SELECT count(*), count(DISTINCT status), list(DISTINCT aanbiedend_bestuur_naam || '>' || "
        "ontvangend_bestuur_naam) FROM " + files["trajecten"]
    ).fetchall()[0]
    assert 15 <= traj[0] <= 30
    assert traj[1] == 6  # every status
    assert "Mechelen>Leuven" in traj[2]
    provinces = con.execute(
        f"SELECT DISTINCT g.province FROM {files['trajecten']} t JOIN read_csv($ref, all_varchar=true) g "
        "ON g.nis_code = t.ontvangend_bestuur_nis OR g.nis_code = t.aanbiedend_bestuur_nis",
        {"ref": str(REFERENCE_FILE)},
    ).fetchall()
    assert len(provinces) == 5
    years = con.execute(
        "SELECT min(jaar), max(jaar), count(DISTINCT gemeente_nis) FROM " + files["indicatoren"]
    ).fetchall()[0]
    assert years[:2] == (2019, 2025)
    # the 300 codes of 2019-2024 and the 12 codes new in 2025 (Antwerpen kept 11002)
    assert years[2] == 300 + 12


def test_demo_files_are_deterministic():
    assert demo_files() == demo_files()


def test_real_append_replaces_demo_rows_instead_of_mixing(data_dir):
    build_demo(data_dir)
    demo_rows = len(_rows(data_dir, "uitgaven"))
    result = ingest("uitgaven", template("uitgaven"), file_name="echt.csv", mode="append", data_dir=data_dir)
    assert result.status == "published"
    assert result.mode == "replace"
    assert [w.code for w in result.warnings].count("DEMO_REPLACED") == 1
    rows = _rows(data_dir, "uitgaven")
    assert len(rows) == result.rows_accepted < demo_rows
    entry = Store(data_dir).current()["datasets"]["uitgaven"]
    assert entry["demo"] is False
    assert Store(data_dir).current()["datasets"]["trajecten"]["demo"] is True  # others untouched
