"""Overzicht: the key figures of the selection, one click from every parliamentary question."""

import streamlit as st

from dashboard import db, filters, overview, ui

st.title("Overzicht")
f = filters.current()
st.caption(f.describe())
snap = db.snapshot()

key = overview.key_figures(f, snap)
overview.money_metrics(key, bool(f.provinces))
overview.activity_metrics(key, f.vintage)
st.info(key.sentence)

shown = overview.sections(snap, f.params(), key.municipalities)
left, right = st.columns(2)
with left:
    ui.show_chart(shown["status"])
with right:
    ui.show_chart(shown["roles"])
    st.caption(overview.participation(key, f.vintage))

st.subheader("Budget per geldstroom")
st.caption("Budget, vastleggingen en betalingen zijn drie stadia: ze worden nooit opgeteld.")
ui.show_table(shown["flows"])

st.subheader("Deelnemende gemeenten en hun financiering")
ui.show_table(shown["participants"])
