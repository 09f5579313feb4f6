"""Small Streamlit building blocks shared by the pages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import streamlit as st

from dashboard import charts, exports, format
from dashboard.db import Snapshot
from pipelines.demo import DEMO_NOTICE

EMPTY_SELECTION = (
    "Geen gegevens voor deze selectie. Kies meer jaren of provincies in de zijbalk, of laad gegevens op."
)
# No plotly logo link, no "edit in Chart Studio"; the PNG export stays (rendered in the browser).
PLOTLY_CONFIG = {"displaylogo": False}


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "tabel"


@dataclass(eq=False)
class Table:
    """A table ready to show: the data (for the downloads) and its Belgian text (for the screen).

    Built with `table()`, it can be kept in `st.cache_data`, so a rerun shows it without
    formatting every cell again, or shared as it is with `st.cache_resource` (no unpickling on
    every rerun): nothing changes a Table once built."""

    df: pd.DataFrame
    display: pa.Table  # the Belgian text as st.dataframe sends it (from pandas it converts every run)
    name: str
    money_columns: tuple[str, ...] = ()
    percent_columns: tuple[str, ...] = ()


def table(
    df: pd.DataFrame,
    name: str,
    money_columns: tuple[str, ...] = (),
    percent_columns: tuple[str, ...] = (),
    decimals: int = 1,
) -> Table:
    """`df` with every number and date as Belgian text (format.frame, `decimals` places for
    fractional numbers) for the screen; the downloads hold `df` itself, numbers as numbers."""
    display = format.frame(df, money=money_columns, percent=percent_columns, decimals=decimals)
    return Table(
        df, pa.Table.from_pandas(display, preserve_index=False), name, money_columns, percent_columns
    )


@dataclass(eq=False)
class Chart:
    """A chart (its specification) and the table behind it; see `chart()`."""

    spec: dict[str, Any]
    table: Table

    @property
    def figure(self) -> charts.Built:
        return charts.Built(self.spec)


def chart(
    fig: go.Figure,
    df: pd.DataFrame,
    name: str,
    money_columns: tuple[str, ...] = (),
    percent_columns: tuple[str, ...] = (),
    decimals: int = 1,
) -> Chart:
    """A chart and its table, ready to show with `show_chart` (and to keep in st.cache_data)."""
    return Chart(fig.to_dict(), table(df, name, money_columns, percent_columns, decimals))


def show_table(t: Table, column_config: dict | None = None) -> None:
    """The table, and CSV and Excel downloads of exactly these rows and columns."""
    if t.df.empty:
        st.info(EMPTY_SELECTION)
        return
    st.dataframe(t.display, hide_index=True, column_config=column_config)
    _downloads(t.df, t.name, t.money_columns, t.percent_columns)


def show_chart(c: Chart) -> None:
    """A chart and, in a second tab, the table behind it; the downloads hold exactly that table."""
    t = c.table
    if t.df.empty:
        st.info(EMPTY_SELECTION)
        return
    chart_tab, table_tab = st.tabs(["Grafiek", "Tabel"])
    with chart_tab:
        st.plotly_chart(c.figure, width="stretch", config=PLOTLY_CONFIG, key=f"chart-{_slug(t.name)}")
    with table_tab:
        st.dataframe(t.display, hide_index=True)
    _downloads(t.df, t.name, t.money_columns, t.percent_columns)


def table_with_download(
    df: pd.DataFrame,
    name: str,
    money_columns: tuple[str, ...] = (),
    percent_columns: tuple[str, ...] = (),
    column_config: dict | None = None,
    decimals: int = 1,
) -> None:
    """The table, and CSV and Excel downloads of exactly these rows and columns.

    On screen every number and date is Belgian text (format.frame, `decimals` places for
    fractional numbers); the downloads hold `df` itself, with numbers as numbers.
    """
    if df.empty:
        st.info(EMPTY_SELECTION)
        return
    show_table(table(df, name, money_columns, percent_columns, decimals), column_config)


def download(
    df: pd.DataFrame, name: str, money_columns: tuple[str, ...] = (), percent_columns: tuple[str, ...] = ()
) -> None:
    """CSV and Excel downloads of exactly `df` (no table shown)."""
    _downloads(df, name, money_columns, percent_columns)


def rejects_csv(path) -> bytes:
    """A kept rejects Parquet file as a Belgian Excel CSV (text protected against formulas)."""
    import duckdb

    from dashboard.tables import rejected_table

    rows = duckdb.sql(f"SELECT * FROM read_parquet('{str(path).replace(chr(39), chr(39) * 2)}') ORDER BY 1")
    return exports.to_csv(rejected_table(rows.df().to_dict("records")))


def file_stem(name: str) -> str:
    """A download's file name without extension; DEMO- in front while demo data are published."""
    from dashboard.db import snapshot

    return ("DEMO-" if snapshot().demo else "") + _slug(name)


def _downloads(
    df: pd.DataFrame, name: str, money_columns: tuple[str, ...], percent_columns: tuple[str, ...]
) -> None:
    slug, stem = _slug(name), file_stem(name)
    left, right = st.columns(2)
    left.download_button(
        "CSV downloaden",
        data=lambda: exports.to_csv(df, money_columns),
        file_name=f"{stem}.csv",
        mime="text/csv",
        key=f"csv-{slug}",
        on_click="ignore",
        icon=":material/download:",
    )
    right.download_button(
        "Excel downloaden",
        data=lambda: exports.to_xlsx(df, name, money_columns, percent_columns),
        file_name=f"{stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"xlsx-{slug}",
        on_click="ignore",
        icon=":material/download:",
    )


def facts(pairs: list[tuple[str, str]]) -> None:
    """Label/value pairs as a plain two-column table (values are never rendered as Markdown)."""
    st.dataframe(pd.DataFrame(pairs, columns=["Gegeven", "Waarde"]), hide_index=True, width="stretch")


def data_status(snap: Snapshot) -> None:
    """Always visible: the as-of date of the published data and, on demo data, the notice."""
    if snap.empty:
        st.warning("Er zijn nog geen gegevens gepubliceerd.")
        return
    st.caption(f"Stand van {format.moment(snap.created_at)} · publicatie {snap.version}")
    if snap.demo:
        st.warning(DEMO_NOTICE, icon=":material/science:")
