"""Error and warning codes of an ingest, with their Dutch titles.

File-level codes refuse the whole file (nothing is published). Row-level codes reject one row
or, for warnings, accept it with a note. Every code has a Dutch title; each occurrence carries
its own Dutch message that says how to fix it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

FILE_CODES = {
    "FILE_EMPTY": "Leeg bestand",
    "FILE_TOO_LARGE": "Bestand te groot",
    "BINARY_FILE": "Geen tekstbestand",
    "ENCODING_UNSUPPORTED": "Tekenset niet ondersteund",
    "HEADER_NOT_FOUND": "Geen kolomkoppen gevonden",
    "DELIMITER_UNSUPPORTED": "Scheidingsteken niet bruikbaar",
    "HEADER_MISSING_COLUMNS": "Verplichte kolommen ontbreken",
    "HEADER_DUPLICATE": "Kolom dubbel",
    "UNCLOSED_QUOTE": "Aanhalingsteken niet gesloten",
    "NO_DATA_ROWS": "Geen gegevensrijen",
    "NO_VALID_ROWS": "Geen enkele geldige rij",
    "DATES_MIXED_ORDER": "Datums met de dag en met de maand eerst",
    "DATES_ORDER_UNKNOWN": "Volgorde van dag en maand niet te bepalen",
    "INTERNAL_ERROR": "Interne fout",
}

ROW_CODES = {
    "FIELD_COUNT": "Verkeerd aantal velden",
    "QUOTE_ERROR": "Aanhalingsteken op de verkeerde plaats",
    "REQUIRED": "Verplicht veld leeg",
    "NOT_A_NUMBER": "Geen getal",
    "NOT_AN_INTEGER": "Geen geheel getal",
    "NOT_AN_AMOUNT": "Geen bedrag",
    "NOT_A_DATE": "Geen geldige datum",
    "NOT_YES_NO": "Geen ja/nee",
    "NOT_ALLOWED": "Waarde niet toegelaten",
    "OUT_OF_RANGE": "Waarde buiten bereik",
    "TOO_LONG": "Tekst te lang",
    "CONTROL_CHARACTER": "Onzichtbaar stuurteken",
    "INVISIBLE_CHARACTER": "Onzichtbaar teken of richtingteken in een code",
    "BAD_URL": "Geen geldige link",
    "MUNICIPALITY_UNKNOWN": "Gemeente onbekend",
    "MUNICIPALITY_AMBIGUOUS": "Gemeente niet eenduidig",
    "DUPLICATE_KEY": "Sleutel dubbel in het bestand",
    "KEY_EXISTS": "Sleutel bestaat al",
    "KEY_LOOKALIKE": "Sleutel lijkt op een andere",
    "DATE_ORDER": "Datums in verkeerde volgorde",
    "GOALS_EXCEED_PLANNED": "Meer doelen bereikt dan gepland",
    "SAME_MUNICIPALITY": "Zelfde gemeente aan beide kanten",
    "RECOVERY_NOT_NEGATIVE": "Terugvordering niet negatief",
    "ZERO_DENOMINATOR": "Noemer is nul",
    "NUMBER_AMBIGUOUS": "Getal op twee manieren te lezen",
}

WARNING_CODES = {
    "MUNICIPALITY_MAPPED": "Gemeente omgezet naar 2025",
    "ABOVE_CEILING": "Boven het plafond",
    "END_DATE_MISSING": "Einddatum ontbreekt",
    "BOOKING_YEAR_FAR": "Boekingsdatum ver van begrotingsjaar",
    "COMMITMENT_NEGATIVE": "Negatieve vastlegging",
    "RECOVERY_ZERO": "Terugvordering van nul",
    "BOOKING_IN_FUTURE": "Boekingsdatum in de toekomst",
    "PAYMENT_ABOVE_COMMITMENTS": "Vereffening groter dan de vastleggingen",
    "UNKNOWN_COLUMN": "Kolom genegeerd",
    "BLANK_ROWS": "Lege rijen overgeslagen",
    "DEMO_REPLACED": "Demogegevens vervangen",
    "TWO_DIGIT_YEAR": "Jaartallen met twee cijfers",
    "DATES_MONTH_FIRST": "Datums met de maand eerst gelezen",
    "NUMBERS_DECIMAL_POINT": "Getallen met een decimale punt gelezen",
    "NUMBERS_MIXED": "Decimale komma en punt door elkaar",
    "DERIVED_DIFFERS": "Afgeleide kolom wijkt af",
}

ALL_CODES = {**FILE_CODES, **ROW_CODES, **WARNING_CODES}


@dataclass(frozen=True)
class Issue:
    """One error or warning: where (line in the file, column), what (value), why (code, message)."""

    line: int | None
    column: str | None
    value: str | None
    code: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


class FileRefused(Exception):
    """The whole file is refused; nothing is published."""

    def __init__(
        self,
        code: str,
        message: str,
        line: int | None = None,
        column: str | None = None,
        value: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column
        self.value = value

    def as_issue(self) -> Issue:
        return Issue(self.line, self.column, self.value, self.code, self.message)
