"""CSV in the Belgian Excel format, safe to open: `;`, decimal comma, dd/mm/yyyy, UTF-8 BOM, CRLF.

Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get
a leading apostrophe; numbers stay numbers, negative amounts included. Used by the export
command, the templates and (later) every download in the app.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pipelines.characters import visible

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# A plain negative number kept as text (a raw value in the rejected rows: '-7.000,25') is a
# number to a spreadsheet, not a formula: it stays as it is.
_PLAIN_NUMBER = re.compile(r"-\d+([.,]\d+)*")


def protect_text(text: str) -> str:
    """Neutralise a text cell that a spreadsheet would read as a formula, and show its direction
    controls (characters.visible) so that they cannot reorder what the spreadsheet shows."""
    text = visible(text)
    if text.startswith(FORMULA_PREFIXES) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def format_number(value: float | int | Decimal, decimals: int | None = None) -> str:
    """1234.5 -> '1234,5'; with decimals=2 -> '1234,50'. No thousands separator: Excel (nl-BE)
    reads both, and a file without grouping round-trips through any tool."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int):
        return str(value)
    if decimals is not None:
        text = f"{Decimal(str(value)):.{decimals}f}"
    elif isinstance(value, Decimal):
        text = format(value.normalize(), "f")
    else:
        if not math.isfinite(value):
            return ""
        text = f"{value:.10f}".rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
    return text.replace(".", ",")


def format_cell(value: Any, money: bool = False) -> str:
    """One value as Belgian Excel writes it; text is protected against formula injection."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, (int, float, Decimal)):
        return format_number(value, 2 if money or isinstance(value, Decimal) else None)
    if isinstance(value, (list, tuple)):
        return protect_text("|".join(str(v) for v in value))
    if hasattr(value, "tolist"):  # numpy arrays from Parquet list columns
        return format_cell(value.tolist(), money)
    return protect_text(str(value))


def write_csv(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    money_columns: Iterable[str] = (),
    raw_columns: Iterable[str] = (),
) -> bytes:
    """Rows as Belgian Excel CSV bytes. `raw_columns` are written as given (already formatted
    numbers in a template); every other text cell is protected."""
    money = {header.index(c) for c in money_columns if c in header}
    raw = {header.index(c) for c in raw_columns if c in header}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([protect_text(h) for h in header])
    for row in rows:
        writer.writerow(
            [
                ("" if v is None else str(v)) if i in raw else format_cell(v, i in money)
                for i, v in enumerate(row)
            ]
        )
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
