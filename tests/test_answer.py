"""The parliamentary answer pack on the hand-computed fixture: page, Word and Excel hold exactly
the same figures; a sub-question the data cannot answer says so in all three."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from conftest import open_page, unescape
from docx import Document
from fixture_small import publish_small

from dashboard import answer

VRAAG = "views/parlementaire_vraag.py"

EXPECTED = {
    1: "1. In de selectie namen 6 gemeenten deel aan een toegekend traject: 3 stelden een expert ter "
    "beschikking, 3 ontvingen er een en 0 deden beide. Aan deze gemeenten werd in totaal € 13.000,00 "
    "(netto) betaald. VVSG ontving voor de coördinatie € 15.000,00 (vastgelegd: € 20.000,00).",
    2: "2. Er werden 4 trajecten aangevraagd, waarvan 3 toegekend (1 goedgekeurd, 1 lopend, 1 afgerond). "
    "Afgewezen: 1; nog in behandeling: 0.",
    3: "3. Of er rapporten beschikbaar zijn, staat voor geen enkel traject in de gegevens. In 1 trajecten "
    "met afgesproken doelen werden 3 van de 4 doelen bereikt (75,0%).",
    5: "5. " + answer.NO_DATA,  # the fixture says nothing about the expert criteria
}


@pytest.fixture
def page(data_dir):
    publish_small(data_dir)
    return open_page(VRAAG)


def test_page_answers_from_the_data(page):
    paragraphs = {
        int(t.split(".")[0]): t
        for t in (unescape(m.value) for m in page.markdown)
        if t[:2] in {f"{n}." for n in range(1, 7)}
    }
    warnings = {
        int(t.split(".")[0]): t
        for t in (unescape(w.value) for w in page.warning)
        if t[:2] in {f"{n}." for n in range(1, 7)}
    }
    shown = {**paragraphs, **warnings}
    for number, text in EXPECTED.items():
        assert shown[number] == text
    assert shown[4].startswith("4. Voor de maatregel werd in totaal € 170.000,00 budget voorzien")
    assert "is € 47.000,00 vastgelegd en € 28.000,00 betaald (16,5%)" in shown[4]
    assert (
        "2022, Coördinatie VVSG: onderbenutting (Twee tranches, de tweede volgt na het eindrapport.)"
        in shown[4]
    )
    assert shown[6].startswith("6. Stand van de uitvoering: 1 trajecten afgerond, 1 lopend, 1 goedgekeurd")
    assert "3,0 VTE-maanden" in shown[6]
    assert 5 in warnings  # a sub-question without data is flagged, not answered


def test_word_and_excel_hold_the_same_figures(data_dir):
    publish_small(data_dir)
    at = open_page(VRAAG)
    shown = [unescape(m.value) for m in at.markdown if m.value[:1].isdigit()]
    shown += [unescape(w.value) for w in at.warning if w.value[:1].isdigit()]
    items = _build(data_dir)  # what the page's download buttons build from
    docx = answer.to_docx(items, "Titel", date(2026, 11, 22), "Selectie: alle jaren")
    xlsx = answer.to_xlsx(items, date(2026, 11, 22), "Selectie: alle jaren")
    doc = Document(io.BytesIO(docx))
    doc_text = [p.text for p in doc.paragraphs]
    for text in shown:
        assert text in doc_text
    for text in EXPECTED.values():
        assert text in doc_text
    # the first table: participating municipalities, Belgian formats as on screen
    table = doc.tables[0]
    header = [c.text for c in table.rows[0].cells]
    assert header[:4] == ["NIS-code", "Gemeente", "Provincie", "Rol"]
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert rows["Mechelen"][-1] == "€ 7.000,00" and rows["Gent"][-1] == "€ 6.000,00"
    book = openpyxl.load_workbook(io.BytesIO(xlsx))
    assert book.sheetnames == [f"Vraag {n}" for n in range(1, 7)]
    ws = book["Vraag 1"]
    assert ws["A2"].value == EXPECTED[1]
    cells = {ws.cell(row=r, column=2).value: ws.cell(row=r, column=8).value for r in range(6, ws.max_row + 1)}
    assert cells["Mechelen"] == 7000.0 and cells["Gent"] == 6000.0  # numbers stay numbers
    assert book["Vraag 5"]["A2"].value == EXPECTED[5]
    assert book["Vraag 5"].max_row <= 3  # no table for an unanswerable sub-question


def _build(data_dir) -> list[answer.Answer]:
    from dashboard import db, tables

    snap = db.read_snapshot(str(data_dir))
    con = db.connect()
    p = {"jaren": [], "provincies": [], "indeling": "2025", "tot": None}
    return answer.answers(
        db.query(con, "deelnemers", snap, p),
        db.query(con, "beneficiaries", snap, p),
        db.query(
            con,
            "trajecten_lijst",
            snap,
            {**p, "statussen": [], "modellen": [], "themas": [], "kant": "beide"},
        ),
        tables.budget_execution(db.query(con, "budget_execution", snap, p), date(2026, 11, 22)),
        db.query(con, "overview_totals", snap, p).iloc[0],
        False,
    )


def test_an_as_of_date_cuts_bookings(data_dir):
    publish_small(data_dir)
    at = open_page(VRAAG, stand="2022-06-30")
    text = [unescape(m.value) for m in at.markdown if m.value.startswith("1")][0]
    # by 30/06/2022 only the commitments of March and May were booked, nothing paid
    assert "Aan deze gemeenten werd in totaal € 0,00 (netto) betaald." in text
    assert "VVSG ontving voor de coördinatie € 0,00 (vastgelegd: € 20.000,00)." in text
