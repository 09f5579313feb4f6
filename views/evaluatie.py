"""Evaluatie: did the measure work? Logic model, what each trajectory delivered, and how the
receiving municipalities' indicators moved compared with other municipalities."""

import streamlit as st

from dashboard import charts, db, evaluation, filters, format, ui
from pipelines import geo
from pipelines.reference import OLD

st.title("Evaluatie")
f = filters.current()
st.caption(f.describe())
snap = db.snapshot()
p = f.params()

traj = db.run_query("trajecten_lijst", **p, statussen=[], modellen=[], themas=[], kant="beide")
totals = db.run_query("overview_totals", **p).iloc[0]
model = evaluation.logic_model(traj, totals, provinces=bool(f.provinces))


@st.cache_data(show_spinner=False, max_entries=32)
def indicators(snap: db.Snapshot, vintage: str) -> evaluation.Placed:
    """The published indicators placed in one set of boundaries (per version: immutable)."""
    rows = db.run_query("indicatoren_rijen", snap)
    placed = evaluation.place(rows, vintage, geo.load_population(OLD, snap.root))
    return evaluation.per_capita(placed, geo.load_population(vintage, snap.root), vintage)


@st.cache_data(show_spinner=False, max_entries=64)
def comparison(
    snap: db.Snapshot, vintage: str, years: tuple, provinces: tuple, matched: bool, _traj
) -> tuple[evaluation.Comparison, list[evaluation.Exposure], object]:
    """Cached per version and selection (`_traj` follows from them, so it is not hashed)."""
    placed = indicators(snap, vintage)
    receivers, notes = evaluation.exposures(_traj, provinces)
    participants = db.run_query("evaluatie_deelnemers", snap, indeling=vintage)
    municipalities = db.run_query("gemeenten_indeling", snap, indeling=vintage)
    provinces_of = dict(zip(municipalities["code"], municipalities["provincie"], strict=True))
    result = evaluation.compare(placed.rows, receivers, participants, provinces_of, matched=matched)
    result.notes = placed.notes + notes + result.notes
    return result, receivers, (participants, provinces_of)


summary_box = st.container()

st.subheader("Logische keten")
st.caption(
    "Van middelen (inputs) over wat er gebeurde (activiteiten) en wat het opleverde (outputs) tot "
    "wat er bleef (outcomes). De normen zijn werknormen van de monitor, geen officiële doelstellingen."
)
shown = evaluation.logic_display(model)
for col, link in zip(st.columns(4), evaluation.LINKS, strict=True):
    head = shown[shown["Indicator"].isin(evaluation.HEADLINES[link])].iloc[0]
    col.metric(
        f"{link}: {head['Indicator'].lower()}",
        head["Waarde"],
        help=f"Norm: {head['Norm']} · beoordeling: {head['Beoordeling']}. {head['Toelichting']}",
    )
st.dataframe(shown, hide_index=True)
ui.download(model, "logische keten")
norms = evaluation.norm_table(model)
if len(norms):
    ui.chart_with_table(charts.norm_bars(norms), norms, "aandelen tegenover de norm")

st.subheader("Resultaten per traject")
st.caption(
    "Alle toegekende trajecten van de selectie: doelen, tevredenheid (1-5), verankering, rapport "
    "(parlementaire vraag 3) en of de expert aan de criteria voldoet (vraag 5). Namen van personen "
    "en vrije opmerkingen worden niet getoond."
)
outcomes = evaluation.outcomes_table(traj)
ui.table_with_download(
    outcomes,
    "resultaten per traject",
    percent_columns=evaluation.OUTCOME_PERCENT,
    column_config={
        "Link naar rapport": st.column_config.LinkColumn("Link naar rapport", display_text="rapport openen")
    },
)
goals = outcomes[outcomes["Doelbereik"].notna()]
if 0 < len(goals) <= evaluation.BARS_AT_MOST:
    goal_table = goals[
        ["Traject", "Status", "Ontvangend bestuur", "Doelen gepland", "Doelen bereikt", "Doelbereik"]
    ].reset_index(drop=True)
    ui.chart_with_table(
        charts.goal_attainment(goal_table),
        goal_table,
        "doelbereik per traject",
        percent_columns=evaluation.OUTCOME_PERCENT,
    )
elif len(goals):  # too many for a bar each: how many trajectories reached how much
    bands = evaluation.attainment_bands(goals)
    ui.chart_with_table(charts.attainment_bands(bands), bands, "trajecten per doelbereik")

st.subheader("Ontvangende gemeenten tegenover andere gemeenten")
st.caption(
    "Contextindicatoren (dataset indicatoren) van de gemeenten die een afgerond of stopgezet traject "
    "ontvingen, gemiddeld over de jaren vóór hun eerste traject en na hun laatste, tegenover "
    "vergelijkingsgemeenten in dezelfde jaren. Het verschil-in-verschil is indicatief: het toont een "
    "samenhang, geen oorzaak."
)
if not snap.has("indicatoren"):
    st.info("Er zijn nog geen indicatoren gepubliceerd. Laad ze op via Gegevens opladen.")
    comp = None
else:
    matched = st.toggle(
        "Ook een gematchte vergelijkingsgroep",
        key="gematcht",
        help=f"Per ontvanger de {evaluation.MATCHES} niet-deelnemende gemeenten uit dezelfde provincie "
        "met het dichtstbijzijnde gemiddelde in de jaren vóór het traject.",
    )
    with st.spinner("Indicatoren vergelijken…"):
        comp, receivers, (participants, provinces_of) = comparison(
            snap, f.vintage, f.years, f.provinces, matched, traj
        )
    for note in comp.notes:
        st.caption(format.md_text(note))
    ui.table_with_download(comp.table, "vergelijking indicatoren", decimals=2)
    names = sorted(comp.table["Indicator"].unique()) if len(comp.table) else []
    if names:
        c1, c2 = st.columns(2)
        chosen = c1.selectbox("Indicator", names, key="indicator", bind="query-params")
        groups = list(comp.table["Vergelijkingsgroep"].unique())
        group = c2.selectbox("Vergelijkingsgroep", groups, key="groep")
        placed = indicators(snap, f.vintage).rows
        values = placed[placed["indicator"] == chosen]
        lines = evaluation.yearly_means(values, receivers, participants, provinces_of)
        unit = str(values["eenheid"].iloc[0]) if len(values) else ""
        ui.chart_with_table(
            charts.indicator_lines(lines, chosen, unit), lines, f"verloop {chosen}", decimals=2
        )
        per = comp.receivers[
            (comp.receivers["Indicator"] == chosen) & (comp.receivers["Vergelijkingsgroep"] == group)
        ]
        st.markdown("**Per ontvangende gemeente**")
        ui.table_with_download(per.reset_index(drop=True), f"ontvangers {chosen} {group}", decimals=2)

with summary_box:
    st.subheader("Samenvatting")
    sentences = evaluation.summary(model, comp.table if comp is not None else evaluation.EMPTY_COMPARISON)
    st.markdown("\n".join(f"- {s}" for s in sentences))

with st.expander("Hoe de vergelijking werkt"):
    st.markdown(
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
