"""The Evaluatie page's logic model, outcomes per trajectory and goal bands
(dashboard/evaluation.py) on the two hand-computed fixtures. On 31/12/2023 (fixture_asof.py)
several shares lie exactly on a norm's bound: criteria 3 of 4 (75 %, the 'aandacht' bound of
the 90 % norm), stopped 1 of 4 started (25 %, the bound of 'aandacht' under the 10 % norm),
reports 1 of 2 known (50 %); on all data (fixture_small.py) goals 3 of 4 (75 %, 'goed')."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest
from fixture_asof import publish_asof
from fixture_small import publish_small
from test_tables import rows

from dashboard import db, evaluation, format, tables
from pipelines import rules

LIST = {"statussen": [], "modellen": [], "themas": [], "kant": "beide"}
EUR = "€\xa0"


def _inputs(root, tot):
    snap, con = db.read_snapshot(str(root)), db.connect()
    params = {"jaren": [], "provincies": [], "gemeenten": [], "indeling": "2025", "tot": tot}
    traj = db.query(con, "trajecten_lijst", snap, params | LIST)
    totals = db.query(con, "overview_totals", snap, params).iloc[0]
    execution = tables.budget_execution(db.query(con, "budget_execution", snap, params), date(2024, 6, 30))
    return traj, totals, tables.total_verdict(execution, 2024)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    root = tmp_path_factory.mktemp("small") / "data"
    root.mkdir()
    publish_small(root)
    return _inputs(root, None)


@pytest.fixture(scope="module")
def asof(tmp_path_factory):
    root = tmp_path_factory.mktemp("asof") / "data"
    root.mkdir()
    publish_asof(root)
    return _inputs(root, date(2023, 12, 31))


def test_the_logic_model_as_the_measure_stood(asof):
    traj, totals, verdict = asof
    model = evaluation.logic_model(traj, totals, verdict=verdict)
    assert list(model.columns) == evaluation.LOGIC_COLUMNS
    ended = "afgeronde of stopgezette trajecten"
    assert rows(model) == [
        ["Inputs", "Budget", 10000.0, "EUR", "–", "ter info", "Kredieten van de gekozen begrotingsjaren, alle "
         "geldstromen."],
        ["Inputs", "Benutting van het budget", 55.0, "%", "75-100%", "zwak", f"{EUR}5.500,00 betaald (netto) van "
         f"{EUR}10.000,00. Overbenutting."],  # commitments (15.000) above the budget: over-use, judged weak
        ["Inputs", "VTE-maanden geleverd", 3.5486, "VTE-maanden", "–", "ter info", "Gepresteerde uren / 164,67. "
         "Gepland in de trajecten: 5,1; oorspronkelijk plan (2021): 10,0."],
        ["Inputs", "Expert voldoet aan de criteria", 75.0, "%", "≥ 90%", "aandacht", "3 van 4 toegekende trajecten "
         "waarvoor het gekend is (4 toegekend)."],
        ["Activiteiten", "Trajecten toegekend", 4.0, "trajecten", "–", "ter info", "Van 5 aanvragen in de selectie."],
        ["Activiteiten", "Trajecten gestart", 4.0, "trajecten", "–", "ter info", "1 lopend, 2 afgerond, 1 stopgezet."],
        ["Activiteiten", "Trajecten afgerond", 2.0, "trajecten", "–", "ter info", "Van 4 gestarte trajecten."],
        ["Activiteiten", "Stopgezet", 25.0, "%", "≤ 10%", "aandacht", "1 van 4 gestarte trajecten."],
        ["Outputs", "Doelbereik", 71.4286, "%", "≥ 75%", "aandacht", f"5 van 7 doelen bereikt, in 2 van 3 {ended} "
         "met afgesproken doelen."],
        ["Outputs", "Rapport beschikbaar", 50.0, "%", "≥ 75%", "aandacht", f"1 van 2 {ended} waarvoor het gekend is "
         "(3 in totaal)."],
        ["Outcomes", "Aanpak verankerd in het beleid", None, "%", "≥ 75%", "geen gegevens", f"0 van 0 {ended} "
         "waarvoor het gekend is (3 in totaal)."],
        ["Outcomes", "Tevredenheid ontvanger", 3.5, "op 5", "≥ 4", "aandacht", f"Gemiddelde van 2 scores (1-5) van "
         f"{ended}."],
        ["Outcomes", "Tevredenheid aanbieder", None, "op 5", "≥ 4", "geen gegevens", f"Gemiddelde van 0 scores (1-5) "
         f"van {ended}."],
    ]  # fmt: skip
    assert evaluation.logic_display(model)["Waarde"].tolist() == [
        f"{EUR}10.000,00", "55,0%", "3,5", "75,0%", "4", "4", "2", "25,0%", "71,4%", "50,0%", "–", "3,5", "–"]  # fmt: skip
    assert rows(evaluation.norm_table(model)) == [
        ["Benutting van het budget", 55.0, "75-100%", 75.0, "zwak"],
        ["Expert voldoet aan de criteria", 75.0, "≥ 90%", 90.0, "aandacht"],
        ["Stopgezet", 25.0, "≤ 10%", 10.0, "aandacht"],
        ["Doelbereik", 71.4286, "≥ 75%", 75.0, "aandacht"],
        ["Rapport beschikbaar", 50.0, "≥ 75%", 75.0, "aandacht"],
    ]
    assert list(evaluation.norm_table(model).columns) == [
        "Indicator",
        "Waarde",
        "Norm",
        "Normwaarde",
        "Beoordeling",
    ]


def test_the_logic_model_on_all_data(small):
    traj, totals, verdict = small
    model = evaluation.logic_model(traj, totals, verdict=verdict).set_index("Indicator")
    assert model.loc["Benutting van het budget", "Toelichting"] == (
        f"{EUR}28.000,00 betaald (netto) van {EUR}170.000,00. Onderbenutting."
    )
    assert model.loc["Benutting van het budget", "Beoordeling"] == "zwak"  # 16,5 %
    assert rows(model.loc[["Stopgezet", "Doelbereik"], ["Waarde", "Beoordeling"]]) == [[0.0, "goed"],
                                                                                     [75.0, "goed"]]  # fmt: skip
    assert model.loc["Expert voldoet aan de criteria", "Beoordeling"] == "geen gegevens"
    assert model.loc["Trajecten toegekend", "Toelichting"] == "Van 4 aanvragen in de selectie."
    # without the selection's verdict, judged on the totals alone: the same under-use
    alone = evaluation.logic_model(traj, totals).set_index("Indicator")
    assert alone.loc["Benutting van het budget", "Toelichting"].endswith(". Onderbenutting.")


def test_without_a_comparable_budget_payments_are_only_shown(small):
    traj, totals, _ = small
    local = evaluation.logic_model(traj, totals, provinces=True)
    assert rows(local.iloc[:2]) == [
        ["Inputs", "Budget", 170000.0, "EUR", "–", "ter info", "Kredieten van de gekozen begrotingsjaren, alle "
         "geldstromen. Het budget geldt voor heel Vlaanderen."],
        ["Inputs", "Betaald (netto)", 28000.0, "EUR", "–", "ter info", "Niet te vergelijken met het budget: dat is "
         "niet per provincie verdeeld."],
    ]  # fmt: skip
    none = evaluation.logic_model(traj, totals.copy().replace({totals["budget"]: 0.0}))
    assert none.iloc[1]["Toelichting"] == "Geen budget gepubliceerd voor deze selectie."
    empty = evaluation.logic_model(traj.iloc[0:0], totals)
    assert empty.set_index("Indicator").loc["Stopgezet", "Beoordeling"] == "geen gegevens"
    assert math.isnan(empty.set_index("Indicator").loc["Stopgezet", "Waarde"])


@pytest.mark.parametrize(
    ("value", "at_least", "at_most"),
    [(0.9, "goed", "zwak"), (0.75, "aandacht", "zwak"), (0.7499, "zwak", "zwak"), (0.1, "zwak", "goed"),
     (0.1001, "zwak", "aandacht"), (0.25, "zwak", "aandacht"), (0.2501, "zwak", "zwak")],
)  # fmt: skip
def test_a_norm_judges_its_bounds_as_written(value, at_least, at_most):
    """'≥ 90 %' is good from 90 % on, 'aandacht' from 75 %; '≤ 10 %' is good up to 10 %,
    'aandacht' up to 25 %."""
    assert evaluation._at_least(value, 0.9, 0.75) == at_least
    assert evaluation._at_most(value, 0.10, 0.25) == at_most


def test_what_every_trajectory_delivered(asof):
    traj, _, _ = asof
    outcomes = evaluation.outcomes_table(traj)
    assert list(outcomes.columns) == [
        "Traject", "Oproep", "Status", "Aanbiedend bestuur", "Ontvangend bestuur", "Start", "Einde", "Doelen gepland",
        "Doelen bereikt", "Doelbereik", "Tevredenheid ontvanger", "Tevredenheid aanbieder", "Verankerd", "Rapport",
        "Link naar rapport", "Expert voldoet aan de criteria"]  # fmt: skip
    assert [r[:3] + r[7:] for r in rows(outcomes)] == [
        ["A1", 2023, "afgerond", 4, 4, 1.0, 5, None, "–", "ja", "", "ja"],
        ["A2", 2023, "stopgezet", 3, 1, 0.3333, 2, None, "–", "nee", "", "nee"],
        ["A3", 2023, "lopend", 2, 2, 1.0, 4, None, "–", "ja", "", "ja"],
        ["A4", 2023, "afgerond", None, None, None, None, None, "–", "–", "", "ja"],
    ]
    # reached goals unknown: none once a trajectory ended, unknown while it runs
    unknown = traj.assign(doelen_bereikt=None, rapport_link=["https://x.be/r", "javascript:alert(1)", None, None,
                                                             None])  # fmt: skip
    shown = evaluation.outcomes_table(unknown)
    assert rows(shown[["Traject", "Doelbereik", "Link naar rapport"]]) == [
        ["A1", 0.0, "https://x.be/r"], ["A2", 0.0, ""], ["A3", None, ""], ["A4", None, ""]]  # fmt: skip


def test_goal_attainment_in_bands_per_status(asof):
    traj, _, _ = asof
    bands = evaluation.attainment_bands(evaluation.outcomes_table(traj))
    assert list(bands.columns) == ["Doelbereik", "Status", "Trajecten"]
    counted = [r for r in rows(bands) if r[2]]
    assert counted == [
        ["25% tot 50%", "stopgezet", 1],
        ["100% of meer", "afgerond", 1],
        ["100% of meer", "lopend", 1],
    ]
    assert sorted(set(bands["Status"])) == ["afgerond", "lopend", "stopgezet"]  # no goedgekeurd with goals
    assert len(bands) == 15


def test_one_trajectory_is_counted_in_the_singular_and_judged_on_its_bounds(asof):
    """A selection of one finished trajectory with one goal, reached, and a score of 4: every
    explanation says "1 aanvraag", "1 traject", "1 doel", "1 score"; 100 % of the criteria and
    reports and a score of 4 are good; its row in the table of results shows whole numbers."""
    traj, totals, verdict = asof
    one = traj[traj["traject_id"] == "A1"].assign(
        doelen_gepland=1, doelen_bereikt=1, tevredenheid_ontvanger=4
    )
    model = evaluation.logic_model(one, totals, verdict=verdict).set_index("Indicator")
    names = ["Expert voldoet aan de criteria", "Trajecten toegekend", "Trajecten afgerond", "Stopgezet",
             "Doelbereik", "Rapport beschikbaar", "Tevredenheid ontvanger"]  # fmt: skip
    assert model.loc[names, "Beoordeling"].tolist() == [
        "goed",
        "ter info",
        "ter info",
        "goed",
        "goed",
        "goed",
        "goed",
    ]
    assert model.loc[names, "Toelichting"].tolist() == [
        "1 van 1 toegekend traject waarvoor het gekend is (1 toegekend).",
        "Van 1 aanvraag in de selectie.",
        "Van 1 gestart traject.",
        "0 van 1 gestart traject.",
        "1 van 1 doel bereikt, in 1 van 1 afgerond of stopgezet traject met afgesproken doelen.",
        "1 van 1 afgerond of stopgezet traject waarvoor het gekend is (1 in totaal).",
        "Gemiddelde van 1 score (1-5) van afgeronde of stopgezette trajecten.",
    ]
    shown = format.frame(evaluation.outcomes_table(one), percent=evaluation.OUTCOME_PERCENT)
    assert shown[["Oproep", "Doelen gepland", "Doelen bereikt", "Doelbereik", "Tevredenheid ontvanger",
                  "Tevredenheid aanbieder"]].values.tolist() == [["2023", "1", "1", "100,0%", "4", "–"]]  # fmt: skip
    stopped = evaluation.logic_model(traj[traj["traject_id"] == "A2"], totals).set_index("Indicator")
    assert stopped.loc["Stopgezet", ["Beoordeling", "Toelichting"]].tolist() == [
        "zwak",
        "1 van 1 gestart traject.",
    ]
    # the selection's verdict is the one said, not one from its totals alone
    said = evaluation.logic_model(one, totals, verdict=rules.CURRENT).set_index("Indicator")
    assert said.loc["Benutting van het budget", "Toelichting"].endswith(f" {rules.CURRENT.capitalize()}.")
    # a selection whose budget lines gave no verdict ("geen cijfers") says no verdict
    quiet = evaluation.logic_model(one, totals, verdict=rules.NO_FIGURES).set_index("Indicator")
    assert (
        quiet.loc["Benutting van het budget", "Toelichting"]
        == f"{EUR}5.500,00 betaald (netto) van {EUR}10.000,00."
    )


@pytest.mark.parametrize(
    ("budget", "committed", "paid", "judged", "said"),
    [
        (1000, 750, 750, "goed", f"{EUR}750,00 betaald (netto) van {EUR}1.000,00. Onderbenutting."),
        (1000, 500, 500, "aandacht", f"{EUR}500,00 betaald (netto) van {EUR}1.000,00. Onderbenutting."),
        (1000, 499.99, 499.99, "zwak", f"{EUR}499,99 betaald (netto) van {EUR}1.000,00. Onderbenutting."),
        (1000, 1000.01, 100, "zwak", f"{EUR}100,00 betaald (netto) van {EUR}1.000,00. Overbenutting."),
        (1, 1, 1, "goed", f"{EUR}1,00 betaald (netto) van {EUR}1,00. Volledig benut."),
    ],
)
def test_the_use_of_the_budget_is_judged_on_the_bounds_of_its_norm(
    small, budget, committed, paid, judged, said
):
    """75-100 %: good from 75 %, 'aandacht' from 50 %; over-use (here commitments above the
    budget) is weak whatever was paid; a budget of 1 euro is a budget."""
    traj, totals, _ = small
    totals = totals.copy()
    totals[["budget", "vastgelegd", "betaald"]] = [budget, committed, paid]
    row = evaluation.logic_model(traj, totals).set_index("Indicator").loc["Benutting van het budget"]
    assert (row["Beoordeling"], row["Toelichting"]) == (judged, said)


def test_goals_count_only_for_trajectories_that_agreed_some(asof):
    """Of three ended trajectories, one agreed 0 goals and one none known: only the third, with 2
    goals and nothing known reached, counts, as 0 of 2 reached."""
    traj, totals, verdict = asof
    ended = traj[traj["status"].isin(["afgerond", "stopgezet"])].assign(
        doelen_gepland=pd.array([0, None, 2], dtype="Int64"),
        doelen_bereikt=pd.array([0, 3, None], dtype="Int64"),
    )
    row = evaluation.logic_model(ended, totals, verdict=verdict).set_index("Indicator").loc["Doelbereik"]
    assert (row["Waarde"], row["Beoordeling"], row["Toelichting"]) == (
        0.0,
        "zwak",
        "0 van 2 doelen bereikt, in 1 van 3 afgeronde of stopgezette trajecten met afgesproken doelen.",
    )
