"""The upload page: preview and report, publish, Excel, column mapping, history and rollback,
who may write, and two uploads at once."""

from __future__ import annotations

import io
import json
import re

import duckdb
import pytest
from conftest import PROJECT, published, spawn_ingest, unescape
from streamlit import config as st_config
from streamlit.testing.v1 import AppTest
from test_ingest import excel_file

from dashboard.auth import decide
from pipelines.ingest import ingest
from pipelines.store import Store
from pipelines.upload import detect_dataset, read_headers, xlsx_to_csv

APP = str(PROJECT / "app.py")


@pytest.fixture
def local_server():
    """The shipped configuration: the server listens on the loopback address only."""
    before = st_config.get_option("server.address")
    st_config.set_option("server.address", "127.0.0.1")
    yield
    st_config.set_option("server.address", before)


def upload_page(**setup) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in setup.items():
        setattr(at, key, value)
    at.run()
    at.switch_page("views/opladen.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


# --- who may write ---------------------------------------------------------------------------


def test_write_rules():
    local = dict(server_address="127.0.0.1", client_ip=None)
    assert decide(False, False, None, set(), **local).allowed  # single user on this computer
    network = decide(False, False, None, set(), server_address="0.0.0.0", client_ip="10.1.2.3")
    assert not network.allowed and "geen aanmelding" in network.reason
    # a server bound to all interfaces refuses anonymous writes even from the machine itself
    assert not decide(False, False, None, set(), server_address="0.0.0.0", client_ip=None).allowed
    assert not decide(False, False, None, set(), server_address="127.0.0.1", client_ip="10.1.2.3").allowed
    editors = {"an@vlaanderen.be"}
    anonymous = decide(True, False, None, editors, **local)
    assert not anonymous.allowed and anonymous.can_login
    outsider = decide(True, True, "piet@vlaanderen.be", editors, **local)
    assert not outsider.allowed and "niet op de lijst van redacteurs" in outsider.reason
    editor = decide(True, True, "An@Vlaanderen.be", editors, server_address="0.0.0.0", client_ip="10.1.2.3")
    assert editor.allowed and editor.user == "an@vlaanderen.be"


def test_page_without_rights_shows_no_upload(data_dir):
    before = st_config.get_option("server.address")
    st_config.set_option("server.address", "0.0.0.0")
    try:
        at = upload_page()
    finally:
        st_config.set_option("server.address", before)
    assert not at.get("file_uploader")
    assert any("geen aanmelding ingesteld" in i.value for i in at.info)
    assert at.button(key="terugzetten").disabled if at.get("button") else True


OIDC = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32,
                 "client_id": "vapa", "client_secret": "s", "server_metadata_url": "https://idp.invalid/.well-known"}}  # fmt: skip


def test_logged_in_editor_can_upload(data_dir, monkeypatch):
    monkeypatch.setenv("VAPA_EDITORS", "an@vlaanderen.be")
    at = upload_page(secrets=OIDC, user={"email": "an@vlaanderen.be", "is_logged_in": True})
    assert at.get("file_uploader")
    shown = " ".join(c.value.replace("\\", "") for c in at.caption)  # as rendered: escapes removed
    assert "Aangemeld als an@vlaanderen.be (redacteur)." in shown


def test_logged_in_non_editor_cannot_upload(data_dir, monkeypatch):
    monkeypatch.setenv("VAPA_EDITORS", "an@vlaanderen.be")
    at = upload_page(secrets=OIDC, user={"email": "piet@vlaanderen.be", "is_logged_in": True})
    assert not at.get("file_uploader")
    assert any("niet op de lijst van redacteurs" in i.value for i in at.info)


def test_not_logged_in_is_offered_login(data_dir, monkeypatch):
    monkeypatch.setenv("VAPA_EDITORS", "an@vlaanderen.be")
    at = upload_page(secrets=OIDC, user={"is_logged_in": False})
    assert not at.get("file_uploader")
    assert "Aanmelden" in [b.label for b in at.button]


# --- upload, report, publish, rollback ----------------------------------------------------------


def confirm(at: AppTest, text: str) -> None:
    """Tick the confirmation that states `text` (publishing is disabled until then)."""
    assert at.button(key="publiceren").disabled
    box = next(c for c in at.checkbox if text in c.label)
    box.check().run()


def test_upload_report_publish_and_rollback(data_dir, local_server):
    at = upload_page()
    demo_rows = Store(data_dir).current()["datasets"]["uitgaven"]["rows"]
    at.file_uploader(key="bestand").set_value(("export.csv", excel_file(), "text/csv")).run()
    assert not at.exception
    assert "Herkend aan de kolomnamen: uitgaven." in [c.value for c in at.caption]
    shown = metrics(at)
    assert (shown["Rijen gelezen"], shown["Aanvaard"], shown["Geweigerd"]) == ("7", "4", "3")
    labels = [e.label for e in at.expander]
    assert "Fout: Geen geldige datum (1)" in labels and "Fout: Gemeente onbekend (1)" in labels
    report = [df.value for df in at.dataframe if "Uitleg" in df.value.columns]
    lines = sorted(int(r) for df in report for r in df["Regel"])
    assert lines == [5, 6, 7]
    version = Store(data_dir).current_version()
    assert Store(data_dir).current()["datasets"]["uitgaven"]["rows"] == demo_rows  # checked, not published
    confirm(at, f"{demo_rows} boekingen worden vervangen door 4")
    at.button(key="publiceren").click().run()
    assert not at.exception
    assert any(s.value.startswith(f"Gepubliceerd als versie {version + 1}: 4 rijen") for s in at.success)
    store = Store(data_dir)
    assert store.current()["datasets"]["uitgaven"]["rows"] == 4
    assert store.ledger()[-1]["user"]  # who uploaded
    # History: the new version with its counts; roll back to the demo version.
    history = [
        df.value for df in at.dataframe if "Geweigerd" in df.value.columns and "Versie" in df.value.columns
    ][0]
    assert history.iloc[0]["Bestand"] == "export.csv" and history.iloc[0]["Geweigerd"] == "3"
    at.selectbox(key="terug-naar").set_value(version).run()
    at.checkbox(key="terug-zeker").check().run()
    choice = at.selectbox(key="terug-naar")
    # dataset, file, date and rows (the demo's last file), not a bare number
    assert re.fullmatch(
        rf"versie {version}: indicatoren, demo_indicatoren\.csv, \d\d/\d\d/\d{{4}} \d\d:\d\d, 6\.255 rijen",
        choice.format_func(version),
    )
    at.button(key="terugzetten").click().run()
    assert not at.exception
    store = Store(data_dir)
    assert store.current()["datasets"]["uitgaven"]["rows"] == demo_rows
    assert store.ledger()[-1]["action"] == "rollback" and store.ledger()[-1]["rollback_to"] == version
    # The same page shows it at once: the rollback on top, the confirmation unticked.
    history = [
        df.value for df in at.dataframe if "Geweigerd" in df.value.columns and "Versie" in df.value.columns
    ][0]
    assert int(history.iloc[0]["Versie"]) == store.current_version() == version + 2
    assert history.iloc[0]["Actie"] == f"terugzetten naar versie {version}"
    assert at.checkbox(key="terug-zeker").value is False
    assert at.button(key="terugzetten").disabled
    assert any(s.value.startswith(f"Versie {version + 2} gepubliceerd") for s in at.success)


def test_excel_workbook_upload(data_dir, local_server):
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["boeking_id", "boekingsdatum", "begrotingsjaar", "fase", "stroom", "begunstigde", "bedrag"])
    from datetime import datetime

    ws.append(["X1", datetime(2022, 3, 15), 2022, "vastlegging", "compensatie_aanbieder", "Gent", 1234.5])
    ws.append(["X2", "31/02/2022", 2022, "vastlegging", "compensatie_aanbieder", "Gent", 10])
    buf = io.BytesIO()
    book.save(buf)
    data = buf.getvalue()
    assert read_headers(data)[0] == "boeking_id" and detect_dataset(read_headers(data)) == "uitgaven"
    xlsx_to_csv(data, data_dir / "sheet.csv")
    assert (data_dir / "sheet.csv").read_text(encoding="utf-8").splitlines()[
        1
    ] == "X1;15/03/2022;2022;vastlegging;compensatie_aanbieder;Gent;1234,5"
    result = ingest("uitgaven", data, file_name="export.xlsx", data_dir=data_dir, user="t")
    assert (result.status, result.rows_accepted, result.rows_rejected) == ("published", 1, 1)
    assert [(e.line, e.column) for e in result.errors] == [(3, "boekingsdatum")]  # the sheet's row number
    assert Store(data_dir).raw_path(result.file_sha256).read_bytes() == data  # the workbook itself is kept
    assert Store(data_dir).raw_path(result.file_sha256).suffix == ".xlsx"


def test_headers_are_read_as_the_ingest_reads_them(data_dir):
    """Detection and column mapping see the same column names as the ingest: a quoted name
    with a line break (Excel: Alt+Enter) is one column, in a CSV and in a workbook."""
    import openpyxl

    names = ["boeking_id", "boekingsdatum", "begrotingsjaar", "fase", "stroom", "begunstigde"]
    values = ["M1", "01/03/2022", "2022", "vastlegging", "compensatie_aanbieder", "Gent", "100,00"]
    text = ";".join(names) + ';"Totaal\r\nbetaald";Nota\r\n' + ";".join(values) + ";x\r\n"
    book = openpyxl.Workbook()
    book.active.append([*names, "Totaal\nbetaald", "Nota"])
    book.active.append([*values, "x"])
    buf = io.BytesIO()
    book.save(buf)
    for data, total in [(text.encode(), "Totaal\r\nbetaald"), (buf.getvalue(), "Totaal\nbetaald")]:
        headers = read_headers(data)
        assert headers == [*names, total, "Nota"]
        result = ingest(
            "uitgaven", data, file_name="f", data_dir=data_dir, user="t", mapping={total: "bedrag"}
        )
        assert (result.status, result.rows_accepted) == ("published", 1), result.refusal


def test_headers_of_a_utf8_file_cut_inside_a_character(data_dir):
    """The header sample is the first 64 KiB; a character cut at its end must not make the
    whole sample read as Windows-1252 (mojibake in accented column names)."""
    header = "Fáse;boeking_id;boekingsdatum;begrotingsjaar;stroom;begunstigde;bedrag\r\n".encode()
    pad = 65536 - len(header) - 1  # a two-byte 'é' straddles byte 65536
    data = header + b"x" * pad + "é".encode() * 10
    assert read_headers(data)[0] == "Fáse"
    assert detect_dataset(read_headers(data)) == "uitgaven"


def test_a_zip_that_is_no_workbook_is_refused_on_the_page_not_a_crash(data_dir, local_server):
    """Column detection must not raise on a file the ingest refuses: the page shows the reason."""
    assert read_headers(b"PK\x03\x04 geen werkmap") == []
    at = upload_page()
    at.file_uploader(key="bestand").set_value(
        ("export.xlsx", b"PK\x03\x04 geen werkmap", "application/zip")
    ).run()
    assert not at.exception, [e.value for e in at.exception]
    next(s for s in at.selectbox if s.label == "Dataset").set_value("uitgaven").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(
        "Geen tekstbestand" in unescape(e.value) and "Excel-werkmap" in unescape(e.value) for e in at.error
    )


def test_column_mapping_is_offered_and_remembered(data_dir, local_server):
    header = "boeking_id;boekingsdatum;begrotingsjaar;fase;stroom;begunstigde;Totaal betaald\r\n"
    first = (header + "M1;01/03/2022;2022;vastlegging;compensatie_aanbieder;Gent;100,00\r\n").encode()
    at = upload_page()
    at.file_uploader(key="bestand").set_value(("eigen.csv", first, "text/csv")).run()
    at.selectbox(key=next(s.key for s in at.selectbox if (s.key or "").startswith("dataset-"))).set_value(
        "uitgaven"
    ).run()
    assert any("Verplichte kolommen niet gevonden: bedrag" in w.value for w in at.warning)
    assert at.button(key="publiceren").disabled  # the check refused the file
    mapper = next(s for s in at.selectbox if (s.key or "").endswith("-Totaal betaald"))
    mapper.set_value("bedrag").run()
    assert metrics(at)["Aanvaard"] == "1"
    confirm(at, "worden vervangen door 1")  # the demo's bookings
    at.button(key="publiceren").click().run()
    assert Store(data_dir).current()["datasets"]["uitgaven"]["rows"] == 1
    # The next file with the same columns comes with the mapping already chosen.
    second = (header + "M2;01/04/2022;2022;vastlegging;compensatie_aanbieder;Gent;50,00\r\n").encode()
    at = upload_page()
    at.file_uploader(key="bestand").set_value(("eigen-2.csv", second, "text/csv")).run()
    at.selectbox(key=next(s.key for s in at.selectbox if (s.key or "").startswith("dataset-"))).set_value(
        "uitgaven"
    ).run()
    assert next(s for s in at.selectbox if (s.key or "").endswith("-Totaal betaald")).value == "bedrag"
    assert metrics(at)["Aanvaard"] == "1"


def test_templates_are_offered(data_dir, local_server, monkeypatch):
    """Every dataset can be chosen, as a workbook or a CSV; its two buttons download the empty
    template (the header only) and the example (header and example rows) under the dataset's
    name."""
    import io

    import openpyxl
    from streamlit.runtime.media_file_manager import MediaFileManager

    from pipelines import contract

    offered: dict[str, object] = {}  # file name -> the callable the download runs
    add = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        offered[file_name] = data_callable
        return add(self, data_callable, mimetype, coordinates, file_name, **kw)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    at = upload_page()
    choice = at.radio(key="sjabloon-dataset")
    assert len(choice.options) == len(contract.DATASETS)
    assert at.radio(key="sjabloon-formaat").options == [
        "Excel-werkmap (.xlsx)",
        "CSV (Belgisch Excel-formaat)",
    ]
    for name, ds in contract.DATASETS.items():
        choice.set_value(name).run()
        labels = {b.key: b.proto.label for b in at.get("download_button")}
        assert labels["sjabloon-leeg"] == f"Leeg sjabloon ({name})"
        assert labels["sjabloon-voorbeeld"] == f"Voorbeeld ({name})"
        for kind, rows in (("sjabloon", 1), ("voorbeeld", 1 + len(ds.example_rows))):
            sheet = openpyxl.load_workbook(io.BytesIO(offered[f"{name}-{kind}.xlsx"]())).worksheets[0]
            assert [c.value for c in sheet[1]] == list(ds.column_names) and sheet.max_row == rows
    at.radio(key="sjabloon-formaat").set_value("csv").run()
    for name, ds in contract.DATASETS.items():
        choice = at.radio(key="sjabloon-dataset")
        choice.set_value(name).run()
        header = ";".join(ds.column_names) + "\r\n"
        assert offered[f"{name}-sjabloon.csv"]().decode("utf-8-sig") == header
        example = offered[f"{name}-voorbeeld.csv"]().decode("utf-8-sig")
        assert example.startswith(header) and example.count("\r\n") == 1 + len(ds.example_rows)


# --- the mode and the confirmations (issue 20, item 9) ------------------------------------------


def bookings(n: int, bad: int = 0) -> bytes:
    """An uitgaven CSV of `n` valid payments (keys P-1...) and `bad` rows with an unknown beneficiary."""
    header = "boeking_id;boekingsdatum;begrotingsjaar;fase;stroom;begunstigde;bedrag"
    rows = [f"P-{i};01/03/2022;2022;vastlegging;compensatie_aanbieder;Gent;100,00" for i in range(1, n + 1)]
    rows += [f"Q-{i};01/03/2022;2022;vastlegging;compensatie_aanbieder;Gentt;100,00" for i in range(bad)]
    return ("\r\n".join([header, *rows]) + "\r\n").encode()


def test_the_mode_stays_as_chosen_when_another_file_is_chosen(data_dir, local_server):
    """The browser clears the uploader before it sends the next file: the run in between has no
    file, and the mode must survive it (it jumped back to 'Vervangen')."""
    ingest("uitgaven", bookings(3), file_name="eerst.csv", data_dir=data_dir, user="t")
    at = upload_page()
    at.file_uploader(key="bestand").set_value(("a.csv", bookings(1), "text/csv")).run()
    at.radio(key="wijze").set_value("append").run()
    at.file_uploader(key="bestand").set_value(None).run()
    at.file_uploader(key="bestand").set_value(("b.csv", bookings(5), "text/csv")).run()
    assert at.radio(key="wijze").value == "append"
    assert not [c.label for c in at.checkbox if "vervangen" in c.label]  # append replaces nothing
    at.switch_page("views/overzicht.py").run()
    at.switch_page("views/opladen.py").run()
    assert at.radio(key="wijze").value == "append"  # kept across pages too


def test_replacing_and_publishing_mostly_refused_rows_ask_to_confirm(data_dir, local_server):
    """65 published bookings, then a file with 2 good rows of 7, replacing: both effects are
    stated with number agreement, and nothing is published until both are confirmed."""
    ingest("uitgaven", bookings(65), file_name="eerst.csv", data_dir=data_dir, user="t")
    at = upload_page()
    at.file_uploader(key="bestand").set_value(("klein.csv", bookings(2, bad=5), "text/csv")).run()
    assert at.radio(key="wijze").value == "replace"
    warnings = [w.value for w in at.warning]
    assert "65 boekingen worden vervangen door 2." in warnings
    assert "5 van de 7 rijen zijn geweigerd; alleen 2 worden gepubliceerd." in warnings
    assert at.button(key="publiceren").disabled
    next(c for c in at.checkbox if "65 boekingen worden vervangen door 2" in c.label).check().run()
    assert at.button(key="publiceren").disabled  # the second confirmation is still open
    assert Store(data_dir).current()["datasets"]["uitgaven"]["rows"] == 65
    next(c for c in at.checkbox if "5 van de 7 rijen" in c.label).check().run()
    at.button(key="publiceren").click().run()
    assert not at.exception
    assert Store(data_dir).current()["datasets"]["uitgaven"]["rows"] == 2


def test_confirmation_texts_agree_in_number():
    from types import SimpleNamespace

    from dashboard.uploadflow import confirmations

    def texts(**counts):
        base = dict(mode="replace", rows_before=0, rows_read=1, rows_accepted=1, rows_rejected=0)
        return [t for _, t in confirmations("trajecten", SimpleNamespace(**{**base, **counts}))]

    assert texts(rows_before=1) == ["1 traject wordt vervangen door 1"]
    assert texts(mode="append", rows_before=9) == []
    assert texts(rows_read=3, rows_accepted=1, rows_rejected=2) == [
        "2 van de 3 rijen zijn geweigerd; alleen 1 wordt gepubliceerd"
    ]
    assert texts(rows_read=2, rows_accepted=1, rows_rejected=1) == []  # half is not most


# --- two writers at once ------------------------------------------------------------------------


def test_two_uploads_at_the_same_time_are_both_kept(data_dir, tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_bytes(excel_file())
    b.write_bytes(excel_file().replace(b"B-", b"C-"))
    procs = [spawn_ingest(path, data_dir) for path in (a, b)]
    docs = [json.loads(p.communicate(timeout=120)[0]) for p in procs]
    assert sorted(d["version"] for d in docs) == [1, 2]
    store = Store(data_dir)
    ids = sorted(
        r[0] for r in duckdb.sql(f"SELECT boeking_id FROM {published(data_dir, 'uitgaven')}").fetchall()
    )
    assert ids == ["B-1", "B-2", "B-6", "B-7", "C-1", "C-2", "C-6", "C-7"]  # neither upload lost
    assert [r["status"] for r in store.ledger()] == ["published", "published"]
