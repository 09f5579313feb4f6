"""The app in Streamlit's AppTest: first start on an empty data dir, the overview on demo data."""

from __future__ import annotations

from conftest import PROJECT
from streamlit.testing.v1 import AppTest

from pipelines.demo import DEMO_NOTICE
from pipelines.ingest import ingest
from pipelines.store import Store

APP = str(PROJECT / "app.py")


def run_app(timeout: float = 60) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=timeout)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_first_start_builds_the_demo_and_shows_the_overview(data_dir):
    at = run_app(timeout=120)
    assert Store(data_dir).current() is not None  # demo published through the ingest path
    assert [t.value for t in at.title] == ["Overzicht"]
    shown = metrics(at)
    assert shown["Trajecten"] == "25"
    assert shown["Budget"] == "€\xa0517.044"  # 182.044 + 250.000 + 60.000 + 25.000
    assert DEMO_NOTICE in [w.value for w in at.sidebar.warning]
    assert any(c.value.startswith("Stand van ") for c in at.sidebar.caption)


def test_overview_on_a_small_real_upload_shows_hand_computed_totals(data_dir):
    """No demo: two budget lines and three bookings, figures computed by hand."""
    budget = (
        b"begrotingsjaar;stroom;bedrag;bron;toelichting\r\n"
        b"2022;compensatie_aanbieder;100.000,00;oproep 2022;\r\n"
        b"2022;coordinatie_vvsg;20.000,00;subsidie;\r\n"
    )
    uitgaven = (
        b"boeking_id;boekingsdatum;begrotingsjaar;fase;stroom;begunstigde;traject_id;bedrag;"
        b"begrotingsartikel;omschrijving\r\n"
        b"V1;01/03/2022;2022;vastlegging;compensatie_aanbieder;Gent;;40.000,00;SH0;\r\n"
        b"B1;01/06/2022;2022;vereffening;compensatie_aanbieder;Gent;;30.000,00;SH0;\r\n"
        b"T1;01/09/2022;2022;terugvordering;compensatie_aanbieder;Gent;;-5.000,00;SH0;\r\n"
    )
    for name, data in (("budget", budget), ("uitgaven", uitgaven)):
        result = ingest(name, data, file_name=f"{name}.csv", data_dir=data_dir, user="test")
        assert result.rows_rejected == 0, result.errors
    at = run_app()
    shown = metrics(at)
    assert shown["Budget"] == "€\xa0120.000"
    assert shown["Vastgelegd"] == "€\xa040.000"
    assert shown["Betaald (netto)"] == "€\xa025.000"  # 30.000 paid - 5.000 recovered
    assert shown["Trajecten"] == "0"
    assert not at.sidebar.warning  # no demo notice on real data


def test_unwritable_data_dir_gives_a_dutch_message_not_a_traceback(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("VAPA_DATA_DIR", str(blocker / "data"))  # parent is a file: cannot mkdir
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert any("gegevensmap" in e.value for e in at.error)
