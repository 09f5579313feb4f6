"""The Evaluatie page's sections: cached per published version and selection (the data behind
them), and drawn (tables, charts, notes and downloads) by views/evaluatie.py in its order."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, db, evaluation, format, tables, ui
from pipelines import geo
from pipelines.reference import OLD

LOGIC_NOTE = (
    "Van middelen (inputs) over wat er gebeurde (activiteiten) en wat het opleverde (outputs) tot "
    "wat er bleef (outcomes). De normen zijn werknormen van de monitor, geen officiële doelstellingen."
)
OUTCOMES_NOTE = (
    "Alle toegekende trajecten van de selectie: doelen, tevredenheid (1-5), verankering, rapport "
    "(parlementaire vraag 3) en of de expert aan de criteria voldoet (vraag 5). Namen van personen "
    "en vrije opmerkingen worden niet getoond."
)
COMPARISON_NOTE = (
    "Contextindicatoren (dataset indicatoren) van de gemeenten die een afgerond of stopgezet traject "
    "ontvingen, gemiddeld over de jaren vóór hun eerste traject en na hun laatste, tegenover "
    "vergelijkingsgemeenten in dezelfde jaren. Het verschil-in-verschil is indicatief: het toont een "
    "samenhang, geen oorzaak."
)
METHOD = (
    "- **Ontvangers**: gemeenten die in de selectie een afgerond of stopgezet traject ontvingen "
    "(met provincies gekozen: ontvangers in die provincies). Wie meer dan eens ontving, telt van "
    "de start van het eerste tot het einde van het laatste traject.\n"
    "- **Vóór** zijn de jaren vóór het startjaar, **na** de jaren na het eindjaar; het jaar van "
    "het traject zelf telt niet mee. Een ontvanger zonder jaren vóór én na valt weg.\n"
    "- **Vergelijkingsgroepen**: alle Vlaamse gemeenten die nooit aan een toegekend traject "
    "deelnamen; gemeenten die alleen aanboden; en desgewenst per ontvanger de "
    f"{evaluation.MATCHES} niet-deelnemers uit dezelfde provincie met het meest gelijke niveau "
    "vooraf. Een vergelijkingsgemeente telt mee als ze in elk van die jaren een waarde heeft.\n"
    "- **Verschil-in-verschil**: de verandering bij de ontvangers min de verandering bij de "
    "vergelijkingsgemeenten in dezelfde jaren, gemiddeld over de ontvangers.\n"
    "- **Gewone schommeling**: twee keer de standaardafwijking van hoe sterk afzonderlijke "
    "vergelijkingsgemeenten van hun groep afwijken, gedeeld door de wortel van het aantal "
    "ontvangers. Een verschil daarbinnen zie je ook bij gemeenten zonder traject.\n"
    "- **Gemeentegrenzen**: waarden van vóór 2025 op de codes van toen. In de grenzen van 2025 "
    "worden de delen van een fusie samengeteld (aantallen), herberekend uit teller en noemer "
    "(verhoudingen), of anders met de bevolking gewogen (benadering, zo vermeld). Aantallen "
    "worden per 1.000 inwoners uitgedrukt als de bevolkingscijfers geïnstalleerd zijn.\n"
    f"- Minder dan {evaluation.SMALL_GROUP} ontvangers is een kleine groep: één gemeente weegt dan "
    "zwaar, en een verschil kan toeval zijn."
)
GOAL_COLUMNS = ["Traject", "Status", "Ontvangend bestuur", "Doelen gepland", "Doelen bereikt", "Doelbereik"]

# ---------------------------------------------------------------------------------------------
# The data, cached per published version (immutable) and selection


@st.cache_data(show_spinner=False, max_entries=32)
def indicators(snap: db.Snapshot, vintage: str) -> evaluation.Placed:
    """The published indicators placed in one set of boundaries (per version: immutable)."""
    rows = db.run_query("indicatoren_rijen", snap)
    placed = evaluation.place(rows, vintage, geo.load_population(OLD, snap.root))
    return evaluation.per_capita(placed, geo.load_population(vintage, snap.root), vintage)


def trajectories(snap: db.Snapshot, params: dict) -> pd.DataFrame:
    return db.run_query("trajecten_lijst", snap, **params, statussen=[], modellen=[], themas=[], kant="beide")


@st.cache_data(show_spinner=False, max_entries=64)
def comparison(
    snap: db.Snapshot, params: dict, matched: bool
) -> tuple[evaluation.Comparison, list[evaluation.Exposure], object]:
    """Cached per version and selection."""
    vintage = params["indeling"]
    placed = indicators(snap, vintage)
    receivers, notes = evaluation.exposures(trajectories(snap, params), tuple(params["provincies"]))
    participants = db.run_query("evaluatie_deelnemers", snap, indeling=vintage)
    municipalities = db.run_query("gemeenten_indeling", snap, indeling=vintage)
    provinces_of = dict(zip(municipalities["code"], municipalities["provincie"], strict=True))
    result = evaluation.compare(placed.rows, receivers, participants, provinces_of, matched=matched)
    result.notes = placed.notes + notes + result.notes
    return result, receivers, (participants, provinces_of)


def _goal_chart(outcomes: pd.DataFrame) -> ui.Chart | None:
    """The goal attainment: a bar per trajectory, or with too many for a bar each, how many
    trajectories reached how much; None without goals."""
    goals = outcomes[outcomes["Doelbereik"].notna()]
    if 0 < len(goals) <= evaluation.BARS_AT_MOST:
        goal_table = goals[GOAL_COLUMNS].reset_index(drop=True)
        return ui.chart(
            charts.goal_attainment(goal_table),
            goal_table,
            "doelbereik per traject",
            percent_columns=evaluation.OUTCOME_PERCENT,
        )
    if len(goals):
        bands = evaluation.attainment_bands(goals)
        return ui.chart(charts.attainment_bands(bands), bands, "trajecten per doelbereik")
    return None


@st.cache_data(show_spinner=False, max_entries=32)
def sections(snap: db.Snapshot, params: dict) -> dict:
    """The logic model, the results per trajectory and their charts, per version and selection."""
    traj = trajectories(snap, params)
    totals = db.run_query("overview_totals", snap, **params).iloc[0]
    provinces, day = bool(params["provincies"]), tables.data_day(snap)
    execution = tables.budget_execution(db.run_query("budget_execution", snap, **params), day, provinces)
    verdict = tables.total_verdict(execution, day.year, provinces)
    model = evaluation.logic_model(traj, totals, provinces=provinces, verdict=verdict)
    norms = evaluation.norm_table(model)
    outcomes = evaluation.outcomes_table(traj)
    return {
        "model": model,
        "shown": evaluation.logic_display(model),
        "norms": ui.chart(charts.norm_bars(norms), norms, "aandelen tegenover de norm")
        if len(norms)
        else None,
        "outcomes": ui.table(outcomes, "resultaten per traject", percent_columns=evaluation.OUTCOME_PERCENT),
        "goals": _goal_chart(outcomes),
    }


@st.cache_data(show_spinner=False, max_entries=64)
def compared(snap: db.Snapshot, params: dict, matched: bool) -> tuple[list[str], ui.Table, list[str], list]:
    """The comparison as shown: notes, table, indicator names and comparison groups."""
    comp = comparison(snap, params, matched)[0]
    names = sorted(comp.table["Indicator"].unique()) if len(comp.table) else []
    groups = list(comp.table["Vergelijkingsgroep"].unique())
    return comp.notes, ui.table(comp.table, "vergelijking indicatoren", decimals=2), names, groups


@st.cache_data(show_spinner=False, max_entries=64)
def indicator_detail(
    snap: db.Snapshot, params: dict, matched: bool, chosen: str, group: str
) -> tuple[ui.Chart, ui.Table]:
    """One indicator's yearly means and its receivers in one comparison group."""
    comp, receivers, (participants, provinces_of) = comparison(snap, params, matched)
    placed = indicators(snap, params["indeling"]).rows
    values = placed[placed["indicator"] == chosen]
    lines = evaluation.yearly_means(values, receivers, participants, provinces_of)
    unit = str(values["eenheid"].iloc[0]) if len(values) else ""
    per = comp.receivers[
        (comp.receivers["Indicator"] == chosen) & (comp.receivers["Vergelijkingsgroep"] == group)
    ]
    return (
        ui.chart(charts.indicator_lines(lines, chosen, unit), lines, f"verloop {chosen}", decimals=2),
        ui.table(per.reset_index(drop=True), f"ontvangers {chosen} {group}", decimals=2),
    )


# ---------------------------------------------------------------------------------------------
# The sections drawn


def show_logic_chain(parts: dict) -> None:
    """The headline of each link as a metric, the model as a table with its download, and the
    shares against their norms."""
    shown = parts["shown"]
    for col, link in zip(st.columns(4), evaluation.LINKS, strict=True):
        head = shown[shown["Indicator"].isin(evaluation.HEADLINES[link])].iloc[0]
        col.metric(
            f"{link}: {head['Indicator'].lower()}",
            head["Waarde"],
            help=f"Norm: {head['Norm']} · beoordeling: {head['Beoordeling']}. {head['Toelichting']}",
        )
    st.dataframe(shown, hide_index=True)
    ui.download(parts["model"], "logische keten")
    if parts["norms"] is not None:
        ui.show_chart(parts["norms"])


def show_outcomes(parts: dict) -> None:
    """What every approved trajectory delivered (its report as a link) and the goals reached."""
    ui.show_table(
        parts["outcomes"],
        column_config={
            "Link naar rapport": st.column_config.LinkColumn(
                "Link naar rapport", display_text="rapport openen"
            )
        },
    )
    if parts["goals"] is not None:
        ui.show_chart(parts["goals"])


def show_comparison(snap: db.Snapshot, params: dict) -> pd.DataFrame:
    """The receivers against the comparison groups: notes, table and one indicator in detail.
    Returns the comparison table (empty when no indicators are published), for the summary."""
    if not snap.has("indicatoren"):
        st.info("Er zijn nog geen indicatoren gepubliceerd. Laad ze op via Gegevens opladen.")
        return evaluation.EMPTY_COMPARISON
    matched = st.toggle(
        "Ook een gematchte vergelijkingsgroep",
        key="gematcht",
        help=f"Per ontvanger de {evaluation.MATCHES} niet-deelnemende gemeenten uit dezelfde provincie "
        "met het dichtstbijzijnde gemiddelde in de jaren vóór het traject.",
    )
    with st.spinner("Indicatoren vergelijken…"):
        notes, comp_table, names, groups = compared(snap, params, matched)
    for note in notes:
        st.caption(format.md_text(note))
    ui.show_table(comp_table)
    if names:
        c1, c2 = st.columns(2)
        chosen = c1.selectbox("Indicator", names, key="indicator", bind="query-params")
        group = c2.selectbox("Vergelijkingsgroep", groups, key="groep")
        lines, per = indicator_detail(snap, params, matched, chosen, group)
        ui.show_chart(lines)
        st.markdown("**Per ontvangende gemeente**")
        ui.show_table(per)
    return comp_table.df


def show_summary(model: pd.DataFrame, comparison_table: pd.DataFrame) -> None:
    """The numbers in plain Dutch, one bullet a sentence."""
    sentences = evaluation.summary(model, comparison_table)
    st.markdown("\n".join(f"- {s}" for s in sentences))
