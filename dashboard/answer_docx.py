"""The Word answer in the parliament's form, from the rendered answers (python-docx).

A4 portrait; it opens with the minister's name and title and "ANTWOORD op vraag nr. N van DATUM
van NAAM"; each answer is numbered once (the question above it in italics, unnumbered); tables
of more than six columns go on a landscape page of their own; every page has a header with the
selection, the as-of date and the publication (and, on demo data, the demo banner) and a footer
"pagina X van Y" (PAGE and NUMPAGES fields).
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from dashboard import format
from dashboard.answer import (
    TO_COMPLETE,
    TO_FILL,
    Answer,
    Context,
    Header,
    Rendered,
    opening,
    source_line,
    stated,
)
from pipelines.characters import visible
from pipelines.demo import DEMO_NOTICE

A4 = (Mm(210), Mm(297))
MARGIN = Mm(20)
PORTRAIT_COLUMNS = 6  # wider tables get a landscape page
DEMO_BANNER = "DEMOGEGEVENS – NIET VERSTUREN. " + DEMO_NOTICE


def write(answers: list[Rendered], header: Header, ctx: Context) -> bytes:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    _page(doc.sections[0], landscape=False)
    _header_and_footer(doc.sections[0], ctx)
    if ctx.demo:
        _banner(doc.add_paragraph(), DEMO_BANNER)
    for i, line in enumerate(opening(header)):
        p = doc.add_paragraph()
        run = p.add_run(line)
        run.bold = line.startswith("ANTWOORD") or i == 0
        p.paragraph_format.space_after = Pt(0 if not line.startswith("ANTWOORD") else 6)
    doc.add_paragraph(stated(ctx)[0]).runs[0].italic = True
    for item in answers:
        _item(doc, item, ctx)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _item(doc, item: Rendered, ctx: Context) -> None:
    question = doc.add_paragraph()
    question.paragraph_format.space_before = Pt(12)
    run = question.add_run(visible(item.vraag))
    run.italic = True
    run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if item.selection != ctx.selection and not item.to_fill:
        doc.add_paragraph(item.selection).runs[0].italic = True
    if item.to_fill:
        p = doc.add_paragraph(f"{item.nr}. ")
        filler = p.add_run(TO_FILL)
        filler.font.highlight_color = WD_COLOR_INDEX.YELLOW
        if item.reden:
            doc.add_paragraph(f"Niet uit de gegevens te beantwoorden: {item.reden}").runs[0].italic = True
        return
    for i, answer in enumerate(item.answers):
        p = doc.add_paragraph(f"{item.nr}. " if i == 0 else "")
        if len(item.answers) > 1:
            p.add_run(f"{answer.title}. ").bold = True
        p.add_run(visible(answer.text))  # uploaded names and reasons: direction controls shown
        if not answer.table.empty:
            _table(doc, answer)
        source = doc.add_paragraph()
        note = source.add_run(source_line(answer, ctx))
        note.italic, note.font.size = True, Pt(8.5)
    for part in item.aanvullen:  # what the blocks leave to the cabinet
        doc.add_paragraph().add_run(
            visible(TO_COMPLETE.format(part))
        ).font.highlight_color = WD_COLOR_INDEX.YELLOW


def _table(doc, answer: Answer) -> None:
    shown = answer.shown
    wide = len(shown.columns) > PORTRAIT_COLUMNS
    if wide:
        _page(doc.add_section(WD_SECTION.NEW_PAGE), landscape=True)
    grid = doc.add_table(rows=1, cols=len(shown.columns))
    grid.style = "Table Grid"
    grid.autofit = True
    for cell, name in zip(grid.rows[0].cells, shown.columns, strict=True):
        _cell(cell, str(name), bold=True)
    _repeat_header(grid.rows[0])
    for row in shown.itertuples(index=False):
        for cell, value in zip(grid.add_row().cells, row, strict=True):
            _cell(cell, _text(value))
    if wide:
        _page(doc.add_section(WD_SECTION.NEW_PAGE), landscape=False)


def _text(value: object) -> str:
    """A cell's text as the Excel answer writes it: a list as 'a, b'; a missing value as '–',
    as a missing text on screen."""
    if format.missing(value):
        return "–"
    return format.listed(value) if isinstance(value, (list, tuple)) else str(value)


def _cell(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.font.size = Pt(8)
    run.bold = bold


def _repeat_header(row) -> None:
    """The header row repeats on every page the table runs over."""
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _page(section, landscape: bool) -> None:
    width, height = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)


def _header_and_footer(section, ctx: Context) -> None:
    """Page header: the demo banner (on demo data) and what the figures are; footer: page X of Y.
    Later sections (landscape pages) keep them: they are linked to this one."""
    head = section.header.paragraphs[0]
    if ctx.demo:
        _banner(head, "DEMOGEGEVENS – NIET VERSTUREN")
        head = section.header.add_paragraph()
    run = head.add_run(stated(ctx)[0])
    run.font.size = Pt(8)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in ("pagina ", "PAGE", " van ", "NUMPAGES"):
        if part.isupper():
            _field(foot, part)
        else:
            foot.add_run(part).font.size = Pt(8)


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the pages."""
    run = paragraph.add_run()
    run.font.size = Pt(8)
    begin, instr, separate, text, end = (
        OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar"),
        OxmlElement("w:t"), OxmlElement("w:fldChar"),
    )  # fmt: skip
    begin.set(qn("w:fldCharType"), "begin")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    separate.set(qn("w:fldCharType"), "separate")
    text.text = "1"
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instr, separate, text, end):
        run._r.append(element)


def _banner(paragraph, text: str) -> None:
    """Bold dark-red text on a light-red band across the page."""
    run = paragraph.add_run(text)
    run.bold = True
    run.font.color.rgb = RGBColor(0x9B, 0x00, 0x00)
    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:color"), "auto")
    shade.set(qn("w:fill"), "FDE2E2")
    paragraph._p.get_or_add_pPr().append(shade)
