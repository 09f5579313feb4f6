"""A deterministic scale generator: the four datasets in the Belgian Excel format, at any size.

Files look like what civil servants upload: `;` separated, CRLF, decimal comma with dot
thousands (`18.750,00`, `-1.250,25`), dates as dd/mm/jjjj, `ja`/`nee`, municipalities written as
names, NIS codes and variants of the vintage of their date; UTF-8 with BOM, or Windows-1252 with
a `sep=;` line and `€` and curly quotes in the descriptions (Excel's "CSV (gescheiden door
lijstscheidingsteken)"). The same seed and sizes give the same bytes.

Sizes of the benchmark: 1.000.000 uitgaven, 100.000 trajecten, 300 municipalities x 10 years x
20 indicators (`FULL`). Trajectories run over the calls 2020-2029, so about half start after the
2025 mergers and name 2025 municipalities.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pipelines.contract import DATASETS, FLOWS
from pipelines.reference import MERGER_DATE, NEW, OLD, municipalities

SEED = 100
VERSION = 2  # in the files' names: files made by an earlier version of this generator are not reused


@dataclass(frozen=True)
class Sizes:
    trajecten: int
    uitgaven: int
    municipalities: int = 300  # indicator municipalities (pre-2025 codes)
    years: int = 10  # indicator years, ending in 2024
    indicators: int = 20

    @property
    def indicator_rows(self) -> int:
        return self.municipalities * self.years * self.indicators


FULL = Sizes(trajecten=100_000, uitgaven=1_000_000)
# 100 times the demo dataset (25 trajectories, 65 bookings), with the full indicator grid.
HUNDREDFOLD = Sizes(trajecten=2_500, uitgaven=6_500)
SMOKE = Sizes(trajecten=40, uitgaven=200, municipalities=20, years=3, indicators=2)

MODELS = ("mentoring", "stage", "beide")
STATUSES = (
    *("aangevraagd", "goedgekeurd", "lopend"),
    *("afgerond", "afgerond", "afgerond", "stopgezet", "afgewezen"),
)
THEMES = (
    "schuldhulpverlening",
    "participatie",
    "organisatieontwikkeling sociale dienst",
    "kinderarmoede",
    "woonbeleid",
    "outreachend werken",
)
FASES = ("vastlegging", "vereffening", "vereffening", "terugvordering")


def amount(value: float) -> str:
    """-1250.25 -> '-1.250,25' (how Belgian Excel writes money)."""
    text = f"{value:,.2f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def day(d: date | None) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if d else ""


def _line(fields: list[str]) -> str:
    """One CSV line as Excel writes it: quoted only where needed."""
    out = []
    for f in fields:
        if ";" in f or '"' in f or "\n" in f:
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ";".join(out) + "\r\n"


class _Names:
    """Municipalities as civil servants write them: names, codes and variants, per vintage."""

    def __init__(self) -> None:
        self.old = [m for m in municipalities(OLD)]
        self.new = [m for m in municipalities(NEW)]

    def pick(self, rng: random.Random, on: date) -> tuple[str, str]:
        """(how it is written, NIS code) of a random municipality valid on `on`."""
        m = rng.choice(self.old if on < MERGER_DATE else self.new)
        style = rng.random()
        if style < 0.6:
            written = m.name_nl
        elif style < 0.8:
            written = m.nis_code
        elif style < 0.9:
            written = m.name_nl.upper()
        else:
            written = m.name_nl.replace("Sint-", "St.-")
        return written, m.nis_code


def trajecten_rows(sizes: Sizes, rng: random.Random) -> Iterator[list[str]]:
    names = _Names()
    for i in range(sizes.trajecten):
        call = 2020 + i % 10
        asked = date(call, 1, 15) + timedelta(days=rng.randrange(300))
        status = rng.choice(STATUSES)
        started = status not in ("aangevraagd", "afgewezen")
        start = asked + timedelta(days=rng.randrange(20, 120)) if started else None
        months = rng.choice((3, 4, 6, 9, 12))
        end = start + timedelta(days=30 * months) if start and status in ("afgerond", "stopgezet") else None
        on = start or asked
        giver, giver_nis = names.pick(rng, on)
        receiver, receiver_nis = names.pick(rng, on)
        while receiver_nis == giver_nis:
            receiver, receiver_nis = names.pick(rng, on)
        done = status in ("afgerond", "stopgezet")
        planned = rng.randint(2, 6)
        fte = rng.choice((0.2, 0.4, 0.5, 0.8, 1.0))
        yield [
            f"UT-{call}-{i:06d}",
            str(call),
            rng.choice(MODELS),
            giver,
            receiver,
            "|".join(rng.sample(THEMES, rng.randint(1, 2))),
            status,
            day(asked),
            day(start),
            day(end),
            f"{fte:.1f}".replace(".", ","),
            str(months),
            f"{fte * months * 152 * rng.uniform(0.6, 1.0):.1f}".replace(".", ",") if start else "",
            amount(round(rng.uniform(4_000, 40_000), 2)) if status != "afgewezen" else "",
            rng.choice(("ja", "ja", "ja", "nee")) if start else "",
            rng.choice(("ja", "nee")) if done else "",
            f"https://www.vvsg.be/de-wisselaar/rapport-{i}" if done and rng.random() < 0.5 else "",
            str(planned),
            str(rng.randint(0, planned)) if done else "",
            str(rng.randint(1, 5)) if done else "",
            str(rng.randint(1, 5)) if done else "",
            rng.choice(("ja", "nee")) if done else "",
            "Onthaal herwerkt; “goede praktijk” gedeeld – zie rapport." if rng.random() < 0.1 else "",
        ]


def uitgaven_rows(sizes: Sizes, rng: random.Random) -> Iterator[list[str]]:
    names = _Names()
    committed = 0  # commitments so far: they go to the trajectories in turn, so each has some
    for i in range(sizes.uitgaven):
        # Booked in 2020-2026 (two years in seven after the 2025 mergers), never years ahead, and no payment
        # above its trajectory's commitments: a plausible file gets no warnings for them.
        year = 2020 + i % 7
        booked = date(year, 1, 2) + timedelta(days=rng.randrange(330 if year == 2026 else 360))
        fase = rng.choice(FASES)
        if i % 50 == 0:
            flow, beneficiary, trajectory = "coordinatie_vvsg", "VVSG", ""
        else:
            flow = "compensatie_aanbieder" if i % 10 else "overige"
            beneficiary = names.pick(rng, booked)[0]
            t = committed % sizes.trajecten if fase == "vastlegging" else rng.randrange(sizes.trajecten)
            committed += fase == "vastlegging"
            trajectory = f"UT-{2020 + t % 10}-{t:06d}"
        low, high = (20_000, 40_000) if fase == "vastlegging" else (100, 20_000)
        value = round(rng.uniform(low, high), 2) * (-1 if fase == "terugvordering" else 1)
        yield [
            f"B-{year}-{i:07d}",
            day(booked),
            str(year),
            fase,
            flow,
            beneficiary,
            trajectory,
            amount(value),
            "SH0-1SHC2ZZ-WT",
            "Compensatie “De Wisselaar” – schijf" if i % 7 == 0 else "Compensatie traject",
        ]


def budget_rows(sizes: Sizes, rng: random.Random) -> Iterator[list[str]]:
    per_year = max(1, sizes.uitgaven // 10)
    for year in range(2020, 2030):
        for flow in FLOWS:
            yield [str(year), flow, amount(per_year * 5_000.0 * rng.uniform(0.8, 1.2)), "Begroting", ""]


def indicatoren_rows(sizes: Sizes, rng: random.Random) -> Iterator[list[str]]:
    munis = municipalities(OLD)[: sizes.municipalities]
    for year in range(2025 - sizes.years, 2025):
        for m in munis:
            for k in range(sizes.indicators):
                teller = noemer = ""
                if k % 2:  # a rate with its numerator and denominator
                    denominator = rng.randint(2_000, 60_000)
                    numerator = rng.randint(0, denominator // 10)
                    value, unit = 1000 * numerator / denominator, "per 1.000 inwoners"
                    teller, noemer = amount(numerator)[:-3], amount(denominator)[:-3]
                else:
                    value, unit = rng.uniform(0, 40), "%"
                yield [
                    m.nis_code,
                    str(year),
                    f"indicator_{k:02d}",
                    f"{value:.1f}".replace(".", ","),
                    unit,
                    "Bench",
                    teller,
                    noemer,
                ]


ROWS = {
    "budget": budget_rows,
    "trajecten": trajecten_rows,
    "uitgaven": uitgaven_rows,
    "indicatoren": indicatoren_rows,
}


def write(dataset: str, sizes: Sizes, path: Path, encoding: str = "utf-8-sig", seed: int = SEED) -> Path:
    """Write one dataset's file; Windows-1252 files get Excel's `sep=;` first line."""
    rng = random.Random(f"{seed}-{dataset}")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    with open(tmp, "w", encoding=encoding, newline="") as out:
        if encoding == "cp1252":
            out.write("sep=;\r\n")
        out.write(_line(list(DATASETS[dataset].column_names)))
        batch: list[str] = []
        for row in ROWS[dataset](sizes, rng):
            batch.append(_line(row))
            if len(batch) >= 10_000:
                out.write("".join(batch))
                batch.clear()
        out.write("".join(batch))
    tmp.replace(path)
    return path


def write_all(sizes: Sizes, directory: Path, encoding: str = "utf-8-sig") -> dict[str, Path]:
    """All four datasets; files already there (same sizes and seed) are reused."""
    tag = f"{sizes.trajecten}-{sizes.uitgaven}-{sizes.indicator_rows}-{encoding}-v{VERSION}"
    out = {}
    for dataset in ROWS:
        path = directory / f"{dataset}-{tag}.csv"
        out[dataset] = path if path.exists() else write(dataset, sizes, path, encoding)
    return out
