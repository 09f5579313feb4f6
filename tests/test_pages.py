"""Every page in AppTest: on the demo data without errors, and on a small fixture where the
figures for a given filter are computed by hand (see fixture_small.py)."""

from __future__ import annotations

import pandas as pd
import published
import pytest
from conftest import open_page
from fixture_small import publish_small
from streamlit.testing.v1 import AppTest

PAGES = (
    "views/overzicht.py",
    "views/budget.py",
    "views/kaart.py",
    "views/trajecten.py",
    "views/evaluatie.py",
    "views/over_de_data.py",
)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def table(at: AppTest, first_column: str) -> pd.DataFrame:
    """The (screen-formatted) table whose first column is `first_column`."""
    found = [df.value for df in at.dataframe if list(df.value.columns)[:1] == [first_column]]
    assert found, f"no table starting with {first_column!r}"
    return found[0]


@pytest.fixture
def small(data_dir):
    publish_small(data_dir)
    return data_dir


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_demo_data(data_dir, page):
    published.demo(data_dir)
    at = open_page(page)
    assert at.title[0].value
    # (the sidebar with the demo notice is checked in the browser: AppTest does not keep the
    # entry file's sidebar after switch_page)
    assert not at.error or page == "views/budget.py"  # budget: over-use of the 2024 demo call


def test_overview_of_everything(small):
    shown = metrics(open_page())
    assert shown == {
        "Budget": "€\xa0170.000",
        "Vastgelegd": "€\xa047.000",
        "Betaald (netto)": "€\xa028.000",  # 15.000 + 8.000 - 1.000 + 6.000
        "Benutting": "16,5%",  # 28.000 / 170.000
        "Trajecten": "4",
        "Deelnemende gemeenten": "6",  # T1, T2, T4 both sides; T3 was refused
        "VTE-maanden geleverd": "3,0",  # (329,33 + 164,67) h / 164,67 h
        "Kost per traject": "€\xa09.333",  # 28.000 / 3 approved
    }


def test_overview_for_one_year_and_province(small):
    at = open_page(jaar="2022", provincie="Antwerpen", indeling="2025")
    assert at.caption[0].value == "Selectie: 2022 · Antwerpen · gemeentegrenzen 2025"
    assert metrics(at) == {
        "Budget (heel Vlaanderen)": "€\xa0120.000",
        "Vastgelegd": "€\xa010.000",  # Mechelen only; VVSG has no province
        "Betaald (netto)": "€\xa07.000",
        "Benutting": "–",  # the budget is not divided over provinces
        "Trajecten": "1",
        "Deelnemende gemeenten": "1",  # Mechelen; Leuven lies in Vlaams-Brabant
        "VTE-maanden geleverd": "2,0",
        "Kost per traject": "€\xa07.000",
    }
    assert "niet per provincie verdeeld" in at.info[0].value
    roles = table(at, "Rol")
    assert roles.set_index("Rol")["Gemeenten"].to_dict() == {
        "Alleen aanbiedend": "1",
        "Alleen ontvangend": "0",
        "Beide": "0",
        "Samen": "1",
    }
    assert roles.set_index("Rol").loc["Samen", "Aandeel van alle gemeenten"] == "1,5%"  # 1 of 67


def test_overview_states_the_share_of_municipalities_taking_part(small):
    captions = [c.value for c in open_page().caption]
    assert (
        "2,1% van de 285 gemeenten in de selectie neemt deel (gemeentegrenzen 2025)." in captions
    )  # 6 / 285
    captions = [c.value for c in open_page(jaar="2022", provincie="Antwerpen", indeling="2025").caption]
    assert "1,5% van de 67 gemeenten in de selectie neemt deel (gemeentegrenzen 2025)." in captions


@pytest.mark.parametrize(
    ("vintage", "participants", "committed"),
    [("2019-2024", "2", "€\xa05.000"), ("2025", "1", "€\xa00")],
)
def test_boundary_vintage_moves_zwijndrecht(small, vintage, participants, committed):
    """Zwijndrecht lay in Antwerpen until 2024; from 2025 it is part of Beveren-Kruibeke-
    Zwijndrecht in Oost-Vlaanderen."""
    shown = metrics(open_page(jaar="2023", provincie="Antwerpen", indeling=vintage))
    assert shown["Trajecten"] == "1"  # T4: its receiving side is Antwerpen in both vintages
    assert shown["Deelnemende gemeenten"] == participants
    assert shown["Vastgelegd"] == committed


def test_budget_page_per_year_and_flow(small):
    at = open_page("views/budget.py")
    rows = table(at, "Jaar").set_index(["Jaar", "Geldstroom"])
    comp = rows.loc[("2022", "Compensatie aanbiedend bestuur")]
    assert comp[["Budget (EUR)", "Vastgelegd (EUR)", "Betaald, bruto (EUR)"]].tolist() == [
        "€\xa0100.000,00",
        "€\xa022.000,00",
        "€\xa014.000,00",
    ]
    assert comp[["Teruggevorderd (EUR)", "Betaald, netto (EUR)", "Benutting", "Onbenut (EUR)"]].tolist() == [
        "€\xa0-1.000,00",
        "€\xa013.000,00",
        "13,0%",
        "€\xa087.000,00",
    ]
    assert comp["Signaal"] == "onderbenutting"
    coord = rows.loc[("2022", "Coördinatie VVSG")]
    assert (coord["Betaald, netto (EUR)"], coord["Benutting"]) == ("€\xa015.000,00", "75,0%")
    # Under-use is flagged with the reason the data gives.
    texts = [w.value for w in at.warning]
    assert any("2022, Coördinatie VVSG" in t and "de tweede volgt na het eindrapport" in t for t in texts)
    steps = table(at, "Stap").set_index("Stap")["Bedrag (EUR)"].to_dict()
    assert steps == {
        "Budget": "€\xa0170.000,00",
        "Niet vastgelegd": "€\xa0-123.000,00",
        "Vastgelegd": "€\xa047.000,00",
        "Vastgelegd, niet betaald": "€\xa0-18.000,00",
        "Teruggevorderd": "€\xa0-1.000,00",
        "Betaald (netto)": "€\xa028.000,00",
    }
    beneficiaries = table(at, "Begunstigde").set_index("Begunstigde")
    assert beneficiaries["Betaald, netto (EUR)"].to_dict() == {
        "VVSG": "€\xa015.000,00",
        "Mechelen": "€\xa07.000,00",
        "Gent": "€\xa06.000,00",
        "Beveren-Kruibeke-Zwijndrecht (Zwijndrecht)": "€\xa00,00",  # merged in 2025: named for what it was
    }
    assert beneficiaries.loc["Mechelen", "Trajecten als aanbieder"] == "1"


def test_boundaries_follow_the_years_unless_the_link_names_them(small):
    assert open_page(jaar="2022").caption[0].value.endswith("gemeentegrenzen 2019-2024")
    assert open_page(jaar=["2022", "2023"]).caption[0].value == (
        "Selectie: 2022, 2023 · heel Vlaanderen · gemeentegrenzen 2019-2024"
    )
    assert open_page().caption[0].value.endswith("gemeentegrenzen 2025")  # all years
    assert open_page(jaar="2022", indeling="2025").caption[0].value.endswith("gemeentegrenzen 2025")


def test_default_vintage():
    from dashboard.filters import default_vintage

    assert default_vintage([]) == "2025"
    assert default_vintage([2021, 2024]) == "2019-2024"
    assert default_vintage([2024, 2025]) == "2025"


def test_budget_page_with_a_province_does_not_judge_utilisation(small):
    at = open_page("views/budget.py", jaar="2022", provincie="Antwerpen")
    rows = table(at, "Jaar")
    assert set(rows["Signaal"]) == {"niet per provincie"}
    assert set(rows["Benutting"]) == {"–"}
    assert "niet per provincie verdeeld" in at.warning[0].value
    assert table(at, "Begunstigde")["Begunstigde"].tolist() == ["Mechelen"]


def test_budget_page_states_what_is_left_unused(small):
    captions = [c.value for c in open_page("views/budget.py").caption]
    assert "Onbenut (budget min betaald): €\xa0142.000,00." in captions  # 170.000 - 28.000
    # Per province the budget is that of all Flanders: nothing is said to be left unused.
    captions = [c.value for c in open_page("views/budget.py", jaar="2022", provincie="Antwerpen").caption]
    assert not [c for c in captions if c.startswith(("Onbenut", "Meer betaald"))]


def test_the_map_names_participants_missing_from_the_old_boundaries():
    from dashboard.mapview import off_map_note

    assert off_map_note(["Beveren-Kruibeke-Zwijndrecht"]) == (
        "1 deelnemende gemeente bestaat pas sinds 2025 en staat niet op de kaart van 2019-2024: "
        "Beveren-Kruibeke-Zwijndrecht. Kies de gemeentegrenzen van 2025 om ze te zien."
    )
    assert off_map_note(["Lochristi", "Nazareth-De Pinte"]).startswith(
        "2 deelnemende gemeenten bestaan pas sinds 2025 en staan niet op de kaart van 2019-2024: "
        "Lochristi, Nazareth-De Pinte."
    )


def test_trajectories_page_filters_and_detail(small):
    at = open_page("views/trajecten.py", status="lopend")
    assert table(at, "Traject")["Traject"].tolist() == ["T2"]
    facts = table(at, "Gegeven").set_index("Gegeven")["Waarde"]
    assert facts["Aanbiedend bestuur"] == "Gent (44021), Oost-Vlaanderen"
    assert facts["Inzet"] == "0,50 VTE gedurende 6,0 maanden"


def test_trajectories_page_province_side(small):
    at = open_page("views/trajecten.py", provincie="Antwerpen", kant="ontvangend", indeling="2025")
    assert table(at, "Traject")["Traject"].tolist() == ["T4"]
    at = open_page("views/trajecten.py", provincie="Antwerpen", kant="aanbiedend", indeling="2025")
    assert table(at, "Traject")["Traject"].tolist() == ["T1"]


def test_funnel_and_themes(small):
    at = open_page("views/trajecten.py")
    assert table(at, "Stap").set_index("Stap")["Trajecten"].to_dict() == {
        "Aangevraagd": "4",
        "Goedgekeurd": "3",
        "Gestart": "2",
        "Afgerond": "1",
    }
    assert table(at, "Thema").set_index("Thema")["Trajecten"].to_dict() == {
        "onthaal": "2",
        "data": "2",
        "schulden": "1",
    }


def test_empty_selection_gives_a_message_not_an_error(small):
    at = open_page("views/trajecten.py", jaar="2022", provincie="Limburg")
    assert any("Geen gegevens voor deze selectie" in i.value for i in at.info)


def test_over_de_data_lists_dictionary_and_versions(small):
    at = open_page("views/over_de_data.py")
    versions = table(at, "Versie")
    assert versions["Versie"].tolist() == ["3", "2", "1"]
    assert versions["Bestand"].tolist() == ["uitgaven.csv", "trajecten.csv", "budget.csv"]
    columns = table(at, "Kolom")
    assert "traject_id" in columns["Kolom"].tolist()
