"""The Budgetbenutting page's read side: its tables and charts and the notes beside them."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import charts, db, format, tables, ui

PROVINCES_NOTE = (
    "Het budget geldt voor heel Vlaanderen en is niet per provincie verdeeld. Budget en "
    "benutting hieronder zijn die van heel Vlaanderen; vastleggingen en betalingen die van "
    "begunstigden in de gekozen provincies (zonder de coördinatie door VVSG)."
)


@st.cache_data(show_spinner=False, max_entries=32)
def sections(snap: db.Snapshot, params: dict, as_of: date) -> dict | None:
    """The tables and charts of one selection, built once per published version and selection."""
    provinces = bool(params["provincies"])
    execution = tables.budget_execution(db.run_query("budget_execution", snap, **params), as_of, provinces)
    if execution.empty:
        return None
    months = db.run_query("payments_by_month", snap, **params)
    budget_total = float(execution["Budget (EUR)"].sum())
    budget_years = execution.loc[execution["Budget (EUR)"] > 0, "Jaar"]
    first_year = int(budget_years.min()) if not budget_years.empty else None
    curve = tables.cumulative_table(months, None if provinces else budget_total, first_year)
    steps = tables.waterfall_table(execution, provinces)
    return {
        "stages": ui.chart(
            charts.budget_stages(execution),
            execution,
            "budgetbenutting per jaar en geldstroom",
            money_columns=tables.EXEC_MONEY,
            percent_columns=("Benutting",),
        ),
        "signals": tables.signal_messages(execution),
        "verdicts": ui.table(
            tables.verdicts_table(execution, as_of.year, provinces),
            "benutting per geldstroom en samen",
            money_columns=tables.MONEY_EXEC,
            percent_columns=("Benutting",),
        ),
        "curve": ui.chart(
            charts.cumulative(curve), curve, "cumulatieve betalingen", money_columns=tables.CUMULATIVE_MONEY
        ),
        "steps": ui.chart(
            charts.waterfall(steps), steps, "van budget naar betaald", money_columns=("Bedrag (EUR)",)
        ),
        "unused": budget_total - float(execution["Betaald, netto (EUR)"].sum()),
        "beneficiaries": ui.table(
            tables.beneficiaries_table(db.run_query("beneficiaries", snap, **params)),
            "middelen per begunstigde",
            money_columns=tables.BENEFICIARY_MONEY,
        ),
    }


def show_signals(signals: list[tuple[str, str]]) -> None:
    """Over-use as an error, under-use as a warning."""
    for kind, text in signals:
        (st.error if kind == "over" else st.warning)(text)


def unused_note(unused: float) -> str:
    """The budget left unpaid, or what was paid beyond it."""
    if unused >= 0:
        return f"Onbenut (budget min betaald): {format.eur(unused)}."
    return f"Meer betaald dan het budget: {format.eur(-unused)}."
