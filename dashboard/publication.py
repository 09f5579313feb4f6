"""'Gepubliceerd op': the reader's choice of an earlier publication, bound to the URL.

`?publicatie=12` opens publication 12 (a DuckLake snapshot id) on every page, read-only;
`?publicatie_op=2026-12-06T14:00` the publication that was current at that moment (Brussels
time). Without either the latest publication is shown. The entry file reads the choice before
the run's snapshot is read (`chosen`), then draws it in the sidebar (`render`).
"""

from __future__ import annotations

from datetime import date, datetime, time

import streamlit as st

from dashboard import db, format

KEY, AT_KEY = "publicatie", "publicatie_op"
LATEST = "laatste"


def _parse_moment(text: str | None) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=format.BRUSSELS)


def chosen() -> int | None:
    """The publication the reader chose (None: the latest), from the widget or the URL."""
    value = st.session_state.get(KEY, st.query_params.get(KEY))
    if value and value != LATEST:
        try:
            return int(value)
        except ValueError:
            return None
    moment = _parse_moment(st.query_params.get(AT_KEY))
    return db.publication_at(moment) if moment else None


def _pick_moment() -> None:
    day, hour = st.session_state.get("_publicatie_dag"), st.session_state.get("_publicatie_uur")
    if isinstance(day, date):
        moment = datetime.combine(day, hour or time(23, 59), tzinfo=format.BRUSSELS)
        found = db.publication_at(moment)
        st.session_state[KEY] = str(found) if found else LATEST
        st.query_params.pop(AT_KEY, None)


def render(snap: db.Snapshot) -> None:
    """The choice in the sidebar, and what is shown when an earlier publication is open."""
    versions = [
        str(v["version"]) for v in reversed(db.listed_publications(snap.root, db.latest_snapshot(snap)))
    ]
    if not versions:
        return
    if snap.fixed and str(snap.version) in versions and st.session_state.get(KEY) != str(snap.version):
        st.session_state[KEY] = str(snap.version)  # a ?publicatie_op= link, or an unknown number
    st.selectbox(
        "Gepubliceerd op",
        [LATEST, *versions],
        key=KEY,
        bind="query-params",
        help="Toon alle pagina's, antwoorden en downloads zoals ze waren bij een eerdere "
        "publicatie (alleen lezen). 'laatste' toont de huidige gegevens.",
    )
    with st.expander("Of: stand op een tijdstip"):
        st.date_input("Dag", value=None, key="_publicatie_dag", format="DD/MM/YYYY", on_change=_pick_moment)
        st.time_input("Uur", value=time(23, 59), key="_publicatie_uur", on_change=_pick_moment)
    if snap.fixed:
        st.info(f"U bekijkt {snap.label} (alleen lezen).", icon=":material/history:")
