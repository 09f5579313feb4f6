"""A small published dataset whose figures are computed by hand in the tests.

Budget: 2022 compensation 100.000, 2022 coordination 20.000 (reason given), 2023 compensation
50.000. Four trajectories: T1 2022 Mechelen (Antwerpen) -> Leuven (Vlaams-Brabant), afgerond;
T2 2022 Gent -> Aalst (both Oost-Vlaanderen), lopend; T3 2023 Hasselt -> Genk (Limburg),
afgewezen; T4 2023 Zwijndrecht -> Antwerpen, goedgekeurd (Zwijndrecht lay in Antwerpen until
2024 and is part of Beveren-Kruibeke-Zwijndrecht, Oost-Vlaanderen, since 2025).
Bookings: VVSG 2022 coordination committed 20.000, paid 15.000; Mechelen 2022 committed
10.000, paid 8.000, recovered -1.000; Gent 2022 committed 12.000, paid 6.000; Zwijndrecht 2023
committed 5.000.
"""

from __future__ import annotations

from pathlib import Path

import published

from pipelines.contract import get_dataset
from pipelines.ingest import ingest

TRAJECTEN = [
    dict(traject_id="T1", oproep="2022", model="mentoring", aanbiedend_bestuur="Mechelen",
         ontvangend_bestuur="Leuven", thema="onthaal|data", status="afgerond",
         startdatum="01/06/2022", einddatum="30/09/2022", fte_inzet="0,5", geplande_maanden="4",
         gepresteerde_uren="329,33", toegekend_bedrag="10.000,00", doelen_gepland="4", doelen_bereikt="3"),
    dict(traject_id="T2", oproep="2022", model="stage", aanbiedend_bestuur="Gent",
         ontvangend_bestuur="Aalst", thema="data", status="lopend", startdatum="01/10/2022",
         fte_inzet="0,5", geplande_maanden="6", gepresteerde_uren="164,67", toegekend_bedrag="12.000,00"),
    dict(traject_id="T3", oproep="2023", model="mentoring", aanbiedend_bestuur="Hasselt",
         ontvangend_bestuur="Genk", thema="schulden", status="afgewezen", aanvraagdatum="01/02/2023"),
    dict(traject_id="T4", oproep="2023", model="beide", aanbiedend_bestuur="Zwijndrecht",
         ontvangend_bestuur="Antwerpen", thema="onthaal", status="goedgekeurd",
         aanvraagdatum="01/03/2023", fte_inzet="0,2", geplande_maanden="5", toegekend_bedrag="5.000,00"),
]  # fmt: skip
UITGAVEN = [
    ("C1", "01/03/2022", "2022", "vastlegging", "coordinatie_vvsg", "VVSG", "", "20.000,00"),
    ("C2", "01/09/2022", "2022", "vereffening", "coordinatie_vvsg", "VVSG", "", "15.000,00"),
    ("M1", "01/05/2022", "2022", "vastlegging", "compensatie_aanbieder", "Mechelen", "T1", "10.000,00"),
    ("M2", "15/10/2022", "2022", "vereffening", "compensatie_aanbieder", "Mechelen", "T1", "8.000,00"),
    ("M3", "15/12/2022", "2022", "terugvordering", "compensatie_aanbieder", "Mechelen", "T1", "-1.000,00"),
    ("G1", "01/09/2022", "2022", "vastlegging", "compensatie_aanbieder", "Gent", "T2", "12.000,00"),
    ("G2", "01/11/2022", "2022", "vereffening", "compensatie_aanbieder", "Gent", "T2", "6.000,00"),
    ("Z1", "01/04/2023", "2023", "vastlegging", "compensatie_aanbieder", "Zwijndrecht", "T4", "5.000,00"),
]
BUDGET = [
    ("2022", "compensatie_aanbieder", "100.000,00", "oproep 2022", ""),
    (
        "2022",
        "coordinatie_vvsg",
        "20.000,00",
        "subsidie",
        "Twee tranches, de tweede volgt na het eindrapport.",
    ),
    ("2023", "compensatie_aanbieder", "50.000,00", "oproep 2023", ""),
]


def _csv(dataset: str, rows: list[dict[str, str]]) -> bytes:
    columns = get_dataset(dataset).column_names
    lines = [";".join(columns)] + [";".join(row.get(c, "") for c in columns) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def publish_small(data_dir: Path) -> None:
    """Published once per mutation run, copied after (published.py); otherwise as below."""
    published.once("small", data_dir, _publish_small)


def _publish_small(data_dir: Path) -> None:
    """Publish the four small datasets (no demo); every row must be accepted."""
    uitgaven_cols = ("boeking_id", "boekingsdatum", "begrotingsjaar", "fase", "stroom", "begunstigde",
                     "traject_id", "bedrag")  # fmt: skip
    files = {
        "budget": [dict(zip(("begrotingsjaar", "stroom", "bedrag", "bron", "toelichting"), r, strict=True))
                   for r in BUDGET],
        "trajecten": TRAJECTEN,
        "uitgaven": [dict(zip(uitgaven_cols, r, strict=True)) for r in UITGAVEN],
    }  # fmt: skip
    for dataset, rows in files.items():
        result = ingest(
            dataset, _csv(dataset, rows), file_name=f"{dataset}.csv", data_dir=data_dir, user="test"
        )
        assert result.status == "published" and result.rows_rejected == 0, (dataset, result.errors)
