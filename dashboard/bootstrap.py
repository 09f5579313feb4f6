"""First start: clear leftovers of killed writers; publish the demo when nothing is published.
A damaged or unreachable store raises StoreUnavailable (app.py shows its Dutch message); the
next run tries again."""

from __future__ import annotations

import streamlit as st

from pipelines import paths
from pipelines.demo import build_demo
from pipelines.store import Store


@st.cache_resource(show_spinner=False)
def _prepare(root: str) -> bool:
    store = Store(root)
    try:
        store.try_recover()
        empty = store.current_version() == 0
    finally:
        store.close()
    if empty:
        with st.spinner("Er zijn nog geen gegevens: de demogegevens worden opgebouwd…"):
            build_demo(root)
    return True


def ensure_data() -> None:
    """Once per server process and data directory."""
    try:
        _prepare(str(paths.data_dir()))
    except OSError:
        st.error(
            "De gegevensmap is niet beschikbaar of niet schrijfbaar. Vraag de beheerder de "
            "map te controleren (instelling VAPA_DATA_DIR)."
        )
        st.stop()
