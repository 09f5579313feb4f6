"""The evaluation page (views/evaluatie.py) on data published through the real ingest.

Three trajectories and two indicators published through the real ingest:
E1 2021 Mechelen -> Leuven, afgerond (start 2021, end 2021), goals 3 of 4, satisfaction 4 and
5, anchored, report with link, expert meets the criteria. E2 2022 Gent -> Borsbeek (part of
Antwerpen since 2025), stopgezet (2022), goals 0 of 2, satisfaction 2 and 3, not anchored, no
report, expert does not meet the criteria. E3 2023 Hasselt -> Genk, lopend, 5 goals planned.

armoede_pct (%), values per year 2019-2025:
  Leuven 24062         10 10  9  8  8  8  8
  Antwerpen (old)      teller/noemer 190/900 (2019-2021), 180/900 (2022), 150/900 (2023-2024)
  Borsbeek 11007       10/100 every year 2019-2024 except 2022 (missing)
  Antwerpen 2025       16 (new code, given directly)
  Aartselaar 11001     12 every year            (non-participants)
  Boechout 11004       14 14 14 15 16 16 16
  Boom 11005           20 20 20 19 19 19 19
  Mechelen 12025       30 every year            (only gave)
Antwerpen in 2025 boundaries: (190+10)/(900+100) = 20,0% in 2019-2021; 2022 dropped (Borsbeek
has no value); (150+10)/1000 = 16,0% in 2023-2024; 16,0 in 2025.
leefloners (aantal): Antwerpen (old) 5000 5100 5200 (2019-2021), 4800 4700 (2023-2024), Borsbeek
100 each of those years, Antwerpen 2025 4900; Aartselaar 100 every year 2019-2025.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import open_page, unescape
from fixture_small import _csv
from streamlit.testing.v1 import AppTest

from dashboard import evaluation as ev
from pipelines.ingest import ingest
from pipelines.reference import NEW

EVALUATIE = "views/evaluatie.py"

# --------------------------------------------------------------------------------------------
# The page

TRAJECTORIES = [
    dict(traject_id="E1", oproep="2021", model="mentoring", aanbiedend_bestuur="Mechelen",
         ontvangend_bestuur="Leuven", thema="onthaal", status="afgerond", startdatum="01/03/2021",
         einddatum="30/09/2021", fte_inzet="0,5", geplande_maanden="6", gepresteerde_uren="400",
         toegekend_bedrag="10.000,00", expert_criteria_voldaan="ja", rapport_beschikbaar="ja",
         rapport_link="https://example.org/rapport-e1", doelen_gepland="4", doelen_bereikt="3",
         tevredenheid_ontvanger="4", tevredenheid_aanbieder="5", verankerd="ja",
         opmerking="Contactpersoon Jan Peeters"),
    dict(traject_id="E2", oproep="2022", model="stage", aanbiedend_bestuur="Gent",
         ontvangend_bestuur="Borsbeek", thema="data", status="stopgezet", startdatum="01/02/2022",
         einddatum="30/06/2022", fte_inzet="0,5", geplande_maanden="4", gepresteerde_uren="100",
         toegekend_bedrag="5.000,00", expert_criteria_voldaan="nee", rapport_beschikbaar="nee",
         doelen_gepland="2", doelen_bereikt="0", tevredenheid_ontvanger="2",
         tevredenheid_aanbieder="3", verankerd="nee"),
    dict(traject_id="E3", oproep="2023", model="mentoring", aanbiedend_bestuur="Hasselt",
         ontvangend_bestuur="Genk", thema="schulden", status="lopend", startdatum="01/03/2023",
         fte_inzet="0,5", geplande_maanden="6", toegekend_bedrag="8.000,00",
         expert_criteria_voldaan="ja", doelen_gepland="5"),
]  # fmt: skip
ALL = range(2019, 2026)


def indicator_rows() -> list[dict[str, str]]:
    out = []

    def add(code, year, name, unit, value, teller="", noemer=""):
        out.append(dict(gemeente=code, jaar=str(year), indicator=name, waarde=str(value).replace(".", ","),
                        eenheid=unit, teller=teller, noemer=noemer))  # fmt: skip

    for year, v in zip(ALL, (10, 10, 9, 8, 8, 8, 8), strict=True):
        add("24062", year, "armoede_pct", "%", v)
    for year, teller in zip(range(2019, 2025), (190, 190, 190, 180, 150, 150), strict=True):
        add("11002", year, "armoede_pct", "%", round(teller / 9, 6), str(teller), "900")
        if year != 2022:
            add("11007", year, "armoede_pct", "%", 10, "10", "100")
    add("11002", 2025, "armoede_pct", "%", 16)
    for code, values in (("11001", [12] * 7), ("11004", [14, 14, 14, 15, 16, 16, 16]),
                         ("11005", [20, 20, 20, 19, 19, 19, 19]), ("12025", [30] * 7)):  # fmt: skip
        for year, v in zip(ALL, values, strict=True):
            add(code, year, "armoede_pct", "%", v)
    for year, v in zip((2019, 2020, 2021, 2023, 2024), (5000, 5100, 5200, 4800, 4700), strict=True):
        add("11002", year, "leefloners", "aantal", v)
        add("11007", year, "leefloners", "aantal", 100)
    add("11002", 2025, "leefloners", "aantal", 4900)
    for year in ALL:
        add("11001", year, "leefloners", "aantal", 100)
    return out


@pytest.fixture
def evaluated(data_dir):
    for dataset, data in (("trajecten", TRAJECTORIES), ("indicatoren", indicator_rows())):
        result = ingest(
            dataset, _csv(dataset, data), file_name=f"{dataset}.csv", data_dir=data_dir, user="test"
        )
        assert result.status == "published" and result.rows_rejected == 0, (dataset, result.errors)
    return data_dir


def shows(cell: str, expected: float) -> bool:
    """A Belgian number on screen ('1.234,57') is the hand-computed value, to its decimals."""
    decimals = len(cell.split(",")[1]) if "," in cell else 0
    return abs(float(cell.replace(".", "").replace(",", ".")) - expected) <= 0.5 * 10**-decimals + 1e-9


def screen_table(at: AppTest, first_column: str, containing: str | None = None) -> pd.DataFrame:
    found = [
        df.value
        for df in at.dataframe
        if list(df.value.columns)[:1] == [first_column]
        and (containing is None or containing in df.value.columns)
    ]
    assert found, f"no table starting with {first_column!r}"
    return found[0]


def test_page_logic_model_and_outcomes_per_trajectory(evaluated):
    at = open_page(EVALUATIE)
    model = screen_table(at, "Schakel").set_index("Indicator")
    expected = {
        "Expert voldoet aan de criteria": ("66,7%", "zwak"),  # E1 and E3 of three approved
        "Trajecten toegekend": ("3", "ter info"),
        "Trajecten gestart": ("3", "ter info"),
        "Trajecten afgerond": ("1", "ter info"),
        "Stopgezet": ("33,3%", "zwak"),  # E2 of three started
        "Doelbereik": ("50,0%", "aandacht"),  # (3 + 0) of (4 + 2), ended trajectories only
        "Rapport beschikbaar": ("50,0%", "aandacht"),
        "Aanpak verankerd in het beleid": ("50,0%", "aandacht"),
        "Tevredenheid ontvanger": ("3,0", "aandacht"),  # (4 + 2) / 2
        "Tevredenheid aanbieder": ("4,0", "goed"),  # (5 + 3) / 2
    }
    for name, (value, judgement) in expected.items():
        assert (model.loc[name, "Waarde"], model.loc[name, "Beoordeling"]) == (value, judgement), name
    assert {m.label: m.value for m in at.metric}["Outputs: doelbereik"] == "50,0%"

    per = screen_table(at, "Traject", containing="Doelbereik").set_index("Traject")
    assert per.loc["E1", "Doelbereik"] == "75,0%" and per.loc["E2", "Doelbereik"] == "0,0%"
    assert per.loc["E3", "Doelbereik"] == "–"  # still running: not yet known
    assert per.loc["E1", "Link naar rapport"] == "https://example.org/rapport-e1"
    assert list(per["Expert voldoet aan de criteria"]) == ["ja", "nee", "ja"]
    assert (
        per.loc["E2", "Ontvangend bestuur"] == "Antwerpen (Borsbeek)"
    )  # merged in 2025: named for what it was
    shown = " ".join(str(v) for df in at.dataframe for v in df.value.astype(str).to_numpy().ravel())
    assert "Peeters" not in shown  # no personal names from the comments


def test_page_compares_receivers_before_and_after(evaluated):
    at = open_page(EVALUATIE, indicator="armoede_pct")
    table = screen_table(at, "Indicator", containing="Verschil-in-verschil")
    main = table[(table["Indicator"] == "armoede_pct") & (table["Vergelijkingsgroep"] == ev.ALL_OTHERS)].iloc[
        0
    ]
    # Leuven: before (2019-2020) 10, after (2022-2025) 8. Antwerpen (Borsbeek's trajectory, 2022):
    # before (2019-2021) 200/1000 = 20,0; after (2023-2025) 16,0. Comparison: Aartselaar, Boechout
    # and Boom (Mechelen gave, so it is no non-participant).
    c_before = (12 + 14 + 20) / 3
    c_after_leuven = (12 + (15 + 16 + 16 + 16) / 4 + 19) / 3
    c_after_antwerpen = (12 + 16 + 19) / 3
    did = ((8 - 10) - (c_after_leuven - c_before) + (16 - 20) - (c_after_antwerpen - c_before)) / 2
    assert main["Ontvangers"] == "2" and main["Vergelijkingsgemeenten"] == "3"
    assert shows(main["Ontvangers vóór"], 15.0)
    assert shows(main["Ontvangers na"], 12.0)
    assert shows(main["Vergelijking vóór"], c_before)
    assert shows(main["Vergelijking na"], (c_after_leuven + c_after_antwerpen) / 2)
    assert shows(main["Verschil-in-verschil"], did)
    assert main["Lezing"].startswith("Indicatief. Kleine groep (2 ontvangers)")
    assert main["Methode"] == ev.RECOMPUTED
    givers = table[(table["Indicator"] == "armoede_pct") & (table["Vergelijkingsgroep"] == ev.GIVERS)].iloc[0]
    assert givers["Vergelijkingsgemeenten"] == "1"  # Mechelen (Gent, Hasselt have no values)
    assert shows(givers["Verschil-in-verschil"], ((8 - 10) + (16 - 20)) / 2)

    per = screen_table(at, "Indicator", containing="Jaren vóór")
    antwerpen = per[per["NIS-code"] == "11002"].iloc[0]
    assert (antwerpen["Jaren vóór"], antwerpen["Jaren na"]) == ("2019, 2020, 2021", "2023, 2024, 2025")
    assert (antwerpen["Startjaar"], antwerpen["Eindjaar"]) == ("2022", "2022")  # a year, not 2.022
    assert shows(antwerpen["Ontvanger vóór"], 20.0) and shows(antwerpen["Ontvanger na"], 16.0)

    summary = unescape(" ".join(m.value for m in at.markdown))
    assert (
        "bij 2 ontvangende gemeenten daalde de waarde van gemiddeld 15,0 vóór het traject naar 12,0 erna"
        in summary
    )
    assert (
        "geen bewijs dat de trajecten het verschil veroorzaakten; met 2 gemeenten is de groep bovendien klein"
        in summary
    )
    captions = unescape(" ".join(c.value for c in at.caption))
    assert "Antwerpen 2022: geen waarde voor 11007" in captions  # Borsbeek has no 2022 value


def test_page_sums_counts_of_merged_parts(evaluated):
    at = open_page(EVALUATIE, indicator="leefloners")
    per = screen_table(at, "Indicator", containing="Jaren vóór")
    antwerpen = per[per["NIS-code"] == "11002"].iloc[0]
    # (5000 + 100 + 5100 + 100 + 5200 + 100) / 3 and (4800 + 100 + 4700 + 100 + 4900) / 3
    assert shows(antwerpen["Ontvanger vóór"], 5200.0)
    assert shows(antwerpen["Ontvanger na"], 14600 / 3)
    table = screen_table(at, "Indicator", containing="Verschil-in-verschil")
    main = table[(table["Indicator"] == "leefloners") & (table["Vergelijkingsgroep"] == ev.ALL_OTHERS)].iloc[
        0
    ]
    assert main["Ontvangers"] == "1" and main["Methode"] == ev.SUMMED
    assert "niet te schatten" in main["Lezing"]  # one comparison municipality: no spread
    captions = unescape(" ".join(c.value for c in at.caption))
    assert "leefloners: 1 ontvanger zonder gegevens" in captions  # Leuven has no counts
    assert "absolute aantallen" in captions  # no population installed in this data directory


def test_page_sections_in_order_each_table_and_chart_with_its_downloads(evaluated, downloads):
    """The page as an evaluator reads it: the summary on top, then the chain, the results per
    trajectory and the comparison, the method explained; every table and chart has its CSV and
    Excel download, the logic model's with its numbers as numbers."""
    at = open_page(EVALUATIE, indicator="leefloners")
    assert [s.value for s in at.subheader] == [
        "Samenvatting",
        "Logische keten",
        "Resultaten per traject",
        "Ontvangende gemeenten tegenover andere gemeenten",
    ]
    method = next(e for e in at.expander if e.label == "Hoe de vergelijking werkt").markdown[0].value
    assert f"de {ev.MATCHES} niet-deelnemers uit dezelfde provincie" in method
    assert f"Minder dan {ev.SMALL_GROUP} ontvangers is een kleine groep" in method
    files = downloads(at)
    names = ("logische-keten", "aandelen-tegenover-de-norm", "resultaten-per-traject", "doelbereik-per-traject",
             "vergelijking-indicatoren", "verloop-leefloners", "ontvangers-leefloners-alle-andere-vlaamse-gemeenten")  # fmt: skip
    assert set(files) == {f"{kind}-{name}" for kind in ("csv", "xlsx") for name in names}
    chain = files["csv-logische-keten"][1].decode("utf-8-sig")
    assert "\r\nOutputs;Doelbereik;50;%;≥ 75%;aandacht;" in chain  # 3 of 6 goals, a number


def test_page_in_2019_2024_boundaries_uses_borsbeek(evaluated):
    at = open_page(EVALUATIE, indicator="armoede_pct", indeling="2019-2024")
    per = screen_table(at, "Indicator", containing="Jaren vóór")
    borsbeek = per[per["NIS-code"] == "11007"].iloc[0]
    assert borsbeek["Gemeente"] == "Borsbeek"
    assert borsbeek["Jaren na"] == "2023, 2024" and shows(borsbeek["Ontvanger na"], 10.0)
    captions = unescape(" ".join(c.value for c in at.caption))
    assert "niet op te splitsen" in captions  # Antwerpen 2025 cannot be placed before 2025


def test_page_with_a_province_compares_only_its_receivers(evaluated):
    at = open_page(EVALUATIE, indicator="armoede_pct", provincie="Vlaams-Brabant")
    table = screen_table(at, "Indicator", containing="Verschil-in-verschil")
    main = table[(table["Indicator"] == "armoede_pct") & (table["Vergelijkingsgroep"] == ev.ALL_OTHERS)].iloc[
        0
    ]
    assert main["Ontvangers"] == "1"  # Leuven only
    assert shows(main["Ontvangers vóór"], 10.0)
    assert "Kleine groep (1 ontvanger)" in main["Lezing"]


def test_matched_group_on_request(evaluated):
    at = open_page(EVALUATIE, indicator="armoede_pct")
    at.toggle(key="gematcht").set_value(True).run()
    table = screen_table(at, "Indicator", containing="Verschil-in-verschil")
    matched = table[(table["Indicator"] == "armoede_pct") & (table["Vergelijkingsgroep"] == ev.MATCHED)]
    # Leuven (Vlaams-Brabant) has no non-participant with values in its province; Antwerpen's
    # three nearest in Antwerpen are Boom (20), Boechout (14) and Aartselaar (12).
    assert matched.iloc[0]["Ontvangers"] == "1" and matched.iloc[0]["Vergelijkingsgemeenten"] == "3"
    captions = unescape(" ".join(c.value for c in at.caption))
    assert (
        "armoede_pct, gematcht (provincie en niveau vooraf): 1 ontvanger zonder vergelijkingsgemeenten"
        in captions
    )


def test_indicators_published_before_teller_and_noemer_still_read(evaluated):
    """A Parquet file written before the optional columns existed reads with them empty."""
    import duckdb

    from dashboard import db

    snap = db.read_snapshot(str(evaluated))
    (path,) = dict(snap.files)["indicatoren"]
    old = path + ".old.parquet"
    duckdb.sql(f"COPY (SELECT * EXCLUDE (teller, noemer) FROM read_parquet('{path}')) TO '{old}'")
    snap = db.Snapshot(snap.root, snap.version, snap.created_at,
                       tuple((d, (old,) if d == "indicatoren" else f) for d, f in snap.files), False, snap.updated)  # fmt: skip
    rows = db.query(db.connect(), "indicatoren_rijen", snap, {})
    assert len(rows) == len(indicator_rows())
    assert rows["teller"].isna().all() and rows["noemer"].isna().all()


def test_summary_without_trajectories_says_so(data_dir):
    from dashboard import db

    con, snap = db.connect(), db.read_snapshot(str(data_dir))  # nothing published
    params = {"jaren": [], "provincies": [], "gemeenten": [], "indeling": NEW, "tot": None}
    traj = db.query(con, "trajecten_lijst", snap, {**params, "statussen": [], "modellen": [], "themas": [],
                                                   "kant": "beide"})  # fmt: skip
    totals = db.query(con, "overview_totals", snap, params).iloc[0]
    model = ev.logic_model(traj, totals)
    assert set(model.loc[model["Eenheid"] == "%", "Beoordeling"]) == {ev.NO_DATA}
    assert ev.summary(model, ev.EMPTY_COMPARISON) == ["Er zijn geen toegekende trajecten in deze selectie."]


def test_many_trajectories_get_bands_instead_of_a_bar_each(data_dir):
    many = [dict(traject_id=f"M{i:03d}", oproep="2022", model="mentoring", aanbiedend_bestuur="Mechelen",
                 ontvangend_bestuur="Leuven", status="afgerond", startdatum="01/03/2022",
                 einddatum="30/09/2022", doelen_gepland="4", doelen_bereikt=str(i % 5))
            for i in range(ev.BARS_AT_MOST + 1)]  # fmt: skip
    result = ingest("trajecten", _csv("trajecten", many), file_name="t.csv", data_dir=data_dir, user="test")
    assert result.rows_accepted == len(many)
    at = open_page(EVALUATIE)
    bands = screen_table(at, "Doelbereik", containing="Trajecten").set_index("Doelbereik")
    # i % 5 goals of 4: 0 -> 0%, 1 -> 25%, 2 -> 50%, 3 -> 75%, 4 -> 100%; 61 = 13 + 12 * 4
    assert bands["Trajecten"].to_dict() == {"minder dan 25%": "13", "25% tot 50%": "12", "50% tot 75%": "12",
                                            "75% tot 100%": "12", "100% of meer": "12"}  # fmt: skip
    assert not [
        df for df in at.dataframe if "Ontvangend bestuur" in df.value.columns and len(df.value.columns) == 6
    ]
