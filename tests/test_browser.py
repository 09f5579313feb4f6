"""A real browser (Debian's chromium) on a real `streamlit run`: the README's first command."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.demo import DEMO_NOTICE

pytestmark = pytest.mark.browser


def test_fresh_start_shows_the_overview_on_demo_data(browser, streamlit_server, data_dir):
    url = streamlit_server(data_dir)
    page = browser.new_page(locale="nl-BE")
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_role("heading", name="Overzicht").wait_for(timeout=60_000)
    values = page.locator('[data-testid="stMetricValue"]')
    values.filter(has_text="€ 517.044").wait_for()
    labels = page.locator('[data-testid="stMetricLabel"]').all_inner_texts()
    shown = dict(zip([label.strip() for label in labels], values.all_inner_texts(), strict=True))
    assert shown["Trajecten"] == "25"
    assert shown["Budget"] == "€ 517.044"
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
    page.goto(url + "/?jaar=2022&provincie=Antwerpen", wait_until="domcontentloaded")
    page.get_by_text("Selectie: 2022 · Antwerpen · gemeentegrenzen 2025").wait_for(timeout=60_000)
    page.locator('[data-testid="stMetricValue"]').filter(has_text="€ 10.000").wait_for()
    page.locator('[data-testid="stMetricValue"]').nth(7).wait_for()
    shown = _metrics(page)
    assert shown["Vastgelegd"] == "€ 10.000"
    assert shown["Betaald (netto)"] == "€ 7.000"
    assert shown["Trajecten"] == "1"
    assert page.get_by_text("Demogegevens", exact=False).count() == 0  # real data: no notice

    # The same filters on another page, as a colleague would open a copied link.
    page.goto(url + "/budget?jaar=2022&provincie=Antwerpen", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Budgetbenutting").wait_for(timeout=60_000)
    assert page.get_by_text("Selectie: 2022 · Antwerpen · gemeentegrenzen 2025").count() == 1
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
                        ("over-de-data", "Over de data")):  # fmt: skip
        page.goto(f"{url}/{path}", wait_until="domcontentloaded")
        page.get_by_role("heading", name=title, exact=True).wait_for(timeout=60_000)
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_text(DEMO_NOTICE).wait_for()
        assert sidebar.get_by_text("Stand van", exact=False).count() == 1
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
    values.filter(has_text="€ 47.000").wait_for(timeout=60_000)
    extra = (
        b"boeking_id;boekingsdatum;begrotingsjaar;fase;stroom;begunstigde;bedrag\r\n"
        b"X1;01/02/2023;2023;vastlegging;compensatie_aanbieder;Genk;3.000,00\r\n"
    )
    result = ingest("uitgaven", extra, file_name="extra.csv", mode="append", data_dir=data_dir, user="test")
    assert result.status == "published"
    page.get_by_text("2019-2024", exact=True).click()  # any interaction reruns the app
    values.filter(has_text="€ 50.000").wait_for()
    assert page.locator('[data-testid="stSidebar"]').get_by_text("versie 4", exact=False).count() == 1
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
