"""Budgetbenutting: budget, commitments and payments per year and flow, over- and under-use."""

import streamlit as st

from dashboard import db, filters, tables, ui, utilisation

st.title("Budgetbenutting")
f = filters.current()
st.caption(f.describe())
snap = db.snapshot()
if f.provinces:
    st.warning(utilisation.PROVINCES_NOTE, icon=":material/info:")

shown = utilisation.sections(snap, f.params(), tables.data_day(snap))
if shown is None:
    st.info(ui.EMPTY_SELECTION)
    st.stop()

st.subheader("Per jaar en geldstroom")
st.caption(
    "Drie stadia naast elkaar, nooit opgeteld: budget (kredieten), vastgelegd (juridisch "
    "gereserveerd) en betaald (vereffend min teruggevorderd). Benutting = betaald / budget."
)
ui.show_chart(shown["stages"])
utilisation.show_signals(shown["signals"])
st.markdown("**Per geldstroom over de jaren en alles samen**")
ui.show_table(shown["verdicts"])

left, right = st.columns(2)
with left:
    ui.show_chart(shown["curve"])
with right:
    ui.show_chart(shown["steps"])
    if not f.provinces:
        st.caption(utilisation.unused_note(shown["unused"]))

st.subheader("Per begunstigde")
st.caption(
    "Wie welke middelen kreeg (parlementaire deelvraag 1): VVSG voor de coördinatie, de "
    "aanbiedende besturen voor de compensatie."
)
ui.show_table(shown["beneficiaries"])
