"""Ingest, end to end: every error and warning code with its line, column and raw value; the
Belgian formats; conservation; duplicates; replace and append; what is kept."""

from __future__ import annotations

import csv
import io

import duckdb
import pytest
from conftest import published

from pipelines.contract import get_dataset
from pipelines.errors import ALL_CODES, FILE_CODES
from pipelines.ingest import ingest
from pipelines.store import Store


def row(dataset: str, **changes: str) -> dict[str, str]:
    """The contract's first example row of `dataset`, with some fields changed."""
    return {**get_dataset(dataset).example_rows[0], **changes}


def csv_file(dataset: str, rows: list[dict[str, str]], header: list[str] | None = None, **opts) -> bytes:
    """A Belgian Excel CSV (';', CRLF, UTF-8 unless `encoding`), optionally with a sep= line."""
    columns = header or list(get_dataset(dataset).column_names)
    buf = io.StringIO()
    if opts.get("sep_line"):
        buf.write("sep=;\r\n")
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([r.get(c, "") for c in columns])
    return buf.getvalue().encode(opts.get("encoding", "utf-8"))


def published_rows(data_dir, dataset: str) -> list[dict]:
    return duckdb.sql(f"SELECT * FROM {published(data_dir, dataset)} ORDER BY _regel").df().to_dict("records")


T = "trajecten"
U = "uitgaven"
HEADER_T = list(get_dataset(T).column_names)


# One case per code: (dataset, file bytes, code, line, column, raw value). Lines count the
# header as line 1. A second row that is valid keeps the file from being refused as a whole.
GOOD_T2 = row(T, traject_id="UT-OK-2", aanbiedend_bestuur="Gent", ontvangend_bestuur="Aalst")
ROW_CASES = {
    "REQUIRED": (T, [row(T, model=""), GOOD_T2], 2, "model", None),
    "NOT_A_NUMBER": (T, [row(T, fte_inzet="half"), GOOD_T2], 2, "fte_inzet", "half"),
    "NOT_AN_INTEGER": (T, [row(T, doelen_gepland="3,5"), GOOD_T2], 2, "doelen_gepland", "3,5"),
    "NOT_AN_AMOUNT": (T, [row(T, toegekend_bedrag="18.750,001"), GOOD_T2], 2, "toegekend_bedrag", "18.750,001"),
    "NOT_A_DATE": (T, [row(T, startdatum="31/06/2022"), GOOD_T2], 2, "startdatum", "31/06/2022"),
    "NOT_YES_NO": (T, [row(T, verankerd="misschien"), GOOD_T2], 2, "verankerd", "misschien"),
    "NOT_ALLOWED": (T, [row(T, status="bezig"), GOOD_T2], 2, "status", "bezig"),
    "OUT_OF_RANGE": (T, [row(T, tevredenheid_ontvanger="6"), GOOD_T2], 2, "tevredenheid_ontvanger", "6"),
    "TOO_LONG": (T, [row(T, traject_id="X" * 65), GOOD_T2], 2, "traject_id", "X" * 65),
    # the invisible character is shown as a visible replacement mark
    "CONTROL_CHARACTER": (T, [GOOD_T2, row(T, opmerking="bel\x07l")], 3, "opmerking", "bel\ufffdl"),
    "BAD_URL": (T, [row(T, rapport_link="javascript:alert(1)"), GOOD_T2], 2, "rapport_link", "javascript:alert(1)"),
    # a direction control in a code (it would show 'UT-2022-001' reversed); free text keeps it
    "INVISIBLE_CHARACTER": (T, [GOOD_T2, row(T, traject_id="UT-\u202e2022-001", opmerking="a\u202eb")], 3,
                            "traject_id", "UT-\u202e2022-001"),
    # a key that differs from another of the file only by case: both rejected, each naming the other
    "KEY_LOOKALIKE": (T, [row(T, traject_id="ut-2022-001"), row(T), GOOD_T2], 2, "traject_id", "ut-2022-001"),
    "MUNICIPALITY_UNKNOWN": (T, [row(T, ontvangend_bestuur="Leuvenn"), GOOD_T2], 2, "ontvangend_bestuur", "Leuvenn"),
    "MUNICIPALITY_AMBIGUOUS": (T, [row(T, ontvangend_bestuur="Pajottegem"), GOOD_T2], 2, "ontvangend_bestuur", "Pajottegem"),
    # checks across columns name all their columns and values
    "DATE_ORDER": (T, [row(T, einddatum="01/05/2022"), GOOD_T2], 2, "startdatum, einddatum",
                   "01/06/2022 / 01/05/2022"),
    "GOALS_EXCEED_PLANNED": (T, [row(T, doelen_bereikt="5"), GOOD_T2], 2, "doelen_gepland, doelen_bereikt",
                             "4 / 5"),
    "SAME_MUNICIPALITY": (T, [row(T, ontvangend_bestuur="12025"), GOOD_T2], 2,
                          "aanbiedend_bestuur, ontvangend_bestuur", "Mechelen / 12025"),
    "RECOVERY_NOT_NEGATIVE": (
        U,
        [row(U, fase="terugvordering", bedrag="100,00"), row(U, boeking_id="OK")],
        2,
        "fase, bedrag",
        "terugvordering / 100,00",
    ),
    "ZERO_DENOMINATOR": (
        "indicatoren",
        [row("indicatoren", noemer="0"), row("indicatoren", indicator="ander")],
        2,
        "noemer",
        "0",
    ),
}  # fmt: skip
WARNING_CASES = {
    "MUNICIPALITY_MAPPED": (
        U,
        [row(U, boeking_id="Z", begunstigde="Zwijndrecht", boekingsdatum="02/01/2025", begrotingsjaar="2025",
             stroom="compensatie_aanbieder")],
        2,
        "begunstigde",
        "Zwijndrecht",
    ),
    "ABOVE_CEILING": (T, [row(T, toegekend_bedrag="60.000,00")], 2, "toegekend_bedrag", "60.000,00"),
    "END_DATE_MISSING": (T, [row(T, einddatum="")], 2, "status", "afgerond"),
    "BOOKING_YEAR_FAR": (U, [row(U, boekingsdatum="01/01/2027")], 2, "boekingsdatum, begrotingsjaar",
                         "01/01/2027 / 2021"),
    # implausible bookings (issue 20, item 8): accepted, with a warning on their line
    "COMMITMENT_NEGATIVE": (U, [row(U, bedrag="-5.000,00")], 2, "fase, bedrag", "vastlegging / -5.000,00"),
    "RECOVERY_ZERO": (U, [row(U, fase="terugvordering", bedrag="0,00")], 2, "fase, bedrag", "terugvordering / 0,00"),
    "BOOKING_IN_FUTURE": (U, [row(U, boekingsdatum="01/01/2035", begrotingsjaar="2035")], 2, "boekingsdatum",
                          "01/01/2035"),
    "PAYMENT_ABOVE_COMMITMENTS": (U, [row(U, boeking_id="V", fase="vastlegging", bedrag="1.000,00",
                                          traject_id="UT-2022-001"),
                                  row(U, fase="vereffening", bedrag="1.000,01", traject_id="UT-2022-001")],
                                  3, "fase, bedrag, traject_id", "vereffening / 1.000,01 / UT-2022-001"),
}  # fmt: skip


def assert_issue(issues, code, line, column, value):
    found = [i for i in issues if i.code == code]
    assert found, f"{code} not reported; got {[(i.code, i.line, i.column) for i in issues]}"
    issue = found[0]
    assert (issue.line, issue.column, issue.value) == (line, column, value)
    assert len(issue.message) > 30  # a Dutch sentence that says how to fix it
    return issue


def test_duplicate_keys_reject_every_copy(data_dir):
    """Which copy is right cannot be known: all are rejected and each names the other lines."""
    result = ingest(T, csv_file(T, [GOOD_T2, row(T), row(T)]), file_name="f.csv", data_dir=data_dir, user="t")
    dupes = [i for i in result.errors if i.code == "DUPLICATE_KEY"]
    assert [(i.line, i.column, i.value) for i in dupes] == [
        (3, "traject_id", "UT-2022-001"),
        (4, "traject_id", "UT-2022-001"),
    ]
    assert all("regels 3, 4" in i.message for i in dupes)
    assert [r["traject_id"] for r in published_rows(data_dir, T)] == ["UT-OK-2"]


@pytest.mark.parametrize("code", sorted(ROW_CASES))
def test_row_error_codes(data_dir, code):
    dataset, rows, line, column, value = ROW_CASES[code]
    result = ingest(dataset, csv_file(dataset, rows), file_name="f.csv", data_dir=data_dir, user="t")
    assert result.status == "published"
    assert_issue(result.errors, code, line, column, value)
    assert result.rows_read == len(rows) == result.rows_accepted + result.rows_rejected
    assert line not in {r["_regel"] for r in published_rows(data_dir, dataset)}


@pytest.mark.parametrize("code", sorted(WARNING_CASES))
def test_warning_codes_accept_the_row(data_dir, code):
    dataset, rows, line, column, value = WARNING_CASES[code]
    result = ingest(dataset, csv_file(dataset, rows), file_name="f.csv", data_dir=data_dir, user="t")
    assert result.status == "published" and result.rows_rejected == 0, result.errors
    assert_issue(result.warnings, code, line, column, value)
    assert line in {r["_regel"] for r in published_rows(data_dir, dataset)}


def test_municipality_mapped_to_2025_code(data_dir):
    dataset, rows, *_ = WARNING_CASES["MUNICIPALITY_MAPPED"]
    ingest(dataset, csv_file(dataset, rows), file_name="f.csv", data_dir=data_dir, user="t")
    (published,) = published_rows(data_dir, dataset)
    assert (published["begunstigde_nis"], published["begunstigde_naam"]) == (
        "46030",
        "Beveren-Kruibeke-Zwijndrecht",
    )


def test_key_exists_on_append_never_overwrites(data_dir):
    first = csv_file(T, [row(T)])
    assert ingest(T, first, file_name="a.csv", data_dir=data_dir, user="t").status == "published"
    again = csv_file(T, [row(T, status="stopgezet"), GOOD_T2])
    result = ingest(T, again, file_name="b.csv", mode="append", data_dir=data_dir, user="t")
    assert_issue(result.errors, "KEY_EXISTS", 2, "traject_id", "UT-2022-001")
    rows = {r["traject_id"]: r for r in published_rows(data_dir, T)}
    assert set(rows) == {"UT-2022-001", "UT-OK-2"}
    assert rows["UT-2022-001"]["status"] == "afgerond"  # the published row is untouched


def test_replace_makes_the_dataset_exactly_the_new_file(data_dir):
    ingest(T, csv_file(T, [row(T)]), file_name="a.csv", data_dir=data_dir, user="t")
    result = ingest(T, csv_file(T, [GOOD_T2]), file_name="b.csv", mode="replace", data_dir=data_dir, user="t")
    assert result.rows_total == 1
    assert [r["traject_id"] for r in published_rows(data_dir, T)] == ["UT-OK-2"]


def _refused(data_dir, dataset, data: bytes, code: str):
    before = Store(data_dir).current()
    result = ingest(dataset, data, file_name="f.csv", data_dir=data_dir, user="t")
    assert result.status == "refused" and result.exit_code == 1
    assert result.refusal.code == code, result.refusal
    assert len(result.refusal.message) > 20
    assert Store(data_dir).current() == before  # nothing published
    return result


FILE_CASES = {
    "FILE_EMPTY": (T, b""),
    "BINARY_FILE": (T, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
    "ENCODING_UNSUPPORTED": (T, "traject_id;model\r\nUT-1;stage\r\n".encode("utf-16")),
    "HEADER_NOT_FOUND": (T, b"\r\ntraject_id;model\r\n"),
    "DELIMITER_UNSUPPORTED": (T, b'sep="\r\ntraject_id"model\r\nUT-1"stage\r\n'),
    "HEADER_MISSING_COLUMNS": (T, b"traject_id;model\r\nUT-1;stage\r\n"),
    "HEADER_DUPLICATE": (T, csv_file(T, [row(T)], header=[*HEADER_T, "model"])),
    "UNCLOSED_QUOTE": (
        T,
        csv_file(T, [row(T)]) + b'UT-9;2022;"stage;Gent;Aalst\r\n' + csv_file(T, [GOOD_T2])[-200:],
    ),
    "NO_DATA_ROWS": (T, csv_file(T, [])),
    "NO_VALID_ROWS": (T, csv_file(T, [row(T, status="bezig")])),
}


@pytest.mark.parametrize("code", sorted(FILE_CASES))
def test_file_refusal_codes(data_dir, code):
    dataset, data = FILE_CASES[code]
    ingest(U, csv_file(U, [row(U)]), file_name="other.csv", data_dir=data_dir, user="t")  # a version exists
    _refused(data_dir, dataset, data, code)


def test_file_too_large(data_dir, monkeypatch):
    monkeypatch.setenv("VAPA_MAX_UPLOAD_MB", "0.001")  # about 1 kB
    result = _refused(data_dir, T, csv_file(T, [row(T)] * 5), "FILE_TOO_LARGE")
    assert "MB" in result.refusal.message


def test_internal_error_shows_a_code_not_a_traceback(data_dir, monkeypatch):
    import pipelines.ingest as ingest_module

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(ingest_module, "stage", broken)
    result = _refused(data_dir, T, csv_file(T, [row(T)]), "INTERNAL_ERROR")
    assert "secret" not in result.refusal.message and "Traceback" not in result.refusal.message
    assert result.ingest_id in result.refusal.message
    log = (data_dir / "logs" / "internal-errors.log").read_text(encoding="utf-8")
    assert "secret internal detail" in log and result.ingest_id in log


def test_field_count_and_quote_errors_are_rejected_not_shifted(data_dir):
    good = csv_file(T, [row(T)])
    extra_field = csv_file(T, [GOOD_T2]).split(b"\r\n")[1] + b";"
    bad_quote = b'UT-Q;2022;"sta"ge;Gent;Aalst' + b";" * (len(HEADER_T) - 5)
    data = good + extra_field + b"\r\n" + bad_quote + b"\r\n"
    result = ingest(T, data, file_name="f.csv", data_dir=data_dir, user="t")
    assert_issue(result.errors, "FIELD_COUNT", 3, None, extra_field.decode()[:200])  # shown up to 200 chars
    assert_issue(result.errors, "QUOTE_ERROR", 4, None, bad_quote.decode())
    assert [r["traject_id"] for r in published_rows(data_dir, T)] == ["UT-2022-001"]


def test_unknown_column_and_blank_rows_are_warnings(data_dir):
    data = csv_file(T, [row(T)], header=[*HEADER_T, "Extra kolom"]) + b";;\r\n\r\n" + b"\r\n"
    result = ingest(T, data, file_name="f.csv", data_dir=data_dir, user="t")
    assert result.status == "published" and result.rows_accepted == 1
    codes = {w.code for w in result.warnings}
    assert {"UNKNOWN_COLUMN", "BLANK_ROWS"} <= codes


# A file's conventions (dates, decimal signs): tested in test_conventions.py.
CONVENTION_CODES = {
    "TWO_DIGIT_YEAR", "DATES_MONTH_FIRST", "DATES_MIXED_ORDER", "DATES_ORDER_UNKNOWN",
    "NUMBERS_DECIMAL_POINT", "NUMBERS_MIXED", "NUMBER_AMBIGUOUS",
}  # fmt: skip


def test_every_code_has_a_test():
    covered = (
        set(ROW_CASES) | set(WARNING_CASES) | set(FILE_CASES)
        | {"FILE_TOO_LARGE", "INTERNAL_ERROR", "FIELD_COUNT", "QUOTE_ERROR", "KEY_EXISTS", "DUPLICATE_KEY"}
        | {"UNKNOWN_COLUMN", "BLANK_ROWS", "DEMO_REPLACED"}  # DEMO_REPLACED: test_demo.py
        | CONVENTION_CODES | {"DERIVED_DIFFERS"}  # test_conventions.py, test_reupload.py
    )  # fmt: skip
    assert covered == set(ALL_CODES)
    refusals = {"DATES_MIXED_ORDER", "DATES_ORDER_UNKNOWN"}  # of CONVENTION_CODES
    assert set(FILE_CASES) | {"FILE_TOO_LARGE", "INTERNAL_ERROR"} | refusals == set(FILE_CODES)


# --- formats ---------------------------------------------------------------------------------


EXCEL_UITGAVEN = [
    "sep=;",
    "Boeking ID;Boekingsdatum;Begrotingsjaar;Fase;Stroom;Begunstigde;Traject ID;Bedrag;Begrotingsartikel;Omschrijving",
    "B-1;15/03/2022;2022;Vastlegging;compensatie_aanbieder;St.-Niklaas;UT-1;12.500,00;SH0;Vastlegging “uitwisseling” € 12.500",
    "B-2;01/07/2022;2022;vereffening;compensatie_aanbieder;SINT-NIKLAAS;UT-1;6.250,5;SH0;Eerste schijf – ‘juli’",
    "B-3;31/02/2022;2022;vereffening;compensatie_aanbieder;Gent;UT-2;1.000,00;SH0;datum bestaat niet",
    "B-4;2022-08-01;2022;vereffening;compensatie_aanbieder;Gentt;UT-2;1.000,00;SH0;tikfout in gemeente",
    "B-5;01/08/2022;2022;vereffening;compensatie_aanbieder;Gent;UT-2;1.000,00;SH0;veld te veel;",
    "B-6;01/08/2022;2022;terugvordering;compensatie_aanbieder;Gent;UT-2;-250,75;SH0;=HYPERLINK(\"http://x\")",
    "B-7;2022-09-01;2022;vastlegging;coordinatie_vvsg;VVSG;;182.044,00;SH0;ISO-datum",
]  # fmt: skip


def excel_file() -> bytes:
    return ("\r\n".join(EXCEL_UITGAVEN) + "\r\n").encode("cp1252")


def test_excel_export_publishes_good_rows_and_reports_bad_ones(data_dir):
    """The 'done when' of the foundation: Windows-1252, sep=; line, CRLF, decimal comma, € and
    curly quotes; good rows published, every bad row reported in Dutch, nothing lost."""
    result = ingest(U, excel_file(), file_name="export.csv", data_dir=data_dir, user="t")
    assert (result.status, result.encoding, result.delimiter) == ("published", "cp1252", "puntkomma")
    assert (result.rows_read, result.rows_accepted, result.rows_rejected) == (7, 4, 3)
    assert_issue(result.errors, "NOT_A_DATE", 5, "boekingsdatum", "31/02/2022")
    unknown = assert_issue(result.errors, "MUNICIPALITY_UNKNOWN", 6, "begunstigde", "Gentt")
    assert "Gent (44021)" in unknown.message
    assert_issue(result.errors, "FIELD_COUNT", 7, None, EXCEL_UITGAVEN[6])
    rows = {r["boeking_id"]: r for r in published_rows(data_dir, U)}
    assert set(rows) == {"B-1", "B-2", "B-6", "B-7"}
    assert rows["B-1"]["omschrijving"] == "Vastlegging “uitwisseling” € 12.500"
    assert rows["B-2"]["omschrijving"] == "Eerste schijf – ‘juli’"
    assert float(rows["B-1"]["bedrag"]) == 12500.00 and float(rows["B-2"]["bedrag"]) == 6250.50
    assert float(rows["B-6"]["bedrag"]) == -250.75 and float(rows["B-7"]["bedrag"]) == 182044.00
    assert rows["B-7"]["boekingsdatum"].date().isoformat() == "2022-09-01"
    assert rows["B-1"]["fase"] == "vastlegging"  # 'Vastlegging' matched case-insensitively
    assert rows["B-1"]["begunstigde_nis"] == rows["B-2"]["begunstigde_nis"] == "46021"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize(("sep", "newline"), [(";", "\r\n"), (",", "\n")])
def test_encodings_and_dialects(data_dir, encoding, sep, newline):
    lines = [
        "boeking_id{s}boekingsdatum{s}begrotingsjaar{s}fase{s}stroom{s}begunstigde{s}bedrag{s}omschrijving",
        'B1{s}14/07/2022{s}2022{s}vereffening{s}compensatie_aanbieder{s}Mechelen{s}"1.234,56"{s}"Café, € 5"',
    ]
    data = newline.join(line.format(s=sep) for line in lines).encode(encoding) + newline.encode()
    result = ingest(U, data, file_name="f.csv", data_dir=data_dir, user="t")
    assert result.rows_accepted == 1, result.errors or result.refusal
    (published,) = published_rows(data_dir, U)
    assert float(published["bedrag"]) == 1234.56
    assert published["omschrijving"] == "Café, € 5"


def test_quoted_fields_with_newlines_keep_line_numbers(data_dir):
    multi = row(T, opmerking="eerste regel\r\ntweede regel; met puntkomma")
    data = csv_file(T, [multi, row(T, traject_id="UT-X", status="bezig")])
    result = ingest(T, data, file_name="f.csv", data_dir=data_dir, user="t")
    assert_issue(result.errors, "NOT_ALLOWED", 4, "status", "bezig")  # line 4: the record after a 2-line one
    (published,) = published_rows(data_dir, T)
    assert published["opmerking"] == "eerste regel\r\ntweede regel; met puntkomma"


# --- nothing lost, nothing twice ------------------------------------------------------------


def test_conservation_ledger_raw_and_rejects(data_dir):
    data = excel_file()
    result = ingest(U, data, file_name="export.csv", data_dir=data_dir, user="an.ambtenaar")
    store = Store(data_dir)
    (record,) = store.ledger()
    assert record["dataset"] == U and record["file_name"] == "export.csv"
    assert record["file_sha256"] == result.file_sha256
    assert (record["rows_read"], record["rows_accepted"], record["rows_rejected"]) == (7, 4, 3)
    assert record["mode"] == "replace" and record["user"] == "an.ambtenaar" and record["started_at"]
    assert store.raw_path(result.file_sha256).read_bytes() == data  # the upload, byte for byte
    rejects = duckdb.sql(
        f"SELECT _regel, _fouten, _ruwe_regel FROM read_parquet('{data_dir}/rejects/{result.ingest_id}.parquet') "
        "ORDER BY 1"
    ).fetchall()
    assert [r[0] for r in rejects] == [5, 6, 7]
    assert "dd/mm/jjjj" in rejects[0][1] and "Bedoelde u Gent (44021)?" in rejects[1][1]
    assert rejects[2][2] == EXCEL_UITGAVEN[6]  # a row that could not be split is kept as written


def test_same_bytes_twice_are_not_counted_twice(data_dir):
    first = ingest(U, excel_file(), file_name="export.csv", data_dir=data_dir, user="t")
    again = ingest(U, excel_file(), file_name="kopie van export.csv", data_dir=data_dir, user="t")
    assert again.status == "duplicate" and again.exit_code == 0
    assert again.duplicate_of == first.ingest_id
    assert again.version == first.version  # no new version
    assert len(published_rows(data_dir, U)) == 4
    assert [r["status"] for r in Store(data_dir).ledger()] == ["published", "duplicate"]


def test_an_ingest_of_one_dataset_leaves_the_others_alone(data_dir):
    ingest(T, csv_file(T, [row(T)]), file_name="t.csv", data_dir=data_dir, user="t")
    before = Store(data_dir).current()["datasets"][T]
    ingest(U, excel_file(), file_name="u.csv", data_dir=data_dir, user="t")
    assert Store(data_dir).current()["datasets"][T] == before


NUMBER_TEXTS = [
    "2022", "0", "007", "-5", "+5", "2.022", "4,0", "4,5", "14.460,01", "-7.000,25", "182044,5", "250.000",
    "1.234,5", "12,345", "0,5", ",5", "0.5", "1.2.3", "12.34", "1.000.000,00", "99999999999999999999",
    "999999999999999999", "9999999999999999,99", "1e3", "€ 1.250,00", "1250 EUR", "- 5", "", "abc",
]  # fmt: skip


@pytest.mark.parametrize(
    ("fast", "steps", "common"),
    [
        ("be_integer_plain({v})", "be_integer", {"2022", "0", "007", "-5"}),
        (
            "be_money_plain({v}, ',')",
            "be_money",
            {"2022", "14.460,01", "-7.000,25", "250.000", "182044,5", "0,5"},
        ),
        ("be_money_plain({v}, '.')", "be_money", set()),  # an English save: the general steps only
    ],
)
def test_common_number_forms_take_a_shortcut_with_the_same_result(fast, steps, common):
    """The one-step parser of the common forms gives exactly what the general steps give (with
    the same decimal sign), or leaves the value to them (NULL)."""
    from pipelines.paths import SQL_DIR

    con = duckdb.connect()
    con.execute((SQL_DIR / "macros.sql").read_text(encoding="utf-8"))
    sep = "'.'" if "'.'" in fast else "','"
    rows = con.execute(
        f"SELECT v, {fast.format(v='v')}, {steps}(be_number_text(be_number_strip(v), {sep})) "
        "FROM unnest($v) AS t(v)",
        {"v": NUMBER_TEXTS},
    ).fetchall()
    for value, shortcut, general in rows:
        assert shortcut is None or shortcut == general, value
    assert common <= {value for value, shortcut, _ in rows if shortcut is not None}


def test_belgian_numbers_are_published_with_their_value(data_dir):
    amounts = {"A1": "14.460,01", "A2": "-7.000,25", "A3": "250.000", "A4": "1.234,5", "A5": "0,5",
               "A6": "€ 1.250,00", "A7": "182044,5"}  # fmt: skip
    rows = [
        row(U, boeking_id=key, bedrag=value, fase="terugvordering" if value.startswith("-") else "vereffening",
            begrotingsjaar="2.021" if key == "A1" else "2021")
        for key, value in amounts.items()
    ]  # fmt: skip
    result = ingest(U, csv_file(U, rows), file_name="f.csv", data_dir=data_dir, user="t")
    assert result.rows_accepted == len(amounts), [e.message for e in result.errors]
    got = {r["boeking_id"]: (float(r["bedrag"]), r["begrotingsjaar"]) for r in published_rows(data_dir, U)}
    assert got == {
        "A1": (14460.01, 2021), "A2": (-7000.25, 2021), "A3": (250000.0, 2021), "A4": (1234.5, 2021),
        "A5": (0.5, 2021), "A6": (1250.0, 2021), "A7": (182044.5, 2021),
    }  # fmt: skip


def test_a_file_changed_while_it_is_read_is_published_as_it_was_read(data_dir, tmp_path, monkeypatch):
    """DuckDB reads a clean UTF-8 file in place. When the file is written to before DuckDB has
    read it, the rows published are still those that were read and hashed (and kept): the
    changed file is noticed and the records are read again from memory."""
    import hashlib

    from pipelines import ingest as ingest_module

    rows = [row(U, boeking_id=f"B-{i}", bedrag=f"{i},00") for i in range(1, 6)]
    original = csv_file(U, rows)
    changed = original.replace(b";1,00;", b";9,00;")  # same length, same records
    assert changed != original and len(changed) == len(original)
    source = tmp_path / "export.csv"
    source.write_bytes(original)
    real_scan = ingest_module.scan
    scans = []

    def scan_then_overwrite(path, *args, **kwargs):
        scanned = real_scan(path, *args, **kwargs)
        scans.append((path, kwargs.get("fast")))
        if len(scans) == 1:
            source.write_bytes(changed)  # after the checks, before DuckDB reads the records
        return scanned

    monkeypatch.setattr(ingest_module, "scan", scan_then_overwrite)
    result = ingest(U, source, data_dir=data_dir, user="t")
    assert result.status == "published"
    assert scans == [(source, None), (scans[1][0], False)]  # in place first, then from memory
    assert [r["bedrag"] for r in published_rows(data_dir, U)] == [1, 2, 3, 4, 5]
    assert result.file_sha256 == hashlib.sha256(original).hexdigest()
    assert Store(data_dir).raw_path(result.file_sha256).read_bytes() == original


def test_an_unchanged_file_is_read_in_place_once(data_dir, tmp_path, monkeypatch):
    from pipelines import ingest as ingest_module

    source = tmp_path / "export.csv"
    source.write_bytes(csv_file(U, [row(U, boeking_id=f"B-{i}") for i in range(1, 4)]))
    real_scan = ingest_module.scan
    scans = []
    monkeypatch.setattr(
        ingest_module, "scan", lambda path, *a, **k: scans.append(path) or real_scan(path, *a, **k)
    )
    result = ingest(U, source, data_dir=data_dir, user="t")
    assert result.status == "published" and result.rows_accepted == 3
    assert scans == [source]
    assert Store(data_dir).raw_path(result.file_sha256).read_bytes() == source.read_bytes()


@pytest.mark.parametrize("direct", [True, False])
@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 4097, (1 << 22) - 1, (1 << 22) + 4096 * 3 + 17, 9 << 20])
def test_the_kept_copy_is_written_byte_for_byte_past_the_page_cache(tmp_path, monkeypatch, size, direct):
    """The copy of an upload read from a file is written with O_DIRECT (whole blocks through
    an aligned buffer, the rest as usual); where the system has no O_DIRECT, as usual."""
    import os
    import random

    from pipelines import ingest as ingest_module

    if not direct:
        monkeypatch.delattr(os, "O_DIRECT", raising=False)
    data = random.Random(size).randbytes(size)
    path = tmp_path / "original.bin"
    assert ingest_module._write_and_hash(path, data, "known", direct=True) == "known"
    assert path.read_bytes() == data
    if not direct:
        assert ingest_module._write_direct(tmp_path / "other.bin", data) is False
        assert not (tmp_path / "other.bin").exists()


def test_a_refused_commitment_does_not_cover_a_payment(data_dir):
    """The check 'payment above the commitments' counts the commitments that are published: one
    refused (here for an impossible date) covers nothing, so the payment is flagged."""
    rows = [row(U, boeking_id="V", fase="vastlegging", boekingsdatum="31/02/2022", bedrag="5.000,00",
                traject_id="UT-2022-001"),
            row(U, boeking_id="P", fase="vereffening", bedrag="1.000,00", traject_id="UT-2022-001")]  # fmt: skip
    result = ingest(U, csv_file(U, rows), file_name="u.csv", data_dir=data_dir, user="t")
    assert (result.rows_accepted, result.rows_rejected) == (1, 1)
    assert_issue(result.warnings, "PAYMENT_ABOVE_COMMITMENTS", 3, "fase, bedrag, traject_id",
                 "vereffening / 1.000,00 / UT-2022-001")  # fmt: skip
