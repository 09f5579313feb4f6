"""Belgian (nl-BE) formatting for the interface: € 182.044,00 · 31/12/2024 · 45,3%."""

from __future__ import annotations

import math
from datetime import date, datetime
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value: float | int | None, decimals: int = 0) -> str:
    """1234.5 -> '1.234,5' (dot groups thousands, comma before decimals)."""
    if _missing(value):
        return "–"
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def eur(value: float | int | None, decimals: int = 2) -> str:
    """182044 -> '€ 182.044,00'; -7000.25 -> '€ -7.000,25'."""
    if _missing(value):
        return "–"
    return "€ " + number(value, decimals)


def pct(value: float | None, decimals: int = 1) -> str:
    """0.453 -> '45,3%'."""
    if _missing(value):
        return "–"
    return number(value * 100, decimals) + "%"


def day(value: date | datetime | str | None) -> str:
    """A date as dd/mm/jjjj."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(BRUSSELS)
        return value.strftime("%d/%m/%Y")
    return value.strftime("%d/%m/%Y")


def moment(value: datetime | str | None) -> str:
    """A timestamp as dd/mm/jjjj uu:mm, Brussels time."""
    if not value:
        return "–"
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(BRUSSELS)
    return value.strftime("%d/%m/%Y %H:%M")
