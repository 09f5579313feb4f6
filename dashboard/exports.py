"""Downloads of exactly the data behind a table or chart: CSV (Belgian Excel) and Excel.

Text cells a spreadsheet would run as a formula are neutralised in both formats; numbers and
dates stay numbers and dates (negative amounts included).
"""

from __future__ import annotations

import math

import pandas as pd

from pipelines.csvout import write_csv
from pipelines.xlsxout import write_xlsx

EXCEL_MAX_ROWS = 1_048_575  # Excel's sheet limit, minus the header


def _cell(value: object) -> object:
    """A DataFrame value as a plain Python value (NaN/NaT/NA -> None)."""
    if value is None or value is pd.NaT or value is pd.NA:
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
    """The table as an .xlsx workbook with typed cells (pipelines/xlsxout.py): numbers and dates
    open as numbers and dates in any spreadsheet; text is never a formula. Percent columns hold
    fractions (0,453) shown as 45,3%."""
    columns = [str(c) for c in df.columns]
    return write_xlsx(columns, _rows(df.head(EXCEL_MAX_ROWS)), sheet, money_columns, percent_columns)
