"""A real browser (Debian's chromium) on a real `streamlit run`: the README's first command."""

from __future__ import annotations

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
