"""A real browser (Debian's chromium) on a real `streamlit run`: the README's first command."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import lan_address

from pipelines.demo import DEMO_NOTICE
from pipelines.store import Store

pytestmark = pytest.mark.browser


def test_fresh_start_shows_the_overview_on_demo_data(browser, streamlit_server, data_dir):
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE")
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_role("heading", name="Overzicht").wait_for(timeout=60_000)
    values = page.locator('[data-testid="stMetricValue"]')
    values.filter(has_text="€\xa0517.044").wait_for()
    labels = page.locator('[data-testid="stMetricLabel"]').all_inner_texts()
    shown = dict(zip([label.strip() for label in labels], values.all_inner_texts(), strict=True))
    assert shown["Trajecten"] == "25"
    assert shown["Budget"] == "€\xa0517.044"
    assert page.get_by_text(DEMO_NOTICE).count() == 1
    assert page.get_by_text("Stand van", exact=False).count() >= 1
    assert "Traceback" not in page.content()
    # Offline by design: nothing but the local server was asked for anything.
    outside = [u for u in requests if not u.startswith((url, "data:", "blob:"))]
    assert outside == []
    page.close()


def _metrics(page) -> dict[str, str]:
    labels = page.locator('[data-testid="stMetricLabel"]').all_inner_texts()
    values = page.locator('[data-testid="stMetricValue"]').all_inner_texts()
    return dict(zip([label.strip() for label in labels], values, strict=True))


def test_a_link_with_filters_opens_the_filtered_view(browser, streamlit_server, data_dir):
    from fixture_small import publish_small

    publish_small(data_dir)
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE")
    page.goto(url + "/?jaar=2022&provincie=Antwerpen&indeling=2025", wait_until="domcontentloaded")
    page.get_by_text("Selectie: 2022 · Antwerpen · gemeentegrenzen 2025").wait_for(timeout=60_000)
    page.locator('[data-testid="stMetricValue"]').filter(has_text="€\xa010.000").wait_for()
    page.locator('[data-testid="stMetricValue"]').nth(7).wait_for()
    shown = _metrics(page)
    assert shown["Vastgelegd"] == "€\xa010.000"
    assert shown["Betaald (netto)"] == "€\xa07.000"
    assert shown["Trajecten"] == "1"
    assert page.get_by_text("Demogegevens", exact=False).count() == 0  # real data: no notice

    # The same filters on another page, as a colleague would open a copied link.
    page.goto(url + "/budget?jaar=2022&provincie=Antwerpen&indeling=2025", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Budgetbenutting").wait_for(timeout=60_000)
    page.get_by_text("Selectie: 2022 · Antwerpen · gemeentegrenzen 2025").wait_for()
    page.close()


def test_changing_a_filter_updates_the_link(browser, streamlit_server, data_dir):
    from fixture_small import publish_small

    publish_small(data_dir)
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE")
    page.goto(url + "/?indeling=2019-2024", wait_until="domcontentloaded")
    page.get_by_text("Selectie: alle jaren · heel Vlaanderen · gemeentegrenzen 2019-2024").wait_for(
        timeout=60_000
    )
    page.get_by_text("2025", exact=True).click()  # the boundary radio
    page.get_by_text("Selectie: alle jaren · heel Vlaanderen · gemeentegrenzen 2025").wait_for()
    page.wait_for_function("!window.location.search.includes('indeling=2019-2024')")
    # Choose a province: the link now carries it, and opening that link shows the same view.
    page.locator('[data-testid="stMultiSelect"]').filter(has_text="Provincies").locator("input").click()
    page.get_by_role("option", name="Limburg").click()
    page.wait_for_function("window.location.search.includes('provincie=Limburg')")
    copied = page.url
    other = browser.new_page(locale="nl-BE")
    other.goto(copied, wait_until="domcontentloaded")
    other.get_by_text("Selectie: alle jaren · Limburg · gemeentegrenzen 2025").wait_for(timeout=60_000)
    other.locator('[data-testid="stMetricValue"]').nth(7).wait_for()
    assert _metrics(other)["Trajecten"] == "1"  # T3 Hasselt -> Genk
    other.close()
    page.close()


def test_demo_notice_and_data_date_on_every_page(browser, streamlit_server, data_dir):
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE")
    for path, title in (("", "Overzicht"), ("budget", "Budgetbenutting"), ("trajecten", "Trajecten"),
                        ("evaluatie", "Evaluatie"), ("over-de-data", "Over de data")):  # fmt: skip
        page.goto(f"{url}/{path}", wait_until="domcontentloaded")
        page.get_by_role("heading", name=title, exact=True).wait_for(timeout=60_000)
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_text(DEMO_NOTICE).wait_for()
        sidebar.get_by_text("Stand van", exact=False).wait_for()
        assert page.locator('[data-testid="stException"]').count() == 0
    page.close()


def test_a_new_upload_shows_at_once(browser, streamlit_server, data_dir):
    """Caches are keyed by the published version: the next run (here: the next filter click)
    shows the new figures, without restarting the server."""
    from fixture_small import publish_small

    from pipelines.ingest import ingest

    publish_small(data_dir)
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE")
    page.goto(url, wait_until="domcontentloaded")
    values = page.locator('[data-testid="stMetricValue"]')
    values.filter(has_text="€\xa047.000").wait_for(timeout=60_000)
    extra = (
        b"boeking_id;boekingsdatum;begrotingsjaar;fase;stroom;begunstigde;bedrag\r\n"
        b"X1;01/02/2023;2023;vastlegging;compensatie_aanbieder;Genk;3.000,00\r\n"
    )
    result = ingest("uitgaven", extra, file_name="extra.csv", mode="append", data_dir=data_dir, user="test")
    assert result.status == "published"
    page.get_by_text("2019-2024", exact=True).click()  # any interaction reruns the app
    values.filter(has_text="€\xa050.000").wait_for()
    page.locator('[data-testid="stSidebar"]').get_by_text("publicatie 4", exact=False).wait_for()
    page.close()


def test_downloads_hold_the_table_behind_the_chart(browser, streamlit_server, data_dir):
    from fixture_small import publish_small

    publish_small(data_dir)
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE", accept_downloads=True)
    page.goto(url + "/budget", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Budgetbenutting").wait_for(timeout=60_000)
    # the buttons carry the table's key as a class: st-key-csv-<table>
    with page.expect_download() as info:
        page.locator(".st-key-csv-budgetbenutting-per-jaar-en-geldstroom button").click()
    download = info.value
    assert download.suggested_filename == "budgetbenutting-per-jaar-en-geldstroom.csv"
    text = Path(download.path()).read_bytes().decode("utf-8-sig")
    header, first = text.split("\r\n")[:2]
    assert header.startswith("Jaar;Geldstroom;Budget (EUR);Vastgelegd (EUR)")
    assert first.startswith(
        "2022;Compensatie aanbiedend bestuur;100000,00;22000,00;14000,00;-1000,00;13000,00"
    )
    with page.expect_download() as info:
        page.locator(".st-key-xlsx-budgetbenutting-per-jaar-en-geldstroom button").click()
    assert info.value.suggested_filename.endswith(".xlsx")
    assert Path(info.value.path()).read_bytes()[:2] == b"PK"  # a zip container, as .xlsx is
    page.close()


def test_a_deep_link_as_the_first_request_gets_the_whole_app(browser, streamlit_server, data_dir):
    """The first request to a fresh server is a copied link to a page: it must still run the
    entry file (filters, data status, bootstrap), not the page on its own."""
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE")
    page.goto(url + "/trajecten?jaar=2022", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Trajecten", exact=True).wait_for(timeout=60_000)
    page.get_by_text("Selectie: 2022 · heel Vlaanderen · gemeentegrenzen 2019-2024").wait_for()
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("Provincies", exact=True).wait_for()
    sidebar.get_by_text(DEMO_NOTICE).wait_for()
    sidebar.get_by_text("Gemeentegrenzen", exact=True).wait_for()  # (elements arrive one by one)
    page.close()


def test_the_map_really_draws_offline(browser, streamlit_server, data_dir, official_server):
    """Pixels: a municipality that gave an expert is drawn in the 'gave' colour where the map
    itself says it lies; and no request leaves the machine (no tiles, no CDN)."""
    import io as _io

    from fixture_small import publish_small
    from PIL import Image

    from pipelines import geo

    publish_small(data_dir)
    geo.install(data_dir=data_dir, base_url=official_server)
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE", viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.goto(url + "/kaart", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Kaart", exact=True).wait_for(timeout=60_000)
    canvas = page.locator(".js-plotly-plot canvas").first
    canvas.wait_for(timeout=60_000)
    page.wait_for_function(
        "() => { const gd = document.querySelector('.js-plotly-plot');"
        " const m = gd && gd._fullLayout && gd._fullLayout.map && gd._fullLayout.map._subplot.map;"
        " return m && m.loaded() && !m.isMoving(); }",
        timeout=60_000,
    )
    layer = geo.load_layer("2025", data_dir)
    ring = next(f for f in layer["features"] if f["id"] == "12025")["geometry"]["coordinates"][0]
    lon = sum(p[0] for p in ring[:-1]) / (len(ring) - 1)
    lat = sum(p[1] for p in ring[:-1]) / (len(ring) - 1)
    # Two points halfway from the centre to opposite corners: the line to the receiver runs
    # through the centre and can cover at most one of them.
    probes = [((lon + ring[k][0]) / 2, (lat + ring[k][1]) / 2) for k in (0, 2)]
    points = page.evaluate(
        "(probes) => { const gd = document.querySelector('.js-plotly-plot');"
        " const m = gd._fullLayout.map._subplot.map;"
        " return probes.map(([lon, lat]) => { const p = m.project([lon, lat]); return [p.x, p.y]; }); }",
        probes,
    )
    page.wait_for_timeout(500)
    shot = Image.open(_io.BytesIO(canvas.screenshot())).convert("RGB")
    scale = shot.width / canvas.bounding_box()["width"]
    colours = [shot.getpixel((int(x * scale), int(y * scale))) for x, y in points]

    def gave(rgb):  # #0072B2, the colour of 'gaf een expert'
        return abs(rgb[0] - 0x00) < 40 and abs(rgb[1] - 0x72) < 40 and abs(rgb[2] - 0xB2) < 40

    assert any(gave(c) for c in colours), colours
    assert not gave(shot.getpixel((5, 5)))  # the corner is background, not blue everywhere
    # A click on the municipality chooses it: its trajectories appear beside the map.
    box = canvas.bounding_box()
    x, y = points[0] if gave(colours[0]) else points[1]
    page.mouse.move(box["x"] + x, box["y"] + y)
    page.wait_for_timeout(300)
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_function("window.location.search.includes('gemeente=Mechelen')")  # the choice, in the link
    page.get_by_text("Kies een gemeente om haar trajecten").wait_for(state="detached")
    outside = [u for u in requests if not u.startswith((url, "data:", "blob:"))]
    assert outside == []
    page.close()


def test_boundaries_follow_the_years_until_chosen(browser, streamlit_server, data_dir):
    from fixture_small import publish_small

    publish_small(data_dir)
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE")
    page.goto(url + "/?jaar=2022", wait_until="domcontentloaded")
    page.get_by_text("Selectie: 2022 · heel Vlaanderen · gemeentegrenzen 2019-2024").wait_for(timeout=60_000)
    years = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Jaren")
    years.locator("input").click()
    page.get_by_role("option", name="2023").click()
    page.keyboard.press("Escape")
    page.get_by_text("Selectie: 2022, 2023 · heel Vlaanderen · gemeentegrenzen 2019-2024").wait_for()
    page.get_by_text("2025", exact=True).click()  # the user chooses: from now on it stays
    page.get_by_text("Selectie: 2022, 2023 · heel Vlaanderen · gemeentegrenzen 2025").wait_for()
    years.get_by_role("button", name="Remove 2023").click() if years.get_by_role(
        "button", name="Remove 2023"
    ).count() else None
    page.get_by_text("gemeentegrenzen 2025", exact=False).first.wait_for()
    page.close()


def test_upload_an_excel_csv_through_the_page(browser, streamlit_server, data_dir, tmp_path):
    """A civil servant's Windows-1252 ';' export: the report shows the bad rows in Dutch; publish."""
    from test_ingest import excel_file

    export = tmp_path / "export.csv"
    export.write_bytes(excel_file())
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE")
    page.goto(url + "/opladen", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Gegevens opladen").wait_for(timeout=60_000)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(export))
    page.get_by_text("Herkend aan de kolomnamen: uitgaven.").wait_for(timeout=60_000)
    page.get_by_text("Fout: Gemeente onbekend (1)").wait_for()
    page.get_by_text("Fout: Geen geldige datum (1)").click()
    # Replacing the demo's 65 bookings is stated and must be confirmed before publishing.
    page.get_by_text("65 boekingen worden vervangen door 4.").wait_for()
    publish = page.get_by_role("button", name="Publiceren (4 rijen)")
    assert publish.is_disabled()
    page.get_by_text("Ik bevestig: 65 boekingen worden vervangen door 4").click()
    publish.click()
    page.get_by_text("rijen aanvaard, 3 geweigerd", exact=False).wait_for(timeout=60_000)
    assert Store(data_dir).current()["datasets"]["uitgaven"]["rows"] == 4
    page.close()


def test_the_upload_mode_survives_choosing_another_file(browser, streamlit_server, data_dir, tmp_path):
    """'Toevoegen', then a second file: the mode stays 'Toevoegen' (it jumped back to
    'Vervangen', and one click then replaced the dataset)."""
    from test_ingest import excel_file

    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_bytes(excel_file())
    second.write_bytes(excel_file().replace(b"B-", b"C-"))
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE")
    page.goto(url + "/opladen", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Gegevens opladen").wait_for(timeout=60_000)
    chooser = page.locator('[data-testid="stFileUploaderDropzoneInput"]')
    chooser.set_input_files(str(first))
    page.get_by_text("Herkend aan de kolomnamen: uitgaven.").wait_for(timeout=60_000)
    page.get_by_text("Toevoegen: nieuwe sleutels erbij").click()
    append = page.get_by_role("radio", name="Toevoegen: nieuwe sleutels erbij")
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
    chooser.set_input_files(str(second))
    page.get_by_text("b.csv").first.wait_for(timeout=60_000)
    page.get_by_text("Herkend aan de kolomnamen: uitgaven.").wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    assert append.is_checked()
    page.close()


def test_a_network_session_cannot_write(browser, streamlit_server, data_dir):
    """A server reachable from the network without login: the page says why and offers no upload."""
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")
    url = streamlit_server(data_dir, "--server.address", "0.0.0.0", host=address)
    page = browser.new_page(locale="nl-BE")
    page.goto(url + "/opladen", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Gegevens opladen").wait_for(timeout=60_000)
    page.get_by_text("niemand kan hier gegevens wijzigen", exact=False).wait_for()
    assert page.locator('[data-testid="stFileUploaderDropzoneInput"]').count() == 0
    page.close()


def test_parliamentary_answer_downloads_as_word(browser, streamlit_server, data_dir):
    """A cabinet collaborator sets 2021-2024 and downloads the Word file with the figures."""
    import io as _io

    from docx import Document
    from fixture_small import publish_small

    publish_small(data_dir)
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE", accept_downloads=True)
    page.goto(url + "/vraag?jaar=2021&jaar=2022&jaar=2023&jaar=2024", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Parlementaire vraag").wait_for(timeout=60_000)
    page.get_by_text("In de selectie namen 6 gemeenten", exact=False).wait_for()
    with page.expect_download() as info:
        page.locator(".st-key-docx button").click()
    doc = Document(_io.BytesIO(Path(info.value.path()).read_bytes()))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Selectie: 2022, 2023" in text  # the years that exist in the data
    assert "Aan deze gemeenten werd in totaal €\xa013.000,00 (netto) betaald." in text
    page.close()


def test_evaluation_for_a_province_with_its_downloads(browser, streamlit_server, data_dir):
    """An evaluator opens the evaluation for one province from a link: the summary keeps its
    caveats, and the comparison table downloads with the numbers behind it."""
    url = streamlit_server(data_dir)  # demo data
    page = browser.new_page(locale="nl-BE", accept_downloads=True)
    page.goto(url + "/evaluatie?provincie=West-Vlaanderen", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Samenvatting").wait_for(timeout=60_000)
    main = page.locator('[data-testid="stMain"]')
    main.get_by_text("Selectie: alle jaren · West-Vlaanderen · gemeentegrenzen 2025").wait_for()
    main.get_by_text("geen bewijs dat de trajecten het verschil veroorzaakten", exact=False).first.wait_for()
    main.get_by_text("met de bevolking gewogen", exact=False).or_(
        main.get_by_text("ongewogen gemiddelde", exact=False)
    ).first.wait_for()  # merged municipalities in the demo have no teller/noemer: flagged
    with page.expect_download() as info:
        page.locator(".st-key-csv-vergelijking-indicatoren button").click()
    text = Path(info.value.path()).read_bytes().decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0].startswith("Indicator;Eenheid;Vergelijkingsgroep;Ontvangers;Vergelijkingsgemeenten")
    receivers = {line.split(";")[3] for line in lines[1:] if line}
    # The demo's ended trajectories received in West-Vlaanderen: Oostende, Izegem, Waregem,
    # Poperinge (not the other provinces' twelve).
    assert receivers == {"4"}, receivers
    assert page.locator('[data-testid="stException"]').count() == 0
    page.close()


def test_an_earlier_date_applies_on_enter_and_the_downloads_follow(browser, streamlit_server, data_dir):
    """The issue's first report: type an earlier date in "Stand op een vroegere datum", press
    Enter; the page, the Word and the Excel file all give the state on that date (file name,
    stated date, figures), and the demo marking where demo data are published."""
    import io as _io

    import openpyxl
    from docx import Document
    from fixture_asof import publish_asof

    publish_asof(data_dir)
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE", accept_downloads=True)
    page.goto(url + "/vraag?nr=342&vraagsteller=Suzy+Wouters", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Parlementaire vraag").wait_for(timeout=60_000)
    main = page.locator('[data-testid="stMain"]')
    main.get_by_text("Er werden 6 trajecten aangevraagd", exact=False).wait_for()
    field = page.get_by_role("textbox", name="Stand op een vroegere datum")
    field.fill("31/12/2023")
    field.press("Enter")
    main.get_by_text("Er werden 5 trajecten aangevraagd, waarvan 4 toegekend (1 lopend, 2 afgerond, 1 stopgezet)",
                     exact=False).wait_for()  # fmt: skip
    main.get_by_text("stand van 31/12/2023", exact=False).first.wait_for()
    page.wait_for_function("window.location.search.includes('stand=31')")
    with page.expect_download() as info:
        page.locator(".st-key-docx button").click()
    assert info.value.suggested_filename == "antwoord-stand-2023-12-31.docx"
    doc = Document(_io.BytesIO(Path(info.value.path()).read_bytes()))
    lines = [p.text for p in doc.paragraphs]
    assert "ANTWOORD op vraag nr. 342 van SUZY WOUTERS" in lines
    assert "stand van 31/12/2023" in doc.sections[0].header.paragraphs[0].text
    assert any(line.startswith("2. Er werden 5 trajecten aangevraagd, waarvan 4 toegekend") for line in lines)
    with page.expect_download() as info:
        page.locator(".st-key-xlsx-antwoord button").click()
    assert info.value.suggested_filename == "antwoord-stand-2023-12-31.xlsx"
    book = openpyxl.load_workbook(_io.BytesIO(Path(info.value.path()).read_bytes()))
    cells = [c for row in book["Vraag 2"].iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any("stand van 31/12/2023" in c for c in cells)
    assert any(c.startswith("Er werden 5 trajecten aangevraagd, waarvan 4 toegekend") for c in cells)
    # Changing the date again (and leaving the field) applies it as well.
    field.fill("16/12/2023")
    field.blur()
    # the last answer's source line: the run has reached the bottom of the page
    main.get_by_text(
        "Bron: trajecten, kolommen 'status' en 'gepresteerde uren'; stand van 16/12/2023."
    ).wait_for()
    with page.expect_download() as info:
        page.locator(".st-key-docx button").click()
    assert info.value.suggested_filename == "antwoord-stand-2023-12-16.docx"
    assert page.locator('[data-testid="stException"]').count() == 0
    page.close()


def test_downloads_are_named_demo_on_demo_data(browser, streamlit_server, data_dir):
    url = streamlit_server(data_dir)  # demo data
    page = browser.new_page(locale="nl-BE", accept_downloads=True)
    page.goto(url + "/vraag", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Parlementaire vraag").wait_for(timeout=60_000)
    with page.expect_download() as info:
        page.locator(".st-key-docx button").click()
    assert info.value.suggested_filename.startswith("DEMO-antwoord-stand-")
    page.goto(url + "/budget", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Budgetbenutting").wait_for(timeout=60_000)
    with page.expect_download() as info:
        page.locator(".st-key-csv-budgetbenutting-per-jaar-en-geldstroom button").click()
    assert info.value.suggested_filename == "DEMO-budgetbenutting-per-jaar-en-geldstroom.csv"
    page.close()


def test_a_pasted_question_becomes_a_draft_in_word(browser, streamlit_server, data_dir):
    """Issue 31: paste a written question, change one proposed match, confirm each sub-question,
    download the draft and read the Word file back: the question's own numbering, a figure with
    its selection, the empty paragraph for the cabinet; the change is in the link."""
    import io as _io

    from docx import Document
    from fixture_small import publish_small
    from test_question_page import LEFT, SELECTION_2022, TAG, TEXT

    from dashboard.answer import TO_FILL

    publish_small(data_dir)
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE", accept_downloads=True)
    page.goto(url + "/vraag", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Parlementaire vraag").wait_for(timeout=60_000)
    main = page.locator('[data-testid="stMain"]')
    box = page.get_by_role("textbox", name="Schriftelijke vraag")
    box.fill(TEXT)
    box.press("Control+Enter")
    main.get_by_text("Voorstel: open voor het kabinet.", exact=False).wait_for()
    assert page.get_by_role("textbox", name="Vraagsteller").input_value() == "AN JANSSENS"
    # Sub-question 3: the count of trajectories becomes their split by model.
    blocks = page.locator(f".st-key-blokken3-{TAG}")
    blocks.get_by_text("Uitwisselingstrajecten").wait_for()
    blocks.locator("input").click()
    blocks.locator("input").press("Backspace")
    blocks.locator("input").fill("Per model")
    page.get_by_role("option", name="Per model (mentoring of stage)").click()
    page.keyboard.press("Escape")
    page.wait_for_function(f"window.location.search.includes('blokken3-{TAG}=Per')")
    assert f"blokken4-{TAG}" not in page.url  # a proposal kept leaves the link
    for n in (3, 4, 5):
        page.locator(f".st-key-nagekeken{n}-{TAG} label").click()
    main.get_by_text("Van de 2 toegekende trajecten: 1 mentoring, 1 stage.", exact=False).wait_for()
    with page.expect_download() as info:
        page.locator(".st-key-docx button").click()
    lines = [p.text for p in Document(_io.BytesIO(Path(info.value.path()).read_bytes())).paragraphs]
    assert "ANTWOORD op vraag nr. 77 van 3 maart 2024 van AN JANSSENS" in lines
    numbered = [line[:2] for line in lines if line[:3] in ("1. ", "2. ", "3. ", "4. ", "5. ")]
    assert numbered == ["3.", "4.", "5."]
    three = next(i for i, line in enumerate(lines) if line.startswith("3. "))
    assert lines[three - 1] == SELECTION_2022
    assert lines[three].startswith("3. Van de 2 toegekende trajecten: 1 mentoring, 1 stage.")
    five = lines.index(f"5. {TO_FILL}")
    assert lines[five + 1].startswith("Niet uit de gegevens te beantwoorden: " + LEFT)
    assert page.locator('[data-testid="stException"]').count() == 0
    page.close()
