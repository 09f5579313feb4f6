"""Dutch that agrees in number, declared once for every message the project writes: the write
side (pipelines/, the CLI) and the interface (dashboard/format.py) both use it.

'1 traject', '0 trajecten', '2 trajecten'; '1 gemeente stelde', '2 gemeenten stelden'. Numbers
in Belgian format: '1.234,5'."""

from __future__ import annotations

_SWAP = str.maketrans(",.", ".,")


def missing(value: object) -> bool:
    """None, NaN, NaT and pd.NA: a value the data does not have (without importing pandas,
    which the write side does not load: a missing value is the one unequal to itself)."""
    try:
        return value is None or bool(value != value)
    except TypeError:  # pd.NA has no truth value
        return True
    except ValueError:  # list-likes (compared element by element) are values
        return False


def number(value: float | None, decimals: int = 0) -> str:
    """1234.5 -> '1.234,5' (dot groups thousands, comma before decimals); a missing value '–'."""
    if missing(value):
        return "–"
    return f"{float(value):,.{decimals}f}".translate(_SWAP)


def plural(n: float, singular: str, plural_form: str) -> str:
    """The form that agrees with `n`: singular for exactly one, plural otherwise (0, 2, 1,5)."""
    return singular if n == 1 else plural_form


def count(n: float, singular: str, plural_form: str, decimals: int = 0) -> str:
    """'1 traject', '0 trajecten', '2 trajecten': the number in Belgian format with its noun,
    which agrees with the number as shown ('1,0 VTE-maand' for 1.04 with one decimal)."""
    if missing(n):
        return f"– {plural_form}"
    return f"{number(n, decimals)} {plural(round(n, decimals), singular, plural_form)}"


# Verb forms used in generated text: (singular past/present, plural).
VERBS = {
    "stelde": ("stelde", "stelden"),
    "ontving": ("ontving", "ontvingen"),
    "deed": ("deed", "deden"),
    "nam": ("nam", "namen"),
    "werd": ("werd", "werden"),
    "wordt": ("wordt", "worden"),
    "is": ("is", "zijn"),
    "heeft": ("heeft", "hebben"),
    "was": ("was", "waren"),
}


def verb(n: float, singular: str) -> str:
    """The verb form that agrees with `n`: verb(1, 'stelde') -> 'stelde', verb(2, ...) -> 'stelden'."""
    return plural(n, *VERBS[singular])
