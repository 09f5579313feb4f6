"""Evaluatie: did the measure work? Logic model, what each trajectory delivered, and how the
receiving municipalities' indicators moved compared with other municipalities."""

import streamlit as st

from dashboard import db, filters
from dashboard import evaluationpage as page

st.title("Evaluatie")
f = filters.current()
st.caption(f.describe())
snap = db.snapshot()
p = f.params()

parts = page.sections(snap, p)
summary_box = st.container()

st.subheader("Logische keten")
st.caption(page.LOGIC_NOTE)
page.show_logic_chain(parts)

st.subheader("Resultaten per traject")
st.caption(page.OUTCOMES_NOTE)
page.show_outcomes(parts)

st.subheader("Ontvangende gemeenten tegenover andere gemeenten")
st.caption(page.COMPARISON_NOTE)
compared = page.show_comparison(snap, p)

with summary_box:
    st.subheader("Samenvatting")
    page.show_summary(parts["model"], compared)

with st.expander("Hoe de vergelijking werkt"):
    st.markdown(page.METHOD)
