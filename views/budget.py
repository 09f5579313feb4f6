"""Budgetbenutting: budget, commitments and payments per year and flow, over- and under-use."""

from datetime import date

import streamlit as st

from dashboard import charts, db, filters, format, tables, ui

st.title("Budgetbenutting")
f = filters.current()
st.caption(f.describe())
p = f.params()
snap = db.snapshot()
as_of = date.fromisoformat(snap.created_at[:10]) if snap.created_at else date.today()

if f.provinces:
    st.warning(
        "Het budget geldt voor heel Vlaanderen en is niet per provincie verdeeld. Budget en "
        "benutting hieronder zijn die van heel Vlaanderen; vastleggingen en betalingen die van "
        "begunstigden in de gekozen provincies (zonder de coördinatie door VVSG).",
        icon=":material/info:",
    )

execution = tables.budget_execution(db.run_query("budget_execution", **p), as_of, bool(f.provinces))
if execution.empty:
    st.info(ui.EMPTY_SELECTION)
    st.stop()

st.subheader("Per jaar en geldstroom")
st.caption(
    "Drie stadia naast elkaar, nooit opgeteld: budget (kredieten), vastgelegd (juridisch "
    "gereserveerd) en betaald (vereffend min teruggevorderd). Benutting = betaald / budget."
)
ui.chart_with_table(
    charts.budget_stages(execution),
    execution,
    "budgetbenutting per jaar en geldstroom",
    money_columns=tables.EXEC_MONEY,
    percent_columns=("Benutting",),
)
for kind, text in tables.signal_messages(execution):
    (st.error if kind == "over" else st.warning)(text)

left, right = st.columns(2)
with left:
    months = db.run_query("payments_by_month", **p)
    budget_total = float(execution["Budget (EUR)"].sum())
    budget_years = execution.loc[execution["Budget (EUR)"] > 0, "Jaar"]
    first_year = int(budget_years.min()) if not budget_years.empty else None
    curve = tables.cumulative_table(months, None if f.provinces else budget_total, first_year)
    ui.chart_with_table(
        charts.cumulative(curve), curve, "cumulatieve betalingen", money_columns=tables.CUMULATIVE_MONEY
    )
with right:
    steps = tables.waterfall_table(execution, bool(f.provinces))
    ui.chart_with_table(
        charts.waterfall(steps), steps, "van budget naar betaald", money_columns=("Bedrag (EUR)",)
    )
    unused = budget_total - float(execution["Betaald, netto (EUR)"].sum())
    if not f.provinces:
        st.caption(
            f"Onbenut (budget min betaald): {format.eur(unused)}."
            if unused >= 0
            else f"Meer betaald dan het budget: {format.eur(-unused)}."
        )

st.subheader("Per begunstigde")
st.caption(
    "Wie welke middelen kreeg (parlementaire deelvraag 1): VVSG voor de coördinatie, de "
    "aanbiedende besturen voor de compensatie."
)
ui.table_with_download(
    tables.beneficiaries_table(db.run_query("beneficiaries", **p)),
    "middelen per begunstigde",
    money_columns=tables.BENEFICIARY_MONEY,
)
