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
    started = traj[traj["status"].isin(STARTED)]
    ended = traj[traj["status"].isin(ENDED)]
    n_approved, n_started, n_ended = len(approved), len(started), len(ended)
    rows: list[tuple] = []

    def add(link, name, value, unit, norm, judgement, note):
        missing = value is None or (isinstance(value, float) and math.isnan(value))
        rows.append((link, name, math.nan if missing else float(value), unit, norm,
                     NO_DATA if missing and judgement != INFO else judgement, note))  # fmt: skip

    budget, paid = float(totals["budget"]), float(totals["betaald"])
    add(INPUTS, "Budget", budget, "EUR", "–", INFO,
        "Kredieten van de gekozen begrotingsjaren, alle geldstromen."
        + (" Het budget geldt voor heel Vlaanderen." if provinces else ""))  # fmt: skip
    if provinces or budget <= 0:
        add(INPUTS, "Betaald (netto)", paid, "EUR", "–", INFO,
            "Niet te vergelijken met het budget: dat is niet per provincie verdeeld."
            if provinces else "Geen budget gepubliceerd voor deze selectie.")  # fmt: skip
    else:
        use = paid / budget
        if verdict is None:
            verdict = rules.verdict(budget, float(totals["vastgelegd"]), paid, 0, 1)
        over = rules.is_over(verdict)
        judgement = WEAK if over else _at_least(use, 0.75, 0.5)
        add(INPUTS, "Benutting van het budget", use * 100, "%", "75-100%", judgement,
            f"{format.eur(paid)} betaald (netto) van {format.eur(budget)}."
            + (f" {verdict.capitalize()}." if verdict else ""))  # fmt: skip
    fte = tables.fte_months(totals)
    add(INPUTS, "VTE-maanden geleverd", fte["geleverd"], "VTE-maanden", "–", INFO,
        f"Gepresteerde uren / {format.number(rules.HOURS_PER_FTE_MONTH, 2)}. "
        "Gepland in de trajecten: "
        f"{format.number(fte['gepland_trajecten'], 1)}; oorspronkelijk plan (2021): "
        f"{format.number(fte['gepland_2021'], 1)}.")  # fmt: skip
    share, yes, known = _share(approved["expert_criteria_voldaan"])
    add(INPUTS, "Expert voldoet aan de criteria", share * 100, "%", "≥ 90%",
        _at_least(share, 0.9, 0.75) if known else NO_DATA,
        f"{yes} van {format.count(known, 'toegekend traject', 'toegekende trajecten')} waarvoor het "
        f"gekend is ({n_approved} toegekend).")  # fmt: skip

    add(ACTIVITIES, "Trajecten toegekend", n_approved, "trajecten", "–", INFO,
        f"Van {format.count(len(traj), 'aanvraag', 'aanvragen')} in de selectie.")  # fmt: skip
    counts = traj["status"].value_counts()
    add(ACTIVITIES, "Trajecten gestart", n_started, "trajecten", "–", INFO,
        f"{int(counts.get('lopend', 0))} lopend, {int(counts.get('afgerond', 0))} afgerond, "
        f"{int(counts.get('stopgezet', 0))} stopgezet.")  # fmt: skip
    add(ACTIVITIES, "Trajecten afgerond", int(counts.get("afgerond", 0)), "trajecten", "–", INFO,
        f"Van {format.count(n_started, 'gestart traject', 'gestarte trajecten')}.")  # fmt: skip
    stopped = int(counts.get("stopgezet", 0))
    add(ACTIVITIES, "Stopgezet", stopped / n_started * 100 if n_started else math.nan, "%", "≤ 10%",
        _at_most(stopped / n_started, 0.10, 0.25) if n_started else NO_DATA,
        f"{stopped} van {format.count(n_started, 'gestart traject', 'gestarte trajecten')}.")  # fmt: skip

    planned = ended["doelen_gepland"].astype(float)
    with_goals = ended[planned.notna() & (planned > 0)]
    goals_planned = float(with_goals["doelen_gepland"].astype(float).sum())
    goals_reached = float(with_goals["doelen_bereikt"].fillna(0).astype(float).sum())
    attainment = goals_reached / goals_planned if goals_planned else math.nan
    add(OUTPUTS, "Doelbereik", attainment * 100, "%", "≥ 75%",
        _at_least(attainment, 0.75, 0.5) if goals_planned else NO_DATA,
        f"{format.number(goals_reached)} van {format.count(goals_planned, 'doel', 'doelen')} bereikt, in "
        f"{len(with_goals)} van {format.count(n_ended, *ENDED_NOUN)} met afgesproken "
        "doelen.")  # fmt: skip
    share, yes, known = _share(ended["rapport_beschikbaar"])
    add(OUTPUTS, "Rapport beschikbaar", share * 100, "%", "≥ 75%",
        _at_least(share, 0.75, 0.5) if known else NO_DATA,
        f"{yes} van {format.count(known, *ENDED_NOUN)} waarvoor het gekend is "
        f"({n_ended} in totaal).")  # fmt: skip

    share, yes, known = _share(ended["verankerd"])
    add(OUTCOMES, "Aanpak verankerd in het beleid", share * 100, "%", "≥ 75%",
        _at_least(share, 0.75, 0.5) if known else NO_DATA,
        f"{yes} van {format.count(known, *ENDED_NOUN)} waarvoor het gekend is "
        f"({n_ended} in totaal).")  # fmt: skip
    for column, who in (("tevredenheid_ontvanger", "ontvanger"), ("tevredenheid_aanbieder", "aanbieder")):
        scores = ended[column].dropna().astype(float)
        mean = scores.mean() if len(scores) else math.nan
        add(OUTCOMES, f"Tevredenheid {who}", mean, "op 5", "≥ 4",
            _at_least(mean, 4, 3) if len(scores) else NO_DATA,
            f"Gemiddelde van {format.count(len(scores), 'score', 'scores')} (1-5) van afgeronde of "
            "stopgezette "
            "trajecten.")  # fmt: skip
    return pd.DataFrame(rows, columns=LOGIC_COLUMNS)


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
    participating = set(participants["code"])
    givers_only = _givers_only(participants)
    nonpart = set(provinces_of) - participating
    # Pools sorted once (they were sorted again for every receiver and indicator).
    nonpart_sorted = sorted(nonpart)
    groups = [(ALL_OTHERS, nonpart_sorted), (GIVERS, sorted(givers_only))] + (
        [(MATCHED, None)] if matched else []
    )
    rows, per_receiver, notes = [], [], []
    skipped: dict[str, int] = {}
    for indicator, ind in values.groupby("indicator", sort=True):
        unit = str(ind["eenheid"].iloc[0])
        series: dict[str, dict[int, float]] = {}  # one pass: a groupby per municipality was 0,9 s
        for nis, year, value in zip(
            ind["nis"].tolist(), ind["jaar"].tolist(), ind["waarde"].tolist(), strict=True
        ):
            series.setdefault(nis, {})[year] = value
        methods = sorted(set(ind["methode"].unique()) - {DIRECT})
        # Each receiver's years before and after: the same in every comparison group.
        windows = []
        for r in receivers:
            own = series.get(r.nis, {})
            windows.append(
                (r, own, sorted(y for y in own if y < r.start), sorted(y for y in own if y > r.end))
            )
        for group, pool in groups:
            ti_pre, ti_post, tc_pre, tc_post, dids, devs, used = [], [], [], [], [], [], set()
            # Receivers with the same years share their comparison municipalities.
            eligible: dict[tuple[int, ...], list[str]] = {}
            alone = 0
            for r, own, pre, post in windows:
                if not pre or not post:
                    skipped[indicator] = skipped.get(indicator, 0) + (group == ALL_OTHERS)
                    continue
                need = pre + post
                if pool is None:  # matched: nearest pre-period level in the same province
                    level = sum(own[y] for y in pre) / len(pre)
                    candidates = [
                        (abs(sum(series[j][y] for y in pre) / len(pre) - level), j)
                        for j in nonpart_sorted
                        if provinces_of.get(j) == r.province
                        and j in series
                        and all(y in series[j] for y in need)
                    ]
                    controls = [j for _, j in sorted(candidates)[:MATCHES]]
                else:
                    key = tuple(need)
                    if key not in eligible:
                        eligible[key] = [j for j in pool if j in series and all(y in series[j] for y in need)]
                    controls = eligible[key]
                if not controls:
                    alone += 1
                    continue
                t_pre = sum(own[y] for y in pre) / len(pre)
                t_post = sum(own[y] for y in post) / len(post)
                c_pre_j = [sum(series[j][y] for y in pre) / len(pre) for j in controls]
                c_post_j = [sum(series[j][y] for y in post) / len(post) for j in controls]
                deltas = [b - a for a, b in zip(c_pre_j, c_post_j, strict=True)]
                mean_delta = sum(deltas) / len(deltas)
                did_i = (t_post - t_pre) - mean_delta
                c_pre, c_post = sum(c_pre_j) / len(c_pre_j), sum(c_post_j) / len(c_post_j)
                ti_pre.append(t_pre)
                ti_post.append(t_post)
                tc_pre.append(c_pre)
                tc_post.append(c_post)
                dids.append(did_i)
                devs += [d - mean_delta for d in deltas]
                used.update(controls)
                per_receiver.append(
                    (
                        indicator,
                        group,
                        r.nis,
                        r.name,
                        r.province,
                        ", ".join(r.trajectories),
                        r.start,
                        r.end,
                        _years(pre),
                        _years(post),
                        t_pre,
                        t_post,
                        c_pre,
                        c_post,
                        len(controls),
                        did_i,
                    )  # fmt: skip
                )
            if alone:
                notes.append(
                    f"{indicator}, {group.lower()}: {format.count(alone, 'ontvanger', 'ontvangers')} "
                    "zonder vergelijkingsgemeenten met "
                    "waarden in dezelfde jaren, niet in deze vergelijking."
                )
            n = len(dids)
            mean = _mean
            did = mean(dids)
            band = 2 * _sd(devs) / math.sqrt(n) if n else math.nan
            method = "; ".join(methods) if methods else DIRECT
            rows.append(
                (
                    indicator,
                    unit,
                    group,
                    n,
                    len(used),
                    mean(ti_pre),
                    mean(ti_post),
                    mean(tc_pre),
                    mean(tc_post),
                    mean(ti_post) - mean(ti_pre),
                    mean(tc_post) - mean(tc_pre),
                    did,
                    band,
                    reading(did, band, n),
                    method,
                )  # fmt: skip
            )
    for indicator, n in sorted(skipped.items()):
        if n:
            notes.append(
                f"{indicator}: {format.count(n, 'ontvanger', 'ontvangers')} zonder gegevens vóór én na het "
                "traject, niet in de vergelijking."
            )
    if not receivers:
        notes.append("Geen afgeronde of stopgezette trajecten met een startdatum in deze selectie.")
    return Comparison(
        pd.DataFrame(rows, columns=COMPARISON_COLUMNS),
        pd.DataFrame(per_receiver, columns=RECEIVER_COLUMNS),
        notes,
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
    by_name = model.set_index("Indicator")
    out = []

    def val(name: str) -> float:
        return float(by_name.loc[name, "Waarde"]) if name in by_name.index else math.nan

    started, done = val("Trajecten gestart"), val("Trajecten afgerond")
    if not val("Trajecten toegekend"):
        out.append("Er zijn geen toegekende trajecten in deze selectie.")
    elif not math.isnan(started):
        text = (
            f"Van de {format.count(val('Trajecten toegekend'), 'toegekend traject', 'toegekende trajecten')} "
            f"{format.verb(started, 'is')} er {format.number(started)} gestart en "
            f"{format.number(done)} afgerond."
        )
        stop = val("Stopgezet")
        if not math.isnan(stop):
            text += f" {format.number(stop, 1)}% van de gestarte trajecten werd stopgezet."
        out.append(text)
    parts = []
    if not math.isnan(val("Doelbereik")):
        parts.append(f"{format.number(val('Doelbereik'), 1)}% van de afgesproken doelen werd bereikt")
    if not math.isnan(val("Aanpak verankerd in het beleid")):
        parts.append(
            f"in {format.number(val('Aanpak verankerd in het beleid'), 1)}% van de trajecten waarvoor "
            "het gekend is, "
            "is de aanpak verankerd in het beleid van het ontvangend bestuur"
        )
    scores = [
        (who, val(f"Tevredenheid {who}"))
        for who in ("ontvanger", "aanbieder")
        if not math.isnan(val(f"Tevredenheid {who}"))
    ]
    if scores:
        parts.append(
            "de tevredenheid is gemiddeld "
            + " en ".join(f"{format.number(v, 1)} op 5 bij de {w}" for w, v in scores)
        )
    if parts:
        text = "Bij de afgelopen trajecten: " + "; ".join(parts) + "."
        out.append(text[0].upper() + text[1:])
    if not len(out):
        out.append("Er zijn nog geen gegevens over de uitvoering van trajecten in deze selectie.")

    main = comparison[comparison["Vergelijkingsgroep"] == ALL_OTHERS] if len(comparison) else comparison
    for _, row in main.iterrows():
        name = format.md_text(row["Indicator"])
        unit = format.md_text(row["Eenheid"])
        n = int(row["Ontvangers"])
        if n == 0:
            out.append(
                f"**{name}**: geen ontvangende gemeenten met gegevens vóór én na hun traject; "
                "geen vergelijking mogelijk."
            )
            continue
        direction = (
            "steeg"
            if row["Verandering ontvangers"] > 0
            else "daalde"
            if row["Verandering ontvangers"] < 0
            else "bleef gelijk"
        )
        text = (
            f"**{name}** ({unit}): bij {format.count(n, 'ontvangende gemeente', 'ontvangende gemeenten')} "
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
        text += (
            f"; met {format.count(n, 'gemeente', 'gemeenten')} is de groep bovendien klein."
            if n < SMALL_GROUP
            else "."
        )
        if row["Methode"] != DIRECT:
            text += f" Methode: {format.md_text(row['Methode'])}."
        out.append(text)
    return out
