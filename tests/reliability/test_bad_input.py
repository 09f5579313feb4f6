"""Reliability, part "bad input": a corpus of awkward and broken files, built here in code, each
with its expected outcome, run through the real ingest into a fresh data directory.

Every case states what a user must get: either the whole file refused with a file code, or the
exact rows published (count, and for key cases the values) plus every rejected row with its
code, line and column. Independently of the product, the case states how many data records the
file holds (accepted + rejected lines of the case), and the published Parquet is counted.

The public corpora in ../shared/corpora (when present) are run through the same figures: each
must get a classified answer (a file code, or an ingest where read = accepted + rejected).

Figures go to tests/figures.py ("bad input"): recorded from what was observed, then asserted.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb
import figures
import pytest
from conftest import SHARED, csv_bytes, current, needs_shared
from conftest import published as published_sql

from pipelines.contract import DATASETS, get_dataset
from pipelines.errors import FILE_CODES
from pipelines.exports import template
from pipelines.ingest import IngestResult, ingest
from pipelines.store import Store
from pipelines.upload import read_headers

PART = "bad input"
T, U, B, I = "trajecten", "uitgaven", "budget", "indicatoren"  # noqa: E741


# --- builders ----------------------------------------------------------------------------------


def row(dataset: str, n: int = 0, **changes: str) -> dict[str, str]:
    """The contract's n-th example row of `dataset`, with some fields changed."""
    return {**get_dataset(dataset).example_rows[n], **changes}


def booking(i: int, **changes: str) -> dict[str, str]:
    """A valid payment (uitgaven) with key B-i."""
    return row(U, 1, **{"boeking_id": f"B-{i}", **changes})


def table(
    dataset: str,
    rows: list[dict[str, str]],
    header: list[str] | None = None,
    names: list[str] | None = None,
    sep: str = ";",
    newline: str = "\r\n",
    encoding: str = "utf-8",
    sep_line: str | None = None,
    quoting: int = csv.QUOTE_MINIMAL,
) -> bytes:
    """A CSV of `rows` over the contract columns `header` (default: all), written with the
    column names `names` (default: `header`), quoted by the csv module where needed."""
    columns = header or list(get_dataset(dataset).column_names)
    buf = io.StringIO()
    if sep_line is not None:
        buf.write(sep_line + newline)
    writer = csv.writer(buf, delimiter=sep, lineterminator=newline, quoting=quoting)
    writer.writerow(names or columns)
    for r in rows:
        writer.writerow([r.get(c, "") for c in columns])
    return buf.getvalue().encode(encoding)


def lines(*text: str, newline: str = "\r\n", encoding: str = "utf-8") -> bytes:
    """Ready-made lines, as they are (for malformed input)."""
    return csv_bytes(list(text), newline=newline, encoding=encoding)


def semi(r: dict[str, str], dataset: str) -> str:
    """One row as a ';' line without quoting (the caller makes sure no field needs quotes)."""
    return ";".join(r.get(c, "") for c in get_dataset(dataset).column_names)


HEADER_U = ";".join(get_dataset(U).column_names)


def xlsx(rows: list[list[object]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for r in rows:
        sheet.append(r)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def zip_file() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("uitgaven.csv", HEADER_U + "\r\n")
    return out.getvalue()


def sheet_xml(rows: list[list[str]], dimension: str) -> bytes:
    """A worksheet part with inline strings, declaring `dimension` as its used range."""
    cells = "".join(
        f'<row r="{r}">'
        + "".join(f'<c r="{ref}{r}" t="inlineStr"><is><t>{v}</t></is></c>' for ref, v in row)
        + "</row>"
        for r, row in enumerate(rows, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet '
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{cells}</sheetData></worksheet>'
    ).encode()


def with_sheet(sheet: bytes | Callable[[zipfile.ZipFile], None]) -> bytes:
    """A workbook made by openpyxl whose first sheet's part is replaced by `sheet` (bytes, or a
    function that writes the part into the zip itself, for a large one)."""
    base = xlsx([["x"]])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                if callable(sheet):
                    sheet(zout)
                else:
                    zout.writestr(item.filename, sheet)
            else:
                zout.writestr(item, zin.read(item.filename))
    return out.getvalue()


def inflating_workbook(megabytes: int = 64) -> bytes:
    """A workbook of a few hundred kilobytes whose sheet unpacks to `megabytes` MB: the same
    row over and over (deflate shrinks it a thousandfold)."""
    row = b'<row><c t="inlineStr"><is><t>2021</t></is></c><c t="inlineStr"><is><t>overige</t></is></c></row>'

    def write(zout: zipfile.ZipFile) -> None:
        with zout.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(sheet_xml([], "A1:B1").replace(b"</sheetData></worksheet>", b""))
            block = row * ((1 << 20) // len(row) + 1)
            for _ in range(megabytes):
                fh.write(block)
            fh.write(b"</sheetData></worksheet>")

    return with_sheet(write)


def lying_workbook() -> bytes:
    """A valid workbook whose zip declares its sheet smaller than it is (central directory and
    local header): unpacking stops at the declared size and the checksum fails."""
    data = bytearray(xlsx([["begrotingsjaar", "stroom", "bedrag"], [2021, "overige", 1.0]]))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    name = info.filename.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            start = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[start : start + len(name)] == name:
                data[at + offset : at + offset + 4] = (40).to_bytes(4, "little")
            at = data.find(signature, at + 4)
    return bytes(data)


BUDGET_HEAD = [("A", "begrotingsjaar"), ("B", "stroom"), ("C", "bedrag")]


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 2
OLE_XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 + b"\x3e\x00\x03\x00\xfe\xff" + b"\x00" * 470
GZIP = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + zlib.compress(bytes(range(256)) * 8)[2:]


# --- the case table ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    dataset: str
    data: bytes | Callable[[], bytes]  # a callable for large files, built only when the case runs
    refused: str | None = None  # the file code when the whole file must be refused
    message: str | None = None  # words the refusal's message must contain
    accepted: int = 0  # rows published
    rejected: dict[int, set[tuple[str, str | None]]] = field(default_factory=dict)  # line -> {(code, column)}
    values: dict[int, dict[str, object]] = field(default_factory=dict)  # line -> {column: value}
    warnings: set[str] = frozenset()  # warning codes that must be reported
    read: int | None = None  # data records in the file; default accepted + rejected rows
    encoding: str | None = None
    delimiter: str | None = None
    existing: bytes | None = None  # published first (replace); the case's file is then appended
    flagged: dict[int, set[str]] = field(default_factory=dict)  # line -> warning codes on that line
    blank: int | None = None  # blank rows the reader must count
    hostile: bool = False  # one of issue 20's classes (counted apart in the RELIABILITY line)

    @property
    def mode(self) -> str:
        return "append" if self.existing is not None else "replace"

    @property
    def records(self) -> int:
        return self.read if self.read is not None else self.accepted + len(self.rejected)


def refuse(id: str, dataset: str, data: bytes, code: str) -> Case:  # noqa: A002
    return Case(id, dataset, data, refused=code)


D = Decimal
CASES: list[Case] = [
    # --- encodings, separators, line ends ---------------------------------------------------
    Case(
        "cp1252-excel-sep-line-euro-curly-quotes",
        U,
        table(
            U,
            [
                row(U, 0, boeking_id="B-1", omschrijving="Subsidie “VVSG” – € 182.044"),
                booking(2, fase="terugvordering", bedrag="-7.000,25", boekingsdatum="03/02/2024",
                        begrotingsjaar="2024", omschrijving="‘Terugvordering’ uren"),
                booking(3, bedrag="1.234,5", boekingsdatum="2024-02-03", begrotingsjaar="2024"),
                booking(4, boekingsdatum="31/02/2024", begrotingsjaar="2024"),
            ],
            sep_line="sep=;",
            encoding="cp1252",
        ),
        accepted=3,
        rejected={6: {("NOT_A_DATE", "boekingsdatum")}},
        values={
            3: {"bedrag": D("182044.00"), "omschrijving": "Subsidie “VVSG” – € 182.044",
                "boekingsdatum": date(2021, 9, 20)},
            4: {"bedrag": D("-7000.25"), "boekingsdatum": date(2024, 2, 3),
                "omschrijving": "‘Terugvordering’ uren"},
            5: {"bedrag": D("1234.50"), "boekingsdatum": date(2024, 2, 3)},
        },
        encoding="cp1252",
        delimiter="puntkomma",
    ),
    Case(
        "utf8-bom-comma-lf-quoted-decimals",
        U,
        table(U, [booking(1, bedrag="182.044,00", omschrijving="Café, € 5"), booking(2, bedrag="-7.000,25",
              fase="terugvordering")], sep=",", newline="\n", encoding="utf-8-sig"),
        accepted=2,
        values={2: {"bedrag": D("182044.00"), "omschrijving": "Café, € 5"}, 3: {"bedrag": D("-7000.25")}},
        encoding="utf-8-sig",
        delimiter="komma",
    ),
    Case(
        "utf8-bom-sep-line-budget",
        B,
        table(B, [row(B, 0), row(B, 1)], sep_line="sep=;", encoding="utf-8-sig"),
        accepted=2,
        values={3: {"begrotingsjaar": 2021, "bedrag": D("182044.00")}, 4: {"bedrag": D("250000.00")}},
        encoding="utf-8-sig",
    ),
    Case(
        "quoted-sep-line-comma",
        B,
        table(B, [row(B, 0), row(B, 1)], sep=",", sep_line='"sep=,"'),
        accepted=2,
        values={3: {"bedrag": D("182044.00"), "stroom": "coordinatie_vvsg"}},
        delimiter="komma",
    ),
    Case(  # a delimiter of two bytes in UTF-8: read record by record, not by byte
        "sep-line-with-an-accented-delimiter",
        B,
        table(B, [row(B, 0), row(B, 1)], sep="é", sep_line="sep=é", encoding="utf-8"),
        accepted=2,
        values={3: {"bedrag": D("182044.00"), "stroom": "coordinatie_vvsg"}, 4: {"bedrag": D("250000.00")}},
        delimiter="é",
    ),
    Case("sep-line-with-a-quote", B, lines('sep="', 'begrotingsjaar"stroom"bedrag', '2021"overige"1,00'),
         refused="DELIMITER_UNSUPPORTED", message="aanhalingsteken"),
    Case(
        "lf-only-trajecten",
        T,
        table(T, [row(T, 0), row(T, 1)], newline="\n"),
        accepted=2,
        values={
            2: {"gepresteerde_uren": 260.5, "toegekend_bedrag": D("18750.00"), "fte_inzet": 0.5,
                "aanbiedend_bestuur_nis": "12025", "ontvangend_bestuur_nis": "24062"},
            3: {"aanbiedend_bestuur_nis": "44021", "ontvangend_bestuur_nis": "46021", "einddatum": None},
        },
    ),
    Case(
        "cr-only-line-ends-old-mac",
        B,
        table(B, [row(B, 0), row(B, 1)], newline="\r"),
        accepted=2,
        values={2: {"bedrag": D("182044.00")}, 3: {"bedrag": D("250000.00")}},
    ),
    Case(
        "mixed-line-ends-no-final-newline",
        B,
        (b"begrotingsjaar;stroom;bedrag\r\n2021;coordinatie_vvsg;182.044,00\n"
         b"2022;compensatie_aanbieder;250.000,00"),
        accepted=2,
        values={3: {"bedrag": D("250000.00"), "begrotingsjaar": 2022}},
    ),
    Case(
        "tab-separated",
        B,
        table(B, [row(B, 0), row(B, 1)], sep="\t"),
        accepted=2,
        values={2: {"bedrag": D("182044.00")}},
        delimiter="tab",
    ),
    Case(
        "pipe-separated-indicatoren",
        I,
        table(I, [row(I, 0), row(I, 1)], sep="|"),
        accepted=2,
        values={2: {"waarde": 7.4, "teller": 1043.0, "noemer": 140951.0, "gemeente_nis": "12025"}},
        delimiter="verticale streep",
    ),
    Case(
        "all-fields-quoted",
        U,
        table(U, [booking(1), booking(2, bedrag="182.044,00")], quoting=csv.QUOTE_ALL),
        accepted=2,
        values={3: {"bedrag": D("182044.00"), "traject_id": "UT-2022-001"}},
    ),
    Case(
        "latin1-accents-read-as-cp1252",
        U,
        table(U, [booking(1, omschrijving="Café Sint-Genesius-Rode: dossier naïef")], encoding="latin-1"),
        accepted=1,
        values={2: {"omschrijving": "Café Sint-Genesius-Rode: dossier naïef"}},
        encoding="cp1252",
    ),
    refuse("utf16-le-bom", U, codecs.BOM_UTF16_LE + table(U, [booking(1)]).decode().encode("utf-16-le"),
           "ENCODING_UNSUPPORTED"),
    refuse("utf16-be-bom", U, codecs.BOM_UTF16_BE + table(U, [booking(1)]).decode().encode("utf-16-be"),
           "ENCODING_UNSUPPORTED"),
    refuse("utf16-le-without-bom", U, table(U, [booking(1)]).decode().encode("utf-16-le"), "ENCODING_UNSUPPORTED"),
    refuse("utf32", U, table(U, [booking(1)]).decode().encode("utf-32"), "ENCODING_UNSUPPORTED"),
    refuse("greek-cp1253", I, table(I, [row(I, 0, eenheid="Αθήνα Θεσσαλονίκη Πειραιάς")], encoding="cp1253"),
           "ENCODING_UNSUPPORTED"),
    # two exports pasted together: most of it Windows-1252, a few rows UTF-8 ('Ã©' for 'é')
    Case("mixed-cp1252-and-utf8", U, table(U, [booking(1, omschrijving="Café")], encoding="cp1252")
         + table(U, [booking(2, omschrijving="Crèche, € 5")])[len(HEADER_U) + 2:],
         refused="ENCODING_UNSUPPORTED", message="UTF-8"),
    Case(
        "cp1252-with-rare-capitals-and-symbols",
        U,
        table(U, [booking(1, omschrijving="ÀÂÃÄ Ã la carte, Â° — São Tomé «citaat» ±5 ‰ ©")], encoding="cp1252"),
        accepted=1,
        values={2: {"omschrijving": "ÀÂÃÄ Ã la carte, Â° — São Tomé «citaat» ±5 ‰ ©"}},
        encoding="cp1252",
    ),
    refuse("bytes-neither-utf8-nor-cp1252", U, table(U, [booking(1)]) + b"B-2;\x81\x8d\x90;\r\n",
           "ENCODING_UNSUPPORTED"),
    # --- numbers and dates ------------------------------------------------------------------
    Case(
        "belgian-amounts",
        U,
        table(U, [
            booking(1, bedrag="182.044,00"),
            booking(2, bedrag="-7.000,25", fase="terugvordering"),
            booking(3, bedrag="1.234,5"),
            booking(4, bedrag="€ 1.234,50"),
            booking(5, bedrag="12.500"),
            booking(6, bedrag=" 9.375,00 "),
            booking(7, bedrag="1\u00a0234,50"),
            booking(9, bedrag="12,345"),  # three decimals: not rounded
            booking(10, bedrag="12 euro"),
        ]),
        accepted=7,
        rejected={9: {("NOT_AN_AMOUNT", "bedrag")}, 10: {("NOT_AN_AMOUNT", "bedrag")}},
        values={2: {"bedrag": D("182044.00")}, 3: {"bedrag": D("-7000.25")}, 4: {"bedrag": D("1234.50")},
                5: {"bedrag": D("1234.50")}, 6: {"bedrag": D("12500.00")}, 7: {"bedrag": D("9375.00")},
                8: {"bedrag": D("1234.50")}},
    ),
    Case(
        "english-notation-among-belgian-amounts",  # both decimal signs: only what is certain
        U,
        table(U, [
            booking(1, bedrag="182.044,00"),
            booking(2, bedrag="1,234.50"),  # English notation: not guessed
            booking(3, bedrag="0.5"),  # only one reading
            booking(4, bedrag="12.500"),  # 12500 in Belgian, 12,5 in English
            booking(5, bedrag="12,345"),  # the other way round
        ]),
        accepted=2,
        rejected={3: {("NOT_AN_AMOUNT", "bedrag")}, 5: {("NUMBER_AMBIGUOUS", "bedrag")},
                  6: {("NUMBER_AMBIGUOUS", "bedrag")}},
        values={2: {"bedrag": D("182044.00")}, 4: {"bedrag": D("0.50")}},
    ),
    Case(
        "dates-as-a-spreadsheet-saves-them",  # Calc nl-BE: two-digit years, read as 20yy
        T,
        table(T, [row(T, 0, aanvraagdatum="15/03/22", startdatum="01/06/22", einddatum="30/09/22"),
                  row(T, 1, aanvraagdatum="03/01/23", startdatum="01/09/2023", einddatum="2024-01-31")]),
        accepted=2,
        values={2: {"aanvraagdatum": date(2022, 3, 15), "einddatum": date(2022, 9, 30)},
                3: {"aanvraagdatum": date(2023, 1, 3), "startdatum": date(2023, 9, 1)}},
        warnings={"TWO_DIGIT_YEAR"},
    ),
    refuse("dates-in-both-orders", T,
           table(T, [row(T, 0, aanvraagdatum="15/03/2022"), row(T, 1, aanvraagdatum="03/15/2023")]),
           "DATES_MIXED_ORDER"),
    Case(
        "belgian-decimals-and-integers",
        T,
        table(T, [row(T, 0, gepresteerde_uren="1.234,5", oproep="2.022", fte_inzet="0,75"),
                  row(T, 1, fte_inzet="0.4")]),
        accepted=2,
        values={2: {"gepresteerde_uren": 1234.5, "oproep": 2022, "fte_inzet": 0.75}, 3: {"fte_inzet": 0.4}},
    ),
    Case(
        "dates-day-first-iso-and-impossible",
        U,
        table(U, [
            booking(1, boekingsdatum="03/02/2024", begrotingsjaar="2024"),
            booking(2, boekingsdatum="3/2/2024", begrotingsjaar="2024"),
            booking(3, boekingsdatum="2024-02-03", begrotingsjaar="2024"),
            booking(4, boekingsdatum="03-02-2024 00:00:00", begrotingsjaar="2024"),
            booking(5, boekingsdatum="31/02/2024", begrotingsjaar="2024"),
            booking(6, boekingsdatum="2024-02-30", begrotingsjaar="2024"),
            booking(7, boekingsdatum="13/13/2024", begrotingsjaar="2024"),
            booking(8, boekingsdatum="2024/02/03", begrotingsjaar="2024"),
            booking(9, boekingsdatum="29/02/2024", begrotingsjaar="2024"),
        ]),
        accepted=5,
        rejected={6: {("NOT_A_DATE", "boekingsdatum")}, 7: {("NOT_A_DATE", "boekingsdatum")},
                  8: {("NOT_A_DATE", "boekingsdatum")}, 9: {("NOT_A_DATE", "boekingsdatum")}},
        values={2: {"boekingsdatum": date(2024, 2, 3)}, 3: {"boekingsdatum": date(2024, 2, 3)},
                4: {"boekingsdatum": date(2024, 2, 3)}, 5: {"boekingsdatum": date(2024, 2, 3)},
                10: {"boekingsdatum": date(2024, 2, 29)}},
    ),
    # --- delimiters and field counts ----------------------------------------------------------
    Case(
        "trailing-delimiter-on-every-line",
        U,
        lines(HEADER_U + ";", semi(booking(1), U) + ";", semi(booking(2, bedrag="182.044,00"), U) + ";"),
        accepted=2,
        values={3: {"bedrag": D("182044.00"), "omschrijving": booking(2)["omschrijving"]}},
    ),
    Case(
        "trailing-delimiter-on-data-line-only",
        U,
        lines(HEADER_U, semi(booking(1), U), semi(booking(2), U) + ";"),
        accepted=1,
        rejected={3: {("FIELD_COUNT", None)}},
        values={2: {"bedrag": D("9375.00")}},
    ),
    Case(
        "extra-empty-field-is-rejected-not-shifted",
        U,
        lines(HEADER_U, semi(booking(1), U), "B-2;;" + semi(booking(2), U).split(";", 1)[1]),
        accepted=1,
        rejected={3: {("FIELD_COUNT", None)}},
    ),
    Case(
        "unquoted-separator-in-text",
        U,
        lines(HEADER_U, semi(booking(1, omschrijving="eerste; tweede"), U), semi(booking(2), U)),
        accepted=1,
        rejected={2: {("FIELD_COUNT", None)}},
    ),
    Case(
        "missing-field",
        U,
        lines(HEADER_U, semi(booking(1), U).rsplit(";", 1)[0], semi(booking(2), U)),
        accepted=1,
        rejected={2: {("FIELD_COUNT", None)}},
    ),
    Case(
        "quoted-separator-doubled-quotes-and-newline",
        U,
        table(U, [booking(1, omschrijving='Eerste schijf; "juli" 2022'), booking(2, omschrijving="regel 1\nregel 2"),
                  booking(3)]),
        accepted=3,
        values={2: {"omschrijving": 'Eerste schijf; "juli" 2022'}, 3: {"omschrijving": "regel 1\nregel 2"},
                5: {"boeking_id": "B-3"}},
    ),
    Case(
        "bare-cr-inside-quoted-field",
        T,
        table(T, [row(T, 0, opmerking="eerste\rtweede"), row(T, 1)]),
        accepted=2,
        # a bare CR ends a line (as in old Mac files): the next record starts on line 4
        values={2: {"opmerking": "eerste\rtweede"}, 4: {"traject_id": "UT-2023-004"}},
    ),
    Case(
        "crlf-inside-quoted-field",
        T,
        table(T, [row(T, 0, opmerking="eerste\r\ntweede"), row(T, 1)]),
        accepted=2,
        values={2: {"opmerking": "eerste\r\ntweede"}, 4: {"traject_id": "UT-2023-004"}},
    ),
    Case(
        "bare-cr-and-lf-inside-one-quoted-field",
        T,
        table(T, [row(T, 0, opmerking="een\rtwee\ndrie"), row(T, 1)]),
        accepted=2,
        values={2: {"opmerking": "een\rtwee\ndrie"}, 5: {"traject_id": "UT-2023-004"}},
    ),
    Case(
        "quote-closed-in-the-middle-of-a-field",
        U,
        lines(HEADER_U, semi(booking(1), U), semi(booking(2, omschrijving='"Com"pensatie'), U), semi(booking(3), U)),
        accepted=2,
        rejected={3: {("QUOTE_ERROR", None)}},
    ),
    Case(
        "quotes-inside-unquoted-text-are-text",
        U,
        lines(HEADER_U, semi(booking(1, omschrijving='Traject "Mechelen" 12" scherm'), U)),
        accepted=1,
        values={2: {"omschrijving": 'Traject "Mechelen" 12" scherm'}},
    ),
    Case(
        "unclosed-quote-on-last-line",
        U,
        lines(HEADER_U, semi(booking(1), U), semi(booking(2, omschrijving='"Compensatie'), U)),
        accepted=1,
        rejected={3: {("QUOTE_ERROR", None)}},
    ),
    refuse(
        "unclosed-quote-swallowing-the-rest",
        U,
        lines(HEADER_U, semi(booking(1), U), semi(booking(2, omschrijving='"Compensatie'), U),
              semi(booking(3), U), semi(booking(4), U)),
        "UNCLOSED_QUOTE",
    ),
    Case(
        "nul-byte-in-a-field",
        T,
        table(T, [row(T, 0, opmerking="bel\x00l"), row(T, 1)]),
        accepted=1,
        rejected={2: {("CONTROL_CHARACTER", "opmerking")}},
    ),
    Case(
        "blank-and-separator-only-lines-are-skipped",
        B,
        lines("begrotingsjaar;stroom;bedrag", "", "2021;coordinatie_vvsg;182.044,00", ";;", "  ",
              "2022;compensatie_aanbieder;250.000,00", ""),
        accepted=2,
        values={3: {"bedrag": D("182044.00")}, 6: {"bedrag": D("250000.00")}},
        warnings={"BLANK_ROWS"},
    ),
    Case(
        "formula-like-text-is-kept-as-text",
        U,
        table(U, [booking(1, omschrijving='=HYPERLINK("http://x";"klik")'), booking(2, omschrijving="+32 3 123")]),
        accepted=2,
        values={2: {"omschrijving": '=HYPERLINK("http://x";"klik")'}, 3: {"omschrijving": "+32 3 123"}},
    ),
    # --- whole-file refusals -----------------------------------------------------------------
    refuse("empty-file", U, b"", "FILE_EMPTY"),
    refuse("blank-lines-only", U, b"\r\n\r\n\r\n", "HEADER_NOT_FOUND"),
    refuse("bom-only", U, codecs.BOM_UTF8, "HEADER_NOT_FOUND"),
    refuse("png-image", U, PNG, "BINARY_FILE"),
    refuse("pdf-document", U, PDF, "BINARY_FILE"),
    refuse("zip-archive-not-a-workbook", U, zip_file(), "BINARY_FILE"),
    refuse("old-excel-xls-ole", U, OLE_XLS, "BINARY_FILE"),
    refuse("gzip-compressed", U, GZIP, "BINARY_FILE"),
    refuse("nul-bytes-only", U, b"\x00" * 64, "BINARY_FILE"),
    refuse("header-only", U, lines(HEADER_U), "NO_DATA_ROWS"),
    Case("xlsx-with-an-empty-first-sheet", B, xlsx([]), refused="FILE_EMPTY", message="werkblad"),
    refuse("header-only-with-sep-line-and-blank-lines", U, lines("sep=;", HEADER_U, "", ";;;"), "NO_DATA_ROWS"),
    refuse("duplicate-header-exact", B, lines("begrotingsjaar;stroom;bedrag;stroom", "2021;coordinatie_vvsg;1,00;x"),
           "HEADER_DUPLICATE"),
    refuse("duplicate-header-by-alias", U, lines(HEADER_U + ";Bedrag EUR", semi(booking(1), U) + ";1,00"),
           "HEADER_DUPLICATE"),
    refuse("blank-header-for-a-required-column", B, lines("begrotingsjaar;;bedrag", "2021;coordinatie_vvsg;1,00"),
           "HEADER_MISSING_COLUMNS"),
    refuse("missing-required-column", U, table(U, [booking(1)], header=[c for c in get_dataset(U).column_names
                                                                       if c != "bedrag"]),
           "HEADER_MISSING_COLUMNS"),
    refuse("title-row-above-header", B, lines("Budget VAPA 2021-2024", "begrotingsjaar;stroom;bedrag",
                                              "2021;coordinatie_vvsg;182.044,00"), "HEADER_MISSING_COLUMNS"),
    # an empty first row as Excel or LibreOffice write it: refused, saying where the names are
    Case("separators-only-above-the-header", B, lines(";;", "begrotingsjaar;stroom;bedrag", "2021;overige;1,00"),
         refused="HEADER_MISSING_COLUMNS", message="regel 2"),
    Case("sep-line-resaved-with-separators", B, lines("sep=;;;", "begrotingsjaar;stroom;bedrag", "2021;overige;1,00"),
         refused="HEADER_MISSING_COLUMNS", message="regel 2"),
    refuse("other-dataset-file", T, table(U, [booking(1)]), "HEADER_MISSING_COLUMNS"),
    Case("every-row-invalid", B, lines("begrotingsjaar;stroom;bedrag", "2021;onbekend;1,00", "twee;overige;1,00"),
         refused="NO_VALID_ROWS", read=2),  # both rows read and rejected, none published
    # --- headers -----------------------------------------------------------------------------
    Case(
        "blank-headers-without-data",
        B,
        lines("begrotingsjaar;;stroom;bedrag;", "2021;;coordinatie_vvsg;182.044,00;"),
        accepted=1,
        values={2: {"stroom": "coordinatie_vvsg", "bedrag": D("182044.00")}},
    ),
    Case(
        "blank-header-with-data-is-ignored-with-a-warning",
        B,
        lines("begrotingsjaar;stroom;bedrag;", "2021;coordinatie_vvsg;182.044,00;iets"),
        accepted=1,
        values={2: {"bedrag": D("182044.00")}},
        warnings={"UNKNOWN_COLUMN"},
    ),
    Case(
        "unknown-named-column",
        B,
        lines("begrotingsjaar;stroom;bedrag;Opgemaakt door", "2021;coordinatie_vvsg;182.044,00;An"),
        accepted=1,
        warnings={"UNKNOWN_COLUMN"},
    ),
    Case(
        "header-variants-uitgaven-case-accents-spaces-aliases",
        U,
        table(U, [booking(1, bedrag="182.044,00"), booking(2, fase="Vereffening", stroom="Compensatie aanbieder")],
              names=["Boeking ID", "BOEKINGSDATUM", "  Begrotingsjaar ", "Fáse", "Geldstroom", "Begunstigde",
                     "Traject-ID", "Bedrag in euro", "Artikel", "Beschrijving"]),
        accepted=2,
        values={2: {"boeking_id": "B-1", "bedrag": D("182044.00"), "begrotingsjaar": 2022},
                3: {"fase": "vereffening", "stroom": "compensatie_aanbieder", "begunstigde_nis": "12025",
                    "traject_id": "UT-2022-001"}},
    ),
    Case(
        "header-variants-trajecten-aliases",
        T,
        table(T, [row(T, 0)], header=["traject_id", "oproep", "model", "aanbiedend_bestuur", "ontvangend_bestuur",
                                      "status", "startdatum", "einddatum", "fte_inzet", "toegekend_bedrag"],
              names=["Trajectnummer", "Oproepjaar", "Vorm", "Aanbiedende gemeente", "Ontvangende gemeente",
                     "Toestand", "Begindatum", "Einde", "VTE", "Toegekend"]),
        accepted=1,
        values={2: {"traject_id": "UT-2022-001", "oproep": 2022, "model": "mentoring", "status": "afgerond",
                    "startdatum": date(2022, 6, 1), "fte_inzet": 0.5, "toegekend_bedrag": D("18750.00"),
                    "ontvangend_bestuur_nis": "24062"}},
    ),
    Case(
        "header-variants-indicatoren-aliases",
        I,
        table(I, [row(I, 0)], names=["NIS-code", "Referentiejaar", "Indicatornaam", "Getal", "Unit",
                                     "Bronvermelding", "Numerator", "Denominator"]),
        accepted=1,
        values={2: {"gemeente_nis": "12025", "jaar": 2022, "waarde": 7.4, "noemer": 140951.0}},
    ),
    Case(
        "header-variants-budget-aliases",
        B,
        table(B, [row(B, 0)], names=["Jaar", "Geldstroom", "Krediet", "Bronvermelding", "Uitleg"]),
        accepted=1,
        values={2: {"begrotingsjaar": 2021, "stroom": "coordinatie_vvsg", "bedrag": D("182044.00")}},
    ),
    Case(
        "line-break-inside-a-quoted-header-name",
        U,
        table(U, [booking(1), booking(2, bedrag="182.044,00")],
              names=[*get_dataset(U).column_names[:7], "Bedrag\r\n(euro)", *get_dataset(U).column_names[8:]]),
        accepted=2,  # the header takes lines 1-2
        values={3: {"bedrag": D("9375.00")}, 4: {"bedrag": D("182044.00"), "boeking_id": "B-2"}},
    ),
    Case(
        "inch-marks-in-unquoted-header-and-text-are-text",
        B,
        lines('begrotingsjaar;stroom;bedrag;toelichting 12"', '2021;overige;1,00;scherm 15" breed',
              "2022;overige;2,00;ok"),
        accepted=2,
        values={2: {"bedrag": D("1.00")}, 3: {"bedrag": D("2.00")}},
        warnings={"UNKNOWN_COLUMN"},
    ),
    Case(
        "unclosed-quote-in-header-is-read-on-its-line",
        B,
        lines('begrotingsjaar;stroom;bedrag;"toelichting', "2021;overige;1,00;x", "2022;overige;2,00;y"),
        accepted=2,
        values={2: {"bedrag": D("1.00"), "toelichting": "x"}, 3: {"toelichting": "y"}},
    ),
    Case(
        "xlsx-line-breaks-in-cells-keep-sheet-row-numbers",
        B,
        xlsx([["Begrotingsjaar", "Stroom", "Bedrag\n(EUR)", "Toelichting"],
              [2021, "coordinatie_vvsg", 182044, "een\ntwee"],
              [2022, "compensatie_aanbieder", "veel", "drie\nvier"],
              [None, None, None, None],
              [2023, "overige", 1234.5, ""]]),
        accepted=2,
        rejected={3: {("NOT_AN_AMOUNT", "bedrag")}},
        values={2: {"bedrag": D("182044.00"), "toelichting": "een\ntwee"}, 5: {"bedrag": D("1234.50")}},
        warnings={"BLANK_ROWS"},
    ),
    Case(
        "unicode-line-separators-inside-text",
        U,
        table(U, [booking(1, omschrijving="a\u2028b\u2029c\u0085d"), booking(2)]),
        accepted=2,
        values={2: {"omschrijving": "a\u2028b\u2029c\u0085d"}, 3: {"boeking_id": "B-2"}},
    ),
    Case(
        "unicode-minus-sign-is-not-an-amount",
        U,
        table(U, [booking(1, bedrag="\u22127.000,25", fase="terugvordering"), booking(2)]),
        accepted=1,
        rejected={2: {("NOT_AN_AMOUNT", "bedrag")}},
    ),
    # Rows longer than the reader can hand on: classified, never an internal error. (The
    # normalised file is read by DuckDB with a line limit of 64 MiB; Python's csv module has a
    # field limit of 16 MiB.)
    Case(
        "row-of-67-mb-in-five-long-fields",
        T,
        lambda: table(T, [row(T, 1, traject_id="A"), row(T, 0, **dict.fromkeys(
            ["model", "thema", "status", "rapport_link", "opmerking"], "x" * 13_500_000)), row(T, 1)]),
        accepted=2,
        rejected={3: {("TOO_LONG", "model")}},
        values={2: {"traject_id": "A"}, 4: {"traject_id": "UT-2023-004"}},
    ),
    Case(  # a line break can only be in a quoted field; the fast path looks for it only then
        "line-break-in-a-quoted-key",
        U,
        table(U, [booking(1), row(U, 1, boeking_id="B-2\nB-3"), booking(4)]),
        accepted=2,
        rejected={3: {("NOT_ALLOWED", "boeking_id")}},
        values={2: {"boeking_id": "B-1"}, 5: {"boeking_id": "B-4"}},
    ),
    Case(  # the longest record is one character longer than the limit: still checked
        "text-one-character-over-its-limit",
        T,
        table(T, [row(T, 1, traject_id="A"), row(T, 0, opmerking="x" * 4001)]),
        accepted=1,
        rejected={3: {("TOO_LONG", "opmerking")}},
        values={2: {"traject_id": "A"}},
    ),
    Case(
        "text-of-3-mb-in-a-field-with-a-limit",
        T,
        lambda: table(T, [row(T, 1, traject_id="A"), row(T, 0, opmerking="x" * (3 << 20)), row(T, 1)]),
        accepted=2,
        rejected={3: {("TOO_LONG", "opmerking")}},
        values={2: {"traject_id": "A"}, 4: {"traject_id": "UT-2023-004"}},
    ),
    Case(
        "text-of-3-mb-in-a-column-that-is-ignored",
        B,
        lambda: lines("begrotingsjaar;stroom;bedrag;bijlage", "2021;overige;1,00;" + "x" * (3 << 20)),
        accepted=1,
        values={2: {"bedrag": D("1.00")}},
        warnings={"UNKNOWN_COLUMN"},
    ),
    Case(
        "field-of-17-mb",
        T,
        lambda: table(T, [row(T, 1, traject_id="A"), row(T, 0, opmerking="x" * (17 << 20)), row(T, 1)]),
        accepted=2,
        rejected={3: {("TOO_LONG", None)}},
        values={2: {"traject_id": "A"}, 4: {"traject_id": "UT-2023-004"}},
    ),
    # --- municipalities ------------------------------------------------------------------------
    Case(
        "municipality-variants-2025",
        I,
        table(I, [
            row(I, 1, gemeente=g, jaar="2025", indicator=f"ind_{n}")
            for n, g in enumerate([
                "St.-Niklaas", "SINT NIKLAAS", "Lokaal Bestuur Sint-Niklaas", "Stad Gent", "Malines", "12025.0",
                "Kapelle op den Bos", "Sint-Génesius-Rode", "Zwijndrecht", "Tielt", "Sint-Amandsberg",
                "Borgerhout", "Elsene", "Gentt", "1234",
            ])
        ]),
        accepted=10,
        rejected={n + 2: {("MUNICIPALITY_UNKNOWN", "gemeente")} for n in range(10, 15)},
        values={2: {"gemeente_nis": "46021"}, 3: {"gemeente_nis": "46021"}, 4: {"gemeente_nis": "46021"},
                5: {"gemeente_nis": "44021"}, 6: {"gemeente_nis": "12025"}, 7: {"gemeente_nis": "12025"},
                8: {"gemeente_nis": "23039"}, 9: {"gemeente_nis": "23101"},
                10: {"gemeente_nis": "46030", "gemeente_naam": "Beveren-Kruibeke-Zwijndrecht"},
                11: {"gemeente_nis": "37022"}},
        warnings={"MUNICIPALITY_MAPPED"},
    ),
    Case(
        "municipality-variants-before-the-2025-mergers",
        I,
        table(I, [
            row(I, 1, gemeente=g, jaar="2022", indicator=f"ind_{n}")
            for n, g in enumerate(["Tielt", "Hasselt", "Zwijndrecht", "11002", "Pajottegem", "44086", "Heverlee"])
        ]),
        accepted=4,
        rejected={6: {("MUNICIPALITY_AMBIGUOUS", "gemeente")}, 7: {("MUNICIPALITY_AMBIGUOUS", "gemeente")},
                  8: {("MUNICIPALITY_UNKNOWN", "gemeente")}},
        values={2: {"gemeente_nis": "37015", "gemeente_nis_2025": "37022"}, 3: {"gemeente_nis": "71022"},
                4: {"gemeente_nis": "11056", "gemeente_nis_2025": "46030"}, 5: {"gemeente_nis": "11002"}},
    ),
    Case(
        "trajecten-municipality-names-and-a-deelgemeente",
        T,
        table(T, [row(T, 1, aanbiedend_bestuur="Stad Gent", ontvangend_bestuur="SINT NIKLAAS"),
                  row(T, 0, ontvangend_bestuur="Heverlee")]),
        accepted=1,
        rejected={3: {("MUNICIPALITY_UNKNOWN", "ontvangend_bestuur")}},
        values={2: {"aanbiedend_bestuur_nis": "44021", "ontvangend_bestuur_nis": "46021"}},
    ),
    Case(
        "duplicate-keys-reject-every-copy",
        U,
        table(U, [booking(1), booking(2), booking(1, bedrag="1,00")]),
        accepted=1,
        rejected={2: {("DUPLICATE_KEY", "boeking_id")}, 4: {("DUPLICATE_KEY", "boeking_id")}},
        values={3: {"boeking_id": "B-2"}},
    ),
    # --- look-alike keys on append, invisible and direction-changing characters (issue 20) ------
    *[
        Case(f"append-key-{name}", U, table(U, [booking(1, boeking_id=key), booking(2)]),
             existing=table(U, [booking(1)]), accepted=1, rejected={2: codes}, hostile=True,
             values={3: {"boeking_id": "B-2"}})
        for name, key, codes in (
            ("differing-by-case", "b-1", {("KEY_LOOKALIKE", "boeking_id")}),
            ("with-a-non-breaking-hyphen", "B\u20111", {("KEY_LOOKALIKE", "boeking_id")}),
            ("with-a-greek-letter", "\u0392-1", {("KEY_LOOKALIKE", "boeking_id")}),
            ("with-a-cyrillic-letter", "\u0412-1", {("KEY_LOOKALIKE", "boeking_id")}),
            ("with-a-zero-width-space", "B-1\u200b", {("KEY_LOOKALIKE", "boeking_id"),
                                                      ("INVISIBLE_CHARACTER", "boeking_id")}),
        )
    ],
    Case(
        "lookalike-keys-within-one-file",
        U,
        table(U, [booking(5), booking(6), booking(5, boeking_id="b-5")]),
        accepted=1,
        rejected={2: {("KEY_LOOKALIKE", "boeking_id")}, 4: {("KEY_LOOKALIKE", "boeking_id")}},
        hostile=True,
    ),
    Case(
        "direction-override-in-a-key-and-in-free-text",
        U,
        table(U, [booking(1, boeking_id="B-\u202e9"), booking(2, omschrijving="Factuur \u202eFDP.exe")]),
        accepted=1,
        rejected={2: {("INVISIBLE_CHARACTER", "boeking_id")}},
        values={3: {"omschrijving": "Factuur \u202eFDP.exe"}},  # free text kept as it was
        hostile=True,
    ),
    Case(
        "isolate-in-a-link",
        T,
        table(T, [row(T, traject_id="UT-1", rapport_link="https://x.org/\u2066r"), row(T, traject_id="UT-2")]),
        accepted=1,
        rejected={2: {("INVISIBLE_CHARACTER", "rapport_link")}},
        hostile=True,
    ),
    Case(
        "invisible-character-in-a-budget-article",
        U,
        table(U, [booking(1, begrotingsartikel="SH0-1SHC2ZZ\u200d-WT"), booking(2)]),
        accepted=1,
        rejected={2: {("INVISIBLE_CHARACTER", "begrotingsartikel")}},
        hostile=True,
    ),
    # --- implausible bookings: accepted, a warning on their line (issue 20) ------------------
    Case(
        "implausible-bookings-flagged",
        U,
        table(U, [booking(1, fase="vastlegging", bedrag="-5.000,00", traject_id="UT-9"),
                  booking(2, fase="vastlegging", bedrag="1.000,00", traject_id="UT-8"),
                  booking(3, bedrag="1.500,00", traject_id="UT-8"),
                  booking(4, fase="terugvordering", bedrag="0,00", traject_id="UT-8"),
                  booking(5, boekingsdatum="01/01/2035", begrotingsjaar="2035", traject_id="", bedrag="1,00")]),
        accepted=5,
        flagged={2: {"COMMITMENT_NEGATIVE"}, 3: set(), 4: {"PAYMENT_ABOVE_COMMITMENTS"}, 5: {"RECOVERY_ZERO"},
                 6: {"BOOKING_IN_FUTURE"}},
        hostile=True,
    ),
    Case(
        "a-payment-within-the-published-commitments-on-append",
        U,
        table(U, [booking(7, bedrag="600,00", traject_id="UT-7"), booking(8, bedrag="600,01", traject_id="UT-7")]),
        existing=table(U, [booking(1, fase="vastlegging", bedrag="600,00", traject_id="UT-7")]),
        accepted=2,
        flagged={2: set(), 3: {"PAYMENT_ABOVE_COMMITMENTS"}},
        hostile=True,
    ),
    # --- hostile workbooks (issue 20) --------------------------------------------------------
    Case("xlsx-inflating-a-thousandfold", B, inflating_workbook, refused="FILE_TOO_LARGE", message="pakt uit",
         hostile=True),
    Case("xlsx-declaring-its-sheet-smaller-than-it-is", B, lying_workbook(), refused="BINARY_FILE",
         message="Excel-werkmap", hostile=True),
    Case(  # the sheet says it ends at column C: the row whose only cell is E3 is read all the same
        "xlsx-row-with-content-only-beyond-the-header",
        B,
        with_sheet(sheet_xml([BUDGET_HEAD, [("A", "2021"), ("B", "overige"), ("C", "1,00")], [("E", "verloren?")],
                              [("A", "2022"), ("B", "overige"), ("C", "2,00")]], "A1:C4")),
        accepted=2,
        rejected={3: {("REQUIRED", "begrotingsjaar"), ("REQUIRED", "stroom"), ("REQUIRED", "bedrag")}},
        warnings={"UNKNOWN_COLUMN"},
        blank=0,
    ),
    Case(
        "xlsx-row-with-a-cell-beyond-the-header-and-a-gap",
        B,
        with_sheet(sheet_xml([BUDGET_HEAD, [("A", "2021"), ("B", "overige"), ("C", "1,00"), ("F", "x")], [],
                              [("A", "2022"), ("B", "overige"), ("C", "2,00")]], "A1:C2")),
        accepted=2,
        warnings={"UNKNOWN_COLUMN", "BLANK_ROWS"},
        blank=1,
        hostile=True,
    ),
    # --- one valid file per dataset (the templates with their examples) -----------------------
    *[
        Case(f"template-{name}", name, template(name), accepted=len(get_dataset(name).example_rows),
             encoding="utf-8-sig")
        for name in DATASETS
    ],
    Case(
        "xlsx-workbook-budget",
        B,
        xlsx([["Begrotingsjaar", "Stroom", "Bedrag"], [2021, "coordinatie_vvsg", 182044.0],
              [2022, "compensatie_aanbieder", 250000], [2023, "overige", "veel"]]),
        accepted=2,
        rejected={4: {("NOT_AN_AMOUNT", "bedrag")}},
        values={2: {"bedrag": D("182044.00")}, 3: {"bedrag": D("250000.00")}},
    ),
]  # fmt: skip


# --- running a case ----------------------------------------------------------------------------


def published(data_dir: Path, dataset: str) -> tuple[dict | None, list[dict]]:
    """The manifest entry of `dataset` and its Parquet rows, by line."""
    manifest = current(data_dir)
    entry = (manifest or {}).get("datasets", {}).get(dataset)
    if entry is None:
        return None, []
    con = duckdb.connect()
    try:
        cur = con.execute(f"SELECT * FROM {published_sql(data_dir, dataset)} ORDER BY _regel")
        names = [d[0] for d in cur.description]
        return entry, [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()


def kept_rejects(data_dir: Path, ingest_id: str) -> list[tuple[int, str]]:
    """(line, errors) of the rejected rows kept for download, from rejects/<ingest>.parquet."""
    path = data_dir / "rejects" / f"{ingest_id}.parquet"
    if not path.exists():
        return []
    con = duckdb.connect()
    try:
        return con.execute("SELECT _regel, _fouten FROM read_parquet($p)", {"p": str(path)}).fetchall()
    finally:
        con.close()


def run(
    dataset: str,
    data: bytes | Path,
    data_dir: Path,
    name: str = "upload.csv",
    mapping: dict | None = None,
    mode: str = "replace",
) -> tuple[IngestResult | None, str]:
    """The ingest's result, or None and the exception text when it raised."""
    try:
        return ingest(
            dataset, data, file_name=name, data_dir=data_dir, user="bad-input", mapping=mapping, mode=mode
        ), ""
    except Exception as exc:  # noqa: BLE001 - a crash is what this suite counts
        return None, f"{type(exc).__name__}: {exc}"


def crashed(result: IngestResult | None) -> bool:
    return result is None or (result.refusal is not None and result.refusal.code == "INTERNAL_ERROR")


def rows_lost(result: IngestResult | None) -> int:
    if result is None:
        return 0
    return abs(result.rows_read - result.rows_accepted - result.rows_rejected)


def differences(case: Case, result: IngestResult, data_dir: Path) -> list[str]:
    """Everything in which the outcome differs from the case's expectation."""
    out: list[str] = []
    entry, rows = published(data_dir, case.dataset)
    if case.refused:
        got = result.refusal.code if result.refusal else None
        if (result.status, got) != ("refused", case.refused):
            out.append(f"expected refusal {case.refused}, got {result.status} {got}")
        if result.refusal and len(result.refusal.message) < 30:
            out.append(f"refusal message is not a sentence: {result.refusal.message!r}")
        if case.message and (result.refusal is None or case.message not in result.refusal.message):
            out.append(f"refusal message lacks {case.message!r}: {result.refusal}")
        if entry is not None or Store(data_dir).current() is not None:
            out.append("a refused file published something")
        if case.read is not None and (result.rows_read, result.rows_rejected) != (case.read, case.read):
            out.append(
                f"read/rejected {result.rows_read}/{result.rows_rejected}, the file holds {case.read} rows"
            )
        return out
    if result.status != "published":
        return [f"expected published, got {result.status}: {result.refusal}"]
    if case.blank is not None and result.rows_blank != case.blank:
        out.append(f"rows_blank {result.rows_blank}, expected {case.blank}")
    for line, codes in case.flagged.items():
        got = {w.code for w in result.warnings if w.line == line}
        if got != codes:
            out.append(f"line {line}: warnings {sorted(got)}, expected {sorted(codes)}")
    if result.rows_read != case.records:
        out.append(f"rows_read {result.rows_read}, the file holds {case.records} data records")
    if (result.rows_accepted, result.rows_rejected) != (case.accepted, len(case.rejected)):
        out.append(f"accepted/rejected {result.rows_accepted}/{result.rows_rejected}, "
                   f"expected {case.accepted}/{len(case.rejected)}")  # fmt: skip
    errors: dict[int, set[tuple[str, str | None]]] = {}
    for issue in result.errors:
        errors.setdefault(issue.line, set()).add((issue.code, issue.column))
    if errors != case.rejected:
        out.append(f"errors {errors}, expected {case.rejected}")
    missing = case.warnings - {w.code for w in result.warnings}
    if missing:
        out.append(f"warnings {sorted(missing)} not reported: {[w.code for w in result.warnings]}")
    if case.encoding and result.encoding != case.encoding:
        out.append(f"encoding {result.encoding}, expected {case.encoding}")
    if case.delimiter and result.delimiter != case.delimiter:
        out.append(f"delimiter {result.delimiter}, expected {case.delimiter}")
    if entry is None:
        return [*out, "nothing published"]
    before = sum(1 for r in rows if r["_ingest_id"] != result.ingest_id)  # published before (append)
    if not (len(rows) == entry["rows"] == before + result.rows_accepted) or before != result.rows_before * (
        case.existing is not None
    ):
        out.append(
            f"Parquet holds {len(rows)} rows, manifest {entry['rows']}, rows_accepted {result.rows_accepted}, "
            f"{before} published before"
        )
    rows = [r for r in rows if r["_ingest_id"] == result.ingest_id]
    kept = kept_rejects(data_dir, result.ingest_id)
    if sorted(line for line, _ in kept) != sorted(case.rejected) or not all(errors for _, errors in kept):
        out.append(f"rejects kept for lines {[line for line, _ in kept]}, expected {sorted(case.rejected)}")
    by_line = {r["_regel"]: r for r in rows}
    if set(by_line) & set(case.rejected):
        out.append(f"rejected lines published: {sorted(set(by_line) & set(case.rejected))}")
    for line, expected in case.values.items():
        if line not in by_line:
            out.append(f"line {line} not published (published: {sorted(by_line)})")
            continue
        got = {k: by_line[line].get(k) for k in expected}
        if got != expected:
            out.append(f"line {line}: {got} != {expected}")
    return out


def test_the_corpus_is_big_enough_and_ids_unique():
    assert len(CASES) >= 45
    assert len({c.id for c in CASES}) == len(CASES)
    assert {c.dataset for c in CASES} == set(DATASETS)
    assert {c.refused for c in CASES if c.refused} <= set(FILE_CODES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_bad_input(tmp_path, case: Case):
    data_dir = tmp_path / "data"
    data = case.data() if callable(case.data) else case.data
    if case.existing is not None:
        first, raised = run(case.dataset, case.existing, data_dir, name="eerst.csv")
        assert first is not None and first.published, (raised, first and first.refusal)
    result, raised = run(case.dataset, data, data_dir, name=f"{case.id}.csv", mode=case.mode)
    problems = [f"ingest raised {raised}"] if result is None else differences(case, result, data_dir)
    figures.add(
        PART,
        files=1,
        files_expected=int(not problems),
        crashes=int(crashed(result)),
        rows_lost=rows_lost(result),
        hostile=int(case.hostile),
        hostile_expected=int(case.hostile and not problems),
    )
    assert not problems, problems


# --- an inflating workbook, measured in this process -------------------------------------------

BOMB_MB = 400  # the sheet unpacks to 400 MB; the workbook is a few hundred kB
BOMB_SECONDS = 5.0  # refused within this many seconds (checks and refusal, ingest included)
BOMB_PEAK_MB = 32  # the Python heap grows by at most this much meanwhile


def test_an_inflating_workbook_is_refused_in_seconds_without_unpacking(tmp_path):
    """The issue's case: a 400 KB workbook whose sheet unpacks to 400 MB was unpacked in full
    before it was refused (19-46 s, 3 GB). Now the zip's declared sizes refuse it first: the
    time and the heap's peak (tracemalloc) of the upload page's header read and of the ingest
    are measured here, and the process's peak RSS (resource) must not grow by the sheet's size."""
    import resource
    import time
    import tracemalloc

    data = inflating_workbook(BOMB_MB)
    assert len(data) < 2 * 1024 * 1024
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    try:
        start = time.perf_counter()
        headers = read_headers(data)
        result, raised = run(B, data, tmp_path / "data", name="bom.xlsx")
        elapsed = time.perf_counter() - start
        peak_mb = tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()
    rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - rss_before
    problems = [] if result is not None else [f"ingest raised {raised}"]
    if result is not None and (result.refusal is None or result.refusal.code != "FILE_TOO_LARGE"):
        problems.append(f"not refused as too large: {result.status} {result.refusal}")
    if result is not None and result.refusal and "pakt uit" not in result.refusal.message:
        problems.append(f"the reason does not say it inflates: {result.refusal.message}")
    if headers != []:
        problems.append(f"the page read headers from it: {headers}")
    if elapsed > BOMB_SECONDS or peak_mb > BOMB_PEAK_MB or rss_growth > BOMB_MB / 4:
        problems.append(f"{elapsed:.1f} s, heap peak {peak_mb:.0f} MB, RSS growth {rss_growth:.0f} MB")
    figures.add(PART, files=1, files_expected=int(not problems), crashes=int(crashed(result)), rows_lost=0)
    figures.add(PART, hostile=1, hostile_expected=int(not problems))
    figures.set_(PART, bomb_mb=BOMB_MB, bomb_s=elapsed, bomb_heap_mb=peak_mb)
    assert not problems, problems


def test_a_workbook_larger_than_the_limit_as_csv_is_refused_while_it_is_read(tmp_path, monkeypatch):
    """Within the ratio, but its sheet as CSV exceeds the upload limit (here 50 kB): the CSV is
    written streaming and refused once past the limit, with a Dutch reason."""
    monkeypatch.setenv("VAPA_MAX_UPLOAD_MB", "0.1")
    data = xlsx(
        [["begrotingsjaar", "stroom", "bedrag"]] + [[2021, "compensatie_aanbieder", i] for i in range(5000)]
    )
    assert len(data) < 100 * 1024  # the workbook itself is within the limit
    result, raised = run(B, data, tmp_path / "data", name="groot.xlsx")
    ok = result is not None and result.refusal is not None and result.refusal.code == "FILE_TOO_LARGE"
    ok = ok and "als CSV groter" in result.refusal.message and Store(tmp_path / "data").current() is None
    figures.add(PART, files=1, files_expected=int(ok), crashes=int(crashed(result)), rows_lost=0)
    figures.add(PART, hostile=1, hostile_expected=int(ok))
    assert ok, (raised, result and result.refusal)


# --- the public corpora in ../shared/corpora ---------------------------------------------------

CORPORA = SHARED / "corpora"
CORPUS = (
    sorted(p for p in CORPORA.rglob("*") if p.is_file() and p.suffix.lower() != ".md")
    if CORPORA.is_dir()
    else []
)


# None of these files has the contract's columns, so each must be refused at its header, for a
# reason a user can act on: the wrong character set, a doubled column, or missing columns.
CORPUS_ENCODING = {"csvkit/test_utf16_big.csv", "csvkit/test_utf16_little.csv",
                   "frictionless/table-infer-iso-8859-7.csv"}  # fmt: skip
CORPUS_DUPLICATE = {  # 'id' is an alias of traject_id and boeking_id: 'id,name,id,...' doubles it
    ("frictionless/duplicate-headers.csv", T),
    ("frictionless/duplicate-headers.csv", U),
}


def corpus_code(relative: str, dataset: str) -> str:
    """The refusal a public corpus file must get when uploaded as `dataset`."""
    if relative in CORPUS_ENCODING:
        return "ENCODING_UNSUPPORTED"
    if (relative, dataset) in CORPUS_DUPLICATE:
        return "HEADER_DUPLICATE"
    return "HEADER_MISSING_COLUMNS"


def check_corpus_result(
    label: str, result: IngestResult | None, raised: str, data_dir: Path, expected: str
) -> list[str]:
    """Problems with one ingest of a public corpus file that must be refused with `expected`."""
    if result is None:
        return [f"{label}: ingest raised {raised}"]
    if result.status != "refused":
        entry, rows = published(data_dir, result.dataset)
        out = [f"{label}: published, expected {expected}"]
        if (
            result.rows_read != result.rows_accepted + result.rows_rejected
            or len(rows) != result.rows_accepted
        ):
            out.append(f"{label}: read {result.rows_read}, accepted {result.rows_accepted}, rejected "
                       f"{result.rows_rejected}, Parquet {len(rows)}")  # fmt: skip
        return out
    if result.refusal is None or result.refusal.code not in FILE_CODES or crashed(result):
        return [f"{label}: refused with {result.refusal}"]
    if Store(data_dir).current() is not None:
        return [f"{label}: refused but published"]
    if result.refusal.code != expected:
        return [f"{label}: {result.refusal.code}, expected {expected}"]
    return []


@needs_shared
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: str(p.relative_to(CORPORA)))
def test_public_corpus_file(tmp_path, path: Path):
    """A classified answer for every dataset: the file code this file must get, never an
    internal error, nothing published. Then its rows are pushed through the row checks: its
    first three column names are mapped onto budget's required columns (as a user would on the
    upload page), and every record must be read and rejected with a row code (none is a
    budget row); for csv-spectrum the number read must be the number of records its JSON lists."""
    relative = path.relative_to(CORPORA).as_posix()
    problems: list[str] = []
    results: list[IngestResult | None] = []
    for dataset in DATASETS:
        result, raised = run(dataset, path, tmp_path / dataset, name=path.name)
        results.append(result)
        problems += check_corpus_result(
            dataset, result, raised, tmp_path / dataset, corpus_code(relative, dataset)
        )
    names = [h for h in dict.fromkeys(read_headers(path.read_bytes())) if h]
    if relative not in CORPUS_ENCODING and len(names) >= 3:
        mapping = dict(zip(names[:3], ["begrotingsjaar", "stroom", "bedrag"], strict=False))
        result, raised = run(B, path, tmp_path / "mapped", name=path.name, mapping=mapping)
        results.append(result)
        duplicate = relative == "frictionless/duplicate-headers.csv"  # 'id' twice: both mapped
        expected = "HEADER_DUPLICATE" if duplicate else "NO_VALID_ROWS"
        problems += check_corpus_result("mapped", result, raised, tmp_path / "mapped", expected)
        if result is not None and expected == "NO_VALID_ROWS":
            if not (result.rows_read == result.rows_rejected > 0) or len(result.errors) < result.rows_read:
                problems.append(f"mapped: read {result.rows_read}, rejected {result.rows_rejected}, "
                                f"{len(result.errors)} errors")  # fmt: skip
            spectrum = CORPORA / "csv-spectrum" / "json" / f"{path.stem}.json"
            if relative.startswith("csv-spectrum/csvs/") and spectrum.is_file():
                records = len(json.loads(spectrum.read_text(encoding="utf-8")))
                if result.rows_read != records:
                    problems.append(f"mapped: read {result.rows_read}, the file holds {records} records")
    figures.add(
        PART,
        files=1,
        files_expected=int(not problems),
        crashes=int(any(crashed(r) for r in results)),
        rows_lost=sum(rows_lost(r) for r in results),
    )
    assert not problems, problems
