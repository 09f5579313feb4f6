"""Spreadsheets as the real client (issue 28): what a clerk's spreadsheet program saves comes
back with every value right, or is refused with a reason; every Excel download and template
opens with numbers as numbers and dates as dates.

The round trips drive LibreOffice Calc itself (`soffice --headless`), with a profile of its own
per language setting, so the result does not depend on the machine's locales: the published
demo data of every dataset is exported as CSV, opened in Calc set to Dutch (Belgium) and saved
as .xlsx, that saved as CSV (semicolon, Windows-1252); the .xlsx opened in Calc set to English
(United States) and saved as .xlsx and as CSV; and the export opened in Calc set to English with
Dutch (Belgium) as the import language and saved as CSV (which writes dates month-first). Each
result is ingested into a fresh data folder and exported again. Without soffice these tests skip
with the install line, except in CI (VAPA_REQUIRE_BROWSER=1), where they must run.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from conftest import open_page

from pipelines.contract import DATASETS
from pipelines.demo import build_demo
from pipelines.exports import export, template
from pipelines.ingest import ingest

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
INSTALL = "apt-get install libreoffice-calc-nogui"
LOCALES = ("nl-BE", "en-US")
# Calc's CSV filter: separator, text delimiter, character set (76 UTF-8, 1 Windows-1252), first
# line; on import then the column formats, the language (2067 Dutch (Belgium)), quoted fields as
# text and "detect special numbers" (dates); on export the cells are written as shown.
CSV_FILTER = "Text - txt - csv (StarCalc)"
OPEN_EXPORT = f"{CSV_FILTER}:59,34,76,1,,2067,false,true"
SAVE_NL = f"csv:{CSV_FILTER}:59,34,1,1"  # Calc nl-BE's CSV: ';', Windows-1252
SAVE_EN = f"csv:{CSV_FILTER}:44,34,1,1"  # Calc en-US's CSV: ',', Windows-1252
XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>{0}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>{0}</value></prop></item>
</oor:items>
"""


class Calc:
    """LibreOffice Calc, headless, with one profile per language setting."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for locale in LOCALES:
            (root / locale / "user").mkdir(parents=True)
            (root / locale / "user" / "registrymodifications.xcu").write_text(
                XCU.format(locale), encoding="utf-8"
            )

    def convert(
        self, locale: str, files: list[Path], to: str, outdir: Path, infilter: str | None = None
    ) -> None:
        """Open `files` in Calc set to `locale` and save each in `outdir` as `to` (one run)."""
        outdir.mkdir(parents=True, exist_ok=True)
        command = [SOFFICE, f"-env:UserInstallation={(self.root / locale).as_uri()}", "--headless"]
        command += [f"--infilter={infilter}"] if infilter else []
        command += ["--convert-to", to, "--outdir", str(outdir), *map(str, files)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        missing = [f.name for f in files if not (outdir / f"{f.stem}.{to.split(':')[0]}").exists()]
        assert done.returncode == 0 and not missing, (done.returncode, missing, done.stdout, done.stderr)


@pytest.fixture(scope="module")
def calc(tmp_path_factory) -> Calc:
    if not Path(SOFFICE).exists():
        if os.environ.get("VAPA_REQUIRE_BROWSER") == "1":
            pytest.fail(f"soffice is missing but VAPA_REQUIRE_BROWSER=1 ({INSTALL})")
        pytest.skip(f"LibreOffice Calc is not installed ({INSTALL})")
    return Calc(tmp_path_factory.mktemp("calc-profiles"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo data published, and every dataset exported as the app's CSV."""
    root = tmp_path_factory.mktemp("demo")
    build_demo(root / "data")
    for name in DATASETS:
        export(name, root / f"{name}.csv", data_dir=root / "data")
    return root


def round_trip(path: Path, dataset: str, data_dir: Path):
    """Ingest a file saved by Calc into a fresh data folder; its result and the export again."""
    result = ingest(dataset, path, data_dir=data_dir, user="calc")
    if result.status != "published":
        return result, None
    export(dataset, data_dir / "weer.csv", data_dir=data_dir)
    return result, (data_dir / "weer.csv").read_bytes()


def test_what_calc_saves_in_dutch_or_english_comes_back_right(calc, demo, tmp_path):
    exports = [demo / f"{name}.csv" for name in DATASETS]
    saved = {
        "nl-BE xlsx": tmp_path / "nl-xlsx",
        "nl-BE csv": tmp_path / "nl-csv",
        "en-US xlsx": tmp_path / "en-xlsx",
        "en-US csv": tmp_path / "en-csv",
        "en-US csv opened as Dutch": tmp_path / "en-csv-nl-import",
    }
    calc.convert("nl-BE", exports, "xlsx", saved["nl-BE xlsx"], OPEN_EXPORT)
    workbooks = [saved["nl-BE xlsx"] / f"{name}.xlsx" for name in DATASETS]
    calc.convert("nl-BE", workbooks, SAVE_NL, saved["nl-BE csv"])
    calc.convert("en-US", workbooks, "xlsx", saved["en-US xlsx"])
    calc.convert("en-US", workbooks, SAVE_EN, saved["en-US csv"])
    calc.convert("en-US", exports, SAVE_EN, saved["en-US csv opened as Dutch"], OPEN_EXPORT)
    # What Calc wrote: two-digit years in Dutch; decimal points in English, and month first
    # where the English Calc chose the date format.
    nl_csv = (saved["nl-BE csv"] / "trajecten.csv").read_text(encoding="cp1252")
    assert re.search(r";\d\d/\d\d/\d\d;", nl_csv) and ";0,5;" in nl_csv
    month_first = (saved["en-US csv opened as Dutch"] / "trajecten.csv").read_text(encoding="cp1252")
    assert re.search(r",\d\d/(1[3-9]|2\d|3[01])/\d\d,", month_first) and ",0.5," in month_first
    outcomes = {}
    for how, folder in saved.items():
        for name in DATASETS:
            path = next(folder.glob(f"{name}.*"))
            result, again = round_trip(path, name, tmp_path / "data" / how.replace(" ", "-") / name)
            original = (demo / f"{name}.csv").read_bytes()
            assert not [w for w in result.warnings if w.code == "UNKNOWN_COLUMN"], (how, name)
            if again is None:  # only an English CSV may be refused, and only as month-first
                assert how.startswith("en-US csv"), (how, name, result.refusal)
                assert result.refusal.code == "DATES_ORDER_UNKNOWN" and "maand" in result.refusal.message
            else:
                assert result.rows_accepted == result.rows_read and not result.errors, (how, name)
                assert again.decode("utf-8-sig").splitlines() == original.decode("utf-8-sig").splitlines(), (
                    how,
                    name,
                )
            outcomes[how, name] = (result.status, sorted({w.code for w in result.warnings}))
    # Every round trip of the bookings and trajectories is published; the month-first one was
    # read month-first, said so, and has every date right (compared above).
    for name in ("uitgaven", "trajecten"):
        assert all(outcomes[how, name][0] == "published" for how in saved), outcomes
        assert "DATES_MONTH_FIRST" in outcomes["en-US csv opened as Dutch", name][1]
        assert "TWO_DIGIT_YEAR" in outcomes["nl-BE csv", name][1]


# --- Excel downloads and templates: numbers as numbers, dates as dates -------------------------

# Text that a spreadsheet shows as a number or a date: never a text cell in a download, except
# in a column of codes (a NIS code is a name, kept as text on purpose).
LOOKS_TYPED = re.compile(
    r"-?\d{1,3}(\.\d{3})*(,\d+)?%?|-?\d+([.,]\d+)?|\d{1,2}/\d{1,2}/\d{2,4}( \d\d:\d\d)?|\d{4}-\d\d-\d\d.*"
)
CODE_COLUMNS = re.compile(r"NIS|_nis|code", re.IGNORECASE)
MISSING_TEXT = {"<NA>", "nan", "NaN", "NaT", "None"}


def cell_types(data: bytes) -> dict[tuple[str, str], str]:
    """(sheet, cell) -> 'date', 'number' or 'text' of every filled cell of a workbook."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    out = {}
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value not in (None, ""):  # an empty text is no content (Calc drops it)
                    kind = "date" if cell.is_date else "number" if cell.data_type == "n" else "text"
                    out[ws.title, cell.coordinate] = kind
    return out


def text_that_should_be_typed(data: bytes) -> list[str]:
    """Text cells of a pandas missing value ('<NA>', 'nan'), and columns whose text cells all
    hold a number or a date, outside columns of codes (named in the bold header above them:
    row 1, or row 5 of an answer's sheet under its question). A column of lists of years
    ('2019, 2020' and '2025') is text."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    found = []
    for ws in book.worksheets:
        headers = {
            cell.column: str(cell.value) for row in ws.iter_rows(max_row=5) for cell in row if cell.font.b
        }
        texts: dict[int, list] = {}
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and not cell.font.b:
                    texts.setdefault(cell.column, []).append(cell)
                    if cell.value in MISSING_TEXT:
                        found.append(f"{ws.title}!{cell.coordinate}: {cell.value!r}")
        for column, cells in texts.items():
            header = headers.get(column, "")
            if not CODE_COLUMNS.search(header) and all(LOOKS_TYPED.fullmatch(c.value) for c in cells):
                found += [f"{ws.title}!{c.coordinate} ({header}): {c.value!r}" for c in cells]
    return found


def page_workbooks(downloads) -> dict[str, bytes]:
    """Every distinct Excel download of every page on the demo data (the map with a
    municipality chosen, so that its detail table is there too)."""
    out = {}
    pages = sorted(f"views/{p.name}" for p in (Path(__file__).parent.parent / "views").glob("*.py"))
    for page in pages:
        at = open_page(page)
        if any(box.key == "gemeente" for box in at.selectbox):  # the map, with its boundaries
            label = next(o for o in at.selectbox(key="gemeente").options if o and o.startswith("Mechelen"))
            at.selectbox(key="gemeente").set_value(label).run()
        for key, (name, data) in downloads(at).items():
            if name.endswith(".xlsx"):
                out[f"{Path(page).stem}-{key}"] = data
    return out


@pytest.fixture
def workbooks(data_dir, downloads) -> dict[str, bytes]:
    """Every page's Excel downloads and the workbook templates, by a unique name."""
    build_demo(data_dir)
    books = page_workbooks(downloads)
    for name in DATASETS:
        books[f"sjabloon-{name}"] = template(name, fmt="xlsx")
    return books


def test_every_excel_download_and_template_holds_numbers_and_dates(workbooks):
    kinds = {}
    for name, data in workbooks.items():
        assert not text_that_should_be_typed(data), (name, text_that_should_be_typed(data)[:5])
        for kind in cell_types(data).values():
            kinds[kind] = kinds.get(kind, 0) + 1
    assert len(workbooks) >= 25 and kinds["date"] >= 50 and kinds["number"] >= 500, (len(workbooks), kinds)


def test_a_workbook_template_comes_back_as_its_example(tmp_path):
    """The Excel template of each dataset, uploaded as it is, publishes its examples with the
    values of the CSV template."""
    for name in DATASETS:
        as_csv = ingest(name, template(name), file_name="t.csv", data_dir=tmp_path / name / "csv", user="t")
        as_xlsx = ingest(
            name, template(name, fmt="xlsx"), file_name="t.xlsx", data_dir=tmp_path / name / "x", user="t"
        )
        assert as_xlsx.status == "published" and as_xlsx.rows_accepted == as_csv.rows_accepted > 0, name
        assert not as_xlsx.errors and not as_xlsx.warnings, (name, as_xlsx.warnings)
        for folder in ("csv", "x"):
            export(name, tmp_path / name / f"{folder}.csv", data_dir=tmp_path / name / folder)
        assert (tmp_path / name / "x.csv").read_bytes() == (tmp_path / name / "csv.csv").read_bytes()


def test_calc_opens_every_download_and_template_with_numbers_and_dates(calc, workbooks, tmp_path):
    """Calc, set to Dutch (Belgium), opens every Excel download and template (and the CSV
    templates, as a clerk would with the Dutch import) and keeps every date a date and every
    number a number: saved again, each cell has the type it had."""
    originals = tmp_path / "xlsx"
    originals.mkdir()
    for name, data in workbooks.items():
        (originals / f"{name}.xlsx").write_bytes(data)
    calc.convert("nl-BE", sorted(originals.iterdir()), "xlsx", tmp_path / "calc")
    for name, data in workbooks.items():
        before, after = cell_types(data), cell_types((tmp_path / "calc" / f"{name}.xlsx").read_bytes())
        changed = {k: (v, after.get(k)) for k, v in before.items() if after.get(k) != v}
        assert not changed, (name, list(changed.items())[:5])
    csvs = tmp_path / "csv"
    csvs.mkdir()
    for name in DATASETS:
        (csvs / f"{name}.csv").write_bytes(template(name))
    calc.convert("nl-BE", sorted(csvs.iterdir()), "xlsx", tmp_path / "calc-csv", OPEN_EXPORT)
    for name in DATASETS:
        expected = cell_types(template(name, fmt="xlsx"))
        opened = cell_types((tmp_path / "calc-csv" / f"{name}.xlsx").read_bytes())
        sheet = next(iter(expected))[0]
        got = {(sheet, cell): kind for (_, cell), kind in opened.items()}
        # every date and number of the examples (the workbook template holds them typed) opens
        # as a date or a number (a NIS code may open as a number too)
        typed = {k: v for k, v in expected.items() if k[0] == sheet and v != "text"}
        assert {k: got.get(k) for k in typed} == typed, name
