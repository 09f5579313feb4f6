"""Every table a page shows (dashboard/tables.py), column by column and row by row, on the
hand-computed fixture (fixture_small.py): what a user reads, and downloads, exactly. The figures
follow from the fixture's docstring; each test says how where it is not plain."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from fixture_small import publish_small

from dashboard import db, format, tables
from pipelines import rules
from pipelines.errors import Issue

AS_OF = date(2024, 6, 30)  # budget years 2022 and 2023 are closed, 2024 runs
LIST = {"statussen": [], "modellen": [], "themas": [], "kant": "beide"}
COMP, COORD = "Compensatie aanbiedend bestuur", "Coördinatie VVSG"


@pytest.fixture(scope="module")
def q(tmp_path_factory):
    """q(query, **params) on the published fixture: all years, all provinces, 2025 boundaries."""
    root = tmp_path_factory.mktemp("small") / "data"
    root.mkdir()
    publish_small(root)
    snap, con = db.read_snapshot(str(root)), db.connect()
    base = {"jaren": [], "provincies": [], "gemeenten": [], "indeling": "2025", "tot": None}
    return lambda name, **params: db.query(con, name, snap, base | params)


def rows(df: pd.DataFrame) -> list[list]:
    """The table as a user reads it: its rows, numbers to four decimals, missing as None."""
    out = df.astype(object).where(df.notna(), None)
    return [[round(v, 4) if isinstance(v, float) else v for v in r] for r in out.itertuples(index=False)]


def test_budget_execution_per_year_and_flow(q):
    ex = tables.budget_execution(q("budget_execution"), AS_OF)
    assert list(ex.columns) == ["Jaar", "Geldstroom", "Budget (EUR)", "Vastgelegd (EUR)", "Betaald, bruto (EUR)",
                                "Teruggevorderd (EUR)", "Betaald, netto (EUR)", "Benutting", "Onbenut (EUR)",
                                "Signaal", "Toelichting"]  # fmt: skip
    reason = "Twee tranches, de tweede volgt na het eindrapport."
    assert rows(ex) == [
        [2022, COMP, 100000.0, 22000.0, 14000.0, -1000.0, 13000.0, 0.13, 87000.0, "onderbenutting", ""],
        [2022, COORD, 20000.0, 20000.0, 15000.0, 0.0, 15000.0, 0.75, 5000.0, "onderbenutting", reason],
        [2023, COMP, 50000.0, 5000.0, 0.0, 0.0, 0.0, 0.0, 50000.0, "onderbenutting", ""],
    ]
    # 2023 is the running year on a day in 2023: not (yet) under-used
    assert tables.budget_execution(q("budget_execution"), date(2023, 6, 30))["Signaal"].tolist() == [
        "onderbenutting", "onderbenutting", "lopend jaar"]  # fmt: skip
    # with provinces chosen the budget (of all Flanders) is not compared
    local = tables.budget_execution(q("budget_execution", provincies=["Antwerpen"]), AS_OF, provinces=True)
    assert rows(local)[0][7:10] == [None, None, rules.NOT_PER_PROVINCE]
    assert rows(local)[0][3:7] == [10000.0, 8000.0, -1000.0, 7000.0]  # Mechelen only


def test_verdicts_per_flow_and_for_everything(q):
    ex = tables.budget_execution(q("budget_execution"), AS_OF)
    assert rows(tables.verdicts_table(ex, 2024)) == [
        [COMP, "2022–2023", 150000.0, 27000.0, 13000.0, 0.0867, "onderbenutting"],
        [COORD, "2022", 20000.0, 20000.0, 15000.0, 0.75, "onderbenutting"],
        [tables.ALL_FLOWS, "2022–2023", 170000.0, 47000.0, 28000.0, 0.1647, "onderbenutting"],
    ]
    assert tables.total_verdict(ex, 2023) == "lopend jaar"  # the last year, 2023, still runs
    assert tables.total_verdict(ex, 2024, provinces=True) == rules.NOT_PER_PROVINCE
    assert tables.total_verdict(ex.iloc[0:0], 2024) == rules.NO_FIGURES
    assert rows(tables.verdicts_table(ex, 2024, provinces=True))[2][5:] == [None, rules.NOT_PER_PROVINCE]


def test_signal_messages_give_the_reason_from_the_data(q):
    ex = tables.budget_execution(q("budget_execution"), AS_OF)
    assert tables.signal_messages(ex) == [
        ("under", "**Onderbenutting** in 2022, Compensatie aanbiedend bestuur: budget €\xa0100.000,00, vastgelegd "
                  "€\xa022.000,00, betaald €\xa013.000,00. Reden: geen toelichting in de gegevens"),
        ("under", "**Onderbenutting** in 2022, Coördinatie VVSG: budget €\xa020.000,00, vastgelegd €\xa020.000,00, "
                  "betaald €\xa015.000,00. Reden: Twee tranches, de tweede volgt na het eindrapport\\."),
        ("under", "**Onderbenutting** in 2023, Compensatie aanbiedend bestuur: budget €\xa050.000,00, vastgelegd "
                  "€\xa05.000,00, betaald €\xa00,00. Reden: geen toelichting in de gegevens"),
    ]  # fmt: skip
    over = ex.assign(Signaal=[rules.OVER, rules.FULL, rules.CURRENT])
    assert [kind for kind, _ in tables.signal_messages(over)] == ["over"]
    assert tables.signal_messages(over)[0][1].startswith("**Overbenutting** in 2022")
    after_a_quiet_line = ex.assign(Signaal=[rules.FULL, rules.UNDER, rules.OVER])  # the first says nothing
    assert [kind for kind, _ in tables.signal_messages(after_a_quiet_line)] == ["under", "over"]


def test_waterfall_from_budget_to_paid(q):
    ex = tables.budget_execution(q("budget_execution"), AS_OF)
    assert list(tables.waterfall_table(ex).columns) == ["Stap", "Bedrag (EUR)", "Soort"]
    assert rows(tables.waterfall_table(ex)) == [
        ["Budget", 170000.0, "absolute"],
        ["Niet vastgelegd", -123000.0, "relative"],
        ["Vastgelegd", 47000.0, "total"],
        ["Vastgelegd, niet betaald", -18000.0, "relative"],  # 29.000 paid gross of 47.000 committed
        ["Teruggevorderd", -1000.0, "relative"],
        ["Betaald (netto)", 28000.0, "total"],
    ]
    local = tables.budget_execution(q("budget_execution", provincies=["Antwerpen"]), AS_OF, provinces=True)
    assert rows(tables.waterfall_table(local, provinces=True)) == [
        ["Vastgelegd", 10000.0, "absolute"],
        ["Vastgelegd, niet betaald", -2000.0, "relative"],
        ["Teruggevorderd", -1000.0, "relative"],
        ["Betaald (netto)", 7000.0, "total"],
    ]
    over = ex.assign(
        **{"Vastgelegd (EUR)": [100000.0, 80000.0, 0.0], "Betaald, bruto (EUR)": [150000.0, 50000.0, 0.0]}
    )
    steps = tables.waterfall_table(over)["Stap"].tolist()
    assert steps[1] == "Vastgelegd boven budget" and steps[3] == "Betaald boven vastlegging"
    exact = ex.assign(
        **{"Vastgelegd (EUR)": [150000.0, 20000.0, 0.0], "Betaald, bruto (EUR)": [150000.0, 20000.0, 0.0]}
    )
    assert tables.waterfall_table(exact)["Stap"].tolist()[1:4:2] == [
        "Niet vastgelegd",
        "Vastgelegd, niet betaald",
    ]


def test_cumulative_payments_against_a_linear_plan(q):
    curve = tables.cumulative_table(q("payments_by_month"), 170000.0, 2022)
    assert list(curve.columns) == ["Maand", "Betaald in de maand (EUR)", "Betaald cumulatief (EUR)",
                                   "Lineair plan (EUR)"]  # fmt: skip
    assert len(curve) == 36  # January 2022 to December 2024, the end of VAPA 2020-2024
    assert rows(curve.iloc[[0, 8, 9, 10, 11, 35]]) == [
        [
            date(2022, 1, 1),
            0.0,
            0.0,
            4657.5342,
        ],  # at 31/01: 30 of the 1.095 days from 01/01/2022 to 31/12/2024
        [date(2022, 9, 1), 15000.0, 15000.0, 42228.3105],
        [date(2022, 10, 1), 8000.0, 23000.0, 47041.0959],
        [date(2022, 11, 1), 6000.0, 29000.0, 51698.6301],
        [date(2022, 12, 1), -1000.0, 28000.0, 56511.4155],  # the recovery of 15/12/2022
        [date(2024, 12, 1), 0.0, 28000.0, 170000.0],
    ]
    assert curve["Lineair plan (EUR)"].iloc[-1] == 170000.0
    unplanned = tables.cumulative_table(q("payments_by_month"), None, None)
    assert unplanned["Maand"].iloc[0] == date(2022, 1, 1) and unplanned["Lineair plan (EUR)"].isna().all()
    later = q("payments_by_month").assign(maand=pd.Timestamp("2026-03-01"))
    assert tables.cumulative_table(later, None, None)["Maand"].iloc[[0, -1]].tolist() == [date(2026, 1, 1),
                                                                                           date(2026, 12, 1)]  # fmt: skip
    assert list(tables.cumulative_table(q("payments_by_month").iloc[0:0], 1.0, 2022).columns) == list(
        curve.columns
    )


def test_beneficiaries_what_each_was_committed_and_paid(q):
    assert rows(tables.beneficiaries_table(q("beneficiaries"))) == [
        ["VVSG", "", "organisatie", "heel Vlaanderen", 0, 0, 20000.0, 15000.0, 0.0, 15000.0],
        ["Mechelen", "12025", "gemeente", "Antwerpen", 1, 0, 10000.0, 8000.0, -1000.0, 7000.0],
        ["Gent", "44021", "gemeente", "Oost-Vlaanderen", 1, 0, 12000.0, 6000.0, 0.0, 6000.0],
        ["Beveren-Kruibeke-Zwijndrecht (Zwijndrecht)", "46030", "gemeente", "Oost-Vlaanderen", 1, 0, 5000.0, 0.0,
         0.0, 0.0],
    ]  # fmt: skip
    assert list(tables.beneficiaries_table(q("beneficiaries")).columns) == [
        "Begunstigde", "NIS-code", "Soort", "Provincie", "Trajecten als aanbieder", "Trajecten als ontvanger",
        *tables.BENEFICIARY_MONEY]  # fmt: skip


def test_the_lines_on_the_map_join_giver_and_receiver_of_approved_trajectories(q):
    """The map draws one line per pair (query `paren`): T1, T2 and T4, not the refused T3."""
    assert rows(q("paren")) == [
        ["46030", "Beveren-Kruibeke-Zwijndrecht (Zwijndrecht)", "11002", "Antwerpen", 1],
        ["44021", "Gent", "41002", "Aalst", 1],
        ["12025", "Mechelen", "24062", "Leuven", 1],
    ]


def test_a_beneficiary_that_also_received_counts_both_roles(data_dir):
    """Leuven receives T1 from Mechelen and gives T2 to Gent, and is paid for T2: in the
    beneficiaries table it is one row with one trajectory as provider and one as receiver."""
    from fixture_small import _csv

    from pipelines.ingest import ingest

    trajecten = [
        dict(traject_id=t, oproep="2022", model="mentoring", aanbiedend_bestuur=giver, ontvangend_bestuur=taker,
             thema="data", status="lopend", startdatum="01/06/2022", fte_inzet="0,5", geplande_maanden="4",
             toegekend_bedrag="10.000,00")
        for t, giver, taker in (("T1", "Mechelen", "Leuven"), ("T2", "Leuven", "Gent"))
    ]  # fmt: skip
    uitgaven = [dict(boeking_id="L1", boekingsdatum="01/09/2022", begrotingsjaar="2022", fase="vereffening",
                     stroom="compensatie_aanbieder", begunstigde="Leuven", traject_id="T2", bedrag="4.000,00")]  # fmt: skip
    for dataset, rows_ in (("trajecten", trajecten), ("uitgaven", uitgaven)):
        result = ingest(
            dataset, _csv(dataset, rows_), file_name=f"{dataset}.csv", data_dir=data_dir, user="t"
        )
        assert result.status == "published" and result.rows_rejected == 0, result.errors
    snap = db.read_snapshot(str(data_dir))
    params = {"jaren": [], "provincies": [], "gemeenten": [], "indeling": "2025", "tot": None}
    table = tables.beneficiaries_table(db.query(db.connect(), "beneficiaries", snap, params))
    assert rows(table) == [["Leuven", "24062", "gemeente", "Vlaams-Brabant", 1, 1, 0.0, 4000.0, 0.0, 4000.0]]


def test_participating_municipalities_their_role_and_share(q):
    deelnemers = q("deelnemers")
    assert rows(tables.participants_table(deelnemers)) == [
        ["41002", "Aalst", "Oost-Vlaanderen", "Alleen ontvangend", 0, 1, 0.0, 0.0],
        ["11002", "Antwerpen", "Antwerpen", "Alleen ontvangend", 0, 1, 0.0, 0.0],
        ["46030", "Beveren-Kruibeke-Zwijndrecht (Zwijndrecht)", "Oost-Vlaanderen", "Alleen aanbiedend", 1, 0,
         5000.0, 0.0],
        ["44021", "Gent", "Oost-Vlaanderen", "Alleen aanbiedend", 1, 0, 12000.0, 6000.0],
        ["24062", "Leuven", "Vlaams-Brabant", "Alleen ontvangend", 0, 1, 0.0, 0.0],
        ["12025", "Mechelen", "Antwerpen", "Alleen aanbiedend", 1, 0, 10000.0, 7000.0],
    ]  # fmt: skip
    assert list(tables.participants_table(deelnemers).columns) == [
        "NIS-code", "Gemeente", "Provincie", "Rol", "Trajecten als aanbieder", "Trajecten als ontvanger",
        "Vastgelegd (EUR)", "Betaald, netto (EUR)"]  # fmt: skip
    both = deelnemers.assign(
        rol=["beide", "ontvangend", "aanbiedend", "aanbiedend", "ontvangend", "aanbiedend"]
    )
    assert rows(tables.roles_table(both, 300)) == [
        ["Alleen aanbiedend", 3, 0.01], ["Alleen ontvangend", 2, 0.0067], ["Beide", 1, 0.0033], ["Samen", 6, 0.02]
    ]  # fmt: skip
    assert list(tables.roles_table(deelnemers, 285).columns) == [
        "Rol",
        "Gemeenten",
        "Aandeel van alle gemeenten",
    ]
    assert tables.roles_table(deelnemers, 0)["Aandeel van alle gemeenten"].isna().all()
    givers = deelnemers.assign(rol="aanbiedend")  # nobody received, nobody did both
    assert rows(tables.roles_table(givers, 300))[1:3] == [["Alleen ontvangend", 0, 0.0], ["Beide", 0, 0.0]]


def test_the_trajectory_list_timeline_funnel_and_themes(q):
    df = q("trajecten_lijst", **LIST)
    listed = tables.trajectories_table(df)
    assert list(listed.columns) == [
        "Traject", "Oproep", "Status", "Model", "Aanbiedend bestuur", "Provincie aanbieder", "Ontvangend bestuur",
        "Provincie ontvanger", "Thema's", "Start", "Einde", "VTE", "Maanden gepland", "Uren gepresteerd",
        "Toegekend (EUR)", "Doelen bereikt", "Doelen gepland"]  # fmt: skip
    assert rows(listed)[0] == ["T1", 2022, "afgerond", "mentoring", "Mechelen", "Antwerpen", "Leuven",
                               "Vlaams-Brabant", "onthaal, data", pd.Timestamp("2022-06-01"), pd.Timestamp("2022-09-30"), 0.5, 4.0,
                               329.33, 10000.0, 3, 4]  # fmt: skip
    assert rows(listed)[2][:9] == ["T3", 2023, "afgewezen", "mentoring", "Hasselt", "Limburg", "Genk", "Limburg",
                                   "schulden"]  # fmt: skip
    assert rows(listed.assign(**{"Thema's": tables.trajectories_table(df.assign(thema=[[]] * 4))["Thema's"]})
                )[0][8] == ""  # fmt: skip
    assert tables.trajectories_table(df.assign(thema=None))["Thema's"].tolist() == [""] * 4  # none given
    assert rows(tables.gantt_table(df)) == [
        ["T1", "afgerond", date(2022, 6, 1), date(2022, 9, 30), "nee", "Mechelen", "Leuven"],
        ["T2", "lopend", date(2022, 10, 1), date(2023, 3, 31), "ja", "Gent", "Aalst"],  # 6 months planned
    ]
    assert list(tables.gantt_table(df).columns) == ["Traject", "Status", "Start", "Einde", "Einde is gepland",
                                                    "Aanbiedend", "Ontvangend"]  # fmt: skip
    assert rows(tables.funnel_table(df)) == [
        ["Aangevraagd", 4],
        ["Goedgekeurd", 3],
        ["Gestart", 2],
        ["Afgerond", 1],
    ]
    assert list(tables.funnel_table(df).columns) == ["Stap", "Trajecten"]
    assert sorted(rows(tables.themes_table(df))) == [["data", 2], ["onthaal", 2], ["schulden", 1]]
    assert list(tables.themes_table(df).columns) == ["Thema", "Trajecten"]


def test_trajectories_per_status_in_the_order_of_their_life(q):
    status = tables.status_table(q("trajecten_per_status"))
    assert rows(status) == [["aangevraagd", 0], ["goedgekeurd", 1], ["lopend", 1], ["afgerond", 1],
                            ["stopgezet", 0], ["afgewezen", 1]]  # fmt: skip
    assert list(status.columns) == ["Status", "Trajecten"]


def test_budget_per_flow(q):
    flows = tables.budget_by_flow(q("budget_by_flow"))
    assert list(flows.columns) == ["Geldstroom", *tables.BUDGET_MONEY, "Benutting"]
    assert rows(flows) == [
        [COMP, 150000.0, 27000.0, 13000.0, 0.0867],
        [COORD, 20000.0, 20000.0, 15000.0, 0.75],
    ]
    assert tables.flow_label("overige") == "Overige" and tables.flow_label("iets anders") == "iets anders"


def test_answers_per_province_year_and_model(q):
    df = q("trajecten_lijst", **LIST)
    approved = df[df["status"].isin(rules.APPROVED)]
    assert rows(tables.province_table(approved, q("deelnemers"))) == [
        ["Antwerpen", 1, 1, 2, 2, 7000.0],  # Mechelen gives (T1), Antwerpen receives (T4)
        ["Oost-Vlaanderen", 2, 1, 2, 3, 6000.0],  # Gent and Zwijndrecht give, Aalst receives
        ["Vlaams-Brabant", 0, 1, 1, 1, 0.0],
    ]
    assert list(tables.province_table(approved, q("deelnemers")).columns) == [
        "Provincie", "Als aanbieder", "Als ontvanger", "Toegekende trajecten", "Deelnemende gemeenten",
        "Betaald, netto (EUR)"]  # fmt: skip
    ex = tables.budget_execution(q("budget_execution"), AS_OF)
    assert rows(tables.year_table(ex, df)) == [
        [2022, 2, 2, 120000.0, 42000.0, 28000.0],
        [2023, 2, 1, 50000.0, 5000.0, 0.0],
    ]
    assert list(tables.year_table(ex, df).columns) == ["Jaar", "Trajecten aangevraagd", "Trajecten toegekend",
                                                       "Budget (EUR)", "Vastgelegd (EUR)", "Betaald, netto (EUR)"]  # fmt: skip
    assert rows(tables.model_table(df)) == [["beide", 1, 1, 0], ["mentoring", 2, 1, 1], ["stage", 1, 1, 0]]
    assert list(tables.model_table(df).columns) == ["Model", "Aangevraagd", "Toegekend", "Afgerond"]


def test_fte_months_delivered_and_planned(q):
    assert tables.fte_months(q("overview_totals").iloc[0]) == {
        "geleverd": pytest.approx(3.0),  # (329,33 + 164,67) h / 164,67 h
        "gepland_trajecten": pytest.approx(6.0),  # 0,5 x 4 + 0,5 x 6 + 0,2 x 5
        "gepland_2021": 10.0,
    }


def test_one_trajectory_in_detail(q):
    df = q("trajecten_lijst", **LIST)
    assert tables.trajectory_detail(df.iloc[0]) == [
        ("Status", "afgerond"), ("Model", "mentoring"), ("Oproep", "2022"),
        ("Aanbiedend bestuur", "Mechelen (12025), Antwerpen"), ("Ontvangend bestuur", "Leuven (24062), Vlaams-Brabant"),
        ("Thema's", "onthaal, data"), ("Aangevraagd", "–"), ("Start", "01/06/2022"), ("Einde", "30/09/2022"),
        ("Inzet", "0,50 VTE gedurende 4,0 maanden"), ("Gepresteerde uren", "329"),
        ("Toegekende compensatie", "€\xa010.000,00"), ("Expert voldoet aan de criteria", "–"),
        ("Rapport beschikbaar", "–"), ("Doelen bereikt", "3 van 4"), ("Tevredenheid ontvanger (1-5)", "–"),
        ("Tevredenheid aanbieder (1-5)", "–"), ("Aanpak verankerd in het beleid", "–"), ("Opmerking", "–"),
    ]  # fmt: skip
    known = df.iloc[1].copy()
    known[["expert_criteria_voldaan", "rapport_beschikbaar", "verankerd"]] = [True, False, True]
    known[["tevredenheid_ontvanger", "tevredenheid_aanbieder", "opmerking", "thema"]] = [
        4,
        5,
        "Goed verlopen",
        [],
    ]
    shown = dict(tables.trajectory_detail(known))
    assert (shown["Expert voldoet aan de criteria"], shown["Rapport beschikbaar"]) == ("ja", "nee")
    assert (shown["Aanpak verankerd in het beleid"], shown["Tevredenheid ontvanger (1-5)"]) == ("ja", "4")
    assert shown["Tevredenheid aanbieder (1-5)"] == "5"
    assert (shown["Opmerking"], shown["Thema's"], shown["Doelen bereikt"]) == ("Goed verlopen", "–", "–")
    known[["aanvraagdatum", "geplande_maanden", "fte_inzet"]] = [date(2022, 3, 15), 1, 0.2]
    shown = dict(tables.trajectory_detail(known))
    assert (shown["Aangevraagd"], shown["Inzet"]) == ("15/03/2022", "0,20 VTE gedurende 1,0 maand")
    values = (None, float("nan"), pd.NA, 0, 1, 0.0, 1.0, False, True)
    assert [tables.yes_no(v) for v in values] == ["–", "–", "–", "nee", "ja", "nee", "ja", "nee", "ja"]


def test_the_trajectories_of_one_municipality(q):
    mine = tables.municipality_trajectories(q("gemeente_trajecten", gemeente="12025"))
    assert list(mine.columns) == [
        "Traject",
        "Rol",
        "Status",
        "Aanbiedend",
        "Ontvangend",
        "Start",
        "Toegekend (EUR)",
    ]
    assert rows(mine) == [
        ["T1", "aanbiedend", "afgerond", "Mechelen", "Leuven", pd.Timestamp("2022-06-01"), 10000.0]
    ]
    # Leuven received T1: the same trajectory, seen from the other side
    theirs = tables.municipality_trajectories(q("gemeente_trajecten", gemeente="24062"))
    assert rows(theirs) == [
        ["T1", "ontvangend", "afgerond", "Mechelen", "Leuven", pd.Timestamp("2022-06-01"), 10000.0]
    ]


def test_the_map_table_and_one_municipality(q):
    layer = {"features": [{"properties": {"nis_code": "12025", "name_nl": "Mechelen", "province": "Antwerpen"}},
                          {"properties": {"nis_code": "13001", "name_nl": "Arendonk", "province": "Antwerpen"}}]}  # fmt: skip
    table, off_map = tables.map_table(layer, q("deelnemers"), {"12025": 87_000})  # Arendonk's is unknown
    assert list(table.columns) == ["NIS-code", "Gemeente", "Provincie", "Rol", "Trajecten als aanbieder",
                                   "Trajecten als ontvanger", "Trajecten", "Vastgelegd (EUR)", "Betaald, netto (EUR)",
                                   "Inwoners", "EUR per 1.000 inwoners"]  # fmt: skip
    assert rows(table) == [
        ["12025", "Mechelen", "Antwerpen", "Gaf een expert", 1, 0, 1, 10000.0, 7000.0, 87000, 80.4598],
        ["13001", "Arendonk", "Antwerpen", "Neemt niet deel", 0, 0, 0, 0.0, 0.0, None, None],
    ]
    assert off_map == ["11002", "24062", "41002", "44021", "46030"]  # participants not on this layer
    assert tables.municipality_facts(table.iloc[0]) == [
        ("Gemeente", "Mechelen (12025)"), ("Provincie", "Antwerpen"), ("Rol", "Gaf een expert"),
        ("Trajecten als aanbieder", "1"), ("Trajecten als ontvanger", "0"), ("Vastgelegd", "€\xa010.000,00"),
        ("Betaald (netto)", "€\xa07.000,00"), ("Inwoners (1/1/2020)", "87.000"),
        ("Betaald per 1.000 inwoners", "€\xa080,46"),
    ]  # fmt: skip
    assert dict(tables.municipality_facts(table.iloc[1]))["Betaald per 1.000 inwoners"] == "–"
    bare, _ = tables.map_table(layer, q("deelnemers"), {})
    assert "Inwoners" not in bare.columns and len(tables.municipality_facts(bare.iloc[0])) == 7


def test_versions_issues_and_rejected_rows_as_the_upload_page_shows_them():
    status = {"versions": [
        {"version": 1, "created_at": "2026-01-15T09:30:00+00:00", "dataset": "uitgaven", "file_name": "u.csv",
         "user": "an", "rows_read": 3, "rows_accepted": 2, "rows_rejected": 1},
        {"version": 2, "created_at": "2026-07-01T10:00:00+00:00", "rollback_to": 1, "user": "bo"},
        {"version": 3, "created_at": "2026-07-02T10:00:00+00:00", "dataset": "budget", "file_name": "b.csv",
         "user": None, "rows_read": 6255, "rows_accepted": 6255, "rows_rejected": 0},  # no one recorded
    ]}  # fmt: skip
    versions = tables.versions_table(status)
    assert list(versions.columns) == tables.VERSION_COLUMNS
    assert list(tables.versions_table({"versions": []}).columns) == tables.VERSION_COLUMNS  # nothing yet
    assert format.frame(versions)["Gelezen"].tolist() == ["6.255", "–", "3"]  # counts as counts on screen
    assert rows(versions) == [
        [3, pd.Timestamp("2026-07-02 12:00"), "opladen", "budget", "b.csv", "", 6255, 6255, 0],
        [2, pd.Timestamp("2026-07-01 12:00"), "terugzetten naar versie 1", "", "", "bo", None, None, None],
        [1, pd.Timestamp("2026-01-15 10:30"), "opladen", "uitgaven", "u.csv", "an", 3, 2, 1],
    ]
    issues = tables.issues_table([Issue(3, "bedrag", "12,5x", "NOT_AN_AMOUNT", "Geen bedrag."),
                                  Issue(None, None, None, "NO_VALID_ROWS", "Niets geldig.")])  # fmt: skip
    assert list(issues.columns) == ["Regel", "Kolom", "Waarde", "Code", "Uitleg"]
    assert rows(issues) == [[3, "bedrag", "12,5x", "NOT_AN_AMOUNT", "Geen bedrag."],
                            [None, "", "", "NO_VALID_ROWS", "Niets geldig."]]  # fmt: skip
    rejected = tables.rejected_table([{"_regel": 3, "_fouten": "bedrag: Geen bedrag.", "_ruwe_regel": None,
                                       "bedrag": "12,5x"}])  # fmt: skip
    assert list(rejected.columns) == ["Regel", "Fouten", "Regel zoals in het bestand", "bedrag"]
    assert rows(rejected) == [[3, "bedrag: Geen bedrag.", "", "12,5x"]]
    assert list(tables.rejected_table([]).columns) == ["Regel", "Fouten"]


def test_datasets_published_and_the_day_of_the_data(q):
    from types import SimpleNamespace

    snap = SimpleNamespace(
        updated=(("budget", "2026-01-15T09:30:00+00:00"),), created_at="2026-01-15T09:30:00+00:00"
    )
    shown = tables.datasets_published(q("datasets_published"), snap)
    assert list(shown.columns) == ["Dataset", "Rijen", "Bijgewerkt"]
    assert rows(shown) == [["trajecten", 4, "–"], ["uitgaven", 8, "–"], ["budget", 3, "15/01/2026 10:30"],
                           ["indicatoren", 0, "–"]]  # fmt: skip
    assert tables.data_day(snap) == date(2026, 1, 15)
    assert tables.data_day(SimpleNamespace(created_at=None)) == date.today()


@pytest.mark.parametrize(
    ("verdict", "committed", "paid", "provinces", "expected"),
    [
        (rules.UNDER, 47000, 28000, False, "Onderbenutting: van het budget van €\xa0170.000,00 is €\xa047.000,00 "
         "vastgelegd en €\xa028.000,00 betaald (16,5%); €\xa0142.000,00 is niet benut."),
        (rules.CURRENT, 47000, 28000, False, "Nog geen oordeel over onderbenutting: van het budget van €\xa0170.000,00 "
         "is €\xa047.000,00 vastgelegd en €\xa028.000,00 betaald (16,5%); het laatste begrotingsjaar loopt nog, "
         "€\xa0142.000,00 is nog niet betaald."),
        (rules.FULL, 170000, 170000, False, "Volledig benut: van het budget van €\xa0170.000,00 is €\xa0170.000,00 "
         "vastgelegd en €\xa0170.000,00 betaald (100,0%)."),
        (rules.OVER, 200000, 28000, False, "Overbenutting: er is €\xa030.000,00 meer vastgelegd of betaald dan het "
         "budget van €\xa0170.000,00 (€\xa0200.000,00 vastgelegd, €\xa028.000,00 betaald)."),
        (rules.OVER, 100000, 180000, False, "Overbenutting: er is €\xa010.000,00 meer vastgelegd of betaald dan het "
         "budget van €\xa0170.000,00 (€\xa0100.000,00 vastgelegd, €\xa0180.000,00 betaald)."),
        (rules.NOT_PER_PROVINCE, 10000, 7000, True, "In de gekozen provincies is €\xa010.000,00 vastgelegd en "
         "€\xa07.000,00 betaald. Het budget (€\xa0170.000,00) geldt voor heel Vlaanderen en is niet per provincie "
         "verdeeld; over- of onderbenutting kan daarom alleen voor heel Vlaanderen beoordeeld worden."),
    ],
)  # fmt: skip
def test_the_sentence_on_the_use_of_the_budget(verdict, committed, paid, provinces, expected):
    assert tables.utilisation_sentence(170000, committed, paid, verdict, provinces=provinces) == expected


def test_the_sentence_on_chosen_municipalities_names_them():
    assert tables.utilisation_sentence(170000, 10000, 7000, rules.NOT_PER_PROVINCE, True, "gemeente") == (
        "In de gekozen gemeenten is €\xa010.000,00 vastgelegd en €\xa07.000,00 betaald. Het budget "
        "(€\xa0170.000,00) geldt voor heel Vlaanderen en is niet per gemeente verdeeld; over- of "
        "onderbenutting kan daarom alleen voor heel Vlaanderen beoordeeld worden."
    )


def test_the_sentence_without_a_budget():
    assert tables.utilisation_sentence(0, 500, 200, rules.OVER_NO_BUDGET) == (
        "Overbenutting: er is €\xa0500,00 vastgelegd en €\xa0200,00 betaald zonder gepubliceerd budget voor deze selectie."
    )
    assert tables.utilisation_sentence(0, 0, 0, rules.NO_FIGURES) == (
        "Er is geen budget gepubliceerd voor deze selectie, dus de benutting kan niet berekend worden."
    )


def test_a_flow_paid_without_a_budget_has_no_utilisation_and_is_over_use():
    """Money committed and paid where no budget is published: no share of a budget (shown '–',
    not a division by zero) and the verdict says why."""
    ex = pd.DataFrame({"Jaar": [2022], "Geldstroom": [COORD], "Budget (EUR)": [0.0], "Vastgelegd (EUR)": [500.0],
                       "Betaald, netto (EUR)": [200.0]})  # fmt: skip
    assert [r[5:] for r in rows(tables.verdicts_table(ex, 2024))] == [[None, rules.OVER_NO_BUDGET]] * 2
    # the smallest budget counts: 0,50 EUR paid of 1 EUR is half of it
    one_euro = ex.assign(**{"Budget (EUR)": [1.0], "Vastgelegd (EUR)": [0.5], "Betaald, netto (EUR)": [0.5]})
    assert [r[5:] for r in rows(tables.verdicts_table(one_euro, 2024))] == [[0.5, rules.UNDER]] * 2
    nothing = ex.assign(**{"Vastgelegd (EUR)": [0.0], "Betaald, netto (EUR)": [0.0]})  # no money at all
    assert [r[5:] for r in rows(tables.verdicts_table(nothing, 2024))] == [[None, rules.NO_FIGURES]] * 2
    for cents in (
        {"Vastgelegd (EUR)": [0.5], "Betaald, netto (EUR)": [0.0]},
        {"Vastgelegd (EUR)": [0.0], "Betaald, netto (EUR)": [0.5]},
    ):
        little = ex.assign(**cents)  # 50 cent committed or paid without a budget is spending without one
        assert [r[6] for r in rows(tables.verdicts_table(little, 2024))] == [rules.OVER_NO_BUDGET] * 2
    assert (
        format.frame(tables.verdicts_table(ex, 2024), percent=("Benutting",))["Benutting"].tolist()
        == ["–"] * 2
    )


def test_years_with_only_money_or_only_calls_are_listed_with_zeros():
    """2021: a budget but no call; 2024: a call but no money. Each year once, the rest 0."""
    execution = pd.DataFrame({"Jaar": [2021, 2022], "Budget (EUR)": [500.0, 100.0], "Vastgelegd (EUR)": [0.0, 50.0],
                              "Betaald, netto (EUR)": [0.0, 25.0]})  # fmt: skip
    traj = pd.DataFrame({"oproep": [2022, 2024, 2024], "traject_id": ["T1", "T2", "T3"],
                         "status": ["afgerond", "afgewezen", "lopend"]})  # fmt: skip
    table = tables.year_table(execution, traj)
    assert rows(table) == [
        [2021, 0, 0, 500.0, 0.0, 0.0],
        [2022, 1, 1, 100.0, 50.0, 25.0],
        [2024, 2, 1, 0.0, 0.0, 0.0],
    ]


def test_a_municipality_that_gave_and_received_on_the_map():
    layer = {
        "features": [{"properties": {"nis_code": "44021", "name_nl": "Gent", "province": "Oost-Vlaanderen"}}]
    }
    deelnemers = pd.DataFrame({"nis_code": ["44021"], "rol": ["beide"], "trajecten_aanbiedend": [2],
                               "trajecten_ontvangend": [3], "vastgelegd": [10.0], "betaald": [None]})  # fmt: skip
    table, off_map = tables.map_table(layer, deelnemers, {})
    assert rows(table) == [["44021", "Gent", "Oost-Vlaanderen", "Gaf en ontving", 2, 3, 5, 10.0, 0.0]]
    assert off_map == []


def test_the_execution_of_a_budget_of_0_and_of_1_euro():
    """A year and flow without budget has no utilisation and nothing unused (not a division by
    zero); 1 euro is a budget: 0,50 paid is half of it, 0,50 unused."""
    query = pd.DataFrame({"begrotingsjaar": [2022, 2023], "stroom": ["coordinatie_vvsg"] * 2, "budget": [0.0, 1.0],
                          "vastgelegd": [500.0, 0.5], "betaald_bruto": [200.0, 0.5], "teruggevorderd": [0.0, 0.0],
                          "betaald": [200.0, 0.5], "toelichting": [None, "Proef"]})  # fmt: skip
    ex = tables.budget_execution(query, date(2024, 6, 30))
    shown = format.frame(ex, money=("Onbenut (EUR)",), percent=("Benutting",))
    assert shown[["Jaar", "Benutting", "Onbenut (EUR)"]].values.tolist() == [
        ["2022", "–", "–"],
        ["2023", "50,0%", "€\xa00,50"],
    ]


def test_the_verdicts_list_the_flows_in_order_whichever_came_first():
    """A flow that only starts in a later year is listed in its place, not after the others."""
    ex = pd.DataFrame({"Jaar": [2021, 2022, 2022], "Geldstroom": [COORD, COMP, COORD],
                       "Budget (EUR)": [100.0, 50.0, 100.0], "Vastgelegd (EUR)": [100.0, 50.0, 100.0],
                       "Betaald, netto (EUR)": [100.0, 50.0, 100.0]})  # fmt: skip
    assert [r[:2] for r in rows(tables.verdicts_table(ex, 2024))] == [
        [COMP, "2022"], [COORD, "2021–2022"], [tables.ALL_FLOWS, "2021–2022"]
    ]  # fmt: skip


def test_the_trajectory_list_filters_on_status_model_theme_side_year_municipality_and_day(q):
    """The filters of the trajectories page, each on its own. T1 Mechelen (Antwerpen) gives to
    Leuven (Vlaams-Brabant), T2 Gent to Aalst, T3 Hasselt to Genk, T4 Zwijndrecht (11056, since
    2025 in Beveren-Kruibeke-Zwijndrecht, 46030) to Antwerpen; T3 and T4 are of the 2023 call,
    T4 applied on 1/3/2023, T3 on 1/2/2023, T1 and T2 started in 2022 without an application
    date."""

    def listed(**params) -> list[str]:
        return q("trajecten_lijst", **(LIST | params))["traject_id"].tolist()

    assert listed() == ["T1", "T2", "T3", "T4"]
    assert listed(statussen=["afgerond"]) == ["T1"]
    assert listed(statussen=["afgerond", "afgewezen"]) == ["T1", "T3"]
    assert listed(modellen=["stage"]) == ["T2"]
    assert listed(themas=["onthaal"]) == ["T1", "T4"]
    assert listed(themas=["schulden", "data"]) == ["T1", "T2", "T3"]
    # the chosen province on either side, on the giving side, on the receiving side
    assert listed(provincies=["Antwerpen"]) == ["T1", "T4"]
    assert listed(provincies=["Antwerpen"], kant="aanbiedend") == ["T1"]
    assert listed(provincies=["Antwerpen"], kant="ontvangend") == ["T4"]
    assert listed(provincies=["Vlaams-Brabant"], kant="aanbiedend") == []
    assert listed(kant="ontvangend") == ["T1", "T2", "T3", "T4"]  # no province chosen: any side
    # the call year, not the year of the start
    assert listed(jaren=[2023]) == ["T3", "T4"]
    assert listed(jaren=[2022]) == ["T1", "T2"]
    # a municipality on either side, by its code in the chosen boundaries or as recorded
    assert listed(gemeenten=["12025"]) == ["T1"]
    assert listed(gemeenten=["24062"]) == ["T1"]
    assert listed(gemeenten=["46030"]) == ["T4"]
    assert listed(gemeenten=["11056"]) == ["T4"]
    # the trajectories applied for by the as-of day, that day included
    assert listed(tot=date(2023, 3, 1)) == ["T1", "T2", "T3", "T4"]
    assert listed(tot=date(2023, 2, 28)) == ["T1", "T2", "T3"]
    assert listed(tot=date(2023, 1, 31)) == ["T1", "T2"]


def test_the_filter_offers_the_years_in_the_data_and_the_municipalities_are_counted_per_boundaries(q):
    assert q("jaren")["jaar"].tolist() == [2022, 2023]  # budget, booking and call years, once each
    assert q("gemeenten_totaal").iloc[0]["gemeenten"] == 285  # Flanders since the mergers of 2025
    assert q("gemeenten_totaal", indeling="2019-2024").iloc[0]["gemeenten"] == 300
    assert q("gemeenten_totaal", provincies=["Limburg"]).iloc[0]["gemeenten"] == 38
    assert (
        q("gemeenten_totaal", indeling="2019-2024", provincies=["Limburg", "Antwerpen"]).iloc[0]["gemeenten"]
        == 42 + 69
    )


def test_the_key_figures_keep_budget_commitments_and_payments_apart(q):
    totals = q("overview_totals").iloc[0]
    assert {k: float(totals[k]) for k in ("budget", "vastgelegd", "betaald", "betaald_compensatie",
                                            "toegekend_bedrag")} == {
        "budget": 170_000.0,  # 100.000 + 20.000 + 50.000
        "vastgelegd": 47_000.0,  # 20.000 + 10.000 + 12.000 + 5.000
        "betaald": 28_000.0,  # 15.000 + 8.000 - 1.000 + 6.000
        "betaald_compensatie": 13_000.0,  # without VVSG's 15.000
        "toegekend_bedrag": 27_000.0,  # T1, T2 and T4; T3 was refused
    }  # fmt: skip
    assert (int(totals["trajecten"]), int(totals["trajecten_toegekend"])) == (4, 3)


def test_the_evaluation_leaves_out_every_giver_and_receiver_of_an_approved_trajectory(q):
    """evaluatie_deelnemers: the municipalities not compared with, with their role; T3 (Hasselt
    to Genk) was refused, so both stay among the non-participants."""
    from dashboard import evaluation

    participants = q("evaluatie_deelnemers")
    assert rows(participants) == [
        ["11002", "ontvangend"],  # Antwerpen (T4)
        ["12025", "aanbiedend"],  # Mechelen (T1)
        ["24062", "ontvangend"],  # Leuven (T1)
        ["41002", "ontvangend"],  # Aalst (T2)
        ["44021", "aanbiedend"],  # Gent (T2)
        ["46030", "aanbiedend"],  # Beveren-Kruibeke-Zwijndrecht (T4, as Zwijndrecht)
    ]
    assert evaluation._givers_only(participants) == {"12025", "44021", "46030"}


def test_a_trajectory_known_only_by_its_call_was_applied_for_on_the_first_day_of_that_year(data_dir):
    """Without an application or a start date, a trajectory counts as applied for on 1 January of
    its call year (rules.requested_on): in the list of an as-of day from that day on, not before."""
    from fixture_small import _csv

    from pipelines.ingest import ingest

    only_call = [dict(traject_id="C-1", oproep="2023", model="mentoring", aanbiedend_bestuur="Mechelen",
                      ontvangend_bestuur="Leuven", thema="data", status="aangevraagd")]  # fmt: skip
    result = ingest("trajecten", _csv("trajecten", only_call), file_name="t.csv", data_dir=data_dir, user="t")
    assert result.status == "published" and result.rows_rejected == 0, result.errors
    snap, con = db.read_snapshot(str(data_dir)), db.connect()
    base = {"jaren": [], "provincies": [], "gemeenten": [], "indeling": "2025"} | LIST
    listed = [db.query(con, "trajecten_lijst", snap, base | {"tot": day})["traject_id"].tolist()
              for day in (date(2022, 12, 31), date(2023, 1, 1), None)]  # fmt: skip
    assert listed == [[], ["C-1"], ["C-1"]]
