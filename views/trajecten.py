"""Trajecten: every exchange trajectory, filterable, on a timeline, with a detail view."""

import streamlit as st

from dashboard import db, filters, trajectories, ui

st.title("Trajecten")
f = filters.current()
st.caption(f.describe())
params = f.params() | trajectories.own_filters(bool(f.provinces))
df = db.run_query("trajecten_lijst", **params)
if df.empty:
    st.info(ui.EMPTY_SELECTION)
    st.stop()

shown = trajectories.sections(db.snapshot(), params)
ui.show_table(shown["list"])
ui.show_chart(shown["timeline"])
left, right = st.columns(2)
with left:
    ui.show_chart(shown["steps"])
with right:
    ui.show_chart(shown["themes"])

st.subheader("Eén traject in detail")
chosen = st.selectbox("Traject", df["traject_id"].tolist(), key="traject", bind="query-params")
trajectories.detail(df[df["traject_id"] == chosen].iloc[0])
