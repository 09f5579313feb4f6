"""Large uitgaven files built in code for the reliability tests (no fixtures on disk)."""

from __future__ import annotations

import csv
import random
from functools import cache

from pipelines.reference import REFERENCE_FILE

HEADER = (
    "Boeking ID;Boekingsdatum;Begrotingsjaar;Fase;Stroom;Begunstigde;Traject ID;Bedrag;"
    "Begrotingsartikel;Omschrijving"
)


@cache
def _names() -> tuple[str, ...]:
    with open(REFERENCE_FILE, encoding="utf-8", newline="") as fh:
        return tuple(r["name_nl"] for r in csv.DictReader(fh) if r["vintage"] == "2019-2024")


def uitgaven_rows(n: int, prefix: str = "R", seed: int = 1, bad: int = 0) -> list[str]:
    """`n` valid bookings as an Excel export writes them (keys `<prefix>-<i>`), then `bad` rows that
    are rejected (a date that does not exist)."""
    rng = random.Random(seed)
    names = _names()
    lines = []
    for i in range(n):
        year = rng.choice((2021, 2022, 2023))
        amount = f"{rng.randint(0, 99)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}"
        lines.append(
            f"{prefix}-{i};{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year};{year};"
            f"{rng.choice(('vastlegging', 'vereffening'))};compensatie_aanbieder;{rng.choice(names)};"
            f"UT-{i % 500};{amount};SH0;boeking {i} van {prefix} te {rng.choice(names)}"
        )
    for i in range(bad):
        lines.append(f"{prefix}-X{i};31/02/2022;2022;vastlegging;overige;Gent;;5,00;SH0;datum bestaat niet")
    return lines


def uitgaven_csv(n: int, prefix: str = "R", seed: int = 1, bad: int = 0) -> bytes:
    """The file of `uitgaven_rows` with its header, Windows-1252 and CRLF."""
    return ("\r\n".join([HEADER, *uitgaven_rows(n, prefix, seed, bad)]) + "\r\n").encode("cp1252")
