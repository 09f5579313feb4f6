"""The map: municipalities coloured by role or by a measure, lines from giver to receiver.

Drawn with plotly's `Choroplethmap` on `map_style="white-bg"` and our own GeoJSON, so nothing is
fetched from a tile server or CDN. One trace carries the geometry (never one per category: that
would send the layer several times).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard.charts import PALETTE, Built, _plain
from pipelines import geo
from pipelines.geo import centroid

ROLES = ("geen", "aanbiedend", "ontvangend", "beide")
ROLE_COLOURS = {"geen": "#EEEEEE", "aanbiedend": "#0072B2", "ontvangend": "#E69F00", "beide": "#009E73"}
ROLE_LABELS = {
    "geen": "Neemt niet deel",
    "aanbiedend": "Gaf een expert",
    "ontvangend": "Ontving een expert",
    "beide": "Gaf en ontving",
}
MEASURES = {
    "Rol": None,
    "Aantal trajecten": "Trajecten",
    "Compensatie (EUR)": "Betaald, netto (EUR)",
    "EUR per 1.000 inwoners": "EUR per 1.000 inwoners",
}


def centroids(layer: dict[str, Any]) -> dict[str, tuple[float, float]]:
    return {f["id"]: centroid(f["geometry"]) for f in layer["features"]}


def view(layer: dict[str, Any], provinces: tuple[str, ...]) -> dict[str, Any]:
    """Centre and zoom that show Flanders, or the chosen provinces."""
    lons, lats = [], []
    for feature in layer["features"]:
        if provinces and feature["properties"]["province"] not in provinces:
            continue
        stack = [feature["geometry"]["coordinates"]]
        while stack:
            item = stack.pop()
            if item and isinstance(item[0], (int, float)):
                lons.append(item[0])
                lats.append(item[1])
            else:
                stack.extend(item)
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    span = max(east - west, (north - south) * 1.6, 0.05)
    # MapLibre's world is 512 px wide at zoom 0; the map area is about 520 px wide.
    zoom = math.log2(520 * 360 / (512 * span))
    return {"center": {"lon": (west + east) / 2, "lat": (south + north) / 2}, "zoom": round(zoom, 2)}


def figure(
    layer: dict[str, Any],
    table: pd.DataFrame,
    pairs: pd.DataFrame,
    measure: str,
    provinces: tuple[str, ...],
    selected: str | None = None,
) -> go.Figure:
    """table: one row per municipality of the layer (see tables.map_table)."""
    column, common = MEASURES[measure], _municipalities(layer, table)
    trace = _by_role(table, common) if column is None else _by_measure(table, column, measure, common)
    fig = go.Figure(trace)
    where = centroids(layer)
    lons, lats = _links(pairs, where)
    if lons:
        fig.add_trace(
            go.Scattermap(
                lon=lons,
                lat=lats,
                mode="lines",
                line={"width": 2, "color": "#CC79A7"},
                name="Van aanbiedend naar ontvangend bestuur",
                hoverinfo="skip",
            )
        )
    if selected and selected in where:
        x, y = where[selected]
        fig.add_trace(
            go.Scattermap(
                lon=[x],
                lat=[y],
                mode="markers",
                marker={"size": 12, "color": "#000000"},
                name="Gekozen gemeente",
                hoverinfo="skip",
            )
        )
    fig.update_layout(
        map={"style": "white-bg", **view(layer, provinces)},
        separators=",.",
        height=620,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        showlegend=bool(lons),
        legend={"orientation": "h", "y": 0, "x": 0, "bgcolor": "rgba(255,255,255,0.8)"},
        colorway=PALETTE,
    )
    return fig


def _municipalities(layer: dict[str, Any], table: pd.DataFrame) -> dict[str, Any]:
    """What the coloured layer has whatever its colour: geometry, hover text, outline."""
    hover = (
        "<b>%{customdata[0]}</b> (%{location})<br>%{customdata[1]}<br>%{customdata[2]}<br>"
        "Trajecten: %{customdata[3]:,.0f} (gaf %{customdata[4]:,.0f}, ontving %{customdata[5]:,.0f})<br>"
        "Compensatie betaald: € %{customdata[6]:,.2f}<extra></extra>"
    )
    customdata = list(
        zip(
            _plain(table["Gemeente"]),
            table["Provincie"],
            table["Rol"],
            table["Trajecten"],
            table["Trajecten als aanbieder"],
            table["Trajecten als ontvanger"],
            table["Betaald, netto (EUR)"],
            strict=True,
        )
    )
    return dict(
        geojson=layer,
        locations=table["NIS-code"],
        featureidkey="properties.nis_code",
        customdata=customdata,
        hovertemplate=hover,
        marker={"line": {"width": 0.4, "color": "#FFFFFF"}, "opacity": 0.95},
        # a click chooses a municipality; the others must not fade as plotly's selection does
        selected={"marker": {"opacity": 0.95}},
        unselected={"marker": {"opacity": 0.95}},
    )


def _by_role(table: pd.DataFrame, common: dict[str, Any]) -> go.Choroplethmap:
    """Municipalities coloured by role: one colour band per role on a 0..n scale."""
    index = {ROLE_LABELS[role]: i for i, role in enumerate(ROLES)}
    n = len(ROLES)
    scale = []
    for i, role in enumerate(ROLES):
        scale += [[i / n, ROLE_COLOURS[role]], [(i + 1) / n, ROLE_COLOURS[role]]]
    return go.Choroplethmap(
        z=table["Rol"].map(index),
        zmin=-0.5,
        zmax=n - 0.5,
        colorscale=scale,
        colorbar={
            "tickvals": list(range(n)),
            "ticktext": [ROLE_LABELS[r] for r in ROLES],
            "title": {"text": "Rol"},
            "thickness": 14,
            "len": 0.6,
        },
        **common,
    )


def _by_measure(table: pd.DataFrame, column: str, measure: str, common: dict[str, Any]) -> go.Choroplethmap:
    """Municipalities coloured by a measure on a sequential scale from 0."""
    return go.Choroplethmap(
        z=table[column].astype(float),
        zmin=0,
        colorscale=[[0, "#F7FBFF"], [0.5, "#6BAED6"], [1, "#08306B"]],  # sequential, CVD-safe
        colorbar={"title": {"text": measure}, "thickness": 14, "len": 0.6, "tickformat": ",.0f"},
        **common,
    )


def _links(
    pairs: pd.DataFrame, where: dict[str, tuple[float, float]]
) -> tuple[list[float | None], list[float | None]]:
    """Longitudes and latitudes of the lines from giving to receiving municipality (None between
    lines), for the pairs of which both ends are on the map."""
    lons: list[float | None] = []
    lats: list[float | None] = []
    for row in pairs.itertuples(index=False):
        if row.aanbieder_code in where and row.ontvanger_code in where:
            (x0, y0), (x1, y1) = where[row.aanbieder_code], where[row.ontvanger_code]
            lons += [x0, x1, None]
            lats += [y0, y1, None]
    return lons, lats


@st.cache_resource(show_spinner=False, max_entries=8)
def _load_layer(path: str, mtime: float) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def layer_for(vintage: str, root: str) -> dict[str, Any] | None:
    """The installed boundary layer (cached per process, file and file version), or None."""
    path = geo.geo_dir(root) / geo.LAYER_FILES[vintage]
    if not path.is_file():
        return None
    return _load_layer(str(path), path.stat().st_mtime)


def files_version(vintage: str, root: str) -> tuple[float | None, ...]:
    """When the installed boundaries and population of `vintage` last changed (None: absent):
    part of the cache key of what is built from them."""
    out = []
    for name in (geo.LAYER_FILES[vintage], geo.POPULATION_FILES[vintage]):
        try:
            out.append((geo.geo_dir(root) / name).stat().st_mtime)
        except OSError:
            out.append(None)
    return tuple(out)


def spec_without_layer(
    layer: dict[str, Any],
    table: pd.DataFrame,
    pairs: pd.DataFrame,
    measure: str,
    provinces: tuple[str, ...],
    selected: str | None = None,
) -> dict[str, Any]:
    """The figure's specification without the boundaries themselves, small enough to keep in a
    cache for every selection; `drawable` puts the one loaded layer back (the same value)."""
    spec = figure(layer, table, pairs, measure, provinces, selected).to_dict()
    spec["data"][0]["geojson"] = None
    return spec


def drawable(spec: dict[str, Any], layer: dict[str, Any]) -> Built:
    """The map for st.plotly_chart, which takes this specification without validating it again."""
    spec["data"][0]["geojson"] = layer
    return Built(spec)
