"""Excel workbooks (.xlsx) with typed cells: a spreadsheet opens numbers as numbers and dates as
dates, in any language setting (a CSV leaves that to the program's import), and text is never
a formula. Used by every Excel download of the app and by the templates.

XlsxWriter writes each value with its type: a number (amounts with two decimals, fractions as
percentages), a date or moment as a date serial with a day-first format, text as a string
(protected like the CSV: a leading apostrophe where a spreadsheet would run it), ja/nee for a
truth value, a list joined with `|` as the contract writes it.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from pipelines.csvout import protect_text

DATE_FORMAT = "dd/mm/yyyy"
MOMENT_FORMAT = "dd/mm/yyyy hh:mm"
MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.0%"
TEXT_FORMAT = "@"  # a column of codes and names: what a user types stays text


def workbook(out: io.BytesIO) -> Workbook:
    """A workbook in memory in which no text becomes a formula or a link."""
    return xlsxwriter.Workbook(
        out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )


class Cells:
    """Writes values into a workbook's sheets, each with its type (see the module docstring)."""

    def __init__(self, book: Workbook) -> None:
        self.bold = book.add_format({"bold": True})
        self.day = book.add_format({"num_format": DATE_FORMAT})
        self.moment = book.add_format({"num_format": MOMENT_FORMAT})
        self.money = book.add_format({"num_format": MONEY_FORMAT})
        self.percent = book.add_format({"num_format": PERCENT_FORMAT})
        self.text = book.add_format({"num_format": TEXT_FORMAT})

    def write(self, ws: Worksheet, row: int, col: int, value: Any, number_format: Any = None) -> None:
        """One value; `number_format` (self.money, self.percent) for a number."""
        if value is None or value == "" or (isinstance(value, float) and not math.isfinite(value)):
            return  # an empty cell (an empty text would be a cell no spreadsheet keeps)
        if isinstance(value, bool):
            ws.write_string(row, col, "ja" if value else "nee")
        elif isinstance(value, (int, float, Decimal)):
            ws.write_number(row, col, float(value), number_format)
        elif isinstance(value, datetime):
            plain = value.tzinfo is None and (value.hour, value.minute, value.second) == (0, 0, 0)
            ws.write_datetime(row, col, value.replace(tzinfo=None), self.day if plain else self.moment)
        elif isinstance(value, date):
            ws.write_datetime(row, col, datetime(value.year, value.month, value.day), self.day)
        elif isinstance(value, (list, tuple)):
            ws.write_string(row, col, protect_text("|".join(map(str, value))))
        else:
            ws.write_string(row, col, protect_text(str(value)))

    def table(
        self,
        ws: Worksheet,
        header: Sequence[str],
        rows: Iterable[Sequence[Any]],
        first_row: int = 0,
        money_columns: Iterable[str] = (),
        percent_columns: Iterable[str] = (),
    ) -> int:
        """A header (bold) and rows from `first_row` on; returns the next free row."""
        formats = {header.index(c): self.money for c in money_columns if c in header}
        formats |= {header.index(c): self.percent for c in percent_columns if c in header}
        for j, name in enumerate(header):
            ws.write_string(first_row, j, protect_text(str(name)), self.bold)
        i = first_row
        for i, row in enumerate(rows, start=first_row + 1):
            for j, value in enumerate(row):
                self.write(ws, i, j, value, formats.get(j))
        return i + 1


def write_xlsx(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    sheet: str = "gegevens",
    money_columns: Iterable[str] = (),
    percent_columns: Iterable[str] = (),
) -> bytes:
    """One sheet: a bold header and the rows as typed cells, columns as wide as their names."""
    out = io.BytesIO()
    book = workbook(out)
    ws = book.add_worksheet(sheet_name(sheet))
    Cells(book).table(ws, header, rows, 0, money_columns, percent_columns)
    for j, name in enumerate(header):
        ws.set_column(j, j, max(10, min(40, len(str(name)) + 2)))
    book.close()
    return out.getvalue()


def sheet_name(name: str) -> str:
    """A name Excel accepts for a sheet: without []:*?/\\, at most 31 characters."""
    for ch in "[]:*?/\\":
        name = name.replace(ch, " ")
    return name[:31] or "gegevens"
