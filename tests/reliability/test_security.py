"""Reliability, part "security" (issue 8): hostile text in every download, script and HTML from
the data shown as text, the upload size limit, no traceback for users, no anonymous writes over
the network.

The data are published through the normal ingest path with text fields, codes, theme lists and
file names that a spreadsheet would run as a formula (=, +, -, @, tab, CR) or a browser as script
(<img onerror>, <script>, javascript: links in HTML and Markdown). Checks:

- formulas: every distinct CSV and Excel download of every page (AppTest, the files behind the
  buttons), the CLI export of each dataset, the templates, the download functions, the rejected
  rows of an upload: text neutralised with ', no formula cell, numbers (-7.000,25) kept numbers;
- script: every page, the history and an upload's report in Chromium: no dialog, no window flag,
  no injected element or javascript: link, the text shown literally; a javascript: report link
  is refused and never offered as a link;
- the upload limits (Streamlit's and the pipelines') are told in Dutch;
- an internal error (injected into the server through its own sitecustomize) shows a Dutch
  message with a code, never a traceback; showErrorDetails is "none";
- an anonymous session on a server reachable from the network cannot publish or roll back, not
  with a forced click, forwarded headers, loopback, or a forged widget message.

Each check records `figures.add("security", checks=1, checks_ok=0|1)` from what it observed and
then asserts. The browser checks share two module-scoped servers.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import figures
import openpyxl
import pytest
from conftest import PROJECT, _free_port, cli_env, lan_address, open_page, published, serving_official_files

from pipelines.contract import get_dataset
from pipelines.csvout import FORMULA_PREFIXES
from pipelines.ingest import ingest
from pipelines.store import Store

HYPERLINK = '=HYPERLINK("http://x","y")'
CMD = "+cmd|' /C calc'!A0"
MINUS = "-2+3"
AT = "@SUM(A1)"
TAB = "\t=1+2"
CR = "\r=3+4"
FORMULAS = (HYPERLINK, CMD, MINUS, AT, TAB, CR)
# How each payload shows in the published data: text is trimmed (TAB and CR go, "=1+2" stays
# dangerous) and a theme list is split at "|".
MARKERS = {p: p.strip().split("|")[0] for p in FORMULAS}
# Script from the data: each payload sets a window-level flag if it ever runs.
HTML = '<img src=x onerror="window.__xss=1">'
# A link in HTML (plotly renders <a> in chart texts) and in Markdown, both to script.
ANCHOR = '<a href="javascript:window.__xss=4">klik</a>'
MD_LINK = "[klik](javascript:window.__xss=5)"
REASON = f"{HTML} {ANCHOR} {MD_LINK}"
SCRIPT_NAME = "<script>window.__xss=2</script>.csv"
JS_LINK = "javascript:window.__xss=3"
NEGATIVE = "-7.000,25"  # a recovery (terugvordering): a number, never neutralised


def record(ok: bool) -> bool:
    figures.add("security", checks=1, checks_ok=1 if ok else 0)
    return ok


# --- the hostile dataset ---------------------------------------------------------------------------


def csv_file(dataset: str, rows: list[dict[str, str]]) -> bytes:
    columns = get_dataset(dataset).column_names
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return buf.getvalue().encode("utf-8")


TRAJECTEN = [
    dict(traject_id=HYPERLINK, oproep="2022", model="mentoring", aanbiedend_bestuur="Mechelen",
         ontvangend_bestuur="Leuven", thema=f"{HYPERLINK}|{MINUS}|{HTML}", status="afgerond",
         startdatum="01/06/2022", einddatum="30/09/2022", fte_inzet="0,5", geplande_maanden="4",
         gepresteerde_uren="329,33", toegekend_bedrag="10.000,00", doelen_gepland="4", doelen_bereikt="3",
         rapport_beschikbaar="ja", rapport_link="https://example.org/rapport", opmerking=TAB),
    dict(traject_id=MINUS, oproep="2022", model="stage", aanbiedend_bestuur="Gent", ontvangend_bestuur="Aalst",
         thema=CMD, status="afgerond", startdatum="01/10/2022", einddatum="31/12/2022", fte_inzet="0,5",
         geplande_maanden="6", gepresteerde_uren="164,67", toegekend_bedrag="12.000,00", opmerking=CR),
    dict(traject_id=AT, oproep="2023", model="beide", aanbiedend_bestuur="Hasselt", ontvangend_bestuur="Genk",
         thema=f"{AT}|{ANCHOR}|{MD_LINK}", status="goedgekeurd", aanvraagdatum="01/02/2023", opmerking=HTML),
    dict(traject_id=HTML, oproep="2023", model="mentoring", aanbiedend_bestuur="Brugge",
         ontvangend_bestuur="Oostende", thema=TAB, status="lopend", startdatum="01/03/2023",
         opmerking=HYPERLINK),
    # rejected: unknown municipalities (script and formula), a javascript: report link
    dict(traject_id="R1", oproep="2023", model="mentoring", aanbiedend_bestuur=HTML,
         ontvangend_bestuur=HYPERLINK, status="lopend", opmerking=TAB),
    dict(traject_id="R2", oproep="2023", model="mentoring", aanbiedend_bestuur="Gent",
         ontvangend_bestuur="Aalst", status="lopend", rapport_link=JS_LINK, opmerking=CR),
]  # fmt: skip
UITGAVEN = [
    dict(boeking_id=HYPERLINK, boekingsdatum="01/05/2022", begrotingsjaar="2022", fase="vastlegging",
         stroom="compensatie_aanbieder", begunstigde="Mechelen", traject_id=HYPERLINK, bedrag="10.000,00",
         omschrijving=CMD),
    dict(boeking_id=MINUS, boekingsdatum="15/10/2022", begrotingsjaar="2022", fase="vereffening",
         stroom="compensatie_aanbieder", begunstigde="Mechelen", traject_id=HYPERLINK, bedrag="9.000,00",
         omschrijving=TAB, begrotingsartikel=AT),
    dict(boeking_id="M3", boekingsdatum="15/12/2022", begrotingsjaar="2022", fase="terugvordering",
         stroom="compensatie_aanbieder", begunstigde="Mechelen", traject_id=HYPERLINK, bedrag=NEGATIVE,
         omschrijving=HTML),
    dict(boeking_id="C1", boekingsdatum="01/03/2022", begrotingsjaar="2022", fase="vastlegging",
         stroom="coordinatie_vvsg", begunstigde="VVSG", bedrag="20.000,00", omschrijving=CR),
    # rejected: an unknown beneficiary (with a negative amount, kept as it was), a formula as amount
    dict(boeking_id="X1", boekingsdatum="01/03/2022", begrotingsjaar="2022", fase="terugvordering",
         stroom="coordinatie_vvsg", begunstigde=HTML, bedrag=NEGATIVE, omschrijving=AT),
    dict(boeking_id="X2", boekingsdatum="01/03/2022", begrotingsjaar="2022", fase="vastlegging",
         stroom="coordinatie_vvsg", begunstigde="VVSG", bedrag=MINUS, omschrijving=HYPERLINK),
]  # fmt: skip
BUDGET = [
    dict(begrotingsjaar="2022", stroom="compensatie_aanbieder", bedrag="100.000,00", bron=AT, toelichting=HYPERLINK),
    dict(begrotingsjaar="2022", stroom="coordinatie_vvsg", bedrag="20.000,00", bron=CMD, toelichting=REASON),
    dict(begrotingsjaar="2023", stroom="compensatie_aanbieder", bedrag="50.000,00", bron=TAB, toelichting=MINUS),
    dict(begrotingsjaar="2023", stroom="coordinatie_vvsg", bedrag="10.000,00", bron=CR, toelichting=TAB),
    dict(begrotingsjaar="2021", stroom="compensatie_aanbieder", bedrag="5.000,00", bron=HTML, toelichting=CR),
]  # fmt: skip
MUNICIPALITIES = ["Leuven", "Aalst", "Genk", "Oostende", "Mechelen", "Gent", "Hasselt", "Brugge", "Kortrijk",
                  "Roeselare", "Ieper", "Tienen", "Diest", "Lier", "Geel", "Mol", "Turnhout", "Ninove"]  # fmt: skip
INDICATOR_NAMES = (HYPERLINK, MINUS, HTML, ANCHOR)
INDICATOREN = [
    dict(gemeente=m, jaar=str(year), indicator=name, waarde=f"{10 + i + year - 2019 + k},5",
         eenheid=(AT, TAB, CR, MD_LINK)[k], bron=(CR, TAB, CMD, HTML)[k])
    for k, name in enumerate(INDICATOR_NAMES)
    for i, m in enumerate(MUNICIPALITIES)
    for year in range(2019, 2025)
]  # fmt: skip
FILES = {  # dataset: (rows, file name, rows rejected)
    "budget": (BUDGET, MINUS + ".csv", 0),
    "trajecten": (TRAJECTEN, HYPERLINK + ".csv", 2),
    "uitgaven": (UITGAVEN, SCRIPT_NAME, 2),
    "indicatoren": (INDICATOREN, HTML + ".csv", 0),
}
UPLOADS = {name: csv_file(ds, rows) for ds, (rows, name, _) in FILES.items()}


def publish_hostile(data_dir: Path) -> dict[str, object]:
    results = {}
    for dataset, (rows, name, _) in FILES.items():
        results[dataset] = ingest(
            dataset, csv_file(dataset, rows), file_name=name, data_dir=data_dir, user=AT
        )
    return results


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Iterator[Path]:
    """The hostile data published (every file's good rows), boundaries installed for the map;
    VAPA_DATA_DIR points there for the AppTest checks."""
    from pipelines import geo

    data_dir = tmp_path_factory.mktemp("hostile") / "data"
    data_dir.mkdir()
    results = publish_hostile(data_dir)
    for dataset, (_, _, rejected) in FILES.items():
        result = results[dataset]
        assert result.status == "published" and result.rows_rejected == rejected, (dataset, result.refusal)
    with serving_official_files(data_dir.parent / "www") as url:
        geo.install(data_dir=data_dir, base_url=url)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VAPA_DATA_DIR", str(data_dir))
        yield data_dir


def test_text_starting_with_a_carriage_return_is_published(tmp_path):
    """A text cell that starts with CR (as a formula payload may) is data like any other, not an
    internal error that refuses the whole file."""
    rows = [{**BUDGET[0], "toelichting": CR}]
    result = ingest("budget", csv_file("budget", rows), file_name="b.csv", data_dir=tmp_path, user="t")
    ok = result.status == "published" and result.rows_accepted == 1
    record(ok)
    assert ok, result.refusal


# --- formula injection: every CSV and Excel download ---------------------------------------------

BELGIAN_NUMBER = re.compile(r"-?\d{1,3}(\.\d{3})+(,\d+)?|-?\d+(,\d+)?%?")


def csv_problems(data: bytes) -> tuple[list[str], set[str]]:
    """(problems, neutralised payloads seen) of a Belgian Excel CSV download."""
    problems, seen = [], set()
    text = data.decode("utf-8-sig")
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=";"):
        for cell in row:
            if cell.startswith(FORMULA_PREFIXES) and not BELGIAN_NUMBER.fullmatch(cell):
                problems.append(f"formula not neutralised: {cell!r}")
            if cell.startswith("'") and BELGIAN_NUMBER.fullmatch(cell[1:]):
                problems.append(f"number turned into text: {cell!r}")
            if cell.startswith("'"):
                seen.update(p for p, m in MARKERS.items() if cell[1:].startswith((p, m)))
    return problems, seen


def xlsx_problems(data: bytes) -> tuple[list[str], set[str], list[float]]:
    """(problems, neutralised payloads seen, numbers) of an .xlsx download: no formula anywhere,
    no number stored as text."""
    problems, seen, numbers = [], set(), []
    book = openpyxl.load_workbook(io.BytesIO(data))
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    problems.append(f"formula cell {ws.title}!{cell.coordinate}: {cell.value!r}")
                elif isinstance(cell.value, str):
                    value = cell.value
                    if value.startswith("'") and BELGIAN_NUMBER.fullmatch(value[1:]):
                        problems.append(f"number turned into text {ws.title}!{cell.coordinate}: {value!r}")
                    if value.startswith("'"):
                        seen.update(p for p, m in MARKERS.items() if value[1:].startswith((p, m)))
                elif isinstance(cell.value, (int, float)):
                    numbers.append(float(cell.value))
    return problems, seen, numbers


class Tally:
    """Downloads checked on the pages, and what they showed."""

    def __init__(self) -> None:
        self.checked: dict[str, list[str]] = {}
        self.csv_seen: set[str] = set()
        self.xlsx_seen: set[str] = set()
        self.csv_negative = False
        self.xlsx_negative = False
        self.done: set[tuple[str, str, bytes]] = set()

    def check(self, where: str, files: dict[str, tuple[str, bytes]], skip: tuple[str, ...] = ()) -> None:
        for key, (name, data) in files.items():
            if key in skip or (key, name, data) in self.done:
                continue  # the same file again after a rerun counts once
            self.done.add((key, name, data))
            label = f"{where}: {key} ({name})"
            if name.endswith(".xlsx"):
                problems, seen, numbers = xlsx_problems(data)
                self.xlsx_seen |= seen
                self.xlsx_negative |= -7000.25 in numbers
            elif name.endswith(".csv"):
                problems, seen = csv_problems(data)
                self.csv_seen |= seen
                self.csv_negative |= ";-7000,25" in data.decode("utf-8-sig")
            else:
                continue  # Word: no cells a spreadsheet would run
            self.checked[label] = problems
            record(not problems)


PAGE_WALK = (
    "views/overzicht.py",
    "views/budget.py",
    "views/trajecten.py",
    "views/evaluatie.py",
    "views/parlementaire_vraag.py",
    "views/over_de_data.py",
)


def test_every_download_on_every_page_neutralises_formulas(hostile, downloads):
    """Every CSV and Excel download button of every page (each indicator of the evaluation, a
    chosen municipality on the map, each version's rejected rows in the history): dangerous text
    starts with ', no formula cell, numbers (negative amounts too) stay numbers."""
    tally = Tally()
    for page in PAGE_WALK:
        at = open_page(page)
        tally.check(page, downloads(at))
        if page == "views/evaluatie.py":
            box = at.selectbox(key="indicator")
            for name in box.options[1:]:
                box.set_value(name).run()
                tally.check(f"{page} {name!r}", downloads(at))
                box = at.selectbox(key="indicator")
    at = open_page("views/kaart.py")
    label = next(o for o in at.selectbox(key="gemeente").options if o.startswith("Mechelen"))
    at.selectbox(key="gemeente").set_value(label).run()
    tally.check("views/kaart.py Mechelen", downloads(at))
    at = open_page("views/opladen.py")
    for option in range(len(at.selectbox(key="versie-bestanden").options)):
        at.selectbox(key="versie-bestanden").select_index(option).run()
        # 'ruw' is the uploaded file itself, byte for byte (the audit copy), not an export
        tally.check(f"views/opladen.py version option {option}", downloads(at), skip=("ruw",))
    failed = {k: v for k, v in tally.checked.items() if v}
    # Not vacuous: every payload reached a CSV and an Excel download, neutralised, and the
    # recovery of -7.000,25 is a number in both.
    coverage = {
        "csv payloads": set(FORMULAS) - tally.csv_seen,
        "xlsx payloads": set(FORMULAS) - tally.xlsx_seen,
    }
    for missing in coverage.values():
        record(not missing)
    record(tally.csv_negative)
    record(tally.xlsx_negative)
    assert len(tally.checked) >= 40, sorted(tally.checked)  # every page's tables, both formats
    assert not failed, failed
    assert coverage == {"csv payloads": set(), "xlsx payloads": set()}, coverage
    assert tally.csv_negative and tally.xlsx_negative, (tally.csv_negative, tally.xlsx_negative)


def test_cli_export_templates_and_export_functions(hostile, tmp_path):
    """The CLI export of every dataset, every template, and the download functions themselves."""
    from dashboard import exports
    from pipelines.exports import template

    checked: dict[str, list[str]] = {}
    seen: set[str] = set()
    for dataset in FILES:
        out = tmp_path / f"{dataset}.csv"
        run = subprocess.run(
            [sys.executable, "-m", "pipelines", "export", dataset, "--format", "csv", "--out", str(out)],
            cwd=PROJECT,
            env=cli_env(hostile),
            capture_output=True,
            text=True,
            timeout=120,
        )
        problems, found = csv_problems(out.read_bytes()) if run.returncode == 0 else ([run.stderr], set())
        if dataset == "uitgaven" and ";-7000,25;" not in out.read_text(encoding="utf-8-sig"):
            problems.append("the recovery of -7.000,25 is not the number -7000,25")
        checked[f"export {dataset}"] = problems
        seen |= found
        record(not problems)
    for dataset in FILES:
        for examples in (False, True):
            problems, _ = csv_problems(template(dataset, with_examples=examples))
            checked[f"template {dataset} {'example' if examples else 'empty'}"] = problems
            record(not problems)
    import pandas as pd

    frame = pd.DataFrame({"Tekst": list(FORMULAS), "Bedrag": [-7000.25] * len(FORMULAS)})
    problems, found_csv = csv_problems(exports.to_csv(frame, money_columns=("Bedrag",)))
    checked["dashboard.exports.to_csv"] = problems + [f"not neutralised: {set(FORMULAS) - found_csv}"] * bool(
        set(FORMULAS) - found_csv
    )
    record(not checked["dashboard.exports.to_csv"])
    problems, found_xlsx, numbers = xlsx_problems(exports.to_xlsx(frame, "t", money_columns=("Bedrag",)))
    checked["dashboard.exports.to_xlsx"] = problems + ["-7000.25 is not a number"] * (
        numbers.count(-7000.25) != len(FORMULAS)
    )
    record(not checked["dashboard.exports.to_xlsx"])
    missing = set(FORMULAS) - seen
    record(not missing)  # every payload reached the CLI export, neutralised
    assert {k: v for k, v in checked.items() if v} == {}
    assert not missing, missing


def test_rejected_rows_download_of_an_upload(hostile, downloads):
    """The check of an upload offers its rejected rows as CSV and Excel: payloads neutralised,
    the raw amount -7.000,25 of a rejected row left as the number it is."""
    from streamlit import config as st_config

    before = st_config.get_option("server.address")
    st_config.set_option("server.address", "127.0.0.1")  # the shipped, local configuration
    try:
        at = open_page("views/opladen.py")
        data = UPLOADS[SCRIPT_NAME] + b"X9;01/03/2022;2022;vastlegging;overige;VVSG;;1,00;;\r\n"
        at.file_uploader(key="bestand").set_value((SCRIPT_NAME, data, "text/csv")).run()
        files = downloads(at)
        # the report itself lists the script given as a municipality, as the text it is
        values = [v for d in at.dataframe if "Waarde" in d.value.columns for v in d.value["Waarde"]]
    finally:
        st_config.set_option("server.address", before)
    listed = HTML in values
    record(listed)
    assert listed, values
    rejected = {k: v for k, v in files.items() if k.startswith(("csv-geweigerde", "xlsx-geweigerde"))}
    problems: dict[str, list[str]] = {}
    for key, (_, blob) in rejected.items():
        if key.startswith("csv"):
            found, seen = csv_problems(blob)
            text = blob.decode("utf-8-sig")
            found += [] if f";{NEGATIVE};" in text else [f"the raw amount {NEGATIVE} is not kept as it is"]
        else:
            found, seen, _ = xlsx_problems(blob)
        found += [f"payload missing: {set(FORMULAS) - seen}"] if {AT, HYPERLINK, MINUS} - seen else []
        problems[key] = found
        record(not found)
    assert len(rejected) == 2, sorted(files)
    assert {k: v for k, v in problems.items() if v} == {}


# --- a real browser on real servers ----------------------------------------------------------------

SECRET = "secret internal detail in /srv/vapa/geheim.py"
FAULTS = f'''"""Fault injection for tests/reliability/test_security.py (only its own servers load this)."""
import pipelines.ingest as _ingest
import dashboard.tables as _tables

_stage = _ingest.stage


def _broken_stage(con, dataset, scanned, norm, *args, **kwargs):
    read = scanned.records.path if scanned.records is not None else norm  # fast or slow path
    if "FOUT-INJECTIE" in open(read, encoding="utf-8", errors="replace").read():
        raise RuntimeError({SECRET!r})
    return _stage(con, dataset, scanned, norm, *args, **kwargs)


# Drawn on every run of the trajectories page (its tables and charts come from a cache).
_detail = _tables.trajectory_detail


def _broken_detail(row):
    import streamlit as st

    if st.query_params.get("fout") == "1":
        raise RuntimeError({SECRET!r})
    return _detail(row)


_ingest.stage = _broken_stage
_tables.trajectory_detail = _broken_detail
'''
LIMIT_MB = 0.05  # the pipelines' limit on the local server: 50 kB


class Server:
    """`streamlit run app.py` on a free port, stopped at the end of the module."""

    def __init__(self, data_dir: Path, log: Path, *options: str, host: str = "127.0.0.1", **env: str):
        port = _free_port()
        self.log = log
        self.url = f"http://{host}:{port}"
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", str(PROJECT / "app.py"), "--server.port", str(port),
                 "--server.headless", "true", "--browser.gatherUsageStats", "false", *options],
                cwd=PROJECT, env=cli_env(data_dir, **env), stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(log.read_text(errors="replace"))
            try:
                with urllib.request.urlopen(self.url + "/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("streamlit did not start within 60 s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="module")
def local_server(hostile, browser, tmp_path_factory) -> Iterator[Server]:
    """The shipped, local configuration on the hostile data, with a low upload limit (1 MB in
    Streamlit, 50 kB in the pipelines) and injectable faults (FAULTS)."""
    inject = tmp_path_factory.mktemp("faults")
    (inject / "sitecustomize.py").write_text(FAULTS, encoding="utf-8")
    server = Server(
        hostile,
        inject / "streamlit.log",
        "--server.maxUploadSize",
        "1",
        PYTHONPATH=f"{inject}:{PROJECT}",
        VAPA_MAX_UPLOAD_MB=str(LIMIT_MB),
    )
    yield server
    server.stop()


class Watched:
    """A browser page that records dialogs (alert, confirm, prompt): script from the data would
    open one, and set window.__xss."""

    def __init__(self, browser, **options):
        self.page = browser.new_page(locale="nl-BE", **options)
        self.dialogs: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def script_ran(self) -> list[str]:
        """What shows that script from the data ran or injected markup exists."""
        found = [f"dialog: {m}" for m in self.dialogs]
        flag = self.page.evaluate("() => window.__xss")
        if flag is not None:
            found.append(f"window.__xss = {flag}")
        counts = self.page.evaluate(
            """() => ({
                img: document.querySelectorAll('img[src="x"]').length,
                script: [...document.scripts].filter(s => s.textContent.includes('__xss')).length,
                javascript_links: [...document.querySelectorAll('a')].filter(a => /^\\s*javascript:/i.test(
                    a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '')).length,
            })"""
        )
        found += [f"{n} {what}" for what, n in counts.items() if n]
        return found

    def settle(self) -> None:
        """Wait until the app's run is over (the status widget's 'running' state is gone)."""
        self.page.wait_for_timeout(300)
        self.page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=60_000)
        self.page.wait_for_timeout(500)


def open_app(watched: Watched, url: str, heading: str) -> None:
    watched.page.goto(url, wait_until="domcontentloaded")
    watched.page.get_by_role("heading", name=heading, exact=True).first.wait_for(timeout=60_000)
    watched.settle()


def main_text(watched: Watched) -> str:
    return watched.page.locator('[data-testid="stMain"]').inner_text()


PAGES = {  # path: (heading, text from the data that must be shown literally)
    "": ("Overzicht", ()),
    "budget": ("Budgetbenutting", (REASON,)),  # a reason (toelichting) for under-use
    "kaart": ("Kaart", ()),
    f"trajecten?traject={quote(HTML)}": ("Trajecten", (f"{HTML}: Brugge → Oostende",)),
    f"evaluatie?indicator={quote(HTML)}": ("Evaluatie", (HTML,)),
    f"evaluatie?indicator={quote(ANCHOR)}": ("Evaluatie", (ANCHOR,)),
    "vraag": ("Parlementaire vraag", (HTML,)),
    "over-de-data": ("Over de data", ()),
}


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES, ids=[f"{PAGES[p][0]} {i}" for i, p in enumerate(PAGES)])
def test_script_in_the_data_renders_as_text_on_every_page(local_server, browser, path):
    heading, literal = PAGES[path]
    w = Watched(browser)
    open_app(w, f"{local_server.url}/{path}", heading)
    ran = w.script_ran()
    text = main_text(w)
    missing = [t for t in literal if t not in text]
    record(not ran and not missing)
    w.page.close()
    assert ran == [] and missing == [], (ran, missing)


TOOLBAR_PAGES = {**{p: h for p, (h, _) in PAGES.items()}, "opladen": "Gegevens opladen"}


@pytest.mark.browser
@pytest.mark.parametrize(
    "path", TOOLBAR_PAGES, ids=[f"{h} {i}" for i, h in enumerate(TOOLBAR_PAGES.values())]
)
def test_no_table_toolbar_offers_a_download_of_formula_text(local_server, browser, path):
    """Streamlit's own "Download as CSV" writes the cells as they are (a live =HYPERLINK in a
    spreadsheet): it is switched off, on every page, in favour of the project's protected
    buttons. Every table of the page (all tabs opened) is hovered so that its toolbar shows;
    the toolbar is there (Search) but offers no download. The hostile data put formula text in
    every dataset (keys, themes, indicators, texts, file names), so these tables hold it."""
    w = Watched(browser)
    open_app(w, f"{local_server.url}/{path}", TOOLBAR_PAGES[path])
    for tab in w.page.get_by_role("tab").all():  # tables behind a 'Tabel' or history tab
        if tab.is_visible():
            tab.click()
    w.settle()
    # a busy machine may still be drawing (the map page draws its table after the map)
    w.page.locator('[data-testid="stDataFrame"]:visible').first.wait_for(timeout=60_000)
    tables = [t for t in w.page.locator('[data-testid="stDataFrame"]').all() if t.is_visible()]
    labels: list[str | None] = []
    for t in tables:
        t.scroll_into_view_if_needed()
        t.hover()
        w.page.wait_for_timeout(300)
        labels += [b.get_attribute("aria-label") for b in t.locator("xpath=..").locator("button").all()]
    offered = labels.count("Download as CSV")
    ok = bool(tables) and "Search" in labels and offered == 0
    record(ok)
    w.page.close()
    assert tables and "Search" in labels, f"no table toolbar seen on {path!r}: {labels}"
    assert offered == 0, f"{offered} table toolbar download(s) offered on {path!r}"


def _choose(w: Watched, label: str, option: str | re.Pattern) -> None:
    w.page.locator('[data-testid="stSelectbox"]').filter(has_text=label).locator("input").click()
    w.page.get_by_role("option", name=option).click()
    w.settle()


@pytest.mark.browser
def test_file_names_in_the_history_render_as_text(local_server, hostile, browser):
    """The history (versions and the files of each) names the uploaded files literally."""
    from dashboard.history import describe
    from pipelines.exports import status

    labels = {v["version"]: describe(v) for v in status(hostile)["versions"]}
    shown = [labels[4], labels[3]]
    assert shown[0].startswith(f"versie 4: indicatoren, {HTML}.csv, ")
    assert shown[1].startswith(f"versie 3: uitgaven, {SCRIPT_NAME}, ")
    w = Watched(browser)
    open_app(w, f"{local_server.url}/opladen", "Gegevens opladen")
    w.page.get_by_role("tab", name="Geschiedenis").click()
    w.settle()
    chooser = w.page.get_by_role("combobox", name="Bestanden van een versie")
    seen = [chooser.input_value()]
    _choose(w, "Bestanden van een versie", shown[1])
    seen.append(chooser.input_value())
    ran = w.script_ran()
    record(not ran and seen == shown)
    w.page.close()
    assert ran == [] and seen == shown, (ran, seen)


def _upload(w: Watched, name: str, data: bytes) -> None:
    w.page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": data}]
    )


HOSTILE_ROW = f"X8;01/03/2022;2022;vastlegging;overige;{HTML};;1,00;;{HTML}\r\n".encode()


@pytest.mark.browser
def test_upload_report_shows_script_as_text(local_server, browser):
    """An upload named like a script, with a script as municipality and in a comment: the
    check's report shows them, nothing runs."""
    w = Watched(browser)
    open_app(w, f"{local_server.url}/opladen", "Gegevens opladen")
    _upload(w, SCRIPT_NAME, UPLOADS[SCRIPT_NAME] + HOSTILE_ROW)
    w.page.get_by_text("Herkend aan de kolomnamen: uitgaven.").wait_for(timeout=60_000)
    w.page.get_by_text("Fout: Gemeente onbekend (2)").click()
    w.settle()
    uploader = w.page.locator('[data-testid="stFileUploader"]').inner_text()
    ran = w.script_ran()
    literal = "<script...cript>.csv" in uploader  # Streamlit shortens the name in the middle
    record(not ran and literal)
    assert ran == [] and literal, (ran, uploader)
    # A column named like a script, instead of the required 'bedrag': the mapping names it.
    header, rest = UPLOADS[SCRIPT_NAME].split(b"\r\n", 1)
    _upload(w, "kolom.csv", header.replace(b";bedrag;", b";" + HTML.encode() + b";") + b"\r\n" + rest)
    w.page.get_by_role("combobox", name="Dataset").wait_for(timeout=60_000)
    w.settle()
    if w.page.get_by_text("Herkend aan de kolomnamen").count() == 0:
        _choose(w, "Dataset", re.compile("^uitgaven"))
    w.page.get_by_text("Verplichte kolommen niet gevonden: bedrag.").wait_for(timeout=60_000)
    w.settle()
    ran = w.script_ran()
    label = f"Kolom '{HTML}' is" in main_text(w)
    record(not ran and label)
    w.page.close()
    assert ran == [] and label, (ran, main_text(w))


@pytest.mark.browser
def test_an_upload_over_the_size_limit_gets_a_dutch_message(local_server, browser):
    """Over the pipelines' limit (50 kB here): refused with a Dutch reason. Over Streamlit's own
    limit (1 MB here) the file never reaches the app: the page states the limit in Dutch."""
    w = Watched(browser)
    open_app(w, f"{local_server.url}/opladen", "Gegevens opladen")
    header = UPLOADS[SCRIPT_NAME].split(b"\r\n")[0] + b"\r\n"
    row = b"B%06d;01/03/2022;2022;vastlegging;overige;VVSG;;1,00;;\r\n"
    big = header + b"".join(row % i for i in range(int(LIMIT_MB * 1024 * 1024 / len(row)) + 100))
    _upload(w, "groot.csv", big)
    w.page.get_by_text("Bestand te groot", exact=False).wait_for(timeout=60_000)
    refusal = w.page.locator('[data-testid="stAlert"]').filter(has_text="Bestand te groot").inner_text()
    pipeline_ok = "de grens is" in refusal and "Er wordt niets gepubliceerd" in refusal
    record(pipeline_ok)
    _upload(w, "te-groot.csv", header + b"x" * 1_100_000)
    w.page.get_by_text("File must be", exact=False).wait_for(timeout=30_000)
    limit = f"{LIMIT_MB:.2f}".replace(".", ",")
    stated = w.page.get_by_text(f"Hoogstens {limit} MB per bestand", exact=False).count() > 0
    record(stated)
    w.page.close()
    assert pipeline_ok, refusal
    assert stated, "the page does not state the upload limit in Dutch"


LEAKS = ("Traceback", 'File "', SECRET, "RuntimeError", "geheim.py")


@pytest.mark.browser
def test_an_internal_error_in_an_upload_shows_a_code_not_a_traceback(local_server, browser):
    w = Watched(browser)
    open_app(w, f"{local_server.url}/opladen", "Gegevens opladen")
    faulty = UPLOADS[SCRIPT_NAME] + b"X7;01/03/2022;2022;vastlegging;overige;VVSG;;1,00;;FOUT-INJECTIE\r\n"
    _upload(w, "fout.csv", faulty)
    w.page.get_by_text("Interne fout bij het verwerken", exact=False).wait_for(timeout=60_000)
    w.settle()
    text, html = main_text(w), w.page.content()
    leaked = [s for s in LEAKS if s in text or s in html]
    coded = "Meld code" in text
    record(not leaked and coded)
    w.page.close()
    assert leaked == [] and coded, (leaked, text)


@pytest.mark.browser
def test_an_internal_error_on_a_page_shows_dutch_not_a_traceback(local_server, browser, hostile):
    """An unexpected error while drawing a page (injected in the trajectory detail): a Dutch
    message with a code for the administrator, no traceback, type or message of the error."""
    w = Watched(browser)
    open_app(w, f"{local_server.url}/trajecten?fout=1", "Trajecten")
    w.page.get_by_text("Er ging iets mis", exact=False).or_(
        w.page.locator('[data-testid="stException"]')
    ).first.wait_for(timeout=60_000)
    w.settle()
    text, html = main_text(w), w.page.content()
    leaked = [s for s in LEAKS if s in text or s in html]
    code = re.search(r"meld code (\S+) aan de beheerder", text)
    dutch = "Er ging iets mis" in text and code is not None
    english = "This app has encountered an error" in text
    # the administrator finds the details under that code
    log = hostile / "logs" / "internal-errors.log"
    logged = code is not None and log.exists() and f"{code[1]}\nTraceback" in log.read_text(encoding="utf-8")
    record(not leaked and dutch and not english and logged)
    w.page.close()
    assert leaked == [] and dutch and not english, (leaked, text)
    assert logged, "the error is not in logs/internal-errors.log under its code"


def test_error_details_are_never_shown():
    import tomllib

    config = tomllib.loads((PROJECT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    ok = config["client"]["showErrorDetails"] == "none" and config["client"]["disableDataExport"] is True
    record(ok)
    assert ok


def test_a_javascript_report_link_never_becomes_a_link(hostile, tmp_path, monkeypatch):
    """A javascript: report link is refused by the ingest; and should one be in the data anyway
    (written by hand or by an older version), neither the trajectory's button nor the
    evaluation's link column offers it."""
    import duckdb

    from dashboard import db

    check = ingest("trajecten", csv_file("trajecten", TRAJECTEN), data_dir=tmp_path, user="t", dry_run=True)
    refused = any(e.code == "BAD_URL" and e.value == JS_LINK for e in check.errors)
    links = {
        r[0] for r in duckdb.sql(f"SELECT rapport_link FROM {published(hostile, 'trajecten')}").fetchall()
    } - {None}
    stored = all(re.match(r"https?://", link) for link in links) and bool(links)

    real = db.run_query

    def tampered(name, *args, **kwargs):
        df = real(name, *args, **kwargs)
        if name == "trajecten_lijst":
            df = df.copy()
            df["rapport_link"] = JS_LINK.upper().replace("JAVASCRIPT", "JavaScript")
        return df

    monkeypatch.setattr(db, "run_query", tampered)
    at = open_page("views/trajecten.py")
    buttons = [b.proto.url for b in at.get("link_button")]
    at = open_page("views/evaluatie.py")
    table = next(d.value for d in at.dataframe if "Link naar rapport" in d.value.columns)
    shown = [v for v in table["Link naar rapport"] if v]
    offered = [u for u in buttons + shown if not re.match(r"(?i)https?://", u)]
    record(refused and stored and not offered)
    assert refused, check.errors
    assert stored, links
    assert offered == [], offered


# --- no anonymous writes over the network ----------------------------------------------------------


@pytest.fixture(scope="module")
def network_server(hostile, browser, tmp_path_factory) -> Iterator[Server]:
    """The hostile data on a server listening on every interface, without login, reached through
    this machine's network address."""
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")
    log = tmp_path_factory.mktemp("network") / "streamlit.log"
    server = Server(hostile, log, "--server.address", "0.0.0.0", host=address)
    yield server
    server.stop()


def _nothing_to_write_with(w: Watched) -> list[str]:
    """What on the upload page would let this session write."""
    found = []
    if w.page.get_by_text("niemand kan hier gegevens wijzigen", exact=False).count() == 0:
        found.append("no explanation why writing is not allowed")
    if w.page.locator('[data-testid="stFileUploaderDropzoneInput"]').count():
        found.append("an upload widget")
    if w.page.get_by_role("button", name=re.compile("^Publiceren")).count():
        found.append("a publish button")
    return found


@pytest.mark.browser
def test_a_network_session_cannot_publish_or_roll_back(network_server, browser, hostile):
    """No upload widget, no publish button; the rollback button stays disabled even with the
    confirmation ticked, and a click forced on it (disabled attribute removed) writes nothing."""
    version = Store(hostile).current_version()
    w = Watched(browser)
    open_app(w, f"{network_server.url}/opladen", "Gegevens opladen")
    no_publish = _nothing_to_write_with(w)
    record(not no_publish)
    w.page.get_by_role("tab", name="Geschiedenis").click()
    w.settle()
    w.page.get_by_text("Terugzetten vraagt schrijfrechten.").wait_for()
    w.page.get_by_text("Ik wil de gegevens van versie", exact=False).click()
    w.settle()
    button = w.page.locator(".st-key-terugzetten button")
    disabled = button.is_disabled()
    button.evaluate("b => b.removeAttribute('disabled')")
    button.click(force=True)
    w.page.wait_for_timeout(1000)
    w.settle()
    wrote = (
        Store(hostile).current_version() != version
        or w.page.get_by_text("gepubliceerd met de gegevens").count()
    )
    record(disabled and not wrote)
    w.page.close()
    assert no_publish == [], no_publish
    assert disabled, "the rollback button can be used by an anonymous network session"
    assert not wrote, "a forced click on the disabled rollback button rolled back"


@pytest.mark.browser
@pytest.mark.parametrize("how", ["forwarded headers claim loopback", "loopback to a network server"])
def test_a_crafted_request_does_not_make_a_network_session_local(network_server, browser, how):
    """Headers saying the client is this machine, or connecting through 127.0.0.1 to a server
    that listens on every interface: still no way to write."""
    port = network_server.url.rsplit(":", 1)[1]
    if how == "forwarded headers claim loopback":
        headers = {"X-Forwarded-For": "127.0.0.1", "X-Real-IP": "127.0.0.1", "Forwarded": "for=127.0.0.1"}
        w, url = Watched(browser, extra_http_headers=headers), network_server.url
    else:
        w, url = Watched(browser), f"http://127.0.0.1:{port}"
    open_app(w, f"{url}/opladen", "Gegevens opladen")
    found = _nothing_to_write_with(w)
    record(not found)
    w.page.close()
    assert found == [], found


def test_forged_widget_messages_cannot_write(hostile, tmp_path, monkeypatch):
    """A client sending the rollback button's trigger itself (AppTest sets the widget value as
    a crafted message would): refused without rights; the same message does roll back with
    rights, so the forgery is really delivered."""
    from streamlit import config as st_config
    from streamlit.testing.v1.element_tree import Button

    def forge_rollback(address: str) -> bool:
        before = st_config.get_option("server.address")
        st_config.set_option("server.address", address)
        try:
            at = open_page("views/opladen.py")
            at.checkbox(key="terug-zeker").check().run()
            button = at.button(key="terugzetten")
            assert isinstance(button, Button)
            button._value = True  # the trigger, as a crafted websocket message carries it
            store = Store(os.environ["VAPA_DATA_DIR"])
            version = store.current_version()
            at.run()
            return store.current_version() != version
        finally:
            st_config.set_option("server.address", before)

    network_wrote = forge_rollback("0.0.0.0")
    copy = tmp_path / "copy"
    copy.mkdir()
    publish_hostile(copy)
    monkeypatch.setenv("VAPA_DATA_DIR", str(copy))
    local_wrote = forge_rollback("127.0.0.1")
    record(not network_wrote and local_wrote)
    assert not network_wrote, "a forged rollback trigger from a network session rolled back"
    assert local_wrote, "the forged trigger never reached the app: this check proves nothing"


def test_rejected_rows_of_a_workbook_download_as_csv(tmp_path, monkeypatch, downloads):
    """A workbook (.xlsx) upload's rejected rows in the history: a CSV named .csv, neutralised."""
    book = openpyxl.Workbook()
    columns = get_dataset("trajecten").column_names
    book.active.append(list(columns))
    for row in TRAJECTEN:
        book.active.append([row.get(c, "") for c in columns])
    for cells in book.active.iter_rows():
        for cell in cells:
            cell.data_type = "s"  # text, as typed with a leading ' in Excel (openpyxl: '=...' is a formula)
    data = io.BytesIO()
    book.save(data)
    result = ingest("trajecten", data.getvalue(), file_name="trajecten.xlsx", data_dir=tmp_path, user="t")
    assert result.status == "published" and result.rows_rejected == 2, result.refusal
    monkeypatch.setenv("VAPA_DATA_DIR", str(tmp_path))
    files = downloads(open_page("views/opladen.py"))
    name, blob = files["geweigerd"]
    problems = [] if name.endswith(".csv") else [f"CSV rows offered as {name!r}"]
    found, seen = csv_problems(blob)
    problems += found + ([] if {HYPERLINK, CR} <= seen else [f"payloads missing: {seen}"])
    record(not problems)
    assert problems == []
