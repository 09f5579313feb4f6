"""The factual part of an answer to a written parliamentary question (nr. 342 of 2022 and the
like): the six sub-questions of domain.md answered from the published data, as Dutch
paragraphs with their tables. The page, the Word file and the Excel file are all built from the
same `Answer` objects, so they hold exactly the same figures. Where the data cannot answer, the
answer says so instead of inventing."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from dashboard import exports, format, tables
from pipelines.csvout import protect_text

QUESTIONS = (
    "Welke gemeenten namen deel (gaven of ontvingen een expert), met welke financiering?",
    "Hoeveel uitwisselingstrajecten werden ondernomen? Een overzicht.",
    "Welke meerwaarde bood de expert? Zijn er rapporten?",
    "Welk budget was er in totaal voor de maatregel? Is er over- of onderbenutting, en waarom?",
    "Aan welke criteria voldoet een expert?",
    "Hoe wordt de maatregel geëvalueerd?",
)
NO_DATA = (
    "De gepubliceerde gegevens bevatten hier niets over; deze deelvraag kan niet uit de gegevens "
    "beantwoord worden."
)


@dataclass
class Answer:
    number: int
    question: str
    text: str  # Dutch paragraph, figures in Belgian format
    table: pd.DataFrame
    money_columns: tuple[str, ...] = ()
    percent_columns: tuple[str, ...] = ()
    sources: str = ""
    answerable: bool = True
    notes: list[str] = field(default_factory=list)


def _n(value: float) -> str:
    return format.number(value)


def municipalities(deelnemers: pd.DataFrame, beneficiaries: pd.DataFrame) -> Answer:
    table = tables.participants_table(deelnemers)
    if table.empty:
        return Answer(1, QUESTIONS[0], NO_DATA, table, answerable=False, sources="trajecten, uitgaven")
    roles = deelnemers["rol"].value_counts()
    paid = float(deelnemers["betaald"].sum())
    vvsg = beneficiaries[beneficiaries["soort"] == "organisatie"]
    text = (
        f"In de selectie namen {_n(len(deelnemers))} gemeenten deel aan een toegekend traject: "
        f"{_n(roles.get('aanbiedend', 0))} stelden een expert ter beschikking, "
        f"{_n(roles.get('ontvangend', 0))} ontvingen er een en {_n(roles.get('beide', 0))} deden "
        f"beide. Aan deze gemeenten werd in totaal {format.eur(paid)} (netto) betaald."
    )
    if not vvsg.empty:
        text += (
            f" VVSG ontving voor de coördinatie {format.eur(float(vvsg['betaald'].sum()))} "
            f"(vastgelegd: {format.eur(float(vvsg['vastgelegd'].sum()))})."
        )
    return Answer(
        1,
        QUESTIONS[0],
        text,
        table,
        money_columns=("Vastgelegd (EUR)", "Betaald, netto (EUR)"),
        sources="trajecten (toegekende trajecten), uitgaven (vastleggingen en betalingen)",
    )


def trajectories(traj: pd.DataFrame) -> Answer:
    if traj.empty:
        return Answer(2, QUESTIONS[1], NO_DATA, pd.DataFrame(), answerable=False, sources="trajecten")
    counts = traj["status"].value_counts()
    approved = int(sum(counts.get(s, 0) for s in tables.APPROVED))
    parts = ", ".join(f"{_n(counts.get(s, 0))} {s}" for s in tables.APPROVED if counts.get(s, 0))
    text = (
        f"Er werden {_n(len(traj))} trajecten aangevraagd, waarvan {_n(approved)} toegekend"
        + (f" ({parts})" if parts else "")
        + f". Afgewezen: {_n(counts.get('afgewezen', 0))}; nog in behandeling: "
        f"{_n(counts.get('aangevraagd', 0))}."
    )
    table = tables.trajectories_table(traj)[
        [
            "Traject",
            "Oproep",
            "Status",
            "Model",
            "Aanbiedend bestuur",
            "Ontvangend bestuur",
            "Thema's",
            "Start",
            "Einde",
        ]
    ]
    return Answer(2, QUESTIONS[1], text, table, sources="trajecten")


def added_value(traj: pd.DataFrame) -> Answer:
    done = traj[traj["status"].isin(["afgerond", "stopgezet"])]
    reported = (
        done["rapport_beschikbaar"].notna()
        | done["doelen_gepland"].notna()
        | done["tevredenheid_ontvanger"].notna()
    )
    if done.empty or not reported.any():
        return Answer(3, QUESTIONS[2], NO_DATA, pd.DataFrame(), answerable=False, sources="trajecten")
    known = done["rapport_beschikbaar"].dropna()
    planned = done["doelen_gepland"].dropna().astype(float)
    reached = done.loc[planned.index, "doelen_bereikt"].fillna(0).astype(float)
    if len(known):
        sentences = [
            f"Van de {_n(len(done))} afgeronde of stopgezette trajecten is voor "
            f"{_n(int(known.astype(bool).sum()))} een rapport beschikbaar"
            + (
                f" (voor {_n(len(done) - len(known))} is dat niet ingevuld)."
                if len(known) < len(done)
                else "."
            )
        ]
    else:
        sentences = ["Of er rapporten beschikbaar zijn, staat voor geen enkel traject in de gegevens."]
    if len(planned) and planned.sum() > 0:
        sentences.append(
            f"In {_n(len(planned))} trajecten met afgesproken doelen werden {_n(reached.sum())} van de "
            f"{_n(planned.sum())} doelen bereikt ({format.pct(reached.sum() / planned.sum())})."
        )
    for column, who in (("tevredenheid_ontvanger", "ontvangende"), ("tevredenheid_aanbieder", "aanbiedende")):
        scores = done[column].dropna().astype(float)
        if len(scores):
            sentences.append(
                f"De {who} besturen gaven gemiddeld {format.number(scores.mean(), 1)} op 5 "
                f"({_n(len(scores))} scores)."
            )
    anchored = done["verankerd"].dropna()
    if len(anchored):
        sentences.append(
            f"In {_n(int(anchored.astype(bool).sum()))} van {_n(len(anchored))} trajecten is de aanpak "
            "verankerd in het beleid van het ontvangend bestuur."
        )
    table = pd.DataFrame(
        {
            "Traject": done["traject_id"],
            "Aanbiedend bestuur": done["aanbieder_naam"],
            "Ontvangend bestuur": done["ontvanger_naam"],
            "Rapport": done["rapport_beschikbaar"].map(tables.yes_no),
            "Link naar rapport": done["rapport_link"].fillna(""),
            "Doelen gepland": done["doelen_gepland"].astype("Int64"),
            "Doelen bereikt": done["doelen_bereikt"].astype("Int64"),
            "Tevredenheid ontvanger": done["tevredenheid_ontvanger"].astype("Int64"),
            "Tevredenheid aanbieder": done["tevredenheid_aanbieder"].astype("Int64"),
            "Verankerd": done["verankerd"].map(tables.yes_no),
        }
    )
    return Answer(
        3, QUESTIONS[2], " ".join(sentences), table, sources="trajecten (rapporten, doelen, tevredenheid)"
    )


def budget(execution: pd.DataFrame, provinces: bool) -> Answer:
    if execution.empty:
        return Answer(4, QUESTIONS[3], NO_DATA, pd.DataFrame(), answerable=False, sources="budget, uitgaven")
    total = float(execution["Budget (EUR)"].sum())
    committed = float(execution["Vastgelegd (EUR)"].sum())
    paid = float(execution["Betaald, netto (EUR)"].sum())
    per_flow = execution.groupby("Geldstroom")["Budget (EUR)"].sum()
    text = (
        f"Voor de maatregel werd in totaal {format.eur(total)} budget voorzien ("
        + ", ".join(f"{flow}: {format.eur(v)}" for flow, v in per_flow.items())
        + "). "
        + tables.utilisation_sentence(total, committed, paid, provinces)
    )
    reasons = [
        f"{row['Jaar']}, {row['Geldstroom']}: {row['Signaal']}"
        + (f" ({row['Toelichting']})" if row["Toelichting"] else " (geen toelichting in de gegevens)")
        for _, row in execution.iterrows()
        if str(row["Signaal"]).startswith(("overbenutting", "onderbenutting"))
    ]
    if reasons:
        text += " Per jaar en geldstroom: " + "; ".join(reasons) + "."
    columns = ["Jaar", "Geldstroom", "Budget (EUR)", "Vastgelegd (EUR)", "Betaald, netto (EUR)", "Benutting",
               "Signaal", "Toelichting"]  # fmt: skip
    return Answer(
        4,
        QUESTIONS[3],
        text,
        execution[columns],
        money_columns=("Budget (EUR)", "Vastgelegd (EUR)", "Betaald, netto (EUR)"),
        percent_columns=("Benutting",),
        sources="budget (kredieten), uitgaven (vastleggingen, vereffeningen, terugvorderingen)",
    )


def criteria(traj: pd.DataFrame) -> Answer:
    approved = traj[traj["status"].isin(tables.APPROVED)]
    known = approved["expert_criteria_voldaan"].dropna()
    if known.empty:
        return Answer(5, QUESTIONS[4], NO_DATA, pd.DataFrame(), answerable=False, sources="trajecten")
    met = int(known.astype(bool).sum())
    text = (
        f"Voor {_n(len(known))} van de {_n(len(approved))} toegekende trajecten is vastgelegd of de "
        f"expert aan de criteria van de oproep voldoet: in {_n(met)} trajecten wel, in "
        f"{_n(len(known) - met)} niet. "
        "De criteria zelf staan in het reglement van de projectoproep; ze maken geen deel uit van "
        "de gegevens."
    )
    table = pd.DataFrame(
        {
            "Traject": approved["traject_id"],
            "Aanbiedend bestuur": approved["aanbieder_naam"],
            "Expert voldoet aan de criteria": approved["expert_criteria_voldaan"].map(tables.yes_no),
        }
    )
    return Answer(5, QUESTIONS[4], text, table, sources="trajecten (expert_criteria_voldaan)")


def evaluation(traj: pd.DataFrame, fte: dict[str, float]) -> Answer:
    if traj.empty:
        return Answer(6, QUESTIONS[5], NO_DATA, pd.DataFrame(), answerable=False, sources="trajecten")
    counts = traj["status"].value_counts()
    text = (
        f"Stand van de uitvoering: {_n(counts.get('afgerond', 0))} trajecten afgerond, "
        f"{_n(counts.get('lopend', 0))} lopend, {_n(counts.get('goedgekeurd', 0))} goedgekeurd en nog niet "
        f"gestart, {_n(counts.get('stopgezet', 0))} stopgezet. Er werden {format.number(fte['geleverd'], 1)} "
        f"VTE-maanden expertise geleverd, tegenover {format.number(tables.PLANNED_FTE_MONTHS, 1)} in het "
        "oorspronkelijke plan (5 experten, halftijds, 4 maanden). Een beoordeling van de maatregel zelf "
        "staat niet in de gegevens; die hoort bij het antwoord van de minister."
    )
    table = tables.funnel_table(traj)
    return Answer(6, QUESTIONS[5], text, table, sources="trajecten (status, gepresteerde uren)")


def answers(
    deelnemers: pd.DataFrame,
    beneficiaries: pd.DataFrame,
    traj: pd.DataFrame,
    execution: pd.DataFrame,
    totals: pd.Series,
    provinces: bool,
) -> list[Answer]:
    return [
        municipalities(deelnemers, beneficiaries),
        trajectories(traj),
        added_value(traj),
        budget(execution, provinces),
        criteria(traj),
        evaluation(traj, tables.fte_months(totals)),
    ]


def to_docx(items: list[Answer], title: str, as_of: date, selection: str) -> bytes:
    """A Word document laid out like a written answer: numbered answers with their tables."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph(f"Stand van de gegevens: {format.day(as_of)}. {selection}.")
    for item in items:
        doc.add_paragraph(f"{item.number}. {item.question}", style="Heading 2")
        doc.add_paragraph(f"{item.number}. {item.text}")
        if not item.table.empty:
            shown = format.frame(item.table, money=item.money_columns, percent=item.percent_columns)
            grid = doc.add_table(rows=1, cols=len(shown.columns))
            grid.style = "Table Grid"
            for cell, name in zip(grid.rows[0].cells, shown.columns, strict=True):
                cell.text = str(name)
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            for row in shown.itertuples(index=False):
                cells = grid.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = "" if value is None else str(value)
        doc.add_paragraph(f"Bron: {item.sources}; stand van {format.day(as_of)}.").runs[0].italic = True
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def to_xlsx(items: list[Answer], as_of: date, selection: str) -> bytes:
    """One sheet per sub-question: question, answer and source above the table (typed cells)."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    bold = book.add_format({"bold": True})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    money = book.add_format({"num_format": "#,##0.00"})
    pct = book.add_format({"num_format": "0.0%"})
    day_fmt = book.add_format({"num_format": "dd/mm/yyyy"})
    for item in items:
        ws = book.add_worksheet(f"Vraag {item.number}")
        ws.set_column(0, max(len(item.table.columns) - 1, 0), 20)
        ws.write_string(0, 0, protect_text(f"{item.number}. {item.question}"), bold)
        text = f"{item.number}. {item.text}"
        ws.merge_range(1, 0, 1, max(len(item.table.columns) - 1, 5), protect_text(text), wrap)
        ws.set_row(1, 15 * max(2, len(text) // 90 + 1))
        ws.write_string(
            2, 0, protect_text(f"Bron: {item.sources}; stand van {format.day(as_of)}. {selection}.")
        )
        columns = [str(c) for c in item.table.columns]
        for j, name in enumerate(columns):
            ws.write_string(4, j, protect_text(name), bold)
        for i, row in enumerate(exports._rows(item.table), start=5):
            for j, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, bool):
                    ws.write_string(i, j, "ja" if value else "nee")
                elif isinstance(value, (int, float)):
                    fmt = (
                        money
                        if columns[j] in item.money_columns
                        else pct
                        if columns[j] in item.percent_columns
                        else None
                    )
                    ws.write_number(i, j, float(value), fmt)
                elif isinstance(value, date):
                    ws.write_datetime(i, j, pd.Timestamp(value).to_pydatetime(), day_fmt)
                else:
                    ws.write_string(i, j, protect_text(str(value)))
    book.close()
    return out.getvalue()
