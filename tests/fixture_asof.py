"""A published dataset for the as-of state and over-use by commitments only, computed by hand.

Budget: 2023 compensatie_aanbieder 10.000 (the only budget line).
Bookings (all compensatie_aanbieder, budget year 2023): commitments 15.000 (above the budget:
over-use by commitments only), payments 6.000 (below it):
  V1 01/03/2023 vastlegging Mechelen 15.000
  P1 15/06/2023 vereffening Mechelen 4.000
  P2 31/12/2023 vereffening Gent 1.500       (on the as-of day: counts on 31/12/2023)
  P3 05/01/2024 vereffening Gent 500         (budget year 2023, booked in 2024)
Trajectories (call 2023), as recorded / on 31/12/2023:
  A1 Mechelen -> Leuven   afgerond  01/03-30/06/2023   afgerond / afgerond
  A2 Gent -> Borsbeek     stopgezet 01/04-31/05/2023   stopgezet / stopgezet (goals 1 of 3)
  A3 Hasselt -> Genk      afgerond  01/11/2023-15/01/2024  afgerond / lopend
  A4 Aalst -> Ninove      afgerond  15/12-15/12/2023 (ends on its start day): afgerond / afgerond
  A5 Brugge -> Oostende   goedgekeurd, applied 01/02/2024: not yet applied for on 31/12/2023
  A6 Kortrijk -> Waregem  afgewezen, applied 01/05/2023
Hours: A1 329,33 (2,0 FTE-months), A2 82,33, A3 164,67, A4 8.
"""

from __future__ import annotations

from pathlib import Path

import published
from fixture_small import _csv

from pipelines.ingest import ingest

TRAJECTEN = [
    dict(traject_id="A1", oproep="2023", model="mentoring", aanbiedend_bestuur="Mechelen",
         ontvangend_bestuur="Leuven", thema="onthaal", status="afgerond", aanvraagdatum="01/02/2023",
         startdatum="01/03/2023", einddatum="30/06/2023", fte_inzet="0,5", geplande_maanden="4",
         gepresteerde_uren="329,33", toegekend_bedrag="8.000,00", doelen_gepland="4", doelen_bereikt="4",
         expert_criteria_voldaan="ja", rapport_beschikbaar="ja", tevredenheid_ontvanger="5"),
    dict(traject_id="A2", oproep="2023", model="stage", aanbiedend_bestuur="Gent",
         ontvangend_bestuur="Borsbeek", thema="data", status="stopgezet", aanvraagdatum="01/03/2023",
         startdatum="01/04/2023", einddatum="31/05/2023", fte_inzet="0,5", geplande_maanden="4",
         gepresteerde_uren="82,33", toegekend_bedrag="4.000,00", doelen_gepland="3", doelen_bereikt="1",
         expert_criteria_voldaan="nee", rapport_beschikbaar="nee", tevredenheid_ontvanger="2"),
    dict(traject_id="A3", oproep="2023", model="mentoring", aanbiedend_bestuur="Hasselt",
         ontvangend_bestuur="Genk", thema="schulden", status="afgerond", aanvraagdatum="01/09/2023",
         startdatum="01/11/2023", einddatum="15/01/2024", fte_inzet="0,5", geplande_maanden="2",
         gepresteerde_uren="164,67", toegekend_bedrag="3.000,00", doelen_gepland="2", doelen_bereikt="2",
         expert_criteria_voldaan="ja", rapport_beschikbaar="ja", tevredenheid_ontvanger="4"),
    dict(traject_id="A4", oproep="2023", model="mentoring", aanbiedend_bestuur="Aalst",
         ontvangend_bestuur="Ninove", thema="onthaal", status="afgerond", aanvraagdatum="01/12/2023",
         startdatum="15/12/2023", einddatum="15/12/2023", fte_inzet="1", geplande_maanden="0,1",
         gepresteerde_uren="8", toegekend_bedrag="500,00", expert_criteria_voldaan="ja"),
    dict(traject_id="A5", oproep="2023", model="beide", aanbiedend_bestuur="Brugge",
         ontvangend_bestuur="Oostende", thema="participatie", status="goedgekeurd",
         aanvraagdatum="01/02/2024", fte_inzet="0,5", geplande_maanden="4", toegekend_bedrag="5.000,00"),
    dict(traject_id="A6", oproep="2023", model="stage", aanbiedend_bestuur="Kortrijk",
         ontvangend_bestuur="Waregem", thema="data", status="afgewezen", aanvraagdatum="01/05/2023"),
]  # fmt: skip
UITGAVEN = [
    ("V1", "01/03/2023", "2023", "vastlegging", "compensatie_aanbieder", "Mechelen", "A1", "15.000,00"),
    ("P1", "15/06/2023", "2023", "vereffening", "compensatie_aanbieder", "Mechelen", "A1", "4.000,00"),
    ("P2", "31/12/2023", "2023", "vereffening", "compensatie_aanbieder", "Gent", "A2", "1.500,00"),
    ("P3", "05/01/2024", "2023", "vereffening", "compensatie_aanbieder", "Gent", "A2", "500,00"),
]
BUDGET = [("2023", "compensatie_aanbieder", "10.000,00", "oproep 2023", "Eén oproep, vastleggingen vooraf.")]


def publish_asof(data_dir: Path) -> None:
    """Published once per mutation run, copied after (published.py); otherwise as below."""
    published.once("asof", data_dir, _publish_asof)


def _publish_asof(data_dir: Path) -> None:
    """Publish budget, trajecten and uitgaven (no demo); every row must be accepted."""
    uitgaven_cols = ("boeking_id", "boekingsdatum", "begrotingsjaar", "fase", "stroom", "begunstigde",
                     "traject_id", "bedrag")  # fmt: skip
    budget_cols = ("begrotingsjaar", "stroom", "bedrag", "bron", "toelichting")
    files = {
        "budget": [dict(zip(budget_cols, r, strict=True)) for r in BUDGET],
        "trajecten": TRAJECTEN,
        "uitgaven": [dict(zip(uitgaven_cols, r, strict=True)) for r in UITGAVEN],
    }
    for dataset, rows in files.items():
        result = ingest(
            dataset, _csv(dataset, rows), file_name=f"{dataset}.csv", data_dir=data_dir, user="test"
        )
        assert result.status == "published" and result.rows_rejected == 0, (dataset, result.errors)
