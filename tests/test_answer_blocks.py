"""Every answer block (dashboard/answer.py), its paragraph and its table, on the two
hand-computed fixtures: all data as recorded (fixture_small.py) and the state on 31/12/2023
(fixture_asof.py: stopped next to finished trajectories, commitments above the budget with
payments below, a booking on the as-of day and one for 2023 booked in 2024). The page, the Word
and the Excel answer show these same objects (test_answer.py)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pandas as pd
import pytest
from fixture_asof import publish_asof
from fixture_small import publish_small
from test_tables import rows

from dashboard import answer, db, format, tables
from dashboard.filters import Filters

D = date(2023, 12, 31)
EUR = "€\xa0"


def _answers(root, as_of, selection=None) -> dict[str, answer.Answer]:
    snap = db.read_snapshot(str(root))
    draft = answer.Draft(answer.Header(), answer.default_items(list(answer.BLOCKS)))
    return {r.answers[0].block: r.answers[0] for r in answer.build(snap, draft, as_of, selection)}


@pytest.fixture(scope="module")
def small_data(tmp_path_factory):
    root = tmp_path_factory.mktemp("small") / "data"
    root.mkdir()
    publish_small(root)
    return root


@pytest.fixture
def small(small_data):
    """The answers on all data as recorded. Built in each test (function scope): a mutation
    run maps each test to the code it calls, and a module fixture's calls to its first test."""
    return _answers(small_data, None)


@pytest.fixture(scope="module")
def asof_data(tmp_path_factory):
    root = tmp_path_factory.mktemp("asof") / "data"
    root.mkdir()
    publish_asof(root)
    return root


@pytest.fixture
def asof(asof_data):
    caveat = (
        " Let op: de gegevens houden {} niet per datum bij; dit is de stand bij de publicatie van "
        f"{format.day(tables.data_day(db.read_snapshot(str(asof_data))))}, niet die van 31/12/2023."
    )
    return _answers(asof_data, D), caveat, asof_data


SMALL = {
    "deelnemers": "In de selectie namen 6 gemeenten deel aan een toegekend traject: 3 stelden een expert ter "
    f"beschikking, 3 ontvingen er een en 0 deden beide. Aan deze gemeenten werd in totaal {EUR}13.000,00 (netto) "
    f"betaald. VVSG ontving voor de coördinatie {EUR}15.000,00 (vastgelegd: {EUR}20.000,00).",
    "trajecten": "Er werden 4 trajecten aangevraagd, waarvan 3 toegekend (1 goedgekeurd, 1 lopend, 1 afgerond). "
    "Afgewezen: 1; nog in behandeling: 0.",
    "meerwaarde": "Of er rapporten beschikbaar zijn, staat voor geen enkel traject in de gegevens. In 1 traject met "
    "afgesproken doelen werden 3 van de 4 doelen bereikt (75,0%).",
    "budget": f"Voor de maatregel werd in totaal {EUR}170.000,00 budget voorzien (Compensatie aanbiedend bestuur: "
    f"{EUR}150.000,00, Coördinatie VVSG: {EUR}20.000,00). Onderbenutting: van het budget van {EUR}170.000,00 is "
    f"{EUR}47.000,00 vastgelegd en {EUR}28.000,00 betaald (16,5%); {EUR}142.000,00 is niet benut. Per jaar en "
    "geldstroom: 2022, Compensatie aanbiedend bestuur: onderbenutting (geen toelichting in de gegevens); 2022, "
    "Coördinatie VVSG: onderbenutting (Twee tranches, de tweede volgt na het eindrapport.); 2023, Compensatie "
    "aanbiedend bestuur: onderbenutting (geen toelichting in de gegevens).",
    "criteria": answer.NO_DATA,
    "evaluatie": "Stand van de uitvoering: 1 afgerond, 1 lopend, 1 goedgekeurd en nog niet gestart, 0 stopgezet "
    "(3 toegekende trajecten). Er werden 3,0 VTE-maanden expertise geleverd, tegenover 10,0 in het oorspronkelijke "
    "plan (5 experten, halftijds, 4 maanden). Een beoordeling van de maatregel zelf staat niet in de gegevens; die "
    "hoort bij het antwoord van de minister.",
    "per_provincie": "De 3 toegekende trajecten per provincie van het aanbiedend en van het ontvangend bestuur: de "
    "meeste in Antwerpen (2 trajecten met een bestuur uit die provincie). Een traject tussen twee provincies telt "
    "in beide.",
    "per_jaar": "Per jaar (oproepjaar voor trajecten, begrotingsjaar voor budget en betalingen): 2022: 2 trajecten "
    f"aangevraagd, 2 toegekend, {EUR}28.000,00 betaald van {EUR}120.000,00 budget; 2023: 2 trajecten aangevraagd, 1 "
    f"toegekend, {EUR}0,00 betaald van {EUR}50.000,00 budget.",
    "per_model": "Van de 3 toegekende trajecten: 1 mentoring en stage samen, 1 mentoring, 1 stage. Bij mentoring "
    "werkt de expert bij het ontvangend bestuur; bij een stage leert een medewerker van het ontvangend bestuur bij "
    "het aanbiedend bestuur.",
    "kost_per_traject": f"Over 3 toegekende trajecten is per traject {EUR}9.333,33 betaald (netto, alle "
    "geldstromen, ook de coördinatie door VVSG); alleen de compensatie aan de aanbiedende besturen: "
    f"{EUR}4.333,33 per traject.",
    "vte": "Er werden 3,0 VTE-maanden expertise geleverd (164,67 uur per VTE-maand), 1,5 keer de geplande eenheid "
    "van 0,5 VTE gedurende 4 maanden. De trajecten planden 6,0 VTE-maanden; het oorspronkelijke plan van 2021 10,0 "
    "(5 experten).",
}


@pytest.mark.parametrize("block", sorted(SMALL))
def test_each_block_on_all_data_as_recorded(small, block):
    assert small[block].text == SMALL[block]
    assert small[block].answerable == (block != "criteria")
    assert small[block].sources == answer.SOURCES[block]
    assert small[block].title == answer.BLOCKS[block].titel


def test_per_theme_names_the_most_frequent(small):
    """onthaal (T1, T4) and data (T1, T2) tie at two approved trajectories each."""
    text = small["per_thema"].text
    assert text.startswith("De toegekende trajecten behandelden 2 thema's; het vaakst ")
    assert text.endswith(" (2 trajecten). Een traject kan meer dan één thema hebben.")
    assert sorted(rows(small["per_thema"].table)) == [["data", 2], ["onthaal", 2]]  # schulden: T3 was refused
    assert (small["per_thema"].title, small["per_thema"].sources) == (
        answer.BLOCKS["per_thema"].titel,
        answer.SOURCES["per_thema"],
    )


def test_the_tables_of_the_blocks(small):
    assert rows(small["kost_per_traject"].table) == [
        ["Betaald, alle geldstromen", 28000.0, 9333.3333],
        ["Betaald, compensatie", 13000.0, 4333.3333],
        ["Toegekend in de trajecten", 27000.0, 9000.0],
    ]
    assert list(small["kost_per_traject"].table.columns) == [
        "Bedrag",
        "Totaal (EUR)",
        "Per toegekend traject (EUR)",
    ]
    assert small["kost_per_traject"].money_columns == ("Totaal (EUR)", "Per toegekend traject (EUR)")
    assert rows(small["vte"].table) == [
        ["Geleverd (gepresteerde uren)", 3.0, 1.5],
        ["Gepland in de trajecten", 6.0, 3.0],
        ["Oorspronkelijk plan (2021)", 10.0, 5.0],
    ]
    assert list(small["vte"].table.columns) == [
        "Inzet",
        "VTE-maanden",
        "Geplande eenheden (0,5 VTE × 4 maanden)",
    ]
    assert list(small["trajecten"].table.columns) == ["Traject", "Oproep", "Status", "Model", "Aanbiedend bestuur",
                                                      "Ontvangend bestuur", "Thema's", "Start", "Einde"]  # fmt: skip
    assert list(small["budget"].table.columns) == ["Jaar", "Geldstroom", "Budget (EUR)", "Vastgelegd (EUR)",
                                                   "Betaald, netto (EUR)", "Benutting", "Signaal", "Toelichting"]  # fmt: skip
    assert (small["budget"].money_columns, small["budget"].percent_columns) == (
        tables.MONEY_EXEC,
        ("Benutting",),
    )
    # as shown on the page and written to Word: the utilisation as a Belgian percentage
    assert small["budget"].shown["Benutting"].tolist() == ["13,0%", "75,0%", "0,0%"]
    assert small["deelnemers"].money_columns == ("Vastgelegd (EUR)", "Betaald, netto (EUR)")
    assert small["per_provincie"].money_columns == ("Betaald, netto (EUR)",)
    assert small["per_jaar"].money_columns == tables.MONEY_EXEC
    assert rows(small["evaluatie"].table) == [
        ["Aangevraagd", 4],
        ["Goedgekeurd", 3],
        ["Gestart", 2],
        ["Afgerond", 1],
    ]
    assert small["criteria"].table.empty


ASOF = {
    "deelnemers": "In de selectie namen 8 gemeenten deel aan een toegekend traject: 4 stelden een expert ter "
    f"beschikking, 4 ontvingen er een en 0 deden beide. Aan deze gemeenten werd in totaal {EUR}5.500,00 (netto) "
    "betaald.",
    "trajecten": "Er werden 5 trajecten aangevraagd, waarvan 4 toegekend (1 lopend, 2 afgerond, 1 stopgezet). "
    "Afgewezen: 1; nog in behandeling: 0. De status is die op 31/12/2023, afgeleid uit de data van aanvraag, "
    "start en einde.",
    "meerwaarde": "Van de 3 afgeronde of stopgezette trajecten is er voor 1 een rapport beschikbaar (voor 1 is dat "
    "niet ingevuld). In 2 trajecten met afgesproken doelen werden 5 van de 7 doelen bereikt (71,4%). De ontvangende "
    "besturen gaven gemiddeld 3,5 op 5 (2 scores).{rapporten, doelen, tevredenheid en verankering}",
    "budget": f"Voor de maatregel werd in totaal {EUR}10.000,00 budget voorzien (Compensatie aanbiedend bestuur: "
    f"{EUR}10.000,00). Overbenutting: er is {EUR}5.000,00 meer vastgelegd of betaald dan het budget van "
    f"{EUR}10.000,00 ({EUR}15.000,00 vastgelegd, {EUR}5.500,00 betaald). Per jaar en geldstroom: 2023, Compensatie "
    "aanbiedend bestuur: overbenutting (Eén oproep, vastleggingen vooraf.).",
    "criteria": "Voor 4 van de 4 toegekende trajecten is vastgelegd of de expert aan de criteria van de oproep "
    "voldoet: in 3 trajecten wel, in 1 niet. De criteria zelf staan in het reglement van de projectoproep; ze maken "
    "geen deel uit van de gegevens.{de criteria}",
    "evaluatie": "Stand van de uitvoering: 2 afgerond, 1 lopend, 0 goedgekeurd en nog niet gestart, 1 stopgezet "
    "(4 toegekende trajecten). Er werden 3,5 VTE-maanden expertise geleverd, tegenover 10,0 in het oorspronkelijke "
    "plan (5 experten, halftijds, 4 maanden). Een beoordeling van de maatregel zelf staat niet in de gegevens; die "
    "hoort bij het antwoord van de minister.{de gepresteerde uren}",
    "per_provincie": "De 4 toegekende trajecten per provincie van het aanbiedend en van het ontvangend bestuur: de "
    "meeste in Antwerpen (2 trajecten met een bestuur uit die provincie). Een traject tussen twee provincies telt "
    "in beide.",
    "per_jaar": "Per jaar (oproepjaar voor trajecten, begrotingsjaar voor budget en betalingen): 2023: 5 trajecten "
    f"aangevraagd, 4 toegekend, {EUR}5.500,00 betaald van {EUR}10.000,00 budget.",
    "per_thema": "De toegekende trajecten behandelden 3 thema's; het vaakst onthaal (2 trajecten). Een traject kan "
    "meer dan één thema hebben.",
    "per_model": "Van de 4 toegekende trajecten: 3 mentoring, 1 stage. Bij mentoring werkt de expert bij het "
    "ontvangend bestuur; bij een stage leert een medewerker van het ontvangend bestuur bij het aanbiedend bestuur.",
    "kost_per_traject": f"Over 4 toegekende trajecten is per traject {EUR}1.375,00 betaald (netto, alle "
    f"geldstromen, ook de coördinatie door VVSG); alleen de compensatie aan de aanbiedende besturen: {EUR}1.375,00 "
    "per traject.",
    "vte": "Er werden 3,5 VTE-maanden expertise geleverd (164,67 uur per VTE-maand), 1,8 keer de geplande eenheid "
    "van 0,5 VTE gedurende 4 maanden. De trajecten planden 5,1 VTE-maanden; het oorspronkelijke plan van 2021 10,0 "
    "(5 experten).{de gepresteerde uren}",
}


@pytest.mark.parametrize("block", sorted(ASOF))
def test_each_block_as_the_measure_stood_on_31_12_2023(asof, block):
    """A3 still ran, A5 was not yet applied for, P3 (05/01/2024) not yet paid; values without
    history carry the caveat in the paragraph itself."""
    answers, caveat, _ = asof
    expected = ASOF[block]
    if "{" in expected:
        expected, what = expected.split("{")
        expected += caveat.format(what.rstrip("}"))
    assert answers[block].text == expected
    assert (answers[block].title, answers[block].sources) == (
        answer.BLOCKS[block].titel,
        answer.SOURCES[block],
    )


def test_the_tables_as_the_measure_stood(asof):
    answers, _, _ = asof
    assert rows(answers["meerwaarde"].table) == [
        ["A1", "Mechelen", "Leuven", "ja", "", 4, 4, 5, None, "–"],
        ["A2", "Gent", "Antwerpen (Borsbeek)", "nee", "", 3, 1, 2, None, "–"],
        ["A4", "Aalst", "Ninove", "–", "", None, None, None, None, "–"],
    ]
    assert list(answers["meerwaarde"].table.columns) == [
        "Traject", "Aanbiedend bestuur", "Ontvangend bestuur", "Rapport", "Link naar rapport", "Doelen gepland",
        "Doelen bereikt", "Tevredenheid ontvanger", "Tevredenheid aanbieder", "Verankerd"]  # fmt: skip
    assert rows(answers["criteria"].table) == [["A1", "Mechelen", "ja"], ["A2", "Gent", "nee"],
                                               ["A3", "Hasselt", "ja"], ["A4", "Aalst", "ja"]]  # fmt: skip
    assert list(answers["criteria"].table.columns) == [
        "Traject",
        "Aanbiedend bestuur",
        "Expert voldoet aan de criteria",
    ]
    assert rows(answers["per_model"].table) == [["mentoring", 3, 3, 2], ["stage", 2, 1, 0]]


def test_reports_anchoring_and_the_providers_scores_when_the_data_have_them(asof):
    """All data as recorded (A1-A4 ended), with reports, anchoring and the providers' scores
    filled in on the fixture's rows."""
    _, _, root = asof
    snap = db.read_snapshot(str(root))
    facts = answer.facts(snap, Filters(), None)
    traj = facts.traj.copy()
    ended = traj["status"].isin(("afgerond", "stopgezet"))
    traj.loc[ended, "verankerd"] = [True, False, True, True]  # A1, A2, A3, A4
    traj.loc[ended, "tevredenheid_aanbieder"] = [4, 3, 5, 4]
    traj.loc[ended, "rapport_beschikbaar"] = [True, False, True, True]
    facts.traj = traj
    text = answer.added_value(facts).text
    assert text == (
        "Van de 4 afgeronde of stopgezette trajecten is er voor 3 een rapport beschikbaar. In 3 trajecten met "
        "afgesproken doelen werden 7 van de 9 doelen bereikt (77,8%). De ontvangende besturen gaven gemiddeld 3,7 op "
        "5 (3 scores). De aanbiedende besturen gaven gemiddeld 4,0 op 5 (4 scores). In 3 van 4 trajecten is de aanpak "
        "verankerd in het beleid van het ontvangend bestuur."
    )
    one = traj[traj["traject_id"] == "A4"]
    facts.traj = one.assign(doelen_gepland=[2], doelen_bereikt=[1], tevredenheid_ontvanger=[4])
    assert answer.added_value(facts).text == (
        "Van de 1 afgerond of stopgezet traject is er voor 1 een rapport beschikbaar. In 1 traject met afgesproken "
        "doelen werd 1 van de 2 doelen bereikt (50,0%). De ontvangende besturen gaven gemiddeld 4,0 op 5 (1 score). "
        "De aanbiedende besturen gaven gemiddeld 4,0 op 5 (1 score). In 1 van 1 traject is de aanpak verankerd in het "
        "beleid van het ontvangend bestuur."
    )


def test_a_selection_without_data_says_so_in_every_block(asof):
    _, _, root = asof
    answers = _answers(root, None, Filters(years=(2019,)))
    assert {b for b, a in answers.items() if not a.answerable} == set(answer.BLOCKS)
    assert all(a.text == answer.NO_DATA and a.table.empty for a in answers.values())


def test_the_lines_around_the_answers():
    header = answer.Header(
        342, date(2022, 5, 25), " Suzy Wouters ", "Bart Somers\n\n Viceminister ", " Titel "
    )
    assert answer.opening(header) == ["BART SOMERS", "VICEMINISTER", "ANTWOORD op vraag nr. 342 van 25 mei 2022 van "
                                      "SUZY WOUTERS", "Titel"]  # fmt: skip
    assert answer.opening(answer.Header()) == ["ANTWOORD op vraag nr. …"]
    assert [answer.long_day(date(2024, m, 1)).split()[1] for m in (1, 12)] == ["januari", "december"]
    ctx = answer.Context(D, "Selectie: 2023", "publicatie 3 van 01/02/2024 10:00", demo=False)
    assert answer.stated(ctx) == ["Selectie: 2023 · stand van 31/12/2023 · publicatie 3 van 01/02/2024 10:00"]
    assert answer.file_name(ctx, "xlsx") == "antwoord-stand-2023-12-31.xlsx"
    blank = answer.Answer("x", "X", "tekst", pd.DataFrame(), sources="trajecten")
    assert answer.source_line(blank, ctx) == "Bron: trajecten; stand van 31/12/2023."
    items = answer.default_items(["vte", "budget"])
    assert [(i.nr, i.blokken, i.vraag) for i in items] == [(1, ["vte"], answer.BLOCKS["vte"].vraag),
                                                           (2, ["budget"], answer.BLOCKS["budget"].vraag)]  # fmt: skip


def test_per_year_per_theme_in_the_singular_and_with_one_source_only(asof):
    """A year with one trajectory applied for, one theme, and a year answered from the
    trajectories alone (no budget or bookings in the selection) or the money alone."""
    _, _, root = asof
    snap = db.read_snapshot(str(root))
    facts = answer.facts(snap, Filters(), D)
    one = facts.traj[facts.traj["traject_id"] == "A1"]
    facts.traj = one
    assert answer.per_year(facts).text == (
        "Per jaar (oproepjaar voor trajecten, begrotingsjaar voor budget en betalingen): 2023: 1 traject aangevraagd, "
        f"1 toegekend, {EUR}5.500,00 betaald van {EUR}10.000,00 budget."
    )
    assert rows(answer.per_year(facts).table) == [[2023, 1, 1, 10000.0, 15000.0, 5500.0]]
    assert answer.per_theme(facts).text == (
        "De toegekende trajecten behandelden 1 thema; het vaakst onthaal (1 traject). Een traject kan meer dan één "
        "thema hebben."
    )
    facts.execution = facts.execution.iloc[0:0]
    assert answer.per_year(facts).answerable and "2023: 1 traject aangevraagd" in answer.per_year(facts).text
    facts.traj, facts.execution = one.iloc[0:0], answer.facts(snap, Filters(), D).execution
    assert answer.per_year(facts).answerable and f"{EUR}5.500,00 betaald" in answer.per_year(facts).text


ONE = {  # Limburg in the as-of fixture: one trajectory (A1), finished, 1,0 VTE-month delivered
    "trajecten": "Er werd 1 traject aangevraagd, waarvan 1 toegekend (1 afgerond). Afgewezen: 0; nog in behandeling: 0.",
    "meerwaarde": "Van de 1 afgerond of stopgezet traject is er voor 1 een rapport beschikbaar. In 1 traject met "
    "afgesproken doelen werden 2 van de 2 doelen bereikt (100,0%). De ontvangende besturen gaven gemiddeld 4,0 op 5 "
    "(1 score).",
    "criteria": "Voor 1 van de 1 toegekend traject is vastgelegd of de expert aan de criteria van de oproep voldoet: "
    "in 1 traject wel, in 0 niet. De criteria zelf staan in het reglement van de projectoproep; ze maken geen deel "
    "uit van de gegevens.",
    "evaluatie": "Stand van de uitvoering: 1 afgerond, 0 lopend, 0 goedgekeurd en nog niet gestart, 0 stopgezet "
    "(1 toegekend traject). Er werd 1,0 VTE-maand expertise geleverd, tegenover 10,0 in het oorspronkelijke plan "
    "(5 experten, halftijds, 4 maanden). Een beoordeling van de maatregel zelf staat niet in de gegevens; die hoort "
    "bij het antwoord van de minister.",
    "per_model": "Van de 1 toegekend traject: 1 mentoring. Bij mentoring werkt de expert bij het ontvangend "
    "bestuur; bij een stage leert een medewerker van het ontvangend bestuur bij het aanbiedend bestuur.",
    "budget": f"Voor de maatregel werd in totaal {EUR}10.000,00 budget voorzien (Compensatie aanbiedend bestuur: "
    f"{EUR}10.000,00). In de gekozen provincies is {EUR}0,00 vastgelegd en {EUR}0,00 betaald. Het budget "
    f"({EUR}10.000,00) geldt voor heel Vlaanderen en is niet per provincie verdeeld; over- of onderbenutting kan "
    "daarom alleen voor heel Vlaanderen beoordeeld worden.",
    "per_provincie": "De 1 toegekend traject per provincie van het aanbiedend en van het ontvangend bestuur: de "
    "meeste in Limburg (1 traject met een bestuur uit die provincie). Een traject tussen twee provincies telt in "
    "beide.",
    "kost_per_traject": f"Over 1 toegekend traject is per traject {EUR}0,00 betaald (netto, alle geldstromen, ook "
    f"de coördinatie door VVSG); alleen de compensatie aan de aanbiedende besturen: {EUR}0,00 per traject.",
    "vte": "Er werd 1,0 VTE-maand expertise geleverd (164,67 uur per VTE-maand), 0,5 keer de geplande eenheid van "
    "0,5 VTE gedurende 4 maanden. Het traject plande 1,0 VTE-maand; het oorspronkelijke plan van 2021 10,0 "
    "(5 experten).",
}


@pytest.mark.parametrize("block", ONE)
def test_each_block_agrees_in_number_for_one_trajectory(asof, block):
    """A selection with one trajectory: every count and every verb in the singular, and the
    delivered VTE-months said alike in the evaluation and the VTE block."""
    _, _, root = asof
    one = _answers(root, None, Filters(provinces=("Limburg",)))
    assert one[block].text == ONE[block]


def test_participants_of_a_selection_with_one_municipality(asof):
    """Vlaams-Brabant holds one receiver only: the participants' sentence in the singular."""
    _, _, root = asof
    assert _answers(root, None, Filters(provinces=("Vlaams-Brabant",)))["deelnemers"].text == (
        "In de selectie nam 1 gemeente deel aan een toegekend traject: 0 stelden een expert ter beschikking, "
        f"1 ontving er een en 0 deden beide. Aan deze gemeente werd in totaal {EUR}0,00 (netto) betaald."
    )


def test_participants_with_one_in_each_role():
    """One municipality gave, one received, one did both: every verb in the singular."""
    deelnemers = pd.DataFrame({"nis_code": ["11002", "44021", "71016"], "gemeente": ["Antwerpen", "Gent", "Genk"],
                               "provincie": ["Antwerpen", "Oost-Vlaanderen", "Limburg"],
                               "rol": ["aanbiedend", "ontvangend", "beide"], "trajecten_aanbiedend": [1, 0, 1],
                               "trajecten_ontvangend": [0, 1, 1], "vastgelegd": [10.0, 0.0, 5.0],
                               "betaald": [10.0, 0.0, 5.0]})  # fmt: skip
    beneficiaries = pd.DataFrame({"soort": ["gemeente"], "betaald": [0.0], "vastgelegd": [0.0]})
    text = answer.municipalities(SimpleNamespace(deelnemers=deelnemers, beneficiaries=beneficiaries)).text
    assert text == (
        "In de selectie namen 3 gemeenten deel aan een toegekend traject: 1 stelde een expert ter beschikking, "
        f"1 ontving er een en 1 deed beide. Aan deze gemeenten werd in totaal {EUR}15,00 (netto) betaald."
    )


@pytest.mark.parametrize(("months", "said"), [(1.04, "Er werd 1,0 VTE-maand"), (0.96, "Er werd 1,0 VTE-maand"),
                                             (1.06, "Er werden 1,1 VTE-maanden"), (3.5, "Er werden 3,5 VTE-maanden")])  # fmt: skip
def test_delivered_fte_months_agree_with_the_number_as_shown(months, said):
    assert answer._delivered(months) == f"{said} expertise geleverd"


def test_a_selection_without_approved_trajectories(small_data):
    """Limburg in the small fixture: one trajectory, refused. No empty brackets after 'toegekend'."""
    text = _answers(small_data, None, Filters(provinces=("Limburg",)))["trajecten"].text
    assert text == "Er werd 1 traject aangevraagd, waarvan 0 toegekend. Afgewezen: 1; nog in behandeling: 0."


def test_ended_trajectories_without_any_report_goal_or_score_give_no_added_value_answer():
    traj = pd.DataFrame({"status": ["afgerond", "stopgezet"], "rapport_beschikbaar": [None, None],
                         "doelen_gepland": [None, None], "tevredenheid_ontvanger": [None, None]})  # fmt: skip
    none = answer.added_value(SimpleNamespace(traj=traj))
    assert not none.answerable and none.text == answer.NO_DATA


def _done(planned: list, reached: list) -> pd.DataFrame:
    return pd.DataFrame({"doelen_gepland": planned, "doelen_bereikt": reached,
                         "tevredenheid_ontvanger": [None] * len(planned),
                         "tevredenheid_aanbieder": [None] * len(planned), "verankerd": [None] * len(planned)},
                        dtype="Float64")  # fmt: skip


def test_the_goals_sentence_of_answer_three():
    """One goal agreed and reached; goals agreed but their result not filled in (none reached);
    no goals agreed at all (0 planned: nothing to say, not '0 van de 0')."""
    assert answer._goals_and_scores(_done([1], [1])) == [
        "In 1 traject met afgesproken doelen werd 1 van de 1 doel bereikt (100,0%)."
    ]
    assert answer._goals_and_scores(_done([2, 3, None], [None, 1, 4])) == [
        "In 2 trajecten met afgesproken doelen werd 1 van de 5 doelen bereikt (20,0%)."
    ]
    assert answer._goals_and_scores(_done([0, 0], [0, None])) == []


def test_a_block_without_data_keeps_its_title_and_sources(asof):
    _, _, root = asof
    answers = _answers(root, None, Filters(years=(2019,)))
    for block, given in answers.items():
        assert (given.title, given.sources) == (answer.BLOCKS[block].titel, answer.SOURCES[block])


def test_the_budget_of_chosen_municipalities_is_judged_for_flanders_only(small_data):
    """The budget is not divided per municipality: the answer says so in those words."""
    text = _answers(small_data, None, Filters(municipalities=("12025",)))["budget"].text
    assert "In de gekozen gemeenten is " in text
    assert "Het budget (" in text and " geldt voor heel Vlaanderen en is niet per gemeente verdeeld" in text
