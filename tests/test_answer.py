"""The parliamentary answer on the hand-computed fixture: page, Word and Excel hold exactly the
same figures; a question the data cannot answer says so in all three; the Word file has the
parliament's form (A4, opening, numbering, header and footer); demo data are marked."""

from __future__ import annotations

import io
import re
from datetime import date

import openpyxl
import published
import pytest
from conftest import open_page, unescape
from docx import Document
from fixture_small import publish_small

from dashboard import answer, db
from dashboard.filters import Filters

VRAAG = "views/parlementaire_vraag.py"

EXPECTED = {
    1: "In de selectie namen 6 gemeenten deel aan een toegekend traject: 3 stelden een expert ter "
    "beschikking, 3 ontvingen er een en 0 deden beide. Aan deze gemeenten werd in totaal €\xa013.000,00 "
    "(netto) betaald. VVSG ontving voor de coördinatie €\xa015.000,00 (vastgelegd: €\xa020.000,00).",
    2: "Er werden 4 trajecten aangevraagd, waarvan 3 toegekend (1 goedgekeurd, 1 lopend, 1 afgerond). "
    "Afgewezen: 1; nog in behandeling: 0.",
    3: "Of er rapporten beschikbaar zijn, staat voor geen enkel traject in de gegevens. In 1 traject "
    "met afgesproken doelen werden 3 van de 4 doelen bereikt (75,0%).",
    5: answer.NO_DATA,  # the fixture says nothing about the expert criteria
}
HEADER = answer.Header(
    342,
    date(2022, 5, 25),
    "Suzy Wouters",
    "Bart Somers\nViceminister-president van de Vlaamse Regering",
    "Armoedebeleid lokale besturen - Inzet experts",
)


@pytest.fixture
def small(data_dir):
    publish_small(data_dir)
    return data_dir


def rendered(data_dir, as_of=None, selection=None, blocks=answer.QUESTION_342):
    snap = db.read_snapshot(str(data_dir))
    draft = answer.Draft(HEADER, answer.default_items(blocks))
    return snap, answer.build(snap, draft, as_of, selection or Filters())


def test_page_answers_from_the_data(small):
    at = open_page(VRAAG)
    assert [unescape(h.value) for h in at.subheader] == [f"{n}. {answer.BLOCKS[b].vraag}" for n, b in
                                              enumerate(answer.QUESTION_342, start=1)]  # fmt: skip
    shown = [unescape(m.value) for m in at.markdown] + [unescape(w.value) for w in at.warning]
    for text in EXPECTED.values():
        assert text in shown
    budget = next(t for t in shown if t.startswith("Voor de maatregel"))
    assert budget.startswith("Voor de maatregel werd in totaal €\xa0170.000,00 budget voorzien")
    assert "is €\xa047.000,00 vastgelegd en €\xa028.000,00 betaald (16,5%)" in budget
    assert (
        "2022, Coördinatie VVSG: onderbenutting (Twee tranches, de tweede volgt na het eindrapport.)"
        in budget
    )
    six = next(t for t in shown if t.startswith("Stand van de uitvoering"))
    assert six.startswith("Stand van de uitvoering: 1 afgerond, 1 lopend, 1 goedgekeurd")
    assert "Er werden 3,0 VTE-maanden" in six
    assert answer.NO_DATA in [unescape(w.value) for w in at.warning]  # flagged, not answered


def test_word_and_excel_hold_the_same_figures(small):
    at = open_page(VRAAG)
    shown = [unescape(m.value) for m in at.markdown] + [unescape(w.value) for w in at.warning]
    snap, items = rendered(small)
    ctx = answer.context(snap, Filters(), None)
    doc = Document(io.BytesIO(answer.to_docx(items, HEADER, ctx)))
    doc_text = [p.text for p in doc.paragraphs]
    for n, text in EXPECTED.items():
        assert f"{n}. {text}" in doc_text  # numbered once, in the answer itself
    for text in shown:
        if text in EXPECTED.values():
            assert any(p.endswith(text) for p in doc_text)
    table = doc.tables[0]
    header = [c.text for c in table.rows[0].cells]
    assert header[:4] == ["NIS-code", "Gemeente", "Provincie", "Rol"]
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert rows["Mechelen"][-1] == "€\xa07.000,00" and rows["Gent"][-1] == "€\xa06.000,00"
    book = openpyxl.load_workbook(io.BytesIO(answer.to_xlsx(items, HEADER, ctx)))
    assert book.sheetnames == [f"Vraag {n}" for n in range(1, 7)]
    ws = book["Vraag 1"]
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert EXPECTED[1] in values
    at_row = {
        ws.cell(row=r, column=2).value: ws.cell(row=r, column=8).value for r in range(1, ws.max_row + 1)
    }
    assert at_row["Mechelen"] == 7000.0 and at_row["Gent"] == 6000.0  # numbers stay numbers
    five = [c for row in book["Vraag 5"].iter_rows(values_only=True) for c in row if c is not None]
    assert answer.NO_DATA in five and "NIS-code" not in five and "Traject" not in five


def test_word_file_has_the_parliaments_form(small):
    snap, items = rendered(small, as_of=date(2022, 12, 31))
    ctx = answer.context(snap, Filters(years=(2022,)), date(2022, 12, 31))
    doc = Document(io.BytesIO(answer.to_docx(items, HEADER, ctx)))
    first = doc.sections[0]
    assert (round(first.page_width.mm), round(first.page_height.mm)) == (210, 297)  # A4, not US Letter
    lines = [p.text for p in doc.paragraphs]
    assert lines[:4] == [
        "BART SOMERS",
        "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING",
        "ANTWOORD op vraag nr. 342 van 25 mei 2022 van SUZY WOUTERS",
        "Armoedebeleid lokale besturen - Inzet experts",
    ]
    head = " ".join(p.text for p in first.header.paragraphs)
    assert "Selectie: 2022 · heel Vlaanderen · gemeentegrenzen 2025" in head
    assert "stand van 31/12/2022" in head and f"publicatie {snap.version} van " in head
    assert "DEMO" not in head and not any("DEMO" in line for line in lines)  # real data
    footer = first.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    numbered = [line for line in lines if re.match(r"\d+\. ", line)]
    assert [int(line.split(".")[0]) for line in numbered] == [1, 2, 3, 4, 5, 6]  # each number once
    assert not any(re.match(r"\d+\. \d+\. ", line) for line in lines)
    assert "Bron: trajecten, kolom 'expert voldoet aan de criteria'; stand van 31/12/2022." in lines
    # a table of more than six columns (the budget, the trajectories) lies on a landscape page
    landscape = [s for s in doc.sections if s.page_width > s.page_height]
    assert landscape and all(
        (round(s.page_width.mm), round(s.page_height.mm)) == (297, 210) for s in landscape
    )


def test_a_question_the_data_cannot_answer_is_left_to_the_cabinet(small):
    snap = db.read_snapshot(str(small))
    draft = answer.Draft(HEADER, [*answer.default_items(["budget"]),
                                  answer.Item(2, "Hoe evalueert de minister?", [], reden="een politiek oordeel")])  # fmt: skip
    items = answer.build(snap, draft, None)
    ctx = answer.context(snap, Filters(), None)
    lines = [p.text for p in Document(io.BytesIO(answer.to_docx(items, HEADER, ctx))).paragraphs]
    assert "Hoe evalueert de minister?" in lines
    assert f"2. {answer.TO_FILL}" in lines
    assert "Niet uit de gegevens te beantwoorden: een politiek oordeel" in lines
    sheet = openpyxl.load_workbook(io.BytesIO(answer.to_xlsx(items, HEADER, ctx)))["Vraag 2"]
    assert answer.TO_FILL in [c for row in sheet.iter_rows(values_only=True) for c in row]


def test_a_part_the_blocks_leave_open_reaches_word_and_excel_for_the_cabinet(small):
    """A question answered from the data with a part it cannot answer ("Waarom ...?"): the figures,
    and that part marked for the cabinet to complete, in the Word and the Excel answer."""
    snap = db.read_snapshot(str(small))
    why = "Waarom bleef er budget over?"
    draft = answer.Draft(
        HEADER, [answer.Item(1, "Hoeveel budget bleef er over, en waarom?", ["budget"], aanvullen=(why,))]
    )
    items = answer.build(snap, draft, None)
    ctx = answer.context(snap, Filters(), None)
    marked = f"[Aan te vullen door het kabinet: “{why}”]"
    assert marked in [p.text for p in Document(io.BytesIO(answer.to_docx(items, HEADER, ctx))).paragraphs]
    sheet = openpyxl.load_workbook(io.BytesIO(answer.to_xlsx(items, HEADER, ctx)))["Vraag 1"]
    assert marked in [c for row in sheet.iter_rows(values_only=True) for c in row]


def test_chosen_blocks_are_numbered_in_their_order(small):
    at = open_page(VRAAG, blokken=[answer.BLOCKS[b].titel for b in ("vte", "per_provincie", "budget")])
    assert [unescape(h.value).split(".")[0] for h in at.subheader] == ["1", "2", "3"]
    assert unescape(at.subheader[0].value) == f"1. {answer.BLOCKS['vte'].vraag}"
    assert unescape(at.subheader[2].value) == f"3. {answer.BLOCKS['budget'].vraag}"


def test_an_as_of_date_cuts_bookings(small):
    at = open_page(VRAAG, stand="30/06/2022")
    text = next(unescape(m.value) for m in at.markdown if m.value.startswith("In de selectie"))
    # by 30/06/2022 only the commitments of March and May were booked, nothing paid
    assert "Aan deze gemeenten werd in totaal €\xa00,00 (netto) betaald." in text
    assert "VVSG ontving voor de coördinatie €\xa00,00 (vastgelegd: €\xa020.000,00)." in text


def test_a_wrong_date_is_refused_in_dutch(small):
    at = open_page(VRAAG, stand="31/13/2023")
    assert any("is geen datum; schrijf dd/mm/jjjj" in e.value for e in at.error)
    assert "stand van" in at.caption[0].value  # the page still answers, on all data


def test_demo_data_are_marked_in_every_output(data_dir):
    published.demo(data_dir)
    snap, items = rendered(data_dir)
    ctx = answer.context(snap, Filters(), None)
    assert answer.file_name(ctx, "docx").startswith("DEMO-")
    doc = Document(io.BytesIO(answer.to_docx(items, HEADER, ctx)))
    assert doc.paragraphs[0].text.startswith("DEMOGEGEVENS – NIET VERSTUREN")
    assert doc.sections[0].header.paragraphs[0].text == "DEMOGEGEVENS – NIET VERSTUREN"
    book = openpyxl.load_workbook(io.BytesIO(answer.to_xlsx(items, HEADER, ctx)))
    for ws in book.worksheets:
        assert str(ws["A1"].value).startswith("DEMOGEGEVENS – NIET VERSTUREN"), ws.title
