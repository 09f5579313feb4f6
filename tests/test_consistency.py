"""A figure in two places is equal in both: every page (AppTest), the Word and the Excel answer,
on the demo data and on a fixture with over-use by commitments only (fixture_asof.py).

Each surface is read as a user reads it (metrics, tables, paragraphs, cells) into named figures:
budget, committed, paid, utilisation, the over/under-use verdict, trajectories per status,
participating municipalities and FTE-months. The test fails when two surfaces disagree on one.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict

import openpyxl
import published
import pytest
from conftest import open_page, unescape
from docx import Document
from fixture_asof import publish_asof

from dashboard import answer, db
from dashboard.filters import Filters
from pipelines import rules

EURO = r"€\s?(-?[\d.]+(?:,\d+)?)"
VERDICTS = {
    "overbenutting": rules.OVER,
    "onderbenutting": rules.UNDER,
    "volledig benut": rules.FULL,
    "nog geen oordeel": rules.CURRENT,
    "lopend jaar": rules.CURRENT,
}


def money(text: str) -> int:
    """'€ 182.044,00' -> 182044 (whole euros: the overview shows no cents)."""
    found = re.search(EURO, text)
    assert found, text
    return round(float(found.group(1).replace(".", "").replace(",", ".")))


def verdict(text: str) -> str:
    lowered = text.lower()
    hits = [v for k, v in VERDICTS.items() if k in lowered]
    assert hits, text
    return hits[0]


class Figures:
    def __init__(self) -> None:
        self.seen: dict[str, list[tuple[str, object]]] = defaultdict(list)

    def add(self, surface: str, name: str, value: object) -> None:
        self.seen[name].append((surface, value))

    def disagreements(self) -> list[str]:
        return [
            f"{name}: {places}" for name, places in self.seen.items() if len({repr(v) for _, v in places}) > 1
        ]


def overview(fig: Figures) -> None:
    at = open_page()
    m = {x.label: x.value for x in at.metric}
    for name, label in (("budget", "Budget"), ("vastgelegd", "Vastgelegd"), ("betaald", "Betaald (netto)")):
        fig.add("Overzicht", name, money(m[label]))
    fig.add("Overzicht", "benutting", m["Benutting"])
    fig.add("Overzicht", "oordeel", verdict(at.info[0].value))
    fig.add("Overzicht", "deelnemers", int(m["Deelnemende gemeenten"].replace(".", "")))
    fig.add("Overzicht", "vte", m["VTE-maanden geleverd"])
    status = next(df.value for df in at.dataframe if list(df.value.columns) == ["Status", "Trajecten"])
    fig.add("Overzicht", "per status", dict(zip(status["Status"], status["Trajecten"].map(int), strict=True)))
    roles = next(df.value for df in at.dataframe if list(df.value.columns)[:1] == ["Rol"])
    fig.add("Overzicht", "deelnemers", int(roles.set_index("Rol").loc["Samen", "Gemeenten"]))


def budget_page(fig: Figures) -> None:
    at = open_page("views/budget.py")
    table = next(df.value for df in at.dataframe if "Oordeel" in df.value.columns).set_index("Geldstroom")
    total = table.loc["Alle geldstromen samen"]
    for name, column in (("budget", "Budget (EUR)"), ("vastgelegd", "Vastgelegd (EUR)"),
                         ("betaald", "Betaald, netto (EUR)")):  # fmt: skip
        fig.add("Budgetbenutting", name, money(total[column]))
    fig.add("Budgetbenutting", "benutting", total["Benutting"])
    fig.add("Budgetbenutting", "oordeel", verdict(total["Oordeel"]))


def evaluation_page(fig: Figures) -> None:
    at = open_page("views/evaluatie.py")
    model = next(df.value for df in at.dataframe if list(df.value.columns)[:1] == ["Schakel"]).set_index(
        "Indicator"
    )
    fig.add("Evaluatie", "budget", money(model.loc["Budget", "Waarde"]))
    use = model.loc["Benutting van het budget"]
    fig.add("Evaluatie", "benutting", use["Waarde"])
    fig.add("Evaluatie", "oordeel", verdict(use["Toelichting"]))
    fig.add("Evaluatie", "betaald", money(use["Toelichting"]))
    fig.add("Evaluatie", "vte", model.loc["VTE-maanden geleverd", "Waarde"])
    fig.add("Evaluatie", "toegekend", int(model.loc["Trajecten toegekend", "Waarde"]))


def trajectories_page(fig: Figures) -> None:
    at = open_page("views/trajecten.py")
    steps = next(df.value for df in at.dataframe if list(df.value.columns) == ["Stap", "Trajecten"])
    fig.add("Trajecten", "stappen", dict(zip(steps["Stap"], steps["Trajecten"].map(int), strict=True)))


def answer_texts(fig: Figures, surface: str, texts: list[str]) -> None:
    """The figures in the answers' paragraphs (page, Word or Excel: the same sentences)."""
    one = next(t for t in texts if "gemeente" in t and "deel aan een toegekend traject" in t)
    fig.add(surface, "deelnemers", int(re.search(r"(\d+) gemeenten? deel", one).group(1)))
    four = next(t for t in texts if "budget voorzien" in t)
    fig.add(surface, "budget", money(four))
    fig.add(surface, "oordeel", verdict(four.split("). ", 1)[1].split(":")[0]))  # the total, not per year
    committed = re.search(EURO + r" vastgelegd", four)
    paid = re.search(EURO + r" betaald", four)
    for name, found in (("vastgelegd", committed), ("betaald", paid)):
        fig.add(surface, name, money(found.group(0)))
    pct = re.search(r"betaald \((\d+,\d%)\)", four)
    if pct:
        fig.add(surface, "benutting", pct.group(1))
    six = next(t for t in texts if "Stand van de uitvoering" in t)
    fig.add(surface, "vte", re.search(r"([\d.]+,\d) VTE-maand", six).group(1))
    approved = re.search(r"\((\d+) toegekende? trajecte?n?\)", six)
    fig.add(surface, "toegekend", int(approved.group(1)))


def answer_page(fig: Figures) -> None:
    at = open_page("views/parlementaire_vraag.py")
    texts = [unescape(m.value) for m in at.markdown]
    answer_texts(fig, "Parlementaire vraag", texts)
    steps = next(df.value for df in at.dataframe if list(df.value.columns) == ["Stap", "Trajecten"])
    fig.add(
        "Parlementaire vraag", "stappen", dict(zip(steps["Stap"], steps["Trajecten"].map(int), strict=True))
    )


def documents(fig: Figures, data_dir) -> None:
    snap = db.read_snapshot(str(data_dir))
    items = answer.build(snap, answer.Draft(answer.Header(), answer.default_items()), None)
    ctx = answer.context(snap, Filters(), None)
    doc = Document(io.BytesIO(answer.to_docx(items, answer.Header(), ctx)))
    answer_texts(fig, "Word", [re.sub(r"^\d+\. ", "", p.text) for p in doc.paragraphs])
    funnel = next(t for t in doc.tables if t.rows[0].cells[0].text == "Stap")
    fig.add("Word", "stappen", {r.cells[0].text: int(r.cells[1].text) for r in funnel.rows[1:]})
    book = openpyxl.load_workbook(io.BytesIO(answer.to_xlsx(items, answer.Header(), ctx)))
    cells = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row]
    answer_texts(fig, "Excel", [c for c in cells if isinstance(c, str)])
    sheet = [row for row in book["Vraag 4"].iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(sheet) if row[0] == "Jaar")
    lines = [row for row in sheet[header + 1 :] if isinstance(row[0], (int, float))]
    for name, j in (("budget", 2), ("vastgelegd", 3), ("betaald", 4)):
        fig.add("Excel (tabel)", name, round(sum(float(r[j]) for r in lines)))


def collect(data_dir) -> Figures:
    fig = Figures()
    overview(fig)
    budget_page(fig)
    evaluation_page(fig)
    trajectories_page(fig)
    answer_page(fig)
    documents(fig, data_dir)
    # The funnel's first steps are the status counts summed along the life cycle.
    per_status = fig.seen["per status"][0][1]
    fig.add(
        "Overzicht", "stappen", {step: sum(per_status[s] for s in statuses) for step, statuses in rules.STEPS}
    )
    fig.add("Overzicht", "toegekend", sum(per_status[s] for s in rules.APPROVED))
    return fig


@pytest.mark.parametrize("dataset", ["demo", "overbenutting door vastleggingen"])
def test_every_figure_is_the_same_wherever_it_appears(data_dir, dataset):
    (published.demo if dataset == "demo" else publish_asof)(data_dir)
    fig = collect(data_dir)
    assert fig.disagreements() == []
    # each figure was really found on several surfaces (the test compares something)
    for name in ("budget", "vastgelegd", "betaald", "benutting", "oordeel", "deelnemers", "vte", "stappen",
                 "toegekend"):  # fmt: skip
        assert len(fig.seen[name]) >= 2, name
    if dataset != "demo":
        assert fig.seen["oordeel"][0][1] == rules.OVER  # commitments above the budget, payments below
