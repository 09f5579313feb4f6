"""The Trajecten page's read side: its own filters, its tables and charts per selection (cached)
and the detail of one trajectory."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from dashboard import charts, db, tables, ui
from pipelines.contract import TRAJECTEN


def own_filters(provinces: bool) -> dict:
    """Status, model, theme and which side's province (bound to the URL), as query parameters."""
    c1, c2, c3, c4 = st.columns(4)
    statuses = c1.multiselect(
        "Status", TRAJECTEN.column("status").allowed, key="status", bind="query-params", placeholder="Alle"
    )
    models = c2.multiselect(
        "Model", TRAJECTEN.column("model").allowed, key="model", bind="query-params", placeholder="Alle"
    )
    known = db.run_query("themas")["thema"].tolist()
    themes = c3.multiselect("Thema", known, key="thema", bind="query-params", placeholder="Alle")
    # Options are the URL values themselves (?kant=ontvangend): a format_func label would end up in
    # the link instead.
    side = c4.radio(
        "Provincie van het bestuur dat",
        ("beide", "aanbiedend", "ontvangend"),
        captions=("aanbiedt of ontvangt", "aanbiedt", "ontvangt"),
        key="kant",
        bind="query-params",
        disabled=not provinces,
        help="Alleen van belang als u in de zijbalk provincies kiest: moet het aanbiedend, het "
        "ontvangend of een van beide besturen in die provincies liggen?",
    )
    return {"statussen": statuses, "modellen": models, "themas": themes, "kant": side}


@st.cache_data(show_spinner=False, max_entries=32)
def sections(snap: db.Snapshot, params: dict) -> dict[str, ui.Table | ui.Chart]:
    """The tables and charts of one selection, built once per published version and selection."""
    df = db.run_query("trajecten_lijst", snap, **params)
    timeline = tables.gantt_table(df)
    steps = tables.funnel_table(df)
    counted = tables.themes_table(df)
    return {
        "list": ui.table(tables.trajectories_table(df), "trajecten", money_columns=tables.TRAJECTORY_MONEY),
        "timeline": ui.chart(charts.gantt(timeline), timeline, "tijdlijn trajecten"),
        "steps": ui.chart(charts.funnel(steps), steps, "trajecten per stap"),
        "themes": ui.chart(charts.themes(counted), counted, "thema's"),
    }


def detail(row: pd.Series) -> None:
    """One trajectory: who lent to whom, its facts and the link to its report."""
    # Uploaded text is shown as plain text, never as Markdown (no links or images from the data).
    st.text(f"{row['traject_id']}: {row['aanbieder_naam']} → {row['ontvanger_naam']}")
    ui.facts(tables.trajectory_detail(row))
    # Only web links (the ingest refuses others; data written otherwise must not give a javascript: link).
    if isinstance(row["rapport_link"], str) and re.match(r"(?i)https?://", row["rapport_link"]):
        st.link_button("Rapport openen", row["rapport_link"], icon=":material/description:")
