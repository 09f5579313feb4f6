"""Pure functions: a prepared table -> a plotly figure. Colour-blind-safe (Okabe-Ito), Dutch
labels, Belgian number and date formats in axes and hover texts, nothing fetched from a CDN."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
STAGE_COLOURS = {"Budget": "#999999", "Vastgelegd": "#0072B2", "Betaald (netto)": "#E69F00"}
STATUS_COLOURS = {
    "aangevraagd": "#56B4E9",
    "goedgekeurd": "#0072B2",
    "lopend": "#E69F00",
    "afgerond": "#009E73",
    "stopgezet": "#D55E00",
    "afgewezen": "#999999",
}
EUR = "€\u00a0%{y:,.2f}"
FLOW_SHORT = {
    "Coördinatie VVSG": "Coördinatie",
    "Compensatie aanbiedend bestuur": "Compensatie",
    "Overige": "Overige",
}


class Built(go.Figure):
    """A finished figure kept as its plain specification (`fig.to_dict()`, validated when the
    figure was built).

    st.plotly_chart turns every figure into that specification with `to_dict()`, which deep-
    copies it, and a figure that comes out of a cache is first validated again property by
    property: for the map's 1,5 MB of boundaries that is most of a rerun. This one hands over
    its specification as it is; the chart is the same."""

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__()
        self._spec = spec

    def to_dict(self) -> dict[str, Any]:
        return self._spec


def _count_axis(values: pd.Series) -> dict[str, object]:
    """An axis of counts: whole numbers only (no 0,2 trajectories), from zero."""
    top = float(values.max()) if len(values) else 0.0
    axis: dict[str, object] = {"tickformat": ",d", "rangemode": "tozero"}
    if top <= 10:
        axis["dtick"] = 1
    return axis


def _plain(values: pd.Series) -> pd.Series:
    """Text from the data as inert chart text: plotly reads a few HTML tags (<a href>, <b>) in
    labels and hover texts; escaped, they show as typed."""
    return values.astype(str).str.replace("&", "&amp;").str.replace("<", "&lt;").str.replace(">", "&gt;")


def _layout(fig: go.Figure, title: str, height: int = 380, **kwargs: object) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        separators=",.",  # decimal comma, dot for thousands: € 182.044,00
        height=height,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        colorway=PALETTE,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 1, "xanchor": "right", "title": None},
        hoverlabel={"namelength": -1},
        font={"family": "Source Sans Pro, sans-serif"},
        **kwargs,
    )
    return fig


def status_bars(df: pd.DataFrame) -> go.Figure:
    """df: Status, Trajecten."""
    fig = go.Figure(
        go.Bar(
            x=df["Status"],
            y=df["Trajecten"],
            marker_color=[STATUS_COLOURS.get(s, PALETTE[0]) for s in df["Status"]],
            hovertemplate="%{x}: %{y:,.0f} trajecten<extra></extra>",
        )
    )
    return _layout(fig, "Trajecten per status", yaxis={"title": "trajecten", **_count_axis(df["Trajecten"])})


def roles_bars(df: pd.DataFrame) -> go.Figure:
    """df: Rol, Gemeenten."""
    fig = go.Figure(
        go.Bar(
            x=df["Gemeenten"],
            y=df["Rol"],
            orientation="h",
            marker_color=list(PALETTE[: len(df)]),
            hovertemplate="%{y}: %{x:,.0f} gemeenten<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, "Deelnemende gemeenten per rol", height=260, xaxis=_count_axis(df["Gemeenten"]))


def budget_stages(df: pd.DataFrame) -> go.Figure:
    """df: Jaar, Geldstroom, Budget (EUR), Vastgelegd (EUR), Betaald, netto (EUR): grouped bars
    per year and flow; the three stages side by side, never stacked."""
    x = [df["Jaar"].astype(str), df["Geldstroom"].map(lambda f: FLOW_SHORT.get(f, f))]
    fig = go.Figure()
    for stage, col in (
        ("Budget", "Budget (EUR)"),
        ("Vastgelegd", "Vastgelegd (EUR)"),
        ("Betaald (netto)", "Betaald, netto (EUR)"),
    ):
        fig.add_bar(
            x=x,
            y=df[col],
            name=stage,
            marker_color=STAGE_COLOURS[stage],
            hovertemplate=f"{stage}<br>%{{x}}<br>{EUR}<extra></extra>",
        )
    return _layout(
        fig,
        "Budget, vastleggingen en betalingen per jaar en geldstroom",
        barmode="group",
        yaxis={"title": "EUR", "tickformat": ",.0f", "tickprefix": "€\u00a0"},
        xaxis={"tickangle": 0},
    )


def cumulative(df: pd.DataFrame) -> go.Figure:
    """df: Maand, Betaald cumulatief (EUR), Lineair plan (EUR)."""
    fig = go.Figure()
    if df["Lineair plan (EUR)"].notna().any():
        fig.add_scatter(
            x=df["Maand"],
            y=df["Lineair plan (EUR)"],
            name="Lineair plan",
            mode="lines",
            line={"dash": "dash", "color": "#999999"},
            hovertemplate="Lineair plan<br>%{x|%m/%Y}<br>" + EUR + "<extra></extra>",
        )
    fig.add_scatter(
        x=df["Maand"],
        y=df["Betaald cumulatief (EUR)"],
        name="Betaald (netto, cumulatief)",
        mode="lines+markers",
        line={"shape": "hv", "color": "#E69F00"},
        hovertemplate="Betaald t.e.m. %{x|%m/%Y}<br>" + EUR + "<extra></extra>",
    )
    return _layout(
        fig,
        "Cumulatieve betalingen tegenover een lineair verbruik van het budget",
        xaxis={"tickformat": "%m/%Y"},
        yaxis={"title": "EUR", "tickformat": ",.0f", "tickprefix": "€\u00a0"},
    )


def waterfall(df: pd.DataFrame) -> go.Figure:
    """df: Stap, Bedrag (EUR), Soort ('absolute' | 'relative' | 'total')."""
    fig = go.Figure(
        go.Waterfall(
            x=df["Stap"],
            y=df["Bedrag (EUR)"],
            measure=df["Soort"],
            increasing={"marker": {"color": "#D55E00"}},
            decreasing={"marker": {"color": "#56B4E9"}},
            totals={"marker": {"color": "#0072B2"}},
            connector={"line": {"color": "#999999"}},
            hovertemplate="%{x}<br>€ %{y:,.2f}<extra></extra>",
            texttemplate="€\u00a0%{y:,.0f}",
            textposition="outside",
        )
    )
    return _layout(
        fig,
        "Van budget naar betaald en onbenut",
        showlegend=False,
        yaxis={"title": "EUR", "tickformat": ",.0f", "tickprefix": "€\u00a0"},
    )


def gantt(df: pd.DataFrame) -> go.Figure:
    """df: Traject, Status, Start, Einde (planned end when not ended yet), Aanbiedend, Ontvangend."""
    fig = go.Figure()
    for status, part in df.groupby("Status", sort=False):
        start = pd.to_datetime(part["Start"])
        end = pd.to_datetime(part["Einde"])
        fig.add_bar(
            base=start,
            x=(end - start).dt.total_seconds() * 1000,  # milliseconds on a date axis
            y=_plain(part["Traject"]).to_numpy(dtype=object),
            orientation="h",
            name=str(status),
            marker_color=STATUS_COLOURS.get(str(status), PALETTE[0]),
            # arrays, not lists of tuples: plotly checks a list value by value (same JSON)
            customdata=np.column_stack(
                [
                    start.dt.strftime("%d/%m/%Y").to_numpy(dtype=object),
                    end.dt.strftime("%d/%m/%Y").to_numpy(dtype=object),
                    _plain(part["Aanbiedend"]).to_numpy(dtype=object),
                    _plain(part["Ontvangend"]).to_numpy(dtype=object),
                ]
            ),
            hovertemplate="%{y}: %{customdata[2]} → %{customdata[3]}<br>"
            "%{customdata[0]} – %{customdata[1]}<extra>" + str(status) + "</extra>",
        )
    fig.update_yaxes(autorange="reversed", title=None)
    return _layout(
        fig,
        "Tijdlijn van de trajecten",
        height=max(300, 26 * len(df) + 120),
        xaxis={"type": "date", "tickformat": "%m/%Y"},
        barmode="overlay",
    )


def funnel(df: pd.DataFrame) -> go.Figure:
    """df: Stap, Trajecten (how many reached at least this step)."""
    fig = go.Figure(
        go.Funnel(
            y=df["Stap"],
            x=df["Trajecten"],
            marker={"color": list(PALETTE[: len(df)])},
            textinfo="value+percent initial",
            hovertemplate="%{y}: %{x:,.0f} trajecten<extra></extra>",
        )
    )
    return _layout(fig, "Van aanvraag tot afgerond traject", height=320)


def themes(df: pd.DataFrame) -> go.Figure:
    """df: Thema, Trajecten."""
    fig = go.Figure(
        go.Bar(
            x=df["Trajecten"],
            y=_plain(df["Thema"]),
            orientation="h",
            marker_color=PALETTE[2],
            hovertemplate="%{y}: %{x:,.0f} trajecten<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    return _layout(
        fig,
        "Thema's van de trajecten",
        height=max(260, 28 * len(df) + 100),
        xaxis=_count_axis(df["Trajecten"]),
    )


def linear_plan(months: pd.Series, budget: float, start: date, end: date) -> pd.Series:
    """The budget spread evenly from `start` to `end`, evaluated at the end of each month."""
    total_days = max((end - start).days, 1)
    ends = pd.to_datetime(months) + pd.offsets.MonthEnd(0)
    elapsed = (ends - pd.Timestamp(start)).dt.days.clip(lower=0, upper=total_days)
    return budget * elapsed / total_days


JUDGEMENT_COLOURS = {"goed": "#009E73", "aandacht": "#E69F00", "zwak": "#D55E00"}


def norm_bars(df: pd.DataFrame) -> go.Figure:
    """df: Indicator, Waarde (percent, 0-100), Norm (text), Normwaarde (percent), Beoordeling.
    Each share of the logic model as a bar, its norm as a black tick."""
    fig = go.Figure(
        go.Bar(
            x=df["Waarde"],
            y=df["Indicator"],
            orientation="h",
            marker_color=[JUDGEMENT_COLOURS.get(j, "#999999") for j in df["Beoordeling"]],
            customdata=list(zip(df["Norm"], df["Beoordeling"], strict=True)),
            hovertemplate="%{y}: %{x:,.1f}%<br>norm %{customdata[0]}: %{customdata[1]}<extra></extra>",
            name="Waarde",
        )
    )
    fig.add_scatter(
        x=df["Normwaarde"],
        y=df["Indicator"],
        mode="markers",
        marker={"symbol": "line-ns", "size": 22, "line": {"width": 3, "color": "#000000"}},
        name="Norm",
        hovertemplate="norm: %{x:,.0f}%<extra></extra>",
    )
    fig.update_yaxes(autorange="reversed")
    return _layout(
        fig,
        "Aandelen tegenover hun norm",
        height=max(260, 40 * len(df) + 100),
        xaxis={"range": [0, 105], "ticksuffix": "%", "title": None},
    )


def goal_attainment(df: pd.DataFrame) -> go.Figure:
    """df: Traject, Status, Doelbereik (fraction), Doelen bereikt, Doelen gepland, Ontvangend bestuur."""
    fig = go.Figure()
    for status, part in df.groupby("Status", sort=False):
        fig.add_bar(
            x=part["Doelbereik"] * 100,
            y=_plain(part["Traject"]),
            orientation="h",
            name=str(status),
            marker_color=STATUS_COLOURS.get(str(status), PALETTE[0]),
            customdata=list(
                zip(
                    part["Doelen bereikt"],
                    part["Doelen gepland"],
                    _plain(part["Ontvangend bestuur"]),
                    strict=True,
                )
            ),
            hovertemplate="%{y} (%{customdata[2]}): %{customdata[0]} van %{customdata[1]} doelen, "
            "%{x:,.0f}%<extra>" + str(status) + "</extra>",
        )
    fig.update_yaxes(
        autorange="reversed", title=None, categoryorder="array", categoryarray=list(df["Traject"])
    )
    return _layout(
        fig,
        "Doelbereik per traject",
        height=max(280, 24 * len(df) + 120),
        xaxis={"range": [0, 105], "ticksuffix": "%", "title": "bereikte doelen van de geplande"},
        barmode="overlay",
    )


def indicator_lines(df: pd.DataFrame, indicator: str, unit: str) -> go.Figure:
    """df: Jaar, Groep, Gemiddelde, Gemeenten. One line per group."""
    fig = go.Figure()
    for i, (group, part) in enumerate(df.groupby("Groep", sort=False)):
        fig.add_scatter(
            x=part["Jaar"],
            y=part["Gemiddelde"],
            mode="lines+markers",
            name=str(group),
            line={"color": PALETTE[i % len(PALETTE)], "width": 3 if i == 0 else 2},
            customdata=part["Gemeenten"],
            hovertemplate="%{x}: %{y:,.2f} (gemiddelde van %{customdata} gemeenten)<extra>"
            + str(group)
            + "</extra>",
        )
    name = _plain(pd.Series([indicator])).iloc[0]
    label = _plain(pd.Series([unit])).iloc[0]
    return _layout(
        fig,
        f"{name}: gemiddelde per jaar",
        xaxis={"dtick": 1, "tickformat": "d", "title": None},
        yaxis={"title": label},
    )


def attainment_bands(df: pd.DataFrame) -> go.Figure:
    """df: Doelbereik (band label), Status, Trajecten."""
    fig = go.Figure()
    for status, part in df.groupby("Status", sort=False):
        fig.add_bar(
            x=part["Doelbereik"],
            y=part["Trajecten"],
            name=str(status),
            marker_color=STATUS_COLOURS.get(str(status), PALETTE[0]),
            hovertemplate="%{x}: %{y:,.0f} trajecten<extra>" + str(status) + "</extra>",
        )
    return _layout(
        fig,
        "Trajecten per doelbereik",
        barmode="stack",
        xaxis={"title": "bereikte doelen van de geplande"},
        yaxis={"title": "trajecten", **_count_axis(df.groupby("Doelbereik")["Trajecten"].sum())},
    )
