"""Overzicht: the published totals at a glance."""

import streamlit as st

from dashboard import db, format, tables, ui

st.title("Overzicht")
st.caption("Uitwisseling expertise armoedebeleid tussen lokale besturen (VAPA, maatregel 7.1.2)")

snap = db.snapshot()
if snap.empty:
    st.info("Er zijn nog geen gegevens gepubliceerd.")
    st.stop()

totals = db.run_query("overview_totals", snap).iloc[0]
c1, c2, c3, c4, c5 = st.columns(5)
c1.metric(
    "Trajecten",
    format.number(totals["trajecten"]),
    help=f"Waarvan toegekend: {format.number(totals['trajecten_toegekend'])}",
)
c2.metric(
    "Deelnemende gemeenten",
    format.number(totals["gemeenten"]),
    help=(
        f"{format.pct(totals['gemeenten'] / tables.FLANDERS_2025)} "
        "van de 285 Vlaamse gemeenten (indeling 2025)"
    ),
)
c3.metric("Budget", format.eur(totals["budget"], 0))
c4.metric("Vastgelegd", format.eur(totals["vastgelegd"], 0))
c5.metric("Betaald (netto)", format.eur(totals["betaald"], 0))
st.write(
    tables.utilisation_sentence(
        float(totals["budget"]), float(totals["vastgelegd"]), float(totals["betaald"])
    )
)

st.subheader("Budget per geldstroom")
st.caption("Budget, vastleggingen en betalingen zijn drie stadia: ze worden nooit opgeteld.")
flows = tables.budget_by_flow(db.run_query("budget_by_flow", snap))
ui.table_with_download(
    flows, "budget per geldstroom", money_columns=tables.BUDGET_MONEY, percent_columns=("Benutting",)
)

st.subheader("Gepubliceerde gegevens")
ui.table_with_download(
    tables.datasets_published(db.run_query("datasets_published", snap), snap), "gepubliceerde gegevens"
)
