"""The embedded demo dataset: deterministic, built through the normal ingest path.

Public facts: the VVSG coordination subsidy of 182.044,00 EUR (budget year 2021, answer to
written question 342 of 2022), the 2022 call budget of 250.000 EUR, and the Mechelen-Leuven
pair on organisational development of the social service. Everything else (the other
trajectories, the bookings, the 2023 and 2024 budgets, the indicators) is fictitious.
"""

from __future__ import annotations

import csv
import io
import os
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from pipelines import paths
from pipelines.contract import DATASETS
from pipelines.ingest import IngestResult, ingest
from pipelines.reference import MERGER_DATE, NEW, OLD, municipalities, resolver
from pipelines.rules import HOURS_PER_FTE_MONTH
from pipelines.store import Store

DEMO_USER = "demo"
DEMO_NOTICE = (
    "Demogegevens. Publiek zijn alleen de coördinatiesubsidie aan VVSG (€\u00a0182.044,00, "
    "begrotingsjaar 2021), het budget van de oproep 2022 (€\u00a0250.000,00) en het traject "
    "Mechelen-Leuven; alle andere trajecten, boekingen, budgetten en indicatoren zijn fictief."
)
SEED = 2022

# (id, call, model, giving, receiving, theme, status, start) - municipalities written the way
# civil servants write them: names, variants and NIS codes, of the vintage of their start date.
TRAJECTORIES = (
    (
        "UT-2022-001",
        2022,
        "mentoring",
        "Mechelen",
        "Leuven",
        "organisatieontwikkeling sociale dienst",
        "afgerond",
        date(2022, 9, 1),
    ),
    (
        "UT-2022-002",
        2022,
        "mentoring",
        "44021",
        "St.-Niklaas",
        "schuldhulpverlening",
        "afgerond",
        date(2022, 10, 1),
    ),
    (
        "UT-2022-003",
        2022,
        "stage",
        "Kortrijk",
        "Waregem",
        "onthaal Sociaal Huis",
        "afgerond",
        date(2022, 9, 15),
    ),
    ("UT-2022-004", 2022, "mentoring", "Genk", "HASSELT", "kinderarmoede", "afgerond", date(2022, 11, 1)),
    (
        "UT-2022-005",
        2022,
        "mentoring",
        "Antwerpen",
        "11007",
        "uithuiszetting voorkomen",
        "stopgezet",
        date(2022, 10, 1),
    ),
    ("UT-2022-006", 2022, "beide", "Brugge", "Oostende", "participatie", "afgerond", date(2022, 9, 1)),
    (
        "UT-2022-007",
        2022,
        "mentoring",
        "Aalst",
        "Ninove",
        "werken met data en tools",
        "afgerond",
        date(2022, 10, 15),
    ),
    ("UT-2022-008", 2022, "stage", "Turnhout", "Geel", "impactmeting", "afgewezen", None),
    (
        "UT-2022-009",
        2022,
        "mentoring",
        "Roeselare",
        "Izegem",
        "schuldhulpverlening|participatie",
        "afgerond",
        date(2022, 11, 15),
    ),
    (
        "UT-2022-010",
        2022,
        "mentoring",
        "Vilvoorde",
        "Zaventem",
        "onthaal Sociaal Huis",
        "afgerond",
        date(2022, 9, 1),
    ),
    ("UT-2022-011", 2022, "mentoring", "Lokeren", "Kruibeke", "kinderarmoede", "afgerond", date(2022, 10, 1)),
    ("UT-2023-001", 2023, "mentoring", "Leuven", "Tienen", "participatie", "afgerond", date(2023, 9, 1)),
    (
        "UT-2023-002",
        2023,
        "mentoring",
        "sint-truiden",
        "Tongeren",
        "uithuiszetting voorkomen",
        "afgerond",
        date(2023, 10, 1),
    ),
    (
        "UT-2023-003",
        2023,
        "stage",
        "Ieper",
        "Poperinge",
        "schuldhulpverlening",
        "afgerond",
        date(2023, 9, 15),
    ),
    (
        "UT-2023-004",
        2023,
        "mentoring",
        "Dendermonde",
        "Zele",
        "onthaal Sociaal Huis",
        "afgerond",
        date(2023, 11, 1),
    ),
    ("UT-2023-005", 2023, "beide", "Mol", "Balen", "kinderarmoede", "stopgezet", date(2023, 10, 1)),
    ("UT-2023-006", 2023, "mentoring", "Halle", "23032", "participatie", "afgerond", date(2023, 9, 1)),
    (
        "UT-2023-007",
        2023,
        "mentoring",
        "Beringen",
        "Ham",
        "werken met data en tools",
        "afgerond",
        date(2023, 10, 15),
    ),
    ("UT-2023-008", 2023, "mentoring", "Lier", "Heist-op-den-Berg", "impactmeting", "afgewezen", None),
    (
        "UT-2024-001",
        2024,
        "mentoring",
        "Gent",
        "Merelbeke-Melle",
        "schuldhulpverlening",
        "lopend",
        date(2025, 9, 1),
    ),
    (
        "UT-2024-002",
        2024,
        "mentoring",
        "71072",
        "Tessenderlo-Ham",
        "onthaal Sociaal Huis",
        "lopend",
        date(2025, 10, 1),
    ),
    ("UT-2024-003", 2024, "stage", "Brugge", "Tielt", "participatie", "goedgekeurd", date(2027, 1, 11)),
    (
        "UT-2024-004",
        2024,
        "mentoring",
        "Antwerpen",
        "Beveren-Kruibeke-Zwijndrecht",
        "uithuiszetting voorkomen",
        "afgerond",
        date(2025, 2, 1),
    ),
    ("UT-2024-005", 2024, "mentoring", "Leuven", "Pajottegem", "kinderarmoede", "aangevraagd", None),
    (
        "UT-2024-006",
        2024,
        "beide",
        "Genk",
        "Bilzen-Hoeselt",
        "werken met data en tools",
        "lopend",
        date(2025, 9, 15),
    ),
)

BUDGET = (
    (
        2021,
        "coordinatie_vvsg",
        "182.044,00",
        "Subsidie VVSG (antwoord op schriftelijke vraag 342 van 2022)",
        "Matching en begeleiding van de trajecten voor de hele projectduur 2021-2024.",
    ),
    (
        2022,
        "compensatie_aanbieder",
        "250.000,00",
        "Projectoproep 2022",
        "Oorspronkelijk plan: vijf experten halftijds gedurende vier maanden.",
    ),
    (
        2023,
        "compensatie_aanbieder",
        "60.000,00",
        "Projectoproep 2023 (fictief bedrag)",
        "Fictief: één traject stopgezet en één aanvraag afgewezen; minder uitbetaald dan vastgelegd.",
    ),
    (
        2024,
        "compensatie_aanbieder",
        "25.000,00",
        "Projectoproep 2024 (fictief)",
        "Fictief: meer goedgekeurde trajecten dan voorzien; vastleggingen boven het krediet.",
    ),
)

INDICATORS = (
    ("leefloners_per_1000", "per 1.000 inwoners", 2.0, 14.0),
    ("geboorten_kansarme_gezinnen_pct", "%", 3.0, 28.0),
    ("verhoogde_tegemoetkoming_pct", "%", 10.0, 26.0),
)


def _amount(value: float) -> str:
    """12345.5 -> '12.345,50' (how Belgian Excel writes money)."""
    text = f"{value:,.2f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _decimal(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _csv(rows: list[list[str]], encoding: str = "utf-8-sig", sep_line: bool = False) -> bytes:
    out = io.StringIO()
    if sep_line:
        out.write("sep=;\r\n")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


class Outcome(NamedTuple):
    """What a trajectory reached, as its row records it."""

    goals: int | None
    reached: int | None
    satisfaction: tuple[int | None, int | None]
    anchored: str | None
    report: str


def _trajectories(rng: random.Random) -> tuple[list[list[str]], list[list[str]]]:
    """The trajecten rows and, derived from them, the compensation bookings. Every random draw
    happens in the same order as ever: the demo's bytes stay the same."""
    rows: list[list[str]] = [list(DATASETS["trajecten"].column_names)]
    bookings: list[list[str]] = []
    for spec in TRAJECTORIES:
        tid, call, _, _, _, _, status, start = spec
        applied = _applied(rng, call, status)
        fte = rng.choice((0.4, 0.5, 0.5, 0.6))
        months = rng.choice((4, 4, 5, 6))
        planned_hours = fte * months * HOURS_PER_FTE_MONTH
        monthly_cost = rng.uniform(5600, 7400)  # gross salary cost of the expert per month
        granted = round(0.5 * monthly_cost * fte * months * 2) / 2 if status != "afgewezen" else None
        end, hours, ratio = _delivery(rng, status, start, months, planned_hours)
        outcome = _outcome(rng, status, start)
        rows.append(_trajectory_row(spec, applied, end, fte, months, hours, granted, outcome))
        if granted is not None and status != "aangevraagd":
            bookings += _compensation(spec, len(bookings) + 1, granted, ratio, applied, end)
    return rows, bookings


def _applied(rng: random.Random, call: int, status: str) -> date:
    """The application date: in the spring of the call (the autumn for 2024); the open one today."""
    applied = date(call, 3, 1) + timedelta(days=rng.randint(0, 60))
    if call == 2024:
        applied = date(2024, 9, 1) + timedelta(days=rng.randint(0, 60))
    if status == "aangevraagd":
        applied = date(2025, 10, 6)
    return applied


def _delivery(
    rng: random.Random, status: str, start: date | None, months: int, planned_hours: float
) -> tuple[date | None, float | None, float]:
    """(end date, hours worked, share of the compensation earned) of a trajectory."""
    if start and status in ("afgerond", "stopgezet"):
        done = months if status == "afgerond" else rng.choice((1, 2))
        end = start + timedelta(days=int(done * 30.4) - 1)
        ratio = rng.uniform(0.78, 1.0) if status == "afgerond" else done / months * 0.9
        return end, round(planned_hours * ratio * 2) / 2, ratio
    if start and status == "lopend":
        return None, round(planned_hours * rng.uniform(0.2, 0.5) * 2) / 2, 1.0
    return None, None, 1.0


def _outcome(rng: random.Random, status: str, start: date | None) -> Outcome:
    """Goals, their attainment, both sides' satisfaction, anchoring and the report."""
    goals = rng.randint(3, 6) if start else None
    if status == "afgerond":
        reached = rng.randint(max(1, goals - 2), goals)
        satisfaction = (rng.randint(3, 5), rng.randint(3, 5))
        anchored = "ja" if reached >= goals - 1 else "nee"
        return Outcome(goals, reached, satisfaction, anchored, "ja" if rng.random() < 0.75 else "nee")
    if status == "stopgezet":
        reached = rng.randint(0, 1)
        return Outcome(goals, reached, (rng.randint(1, 3), rng.randint(2, 3)), "nee", "nee")
    return Outcome(goals, None, (None, None), None, "nee")


def _comment(tid: str, status: str) -> str:
    if tid == "UT-2022-001":
        return "Publiek voorbeeld; cijfers fictief."
    return {
        "stopgezet": "Fictief: stopgezet na vertrek van de expert; niet-gepresteerde uren teruggevorderd.",
        "afgewezen": "Fictief: aanvraag voldeed niet aan de voorwaarden van de oproep.",
    }.get(status, "")


def _trajectory_row(
    spec: tuple,
    applied: date,
    end: date | None,
    fte: float,
    months: int,
    hours: float | None,
    granted: float | None,
    outcome: Outcome,
) -> list[str]:
    """One row of trajecten, in the contract's column order."""
    tid, call, model, giver, receiver, theme, status, start = spec
    link = f"https://www.vvsg.be/de-wisselaar/rapport-{tid.lower()}" if outcome.report == "ja" else ""
    return [
        tid,
        str(call),
        model,
        giver,
        receiver,
        theme,
        status,
        _date(applied),
        _date(start),
        _date(end),
        _decimal(fte),
        str(months),
        _decimal(hours) if hours is not None else "",
        _amount(granted) if granted is not None else "",
        "ja" if status != "afgewezen" else "nee",
        outcome.report,
        link,
        str(outcome.goals) if outcome.goals is not None else "",
        str(outcome.reached) if outcome.reached is not None else "",
        str(outcome.satisfaction[0] or ""),
        str(outcome.satisfaction[1] or ""),
        outcome.anchored or "",
        _comment(tid, status),
    ]


def _compensation(
    spec: tuple, n: int, granted: float, ratio: float, applied: date, end: date | None
) -> list[list[str]]:
    """The bookings of a granted trajectory (number `n`): its commitment, then, once started,
    the first half, and the balance after the final report or the recovery of what was not
    earned."""
    tid, call, _, giver, _, _, status, start = spec

    def booking(prefix: str, day: date, phase: str, amount: float, text: str) -> list[str]:
        return [f"{prefix}-{call}-{n:04d}", _date(day), str(call), phase, "compensatie_aanbieder", giver,
                tid, _amount(amount), "SH0-1SHC2ZZ-WT", text]  # fmt: skip

    committed_on = (start or applied + timedelta(days=90)) - timedelta(days=30)
    out = [booking("VL", committed_on, "vastlegging", granted, f"Vastlegging compensatie {tid}")]
    if status not in ("lopend", "afgerond", "stopgezet"):
        return out
    first = round(granted / 2, 2)
    paid_on = start + timedelta(days=20)
    out.append(booking("VE", paid_on, "vereffening", first, f"Compensatie {tid}, eerste schijf (50 %)"))
    if status == "afgerond":
        rest, paid_on = round(granted * ratio - first, 2), end + timedelta(days=45)
        out.append(booking("VS", paid_on, "vereffening", rest, f"Compensatie {tid}, saldo na eindrapport"))
    elif status == "stopgezet":
        back, claimed_on = round(first - granted * ratio, 2), end + timedelta(days=60)
        if back > 0:
            text = f"Terugvordering niet-gepresteerde uren {tid}"
            out.append(booking("TV", claimed_on, "terugvordering", -back, text))
    return out


def _uitgaven(bookings: list[list[str]]) -> list[list[str]]:
    header = list(DATASETS["uitgaven"].column_names)
    vvsg = [
        [
            "VL-2021-0001",
            "20/09/2021",
            "2021",
            "vastlegging",
            "coordinatie_vvsg",
            "VVSG",
            "",
            "182.044,00",
            "SH0-1SHC2ZZ-WT",
            "Subsidie “De Wisselaar” – matching en begeleiding",
        ],
        [
            "VE-2021-0001",
            "15/10/2021",
            "2021",
            "vereffening",
            "coordinatie_vvsg",
            "VVSG",
            "",
            "91.022,00",
            "SH0-1SHC2ZZ-WT",
            "Eerste schijf subsidie VVSG (50 %)",
        ],
        [
            "VE-2021-0002",
            "15/09/2022",
            "2021",
            "vereffening",
            "coordinatie_vvsg",
            "VVSG",
            "",
            "54.613,20",
            "SH0-1SHC2ZZ-WT",
            "Tweede schijf subsidie VVSG (30 %)",
        ],
        [
            "VE-2021-0003",
            "30/11/2024",
            "2021",
            "vereffening",
            "coordinatie_vvsg",
            "VVSG",
            "",
            "30.000,00",
            "SH0-1SHC2ZZ-WT",
            "Saldo subsidie VVSG (fictief: lager dan 20 %)",
        ],
    ]
    return [header, *vvsg, *bookings]


def _indicatoren(rng: random.Random) -> list[list[str]]:
    header = list(DATASETS["indicatoren"].column_names)
    rows = [header]
    res = resolver()
    receivers_old = {
        res.resolve(receiver, on=start).nis_code
        for _, _, _, _, receiver, _, status, start in TRAJECTORIES
        if start and start < MERGER_DATE and status in ("afgerond", "stopgezet")
    }
    base: dict[tuple[str, str], float] = {}
    old = municipalities(OLD)
    for m in old:
        for name, _, lo, hi in INDICATORS:
            base[(m.nis_code, name)] = rng.uniform(lo, hi)
    for year in range(2019, 2025):
        for m in old:
            for name, unit, _lo, _hi in INDICATORS:
                trend = 1 + 0.01 * (year - 2019) * rng.uniform(-1, 1)
                effect = 0.93 if m.nis_code in receivers_old and year >= 2023 else 1.0
                value = base[(m.nis_code, name)] * trend * effect
                rows.append([m.nis_code, str(year), name, _decimal(value), unit, "Fictief (demo)", "", ""])
    for m in municipalities(NEW):
        for name, unit, _lo, _hi in INDICATORS:
            parts = [base[(code, name)] for code in m.formed_from]
            value = sum(parts) / len(parts) * (1 + 0.06 * rng.uniform(-1, 1))
            rows.append([m.nis_code, "2025", name, _decimal(value), unit, "Fictief (demo)", "", ""])
    return rows


def demo_files() -> dict[str, tuple[str, bytes]]:
    """dataset -> (file name, bytes), in the formats civil servants upload."""
    rng = random.Random(SEED)
    trajecten, bookings = _trajectories(rng)
    budget = [list(DATASETS["budget"].column_names)]
    budget += [[str(y), flow, amount, source, note] for y, flow, amount, source, note in BUDGET]
    return {
        "budget": ("demo_budget.csv", _csv(budget)),
        "trajecten": ("demo_trajecten.csv", _csv(trajecten)),
        # Uitgaven as Excel's "CSV (gescheiden door lijstscheidingsteken)" writes it.
        "uitgaven": ("demo_uitgaven.csv", _csv(_uitgaven(bookings), "cp1252", sep_line=True)),
        "indicatoren": ("demo_indicatoren.csv", _csv(_indicatoren(rng), "utf-8")),
    }


class RealDataPresent(Exception):
    """Refuse to overwrite data that did not come from the demo."""


def build_demo(
    data_dir: str | os.PathLike[str] | None = None,
    force: bool = False,
    progress: Callable[[float, str], None] | None = None,
) -> list[IngestResult]:
    """Publish the demo dataset (replacing every dataset) through the normal ingest."""
    store = Store(paths.data_dir(data_dir))
    manifest = store.current() or {"datasets": {}}
    real = [n for n, e in manifest["datasets"].items() if not e.get("demo")]
    if real and not force:
        raise RealDataPresent(
            "Er zijn al echte gegevens gepubliceerd voor: " + ", ".join(real) + ". De demo "
            "zou ze vervangen; gebruik --force als dat echt de bedoeling is."
        )
    results = []
    files = demo_files()
    for i, (dataset, (name, data)) in enumerate(files.items()):
        if progress:
            progress(i / len(files), f"Demogegevens opbouwen: {dataset}…")
        results.append(ingest(dataset, data, file_name=name, data_dir=data_dir, user=DEMO_USER, demo=True))
    if progress:
        progress(1.0, "Demogegevens klaar")
    return results


def has_published(data_dir: str | os.PathLike[str] | None = None) -> bool:
    return Store(paths.data_dir(data_dir)).current() is not None
