"""Downloads of exactly the data behind a table or chart: CSV (Belgian Excel) and Excel.

Text cells a spreadsheet would run as a formula are neutralised in both formats; numbers and
dates stay numbers and dates (negative amounts included).
"""

from __future__ import annotations

import io
import math
from datetime import date, datetime
from decimal import Decimal

import pandas as pd
import xlsxwriter

from pipelines.csvout import protect_text, write_csv

EXCEL_MAX_ROWS = 1_048_575  # Excel's sheet limit, minus the header


def _cell(value: object) -> object:
    """A DataFrame value as a plain Python value (NaN/NaT -> None)."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return value.item()
        except (ValueError, AttributeError):
            return value
    return value


def _rows(df: pd.DataFrame):
    for row in df.itertuples(index=False, name=None):
        yield [_cell(v) for v in row]


def to_csv(df: pd.DataFrame, money_columns: tuple[str, ...] = ()) -> bytes:
    """The table as a Belgian Excel CSV (';', decimal comma, dd/mm/jjjj, UTF-8 BOM)."""
    return write_csv([str(c) for c in df.columns], _rows(df), money_columns=money_columns)


def to_xlsx(
    df: pd.DataFrame,
    sheet: str = "gegevens",
    money_columns: tuple[str, ...] = (),
    percent_columns: tuple[str, ...] = (),
) -> bytes:
    """The table as an .xlsx workbook with typed cells; text is never a formula. Percent
    columns hold fractions (0,453) shown as 45,3%."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    ws = book.add_worksheet(_sheet_name(sheet))
    bold = book.add_format({"bold": True})
    date_fmt = book.add_format({"num_format": "dd/mm/yyyy"})
    moment_fmt = book.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    columns = [str(c) for c in df.columns]
    number_formats = {
        columns.index(c): book.add_format({"num_format": "#,##0.00"}) for c in money_columns if c in columns
    }
    number_formats.update(
        {columns.index(c): book.add_format({"num_format": "0.0%"}) for c in percent_columns if c in columns}
    )
    for j, name in enumerate(columns):
        ws.write_string(0, j, protect_text(name), bold)
        ws.set_column(j, j, max(10, min(40, len(name) + 2)))
    for i, row in enumerate(_rows(df.head(EXCEL_MAX_ROWS)), start=1):
        for j, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, bool):
                ws.write_string(i, j, "ja" if value else "nee")
            elif isinstance(value, (int, float, Decimal)):
                if isinstance(value, float) and not math.isfinite(value):
                    continue
                ws.write_number(i, j, float(value), number_formats.get(j))
            elif isinstance(value, datetime):
                plain = value.tzinfo is None and (value.hour, value.minute) == (0, 0)
                ws.write_datetime(i, j, value.replace(tzinfo=None), date_fmt if plain else moment_fmt)
            elif isinstance(value, date):
                ws.write_datetime(i, j, datetime(value.year, value.month, value.day), date_fmt)
            elif isinstance(value, (list, tuple)):
                ws.write_string(i, j, protect_text("|".join(map(str, value))))
            else:
                ws.write_string(i, j, protect_text(str(value)))
    book.close()
    return out.getvalue()


def _sheet_name(name: str) -> str:
    for ch in "[]:*?/\\":
        name = name.replace(ch, " ")
    return name[:31] or "gegevens"
