"""Overzicht: the key figures of the selection, one click from every parliamentary question."""

import streamlit as st

from dashboard import charts, db, filters, format, tables, ui
from pipelines import rules

st.title("Overzicht")
f = filters.current()
st.caption(f.describe())
p = f.params()
snap = db.snapshot()

totals = db.run_query("overview_totals", **p).iloc[0]
deelnemers = db.run_query("deelnemers", **p)
total_municipalities = int(db.run_query("gemeenten_totaal", **p).iloc[0]["gemeenten"])
budget, committed, paid = (float(totals[k]) for k in ("budget", "vastgelegd", "betaald"))
approved = int(totals["trajecten_toegekend"])
fte = tables.fte_months(totals)

c1, c2, c3, c4 = st.columns(4)
c1.metric(
    "Budget" + (" (heel Vlaanderen)" if f.provinces else ""),
    format.eur(budget, 0),
    help="Kredieten van de gekozen begrotingsjaren, alle geldstromen samen.",
)
c2.metric("Vastgelegd", format.eur(committed, 0), help="Juridisch gereserveerd (vastleggingen).")
c3.metric("Betaald (netto)", format.eur(paid, 0), help="Vereffeningen min terugvorderingen.")
c4.metric(
    "Benutting",
    "–" if f.provinces or budget <= 0 else format.pct(paid / budget),
    help="Betaald (netto) gedeeld door het budget. Niet per provincie: het budget is niet "
    "per provincie verdeeld.",
)
c1, c2, c3, c4 = st.columns(4)
c1.metric(
    "Trajecten",
    format.number(totals["trajecten"]),
    help=f"Waarvan toegekend (goedgekeurd, lopend, afgerond of stopgezet): {format.number(approved)}.",
)
c2.metric(
    "Deelnemende gemeenten",
    format.number(len(deelnemers)),
    help=f"Gemeenten met een toegekend traject, van de {total_municipalities} gemeenten "
    f"in de selectie (gemeentegrenzen {f.vintage}).",
)
c3.metric(
    "VTE-maanden geleverd",
    format.number(fte["geleverd"], 1),
    help=f"Gepresteerde uren / {format.number(rules.HOURS_PER_FTE_MONTH, 2)} uur per VTE-maand. "
    f"Gepland in de trajecten: {format.number(fte['gepland_trajecten'], 1)}; oorspronkelijk plan "
    f"(2021): {rules.PLANNED_EXPERTS} experten × {format.number(rules.PLANNED_FTE, 1)} VTE × "
    f"{rules.PLANNED_MONTHS} maanden = {format.number(rules.PLANNED_FTE_MONTHS, 1)}.",
)
c4.metric(
    "Kost per traject",
    "–" if approved == 0 else format.eur(paid / approved, 0),
    help="Betaald (netto, alle geldstromen, ook de coördinatie door VVSG) gedeeld door het aantal "
    "toegekende trajecten. Alleen de compensatie: "
    + ("–" if approved == 0 else format.eur(float(totals["betaald_compensatie"]) / approved, 0))
    + " per traject.",
)
execution = tables.budget_execution(
    db.run_query("budget_execution", **p), tables.data_day(snap), bool(f.provinces)
)
verdict = tables.total_verdict(execution, tables.data_day(snap).year, bool(f.provinces))
st.info(tables.utilisation_sentence(budget, committed, paid, verdict, provinces=bool(f.provinces)))


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


shown = sections(snap, p, total_municipalities)
left, right = st.columns(2)
with left:
    ui.show_chart(shown["status"])
with right:
    ui.show_chart(shown["roles"])
    st.caption(
        f"{format.pct(len(deelnemers) / total_municipalities)} van de {total_municipalities} "
        f"gemeenten in de selectie neemt deel (gemeentegrenzen {f.vintage})."
    )

st.subheader("Budget per geldstroom")
st.caption("Budget, vastleggingen en betalingen zijn drie stadia: ze worden nooit opgeteld.")
ui.show_table(shown["flows"])

st.subheader("Deelnemende gemeenten en hun financiering")
ui.show_table(shown["participants"])
