"""A file's date order and number convention, decided once per upload, before its values count.

A spreadsheet writes dates and numbers the way its language setting shows them: Calc or Excel
set to Dutch (Belgium) saves `25/04/22` and `9873,5`, set to English (United States) `04/25/22`
and `9873.5`. Most values read the same either way, so the file's convention is decided from
the values that can be read only one way, over the whole file:

- dates: a value that exists only day-first (`25/04/22`: no month 25) proves day-first, one
  that exists only month-first (`04/25/22`) proves month-first;
- numbers: a decimal comma followed by one or two digits (`0,5`, `9873,5`) proves a Belgian
  save, a decimal point followed by one or two digits (`0.5`, `9873.5`) an English one.

Then: a file proven month-first is read month-first, with a note; one that proves both orders
is refused; one whose order cannot be decided (`09/01/22` could be either) and that shows an
English save (and nothing Belgian) is refused too, because English settings save dates both
ways (en-US month-first, en-GB day-first): never guessed. An English save's numbers are read
with the decimal point; in a file with both decimal signs, a number that means something else
in each (`12.500`) is rejected. Two-digit years are read as 20yy, with one note per file.

The evidence is gathered from the table `base` (staging.py) as first read with the contract's
conventions (day first, decimal comma): a value proving month-first is one that did not parse
day-first. The cheap tests run on every file; the costly ones (every date read both ways, every
number's form) only where a file shows a month-first date or a decimal point.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from pipelines import contract as c
from pipelines.contract import Dataset
from pipelines.errors import FileRefused, Issue
from pipelines.wording import plural

DAY_FIRST = "%d/%m/%Y"  # the contract (be_date's `fmt`)
MONTH_FIRST = "%m/%d/%Y"
BELGIAN, ENGLISH, MIXED = "be", "en", "mixed"
NUMBER_TYPES = (c.DECIMAL, c.MONEY)  # a whole number holds no decimal sign to prove anything
# A number whose reading depends on the convention: one separator followed by three digits
# ('12.500' is 12500 in Belgian, 12,5 in English; '12,345' the other way round).
AMBIGUOUS_NUMBER = r"[-+]?[1-9]\d{0,2}[.,]\d{3}"
# The last separator is a decimal one: followed by one or two digits, after optional groups.
_DECIMAL_POINT = r"[-+]?(\d{1,3}(,\d{3})+|\d*)\.\d{1,2}"
_DECIMAL_COMMA = r"[-+]?(\d{1,3}(\.\d{3})+|\d*),\d{1,2}"
_TWO_DIGIT_YEAR = r"^\d{1,2}[/.]\d{1,2}[/.]\d{2}(\D|$)"

SAVE_DAY_FIRST = (
    "Sla het bestand op als Excel-werkmap (.xlsx): daarin hangen datums niet af van de "
    "taalinstelling. Of geef de datumkolommen de notatie DD/MM/JJJJ (of zet de landinstelling "
    "op Nederlands (België)) en sla opnieuw op als CSV."
)


# The rules above in Dutch, for the data dictionary (docs/data-contract.md).
RULES_NL = (
    "Datums staan met de dag eerst: dd/mm/jjjj (ook d/m/jjjj, dd-mm-jjjj, dd.mm.jjjj), ISO "
    "jjjj-mm-dd, of dd/mm/jj zoals een spreadsheet ze opslaat: een jaartal met twee cijfers is "
    "20jj (één opmerking per bestand). Getallen hebben een decimale komma; een punt groepeert "
    "duizendtallen (182.044,00). Een spreadsheet met Engelse instellingen schrijft anders; dat "
    "wordt per bestand beslist uit de waarden die maar op één manier te lezen zijn. Een datum "
    "die alleen met de maand eerst bestaat (04/25/22) maakt dat alle datums van het bestand zo "
    "gelezen worden, met een opmerking; een bestand met beide volgordes wordt geweigerd, net als "
    "een bestand met een decimale punt (0.5) waarvan geen enkele datum de volgorde beslist. "
    "Getallen met een decimale punt en zonder decimale komma worden met de punt gelezen; in een "
    "bestand met beide wordt een getal als 12.500, dat dan twee dingen kan betekenen, geweigerd."
)


@dataclass(frozen=True)
class Conventions:
    """How a file's dates and numbers are read (the contract's, unless the file proves otherwise)."""

    date_format: str = DAY_FIRST
    numbers: str = BELGIAN  # BELGIAN, ENGLISH (decimal point) or MIXED (both signs; read Belgian)
    notes: tuple[Issue, ...] = field(default=(), compare=False)

    @property
    def decimal(self) -> str:
        """The decimal separator the parsers read (be_number_text's `sep`)."""
        return "." if self.numbers == ENGLISH else ","


CONTRACT = Conventions()


@dataclass
class Evidence:
    """How many values of one column show one thing, and the first of them (in text order)."""

    count: int = 0
    example: str | None = None


Measures = dict[tuple[str, str], str | tuple[str, ...]]


def _measures(dataset: Dataset) -> tuple[Measures, Measures]:
    """(kind, column) -> the condition over `base` that a value shows it (or alternatives): the
    cheap ones (every file) and the costly ones (only where the cheap ones show a month-first
    date or a point). Each starts with a test that leaves out most values of a common file."""
    cheap, costly = {}, {}
    for col in dataset.columns:
        raw, typed = _q(col.name + "__raw"), _q(col.name)
        if col.type == c.DATE:
            other = f"be_date(be_date_strip({raw}), '{MONTH_FIRST}')"
            cheap["month_first", col.name] = f"{typed} IS NULL AND {raw} IS NOT NULL AND {other} IS NOT NULL"
            cheap["two_digit", col.name] = (
                f"(strlen({raw}) <= 8 OR strlen({raw}) > 10) AND regexp_matches({raw}, '{_TWO_DIGIT_YEAR}') "
                f"AND ({typed} IS NOT NULL OR {other} IS NOT NULL)"
            )
            costly["day_first", col.name] = f"{typed} IS NOT NULL AND {other} IS NULL"
            costly["either", col.name] = f"{typed} IS NOT NULL AND {other} <> {typed}"
        elif col.type in NUMBER_TYPES:
            number = f"be_number_strip({raw})"
            # a point without a comma, or one after a comma ('1,234.5': the Belgian read fails)
            point = f"regexp_full_match({number}, '{_DECIMAL_POINT}')"
            cheap["point", col.name] = (
                f"contains({raw}, '.') AND NOT contains({raw}, ',') AND {point}",
                f"{typed} IS NULL AND {raw} IS NOT NULL AND contains({raw}, ',') AND {point}",
            )
            costly["comma", col.name] = (
                f"contains({raw}, ',') AND regexp_full_match({number}, '{_DECIMAL_COMMA}')"
            )
    return cheap, costly


def _gather(con: duckdb.DuckDBPyConnection, measures: Measures) -> dict[tuple[str, str], Evidence]:
    """Evidence per (kind, column), one filtered scan of `base` for each condition or
    alternative (a filter tests the later parts of a condition only where the first ones hold;
    an aggregate's FILTER clause, or an OR, tests them all)."""
    parts = [
        f"SELECT {i} AS k, count(*) AS n, min({_q(column + '__raw')}) AS example FROM base WHERE {cond}"
        for i, ((_, column), conds) in enumerate(measures.items())
        for cond in ((conds,) if isinstance(conds, str) else conds)
    ]
    found = [Evidence() for _ in measures]
    for k, n, example in con.execute(" UNION ALL ".join(parts)).fetchall() if parts else []:
        found[k].count += n
        if example is not None and (found[k].example is None or example < found[k].example):
            found[k].example = example
    return dict(zip(measures, found, strict=True))


def survey(con: duckdb.DuckDBPyConnection, dataset: Dataset) -> Conventions:
    """The file's conventions, from the table `base` as read with the contract's (see above);
    raises FileRefused where its dates cannot be read with certainty."""
    cheap, costly = _measures(dataset)
    seen = _gather(con, cheap)
    if any(e.count for (kind, _), e in seen.items() if kind in ("month_first", "point")):
        seen |= _gather(con, costly)
    return decide(seen)


def decide(seen: dict[tuple[str, str], Evidence]) -> Conventions:
    """The conventions that the evidence proves (see the module's docstring)."""

    def found(kind: str) -> list[tuple[str, Evidence]]:
        return [(col, e) for (k, col), e in seen.items() if k == kind and e.count]

    point, comma = found("point"), found("comma")
    numbers = MIXED if point and comma else ENGLISH if point else BELGIAN
    notes = []
    if numbers == ENGLISH:
        notes.append(_decimal_point_note(point[0]))
    elif numbers == MIXED:
        notes.append(_mixed_numbers_note(comma[0], point[0]))
    month_first, day_first = found("month_first"), found("day_first")
    if month_first and day_first:
        raise _both_orders(day_first[0], month_first[0])
    either = found("either")
    if not month_first and not day_first and either and numbers == ENGLISH:
        raise _order_unknown(either[0], point[0])
    date_format = MONTH_FIRST if month_first else DAY_FIRST
    if month_first:
        notes.append(_month_first_note(month_first[0]))
    two_digit = found("two_digit")
    if two_digit:
        notes.append(_two_digit_note(two_digit, date_format))
    return Conventions(date_format, numbers, tuple(notes))


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _two_digit_note(found: list[tuple[str, Evidence]], date_format: str) -> Issue:
    column, evidence = found[0]
    example = evidence.example or ""
    first, second, year = example.replace(".", "/").split()[0].split("/")[:3]
    day, month = (first, second) if date_format == DAY_FIRST else (second, first)
    read = f"'{example}' als {int(day):02d}/{int(month):02d}/20{year[:2]}"
    columns = ", ".join(f"'{col}'" for col, _ in found)
    where = plural(len(found), f"in kolom {columns}", f"in de kolommen {columns}")
    return Issue(
        None,
        ", ".join(col for col, _ in found),
        example,
        "TWO_DIGIT_YEAR",
        f"Jaartallen met twee cijfers {where} zijn gelezen als 20.. (bv. {read}"
        + (f" in '{column}'" if len(found) > 1 else "")
        + "). Met vier cijfers (dd/mm/jjjj) is er geen twijfel.",
    )


def _note(code: str, found: tuple[str, Evidence], message: str) -> Issue:
    """A note on the whole file (no line), with the column and the value that showed it."""
    column, evidence = found
    return Issue(None, column, evidence.example, code, message)


def _month_first_note(found: tuple[str, Evidence]) -> Issue:
    column, evidence = found
    return _note(
        "DATES_MONTH_FIRST",
        found,
        f"De datums in dit bestand staan met de maand eerst, zoals een spreadsheet met Engelse "
        f"(Amerikaanse) instellingen ze opslaat: '{evidence.example}' in kolom '{column}' bestaat "
        "alleen als maand/dag/jaar. Alle datums van dit bestand zijn daarom gelezen als "
        "maand/dag/jaar. Om twijfel te vermijden: " + SAVE_DAY_FIRST[0].lower() + SAVE_DAY_FIRST[1:],
    )


def _decimal_point_note(found: tuple[str, Evidence]) -> Issue:
    column, evidence = found
    return _note(
        "NUMBERS_DECIMAL_POINT",
        found,
        f"De getallen in dit bestand hebben een decimale punt (bv. '{evidence.example}' in kolom "
        f"'{column}'), zoals een spreadsheet met Engelse instellingen ze opslaat. Ze zijn gelezen "
        "met de punt als decimaalteken en de komma als scheiding van duizendtallen.",
    )


def _mixed_numbers_note(comma: tuple[str, Evidence], point: tuple[str, Evidence]) -> Issue:
    return Issue(
        None,
        ", ".join(dict.fromkeys((comma[0], point[0]))),
        point[1].example,
        "NUMBERS_MIXED",
        f"Dit bestand gebruikt zowel een decimale komma (bv. '{comma[1].example}' in kolom "
        f"'{comma[0]}') als een decimale punt (bv. '{point[1].example}' in kolom '{point[0]}'). "
        "De getallen zijn gelezen met de komma als decimaalteken; een getal met één punt of "
        "komma gevolgd door drie cijfers (bv. '12.500') kan dan twee dingen betekenen en wordt "
        "geweigerd.",
    )


def _both_orders(day_first: tuple[str, Evidence], month_first: tuple[str, Evidence]) -> FileRefused:
    (d_col, d), (m_col, m) = day_first, month_first
    return FileRefused(
        "DATES_MIXED_ORDER",
        f"In dit bestand staan datums met de dag eerst (bv. '{d.example}' in kolom '{d_col}') én "
        f"datums met de maand eerst (bv. '{m.example}' in kolom '{m_col}'). Dan is van geen "
        "enkele datum zeker welke dag bedoeld is; er is niets gepubliceerd. Zet alle datums met "
        "de dag eerst (dd/mm/jjjj) en laad het bestand opnieuw op. " + SAVE_DAY_FIRST,
        column=", ".join(dict.fromkeys((d_col, m_col))),
        value=m.example,
    )


def _order_unknown(either: tuple[str, Evidence], point: tuple[str, Evidence]) -> FileRefused:
    (column, date), (n_col, number) = either, point
    return FileRefused(
        "DATES_ORDER_UNKNOWN",
        f"Dit bestand is opgeslagen met Engelse instellingen (decimale punt, bv. '{number.example}' "
        f"in kolom '{n_col}'). Daarmee staan datums vaak met de maand eerst, en geen enkele datum "
        f"in het bestand maakt uit of de dag of de maand eerst staat: '{date.example}' in kolom "
        f"'{column}' kan twee verschillende dagen zijn. Er is niets gepubliceerd. " + SAVE_DAY_FIRST,
        column=column,
        value=date.example,
    )
