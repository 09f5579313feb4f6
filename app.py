"""VAPA-monitor: the entry file. Page config, shared status, navigation; nothing else."""

from pathlib import Path

import streamlit as st

from dashboard import bootstrap, db, ui

# Local files only: a :material: page icon would be fetched from fonts.gstatic.com.
ASSETS = Path(__file__).resolve().parent / "assets"

st.set_page_config(page_title="VAPA-monitor", page_icon=str(ASSETS / "favicon.png"), layout="wide")
bootstrap.ensure_data()

page = st.navigation(
    [st.Page("pages/overzicht.py", title="Overzicht", icon=":material/dashboard:", default=True)]
)
with st.sidebar:
    st.markdown("**VAPA-monitor** · uitwisseling expertise armoedebeleid")
    ui.data_status(db.snapshot())
page.run()
