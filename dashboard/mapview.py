"""The Kaart page's read side: the municipalities' table and the map per selection (cached),
the chosen municipality's panel and the notes beside the map."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard import db, format, maps, tables, ui
from pipelines import geo

NO_LAYER = (
    "De gemeentegrenzen zijn nog niet geïnstalleerd, dus de kaart kan niet getekend worden. "
    "Vraag de beheerder om `python -m pipelines geo` uit te voeren (of `python -m pipelines "
    "geo --from MAP` zonder internet). De rest van het dashboard werkt gewoon."
)


@st.cache_data(show_spinner=False, max_entries=32)
def municipalities(
    snap: db.Snapshot, params: dict, vintage: str, version: tuple
) -> tuple[pd.DataFrame, list[str], dict[str, str], ui.Table, list[str]]:
    """Per published version, selection and boundary files: the map's table, the participants
    off this map, the list's labels, the table shown below the map and the colour measures."""
    population = geo.load_population(vintage, snap.root)
    table, off_map = tables.map_table(
        maps.layer_for(vintage, snap.root), db.run_query("deelnemers", snap, **params), population
    )
    labels = {
        f"{name} ({code})": code for name, code in zip(table["Gemeente"], table["NIS-code"], strict=True)
    }
    provinces = params["provincies"]
    shown = table if not provinces else table[table["Provincie"].isin(provinces)]
    measures = [m for m in maps.MEASURES if population or m != "EUR per 1.000 inwoners"]
    listed = ui.table(shown, "kaart gemeenten", money_columns=tables.MAP_MONEY)
    return table, off_map, labels, listed, measures


@st.cache_data(show_spinner=False, max_entries=64)
def map_spec(
    snap: db.Snapshot, params: dict, vintage: str, version: tuple, measure: str, selected: str | None
) -> dict:
    """The map (without the boundaries) per published version, selection, boundary files,
    colour measure and chosen municipality."""
    table = municipalities(snap, params, vintage, version)[0]
    pairs = db.run_query("paren", snap, **params)
    layer = maps.layer_for(vintage, snap.root)
    return maps.spec_without_layer(layer, table, pairs, measure, tuple(params["provincies"]), selected)


def choose_on_click(labels: dict[str, str]) -> Callable[[], None]:
    """The map's on_select: a click on a municipality chooses it, as the list beside the map does."""
    by_code = {code: label for label, code in labels.items()}

    def clicked() -> None:
        points = st.session_state["kaart"].selection.get("points") or []
        code = points[0].get("location") if points else None
        if code in by_code:
            st.session_state["gemeente"] = by_code[code]

    return clicked


def municipality_panel(table: pd.DataFrame, labels: dict[str, str], params: dict) -> str | None:
    """The list of municipalities and, for the chosen one, its facts and trajectories; returns
    its NIS code (None: none chosen)."""
    chosen = st.selectbox(
        "Gemeente",
        list(labels),
        index=None,
        key="gemeente",
        bind="query-params",
        placeholder="Kies een gemeente",
    )
    code = labels.get(chosen) if chosen else None
    if not code:
        st.caption("Kies een gemeente om haar trajecten en financiering te zien.")
        return None
    row = table[table["NIS-code"] == code].iloc[0]
    ui.facts(tables.municipality_facts(row))
    mine = db.run_query("gemeente_trajecten", **params, gemeente=code)
    ui.table_with_download(
        tables.municipality_trajectories(mine),
        f"trajecten {row['Gemeente']}",
        money_columns=("Toegekend (EUR)",),
    )
    return code


def off_map_note(off_map: list[str]) -> str:
    """Which participating municipalities the 2019-2024 map cannot show."""
    n = len(off_map)
    return (
        f"{format.count(n, 'deelnemende gemeente', 'deelnemende gemeenten')} "
        f"{format.plural(n, 'bestaat', 'bestaan')} pas sinds 2025 en "
        f"{format.plural(n, 'staat', 'staan')} niet op de kaart "
        f"van 2019-2024: {', '.join(off_map)}. Kies de gemeentegrenzen van 2025 om ze te zien."
    )
