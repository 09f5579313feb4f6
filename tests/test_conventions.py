"""A file's date order and number convention, decided once per upload (issue 28), without a
spreadsheet program: two-digit years, ambiguous, month-first-proven and mixed dates, English
and mixed decimals. Whatever a spreadsheet saved comes back with every value right, or is
refused with a Dutch reason; nothing is ever published read the wrong way, and a refused file
leaves the published data as it was. The LibreOffice round trips are in test_spreadsheets.py."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest
from test_ingest import csv_file, published_rows, row

from pipelines import conventions
from pipelines.conventions import Evidence
from pipelines.errors import FileRefused
from pipelines.exports import status
from pipelines.ingest import ingest

T, U = "trajecten", "uitgaven"


def trajectory(i: int, aanvraag: str, start: str, eind: str, **changes: str) -> dict[str, str]:
    return row(T, traject_id=f"UT-{i}", aanvraagdatum=aanvraag, startdatum=start, einddatum=eind, **changes)


def booking(i: int, day: str, amount: str = "1.000,00", **changes: str) -> dict[str, str]:
    given = {"boeking_id": f"B-{i}", "boekingsdatum": day, "bedrag": amount, "begrotingsjaar": "2022"}
    return row(U, **{**given, **changes})


def dates(data_dir, dataset: str, column: str) -> dict[str, date]:
    key = "traject_id" if dataset == T else "boeking_id"
    return {r[key]: r[column].date() for r in published_rows(data_dir, dataset)}


def only(issues, code: str):
    found = [i for i in issues if i.code == code]
    assert len(found) == 1, [(i.code, i.message) for i in issues]
    return found[0]


def test_two_digit_years_are_this_century_with_one_note_per_file(data_dir):
    rows = [trajectory(i, "15/03/22", "01/06/22", "30/09/22") for i in range(1, 41)]
    result = ingest(T, csv_file(T, rows), file_name="calc.csv", data_dir=data_dir, user="t")
    assert (result.status, result.rows_accepted) == ("published", 40), [e.message for e in result.errors]
    got = published_rows(data_dir, T)[0]
    assert [got[c].date() for c in ("aanvraagdatum", "startdatum", "einddatum")] == [
        date(2022, 3, 15), date(2022, 6, 1), date(2022, 9, 30)
    ]  # fmt: skip
    note = only(result.warnings, "TWO_DIGIT_YEAR")  # once, not 120 times
    assert note.line is None and note.column == "aanvraagdatum, startdatum, einddatum"
    assert "gelezen als 20.." in note.message and "'15/03/22' als 15/03/2022" in note.message
    assert not [w for w in result.warnings if w.code.startswith("DATES")]


def test_an_order_no_value_decides_is_read_day_first_in_a_belgian_file(data_dir):
    """'09/01/22' could be either; with Belgian decimals the contract's day-first holds."""
    rows = [booking(1, "09/01/22", "1.000,50"), booking(2, "03/02/2022")]
    result = ingest(U, csv_file(U, rows), file_name="f.csv", data_dir=data_dir, user="t")
    assert result.status == "published"
    assert dates(data_dir, U, "boekingsdatum") == {"B-1": date(2022, 1, 9), "B-2": date(2022, 2, 3)}
    assert not [w for w in result.warnings if w.code.startswith(("DATES", "NUMBERS"))]


def test_a_file_proven_month_first_is_read_month_first_with_a_note(data_dir):
    """'04/25/22' exists only month-first: every date of the file is then read month-first,
    '09/01/22' too (1 September, never 9 January), in every date column."""
    rows = [
        trajectory(1, "04/25/22", "09/01/22", "03/01/23"),
        trajectory(2, "03/02/22", "05/06/22", "12/31/22"),
    ]
    result = ingest(T, csv_file(T, rows), file_name="en-us.csv", data_dir=data_dir, user="t")
    assert (result.status, result.rows_accepted) == ("published", 2), [e.message for e in result.errors]
    assert dates(data_dir, T, "aanvraagdatum") == {"UT-1": date(2022, 4, 25), "UT-2": date(2022, 3, 2)}
    assert dates(data_dir, T, "startdatum") == {"UT-1": date(2022, 9, 1), "UT-2": date(2022, 5, 6)}
    assert dates(data_dir, T, "einddatum") == {"UT-1": date(2023, 3, 1), "UT-2": date(2022, 12, 31)}
    note = only(result.warnings, "DATES_MONTH_FIRST")
    assert "maand" in note.message and "'04/25/22' in kolom 'aanvraagdatum'" in note.message
    assert (note.column, note.value) == ("aanvraagdatum", "04/25/22")
    assert "dd/mm/jjjj" not in note.message and "DD/MM/JJJJ" in note.message  # how to save day-first


def test_an_english_save_is_read_with_the_decimal_point(data_dir):
    """en-GB: day-first dates, decimal point, comma thousands. '1.250' is one and a quarter
    here, not twelve hundred fifty."""
    rows = [
        trajectory(1, "25/04/2022", "01/06/2022", "30/09/2022", fte_inzet="0.5",
                   gepresteerde_uren="1,234.5", toegekend_bedrag="9,873.50"),
        trajectory(2, "15/03/2022", "01/06/2022", "30/09/2022", fte_inzet="1.250",
                   gepresteerde_uren="260.25", toegekend_bedrag="18750"),
    ]  # fmt: skip
    result = ingest(T, csv_file(T, rows), file_name="en-gb.csv", data_dir=data_dir, user="t")
    assert result.rows_accepted == 1 and result.rows_rejected == 1
    got = {r["traject_id"]: r for r in published_rows(data_dir, T)}
    assert (got["UT-1"]["fte_inzet"], got["UT-1"]["gepresteerde_uren"]) == (0.5, 1234.5)
    assert got["UT-1"]["toegekend_bedrag"] == Decimal("9873.50")
    assert got["UT-1"]["aanvraagdatum"].date() == date(2022, 4, 25)
    bad = only(result.errors, "OUT_OF_RANGE")  # 1,25 FTE: over 1, not 1250
    assert (bad.line, bad.column, bad.value) == (3, "fte_inzet", "1.250")
    note = only(result.warnings, "NUMBERS_DECIMAL_POINT")
    assert "decimale punt" in note.message and (note.column, note.value) == ("fte_inzet", "0.5")


def test_an_undecided_order_in_an_english_save_is_refused_and_nothing_changes(data_dir):
    """English settings save month-first (en-US) or day-first (en-GB): when no date decides
    it, the file is refused with the month-first reason, and the published rows stay."""
    first = ingest(T, csv_file(T, [row(T)]), file_name="goed.csv", data_dir=data_dir, user="t")
    before = published_rows(data_dir, T)
    english = {"fte_inzet": "0.5", "gepresteerde_uren": "260.5", "toegekend_bedrag": "18750.00"}
    rows = [trajectory(1, "03/02/22", "09/01/22", "12/01/22", **english)]
    result = ingest(T, csv_file(T, rows), file_name="en.csv", data_dir=data_dir, user="t")
    assert result.status == "refused" and result.refusal.code == "DATES_ORDER_UNKNOWN"
    message = result.refusal.message
    assert "maand" in message and "kolom 'aanvraagdatum'" in message and "'03/02/22'" in message
    assert "'0.5'" in message and ".xlsx" in message and "DD/MM/JJJJ" in message
    assert (result.refusal.column, result.refusal.value) == ("aanvraagdatum", "03/02/22")
    assert status(data_dir)["version"] == first.version
    assert published_rows(data_dir, T) == before


@pytest.mark.parametrize(
    ("rows", "columns"),
    [
        ([trajectory(1, "25/04/22", "01/06/22", "30/09/22"), trajectory(2, "04/26/22", "06/01/22", "09/30/22")],
         "aanvraagdatum"),
        ([trajectory(1, "25/04/22", "01/06/22", "30/09/22"), trajectory(2, "03/04/22", "06/01/22", "09/30/22")],
         "aanvraagdatum, einddatum"),
    ],
    ids=["in one column", "across columns"],
)  # fmt: skip
def test_a_file_mixing_both_orders_is_refused(data_dir, rows, columns):
    ingest(U, csv_file(U, [row(U)]), file_name="u.csv", data_dir=data_dir, user="t")
    version = status(data_dir)["version"]
    result = ingest(T, csv_file(T, rows), file_name="mix.csv", data_dir=data_dir, user="t")
    assert result.status == "refused" and result.refusal.code == "DATES_MIXED_ORDER"
    assert "maand" in result.refusal.message and "'25/04/22'" in result.refusal.message
    assert result.refusal.column == columns
    assert status(data_dir)["version"] == version and status(data_dir)["datasets"][T] is None


def test_numbers_with_both_decimal_signs_read_what_is_certain_and_reject_the_rest(data_dir):
    rows = [
        booking(1, "01/02/2022", "1.234,5"),
        booking(2, "01/02/2022", "0.5"),
        booking(3, "01/02/2022", "12.500"),  # 12500 or 12,5
        booking(4, "01/02/2022", "12,345"),  # 12,345 or 12345
        booking(5, "01/02/2022", "182.044,00"),
    ]
    result = ingest(U, csv_file(U, rows), file_name="mix.csv", data_dir=data_dir, user="t")
    got = {r["boeking_id"]: r["bedrag"] for r in published_rows(data_dir, U)}
    assert got == {"B-1": Decimal("1234.50"), "B-2": Decimal("0.50"), "B-5": Decimal("182044.00")}
    assert [(e.line, e.code, e.value) for e in result.errors] == [
        (4, "NUMBER_AMBIGUOUS", "12.500"), (5, "NUMBER_AMBIGUOUS", "12,345")
    ]  # fmt: skip
    note = only(result.warnings, "NUMBERS_MIXED")
    assert "'1.234,5'" in note.message and "'0.5'" in note.message


def test_a_lone_zero_groups_thousands_only_before_a_decimal_comma(data_dir):
    """'0.125' is a decimal (it was read as 125); '0.123,45' is Belgian grouping, 123,45."""
    rows = [trajectory(1, "15/03/2022", "01/06/2022", "30/09/2022", fte_inzet="0.125")]
    ingest(T, csv_file(T, rows), file_name="f.csv", data_dir=data_dir, user="t")
    assert published_rows(data_dir, T)[0]["fte_inzet"] == 0.125
    rows = [booking(1, "01/02/2022", "0.123,45"), booking(2, "01/02/2022", "0.125")]
    result = ingest(U, csv_file(U, rows), file_name="f.csv", data_dir=data_dir, user="t")
    assert [float(r["bedrag"]) for r in published_rows(data_dir, U)] == [123.45]
    assert [(e.line, e.code) for e in result.errors] == [(3, "NOT_AN_AMOUNT")]  # not 125,00


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_date_is_never_published_read_the_wrong_way(tmp_path, seed):
    """Random bookings saved as a spreadsheet set to English (US) would: month-first,
    two-digit years, decimal points. Each file comes back with every date right or is refused."""
    rng = random.Random(seed)
    outcomes = set()
    for n in (1, 2, 3, 5, 8, 30):
        days = [date.fromordinal(date(2021, 1, 1).toordinal() + rng.randrange(1400)) for _ in range(n)]
        rows = [
            booking(i, f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}", f"{rng.randrange(1, 99999)}.{rng.randrange(1, 99)}",
                    begrotingsjaar=str(d.year))
            for i, d in enumerate(days)
        ]  # fmt: skip
        data_dir = tmp_path / f"d{n}"
        result = ingest(U, csv_file(U, rows), file_name="f.csv", data_dir=data_dir, user="t")
        if result.status == "refused":
            assert result.refusal.code == "DATES_ORDER_UNKNOWN", result.refusal.message
            assert all(d.day <= 12 for d in days)
        else:
            assert dates(data_dir, U, "boekingsdatum") == {f"B-{i}": d for i, d in enumerate(days)}
        outcomes.add(result.status)
    assert "published" in outcomes


@pytest.mark.parametrize(
    ("seen", "expected"),
    [
        ({}, (conventions.DAY_FIRST, conventions.BELGIAN)),
        ({("point", "bedrag"): Evidence(3, "0.5")}, (conventions.DAY_FIRST, conventions.ENGLISH)),
        ({("point", "bedrag"): Evidence(3, "0.5"), ("comma", "bedrag"): Evidence(1, "0,5")},
         (conventions.DAY_FIRST, conventions.MIXED)),
        ({("month_first", "d"): Evidence(1, "04/25/22"), ("either", "d"): Evidence(4, "09/01/22")},
         (conventions.MONTH_FIRST, conventions.BELGIAN)),
        ({("day_first", "d"): Evidence(1, "25/04/22"), ("either", "d"): Evidence(4, "09/01/22"),
          ("point", "x"): Evidence(1, "0.5")}, (conventions.DAY_FIRST, conventions.ENGLISH)),
        ({("either", "d"): Evidence(4, "09/01/22"), ("point", "x"): Evidence(1, "0.5"),
          ("comma", "y"): Evidence(1, "0,5")}, (conventions.DAY_FIRST, conventions.MIXED)),
    ],
)  # fmt: skip
def test_the_decision_follows_only_what_the_values_prove(seen, expected):
    decided = conventions.decide(seen)
    assert (decided.date_format, decided.numbers) == expected


def test_an_undecided_order_with_a_decimal_point_is_never_guessed():
    with pytest.raises(FileRefused) as refused:
        conventions.decide({("either", "d"): Evidence(4, "09/01/22"), ("point", "x"): Evidence(1, "0.5")})
    assert refused.value.code == "DATES_ORDER_UNKNOWN"


def test_grouped_english_amounts_alone_prove_an_english_save(data_dir):
    """'9,873.50' does not parse the Belgian way; it is the point after the comma that proves
    the English save, even when no value is a bare '0.5'."""
    rows = [
        booking(1, "25/04/2022", "9,873.50"),
        booking(2, "03/05/2022", "18,750.00"),
        booking(3, "03/05/2022", "250"),
    ]
    result = ingest(U, csv_file(U, rows), file_name="f.csv", data_dir=data_dir, user="t")
    assert (result.status, result.rows_accepted) == ("published", 3), [e.message for e in result.errors]
    got = {r["boeking_id"]: r["bedrag"] for r in published_rows(data_dir, U)}
    assert got == {"B-1": Decimal("9873.50"), "B-2": Decimal("18750.00"), "B-3": Decimal("250.00")}
    assert only(result.warnings, "NUMBERS_DECIMAL_POINT").value == "18,750.00"


SAVE = (
    "Sla het bestand op als Excel-werkmap (.xlsx): daarin hangen datums niet af van de taalinstelling. Of geef de "
    "datumkolommen de notatie DD/MM/JJJJ (of zet de landinstelling op Nederlands (België)) en sla opnieuw op als CSV."
)


def _notes(seen):
    return [(n.line, n.column, n.value, n.code, n.message) for n in conventions.decide(seen).notes]


def test_the_notes_say_what_was_read_and_how_to_save():
    """Each note in full: the column and the value that showed it, and what a user should do."""
    assert _notes({("two_digit", "startdatum"): Evidence(2, "15/03/22")}) == [
        (None, "startdatum", "15/03/22", "TWO_DIGIT_YEAR", "Jaartallen met twee cijfers in kolom 'startdatum' zijn "
         "gelezen als 20.. (bv. '15/03/22' als 15/03/2022). Met vier cijfers (dd/mm/jjjj) is er geen twijfel.")
    ]  # fmt: skip
    # a date with something after it still shows how its day, month and year were read
    for value in ("15/03/22/abc", "15.03.22xyz"):
        note = _notes({("two_digit", "startdatum"): Evidence(1, value)})[0][4]
        assert f"(bv. '{value}' als 15/03/2022)" in note
    month_first = {("month_first", "aanvraagdatum"): Evidence(1, "04/25/22"),
                   ("two_digit", "startdatum"): Evidence(2, "05.01.23 00:00"),
                   ("two_digit", "aanvraagdatum"): Evidence(1, "04/25/22")}  # fmt: skip
    assert _notes(month_first) == [
        (None, "aanvraagdatum", "04/25/22", "DATES_MONTH_FIRST", "De datums in dit bestand staan met de maand "
         "eerst, zoals een spreadsheet met Engelse (Amerikaanse) instellingen ze opslaat: '04/25/22' in kolom "
         "'aanvraagdatum' bestaat alleen als maand/dag/jaar. Alle datums van dit bestand zijn daarom gelezen als "
         "maand/dag/jaar. Om twijfel te vermijden: s" + SAVE[1:]),
        (None, "startdatum, aanvraagdatum", "05.01.23 00:00", "TWO_DIGIT_YEAR", "Jaartallen met twee cijfers in de "
         "kolommen 'startdatum', 'aanvraagdatum' zijn gelezen als 20.. (bv. '05.01.23 00:00' als 01/05/2023 in "
         "'startdatum'). Met vier cijfers (dd/mm/jjjj) is er geen twijfel."),
    ]  # fmt: skip
    assert _notes({("point", "fte_inzet"): Evidence(2, "0.5")}) == [
        (None, "fte_inzet", "0.5", "NUMBERS_DECIMAL_POINT", "De getallen in dit bestand hebben een decimale punt "
         "(bv. '0.5' in kolom 'fte_inzet'), zoals een spreadsheet met Engelse instellingen ze opslaat. Ze zijn "
         "gelezen met de punt als decimaalteken en de komma als scheiding van duizendtallen.")
    ]  # fmt: skip
    assert _notes({("point", "fte_inzet"): Evidence(2, "0.5"), ("comma", "bedrag"): Evidence(1, "1.234,5")}) == [
        (None, "bedrag, fte_inzet", "0.5", "NUMBERS_MIXED", "Dit bestand gebruikt zowel een decimale komma (bv. "
         "'1.234,5' in kolom 'bedrag') als een decimale punt (bv. '0.5' in kolom 'fte_inzet'). De getallen zijn "
         "gelezen met de komma als decimaalteken; een getal met één punt of komma gevolgd door drie cijfers (bv. "
         "'12.500') kan dan twee dingen betekenen en wordt geweigerd.")
    ]  # fmt: skip
    assert conventions.decide({("point", "x"): Evidence(1, "0.5")}).decimal == "."
    assert (
        conventions.decide({("point", "x"): Evidence(1, "0.5"), ("comma", "y"): Evidence(1, "0,5")}).decimal
        == ","
    )


def test_the_refusals_say_which_values_and_how_to_save():
    with pytest.raises(FileRefused) as both:
        conventions.decide({("day_first", "startdatum"): Evidence(1, "25/04/22"),
                            ("month_first", "einddatum"): Evidence(1, "04/26/22")})  # fmt: skip
    issue = both.value.as_issue()
    assert (issue.column, issue.value, issue.code) == (
        "startdatum, einddatum",
        "04/26/22",
        "DATES_MIXED_ORDER",
    )
    assert issue.message == (
        "In dit bestand staan datums met de dag eerst (bv. '25/04/22' in kolom 'startdatum') én datums met de maand "
        "eerst (bv. '04/26/22' in kolom 'einddatum'). Dan is van geen enkele datum zeker welke dag bedoeld is; er is "
        "niets gepubliceerd. Zet alle datums met de dag eerst (dd/mm/jjjj) en laad het bestand opnieuw op. "
        + SAVE
    )
    with pytest.raises(FileRefused) as unknown:
        conventions.decide({("either", "aanvraagdatum"): Evidence(3, "03/02/22"),
                            ("point", "fte_inzet"): Evidence(1, "0.5")})  # fmt: skip
    issue = unknown.value.as_issue()
    assert (issue.column, issue.value, issue.code) == ("aanvraagdatum", "03/02/22", "DATES_ORDER_UNKNOWN")
    assert issue.message == (
        "Dit bestand is opgeslagen met Engelse instellingen (decimale punt, bv. '0.5' in kolom 'fte_inzet'). Daarmee "
        "staan datums vaak met de maand eerst, en geen enkele datum in het bestand maakt uit of de dag of de maand "
        "eerst staat: '03/02/22' in kolom 'aanvraagdatum' kan twee verschillende dagen zijn. Er is niets "
        "gepubliceerd. " + SAVE
    )
