"""The Word and Excel answers as a reader opens them (dashboard/answer_docx.py, answer_xlsx.py):
how each part looks (bold opening, italic question and sources, the demo band, page header and
footer, landscape pages for wide tables, the header row repeated) and what each cell holds
(numbers as numbers with their format, dates as dates, yes/no, lists, text never a formula).
Built from hand-made rendered answers, so every kind of part and value occurs."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
import pandas as pd
import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from dashboard import answer, answer_docx, answer_xlsx

HEADER = answer.Header(342, date(2022, 5, 25), "Suzy Wouters", "Bart Somers\nViceminister-president", "Titel")
CTX = answer.Context(date(2023, 12, 31), "Selectie: alles", "publicatie 3 van 01/02/2024 10:00", demo=True)
STATED = "Selectie: alles · stand van 31/12/2023 · publicatie 3 van 01/02/2024 10:00"

NARROW = pd.DataFrame({"Traject": ["A1", "=SOM(1)"], "Bedrag (EUR)": [1234.5, -7.25], "Aandeel": [0.5, None]})
WIDE = pd.DataFrame(
    {
        "Traject": ["A1"], "Start": [date(2023, 3, 1)], "Moment": [datetime(2023, 3, 1, 9, 30)],
        "Rapport": [True], "Verankerd": [False], "Thema's": [["onthaal", "data"]], "Uren": [8],
    }
)  # fmt: skip


def _answer(block, text, table, **kwargs):
    return answer.Answer(block, f"Titel {block}", text, table, sources=f"bron {block}", **kwargs)


ITEMS = [
    answer.Rendered(1, "Welke gemeenten?", [_answer("a", "Eerste \u202eantwoord.", NARROW,
                                                    money_columns=("Bedrag (EUR)",), percent_columns=("Aandeel",))],
                    "Selectie: alles"),
    answer.Rendered(2, "Hoeveel?", [_answer("b", "Tweede.", WIDE), _answer("c", "Derde.", pd.DataFrame())],
                    "Selectie: 2023"),
    answer.Rendered(3, "Hoe evalueert de minister?", [], "Selectie: alles", reden="een politiek oordeel"),
]  # fmt: skip


# Function-scoped, like every fixture here that runs the code under test: a mutation run maps
# each test to the code it calls, and code run by a module fixture maps to its first test only.
@pytest.fixture
def doc():
    return Document(io.BytesIO(answer_docx.write(ITEMS, HEADER, CTX)))


def _p(doc, text):
    return next(p for p in doc.paragraphs if p.text == text)


def test_the_word_answer_opens_in_the_parliaments_form(doc):
    lines = [p.text for p in doc.paragraphs]
    assert lines[:6] == [answer_docx.DEMO_BANNER, "BART SOMERS", "VICEMINISTER-PRESIDENT",
                         "ANTWOORD op vraag nr. 342 van 25 mei 2022 van SUZY WOUTERS", "Titel", STATED]  # fmt: skip
    banner = doc.paragraphs[0]
    assert banner.runs[0].bold and banner.runs[0].font.color.rgb == RGBColor(0x9B, 0x00, 0x00)
    shade = banner._p.pPr.find(qn("w:shd"))  # a plain light-red fill ("clear": no pattern over it)
    assert (shade.get(qn("w:val")), shade.get(qn("w:color")), shade.get(qn("w:fill"))) == (
        "clear",
        "auto",
        "FDE2E2",
    )
    minister, title, opening, subject = doc.paragraphs[1:5]
    assert [bool(p.runs[0].bold) for p in (minister, title, opening, subject)] == [True, False, True, False]
    assert minister.paragraph_format.space_after == Pt(0) and opening.paragraph_format.space_after == Pt(6)
    assert doc.paragraphs[5].runs[0].italic
    assert doc.styles["Normal"].font.name == "Calibri" and doc.styles["Normal"].font.size == Pt(10.5)


def test_each_answer_numbered_once_with_its_question_and_source(doc):
    question = _p(doc, "Welke gemeenten?")
    assert question.runs[0].italic and question.runs[0].font.color.rgb == RGBColor(0x55, 0x55, 0x55)
    assert question.paragraph_format.space_before == Pt(12)
    first = _p(doc, "1. Eerste [U+202E]antwoord.")  # direction controls shown, not obeyed
    assert [r.text for r in first.runs] == ["1. ", "Eerste [U+202E]antwoord."]
    source = _p(doc, "Bron: bron a; stand van 31/12/2023.")
    assert source.runs[0].italic and source.runs[0].font.size == Pt(8.5)
    # an item of several blocks: each block's title in bold, the number once
    second = _p(doc, "2. Titel b. Tweede.")
    assert [(r.text, r.bold) for r in second.runs] == [("2. ", None), ("Titel b. ", True), ("Tweede.", None)]
    assert [(r.text, r.bold) for r in _p(doc, "Titel c. Derde.").runs] == [
        ("Titel c. ", True),
        ("Derde.", None),
    ]
    assert _p(doc, "Selectie: 2023").runs[0].italic  # its own selection, said under the question
    assert [p.text for p in doc.paragraphs].count("Selectie: alles") == 0  # the document's own: not repeated
    filler = _p(doc, f"3. {answer.TO_FILL}")
    assert filler.runs[1].font.highlight_color == WD_COLOR_INDEX.YELLOW
    assert _p(doc, "Niet uit de gegevens te beantwoorden: een politiek oordeel").runs[0].italic


def test_tables_their_cells_and_pages(doc):
    narrow, wide = doc.tables
    assert [[c.text for c in r.cells] for r in narrow.rows] == [
        ["Traject", "Bedrag (EUR)", "Aandeel"],
        ["A1", "€\xa01.234,50", "50,0%"],
        ["=SOM(1)", "€\xa0-7,25", "–"],
    ]
    assert [[c.text for c in r.cells] for r in wide.rows][1] == ["A1", "01/03/2023", "01/03/2023 09:30", "ja", "nee",
                                                                "onthaal, data", "8"]  # fmt: skip
    head = narrow.rows[0].cells[0].paragraphs[0].runs[-1]
    body = narrow.rows[1].cells[0].paragraphs[0].runs[-1]
    assert (head.bold, head.font.size, bool(body.bold), body.font.size) == (True, Pt(8), False, Pt(8))
    assert narrow.style.name == "Table Grid" and narrow.autofit
    assert (
        narrow.rows[0]._tr.trPr.find(qn("w:tblHeader")).get(qn("w:val")) == "true"
    )  # repeated on every page
    assert narrow.rows[1]._tr.trPr is None or narrow.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
    # portrait, then a landscape page for the wide table (seven columns), then portrait again
    sizes = [(s.orientation, round(s.page_width.mm), round(s.page_height.mm)) for s in doc.sections]
    assert sizes == [
        (WD_ORIENT.PORTRAIT, 210, 297),
        (WD_ORIENT.LANDSCAPE, 297, 210),
        (WD_ORIENT.PORTRAIT, 210, 297),
    ]
    for section in doc.sections:
        margins = (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin)
        assert {round(m.mm) for m in margins} == {20}


def test_every_page_says_what_it_shows_and_which_page_it_is(doc):
    section = doc.sections[0]
    banner, stated = section.header.paragraphs
    assert banner.text == "DEMOGEGEVENS – NIET VERSTUREN" and banner.runs[0].bold
    assert stated.text == STATED and stated.runs[0].font.size == Pt(8)
    foot = section.footer.paragraphs[0]
    assert foot.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert [r.text for r in foot.runs if r.text] == ["pagina ", "1", " van ", "1"]
    codes = [i.text for i in foot._p.iter(qn("w:instrText"))]
    assert codes == [" PAGE ", " NUMPAGES "]
    # the spaces around a field's code are kept (Word reads the code as written)
    assert [i.get(qn("xml:space")) for i in foot._p.iter(qn("w:instrText"))] == ["preserve"] * 2
    kinds = [f.get(qn("w:fldCharType")) for f in foot._p.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    assert all(r.font.size == Pt(8) for r in foot.runs)
    assert all(s.header.is_linked_to_previous for s in doc.sections[1:])
    plain = Document(io.BytesIO(answer_docx.write(ITEMS[:1], HEADER, answer.Context(*list(CTX.__dict__.values())[:3],
                                                                                     demo=False))))  # fmt: skip
    assert [p.text for p in plain.sections[0].header.paragraphs] == [STATED]
    assert plain.paragraphs[0].text == "BART SOMERS"


@pytest.fixture
def book():
    return openpyxl.load_workbook(io.BytesIO(answer_xlsx.write(ITEMS, HEADER, CTX)))


def test_every_sheet_starts_like_the_word_answer(book):
    assert book.sheetnames == ["Vraag 1", "Vraag 2", "Vraag 3"]
    for ws in book.worksheets:
        top = [ws.cell(row=r, column=1).value for r in range(1, 7)]
        assert top == [answer_docx.DEMO_BANNER, "BART SOMERS", "VICEMINISTER-PRESIDENT",
                       "ANTWOORD op vraag nr. 342 van 25 mei 2022 van SUZY WOUTERS", "Titel", STATED]  # fmt: skip
        demo = ws["A1"]
        assert demo.font.bold and demo.font.color.rgb == "FF9B0000" and demo.fill.fgColor.rgb == "FFFDE2E2"
        assert ws["A4"].font.bold and not ws["A2"].font.bold and ws["A7"].value is None
        columns = ws.column_dimensions["A"]  # A to I, 18 characters wide
        assert (columns.min, columns.max, round(columns.width)) == (1, 9, 19)


def test_the_excel_answer_holds_typed_cells(book):
    one = book["Vraag 1"]
    assert (one["A8"].value, one["A8"].font.bold) == ("1. Welke gemeenten?", True)
    assert one["A9"].value == "Eerste [U+202E]antwoord." and one["A9"].alignment.wrap_text
    assert one["A9"].alignment.vertical == "top"
    assert "A9:I9" in [str(r) for r in one.merged_cells.ranges]
    assert one.row_dimensions[9].height == 30
    assert (one["A10"].value, one["A10"].font.italic) == ("Bron: bron a; stand van 31/12/2023.", True)
    assert [c.value for c in one[12]][:3] == ["Traject", "Bedrag (EUR)", "Aandeel"] and one["A12"].font.bold
    assert [c.value for c in one[13]][:3] == ["A1", 1234.5, 0.5]
    assert (one["B13"].number_format, one["C13"].number_format) == ("#,##0.00", "0.0%")
    assert one["A14"].value == "'=SOM(1)" and one["A14"].data_type == "s"  # never a formula
    assert one["C14"].value is None
    two = book["Vraag 2"]
    assert [two.cell(row=r, column=1).value for r in range(8, 11)] == [
        "2. Hoeveel?",
        "Selectie: 2023",
        "Titel b",
    ]
    assert two["A9"].font.italic and two["A10"].font.bold
    assert [c.value for c in two[15]][:7] == ["A1", datetime(2023, 3, 1), datetime(2023, 3, 1, 9, 30), "ja", "nee",
                                             "onthaal, data", 8]  # fmt: skip
    assert two["B15"].number_format == "dd/mm/yyyy" and two["G15"].number_format == "General"
    assert (
        two["A17"].value == "Titel c"
        and two["A18"].value == "Derde."
        and two["A19"].value.startswith("Bron: bron c")
    )
    three = book["Vraag 3"]
    assert (three["A9"].value, three["A9"].fill.fgColor.rgb) == (answer.TO_FILL, "FFFFFF00")
    assert three["A10"].value == "Niet uit de gegevens te beantwoorden: een politiek oordeel"


@pytest.mark.parametrize(("length", "lines"), [(500, 5), (220, 3), (219, 2), (10, 2)])
def test_a_long_paragraph_gets_a_row_high_enough(length, lines):
    """110 characters a line, at least two lines of 15 points."""
    long = [answer.Rendered(1, "V?", [_answer("a", "x" * length, pd.DataFrame())], "Selectie: alles")]
    ws = openpyxl.load_workbook(io.BytesIO(answer_xlsx.write(long, HEADER, CTX)))["Vraag 1"]
    assert ws.row_dimensions[9].height == 15 * lines


def test_a_paragraph_that_is_a_link_stays_text():
    """A paragraph is written whole into merged cells: a link in it is text, never a live
    hyperlink in the download (nor is a formula, which protect_text neutralises first)."""
    linked = [
        answer.Rendered(1, "V?", [_answer("a", "https://rapport.be/x", pd.DataFrame())], "Selectie: alles")
    ]
    ws = openpyxl.load_workbook(io.BytesIO(answer_xlsx.write(linked, HEADER, CTX)))["Vraag 1"]
    assert (ws["A9"].value, ws["A9"].data_type, ws["A9"].hyperlink) == ("https://rapport.be/x", "s", None)


def test_real_data_have_no_demo_band():
    real = answer.Context(CTX.as_of, CTX.selection, CTX.publication, demo=False)
    ws = openpyxl.load_workbook(io.BytesIO(answer_xlsx.write(ITEMS, HEADER, real)))["Vraag 1"]
    assert [ws.cell(row=r, column=1).value for r in range(1, 3)] == ["BART SOMERS", "VICEMINISTER-PRESIDENT"]
    assert Document(io.BytesIO(answer_docx.write(ITEMS, HEADER, real))).paragraphs[0].text == "BART SOMERS"


def test_after_an_item_left_to_the_cabinet_the_next_is_answered_with_its_parts_to_complete():
    """An item no block answers, then one whose question has a part the blocks leave open."""
    items = [
        answer.Rendered(1, "Hoe evalueert de minister?", [], "Selectie: alles", reden="een politiek oordeel"),
        answer.Rendered(2, "Hoeveel en waarom?", [_answer("a", "Twee.", pd.DataFrame())], "Selectie: alles",
                        aanvullen=("Waarom?", "Sinds wanneer?")),
    ]  # fmt: skip
    ws = openpyxl.load_workbook(io.BytesIO(answer_xlsx.write(items, HEADER, CTX)))["Vraag 2"]
    assert [ws.cell(row=r, column=1).value for r in range(8, 15)] == [
        "2. Hoeveel en waarom?", "Twee.", "Bron: bron a; stand van 31/12/2023.", None,
        "[Aan te vullen door het kabinet: “Waarom?”]", "[Aan te vullen door het kabinet: “Sinds wanneer?”]", None,
    ]  # fmt: skip
    assert ws["A12"].fill.fgColor.rgb == "FFFFFF00"
    doc = Document(io.BytesIO(answer_docx.write(items, HEADER, CTX)))
    part = next(p for p in doc.paragraphs if p.text.startswith("[Aan te vullen"))  # the first of two
    assert part.text == "[Aan te vullen door het kabinet: “Waarom?”]"
    assert part.runs[0].font.highlight_color == WD_COLOR_INDEX.YELLOW


def test_a_missing_name_in_a_table_is_a_dash_in_word_not_nan():
    """Also where the screen's formats leave a value as it is (a list of themes, or none); a list
    reads as in the Excel answer."""
    table = pd.DataFrame({"Gemeente": ["Gent", None], "Aantal": [1, 2], "Thema's": [["onthaal"], None]})
    items = [answer.Rendered(1, "V?", [_answer("a", "Tekst.", table)], "Selectie: alles")]
    grid = Document(io.BytesIO(answer_docx.write(items, HEADER, CTX))).tables[0]
    assert [[c.text for c in r.cells] for r in grid.rows][1:] == [
        ["Gent", "1", "onthaal"],
        ["–", "2", "–"],
    ]


def test_a_table_of_six_columns_stays_on_the_portrait_page():
    six = pd.DataFrame({f"K{i}": ["x"] for i in range(answer_docx.PORTRAIT_COLUMNS)})
    items = [answer.Rendered(1, "V?", [_answer("a", "Tekst.", six)], "Selectie: alles")]
    doc = Document(io.BytesIO(answer_docx.write(items, HEADER, CTX)))
    assert [s.orientation for s in doc.sections] == [WD_ORIENT.PORTRAIT]
