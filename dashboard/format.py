"""Belgian (nl-BE) formatting for the interface: € 182.044,00 · 31/12/2024 · 45,3%; and Dutch
that agrees in number ("1 traject", "2 trajecten"; "1 gemeente stelde", "2 gemeenten stelden"),
whose rule pipelines/wording.py declares for the interface and the write side alike."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from pipelines.characters import visible, visible_all
from pipelines.wording import count, missing, number, plural, verb  # noqa: F401 (format.count etc. for the pages)

BRUSSELS = ZoneInfo("Europe/Brussels")
# Between the euro sign and its amount: a non-breaking space, so they never wrap apart.
NBSP = "\u00a0"
EURO = "€" + NBSP


def eur(value: float | int | None, decimals: int = 2) -> str:
    """182044 -> '€ 182.044,00'; -7000.25 -> '€ -7.000,25' (a non-breaking space after €)."""
    if missing(value):
        return "–"
    return EURO + number(value, decimals)


def pct(value: float | None, decimals: int = 1) -> str:
    """0.453 -> '45,3%'."""
    if missing(value):
        return "–"
    return number(value * 100, decimals) + "%"


def day(value: date | datetime | str | None) -> str:
    """A date as dd/mm/jjjj."""
    if missing(value) or value == "":
        return "–"
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(BRUSSELS)
        return value.strftime("%d/%m/%Y")
    return value.strftime("%d/%m/%Y")


def _day_text(value: datetime) -> str:
    """`day` of a present datetime."""
    if value.tzinfo is not None:
        value = value.astimezone(BRUSSELS)
    return value.strftime("%d/%m/%Y")


def _date_text(value: object) -> str:
    """`day` of a value in a column of dates: '–' for anything that is not one."""
    if value is pd.NaT or not isinstance(value, date):
        return "–"
    return _day_text(value) if isinstance(value, datetime) else value.strftime("%d/%m/%Y")


def moment(value: datetime | str | None) -> str:
    """A timestamp as dd/mm/jjjj uu:mm, Brussels time."""
    if missing(value) or not value:
        return "–"
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(BRUSSELS)
    return value.strftime("%d/%m/%Y %H:%M")


def local_moment(value: datetime | str | None) -> pd.Timestamp | None:
    """A timestamp as Brussels wall-clock time without a zone: a table's value that `frame`
    shows as dd/mm/jjjj uu:mm and an Excel download holds as a date with its time."""
    if missing(value) or not value:
        return None
    stamp = pd.Timestamp(datetime.fromisoformat(value) if isinstance(value, str) else value)
    return stamp.tz_convert(BRUSSELS).tz_localize(None) if stamp.tzinfo is not None else stamp


# Whole numbers that are names, not quantities: never grouped with a dot (2022, not 2.022).
PLAIN_COLUMNS = ("Jaar", "Oproep", "Versie", "NIS-code", "Startjaar", "Eindjaar")


def _each(series: pd.Series, text) -> pd.Series:
    """`series.map(v -> '–' if missing else text(v))` without a pandas call per value (a table
    of 2.500 rows has tens of thousands of cells)."""
    if series.empty:
        return series.map(lambda v: "–" if missing(v) else text(v))
    missing = series.isna().tolist()
    values = series.tolist()
    return pd.Series(
        ["–" if m else text(v) for v, m in zip(values, missing, strict=True)], index=series.index
    )


def _datetimes(series: pd.Series) -> pd.Series:
    """`day` of every value of a datetime column (`moment` where any value has a time): from the
    columns' day, month and year at once when they need no time zone and have four-digit years,
    else value by value."""
    years = series.dt.year
    if not series.empty and (series.dropna() != series.dropna().dt.normalize()).any():
        return _each(series, lambda v: moment(v.to_pydatetime()))
    if series.empty or series.dt.tz is not None or not years.dropna().between(1000, 9999).all():
        return _each(series, lambda v: _day_text(v.to_pydatetime()))
    missing = series.isna().tolist()
    parts = (series.dt.day.fillna(0), series.dt.month.fillna(0), years.fillna(0))
    days, months, years = (p.astype(int).tolist() for p in parts)
    return pd.Series(
        [
            "–" if m else f"{d:02d}/{mo:02d}/{y}"
            for m, d, mo, y in zip(missing, days, months, years, strict=True)
        ],
        index=series.index,
    )


def visible_text(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of `df` whose text shows its direction controls (characters.visible): uploaded
    text with U+202E cannot reorder what a table shows."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_string_dtype(out[col]) or pd.api.types.is_object_dtype(out[col]):
            shown = visible_all(out[col].tolist())
            if shown is not None:
                out[col] = pd.Series(shown, index=out.index, dtype=out[col].dtype)
    return out


def _text(series: pd.Series) -> pd.Series:
    """A column of text with a missing value as '–', as the Word answer writes it."""
    return series.astype(object).where(series.notna(), "–")


def frame(
    df: pd.DataFrame, money: tuple[str, ...] = (), percent: tuple[str, ...] = (), decimals: int = 1
) -> pd.DataFrame:
    """The same table with every number and date as Belgian text, for the screen only.

    Money columns as '€ 1.234,56', percent columns (fractions) as '45,3%', whole numbers as
    '6.255' (years and codes as they are), other numbers with `decimals` decimals, dates as
    dd/mm/jjjj, a missing value as '–'. Text is left as is, but for its direction controls, shown
    (characters.visible).
    """
    out = visible_text(df)
    for col in out.columns:
        series = out[col]
        if col in PLAIN_COLUMNS:
            out[col] = _each(series, str)
        elif col in money:
            out[col] = _each(series, lambda v: EURO + number(v, 2))
        elif col in percent:
            out[col] = _each(series, lambda v: number(v * 100, 1) + "%")
        elif pd.api.types.is_bool_dtype(series):
            out[col] = _each(series, lambda v: "ja" if v else "nee")
        elif pd.api.types.is_integer_dtype(series):
            out[col] = _each(series, lambda v: number(v, 0))
        elif pd.api.types.is_float_dtype(series):
            present = series.dropna().to_numpy(dtype=float)
            whole = bool((np.isfinite(present) & (present == np.floor(present))).all())
            places = 0 if whole else decimals
            out[col] = _each(series, lambda v, places=places: number(v, places))
        elif pd.api.types.is_datetime64_any_dtype(series):
            out[col] = _datetimes(series)
        elif pd.api.types.is_string_dtype(series) and not pd.api.types.is_object_dtype(series):
            out[col] = _text(series)
        else:
            values = series.tolist()
            if any(isinstance(v, date) for v in values):
                out[col] = pd.Series([_date_text(v) for v in values], index=series.index)
            elif all(isinstance(v, str) for v in series.dropna()):  # text only (not lists, numbers)
                out[col] = _text(series)
    return out


# Runs of white space, but not the non-breaking space that keeps € with its amount.
_SPACES = re.compile(r"[^\S\u00a0]+")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$=])")


def listed(values: list | tuple) -> str:
    """A cell holding a list (themes) as text, in the Word and the Excel answer alike: 'a, b'."""
    return ", ".join(map(str, values))


def md_text(value: object) -> str:
    """Text from the data, made inert for st.markdown and friends: every Markdown (and
    Streamlit directive) character is backslash-escaped, so a value can never become a link,
    an image fetched from elsewhere, an icon or a colour; newlines become spaces; direction
    controls are shown, so they cannot reorder the sentence around them."""
    return _MD_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", visible(str(value))).strip())
