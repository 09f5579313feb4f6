"""VAPA-monitor: the entry file. Page config, shared filters and data status, navigation."""

from pathlib import Path

import streamlit as st

from dashboard import bootstrap, db, filters, ui

# Local files only: a :material: page icon would be fetched from fonts.gstatic.com.
ASSETS = Path(__file__).resolve().parent / "assets"

st.set_page_config(page_title="VAPA-monitor", page_icon=str(ASSETS / "favicon.png"), layout="wide")
bootstrap.ensure_data()

page = st.navigation(
    [
        st.Page("pages/overzicht.py", title="Overzicht", icon=":material/dashboard:", default=True),
        st.Page("pages/budget.py", title="Budgetbenutting", icon=":material/euro:", url_path="budget"),
        st.Page("pages/trajecten.py", title="Trajecten", icon=":material/handshake:", url_path="trajecten"),
        st.Page(
            "pages/over_de_data.py", title="Over de data", icon=":material/info:", url_path="over-de-data"
        ),
    ]
)
snap = db.begin_run()
with st.sidebar:
    st.markdown("**VAPA-monitor** · uitwisseling expertise armoedebeleid")
    filters.render(db.run_query("jaren", snap)["jaar"].astype(int).tolist())
    ui.data_status(snap)
page.run()
