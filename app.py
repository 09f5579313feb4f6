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
        st.Page("views/overzicht.py", title="Overzicht", icon=":material/dashboard:", default=True),
        st.Page("views/budget.py", title="Budgetbenutting", icon=":material/euro:", url_path="budget"),
        st.Page("views/kaart.py", title="Kaart", icon=":material/map:", url_path="kaart"),
        st.Page("views/trajecten.py", title="Trajecten", icon=":material/handshake:", url_path="trajecten"),
        st.Page("views/evaluatie.py", title="Evaluatie", icon=":material/insights:", url_path="evaluatie"),
        st.Page(
            "views/parlementaire_vraag.py",
            title="Parlementaire vraag",
            icon=":material/gavel:",
            url_path="vraag",
        ),
        st.Page("views/opladen.py", title="Gegevens opladen", icon=":material/upload:", url_path="opladen"),
        st.Page(
            "views/over_de_data.py", title="Over de data", icon=":material/info:", url_path="over-de-data"
        ),
    ]
)
snap = db.begin_run()
with st.sidebar:
    st.markdown("**VAPA-monitor** · uitwisseling expertise armoedebeleid")
    filters.render(db.run_query("jaren", snap)["jaar"].astype(int).tolist())
    ui.data_status(snap)
page.run()
