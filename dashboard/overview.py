"""The Overzicht page's read side: its key figures as metrics and its tables and charts."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard import charts, db, filters, format, tables, ui
from pipelines import rules


@dataclass(frozen=True)
class KeyFigures:
    """The figures of the metrics above the page, for one selection."""

    totals: pd.Series  # the row of overview_totals
    participants: int  # municipalities with an approved trajectory
    municipalities: int  # all municipalities in the selection
    fte: dict[str, float]
    sentence: str  # over- or under-use in one sentence

    @property
    def budget(self) -> float:
        return float(self.totals["budget"])

    @property
    def paid(self) -> float:
        return float(self.totals["betaald"])

    @property
    def approved(self) -> int:
        return int(self.totals["trajecten_toegekend"])


def key_figures(f: filters.Filters, snap: db.Snapshot) -> KeyFigures:
    """The key figures of the selection `f` in the snapshot `snap`."""
    p = f.params()
    totals = db.run_query("overview_totals", **p).iloc[0]
    participants = len(db.run_query("deelnemers", **p))
    municipalities = int(db.run_query("gemeenten_totaal", **p).iloc[0]["gemeenten"])
    budget, committed, paid = (float(totals[k]) for k in ("budget", "vastgelegd", "betaald"))
    execution = tables.budget_execution(
        db.run_query("budget_execution", **p), tables.data_day(snap), bool(f.provinces)
    )
    verdict = tables.total_verdict(execution, tables.data_day(snap).year, bool(f.provinces))
    sentence = tables.utilisation_sentence(budget, committed, paid, verdict, provinces=bool(f.provinces))
    return KeyFigures(totals, participants, municipalities, tables.fte_months(totals), sentence)


def money_metrics(k: KeyFigures, provinces: bool) -> None:
    """Budget, committed, paid and utilisation side by side (never summed)."""
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(
        "Budget" + (" (heel Vlaanderen)" if provinces else ""),
        format.eur(k.budget, 0),
        help="Kredieten van de gekozen begrotingsjaren, alle geldstromen samen.",
    )
    c2.metric(
        "Vastgelegd",
        format.eur(float(k.totals["vastgelegd"]), 0),
        help="Juridisch gereserveerd (vastleggingen).",
    )
    c3.metric("Betaald (netto)", format.eur(k.paid, 0), help="Vereffeningen min terugvorderingen.")
    c4.metric(
        "Benutting",
        "–" if provinces or k.budget <= 0 else format.pct(k.paid / k.budget),
        help="Betaald (netto) gedeeld door het budget. Niet per provincie: het budget is niet "
        "per provincie verdeeld.",
    )


def activity_metrics(k: KeyFigures, vintage: str) -> None:
    """Trajectories, participating municipalities, FTE-months and the cost per trajectory."""
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(
        "Trajecten",
        format.number(k.totals["trajecten"]),
        help=f"Waarvan toegekend (goedgekeurd, lopend, afgerond of stopgezet): {format.number(k.approved)}.",
    )
    c2.metric(
        "Deelnemende gemeenten",
        format.number(k.participants),
        help=f"Gemeenten met een toegekend traject, van de {k.municipalities} gemeenten "
        f"in de selectie (gemeentegrenzen {vintage}).",
    )
    c3.metric(
        "VTE-maanden geleverd",
        format.number(k.fte["geleverd"], 1),
        help=f"Gepresteerde uren / {format.number(rules.HOURS_PER_FTE_MONTH, 2)} uur per VTE-maand. "
        f"Gepland in de trajecten: {format.number(k.fte['gepland_trajecten'], 1)}; oorspronkelijk plan "
        f"(2021): {rules.PLANNED_EXPERTS} experten × {format.number(rules.PLANNED_FTE, 1)} VTE × "
        f"{rules.PLANNED_MONTHS} maanden = {format.number(rules.PLANNED_FTE_MONTHS, 1)}.",
    )
    c4.metric(
        "Kost per traject",
        "–" if k.approved == 0 else format.eur(k.paid / k.approved, 0),
        help="Betaald (netto, alle geldstromen, ook de coördinatie door VVSG) gedeeld door het aantal "
        "toegekende trajecten. Alleen de compensatie: "
        + ("–" if k.approved == 0 else format.eur(float(k.totals["betaald_compensatie"]) / k.approved, 0))
        + " per traject.",
    )


def participation(k: KeyFigures, vintage: str) -> str:
    """The share of the selection's municipalities that takes part, as a caption."""
    return (
        f"{format.pct(k.participants / k.municipalities)} van de {k.municipalities} "
        f"gemeenten in de selectie neemt deel (gemeentegrenzen {vintage})."
    )


@st.cache_data(show_spinner=False, max_entries=32)
def sections(snap: db.Snapshot, params: dict, total_municipalities: int) -> dict[str, ui.Table | ui.Chart]:
    """The tables and charts of one selection, built once per published version and selection."""
    deelnemers = db.run_query("deelnemers", snap, **params)
    status = tables.status_table(db.run_query("trajecten_per_status", snap, **params))
    roles = tables.roles_table(deelnemers, total_municipalities)
    return {
        "status": ui.chart(charts.status_bars(status), status, "trajecten per status"),
        "roles": ui.chart(
            charts.roles_bars(roles[roles["Rol"] != "Samen"]),
            roles,
            "deelnemende gemeenten per rol",
            percent_columns=("Aandeel van alle gemeenten",),
        ),
        "flows": ui.table(
            tables.budget_by_flow(db.run_query("budget_by_flow", snap, **params)),
            "budget per geldstroom",
            money_columns=tables.BUDGET_MONEY,
            percent_columns=("Benutting",),
        ),
        "participants": ui.table(
            tables.participants_table(deelnemers),
            "deelnemende gemeenten",
            money_columns=("Vastgelegd (EUR)", "Betaald, netto (EUR)"),
        ),
    }
