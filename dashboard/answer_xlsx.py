"""The Excel answer, from the rendered answers: one sheet per numbered answer.

Every sheet starts with the demo line (on demo data), the opening of the answer and the line
stating selection, as-of date and publication, as the Word file does; then the question, per
block its paragraph, its source in words and its table with typed cells (numbers stay numbers,
text never becomes a formula).
"""

from __future__ import annotations

import io
from datetime import date, datetime

import xlsxwriter

from dashboard import exports, format
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
from dashboard.answer_docx import DEMO_BANNER
from pipelines.csvout import protect_text

WIDTH = 8  # columns a paragraph is merged over


def write(answers: list[Rendered], header: Header, ctx: Context) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    styles = {
        "bold": book.add_format({"bold": True}),
        "demo": book.add_format({"bold": True, "font_color": "#9B0000", "bg_color": "#FDE2E2"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        "italic": book.add_format({"italic": True}),
        "fill": book.add_format({"bg_color": "#FFFF00"}),
        "money": book.add_format({"num_format": "#,##0.00"}),
        "pct": book.add_format({"num_format": "0.0%"}),
        "day": book.add_format({"num_format": "dd/mm/yyyy"}),
    }
    top = ([DEMO_BANNER] if ctx.demo else []) + opening(header) + stated(ctx)
    for item in answers:
        ws = book.add_worksheet(f"Vraag {item.nr}")
        ws.set_column(0, WIDTH, 18)
        row = 0
        for line in top:
            style = (
                styles["demo"]
                if line == DEMO_BANNER
                else styles["bold"]
                if line.startswith("ANTWOORD")
                else None
            )
            ws.write_string(row, 0, protect_text(line), style)
            row += 1
        row += 1
        ws.write_string(row, 0, protect_text(f"{item.nr}. {item.vraag}"), styles["bold"])
        row += 1
        if item.selection != ctx.selection and not item.to_fill:
            ws.write_string(row, 0, protect_text(item.selection), styles["italic"])
            row += 1
        if item.to_fill:
            ws.write_string(row, 0, TO_FILL, styles["fill"])
            if item.reden:
                ws.write_string(
                    row + 1, 0, protect_text(f"Niet uit de gegevens te beantwoorden: {item.reden}")
                )
            continue
        for answer in item.answers:
            row = _block(ws, row, answer, ctx, styles, titled=len(item.answers) > 1)
        for part in item.aanvullen:  # what the blocks leave to the cabinet
            ws.write_string(row, 0, protect_text(TO_COMPLETE.format(part)), styles["fill"])
            row += 1
    book.close()
    return out.getvalue()


def _block(ws, row: int, answer: Answer, ctx: Context, styles: dict, titled: bool) -> int:
    if titled:
        ws.write_string(row, 0, protect_text(answer.title), styles["bold"])
        row += 1
    ws.merge_range(row, 0, row, WIDTH, protect_text(answer.text), styles["wrap"])
    ws.set_row(row, 15 * max(2, len(answer.text) // 110 + 1))
    ws.write_string(row + 1, 0, protect_text(source_line(answer, ctx)), styles["italic"])
    row += 3
    if answer.table.empty:
        return row
    columns = [str(c) for c in answer.table.columns]
    for j, name in enumerate(columns):
        ws.write_string(row, j, protect_text(name), styles["bold"])
    for i, values in enumerate(exports._rows(answer.table), start=row + 1):
        for j, value in enumerate(values):
            _value(ws, i, j, value, columns[j], answer, styles)
    return row + len(answer.table) + 2


def _value(ws, i: int, j: int, value: object, column: str, answer: Answer, styles: dict) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        ws.write_string(i, j, "ja" if value else "nee")
    elif isinstance(value, (int, float)):
        style = (
            styles["money"]
            if column in answer.money_columns
            else styles["pct"]
            if column in answer.percent_columns
            else None
        )
        ws.write_number(i, j, float(value), style)
    elif isinstance(value, date):
        moment = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
        ws.write_datetime(i, j, moment.replace(tzinfo=None), styles["day"])
    elif isinstance(value, (list, tuple)):
        ws.write_string(i, j, protect_text(format.listed(value)))
    else:
        ws.write_string(i, j, protect_text(str(value)))
