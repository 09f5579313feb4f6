"""The ingest's validation as an upload report shows it, staged in memory (no store, no lake).

Each case is a file with every kind of fault one dataset can have, next to the bounds that
must pass: it is read (pipelines.reader.scan) and staged (pipelines.staging.stage) as the ingest
does, on both of the reader's paths (fast and record by record), and what a user is told must
be exactly what tests/golden/staging/<case>.json holds:

- every rejected row's line, column, value, code and Dutch reason, and every warning;
- the counts (read = accepted + rejected), and every value of every accepted row as published;
- the rejected rows as kept for the download, with their reasons.

The golden files were written by this test (VAPA_WRITE_GOLDEN=1) and each was read line by line
against the data contract before it was committed; a difference fails the test with the first
line that differs. A case staged in milliseconds, so that mutation testing (tests/mutation) can
run it for every mutant of the validation.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipelines.contract import get_dataset
from pipelines.conventions import SAVE_DAY_FIRST
from pipelines.errors import FileRefused
from pipelines.reader import LINE_COLUMN, detect_encoding, finish_scan, scan
from pipelines.reference import resolver
from pipelines.staging import parse_rows, stage, typed_columns, write_rejects

GOLDEN = Path(__file__).with_name("golden") / "staging"
WRITE = os.environ.get("VAPA_WRITE_GOLDEN") == "1"
T, U, B, I = "trajecten", "uitgaven", "budget", "indicatoren"  # noqa: E741


def row(dataset: str, n: int = 0, **changes: str) -> dict[str, str]:
    """The contract's n-th example row of `dataset`, with some fields changed."""
    return {**get_dataset(dataset).example_rows[n], **changes}


def table(dataset: str, rows: list[dict[str, str]], extra: tuple[str, ...] = (), sep: str = ";") -> bytes:
    """A CSV of `rows` over every contract column of `dataset` (and `extra` columns), as Excel
    writes it in Belgium: semicolons, CRLF, quotes only where needed."""
    columns = [*get_dataset(dataset).column_names, *extra]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([r.get(c, "") for c in columns])
    return buf.getvalue().encode("utf-8")


@dataclass
class Staged:
    counts: dict[str, int]
    errors: list[list]
    warnings: list[list]
    accepted: list[dict[str, str | None]]
    rejected: list[dict[str, str | None]]

    def report(self) -> dict:
        return self.__dict__


def _text_rows(con: duckdb.DuckDBPyConnection, path: Path) -> list[dict[str, str | None]]:
    """Every value of a Parquet file written by the staging, as text, in line order."""
    if not path.exists():
        return []
    rel = con.execute(f'SELECT * FROM read_parquet($p) ORDER BY "{LINE_COLUMN}"', {"p": str(path)})
    names = [d[0] for d in rel.description]
    return [{n: None if v is None else str(v) for n, v in zip(names, r, strict=True)} for r in rel.fetchall()]


def staged(
    folder: Path, dataset: str, data: bytes, fast: bool | None, published: Path | None = None
) -> Staged:
    """`data` read and staged as the ingest stages it; `published`: the accepted rows of an
    earlier case (its Parquet), which an append must not repeat."""
    ds = get_dataset(dataset)
    folder.mkdir(parents=True)
    upload, norm = folder / "upload.csv", folder / "normalised.csv"
    upload.write_bytes(data)
    con = duckdb.connect(config={"threads": 1})  # tiny files; two mutants run side by side
    try:
        scanned = scan(upload, ds, norm, detect_encoding(upload, data), fast=fast)
        existing = None if published is None else "read_parquet('" + str(published).replace("'", "''") + "')"
        result = stage(
            con,
            ds,
            scanned,
            norm,
            resolver(),
            folder / "accepted.parquet",
            "ingest-1",
            existing,
            None if published is None else 7,
        )
        if scanned.records is not None:  # the fast path: the reader's last warnings (as the ingest)
            finish_scan(scanned)
        write_rejects(con, ds, scanned.bad_rows, scanned.issues, folder / "rejects.parquet")
        issues = [[i.line, i.column, i.value, i.code, i.message] for i in scanned.issues + result.issues]
        return Staged(
            {
                "read": scanned.rows_read,
                "blank": scanned.rows_blank,
                "accepted": result.rows_accepted,
                "rejected": result.rows_rejected + scanned.rows_bad,
                "total": result.rows_total,
            },
            sorted(issues, key=lambda i: (i[0] or 0, i[3], i[1] or "")),
            sorted(
                ([i.line, i.column, i.value, i.code, i.message] for i in scanned.warnings + result.warnings),
                key=lambda i: (i[0] or 0, i[3], i[1] or ""),
            ),
            _text_rows(con, folder / "accepted.parquet"),
            _text_rows(con, folder / "rejects.parquet"),
        )
    finally:
        con.close()


def check(name: str, got: Staged) -> None:
    """`got` against the golden file `name` (written instead with VAPA_WRITE_GOLDEN=1)."""
    path = GOLDEN / f"{name}.json"
    text = json.dumps(got.report(), ensure_ascii=False, indent=1) + "\n"
    if WRITE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    want = path.read_text(encoding="utf-8")
    assert got.counts["read"] == got.counts["accepted"] + got.counts["rejected"]
    for n, (a, b) in enumerate(zip(text.splitlines(), want.splitlines(), strict=False), 1):
        assert a == b, f"{path.name}, line {n}"
    assert text == want


both_paths = pytest.mark.parametrize("fast", [None, False], ids=["fast", "record by record"])


def crlf(lines: list[str]) -> bytes:
    """Lines as a CSV file saved on Windows: CRLF after each."""
    return "".join(line + "\r\n" for line in lines).encode()


# --- the cases -----------------------------------------------------------------------------------

LONG = "x" * 501


def trajecten_faults() -> bytes:
    ex = row(T)
    rows = [
        ex,
        row(T, 1),
        row(T, traject_id="", model=""),  # required
        row(T, traject_id="UT-B1", oproep="2019"),
        row(
            T,
            traject_id="UT-B2",
            oproep="2020",
            fte_inzet="0",
            geplande_maanden="0",
            gepresteerde_uren="0",
            toegekend_bedrag="0,00",
            doelen_gepland="0",
            doelen_bereikt="0",
            tevredenheid_ontvanger="1",
            tevredenheid_aanbieder="1",
        ),
        row(
            T,
            traject_id="UT-B3",
            oproep="2035",
            fte_inzet="1",
            geplande_maanden="48",
            gepresteerde_uren="10.000",
            toegekend_bedrag="1.000.000,00",
            doelen_gepland="100",
            doelen_bereikt="100",
            tevredenheid_ontvanger="5",
            tevredenheid_aanbieder="5",
        ),
        row(
            T,
            traject_id="UT-B4",
            oproep="2036",
            fte_inzet="1,01",
            tevredenheid_ontvanger="6",
            tevredenheid_aanbieder="0",
            doelen_gepland="101",
            gepresteerde_uren="-1",
        ),
        row(
            T,
            traject_id="UT-T1",
            oproep="twintig",
            model="coaching",
            status="bezig",
            aanvraagdatum="31/02/2023",
            fte_inzet="half",
            toegekend_bedrag="12,345",
            expert_criteria_voldaan="misschien",
            rapport_link="www.vvsg.be/rapport",
        ),
        row(T, traject_id="UT-M1", aanbiedend_bestuur="Atlantis", ontvangend_bestuur="leuvn"),
        row(T, traject_id="UT-M2", ontvangend_bestuur="Pajottegem"),  # before 2025: several
        row(
            T,
            traject_id="UT-M3",
            oproep="2025",
            aanbiedend_bestuur="Meulebeke",
            aanvraagdatum="15/03/2025",
            startdatum="01/06/2025",
            einddatum="30/09/2025",
        ),
        row(T, traject_id="UT-M4", ontvangend_bestuur="12025"),  # Mechelen twice
        row(T, traject_id="UT-D1", startdatum="01/10/2022", einddatum="30/09/2022"),
        row(T, traject_id="UT-D2", aanvraagdatum="02/06/2022"),  # requested after the start
        row(
            T, traject_id="UT-D3", startdatum="15/12/2023", einddatum="15/12/2023", aanvraagdatum="15/12/2023"
        ),
        row(T, traject_id="UT-D4", status="afgerond", einddatum=""),
        row(T, traject_id="UT-G1", doelen_gepland="3", doelen_bereikt="4"),
        row(T, traject_id="UT-C1", toegekend_bedrag="999.999,99", fte_inzet="0,1"),
        row(T, traject_id="UT-L1", thema=LONG, opmerking="x" * 4000),
        row(T, traject_id="UT-\u200bI1"),  # a zero-width space in a code
        row(T, traject_id="UT-N\n1"),  # a line break in a code
        row(T, traject_id="UT-2022-001"),  # the first row's key again
        row(T, traject_id="UT-X0"),
        row(T, traject_id="UT-XO"),  # looks like UT-X0
        row(T, traject_id="UT-K1", aanbiedend_bestuur_naam="Gent", extra="vergeten"),
        {},  # a blank row
        row(T, traject_id="UT-V1", verankerd="Ja", rapport_beschikbaar="NEE", thema="a, b ; c"),
    ]
    return table(T, rows, extra=("aanbiedend_bestuur_naam", "extra"))


@both_paths
def test_every_fault_of_a_trajectory_file_is_reported_with_its_reason(tmp_path, fast):
    check("trajecten_faults", staged(tmp_path / "s", T, trajecten_faults(), fast))


def uitgaven_faults() -> bytes:
    commit, pay = row(U, 3), row(U, 1)
    rows = [
        row(U),
        commit,  # UT-2022-001: 18.750,00 committed
        pay,  # 9.375,00 paid: within
        row(U, 1, boeking_id="VE-2", bedrag="9.375,01"),  # with the first: 18.750,01 paid
        row(U, 2),
        row(U, 2, boeking_id="TV-POS", bedrag="1.250,00"),  # a recovery must be negative
        row(U, 2, boeking_id="TV-ZERO", bedrag="0,00"),
        row(U, 3, boeking_id="VL-NEG", bedrag="-10,00", traject_id="UT-NEG"),
        row(U, boeking_id="VL-FUT", boekingsdatum="01/01/2099", begrotingsjaar="2035"),
        row(U, 1, boeking_id="VE-BIG", bedrag="18.750,01"),  # one payment above the commitments
        row(U, 1, boeking_id="VE-NONE", traject_id="UT-NONE", bedrag="0,01"),  # nothing committed
        row(U, boeking_id="VL-NEAR", boekingsdatum="31/12/2025", begrotingsjaar="2021"),
        row(U, boeking_id="VL-FAR", boekingsdatum="01/01/2026", begrotingsjaar="2021"),
        row(U, boeking_id="VL-NEAR2", boekingsdatum="01/01/2015", begrotingsjaar="2019"),
        row(U, boeking_id="VL-FAR2", boekingsdatum="31/12/2014", begrotingsjaar="2019"),
        row(U, boeking_id="VL-MIN", bedrag="-10.000.000,00", fase="vereffening"),
        row(U, boeking_id="VL-MAX", bedrag="10.000.000,00", begrotingsjaar="2019"),
        row(U, boeking_id="VL-OUT", bedrag="10.000.000,01", begrotingsjaar="2018"),
        row(U, boeking_id="VL-ORG", begunstigde="vvsg vzw", stroom="overige"),
        row(U, boeking_id="VL-UNK", begunstigde="Vereniging X"),
        row(
            U,
            boeking_id="VL-MAP",
            begunstigde="Wachtebeke",
            boekingsdatum="02/01/2025",
            begrotingsjaar="2025",
        ),
        row(
            U,
            boeking_id="VL-OLD",
            begunstigde="Wachtebeke",
            boekingsdatum="31/12/2024",
            begrotingsjaar="2024",
        ),
        row(
            U,
            boeking_id="VL-TYPE",
            begrotingsjaar="2021,5",
            bedrag="12,345",
            fase="subsidie",
            stroom="andere",
            boekingsdatum="20/13/2021",
        ),
        row(
            U,
            boeking_id="VL-EMPTY",
            boekingsdatum="",
            begrotingsjaar="",
            fase="",
            stroom="",
            begunstigde="",
            bedrag="",
        ),
        row(U, boeking_id="VE-\u202eX", begrotingsartikel="A\u200bB"),
        row(U, boeking_id="VL-2021-0001"),
        row(U, boeking_id="vl-2021-0001"),
        row(U, boeking_id="VL-LANG", omschrijving="y" * 1001),
        row(U, boeking_id="VL-NAME", begunstigde_naam="VVSG vzw"),
    ]
    return table(U, rows, extra=("begunstigde_naam",))


def budget_faults() -> bytes:
    rows = [
        row(B),
        row(B, stroom="overige", bedrag="5,00"),  # the same year, another flow: another key
        row(B, 1),
        row(B, 1, bedrag="1,00"),  # the key (2022, compensatie_aanbieder) again
        row(B, begrotingsjaar="2019", bedrag="0,00"),
        row(B, begrotingsjaar="2035", bedrag="100.000.000,00", stroom="overige"),
        row(B, begrotingsjaar="2036", bedrag="-0,01", stroom="overige"),
        row(B, begrotingsjaar="2023", stroom="Coordinatie_VVSG"),
        row(B, begrotingsjaar="2024", bron="z" * 501, toelichting="z" * 2000),
    ]
    return table(B, rows)


def indicatoren_faults() -> bytes:
    rows = [
        row(I),
        row(I, 1),
        row(I, gemeente="Mechelen"),  # 12025 again, by name
        row(I, gemeente="Leuven", jaar="2000", teller="0", noemer="1", waarde="-1.000.000.000"),
        row(
            I,
            gemeente="Leuven",
            jaar="2035",
            teller="1.000.000.000",
            noemer="1.000.000.000",
            waarde="1.000.000.000",
        ),
        row(I, gemeente="Leuven", jaar="1999", teller="-1", noemer="0", waarde="1.000.000.001"),
        row(I, gemeente="Pajottegem", jaar="2024"),
        row(I, gemeente="Pajottegem", jaar="2025"),
        row(I, gemeente="Galmaarden", jaar="2025"),
        row(I, gemeente="Galmaarden", jaar="2024"),
        row(I, gemeente="Brussel", indicator="leefloners"),
        row(I, gemeente="Leuven", indicator="werkloosheid", waarde="12.500", teller="", noemer=""),
        row(I, gemeente="Leuven", indicator="ID\u2060X", eenheid="e" * 101),
    ]
    return table(I, rows)


@both_paths
@pytest.mark.parametrize(
    ("name", "dataset", "build"),
    [
        ("uitgaven_faults", U, uitgaven_faults),
        ("budget_faults", B, budget_faults),
        ("indicatoren_faults", I, indicatoren_faults),
    ],
    ids=[U, B, I],
)
def test_every_fault_of_a_file_is_reported_with_its_reason(tmp_path, fast, name, dataset, build):
    check(name, staged(tmp_path / "s", dataset, build(), fast))


def conventions_faults() -> tuple[bytes, bytes]:
    """A file saved with English (United States) settings, dates month first and numbers with a
    decimal point; and one with both decimal signs."""
    english = [
        row(
            T,
            aanvraagdatum="03/15/2022",
            startdatum="06/01/2022",
            einddatum="09/30/2022",
            fte_inzet="0.5",
            geplande_maanden="4",
            gepresteerde_uren="260.5",
            toegekend_bedrag="18750.00",
        ),
        row(
            T,
            1,
            aanvraagdatum="02/10/2023",
            startdatum="04/01/2023",
            fte_inzet="0.4",
            geplande_maanden="6",
            gepresteerde_uren="1,200.5",
            toegekend_bedrag="12,000.00",
        ),
        row(
            T,
            traject_id="UT-E3",
            aanvraagdatum="01/13/2022",
            startdatum="06/01/2022",
            einddatum="",
            status="lopend",
            fte_inzet="0.25",
            toegekend_bedrag="1.5",
            gepresteerde_uren="12.500",
        ),
    ]
    mixed = [
        row(I),  # 7,4 with a comma
        row(I, 1, waarde="11.2"),  # with a point
        row(I, gemeente="Leuven", indicator="a", waarde="12.500", teller="1,043", noemer="2.000,5"),
        row(I, gemeente="Leuven", indicator="b", waarde="1.234,5", teller="0", noemer="140951"),
    ]
    return table(T, english), table(I, mixed)


@both_paths
def test_a_file_saved_with_other_conventions_is_read_with_them_or_its_ambiguous_numbers_refused(
    tmp_path, fast
):
    english, mixed = conventions_faults()
    check("conventions_english", staged(tmp_path / "en", T, english, fast))
    check("conventions_mixed", staged(tmp_path / "mixed", I, mixed, fast))


@both_paths
def test_a_file_with_dates_in_both_orders_is_refused_whole(tmp_path, fast):
    both = [row(T, aanvraagdatum="03/15/2022"), row(T, 1, traject_id="UT-2", aanvraagdatum="13/03/2022")]
    with pytest.raises(FileRefused) as refused:
        staged(tmp_path / "s", T, table(T, both), fast)
    assert (refused.value.code, refused.value.column, refused.value.value) == (
        "DATES_MIXED_ORDER", "aanvraagdatum", "03/15/2022"
    )  # fmt: skip
    assert str(refused.value) == (
        "In dit bestand staan datums met de dag eerst (bv. '13/03/2022' in kolom 'aanvraagdatum') én "
        "datums met de maand eerst (bv. '03/15/2022' in kolom 'aanvraagdatum'). Dan is van geen enkele "
        "datum zeker welke dag bedoeld is; er is niets gepubliceerd. Zet alle datums met de dag eerst "
        "(dd/mm/jjjj) en laad het bestand opnieuw op. " + SAVE_DAY_FIRST
    )
    two = [row(T, einddatum="09/30/2022"), row(T, 1, traject_id="UT-2", aanvraagdatum="13/03/2022")]
    with pytest.raises(FileRefused) as refused:
        staged(tmp_path / "two", T, table(T, two), fast)
    assert (refused.value.column, refused.value.value) == ("aanvraagdatum, einddatum", "09/30/2022")


@both_paths
def test_both_decimal_signs_in_two_columns_are_named_in_one_note(tmp_path, fast):
    mixed = staged(tmp_path / "s", T, table(T, [row(T, fte_inzet="0.5")]), fast)
    assert [w[:4] for w in mixed.warnings] == [[None, "gepresteerde_uren, fte_inzet", "0.5", "NUMBERS_MIXED"]]
    assert mixed.warnings[0][4].startswith(
        "Dit bestand gebruikt zowel een decimale komma (bv. '260,5' in kolom 'gepresteerde_uren') als een "
        "decimale punt (bv. '0.5' in kolom 'fte_inzet')."
    )


@both_paths
def test_an_append_never_repeats_a_published_key_and_totals_count_the_published_rows(tmp_path, fast):
    """Published: a commitment of 18.750,00 for UT-2022-001 and bookings VL-2021-0001 and
    VE-PUB-0l; the appended file repeats, imitates and pays against them."""
    first = table(U, [row(U), row(U, 3), row(U, 1, boeking_id="VE-PUB-0l", traject_id="UT-9", bedrag="5,00")])
    check("append_published", staged(tmp_path / "first", U, first, fast))
    published = tmp_path / "first" / "accepted.parquet"
    rows = [
        row(U),  # published already
        row(U, boeking_id="vl-2021-OOO1"),  # looks like a published key
        row(U, 1, boeking_id="VE-PUB-01", traject_id="UT-9", bedrag="5,00"),  # looks like VE-PUB-0l
        row(U, 1, boeking_id="VE-NEW-1", bedrag="18.750,00"),  # equal to the published commitment
        row(U, 1, boeking_id="VE-NEW-2", bedrag="18.750,01"),  # above it
        row(U, 3, boeking_id="VL-NEW-3", traject_id="UT-2022-002", bedrag="10,00"),
        row(U, 1, boeking_id="VE-NEW-4", traject_id="UT-2022-002", bedrag="10,01"),
        row(U, 1, boeking_id="VE-NEW-5", traject_id="UT-9", bedrag="0,01"),  # none committed
        row(U, boeking_id="VL-NEW-6"),
        row(U, boeking_id="VL-NEW-6"),
    ]
    check("append_file", staged(tmp_path / "append", U, table(U, rows), fast, published))


@both_paths
def test_unnamed_columns_with_data_are_named_in_a_warning_and_empty_ones_not(tmp_path, fast):
    """Columns 4, 5 and 7 have no name; 4 and 7 hold data in some row, 5 in none."""
    lines = [
        "begrotingsjaar;stroom;bedrag;;;bron;",
        "2021;coordinatie_vvsg;182.044,00;vergeten;;Besluit;",
        "2022;overige;1,00;;;;x",
    ]
    check("budget_unnamed", staged(tmp_path / "s", B, crlf(lines), fast))


@both_paths
def test_two_digit_years_are_read_as_this_century_with_one_note(tmp_path, fast):
    """As a spreadsheet saves dates: 15/03/22 and 1.6.22 (one column, then two)."""
    one = [row(T, aanvraagdatum="15/03/22"), row(T, 1, aanvraagdatum="10/02/23")]
    check("two_digit_one_column", staged(tmp_path / "one", T, table(T, one), fast))
    two = [row(T, aanvraagdatum="15/03/22", startdatum="1.6.22"), row(T, 1, einddatum="30/09/2023")]
    check("two_digit_two_columns", staged(tmp_path / "two", T, table(T, two), fast))
    dots = [row(T, aanvraagdatum="1.6.22")]  # the example the note names written with dots
    check("two_digit_dots", staged(tmp_path / "dots", T, table(T, dots), fast))
    us = [row(T, aanvraagdatum="3/15/22", startdatum="06/01/2022", einddatum="09/30/2022", fte_inzet="0.5",
              gepresteerde_uren="260.5", toegekend_bedrag="18750.00")]  # fmt: skip
    check("two_digit_month_first", staged(tmp_path / "us", T, table(T, us), fast))


@both_paths
def test_an_english_save_whose_dates_read_both_ways_is_refused_whole(tmp_path, fast):
    """0.5 shows an English save; 01/06/2022 and 09/01/2023 are a day in either order."""
    rows = [
        row(
            T,
            aanvraagdatum="01/06/2022",
            startdatum="02/07/2022",
            einddatum="09/01/2023",
            fte_inzet="0.5",
            gepresteerde_uren="260.5",
            toegekend_bedrag="18750.00",
        ),
    ]
    with pytest.raises(FileRefused) as refused:
        staged(tmp_path / "s", T, table(T, rows), fast)
    assert (refused.value.code, refused.value.column, refused.value.value) == (
        "DATES_ORDER_UNKNOWN",
        "aanvraagdatum",
        "01/06/2022",
    )
    assert str(refused.value).startswith(
        "Dit bestand is opgeslagen met Engelse instellingen (decimale punt, bv. '0.5' in kolom "
        "'fte_inzet'). Daarmee staan datums vaak met de maand eerst, en geen enkele datum in het "
        "bestand maakt uit of de dag of de maand eerst staat: '01/06/2022' in kolom 'aanvraagdatum' "
        "kan twee verschillende dagen zijn. Er is niets gepubliceerd. Sla het bestand op als Excel-werkmap"
    )


def test_the_typed_template_parses_text_as_the_ingest_does():
    """parse_rows (the typed Excel template): Belgian text to the values the ingest publishes."""
    rows = [
        row(U, 1),
        {"boeking_id": "X", "bedrag": "-1.234,5", "boekingsdatum": "1/2/2024", "fase": "Vastlegging"},
    ]
    assert parse_rows(get_dataset(U), rows) == [
        ("VE-2022-0102", date(2022, 7, 14), 2022, "vereffening", "compensatie_aanbieder", "Mechelen",
         "UT-2022-001", Decimal("9375.00"), "SH0-1SHC2ZZ-WT", "Compensatie traject UT-2022-001, eerste schijf"),
        ("X", date(2024, 2, 1), None, "vastlegging", None, None, None, Decimal("-1234.50"), None, None),
    ]  # fmt: skip
    budget = parse_rows(get_dataset(B), [{"begrotingsjaar": "2.021", "bedrag": "0,5", "bron": " a "}])
    assert budget == [(2021, None, Decimal("0.50"), "a", None)]


@both_paths
def test_spaces_around_values_and_records_over_several_lines_keep_their_line_numbers(tmp_path, fast):
    """Values with spaces around them are read as without; two records of two lines each move
    the lines of the records after them, which keep their own line in the report. The optional
    column 'bron' is not in the file."""
    lines = [
        "begrotingsjaar;stroom;bedrag;toelichting",
        ' 2021 ; coordinatie_vvsg ; 182.044,00 ;"a',
        'b"',
        '2022;overige;1,00;"c',
        'd"',
        "2023;overige;2,00;",
        "2024;overige;-1,00; fout ",
    ]
    check("budget_multiline", staged(tmp_path / "s", B, crlf(lines), fast))
    three = 'begrotingsjaar;stroom;bedrag;toelichting\r\n2021;overige;1,00;"a\r\nb"\r\n2022;overige;1,00;\r\n2023;overige;-1,00;\r\n'
    assert [e[:2] for e in staged(tmp_path / "three", B, three.encode(), fast).errors] == [[5, "bedrag"]]


@both_paths
def test_a_record_of_three_megabytes_is_refused_for_its_length_not_the_file(tmp_path, fast):
    huge = "x" * (3 << 20)
    data = f"begrotingsjaar;stroom;bedrag;toelichting\r\n2021;overige;1,00;{huge}\r\n2022;overige;2,00;\r\n".encode()
    got = staged(tmp_path / "s", B, data, fast)
    assert got.counts == {"read": 2, "blank": 0, "accepted": 1, "rejected": 1, "total": 1}
    assert [e[:4] for e in got.errors] == [[2, "toelichting", "x" * 200, "TOO_LONG"]]
    assert [r["begrotingsjaar"] for r in got.accepted] == ["2022"]


@both_paths
def test_records_the_reader_refuses_come_back_whole_with_their_reason(tmp_path, fast):
    """A record with a field too many and one with an unclosed quote are refused by the reader:
    kept as they were in the file, with the reason, between the rows refused for their values."""
    lines = [
        "begrotingsjaar;stroom;bedrag;bron",
        "2021;overige;1,00;a",
        "2022;overige;2,00;b;te veel",
        "2023;overige;-3,00;c",
        '2024;overige;4,00;"niet gesloten',
    ]
    check("budget_bad_records", staged(tmp_path / "s", B, crlf(lines), fast))


@both_paths
def test_an_ambiguous_amount_is_refused_once_for_being_ambiguous(tmp_path, fast):
    """'12,345' in a file with both decimal signs: not also 'not an amount' for its third decimal."""
    rows = [
        row(U, bedrag="12,345"),
        row(U, 1, boeking_id="X2", bedrag="1.50"),
        row(U, 3, boeking_id="X3", bedrag="7,5"),
    ]
    got = staged(tmp_path / "s", U, table(U, rows), fast)
    assert [e[:4] for e in got.errors] == [[2, "bedrag", "12,345", "NUMBER_AMBIGUOUS"]]
    assert [r["bedrag"] for r in got.accepted] == ["1.50", "7.50"]


@both_paths
def test_an_append_refuses_a_published_key_of_two_columns_and_a_look_alike_alone(tmp_path, fast):
    """The budget's key (year and flow) published already; and a file whose only fault is a key
    that looks like a published one."""
    staged(tmp_path / "b1", B, table(B, [row(B), row(B, 1)]), fast)
    again = staged(tmp_path / "b2", B, table(B, [row(B, 1, bedrag="9,00"), row(B, begrotingsjaar="2023")]), fast,
                   tmp_path / "b1" / "accepted.parquet")  # fmt: skip
    assert [e[:4] for e in again.errors] == [
        [2, "begrotingsjaar + stroom", "2022 / compensatie_aanbieder", "KEY_EXISTS"]
    ]
    assert again.errors[0][4].startswith(
        "De sleutel begrotingsjaar + stroom bestaat al in de gepubliceerde gegevens (versie 7)."
    )
    assert [(r["begrotingsjaar"], r["stroom"]) for r in again.accepted] == [("2023", "coordinatie_vvsg")]
    staged(tmp_path / "u1", U, table(U, [row(U, 1, boeking_id="VE-PUB-0l")]), fast)
    alike = staged(tmp_path / "u2", U, table(U, [row(U, 1, boeking_id="VE-PUB-01")]), fast,
                   tmp_path / "u1" / "accepted.parquet")  # fmt: skip
    assert [e[:4] for e in alike.errors] == [[2, "boeking_id", "VE-PUB-01", "KEY_LOOKALIKE"]]


def test_the_columns_and_types_a_published_dataset_has():
    """What the lake's tables are made with and what a reader of the Parquet files gets."""
    assert typed_columns(get_dataset(U)) == [
        ("_regel", "BIGINT"), ("boeking_id", "VARCHAR"), ("boekingsdatum", "DATE"), ("begrotingsjaar", "BIGINT"),
        ("fase", "VARCHAR"), ("stroom", "VARCHAR"), ("begunstigde", "VARCHAR"), ("begunstigde_nis", "VARCHAR"),
        ("begunstigde_nis_2025", "VARCHAR"), ("begunstigde_naam", "VARCHAR"), ("begunstigde_type", "VARCHAR"),
        ("traject_id", "VARCHAR"), ("bedrag", "DECIMAL(18, 2)"), ("begrotingsartikel", "VARCHAR"),
        ("omschrijving", "VARCHAR"), ("_ingest_id", "VARCHAR"),
    ]  # fmt: skip
    assert typed_columns(get_dataset(I))[1:5] == [
        ("gemeente", "VARCHAR"), ("gemeente_nis", "VARCHAR"), ("gemeente_nis_2025", "VARCHAR"), ("gemeente_naam", "VARCHAR")
    ]  # fmt: skip


@both_paths
def test_free_text_may_hold_what_a_code_may_not_and_a_folder_may_have_an_apostrophe(tmp_path, fast):
    """A zero-width space in a remark is kept (only codes refuse invisible characters); a name
    given for a municipality left empty is noted with an empty derivation; the data folder's
    path holds an apostrophe ('s-Gravenwezel)."""
    rows = [row(T, opmerking="Zie\u200bbijlage"),
            row(T, 1, traject_id="UT-E", aanbiedend_bestuur="", aanbiedend_bestuur_naam="Gent")]  # fmt: skip
    got = staged(tmp_path / "'s-Gravenwezel", T, table(T, rows, extra=("aanbiedend_bestuur_naam",)), fast)
    assert [e[:4] for e in got.errors] == [[3, "aanbiedend_bestuur", None, "REQUIRED"]]
    assert [r["opmerking"] for r in got.accepted] == ["Zie\u200bbijlage"]
    assert [w[:4] for w in got.warnings] == [[3, "aanbiedend_bestuur_naam", "Gent", "DERIVED_DIFFERS"]]
    assert "(bv. regel 3: 'Gent', afgeleid: '')" in got.warnings[0][4]


@both_paths
def test_dates_that_read_both_ways_are_day_first_unless_an_english_save_leaves_no_proof(tmp_path, fast):
    """01/06/2022 is a day in either order. In a Belgian save (decimal comma) it is read day
    first; in an English save with one date that can only be day first (13/03/2022), too."""
    belgian = [row(T, aanvraagdatum="01/03/2022", startdatum="01/06/2022", einddatum="09/10/2022")]
    got = staged(tmp_path / "be", T, table(T, belgian), fast)
    assert [(r["aanvraagdatum"], r["startdatum"], r["einddatum"]) for r in got.accepted] == [
        ("2022-03-01", "2022-06-01", "2022-10-09")
    ]
    english = [row(T, aanvraagdatum="13/03/2022", startdatum="01/06/2022", fte_inzet="0.5",
                   gepresteerde_uren="260.5", toegekend_bedrag="18750.00")]  # fmt: skip
    got = staged(tmp_path / "en", T, table(T, english), fast)
    assert [(r["aanvraagdatum"], r["startdatum"]) for r in got.accepted] == [("2022-03-13", "2022-06-01")]
    assert [w[3] for w in got.warnings] == ["NUMBERS_DECIMAL_POINT"]


@both_paths
def test_empty_lines_and_rows_of_empty_fields_are_counted_together_as_blank(tmp_path, fast):
    data = (
        b"begrotingsjaar;stroom;bedrag\r\n2021;overige;1,00\r\n\r\n;;\r\n2022;overige;2,00\r\n ; ; \r\n\r\n"
    )
    got = staged(tmp_path / "s", B, data, fast)
    assert got.counts == {"read": 2, "blank": 4, "accepted": 2, "rejected": 0, "total": 2}
    assert got.warnings == [
        [None, None, None, "BLANK_ROWS", "4 lege rijen overgeslagen; ze bevatten geen gegevens."]
    ]


@both_paths
def test_fields_with_spaces_around_them_are_read_trimmed(tmp_path, fast):
    """As a spreadsheet exports a cell typed with a space before or after it."""
    padded = [row(T, aanvraagdatum=" 15/03/2022 ", fte_inzet="0,5 ", status=" afgerond", oproep="2022 ")]
    check("padded_fields", staged(tmp_path / "p", T, table(T, padded), fast))


MAPPED = "'Zwijndrecht' bestaat sinds 1/1/2025 niet meer in die vorm; omgezet naar Beveren-Kruibeke-Zwijndrecht (46030)."


def test_warnings_begin_just_past_their_edge(tmp_path):
    """A warning's edge is no warning: 50.000 euro granted (the ceiling), a commitment of 0 euro,
    a booking four years from its budget year; a cent or a year further is warned about."""
    edges = [row(T, traject_id="CEIL-1", toegekend_bedrag="50.000,00"),
             row(T, traject_id="CEIL-2", toegekend_bedrag="50.000,01")]  # fmt: skip
    got = staged(tmp_path / "t", T, table(T, edges), None)
    assert [(w[0], w[3], w[2]) for w in got.warnings] == [(3, "ABOVE_CEILING", "50.000,01")]
    assert got.counts["accepted"] == 2
    edges = [row(U, boeking_id="Z-0", bedrag="0,00"), row(U, boeking_id="Z-1", bedrag="-0,01"),
             row(U, boeking_id="F-4", boekingsdatum="31/12/2025", begrotingsjaar="2021"),
             row(U, boeking_id="F-5", boekingsdatum="01/01/2026", begrotingsjaar="2021")]  # fmt: skip
    got = staged(tmp_path / "u", U, table(U, edges), None)
    assert [(w[0], w[3], w[2]) for w in got.warnings] == [
        (3, "COMMITMENT_NEGATIVE", "vastlegging / -0,01"),
        (5, "BOOKING_YEAR_FAR", "01/01/2026 / 2021"),
    ]
    assert got.counts["accepted"] == 4
    # a booking dated a year from today, and a day later (in its own budget year)
    today = date.today()
    year_on = today.replace(year=today.year + 1, day=28 if (today.month, today.day) == (2, 29) else today.day)
    later = [row(U, boeking_id=f"L-{n}", boekingsdatum=f"{day:%d/%m/%Y}", begrotingsjaar=str(day.year))
             for n, day in enumerate((year_on, year_on + timedelta(days=1)))]  # fmt: skip
    got = staged(tmp_path / "later", U, table(U, later), None)
    assert [(w[0], w[3]) for w in got.warnings] == [(3, "BOOKING_IN_FUTURE")]


def test_a_row_without_dates_is_placed_in_the_boundaries_of_its_year(tmp_path):
    """Which boundaries a municipality's name is read in follows the row's own date, and without
    one its year: a trajectory of the 2023 call without any date, and a booking of budget year
    2023 without its date, read 'Zwijndrecht' as the municipality it was until 2024 (11056); of
    2025, as part of Beveren-Kruibeke-Zwijndrecht, with a warning."""
    no_dates = {"aanvraagdatum": "", "startdatum": "", "einddatum": "", "status": "goedgekeurd"}
    calls = [row(T, traject_id=f"C-{year}", oproep=year, aanbiedend_bestuur="Zwijndrecht",
                 ontvangend_bestuur="Antwerpen", **no_dates) for year in ("2023", "2025")]  # fmt: skip
    got = staged(tmp_path / "t", T, table(T, calls), None)
    assert [(r["traject_id"], r["aanbiedend_bestuur_nis"]) for r in got.accepted] == [
        ("C-2023", "11056"),
        ("C-2025", "46030"),
    ]
    assert [(w[0], w[3], w[4]) for w in got.warnings] == [(3, "MUNICIPALITY_MAPPED", MAPPED)]
    undated = [row(U, boeking_id=f"N-{year}", boekingsdatum="", begrotingsjaar=year, begunstigde="Zwijndrecht")
               for year in ("2023", "2025")]  # fmt: skip
    got = staged(tmp_path / "u", U, table(U, undated), None)
    assert [(e[0], e[3]) for e in got.errors] == [(2, "REQUIRED"), (3, "REQUIRED")]  # the date is required
    assert [(w[0], w[3], w[4]) for w in got.warnings] == [(3, "MUNICIPALITY_MAPPED", MAPPED)]
