"""The business rules (pipelines/rules.py) at their boundaries, the same in Python and in SQL, and
the as-of state in the page, the Word and the Excel answer (fixture_asof.py)."""

from __future__ import annotations

import io
from datetime import date, timedelta

import duckdb
import openpyxl
import pytest
from conftest import open_page, unescape
from docx import Document
from fixture_asof import publish_asof

from dashboard import answer, db, format
from dashboard.filters import Filters
from pipelines import rules

VRAAG = "views/parlementaire_vraag.py"
D = date(2023, 12, 31)


# --- number agreement -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 trajecten"), (1, "1 traject"), (2, "2 trajecten"), (1234, "1.234 trajecten")],
)
def test_count_agrees_in_number(n, expected):
    assert format.count(n, "traject", "trajecten") == expected


@pytest.mark.parametrize(("n", "expected"), [(1.04, "1,0 VTE-maand"), (0.96, "1,0 VTE-maand"),
                                             (1.06, "1,1 VTE-maanden"), (0.94, "0,9 VTE-maanden")])  # fmt: skip
def test_a_count_with_decimals_agrees_with_the_number_as_shown(n, expected):
    assert format.count(n, "VTE-maand", "VTE-maanden", 1) == expected


@pytest.mark.parametrize(("n", "stelde", "werd"), [(0, "stelden", "werden"), (1, "stelde", "werd"),
                                                    (2, "stelden", "werden")])  # fmt: skip
def test_verbs_agree_in_number(n, stelde, werd):
    assert format.verb(n, "stelde") == stelde
    assert format.verb(n, "werd") == werd


def test_generated_answer_agrees_for_one(data_dir):
    """The issue's example: the filter 2022 · Limburg of a dataset with one trajectory there."""
    publish_asof(data_dir)
    at = open_page(VRAAG, provincie="Limburg")
    shown = [unescape(m.value) for m in at.markdown]
    assert (
        "In de selectie namen 2 gemeenten deel aan een toegekend traject: 1 stelde een expert ter "
        "beschikking, 1 ontving er een en 0 deden beide." in " ".join(shown)
    )
    assert any(
        t.startswith("Er werd 1 traject aangevraagd, waarvan 1 toegekend (1 afgerond).") for t in shown
    )
    assert any("gemiddeld 4,0 op 5 (1 score)." in t for t in shown)


def test_euro_sign_never_wraps_apart_from_its_amount():
    assert format.eur(182044) == "€\u00a0182.044,00"
    assert "€ " not in format.frame(__import__("pandas").DataFrame({"B": [1.0]}), money=("B",))["B"][0]


# --- the status on a day ------------------------------------------------------------------------

START, END = date(2023, 3, 1), date(2023, 6, 30)
CASES = [
    # (recorded, start, end, day) -> status on that day
    ("afgerond", START, END, None, "afgerond"),
    ("afgerond", START, END, START - timedelta(days=1), "goedgekeurd"),
    ("afgerond", START, END, START, "lopend"),
    ("afgerond", START, END, END, "lopend"),  # running until its end date, that day included
    ("afgerond", START, END, END + timedelta(days=1), "afgerond"),
    ("afgerond", START, START, START, "lopend"),  # a trajectory ending on its start day
    ("afgerond", START, START, START + timedelta(days=1), "afgerond"),
    ("stopgezet", START, END, END + timedelta(days=1), "stopgezet"),
    ("stopgezet", START, END, START, "lopend"),
    ("stopgezet", START, None, START, "stopgezet"),  # no end date: stopped once started
    ("stopgezet", START, None, START - timedelta(days=1), "goedgekeurd"),  # and approved before
    ("lopend", START, None, START - timedelta(days=1), "goedgekeurd"),
    ("lopend", START, END, END + timedelta(days=9), "lopend"),  # recorded still running
    ("goedgekeurd", None, None, START, "goedgekeurd"),
    ("goedgekeurd", START, None, END, "goedgekeurd"),  # not recorded as started
    ("afgerond", None, END, START, "afgerond"),  # no start date: as recorded
    ("stopgezet", None, None, START, "stopgezet"),  # no dates at all: as recorded
    ("afgewezen", None, None, START, "afgewezen"),
    ("aangevraagd", None, None, START, "aangevraagd"),
]


@pytest.mark.parametrize(("recorded", "start", "end", "day", "expected"), CASES)
def test_status_on_a_day_is_the_same_in_python_and_sql(recorded, start, end, day, expected):
    assert rules.status_on(recorded, start, end, day) == expected
    con = duckdb.connect()
    con.execute(rules.sql_macros())
    got = con.execute("SELECT status_op($s, $b::DATE, $e::DATE, $d::DATE)",
                      {"s": recorded, "b": start, "e": end, "d": day}).fetchone()[0]  # fmt: skip
    assert got == expected


@pytest.mark.parametrize(
    ("applied", "start", "call", "expected"),
    [
        (START, END, 2022, START),
        (None, END, 2022, END),
        (None, None, 2022, date(2022, 1, 1)),
        (None, None, None, None),
    ],
)
def test_the_day_of_the_application_is_the_same_in_python_and_sql(applied, start, call, expected):
    assert rules.requested_on(applied, start, call) == expected
    con = duckdb.connect()
    con.execute(rules.sql_macros())
    got = con.execute("SELECT aangevraagd_op($a::DATE, $b::DATE, $c::INTEGER)",
                      {"a": applied, "b": start, "c": call}).fetchone()[0]  # fmt: skip
    assert got == expected


def test_sql_lists_quote_any_text():
    con = duckdb.connect()
    listed = rules._list(("a", "it's"))
    assert con.execute(f"SELECT {listed}").fetchone()[0] == ["a", "it's"]


DEFINITIONS = {
    "Levensloop van een traject": "aangevraagd → goedgekeurd → lopend → afgerond → stopgezet; of afgewezen. "
    "Stopgezet is voortijdig beëindigd.",
    "Toegekend traject": "status goedgekeurd, lopend, afgerond of stopgezet.",
    "Gestart traject": "status lopend, afgerond of stopgezet.",
    "Afgelopen traject": "status afgerond of stopgezet.",
    "Stand op een vroegere datum": "boekingen tot en met die dag; trajecten die tegen dan aangevraagd waren "
    "(aanvraagdatum, anders startdatum, anders 1 januari van het oproepjaar). De gegevens bevatten geen "
    "beslissingsdatum: goedgekeurd of afgewezen telt zoals vastgelegd vanaf de aanvraag. Een goedgekeurd traject is "
    "lopend van de startdatum tot en met de einddatum en afgerond of stopgezet vanaf de dag erna. Zonder startdatum "
    "blijft de vastgelegde status staan; een stopgezet traject zonder einddatum telt als stopgezet zodra het "
    "gestart is. Doelen, tevredenheid, rapporten, criteria, verankering en gepresteerde uren hebben geen "
    "geschiedenis: daarvan geeft het antwoord de waarde van nu, en zegt het dat.",
    "Deelnemende gemeente": "aanbiedend of ontvangend bestuur in een toegekend traject; rollen: alleen aanbiedend, "
    "alleen ontvangend, of beide.",
    "VTE-maanden geleverd": "gepresteerde uren / 164,67 (38 uur per week, 52 weken over 12 maanden). Het "
    "oorspronkelijke plan (2021): 5 experten × 0,5 VTE × 4 maanden = 10 VTE-maanden, dus één geplande eenheid is 2 "
    "VTE-maanden.",
    "Benutting": "betaald (netto: vereffeningen + terugvorderingen) / budget.",
    "Overbenutting": "de vastleggingen of de betalingen (netto) overschrijden het budget, of er is uitgegeven "
    "zonder budget. Per jaar en geldstroom, per geldstroom over de jaren en voor alles samen.",
    "Onderbenutting": "de betalingen blijven onder het budget van een afgesloten periode (het laatste "
    "begrotingsjaar ligt vóór het jaar van de stand). Het lopende begrotingsjaar is geen onderbenutting maar "
    "'lopend jaar'.",
    "Volledig benut": "de betalingen (netto) bereiken het budget, zonder overbenutting.",
    "Kost per traject": "betaald (netto, alle geldstromen) / aantal toegekende trajecten.",
}


def test_the_definitions_over_de_data_shows():
    assert [(d.term, d.text) for d in rules.definitions()] == list(DEFINITIONS.items())
    assert rules._or(("afgerond",)) == "afgerond"


def test_sql_lists_come_from_the_python_declaration():
    con = duckdb.connect()
    con.execute(rules.sql_macros())
    for status in rules.LIFE_CYCLE:
        row = con.execute("SELECT toegekend($s), gestart($s), afgelopen($s)", {"s": status}).fetchone()
        assert row == (status in rules.APPROVED, status in rules.STARTED, status in rules.ENDED)
    assert con.execute("SELECT levensloop()").fetchone()[0] == list(rules.LIFE_CYCLE)


# --- budget verdicts ----------------------------------------------------------------------------


def test_commitments_above_the_budget_with_payments_below_are_over_use():
    assert rules.verdict(10_000, 15_000, 6_000, 2023, 2026) == rules.OVER


def test_the_running_budget_year_is_not_under_use():
    assert rules.verdict(10_000, 5_000, 4_000, 2026, 2026) == rules.CURRENT
    assert rules.verdict(10_000, 5_000, 4_000, 2025, 2026) == rules.UNDER
    assert rules.verdict(10_000, 10_000, 10_000, 2026, 2026) == rules.FULL
    assert rules.verdict(0, 1, 0, 2025, 2026) == rules.OVER_NO_BUDGET


def test_fte_months_use_the_one_declared_hour_count():
    from pipelines import demo

    assert rules.HOURS_PER_FTE_MONTH == pytest.approx(164.67, abs=0.01)
    assert demo.HOURS_PER_FTE_MONTH is rules.HOURS_PER_FTE_MONTH
    assert rules.PLANNED_UNIT_FTE_MONTHS == 2 and rules.PLANNED_FTE_MONTHS == 10


# --- the as-of state on every surface -----------------------------------------------------------


@pytest.fixture
def asof(data_dir):
    publish_asof(data_dir)
    return data_dir


def _q(data_dir, name, **params):
    snap = db.read_snapshot(str(data_dir))
    base = {"jaren": [], "provincies": [], "gemeenten": [], "indeling": "2025", "tot": None}
    return db.query(db.connect(), name, snap, base | params)


def test_a_booking_on_the_as_of_day_counts_and_the_next_day_not(asof):
    assert float(_q(asof, "overview_totals", tot=D)["betaald"].iloc[0]) == 5_500.0  # P1 + P2 (31/12)
    assert float(_q(asof, "overview_totals", tot=D - timedelta(days=1))["betaald"].iloc[0]) == 4_000.0


def test_the_year_filter_on_bookings_uses_the_budget_year(asof):
    totals = _q(asof, "overview_totals", jaren=[2023])
    assert float(totals["betaald"].iloc[0]) == 6_000.0  # P3 was booked on 05/01/2024, budget year 2023
    assert float(_q(asof, "overview_totals", jaren=[2024])["betaald"].iloc[0]) == 0.0


def test_stopped_trajectories_count_as_approved_and_in_answer_three(asof):
    totals = _q(asof, "overview_totals")
    assert int(totals["trajecten_toegekend"].iloc[0]) == 5  # A1-A5; A2 stopgezet included
    snap = db.read_snapshot(str(asof))
    items = answer.build(snap, answer.Draft(answer.Header(), answer.default_items(["meerwaarde"])), None)
    table = items[0].answers[0].table
    assert "A2" in set(table["Traject"])
    assert items[0].answers[0].text.startswith("Van de 4 afgeronde of stopgezette trajecten")


EXPECTED_ON_D = (
    "Er werden 5 trajecten aangevraagd, waarvan 4 toegekend (1 lopend, 2 afgerond, 1 stopgezet). "
    "Afgewezen: 1; nog in behandeling: 0. De status is die op 31/12/2023, afgeleid uit de data van "
    "aanvraag, start en einde."
)


def test_the_page_describes_the_measure_as_it_stood(asof):
    at = open_page(VRAAG, stand="31/12/2023")
    shown = [unescape(m.value) for m in at.markdown]
    assert EXPECTED_ON_D in shown  # A3 ran until 15/01/2024, A5 was applied for in 2024
    assert "stand van 31/12/2023" in at.caption[0].value
    statuses = next(df.value for df in at.dataframe if "Status" in df.value.columns)
    assert statuses.set_index("Traject").loc["A3", "Status"] == "lopend"
    assert "A5" not in set(statuses["Traject"])
    three = next(t for t in shown if t.startswith("Van de 3 afgeronde of stopgezette trajecten"))
    assert (
        "Let op: de gegevens houden rapporten, doelen, tevredenheid en verankering niet per datum bij"
        in three
    )
    today = open_page(VRAAG)
    assert any(unescape(m.value).startswith("Er werden 6 trajecten aangevraagd, waarvan 5 toegekend (1 goedgekeurd, "
                                            "3 afgerond, 1 stopgezet).") for m in today.markdown)  # fmt: skip


def test_word_and_excel_describe_the_measure_as_it_stood(asof):
    snap = db.read_snapshot(str(asof))
    items = answer.build(snap, answer.Draft(answer.Header(), answer.default_items()), D)
    ctx = answer.context(snap, Filters(), D)
    assert answer.file_name(ctx, "docx") == "antwoord-stand-2023-12-31.docx"
    doc = Document(io.BytesIO(answer.to_docx(items, answer.Header(), ctx)))
    lines = [p.text for p in doc.paragraphs]
    assert f"2. {EXPECTED_ON_D}" in lines
    assert "stand van 31/12/2023" in doc.sections[0].header.paragraphs[0].text
    trajectories = next(t for t in doc.tables if t.rows[0].cells[0].text == "Traject" and len(t.columns) > 6)
    status = {r.cells[0].text: r.cells[2].text for r in trajectories.rows[1:]}
    assert status == {
        "A1": "afgerond",
        "A2": "stopgezet",
        "A3": "lopend",
        "A4": "afgerond",
        "A6": "afgewezen",
    }
    book = openpyxl.load_workbook(io.BytesIO(answer.to_xlsx(items, answer.Header(), ctx)))
    cells = [c for row in book["Vraag 2"].iter_rows(values_only=True) for c in row if c is not None]
    assert EXPECTED_ON_D in cells
    assert any(isinstance(c, str) and "stand van 31/12/2023" in c for c in cells)


def test_merged_municipalities_read_as_what_they_were(asof):
    snap = db.read_snapshot(str(asof))
    items = answer.build(snap, answer.Draft(answer.Header(), answer.default_items(["trajecten"])), None)
    table = items[0].answers[0].table.set_index("Traject")
    assert table.loc["A2", "Ontvangend bestuur"] == "Antwerpen (Borsbeek)"
    old = answer.build(snap, answer.Draft(answer.Header(), answer.default_items(["trajecten"])), None,
                       Filters(vintage="2019-2024"))  # fmt: skip
    assert old[0].answers[0].table.set_index("Traject").loc["A2", "Ontvangend bestuur"] == "Borsbeek"
