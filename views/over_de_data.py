"""Over de data: the data dictionary, definitions, sources and the published versions."""

import streamlit as st

from dashboard import about, db, ui
from pipelines import contract
from pipelines.reference import ATTRIBUTION

st.title("Over de data")

st.subheader("Begrippen")
st.caption("Elke pagina, elk antwoord en elke download rekent met deze definities (pipelines/rules.py).")
st.markdown(about.rule_definitions())
st.markdown(about.TERMS)

st.subheader("Gegevenscontract")
st.caption(
    "Elke opgeladen CSV wordt hieraan getoetst. Kolomnamen mogen in hoofd- of kleine letters, met "
    "of zonder accenten, of met een van de andere namen."
)
for name, ds in contract.DATASETS.items():
    with st.expander(f"{name}: {ds.title}"):
        st.text(ds.description)
        ui.show_table(about.dictionary(name))

st.subheader("Bronnen")
st.markdown(about.SOURCES)
st.text("Gemeenten: " + ATTRIBUTION)

st.subheader("Gepubliceerde versies")
ui.show_table(about.versions(db.snapshot()))
