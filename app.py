"""VAPA-monitor: the entry file. Page config, shared filters and data status, navigation."""

import traceback
from pathlib import Path

import streamlit as st

from dashboard import bootstrap, db, filters, publication, ui
from pipelines.store import Busy, StoreUnavailable, new_ingest_id, now_iso

# Local files only: a :material: page icon would be fetched from fonts.gstatic.com.
ASSETS = Path(__file__).resolve().parent / "assets"

st.set_page_config(page_title="VAPA-monitor", page_icon=str(ASSETS / "favicon.png"), layout="wide")

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
try:  # a damaged or unreachable store: a Dutch message that says what to run, on every page
    bootstrap.ensure_data()
    snap = db.begin_run(publication.chosen())
    with st.sidebar:
        st.markdown("**VAPA-monitor** · uitwisseling expertise armoedebeleid")
        filters.render(db.run_query("jaren", snap)["jaar"].astype(int).tolist())
        publication.render(snap)
        ui.data_status(snap)
except (StoreUnavailable, Busy) as exc:
    st.error(str(exc), icon=":material/error:")
    st.stop()
try:
    page.run()
except (StoreUnavailable, Busy) as exc:
    st.error(str(exc), icon=":material/error:")
except Exception:  # noqa: BLE001 - details go to the log; the user gets a code (st.stop/rerun are not Exceptions)
    code = new_ingest_id()
    try:
        logs = Path(snap.root) / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        with open(logs / "internal-errors.log", "a", encoding="utf-8") as fh:
            fh.write(f"--- {now_iso()} page {page.url_path or '/'} {code}\n{traceback.format_exc()}\n")
    except OSError:
        pass
    st.error(
        f"Er ging iets mis bij het tonen van deze pagina; er is niets gewijzigd. Probeer het opnieuw "
        f"of meld code {code} aan de beheerder.",
        icon=":material/error:",
    )
