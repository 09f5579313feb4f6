"""Evaluation: did the measure work? Pure functions behind the Evaluatie page.

- `logic_model`: inputs -> activities -> outputs -> outcomes of the selection, each indicator
  with its value, a norm and a judgement.
- `outcomes_table`: what every approved trajectory delivered (no personal names, no comments).
- `place`: indicator values, uploaded on the codes of their own year, placed in one set of
  boundaries (the parts of a 2025 merger combined: counts summed, rates recomputed from
  numerator and denominator, else weighted with the population and flagged).
- `compare`: receiving municipalities before and after their trajectory against comparison
  groups, with a difference-in-differences estimate that is only ever indicative.
- `summary`: the numbers in plain Dutch, caveats included.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import NamedTuple

import pandas as pd

from dashboard import format, tables
from pipelines import rules
from pipelines.reference import NEW, OLD, municipalities

# ---------------------------------------------------------------------------------------------
# Logic model

INPUTS, ACTIVITIES, OUTPUTS, OUTCOMES = "Inputs", "Activiteiten", "Outputs", "Outcomes"
LINKS = (INPUTS, ACTIVITIES, OUTPUTS, OUTCOMES)
GOOD, WATCH, WEAK, NO_DATA, INFO = "goed", "aandacht", "zwak", "geen gegevens", "ter info"
STARTED = rules.STARTED
ENDED = rules.ENDED
ENDED_NOUN = ("afgerond of stopgezet traject", "afgeronde of stopgezette trajecten")
# The indicator that heads each link of the chain (the first one present).
HEADLINES = {
    INPUTS: ("Benutting van het budget", "Betaald (netto)"),
    ACTIVITIES: ("Trajecten afgerond",),
    OUTPUTS: ("Doelbereik",),
    OUTCOMES: ("Aanpak verankerd in het beleid",),
}
LOGIC_COLUMNS = ["Schakel", "Indicator", "Waarde", "Eenheid", "Norm", "Beoordeling", "Toelichting"]


def _at_least(value: float, good: float, watch: float) -> str:
    return GOOD if value >= good else WATCH if value >= watch else WEAK


def _at_most(value: float, good: float, watch: float) -> str:
    return GOOD if value <= good else WATCH if value <= watch else WEAK


def _share(flags: pd.Series) -> tuple[float, int, int]:
    """(share true, true, known) of a yes/no column; NaN when nothing is known."""
    known = flags.dropna().astype(bool)
    return (known.mean() if len(known) else math.nan), int(known.sum()), len(known)


def logic_model(
    traj: pd.DataFrame, totals: pd.Series, provinces: bool = False, verdict: str | None = None
) -> pd.DataFrame:
    """The logic model of the selection as a table.

    traj: the `trajecten_lijst` rows of the selection (every status); totals: the
    `overview_totals` row. Shares and goal attainment are percentages (0-100) in `Waarde`, so
    that every row of the downloaded table reads on its own. With provinces chosen the budget
    (set for all of Flanders) is not judged. `verdict`: over- or under-use of the selection
    (tables.total_verdict, the rule every page uses); without it, judged on these totals alone.
    """
    approved = traj[traj["status"].isin(rules.APPROVED)]
    n_started = int(traj["status"].isin(STARTED).sum())
    ended = traj[traj["status"].isin(ENDED)]
    rows = (
        _input_rows(totals, approved, provinces, verdict)
        + _activity_rows(traj, len(approved), n_started)
        + _output_rows(ended)
        + _outcome_rows(ended)
    )
    return pd.DataFrame(rows, columns=LOGIC_COLUMNS)


Row = tuple[str, str, float, str, str, str, str]  # LOGIC_COLUMNS


def _row(link: str, name: str, value: float | None, unit: str, norm: str, judgement: str, note: str) -> Row:
    """One indicator of the chain; a missing value is judged 'geen gegevens' (unless 'ter info')."""
    missing = value is None or (isinstance(value, float) and math.isnan(value))
    return (link, name, math.nan if missing else float(value), unit, norm,
            NO_DATA if missing and judgement != INFO else judgement, note)  # fmt: skip


def _budget_rows(totals: pd.Series, provinces: bool, verdict: str | None) -> list[Row]:
    """The budget, and how much of it was used (not judged when it is not comparable)."""
    budget, paid = float(totals["budget"]), float(totals["betaald"])
    rows = [_row(INPUTS, "Budget", budget, "EUR", "–", INFO,
                 "Kredieten van de gekozen begrotingsjaren, alle geldstromen."
                 + (" Het budget geldt voor heel Vlaanderen." if provinces else ""))]  # fmt: skip
    if provinces or budget <= 0:
        return rows + [_row(INPUTS, "Betaald (netto)", paid, "EUR", "–", INFO,
                            "Niet te vergelijken met het budget: dat is niet per provincie verdeeld."
                            if provinces else "Geen budget gepubliceerd voor deze selectie.")]  # fmt: skip
    use = paid / budget
    if verdict is None:
        verdict = rules.verdict(budget, float(totals["vastgelegd"]), paid, 0, 1)
    judgement = WEAK if rules.is_over(verdict) else _at_least(use, 0.75, 0.5)
    return rows + [_row(INPUTS, "Benutting van het budget", use * 100, "%", "75-100%", judgement,
                        f"{format.eur(paid)} betaald (netto) van {format.eur(budget)}."
                        + (f" {verdict.capitalize()}." if verdict else ""))]  # fmt: skip


def _input_rows(totals: pd.Series, approved: pd.DataFrame, provinces: bool, verdict: str | None) -> list[Row]:
    """Inputs: the money, the FTE-months delivered and the experts that met the criteria."""
    fte = tables.fte_months(totals)
    share, yes, known = _share(approved["expert_criteria_voldaan"])
    rows = _budget_rows(totals, provinces, verdict)
    rows.append(_row(INPUTS, "VTE-maanden geleverd", fte["geleverd"], "VTE-maanden", "–", INFO,
                     f"Gepresteerde uren / {format.number(rules.HOURS_PER_FTE_MONTH, 2)}. "
                     "Gepland in de trajecten: "
                     f"{format.number(fte['gepland_trajecten'], 1)}; oorspronkelijk plan (2021): "
                     f"{format.number(fte['gepland_2021'], 1)}."))  # fmt: skip
    rows.append(_row(INPUTS, "Expert voldoet aan de criteria", share * 100, "%", "≥ 90%",
                     _at_least(share, 0.9, 0.75),
                     f"{yes} van {format.count(known, 'toegekend traject', 'toegekende trajecten')} "
                     f"waarvoor het gekend is ({len(approved)} toegekend)."))  # fmt: skip
    return rows


def _activity_rows(traj: pd.DataFrame, n_approved: int, n_started: int) -> list[Row]:
    """Activities: trajectories approved, started, completed and stopped."""
    counts = traj["status"].value_counts()
    running, done, stopped = (int(counts.get(status, 0)) for status in ("lopend", "afgerond", "stopgezet"))
    of_started = format.count(n_started, "gestart traject", "gestarte trajecten")
    stop = stopped / n_started if n_started else math.nan
    rows = [_row(ACTIVITIES, "Trajecten toegekend", n_approved, "trajecten", "–", INFO,
                 f"Van {format.count(len(traj), 'aanvraag', 'aanvragen')} in de selectie.")]  # fmt: skip
    rows.append(_row(ACTIVITIES, "Trajecten gestart", n_started, "trajecten", "–", INFO,
                     f"{running} lopend, {done} afgerond, {stopped} stopgezet."))  # fmt: skip
    rows.append(_row(ACTIVITIES, "Trajecten afgerond", done, "trajecten", "–", INFO, f"Van {of_started}."))
    rows.append(_row(ACTIVITIES, "Stopgezet", stop * 100, "%", "≤ 10%", _at_most(stop, 0.10, 0.25),
                     f"{stopped} van {of_started}."))  # fmt: skip
    return rows


def _output_rows(ended: pd.DataFrame) -> list[Row]:
    """Outputs of the ended trajectories: goals reached (of those with goals) and reports."""
    planned = ended["doelen_gepland"].astype(float)
    with_goals = ended[planned.notna() & (planned > 0)]
    goals_planned = float(with_goals["doelen_gepland"].astype(float).sum())
    goals_reached = float(with_goals["doelen_bereikt"].fillna(0).astype(float).sum())
    attainment = goals_reached / goals_planned if goals_planned else math.nan
    goals = _row(OUTPUTS, "Doelbereik", attainment * 100, "%", "≥ 75%", _at_least(attainment, 0.75, 0.5),
                 f"{format.number(goals_reached)} van {format.count(goals_planned, 'doel', 'doelen')} "
                 f"bereikt, in {len(with_goals)} van {format.count(len(ended), *ENDED_NOUN)} met "
                 "afgesproken doelen.")  # fmt: skip
    return [goals, _ended_share(OUTPUTS, "Rapport beschikbaar", ended["rapport_beschikbaar"])]


def _outcome_rows(ended: pd.DataFrame) -> list[Row]:
    """Outcomes of the ended trajectories: anchored in policy, satisfaction on both sides."""
    rows = [_ended_share(OUTCOMES, "Aanpak verankerd in het beleid", ended["verankerd"])]
    for column, who in (("tevredenheid_ontvanger", "ontvanger"), ("tevredenheid_aanbieder", "aanbieder")):
        scores = ended[column].dropna().astype(float)
        mean = scores.mean() if len(scores) else math.nan
        rows.append(_row(OUTCOMES, f"Tevredenheid {who}", mean, "op 5", "≥ 4", _at_least(mean, 4, 3),
                         f"Gemiddelde van {format.count(len(scores), 'score', 'scores')} (1-5) van "
                         "afgeronde of stopgezette trajecten."))  # fmt: skip
    return rows


def _ended_share(link: str, name: str, flags: pd.Series) -> Row:
    """A yes/no of the ended trajectories: its share of those it is known for, norm 75%."""
    share, yes, known = _share(flags)
    return _row(link, name, share * 100, "%", "≥ 75%", _at_least(share, 0.75, 0.5),
                f"{yes} van {format.count(known, *ENDED_NOUN)} waarvoor het gekend is "
                f"({len(flags)} in totaal).")  # fmt: skip


def logic_display(model: pd.DataFrame) -> pd.DataFrame:
    """The logic model for the screen: each value in its own unit, Belgian format."""

    def shown(value: float, unit: str) -> str:
        if math.isnan(value):
            return "–"
        if unit == "EUR":
            return format.eur(value)
        if unit == "%":
            return format.number(value, 1) + "%"
        if unit in ("op 5", "VTE-maanden"):
            return format.number(value, 1)
        return format.number(value)

    out = model.copy()
    out["Waarde"] = [shown(v, u) for v, u in zip(model["Waarde"], model["Eenheid"], strict=True)]
    return out


def norm_table(model: pd.DataFrame) -> pd.DataFrame:
    """The shares of the logic model (unit %) with their norm as a number, for the chart."""
    shares = model[(model["Eenheid"] == "%") & model["Waarde"].notna()]
    return pd.DataFrame(
        {
            "Indicator": shares["Indicator"],
            "Waarde": shares["Waarde"],
            "Norm": shares["Norm"],
            "Normwaarde": shares["Norm"].str.extract(r"(\d+)")[0].astype(float),
            "Beoordeling": shares["Beoordeling"],
        }
    ).reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Outcomes per trajectory


def outcomes_table(traj: pd.DataFrame) -> pd.DataFrame:
    """Every approved trajectory and what it delivered. Only municipalities, never people: the
    free-text comment is left out (it could name someone)."""
    approved = traj[traj["status"].isin(rules.APPROVED)]
    planned = approved["doelen_gepland"].astype(float)
    reached = approved["doelen_bereikt"].astype(float)
    link = approved["rapport_link"].where(approved["rapport_link"].fillna("").str.match(r"(?i)https?://"))
    return pd.DataFrame(
        {
            "Traject": approved["traject_id"],
            "Oproep": approved["oproep"].astype("Int64"),
            "Status": approved["status"],
            "Aanbiedend bestuur": approved["aanbieder_naam"],
            "Ontvangend bestuur": approved["ontvanger_naam"],
            "Start": approved["startdatum"],
            "Einde": approved["einddatum"],
            "Doelen gepland": approved["doelen_gepland"].astype("Int64"),
            "Doelen bereikt": approved["doelen_bereikt"].astype("Int64"),
            # Unknown reached goals count as none once a trajectory ended (as in the logic
            # model and the parliamentary answer); while it runs they are just unknown.
            "Doelbereik": (reached.fillna(0) / planned).where(
                (planned > 0) & (reached.notna() | approved["status"].isin(ENDED))
            ),
            "Tevredenheid ontvanger": approved["tevredenheid_ontvanger"].astype("Int64"),
            "Tevredenheid aanbieder": approved["tevredenheid_aanbieder"].astype("Int64"),
            "Verankerd": approved["verankerd"].map(tables.yes_no),
            "Rapport": approved["rapport_beschikbaar"].map(tables.yes_no),
            "Link naar rapport": link.fillna(""),
            "Expert voldoet aan de criteria": approved["expert_criteria_voldaan"].map(tables.yes_no),
        }
    ).reset_index(drop=True)


OUTCOME_PERCENT = ("Doelbereik",)
# Up to this many trajectories the goal attainment is a bar per trajectory; beyond, bands.
BARS_AT_MOST = 60
BANDS = ((0.0, 0.25, "minder dan 25%"), (0.25, 0.5, "25% tot 50%"), (0.5, 0.75, "50% tot 75%"),
         (0.75, 1.0, "75% tot 100%"), (1.0, float("inf"), "100% of meer"))  # fmt: skip


def attainment_bands(outcomes: pd.DataFrame) -> pd.DataFrame:
    """How many trajectories reached which share of their goals, per status."""
    rows = []
    for low, high, label in BANDS:
        inside = outcomes[(outcomes["Doelbereik"] >= low) & (outcomes["Doelbereik"] < high)]
        for status in ENDED + ("lopend", "goedgekeurd"):
            rows.append((label, status, int((inside["Status"] == status).sum())))
    out = pd.DataFrame(rows, columns=["Doelbereik", "Status", "Trajecten"])
    used = out.groupby("Status")["Trajecten"].transform("sum") > 0
    return out[used].reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Indicators in one set of boundaries

DIRECT = "rechtstreeks"
SUMMED = "fusie: opgeteld"
RECOMPUTED = "fusie: herberekend uit teller en noemer"
WEIGHTED = "fusie: gewogen met bevolking (benadering)"
UNWEIGHTED = "fusie: ongewogen gemiddelde, geen bevolkingscijfers (benadering)"
PER_CAPITA = "omgerekend per 1.000 inwoners"
PLACED_COLUMNS = ["nis", "jaar", "indicator", "eenheid", "waarde", "methode"]


def is_count(unit: str) -> bool:
    """A count adds up over municipalities (eenheid 'aantal', 'aantal personen'); anything
    else ('%', 'per 1.000 inwoners', 'EUR per inwoner') is a rate."""
    text = " ".join(str(unit).lower().split())
    return text.startswith("aantal") and " per " not in f" {text} "


@dataclass
class Placed:
    rows: pd.DataFrame  # PLACED_COLUMNS
    notes: list[str] = field(default_factory=list)


# One part of a merged municipality: (nis, eenheid, waarde, teller, noemer). Plain tuples: the
# parts are combined in thousands of small groups, where pandas' overhead per group dominated.
Part = tuple[str, str, float, float, float]


_PER = re.compile(r"per ([\d.]+)")


def _scale(part: list[Part]) -> float:
    """The power of ten between teller/noemer and the value: 100 for a percentage, 1000 for
    'per 1.000 inwoners', 1 for a fraction. Read from a part that shows it (a teller, a value
    and a noemer), else from the unit ('%', 'per 1.000 ...'): every value rounded to 0,0."""
    for _nis, _unit, waarde, teller, noemer in part:
        if teller > 0 and waarde > 0 and noemer > 0:
            return 10.0 ** round(math.log10(waarde * noemer / teller))
    unit = str(part[0][1])
    if "%" in unit:
        return 100.0
    per = _PER.search(unit)
    return float(per.group(1).replace(".", "")) if per else 1.0


def _combine(part: list[Part], population: dict[str, int]) -> tuple[float, str]:
    values = [p[2] for p in part if not math.isnan(p[2])]
    if is_count(str(part[0][1])):
        return float(sum(values)), SUMMED
    tellers, noemers = [p[3] for p in part], [p[4] for p in part]
    if not any(math.isnan(x) for x in tellers + noemers) and sum(noemers) > 0:
        return float(sum(tellers) / sum(noemers) * _scale(part)), RECOMPUTED
    weights = [population.get(p[0]) for p in part]
    if all(w for w in weights):
        return float(sum(w * p[2] for w, p in zip(weights, part, strict=True)) / sum(weights)), WEIGHTED
    return (float(sum(values) / len(values)) if values else math.nan), UNWEIGHTED


def _per_value(series: pd.Series, fn) -> pd.Series:
    """`series.map(fn)`, calling `fn` once per distinct value (60.000 rows have some 300)."""
    return series.map({value: fn(value) for value in series.unique()})


def _names(vintage: str) -> dict[str, str]:
    return {m.nis_code: m.name_nl for m in municipalities(vintage)}


def place(rows: pd.DataFrame, vintage: str, population_old: dict[str, int] | None = None) -> Placed:
    """Indicator values (nis, jaar, indicator, eenheid, waarde, teller, noemer; each on the code
    of its own year: before 2025 the 2019-2024 boundaries) placed in `vintage`.

    In the 2025 boundaries the parts of a merger are combined per year and indicator, only when
    every part has a value in the same unit: counts are summed, rates recomputed from teller
    and noemer when all parts have them, else weighted with the 2019-2024 population (1/1/2020)
    and flagged, else an unweighted mean, flagged. A value given directly on a 2025 code wins
    over a combination. In the 2019-2024 boundaries a 2025 value of a merged municipality
    cannot be split: it is left out, with a note; unchanged municipalities keep theirs."""
    old = {m.nis_code: m for m in municipalities(OLD)}
    new = {m.nis_code: m for m in municipalities(NEW)}
    if rows.empty:
        return Placed(pd.DataFrame(columns=PLACED_COLUMNS), [])
    df = rows.copy()
    df["jaar"] = df["jaar"].astype(int)
    for col in ("waarde", "teller", "noemer"):
        df[col] = df[col].astype(float)
    own_old = (df["jaar"] < 2025) & df["nis"].isin(old)
    own_old |= ~df["nis"].isin(new)  # a code of the old boundaries only
    if vintage == OLD:
        return _in_old_boundaries(df, own_old, new)
    target = df["nis"].where(
        ~own_old, _per_value(df["nis"], lambda c: old[c].nis_code_2025 if c in old else c)
    )
    merged_codes = [c for c, m in new.items() if len(m.formed_from) > 1]
    merged_part = own_old & target.isin(merged_codes)
    direct = df[~merged_part].assign(nis=target[~merged_part], methode=DIRECT)
    combo, notes = _merged(df[merged_part].assign(doel=target[merged_part]), new, population_old or {})
    if len(combo):
        keys = ("nis", "jaar", "indicator")
        given = direct[direct["nis"].isin(combo["nis"].unique())]  # values given on a merged code
        have = set(zip(*(given[k].tolist() for k in keys), strict=True))
        combo = combo[[k not in have for k in zip(*(combo[k].tolist() for k in keys), strict=True)]]
        for method in (WEIGHTED, UNWEIGHTED):
            n = int((combo["methode"] == method).sum())
            if n:
                notes.append(
                    f"{format.count(n, 'waarde', 'waarden')} van fusiegemeenten {format.verb(n, 'is')} een "
                    f"{'met de bevolking gewogen' if method == WEIGHTED else 'ongewogen'} "
                    "gemiddelde van de deelgemeenten (teller en noemer ontbreken): een benadering."
                )
    out = (
        pd.concat([direct[PLACED_COLUMNS], combo], ignore_index=True)
        if len(combo)
        else direct[PLACED_COLUMNS]
    )
    return Placed(out.sort_values(["indicator", "nis", "jaar"]).reset_index(drop=True), notes)


def _in_old_boundaries(df: pd.DataFrame, own_old: pd.Series, new: dict) -> Placed:
    """The values on 2019-2024 boundaries: a merged municipality's 2025 value is left out."""
    unchanged_new = _per_value(df["nis"], lambda c: c in new and new[c].formed_from == (c,))
    keep = own_old | unchanged_new
    dropped, notes = df[~keep], []
    if len(dropped):
        example, n = dropped.iloc[0], len(dropped)
        notes.append(
            f"{format.count(n, 'waarde', 'waarden')} van fusiegemeenten vanaf 2025 (bv. "
            f"{_names(NEW)[example['nis']]} {example['jaar']}) {format.plural(n, 'staat', 'staan')} niet in "
            "de gemeentegrenzen 2019-2024: een fusiegemeente valt niet op te splitsen. Kies de "
            "gemeentegrenzen 2025 om ze te zien."
        )
    out = df[keep].assign(methode=DIRECT)
    return Placed(out[PLACED_COLUMNS].reset_index(drop=True), notes)


def _merged(parts: pd.DataFrame, new: dict, population_old: dict[str, int]) -> tuple[pd.DataFrame, list[str]]:
    """The parts of merged municipalities (`doel` their 2025 code) combined per year and
    indicator (_combine), and notes on the groups left out: a part without a value, or parts
    that give another unit ('%' in one, 'aantal' in another: no sum, no mean)."""
    groups: dict[tuple[str, int, str], list[Part]] = {}
    columns = ["doel", "jaar", "indicator", "nis", "eenheid", "waarde", "teller", "noemer"]
    # Columns as lists first: iterating pandas' Arrow-backed strings goes value by value (slow).
    for row in zip(*(parts[c].tolist() for c in columns), strict=True):
        groups.setdefault(row[:3], []).append(row[3:])
    combined, incomplete, mixed = [], [], []
    for (code, year, indicator), part in sorted(groups.items()):
        missing = sorted(set(new[code].formed_from) - {p[0] for p in part})
        if missing:
            incomplete.append(f"{new[code].name_nl} {year}: geen waarde voor {', '.join(missing)}")
        elif len({str(p[1]) for p in part}) > 1:
            mixed.append(f"{new[code].name_nl} {year}, {indicator}")
        else:
            combined.append((code, year, indicator, str(part[0][1]), *_combine(part, population_old)))
    notes = [
        f"{format.count(len(left), 'jaarwaarde', 'jaarwaarden')} van fusiegemeenten weggelaten omdat {why} "
        f"(bv. {left[0]})."
        for left, why in (
            (mixed, "de deelgemeenten een andere eenheid opgeven"),
            (incomplete, "niet elke deelgemeente een waarde heeft"),
        )
        if left
    ]
    return pd.DataFrame(combined, columns=PLACED_COLUMNS), notes


def per_capita(placed: Placed, population: dict[str, int], vintage: str) -> Placed:
    """Counts become 'per 1.000 inwoners' with the population of the chosen boundaries, so that
    large and small municipalities compare; without population figures they stay counts."""
    df = placed.rows
    counts = _per_value(df["eenheid"], is_count).astype(bool)
    if not counts.any():
        return placed
    notes = list(placed.notes)
    if not population:
        notes.append(
            "Aantallen blijven absolute aantallen: er zijn geen bevolkingscijfers geïnstalleerd om ze "
            "per 1.000 inwoners uit te drukken (zie Over de data)."
        )
        return Placed(df, notes)
    pop = df["nis"].map(population).astype(float)
    lacking = counts & pop.isna()
    out = df[~lacking].copy()
    c = counts[~lacking]
    out.loc[c, "waarde"] = out.loc[c, "waarde"] / pop[~lacking][c] * 1000
    out.loc[c, "eenheid"] = out.loc[c, "eenheid"] + " per 1.000 inwoners"
    out.loc[c, "methode"] = out.loc[c, "methode"] + "; " + PER_CAPITA
    notes.append(
        "Aantallen zijn omgerekend per 1.000 inwoners met de bevolking op 1/1/2020 in de "
        f"gemeentegrenzen {vintage}."
        + (
            f" {format.count(int(lacking.sum()), 'waarde', 'waarden')} zonder bevolkingscijfer weggelaten."
            if lacking.any()
            else ""
        )
    )
    return Placed(out.reset_index(drop=True), notes)


# ---------------------------------------------------------------------------------------------
# Before and after, against comparison groups

ALL_OTHERS = "Alle andere Vlaamse gemeenten"
GIVERS = "Aanbiedende gemeenten"
MATCHED = "Gematcht (provincie en niveau vooraf)"
SMALL_GROUP = 10
MATCHES = 3


@dataclass(frozen=True)
class Exposure:
    """One receiving municipality and the years its trajectories ran."""

    nis: str
    name: str
    province: str
    start: int
    end: int
    trajectories: tuple[str, ...]
    planned_end: bool  # an end year taken from the planned duration


def exposures(traj: pd.DataFrame, provinces: tuple[str, ...] = ()) -> tuple[list[Exposure], list[str]]:
    """The receivers of the selection's ended trajectories (afgerond or stopgezet, with a start
    date), in the chosen provinces. A municipality that received more than once runs from its
    first start to its last end."""
    notes: list[str] = []
    if provinces:  # receivers in the chosen provinces, for the comparison and for its note
        traj = traj[traj["ontvanger_provincie"].isin(provinces)]
    ended = traj[traj["status"].isin(ENDED) & traj["startdatum"].notna() & traj["ontvanger_code"].notna()]
    running = traj[traj["status"].isin(rules.APPROVED) & ~traj["status"].isin(rules.ENDED)]
    if len(running):
        notes.append(
            format.count(len(running), "goedgekeurd of lopend traject", "goedgekeurde of lopende trajecten")
            + f" {format.verb(len(running), 'is')} niet afgelopen en "
            f"{format.plural(len(running), 'telt', 'tellen')} niet mee in de vergelijking vóór en na."
        )
    # Dates and planned ends for all rows at once, then one pass per receiver (a groupby with
    # date arithmetic per group was most of the time at 100x the demo).
    start = pd.to_datetime(ended["startdatum"])
    planned = start + pd.to_timedelta(ended["geplande_maanden"].fillna(0).astype(float) * 30.44, unit="D")
    end = pd.to_datetime(ended["einddatum"]).fillna(planned)
    rows = zip(
        ended["ontvanger_code"].tolist(),
        ended["ontvanger_naam"].tolist(),
        ended["ontvanger_provincie"].tolist(),
        start.dt.year.tolist(),
        end.dt.year.tolist(),
        ended["traject_id"].tolist(),
        ended["einddatum"].isna().tolist(),
        strict=True,
    )
    by_code: dict[str, list[tuple]] = {}
    for row in rows:
        by_code.setdefault(str(row[0]), []).append(row)
    out = [
        Exposure(
            code,
            str(part[0][1]),
            str(part[0][2]),
            int(min(r[3] for r in part)),
            int(max(r[4] for r in part)),
            tuple(r[5] for r in part),
            any(r[6] for r in part),
        )
        for code, part in sorted(by_code.items())
    ]
    return out, notes


@dataclass
class Comparison:
    table: pd.DataFrame  # one row per indicator x group
    receivers: pd.DataFrame  # one row per receiver x indicator x group
    notes: list[str] = field(default_factory=list)


COMPARISON_COLUMNS = [
    "Indicator",
    "Eenheid",
    "Vergelijkingsgroep",
    "Ontvangers",
    "Vergelijkingsgemeenten",
    "Ontvangers vóór",
    "Ontvangers na",
    "Vergelijking vóór",
    "Vergelijking na",
    "Verandering ontvangers",
    "Verandering vergelijking",
    "Verschil-in-verschil",
    "Gewone schommeling (±)",
    "Lezing",
    "Methode",
]
EMPTY_COMPARISON = pd.DataFrame(columns=COMPARISON_COLUMNS)
RECEIVER_COLUMNS = [
    "Indicator",
    "Vergelijkingsgroep",
    "NIS-code",
    "Gemeente",
    "Provincie",
    "Trajecten",
    "Startjaar",
    "Eindjaar",
    "Jaren vóór",
    "Jaren na",
    "Ontvanger vóór",
    "Ontvanger na",
    "Vergelijking vóór",
    "Vergelijking na",
    "Vergelijkingsgemeenten",
    "Verschil-in-verschil",
]


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else math.nan


def _sd(xs: list[float]) -> float:
    """Sample standard deviation (n - 1); NaN for fewer than two values."""
    if len(xs) < 2:
        return math.nan
    m = _mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def _years(years: list[int]) -> str:
    return ", ".join(str(y) for y in years)


def reading(did: float, band: float, n: int) -> str:
    """How to read one estimate, never more than it can carry."""
    if n == 0 or math.isnan(did):
        return "Niet te berekenen: geen ontvangers met jaren vóór én na hun traject."
    parts = ["Indicatief."]
    if n < SMALL_GROUP:
        parts.append(
            f"Kleine groep ({format.count(n, 'ontvanger', 'ontvangers')}): één gemeente weegt zwaar."
        )
    if math.isnan(band):
        parts.append("De gewone schommeling is niet te schatten (te weinig vergelijkingsgemeenten).")
    elif abs(did) <= band:
        parts.append("Binnen de gewone schommeling: geen aantoonbaar verschil.")
    else:
        parts.append("Groter dan de gewone schommeling.")
    return " ".join(parts)


def compare(
    values: pd.DataFrame,
    receivers: list[Exposure],
    participants: pd.DataFrame,
    provinces_of: dict[str, str],
    matched: bool = True,
) -> Comparison:
    """Receivers before and after their trajectory against each comparison group, per indicator.

    values: placed rows (nis, jaar, indicator, eenheid, waarde, methode) of one vintage;
    participants: (code, rol) of every municipality in an approved trajectory (any year);
    provinces_of: code -> province of the vintage.

    Per receiver i: the years with a value before its first start (vóór) and after its last end
    (na); the comparison municipalities j with a value in every one of those years. Then
    Δi = mean(na) - mean(vóór), likewise Δj, and did_i = Δi - mean_j Δj. The estimate is the
    mean of did_i over the receivers (equal to the change of the receivers' means minus that of
    the comparison means in the table). The ordinary fluctuation is 2·sd/√n of how much single
    comparison municipalities deviate from their group's change (Δj - mean Δj): a difference
    within it is what municipalities without a trajectory show too.
    """
    # Pools sorted once (they were sorted again for every receiver and indicator).
    nonpart = sorted(set(provinces_of) - set(participants["code"]))
    groups = [(ALL_OTHERS, nonpart), (GIVERS, sorted(_givers_only(participants)))]
    groups += [(MATCHED, None)] if matched else []
    rows, per_receiver, notes, skipped = [], [], [], []
    for indicator, ind in values.groupby("indicator", sort=True):
        data = _Indicator.of(ind, provinces_of, nonpart)
        windows = data.windows(receivers)
        if len(windows) < len(receivers):
            skipped.append((indicator, len(receivers) - len(windows)))
        for group, pool in groups:
            found = [e for e in (data.estimate(w, group, pool) for w in windows) if e is not None]
            if len(found) < len(windows):
                notes.append(_alone_note(indicator, group, len(windows) - len(found)))
            rows.append(_group_row(indicator, group, data, found))
            per_receiver += [_receiver_row(indicator, group, e) for e in found]
    notes += [_skipped_note(indicator, n) for indicator, n in sorted(skipped)]
    if not receivers:
        notes.append("Geen afgeronde of stopgezette trajecten met een startdatum in deze selectie.")
    return Comparison(
        pd.DataFrame(rows, columns=COMPARISON_COLUMNS),
        pd.DataFrame(per_receiver, columns=RECEIVER_COLUMNS),
        notes,
    )


class _Window(NamedTuple):
    """A receiver's values of one indicator and its years with a value before and after."""

    receiver: Exposure
    own: dict[int, float]
    pre: list[int]
    post: list[int]


class _Estimate(NamedTuple):
    """One receiver against its comparison municipalities (one indicator, one group)."""

    window: _Window
    t_pre: float  # the receiver's mean before
    t_post: float
    c_pre: float  # the mean over its comparison municipalities of their mean before
    c_post: float
    controls: list[str]
    did: float
    deviations: list[float]  # each comparison municipality's change minus their mean change


def _level(values: dict[int, float], years: list[int]) -> float:
    """One municipality's mean value over `years` (map: a generator cost a third of compare)."""
    return sum(map(values.__getitem__, years)) / len(years)


@dataclass
class _Indicator:
    """One indicator's values per municipality and year, with who may serve as comparison."""

    series: dict[str, dict[int, float]]
    unit: str
    method: str
    provinces_of: dict[str, str]
    nonpart: list[str]
    # Receivers with the same years share their comparison municipalities: (group, years) -> them.
    eligible: dict[tuple, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, ind: pd.DataFrame, provinces_of: dict[str, str], nonpart: list[str]) -> _Indicator:
        series: dict[str, dict[int, float]] = {}  # one pass: a groupby per municipality was 0,9 s
        for nis, year, value in zip(
            ind["nis"].tolist(), ind["jaar"].tolist(), ind["waarde"].tolist(), strict=True
        ):
            series.setdefault(nis, {})[year] = value
        methods = sorted(set(ind["methode"].unique()) - {DIRECT})
        method = "; ".join(methods) if methods else DIRECT
        return cls(series, str(ind["eenheid"].iloc[0]), method, provinces_of, nonpart)

    def windows(self, receivers: list[Exposure]) -> list[_Window]:
        """The receivers with years before and after (the same in every comparison group)."""
        out = []
        for r in receivers:
            own = self.series.get(r.nis, {})
            pre, post = sorted(y for y in own if y < r.start), sorted(y for y in own if y > r.end)
            if pre and post:
                out.append(_Window(r, own, pre, post))
        return out

    def _having(self, codes: list[str], years: list[int]) -> list[str]:
        """Those of `codes` with a value in every one of `years`."""
        need = set(years)
        return [j for j in codes if j in self.series and self.series[j].keys() >= need]

    def controls(self, w: _Window, group: str, pool: list[str] | None) -> list[str]:
        """The comparison municipalities with a value in each of the receiver's years; matched
        (no pool): the MATCHES nearest in pre-period level in the receiver's province."""
        need = w.pre + w.post
        if pool is None:
            level = _level(w.own, w.pre)
            province = [j for j in self.nonpart if self.provinces_of.get(j) == w.receiver.province]
            near = sorted(
                (abs(_level(self.series[j], w.pre) - level), j) for j in self._having(province, need)
            )
            return [j for _, j in near[:MATCHES]]
        key = (group, tuple(need))
        if key not in self.eligible:
            self.eligible[key] = self._having(pool, need)
        return self.eligible[key]

    def estimate(self, w: _Window, group: str, pool: list[str] | None) -> _Estimate | None:
        """The receiver's difference-in-differences; None without comparison municipalities."""
        controls = self.controls(w, group, pool)
        if not controls:
            return None
        t_pre, t_post = _level(w.own, w.pre), _level(w.own, w.post)
        c_pre_j = [_level(self.series[j], w.pre) for j in controls]
        c_post_j = [_level(self.series[j], w.post) for j in controls]
        deltas = [b - a for a, b in zip(c_pre_j, c_post_j, strict=True)]
        mean_delta = sum(deltas) / len(deltas)
        return _Estimate(w, t_pre, t_post, _mean(c_pre_j), _mean(c_post_j), controls,
                         (t_post - t_pre) - mean_delta, [d - mean_delta for d in deltas])  # fmt: skip


def _group_row(indicator: str, group: str, data: _Indicator, found: list[_Estimate]) -> tuple:
    """One row of the comparison table (COMPARISON_COLUMNS): the receivers' estimates combined."""
    n = len(found)
    t_pre, t_post = _mean([e.t_pre for e in found]), _mean([e.t_post for e in found])
    c_pre, c_post = _mean([e.c_pre for e in found]), _mean([e.c_post for e in found])
    did = _mean([e.did for e in found])
    band = 2 * _sd([d for e in found for d in e.deviations]) / math.sqrt(n) if n else math.nan
    used = len({j for e in found for j in e.controls})
    return (indicator, data.unit, group, n, used, t_pre, t_post, c_pre, c_post, t_post - t_pre,
            c_post - c_pre, did, band, reading(did, band, n), data.method)  # fmt: skip


def _receiver_row(indicator: str, group: str, e: _Estimate) -> tuple:
    """One row of the figures per receiving municipality (RECEIVER_COLUMNS)."""
    r = e.window.receiver
    return (indicator, group, r.nis, r.name, r.province, ", ".join(r.trajectories), r.start, r.end,
            _years(e.window.pre), _years(e.window.post), e.t_pre, e.t_post, e.c_pre, e.c_post,
            len(e.controls), e.did)  # fmt: skip


def _alone_note(indicator: str, group: str, n: int) -> str:
    return (
        f"{indicator}, {group.lower()}: {format.count(n, 'ontvanger', 'ontvangers')} zonder "
        "vergelijkingsgemeenten met waarden in dezelfde jaren, niet in deze vergelijking."
    )


def _skipped_note(indicator: str, n: int) -> str:
    return (
        f"{indicator}: {format.count(n, 'ontvanger', 'ontvangers')} zonder gegevens vóór én na "
        "het traject, niet in de vergelijking."
    )


def _givers_only(participants: pd.DataFrame) -> set[str]:
    """The municipalities that only gave an expert, never received one (a comparison group)."""
    role = participants["rol"]
    return set(participants.loc[role == "aanbiedend", "code"]) - set(
        participants.loc[role == "ontvangend", "code"]
    )


def yearly_means(
    values: pd.DataFrame, receivers: list[Exposure], participants: pd.DataFrame, provinces_of: dict[str, str]
) -> pd.DataFrame:
    """Per year, the mean value of the receivers and of each unmatched comparison group (one
    indicator): the picture behind the estimate."""
    participating = set(participants["code"])
    givers_only = _givers_only(participants)
    groups = (
        ("Ontvangende gemeenten", {r.nis for r in receivers}),
        (ALL_OTHERS, set(provinces_of) - participating),
        (GIVERS, givers_only),
    )
    rows = []
    for name, codes in groups:
        part = values[values["nis"].isin(codes)]
        for year, g in part.groupby("jaar", sort=True):
            rows.append((int(year), name, float(g["waarde"].mean()), len(g)))
    return pd.DataFrame(rows, columns=["Jaar", "Groep", "Gemiddelde", "Gemeenten"])


# ---------------------------------------------------------------------------------------------
# Plain Dutch


def _num(value: float) -> str:
    return format.number(value, 1 if abs(value) >= 10 else 2)


def summary(model: pd.DataFrame, comparison: pd.DataFrame) -> list[str]:
    """Sentences from the numbers. Indicator names come from uploads: escaped for Markdown."""
    measures = _Measures(zip(model["Indicator"], model["Waarde"].map(float), strict=True))
    out = _trajectory_sentences(measures)
    if not out:
        out.append("Er zijn nog geen gegevens over de uitvoering van trajecten in deze selectie.")
    main = comparison[comparison["Vergelijkingsgroep"] == ALL_OTHERS] if len(comparison) else comparison
    return out + [_comparison_sentence(row) for _, row in main.iterrows()]


class _Measures(dict):
    """The logic model's values by indicator; NaN for an indicator it does not have."""

    def __missing__(self, name: str) -> float:
        return math.nan


def _trajectory_sentences(m: _Measures) -> list[str]:
    """What the trajectories did, and what the ended ones delivered."""
    out = []
    approved, started = m["Trajecten toegekend"], m["Trajecten gestart"]
    if not approved:
        out.append("Er zijn geen toegekende trajecten in deze selectie.")
    elif not math.isnan(started):
        text = (
            f"Van de {format.count(approved, 'toegekend traject', 'toegekende trajecten')} "
            f"{format.verb(started, 'is')} er {format.number(started)} gestart en "
            f"{format.number(m['Trajecten afgerond'])} afgerond."
        )
        if not math.isnan(m["Stopgezet"]):
            text += f" {format.number(m['Stopgezet'], 1)}% van de gestarte trajecten werd stopgezet."
        out.append(text)
    parts = []
    if not math.isnan(m["Doelbereik"]):
        parts.append(f"{format.number(m['Doelbereik'], 1)}% van de afgesproken doelen werd bereikt")
    if not math.isnan(m["Aanpak verankerd in het beleid"]):
        parts.append(
            f"in {format.number(m['Aanpak verankerd in het beleid'], 1)}% van de trajecten waarvoor "
            "het gekend is, is de aanpak verankerd in het beleid van het ontvangend bestuur"
        )
    scores = [(who, m[f"Tevredenheid {who}"]) for who in ("ontvanger", "aanbieder")]
    scores = [(who, score) for who, score in scores if not math.isnan(score)]
    if scores:
        parts.append(
            "de tevredenheid is gemiddeld "
            + " en ".join(f"{format.number(v, 1)} op 5 bij de {w}" for w, v in scores)
        )
    if parts:
        out.append("Bij de afgelopen trajecten: " + "; ".join(parts) + ".")
    return out


def _comparison_sentence(row: pd.Series) -> str:
    """One indicator: the receivers against all other Flemish municipalities, caveats included."""
    name = format.md_text(row["Indicator"])
    n = int(row["Ontvangers"])
    if n == 0:
        return (
            f"**{name}**: geen ontvangende gemeenten met gegevens vóór én na hun traject; "
            "geen vergelijking mogelijk."
        )
    change = row["Verandering ontvangers"]
    direction = "steeg" if change > 0 else "daalde" if change < 0 else "bleef gelijk"
    municipalities = format.plural(n, "gemeente", "gemeenten")
    text = (
        f"**{name}** ({format.md_text(row['Eenheid'])}): bij {n} ontvangende {municipalities} "
        f"{direction} de waarde van gemiddeld {_num(row['Ontvangers vóór'])} vóór het traject naar "
        f"{_num(row['Ontvangers na'])} erna; bij de andere Vlaamse gemeenten in dezelfde jaren van "
        f"{_num(row['Vergelijking vóór'])} naar "
        f"{_num(row['Vergelijking na'])}. Het verschil-in-verschil is {_num(row['Verschil-in-verschil'])}"
    )
    band = row["Gewone schommeling (±)"]
    if math.isnan(band):
        text += "; hoe groot de gewone schommeling is, valt niet te schatten."
    elif abs(row["Verschil-in-verschil"]) <= band:
        text += f", binnen de gewone schommeling (± {_num(band)}): geen aantoonbaar verschil."
    else:
        text += f", groter dan de gewone schommeling (± {_num(band)})."
    text += " Dit is een samenhang, geen bewijs dat de trajecten het verschil veroorzaakten"
    text += f"; met {n} {municipalities} is de groep bovendien klein." if n < SMALL_GROUP else "."
    if row["Methode"] != DIRECT:
        text += f" Methode: {format.md_text(row['Methode'])}."
    return text
