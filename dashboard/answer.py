"""The factual part of an answer to a written parliamentary question, in the parliament's form.

A draft is a header (question number, date, asker, minister, title) and numbered items; each
item answers its question with one or more blocks (`BLOCKS`: the six sub-questions of question
342 of 2022 and the others the data support). `build` renders a draft on one published version
and as-of date into `Rendered` answers; the page, `to_docx` and `to_xlsx` all show those same
objects, so they hold exactly the same figures. Where the data cannot answer, the answer says
so instead of inventing. Block ids and the names Header, Item, Draft, BLOCKS, build, to_docx and
to_xlsx are an interface: the question matcher (issue 31) builds drafts with them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from dashboard import db, format, tables
from dashboard.filters import Filters
from pipelines import rules

NO_DATA = (
    "De gepubliceerde gegevens bevatten hier niets over; deze vraag kan niet uit de gegevens "
    "beantwoord worden."
)
TO_FILL = "[In te vullen door het kabinet.]"
TO_COMPLETE = "[Aan te vullen door het kabinet: “{}”]"
MODELS_NL = {"mentoring": "mentoring", "stage": "stage", "beide": "mentoring en stage samen"}
MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")  # fmt: skip


# --- The draft ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    """What the cabinet enters: the question's number and date, who asked, who answers."""

    nummer: int | None = None
    datum: date | None = None
    vraagsteller: str = ""
    minister: str = ""  # name on the first line, title on the next ones
    titel: str = ""


@dataclass
class Item:
    """One numbered answer: the question and the blocks that answer it, in order. `filters`
    None: the page's selection. An item with a `reden` and no blocks is answered by the cabinet
    (the data cannot answer it): it is rendered with the reason and an empty paragraph."""

    nr: int
    vraag: str
    blokken: list[str] = field(default_factory=list)
    filters: Filters | None = None
    reden: str | None = None
    # parts of the question the blocks leave to the cabinet ("Zo ja, hoe verklaart de minister
    # dit?"): rendered after the answer, each with an empty paragraph marked for the cabinet
    aanvullen: tuple[str, ...] = ()


@dataclass
class Draft:
    header: Header
    items: list[Item]


# --- What the blocks answer from ------------------------------------------------------------


@dataclass
class Facts:
    """The query results of one selection on one as-of date, shared by every block."""

    deelnemers: pd.DataFrame
    beneficiaries: pd.DataFrame
    traj: pd.DataFrame  # trajecten_lijst: every status, as on the as-of date
    execution: pd.DataFrame  # tables.budget_execution
    totals: pd.Series  # overview_totals
    provinces: bool  # provinces or municipalities chosen: the budget is not comparable
    as_of: date
    dated: bool  # an earlier date was asked: values without history carry the caveat
    data_day: date
    per: str = "provincie"  # how part of Flanders is chosen: by "provincie" or "gemeente"

    @property
    def approved(self) -> pd.DataFrame:
        return self.traj[self.traj["status"].isin(rules.APPROVED)]


@dataclass
class Answer:
    """What one block says: a Dutch paragraph, its table, and its sources in words."""

    block: str
    title: str
    text: str  # figures in Belgian format
    table: pd.DataFrame
    money_columns: tuple[str, ...] = ()
    percent_columns: tuple[str, ...] = ()
    sources: str = ""
    answerable: bool = True
    # the table as the screen and the Word answer show it: formatted once, here, so that both
    # show the same text and a rerun of the page does not format it again
    shown: pd.DataFrame = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.shown = format.frame(self.table, money=self.money_columns, percent=self.percent_columns)


@dataclass(frozen=True)
class Block:
    id: str
    titel: str  # Dutch title: the picker's label and the heading of a block in a longer answer
    vraag: str  # the question it answers, as default text of a new item
    answer: Callable[[Facts], Answer]


def _caveat(facts: Facts, what: str) -> str:
    """The sentence that values without history are those of now (only with an earlier date)."""
    if not facts.dated:
        return ""
    return (
        f" Let op: de gegevens houden {what} niet per datum bij; dit is de stand bij de publicatie "
        f"van {format.day(facts.data_day)}, niet die van {format.day(facts.as_of)}."
    )


def _none(block: str, title: str, sources: str) -> Answer:
    return Answer(block, title, NO_DATA, pd.DataFrame(), sources=sources, answerable=False)


# --- The blocks -------------------------------------------------------------------------------


def municipalities(facts: Facts) -> Answer:
    title, sources = BLOCKS["deelnemers"].titel, SOURCES["deelnemers"]
    deelnemers = facts.deelnemers
    if deelnemers.empty:
        return _none("deelnemers", title, sources)
    roles = deelnemers["rol"].value_counts()
    giving, receiving, both = (int(roles.get(r, 0)) for r in rules.ROLES)
    paid = float(deelnemers["betaald"].sum())
    n = len(deelnemers)
    text = (
        f"In de selectie {format.verb(n, 'nam')} {format.count(n, 'gemeente', 'gemeenten')} deel aan "
        f"een toegekend traject: {format.number(giving)} {format.verb(giving, 'stelde')} een expert ter "
        f"beschikking, {format.number(receiving)} {format.verb(receiving, 'ontving')} er een en "
        f"{format.number(both)} {format.verb(both, 'deed')} beide. "
        f"Aan {format.plural(n, 'deze gemeente', 'deze gemeenten')} werd in totaal {format.eur(paid)} "
        "(netto) betaald."
    )
    vvsg = facts.beneficiaries[facts.beneficiaries["soort"] == "organisatie"]
    if not vvsg.empty:
        text += (
            f" VVSG ontving voor de coördinatie {format.eur(float(vvsg['betaald'].sum()))} "
            f"(vastgelegd: {format.eur(float(vvsg['vastgelegd'].sum()))})."
        )
    return Answer("deelnemers", title, text, tables.participants_table(deelnemers),
                  money_columns=("Vastgelegd (EUR)", "Betaald, netto (EUR)"), sources=sources)  # fmt: skip


def _status_counts(traj: pd.DataFrame) -> dict[str, int]:
    counts = traj["status"].value_counts()
    return {s: int(counts.get(s, 0)) for s in rules.LIFE_CYCLE}


def trajectories(facts: Facts) -> Answer:
    title, sources = BLOCKS["trajecten"].titel, SOURCES["trajecten"]
    traj = facts.traj
    if traj.empty:
        return _none("trajecten", title, sources)
    counts = _status_counts(traj)
    approved = sum(counts[s] for s in rules.APPROVED)
    parts = ", ".join(f"{format.number(counts[s])} {s}" for s in rules.APPROVED if counts[s])
    n = len(traj)
    text = (
        f"Er {format.verb(n, 'werd')} {format.count(n, 'traject', 'trajecten')} aangevraagd, waarvan "
        f"{format.number(approved)} toegekend" + (f" ({parts})" if parts else "") + ". "
        f"Afgewezen: {format.number(counts['afgewezen'])}; nog in behandeling: "
        f"{format.number(counts['aangevraagd'])}."
    )
    if facts.dated:
        text += (
            f" De status is die op {format.day(facts.as_of)}, afgeleid uit de data van aanvraag, start "
            "en einde."
        )
    columns = ["Traject", "Oproep", "Status", "Model", "Aanbiedend bestuur", "Ontvangend bestuur", "Thema's",
               "Start", "Einde"]  # fmt: skip
    return Answer("trajecten", title, text, tables.trajectories_table(traj)[columns], sources=sources)


def added_value(facts: Facts) -> Answer:
    title, sources = BLOCKS["meerwaarde"].titel, SOURCES["meerwaarde"]
    done = facts.traj[facts.traj["status"].isin(rules.ENDED)]
    reported = (
        done["rapport_beschikbaar"].notna()
        | done["doelen_gepland"].notna()
        | done["tevredenheid_ontvanger"].notna()
    )
    if done.empty or not reported.any():
        return _none("meerwaarde", title, sources)
    sentences = [_reports(done), *_goals_and_scores(done)]
    text = " ".join(s for s in sentences if s) + _caveat(
        facts, "rapporten, doelen, tevredenheid en verankering"
    )
    table = pd.DataFrame(
        {
            "Traject": done["traject_id"],
            "Aanbiedend bestuur": done["aanbieder_naam"],
            "Ontvangend bestuur": done["ontvanger_naam"],
            "Rapport": done["rapport_beschikbaar"].map(tables.yes_no),
            "Link naar rapport": done["rapport_link"].fillna(""),
            "Doelen gepland": done["doelen_gepland"].astype("Int64"),
            "Doelen bereikt": done["doelen_bereikt"].astype("Int64"),
            "Tevredenheid ontvanger": done["tevredenheid_ontvanger"].astype("Int64"),
            "Tevredenheid aanbieder": done["tevredenheid_aanbieder"].astype("Int64"),
            "Verankerd": done["verankerd"].map(tables.yes_no),
        }
    )
    return Answer("meerwaarde", title, text, table, sources=sources)


def _reports(done: pd.DataFrame) -> str:
    known = done["rapport_beschikbaar"].dropna()
    if not len(known):
        return "Of er rapporten beschikbaar zijn, staat voor geen enkel traject in de gegevens."
    n, with_report, unknown = len(done), int(known.astype(bool).sum()), len(done) - len(known)
    text = (
        f"Van de {format.count(n, 'afgerond of stopgezet traject', 'afgeronde of stopgezette trajecten')} "
        f"is er voor {format.number(with_report)} een rapport beschikbaar"
    )
    return text + (f" (voor {format.number(unknown)} is dat niet ingevuld)." if unknown else ".")


def _goals_and_scores(done: pd.DataFrame) -> list[str]:
    out = []
    planned = done["doelen_gepland"].dropna().astype(float)
    reached = done.loc[planned.index, "doelen_bereikt"].fillna(0).astype(float)
    if len(planned) and planned.sum() > 0:
        out.append(
            f"In {format.count(len(planned), 'traject', 'trajecten')} met afgesproken doelen "
            f"{format.verb(reached.sum(), 'werd')} {format.number(reached.sum())} van de "
            f"{format.count(planned.sum(), 'doel', 'doelen')} bereikt "
            f"({format.pct(reached.sum() / planned.sum())})."
        )
    for column, who in (("tevredenheid_ontvanger", "ontvangende"), ("tevredenheid_aanbieder", "aanbiedende")):
        scores = done[column].dropna().astype(float)
        if len(scores):
            out.append(
                f"De {who} besturen gaven gemiddeld {format.number(scores.mean(), 1)} op 5 "
                f"({format.count(len(scores), 'score', 'scores')})."
            )
    anchored = done["verankerd"].dropna()
    if len(anchored):
        yes = int(anchored.astype(bool).sum())
        out.append(
            f"In {format.number(yes)} van {format.count(len(anchored), 'traject', 'trajecten')} "
            "is de aanpak verankerd in het beleid van het ontvangend bestuur."
        )
    return out


def budget(facts: Facts) -> Answer:
    title, sources = BLOCKS["budget"].titel, SOURCES["budget"]
    execution = facts.execution
    if execution.empty:
        return _none("budget", title, sources)
    total = float(execution["Budget (EUR)"].sum())
    committed = float(execution["Vastgelegd (EUR)"].sum())
    paid = float(execution["Betaald, netto (EUR)"].sum())
    per_flow = execution.groupby("Geldstroom")["Budget (EUR)"].sum()
    verdict = tables.total_verdict(execution, facts.as_of.year, facts.provinces)
    text = (
        f"Voor de maatregel werd in totaal {format.eur(total)} budget voorzien ("
        + ", ".join(f"{flow}: {format.eur(v)}" for flow, v in per_flow.items())
        + "). "
        + tables.utilisation_sentence(total, committed, paid, verdict, facts.provinces, facts.per)
    )
    reasons = [
        f"{row['Jaar']}, {row['Geldstroom']}: {row['Signaal']}"
        + (f" ({row['Toelichting']})" if row["Toelichting"] else " (geen toelichting in de gegevens)")
        for _, row in execution.iterrows()
        if rules.is_over(row["Signaal"]) or rules.is_under(row["Signaal"])
    ]
    if reasons:
        text += " Per jaar en geldstroom: " + "; ".join(reasons) + "."
    columns = ["Jaar", "Geldstroom", "Budget (EUR)", "Vastgelegd (EUR)", "Betaald, netto (EUR)", "Benutting",
               "Signaal", "Toelichting"]  # fmt: skip
    return Answer("budget", title, text, execution[columns], money_columns=tables.MONEY_EXEC,
                  percent_columns=("Benutting",), sources=sources)  # fmt: skip


def criteria(facts: Facts) -> Answer:
    title, sources = BLOCKS["criteria"].titel, SOURCES["criteria"]
    approved = facts.approved
    known = approved["expert_criteria_voldaan"].dropna()
    if known.empty:
        return _none("criteria", title, sources)
    met = int(known.astype(bool).sum())
    text = (
        f"Voor {format.number(len(known))} van de "
        f"{format.count(len(approved), 'toegekend traject', 'toegekende trajecten')} is vastgelegd of de "
        f"expert aan de criteria van de oproep voldoet: in {format.count(met, 'traject', 'trajecten')} wel, "
        f"in {format.number(len(known) - met)} niet. De criteria zelf staan in het reglement van de "
        "projectoproep; ze maken geen deel uit van de gegevens." + _caveat(facts, "de criteria")
    )
    table = pd.DataFrame(
        {
            "Traject": approved["traject_id"],
            "Aanbiedend bestuur": approved["aanbieder_naam"],
            "Expert voldoet aan de criteria": approved["expert_criteria_voldaan"].map(tables.yes_no),
        }
    )
    return Answer("criteria", title, text, table, sources=sources)


def evaluation(facts: Facts) -> Answer:
    title, sources = BLOCKS["evaluatie"].titel, SOURCES["evaluatie"]
    if facts.traj.empty:
        return _none("evaluatie", title, sources)
    c = _status_counts(facts.traj)
    fte = tables.fte_months(facts.totals)
    text = (
        f"Stand van de uitvoering: {format.number(c['afgerond'])} afgerond, {format.number(c['lopend'])} "
        f"lopend, {format.number(c['goedgekeurd'])} goedgekeurd en nog niet gestart, "
        f"{format.number(c['stopgezet'])} stopgezet "
        f"({format.count(sum(c[s] for s in rules.APPROVED), 'toegekend traject', 'toegekende trajecten')}). "
        f"{_delivered(fte['geleverd'])}, "
        f"tegenover {format.number(rules.PLANNED_FTE_MONTHS, 1)} in het oorspronkelijke plan "
        f"({rules.PLANNED_EXPERTS} experten, halftijds, {rules.PLANNED_MONTHS} maanden). Een beoordeling "
        "van de maatregel zelf staat niet in de gegevens; die hoort bij het antwoord van de minister."
        + _caveat(facts, "de gepresteerde uren")
    )
    return Answer("evaluatie", title, text, tables.funnel_table(facts.traj), sources=sources)


def per_province(facts: Facts) -> Answer:
    title, sources = BLOCKS["per_provincie"].titel, SOURCES["per_provincie"]
    approved = facts.approved
    if approved.empty:
        return _none("per_provincie", title, sources)
    table = tables.province_table(approved, facts.deelnemers)
    busiest = table.sort_values("Toegekende trajecten", ascending=False).iloc[0]
    text = (
        f"De {format.count(len(approved), 'toegekend traject', 'toegekende trajecten')} per provincie van "
        f"het aanbiedend en van het ontvangend bestuur: de meeste in {busiest['Provincie']} "
        f"({format.count(int(busiest['Toegekende trajecten']), 'traject', 'trajecten')} met een bestuur "
        "uit die provincie). Een traject tussen twee provincies telt in beide."
    )
    return Answer(
        "per_provincie", title, text, table, money_columns=("Betaald, netto (EUR)",), sources=sources
    )


def per_year(facts: Facts) -> Answer:
    title, sources = BLOCKS["per_jaar"].titel, SOURCES["per_jaar"]
    if facts.execution.empty and facts.traj.empty:
        return _none("per_jaar", title, sources)
    table = tables.year_table(facts.execution, facts.traj)
    lines = [
        f"{int(row['Jaar'])}: {format.count(int(row['Trajecten aangevraagd']), 'traject', 'trajecten')} "
        f"aangevraagd, {format.number(int(row['Trajecten toegekend']))} toegekend, "
        f"{format.eur(row['Betaald, netto (EUR)'])} betaald van {format.eur(row['Budget (EUR)'])} budget"
        for _, row in table.iterrows()
    ]
    text = (
        "Per jaar (oproepjaar voor trajecten, begrotingsjaar voor budget en betalingen): "
        + "; ".join(lines)
        + "."
    )
    return Answer("per_jaar", title, text, table, money_columns=tables.MONEY_EXEC, sources=sources)


def per_theme(facts: Facts) -> Answer:
    title, sources = BLOCKS["per_thema"].titel, SOURCES["per_thema"]
    table = tables.themes_table(facts.approved)
    if table.empty:
        return _none("per_thema", title, sources)
    top, themes = table.iloc[0], format.count(len(table), "thema", "thema's")
    text = (
        f"De toegekende trajecten behandelden {themes}; het vaakst "
        f"{top['Thema']} ({format.count(int(top['Trajecten']), 'traject', 'trajecten')}). Een traject kan "
        "meer dan één thema hebben."
    )
    return Answer("per_thema", title, text, table, sources=sources)


def per_model(facts: Facts) -> Answer:
    title, sources = BLOCKS["per_model"].titel, SOURCES["per_model"]
    if facts.traj.empty:
        return _none("per_model", title, sources)
    table = tables.model_table(facts.traj)
    approved = int(table["Toegekend"].sum())
    parts = [f"{format.number(int(row['Toegekend']))} {MODELS_NL[row['Model']]}"
             for _, row in table.iterrows()]  # fmt: skip
    text = (
        f"Van de {format.count(approved, 'toegekend traject', 'toegekende trajecten')}: "
        + ", ".join(parts)
        + ". Bij mentoring werkt de expert bij het ontvangend bestuur; bij een stage leert een "
        "medewerker van het ontvangend bestuur bij het aanbiedend bestuur."
    )
    return Answer("per_model", title, text, table, sources=sources)


def cost(facts: Facts) -> Answer:
    title, sources = BLOCKS["kost_per_traject"].titel, SOURCES["kost_per_traject"]
    approved = int(facts.totals["trajecten_toegekend"])
    if approved == 0:
        return _none("kost_per_traject", title, sources)
    paid, comp = float(facts.totals["betaald"]), float(facts.totals["betaald_compensatie"])
    granted = float(facts.totals["toegekend_bedrag"])
    table = pd.DataFrame(
        [("Betaald, alle geldstromen", paid, paid / approved),
         ("Betaald, compensatie", comp, comp / approved),
         ("Toegekend in de trajecten", granted, granted / approved)],
        columns=["Bedrag", "Totaal (EUR)", "Per toegekend traject (EUR)"],
    )  # fmt: skip
    text = (
        f"Over {format.count(approved, 'toegekend traject', 'toegekende trajecten')} is per traject "
        f"{format.eur(paid / approved)} betaald (netto, alle geldstromen, ook de coördinatie door VVSG); "
        f"alleen de compensatie aan de aanbiedende besturen: {format.eur(comp / approved)} per traject."
    )
    return Answer("kost_per_traject", title, text, table,
                  money_columns=("Totaal (EUR)", "Per toegekend traject (EUR)"), sources=sources)  # fmt: skip


def _delivered(fte_months: float) -> str:
    """'Er werd 1,0 VTE-maand expertise geleverd' / 'Er werden 3,5 VTE-maanden ...': one phrase,
    agreeing with the number as shown (rounded to one decimal), in every block that says it."""
    shown = round(fte_months, 1)
    amount = format.count(shown, "VTE-maand", "VTE-maanden", 1)
    return f"Er {format.verb(shown, 'werd')} {amount} expertise geleverd"


def fte(facts: Facts) -> Answer:
    title, sources = BLOCKS["vte"].titel, SOURCES["vte"]
    if facts.approved.empty:
        return _none("vte", title, sources)
    f = tables.fte_months(facts.totals)
    unit = rules.PLANNED_UNIT_FTE_MONTHS
    table = pd.DataFrame(
        [("Geleverd (gepresteerde uren)", f["geleverd"], f["geleverd"] / unit),
         ("Gepland in de trajecten", f["gepland_trajecten"], f["gepland_trajecten"] / unit),
         ("Oorspronkelijk plan (2021)", f["gepland_2021"], f["gepland_2021"] / unit)],
        columns=["Inzet", "VTE-maanden", "Geplande eenheden (0,5 VTE × 4 maanden)"],
    )  # fmt: skip
    text = (
        f"{_delivered(f['geleverd'])} "
        f"({format.number(rules.HOURS_PER_FTE_MONTH, 2)} uur per VTE-maand), "
        f"{format.number(f['geleverd'] / unit, 1)} keer de geplande eenheid van "
        f"{format.number(rules.PLANNED_FTE, 1)} VTE gedurende {rules.PLANNED_MONTHS} maanden. "
        f"{format.plural(len(facts.approved), 'Het traject plande', 'De trajecten planden')} "
        f"{format.count(f['gepland_trajecten'], 'VTE-maand', 'VTE-maanden', 1)}; "
        "het oorspronkelijke plan van 2021 "
        f"{format.number(rules.PLANNED_FTE_MONTHS, 1)} ({rules.PLANNED_EXPERTS} experten)."
        + _caveat(facts, "de gepresteerde uren")
    )
    return Answer("vte", title, text, table, sources=sources)


SOURCES = {
    "deelnemers": "trajecten (toegekende trajecten, kolommen 'aanbiedend bestuur' en 'ontvangend "
    "bestuur'); uitgaven (vastleggingen en betalingen per begunstigde)",
    "trajecten": "trajecten, kolommen 'status', 'aanvraagdatum', 'startdatum' en 'einddatum'",
    "meerwaarde": "trajecten, kolommen 'rapport beschikbaar', 'doelen gepland', 'doelen bereikt', "
    "'tevredenheid ontvanger', 'tevredenheid aanbieder' en 'verankerd'",
    "budget": "budget (kredieten en hun toelichting); uitgaven (vastleggingen, vereffeningen en "
    "terugvorderingen per begrotingsjaar)",
    "criteria": "trajecten, kolom 'expert voldoet aan de criteria'",
    "evaluatie": "trajecten, kolommen 'status' en 'gepresteerde uren'",
    "per_provincie": "trajecten (provincie van het aanbiedend en het ontvangend bestuur); uitgaven "
    "(betalingen per begunstigde)",
    "per_jaar": "trajecten, kolom 'oproep'; budget; uitgaven, kolom 'begrotingsjaar'",
    "per_thema": "trajecten, kolom 'thema'",
    "per_model": "trajecten, kolommen 'model' en 'status'",
    "kost_per_traject": "uitgaven (betalingen, netto); trajecten, kolom 'toegekend bedrag'",
    "vte": "trajecten, kolommen 'gepresteerde uren', 'fte-inzet' en 'geplande maanden'",
}

BLOCKS: dict[str, Block] = {
    b.id: b
    for b in (
        Block("deelnemers", "Deelnemende gemeenten en hun financiering",
              "Welke gemeenten namen deel (gaven of ontvingen een expert), met welke financiering?",
              municipalities),
        Block("trajecten", "Uitwisselingstrajecten",
              "Hoeveel uitwisselingstrajecten werden ondernomen? Graag een overzicht.", trajectories),
        Block("meerwaarde", "Meerwaarde en rapporten",
              "Welke meerwaarde bood de expert? Zijn er rapporten beschikbaar?", added_value),
        Block("budget", "Budget en benutting",
              "Welk budget werd in totaal voor deze maatregel beschikbaar gesteld? Is er sprake van over- "
              "of onderbenutting, en waarom?", budget),
        Block("criteria", "Criteria voor de expert", "Aan welke criteria voldoet een expert?", criteria),
        Block("evaluatie", "Stand van de uitvoering", "Hoe evalueert de minister deze maatregel?",
              evaluation),
        Block("per_provincie", "Per provincie", "Hoe zijn de trajecten over de provincies verdeeld?",
              per_province),
        Block("per_jaar", "Per jaar", "Hoe verliepen trajecten en uitgaven per jaar?", per_year),
        Block("per_thema", "Per thema", "Over welke thema's gingen de trajecten?", per_theme),
        Block("per_model", "Per model (mentoring of stage)", "Welke vorm hadden de trajecten?", per_model),
        Block("kost_per_traject", "Kost per traject", "Wat kostte een traject gemiddeld?", cost),
        Block("vte", "VTE-maanden tegenover het plan",
              "Hoeveel expertise werd ingezet, tegenover het oorspronkelijke plan?", fte),
    )
}  # fmt: skip
QUESTION_342 = ("deelnemers", "trajecten", "meerwaarde", "budget", "criteria", "evaluatie")


def default_items(blocks: tuple[str, ...] | list[str] = QUESTION_342) -> list[Item]:
    """One item per block, numbered in order, with the block's own question."""
    return [Item(i, BLOCKS[b].vraag, [b]) for i, b in enumerate(blocks, start=1)]


# --- Rendering --------------------------------------------------------------------------------


@dataclass
class Rendered:
    """One numbered answer as every output shows it."""

    nr: int
    vraag: str
    answers: list[Answer]
    selection: str  # the item's selection in words (Filters.describe)
    reden: str | None = None
    aanvullen: tuple[str, ...] = ()  # parts of the question the cabinet completes (Item.aanvullen)

    @property
    def to_fill(self) -> bool:
        """Left to the cabinet: no block answers it."""
        return not self.answers


@dataclass(frozen=True)
class Context:
    """What the document states about its figures."""

    as_of: date
    selection: str
    publication: str  # "publicatie 12 van 06/12/2026 14:05"
    demo: bool


def facts(snap: db.Snapshot, selection: Filters, as_of: date | None) -> Facts:
    """The query results for one selection and as-of date (None: everything as recorded)."""
    params = selection.params() | {"tot": as_of}
    provinces = selection.part_of_flanders
    day = tables.data_day(snap)
    stated = as_of or day
    q = db.run_query
    return Facts(
        deelnemers=q("deelnemers", snap, **params),
        beneficiaries=q("beneficiaries", snap, **params),
        traj=q("trajecten_lijst", snap, **params, statussen=[], modellen=[], themas=[], kant="beide"),
        execution=tables.budget_execution(q("budget_execution", snap, **params), stated, provinces),
        totals=q("overview_totals", snap, **params).iloc[0],
        provinces=provinces,
        per="gemeente" if selection.municipalities else "provincie",
        as_of=stated,
        dated=as_of is not None,
        data_day=day,
    )


def context(snap: db.Snapshot, selection: Filters, as_of: date | None) -> Context:
    return Context(as_of or tables.data_day(snap), selection.describe(), snap.label, snap.demo)


def build(
    snap: db.Snapshot, draft: Draft, as_of: date | None, selection: Filters | None = None
) -> list[Rendered]:
    """Every item of the draft answered on one published version and as-of date (None: all
    published data as recorded); an item without filters takes `selection` (the page's)."""
    selection = selection or Filters()
    known: dict[Filters, Facts] = {}
    out = []
    for item in draft.items:
        chosen = item.filters or selection
        if chosen not in known:
            known[chosen] = facts(snap, chosen, as_of)
        answers = [BLOCKS[b].answer(known[chosen]) for b in item.blokken if b in BLOCKS]
        out.append(Rendered(item.nr, item.vraag, answers, chosen.describe(), item.reden, item.aanvullen))
    return out


def opening(header: Header) -> list[str]:
    """The lines that open the answer, as in the parliament's documents: the minister's name
    and title, then "ANTWOORD op vraag nr. N van DATUM van NAAM" and the title."""
    lines = [line.strip().upper() for line in header.minister.splitlines() if line.strip()]
    number = f"nr. {header.nummer}" if header.nummer else "nr. …"
    when = f" van {long_day(header.datum)}" if header.datum else ""
    asker = f" van {header.vraagsteller.strip().upper()}" if header.vraagsteller.strip() else ""
    lines.append(f"ANTWOORD op vraag {number}{when}{asker}")
    if header.titel.strip():
        lines.append(header.titel.strip())
    return lines


def long_day(day: date) -> str:
    """25 mei 2022."""
    return f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}"


def stated(ctx: Context) -> list[str]:
    """The lines every output states about its figures (the Word page header, Excel's top)."""
    return [f"{ctx.selection} · stand van {format.day(ctx.as_of)} · {ctx.publication}"]


def source_line(answer: Answer, ctx: Context) -> str:
    return f"Bron: {answer.sources}; stand van {format.day(ctx.as_of)}."


def file_name(ctx: Context, extension: str) -> str:
    """antwoord-stand-2023-12-31.docx; DEMO- in front while demo data are published."""
    return f"{'DEMO-' if ctx.demo else ''}antwoord-stand-{ctx.as_of.isoformat()}.{extension}"


def to_docx(answers: list[Rendered], header: Header, ctx: Context) -> bytes:
    """The Word answer (see dashboard/answer_docx.py)."""
    from dashboard import answer_docx

    return answer_docx.write(answers, header, ctx)


def to_xlsx(answers: list[Rendered], header: Header, ctx: Context) -> bytes:
    """The Excel answer (see dashboard/answer_xlsx.py)."""
    from dashboard import answer_xlsx

    return answer_xlsx.write(answers, header, ctx)
