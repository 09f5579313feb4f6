"""Belgian formats on screen, and downloads that keep numbers as numbers and text harmless."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import openpyxl
import pandas as pd
import pyarrow as pa
from docx import Document

from dashboard import answer, answer_docx, exports, format


def test_numbers_money_percent_dates_in_belgian_format():
    assert format.number(6255) == "6.255"
    assert format.number(1234.56, 1) == "1.234,6"
    assert format.eur(182044) == "€\xa0182.044,00"
    assert format.eur(-7000.25) == "€\xa0-7.000,25"
    assert format.eur(517044, 0) == "€\xa0517.044"
    assert format.pct(0.453) == "45,3%"
    assert format.pct(None) == format.pct(float("nan")) == "–"  # no share: the dash
    assert format.day(date(2025, 1, 1)) == "01/01/2025"
    assert format.moment("2026-11-22T14:05:00+00:00") == "22/11/2026 15:05"  # Brussels, winter
    assert format.moment("2026-07-01T10:00:00+00:00") == "01/07/2026 12:00"  # Brussels, summer
    # a moment not recorded (an empty text in the ledger, a missing value in a table): the dash
    assert [format.moment(v) for v in ("", None, pd.NaT)] == ["–"] * 3
    assert format.number(None) == "–"
    assert format.eur(float("nan")) == "–"


def test_frame_formats_every_number_for_the_screen():
    df = pd.DataFrame(
        {
            "Naam": ["=SUM(A1)", "Gent"],
            "Rijen": [6255, 12],
            "Bedrag": [182044.0, -7000.25],
            "Aandeel": [0.453, 1.2],
            "FTE": [0.5, 0.25],
            "Maanden": [4.0, 6.0],
            "Datum": [date(2022, 7, 14), None],
        }
    )
    shown = format.frame(df, money=("Bedrag",), percent=("Aandeel",), decimals=2)
    assert shown.to_dict("list") == {
        "Naam": ["=SUM(A1)", "Gent"],  # on screen text stays text (st.dataframe renders no HTML)
        "Rijen": ["6.255", "12"],
        "Bedrag": ["€\xa0182.044,00", "€\xa0-7.000,25"],
        "Aandeel": ["45,3%", "120,0%"],
        "FTE": ["0,50", "0,25"],
        "Maanden": ["4", "6"],
        "Datum": ["14/07/2022", "–"],
    }
    assert df["Rijen"].tolist() == [6255, 12]  # the download frame is untouched


def test_a_missing_text_shows_the_dash_of_the_word_answer():
    """A table's missing text (a trajectory without a theme, a booking without a beneficiary) is
    '–' on screen, as a missing number is, and as the Word answer writes it."""
    df = pd.DataFrame(
        {
            "Omschrijving": ["schijf 1", None],
            "Begunstigde": pd.array(["Gent", None], dtype="string"),
            "Thema": [["onthaal"], None],
        }
    )
    shown = format.frame(df)
    assert shown.to_dict("list") == {"Omschrijving": ["schijf 1", "–"], "Begunstigde": ["Gent", "–"],
                                     "Thema": [["onthaal"], None]}  # fmt: skip
    pa.Table.from_pandas(shown)  # as the page hands it to st.dataframe: a list column stays a list
    doc = Document()
    answer_docx._table(doc, answer.Answer("x", "X", "tekst", df))
    assert [c.text for c in doc.tables[0].rows[2].cells] == ["–", "–", "–"]
    mixed = format.frame(pd.DataFrame({"Gelezen": [6255, None]}, dtype=object))  # numbers held as objects
    pa.Table.from_pandas(mixed)


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Begunstigde": ['=HYPERLINK("http://x")', "+32 3 000", "@SUM(1)", "-1+2", "Gent"],
            "Bedrag": [1.5, -7000.25, 0.0, 3.0, 182044.0],
            "Benutting": [0.5, 0.25, 1.0, 0.0, 0.453],
            "Datum": [datetime(2022, 7, 14)] * 5,
        }
    )


def test_a_direction_control_is_shown_next_to_missing_values_in_one_column():
    """A table column holding an uploaded text with U+202E and empty cells: the text shows the
    control as [U+202E], the empty cells stay empty (a name, a number or nothing)."""
    df = pd.DataFrame({"opmerking": ["abc\u202edef", None, "gewoon"], "bedrag": [1.5, None, 2.0]})
    shown = format.visible_text(df)
    assert shown["opmerking"].tolist()[0] == "abc[U+202E]def" and shown["opmerking"].tolist()[2] == "gewoon"
    assert shown["opmerking"].isna().tolist() == [False, True, False]
    assert df["opmerking"].tolist()[0] == "abc\u202edef"  # the published text itself is kept


def test_csv_download_is_belgian_excel_and_protected_against_formulas():
    data = exports.to_csv(_frame(), money_columns=("Bedrag",))
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.startswith("Begunstigde;Bedrag;Benutting;Datum\r\n")
    cells = list(csv.reader(io.StringIO(text), delimiter=";"))[1:]
    for cell in (row[0] for row in cells[:4]):
        assert cell.startswith("'"), cell  # a spreadsheet shows it as text, never runs it
    assert cells[1][1] == "-7000,25"  # a negative amount stays a number
    assert cells[4] == ["Gent", "182044,00", "0,453", "14/07/2022"]


def test_xlsx_download_has_typed_cells_and_no_formulas():
    data = exports.to_xlsx(_frame(), "test", money_columns=("Bedrag",), percent_columns=("Benutting",))
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows[1][1] == -7000.25 and isinstance(rows[1][1], float)
    assert ws.cell(row=2, column=3).number_format == "0.0%"
    assert ws.cell(row=2, column=2).number_format == "#,##0.00"
    assert rows[0][3] == datetime(2022, 7, 14)
    for row in rows[:4]:
        assert isinstance(row[0], str) and not row[0].startswith(("=", "+", "@", "-")), row[0]
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            assert cell.data_type != "f"  # no formula anywhere


def test_a_day_is_shown_day_first_in_brussels():
    assert format.day(date(2024, 2, 3)) == "03/02/2024"
    assert format.day(datetime(2024, 2, 3, 10, 0)) == "03/02/2024"
    assert format.day("2024-02-03") == "03/02/2024"
    # 23:30 UTC on New Year's Eve is already the next day in Brussels
    assert format.day(datetime(2023, 12, 31, 23, 30, tzinfo=UTC)) == "01/01/2024"
    assert format.day("2023-12-31T23:30:00+00:00") == "01/01/2024"
    for missing in (None, "", float("nan"), pd.NaT):
        assert format.day(missing) == "–"


def test_rows_picked_out_of_a_larger_table_show_their_own_values():
    """A table filtered or sorted before it is shown keeps each value in its row: years plain,
    numbers with one decimal by default, whole numbers grouped, dates and missing values."""
    df = pd.DataFrame(
        {
            "Jaar": [2022, 2023, 2024],
            "Gemeente": ["Gent", None, "Lier\u202e"],  # a direction control is shown, not obeyed
            "Omschrijving": pd.Series(["schijf\u202e 1", None, "schijf 3"], dtype=object),  # text as objects
            "Aantal": [6255, 12, 3],
            "VTE": [1.5, 2.34, None],
            "Datum": pd.to_datetime(["2024-02-03", "2024-02-04", None]).tz_localize("UTC"),
            "Rapport": [False, True, True],
            "Verankerd": pd.array([True, False, None], dtype="boolean"),
            "Dag": pd.Series([date(2024, 2, 3), None, date(2024, 2, 5)], dtype=object),
        }
    )
    picked = format.frame(df.iloc[[2, 0]].set_axis([7, 3]))
    assert picked.to_dict("list") == {
        "Jaar": ["2024", "2022"],
        "Gemeente": ["Lier[U+202E]", "Gent"],
        "Omschrijving": ["schijf 3", "schijf[U+202E] 1"],
        "Aantal": ["3", "6.255"],
        "VTE": ["–", "1,5"],
        "Datum": ["–", "03/02/2024"],
        "Rapport": ["ja", "nee"],
        "Verankerd": ["–", "ja"],
        "Dag": ["05/02/2024", "03/02/2024"],
    }
    assert format.frame(df.iloc[[1]])["VTE"].tolist() == ["2,3"]  # one decimal unless asked
    mixed = pd.DataFrame({"Waarde": pd.Series(["a\u202eb", 5], dtype=object)})  # text among other values
    assert format.frame(mixed)["Waarde"].tolist() == ["a[U+202E]b", 5]


def test_dates_of_every_kind_in_a_table_are_day_first_in_brussels():
    late = datetime(2023, 12, 31, 23, 30, tzinfo=UTC)
    df = pd.DataFrame(
        {
            "Met tijdzone": pd.Series(
                pd.to_datetime(["2024-02-03T00:00:00Z", None]), dtype="datetime64[ns, UTC]"
            ),
            "Gemengd": pd.Series([date(2024, 2, 3), late], dtype=object),
            "Leeg": pd.Series([], dtype="datetime64[ns]").reindex(range(2)),
            "Middernacht": pd.to_datetime(["2024-02-03", "2024-02-04"]),
            # midnight in Tokyo is still the day before in Brussels
            "Tokio": pd.to_datetime(["2024-02-04", "2024-02-05"]).tz_localize("Asia/Tokyo"),
        }
    )
    shown = format.frame(df)
    assert shown["Tokio"].tolist() == ["03/02/2024", "04/02/2024"]
    # rows picked out of a larger table keep their dates
    picked = format.frame(df.iloc[[1, 0]].set_axis([7, 3]))
    assert picked["Middernacht"].tolist() == ["04/02/2024", "03/02/2024"]
    assert shown["Met tijdzone"].tolist() == ["03/02/2024", "–"]
    assert shown["Gemengd"].tolist() == ["03/02/2024", "01/01/2024"]
    assert shown["Leeg"].tolist() == ["–", "–"]
    assert shown["Middernacht"].tolist() == ["03/02/2024", "04/02/2024"]
    # a column with a time of day in it is shown with the time, in Brussels
    times = format.frame(
        pd.DataFrame({"Moment": pd.to_datetime(["2024-02-03T08:05:00Z", None, "2024-07-01T00:00:00Z"])})
    )
    assert times["Moment"].tolist() == ["03/02/2024 09:05", "–", "01/07/2024 02:00"]
    assert format.frame(pd.DataFrame({"D": pd.Series([], dtype="datetime64[ns]")}))["D"].tolist() == []


def test_a_moment_is_brussels_wall_clock_time_without_a_zone():
    assert format.local_moment("2026-11-22T14:05:00+00:00") == pd.Timestamp("2026-11-22 15:05")
    assert format.local_moment(datetime(2026, 7, 1, 10, 0, tzinfo=UTC)) == pd.Timestamp("2026-07-01 12:00")
    assert format.local_moment(datetime(2026, 7, 1, 10, 0)) == pd.Timestamp("2026-07-01 10:00")
    assert format.local_moment("2026-07-01T10:00:00").tzinfo is None
    for missing in (None, "", pd.NaT):
        assert format.local_moment(missing) is None


def test_uploaded_text_in_a_sentence_is_shown_as_written_never_as_markdown():
    """md_text: every Markdown and Streamlit directive character escaped (no link, image, icon,
    colour, heading or code), line breaks and tabs as one space, a direction control shown."""
    text = "*vet* [link](http://x) ![i](y) :red[rood]\n\t# kop\r\n\u202eabc_def `code` <b>x</b> 1. | ~s~ $x$ {}= a\u00a0b "
    assert format.md_text(text) == (
        r"\*vet\* \[link\]\(http\://x\) \!\[i\]\(y\) \:red\[rood\] \# kop \[U\+202E\]abc\_def \`code\` "
        r"\<b\>x\</b\> 1\. \| \~s\~ \$x\$ \{\}\= a" + "\u00a0" + "b"
    )
    assert format.md_text(12.5) == r"12\.5"


def test_a_list_in_a_cell_reads_as_text():
    """Themes in the Word and the Excel answer: 'onthaal, data', one value as itself."""
    assert format.listed(["onthaal", "data"]) == "onthaal, data"
    assert format.listed(("schulden",)) == "schulden"
    assert format.listed([2022, 2023]) == "2022, 2023"
    assert format.listed([]) == ""
