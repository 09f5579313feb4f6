"""A selection that names municipalities (NIS codes): a trajectory counts when either side is one
of them, a booking when its beneficiary is; a code names a municipality of the chosen boundaries
or the code recorded. The figures are computed by hand from the rows below.

Trajectories: B1 2023 Borsbeek -> Mechelen (afgerond); A1 2023 Antwerpen -> Lier (lopend);
K1 2023 Kortessem -> Genk (lopend); H1 2023 Hasselt -> Leuven (lopend); H2 2025 Hasselt (the
2025 municipality, with Kortessem) -> Genk (goedgekeurd). Paid (compensation): Borsbeek 1.000,
Antwerpen 2.000, Kortessem 3.000, Hasselt 2023 4.000, Hasselt 2025 5.000; VVSG 9.000.
"""

from __future__ import annotations

import pytest
from fixture_small import _csv

from dashboard import answer, db
from dashboard.filters import Filters
from pipelines.contract import get_dataset
from pipelines.ingest import ingest
from pipelines.reference import NEW, OLD

TRAJECTEN = [
    ("B1", "2023", "Borsbeek", "Mechelen", "afgerond", "01/03/2023", "30/06/2023"),
    ("A1", "2023", "Antwerpen", "Lier", "lopend", "01/04/2023", ""),
    ("K1", "2023", "Kortessem", "Genk", "lopend", "01/05/2023", ""),
    ("H1", "2023", "Hasselt", "Leuven", "lopend", "01/06/2023", ""),
    ("H2", "2025", "Hasselt", "Genk", "goedgekeurd", "01/03/2025", ""),
]
PAID = [  # (id, day, year, beneficiary, trajectory, amount)
    ("P1", "01/07/2023", "2023", "Borsbeek", "B1", "1.000,00"),
    ("P2", "01/07/2023", "2023", "Antwerpen", "A1", "2.000,00"),
    ("P3", "01/07/2023", "2023", "Kortessem", "K1", "3.000,00"),
    ("P4", "01/07/2023", "2023", "Hasselt", "H1", "4.000,00"),
    ("P5", "01/07/2025", "2025", "Hasselt", "H2", "5.000,00"),
    ("P6", "01/07/2023", "2023", "VVSG", "", "9.000,00"),
]


@pytest.fixture
def published(data_dir):
    cols = ("traject_id", "oproep", "aanbiedend_bestuur", "ontvangend_bestuur", "status", "startdatum",
            "einddatum")  # fmt: skip
    rows = {
        "trajecten": [dict(zip(cols, r, strict=True)) | {"model": "mentoring"} for r in TRAJECTEN],
        "uitgaven": [
            dict(
                boeking_id=i,
                boekingsdatum=d,
                begrotingsjaar=y,
                fase="vereffening",
                begunstigde=b,
                traject_id=t,
                bedrag=a,
                stroom="coordinatie_vvsg" if b == "VVSG" else "compensatie_aanbieder",
            )
            for i, d, y, b, t, a in PAID
        ],  # fmt: skip
        "budget": [dict(begrotingsjaar="2023", stroom="compensatie_aanbieder", bedrag="50.000,00")],
    }
    for dataset, data in rows.items():
        assert set().union(*data) <= set(get_dataset(dataset).column_names)
        result = ingest(dataset, _csv(dataset, data), file_name=f"{dataset}.csv", data_dir=data_dir, user="t")
        assert result.status == "published" and result.rows_rejected == 0, (dataset, result.errors)
    return db.read_snapshot(str(data_dir))


def _ids(snap, selection: Filters) -> list[str]:
    params = selection.params() | dict(statussen=[], modellen=[], themas=[], kant="beide")
    return sorted(db.query(db.connect(), "trajecten_lijst", snap, params)["traject_id"])


def _paid(snap, selection: Filters) -> float:
    return float(db.query(db.connect(), "overview_totals", snap, selection.params())["betaald"].iloc[0])


@pytest.mark.parametrize(
    ("codes", "vintage", "trajectories", "paid"),
    [
        ((), NEW, ["A1", "B1", "H1", "H2", "K1"], 24_000.0),  # nothing chosen: all, VVSG too
        (("11007",), NEW, ["B1"], 1_000.0),  # Borsbeek by its own code, also on the 2025 boundaries
        (("11007",), OLD, ["B1"], 1_000.0),
        (("11002",), NEW, ["A1", "B1"], 3_000.0),  # the 2025 Antwerpen holds Borsbeek
        (("11002",), OLD, ["A1"], 2_000.0),  # the Antwerpen of 2019-2024 does not
        (("71072",), NEW, ["H1", "H2", "K1"], 12_000.0),  # the 2025 Hasselt holds Kortessem
        (("71022",), OLD, ["H1"], 4_000.0),  # Hasselt before the merger alone
        (("12025",), NEW, ["B1"], 0.0),  # Mechelen received: the trajectory counts, nothing paid to it
        (("11007", "71022"), OLD, ["B1", "H1"], 5_000.0),
    ],
)
def test_a_trajectory_counts_when_either_side_is_chosen_a_booking_when_its_beneficiary_is(
    published, codes, vintage, trajectories, paid
):
    selection = Filters(vintage=vintage, municipalities=codes)
    assert _ids(published, selection) == trajectories
    assert _paid(published, selection) == paid


def test_municipalities_combine_with_years_and_provinces(published):
    assert _ids(published, Filters(years=(2023,), municipalities=("71072",))) == ["H1", "K1"]
    assert _ids(published, Filters(provinces=("Antwerpen",), municipalities=("71072",))) == []


def test_the_participants_are_the_chosen_municipalities_not_their_partners(published):
    def rows(*codes):
        params = Filters(vintage=OLD, municipalities=codes).params()
        df = db.query(db.connect(), "deelnemers", published, params)
        return list(zip(df["nis_code"], df["rol"], df["betaald"], strict=True))

    assert rows("11007", "71022") == [("11007", "aanbiedend", 1_000.0), ("71022", "aanbiedend", 4_000.0)]
    assert rows("12025") == [("12025", "ontvangend", 0.0)]  # not Borsbeek, its partner


def test_an_answer_for_a_municipality_says_so_and_keeps_the_budget_apart(published):
    selection = Filters(vintage=NEW, municipalities=("71072",))
    draft = answer.Draft(answer.Header(), answer.default_items(("deelnemers", "budget")))
    items = answer.build(published, draft, None, selection)
    assert (
        items[0].selection
        == "Selectie: alle jaren · heel Vlaanderen · Hasselt (71072) · gemeentegrenzen 2025"
    )
    assert (
        "Aan deze gemeente werd in totaal €\xa012.000,00 (netto) betaald." in items[0].answers[0].text
    )  # one: Hasselt
    budget = items[1].answers[0].text
    assert "In de gekozen gemeenten is €\xa00,00 vastgelegd en €\xa012.000,00 betaald." in budget
    assert "niet per gemeente verdeeld" in budget
