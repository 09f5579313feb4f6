"""Rows and figures at the boundaries where small bugs hide (issue 32): every range's minimum
and maximum accepted and one step beyond refused with its reason; a trajectory that ends on
its start day; one municipality written as a name and as its NIS code in a key; dates shown
day first; utilisation per flow as payments over the budget."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pandas as pd
import pytest
from fixture_asof import publish_asof
from test_ingest import csv_file, published_rows, row

from dashboard import db, format, tables
from pipelines import contract as c
from pipelines.contract import DATASETS
from pipelines.ingest import ingest

# --- the minimum and maximum of every range --------------------------------------------------

STEP = {c.INTEGER: 1, c.DECIMAL: 0.01, c.MONEY: 0.01}


def _text(col: c.Column, value: float) -> str:
    """A value as a Belgian Excel CSV holds it: 2035, 0,5, -10.000.000,00."""
    if col.type == c.INTEGER:
        return str(int(value))
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _base(dataset: str, n: int, col: c.Column, value: float) -> dict[str, str]:
    """The example row with a key of its own, `col` set to `value`, and the columns that a row
    check ties to it set so that only the range can refuse the row."""
    out = {**row(dataset), col.name: _text(col, value)}
    if dataset == "trajecten":
        out["traject_id"] = f"UT-{n}"
        if col.name == "doelen_gepland":  # reached <= planned
            out["doelen_bereikt"] = ""
        if col.name == "doelen_bereikt":
            out["doelen_gepland"] = "100"
    elif dataset == "uitgaven":
        out["boeking_id"] = f"B-{n}"
        if col.name == "bedrag":  # a recovery is negative, a commitment positive
            out["fase"] = "terugvordering" if value < 0 else "vastlegging"
        if col.name == "begrotingsjaar":
            out["boekingsdatum"] = f"01/01/{int(value)}"
    elif dataset == "budget":
        out["begrotingsjaar"] = out["begrotingsjaar"] if col.name == "begrotingsjaar" else str(2019 + n)
    else:  # indicatoren: (gemeente, jaar, indicator)
        out["indicator"] = f"indicator_{n}"
    return out


RANGES = [(name, col) for name, ds in DATASETS.items() for col in ds.columns if col.min is not None]


@pytest.mark.parametrize(("dataset", "col"), RANGES, ids=[f"{d}.{col.name}" for d, col in RANGES])
def test_the_bounds_of_every_range_are_accepted_and_beyond_refused(data_dir, dataset, col):
    step = STEP[col.type]
    values = [col.min, col.max, col.min - step, col.max + step]
    rows = [_base(dataset, n, col, v) for n, v in enumerate(values)]
    result = ingest(dataset, csv_file(dataset, rows), file_name="f.csv", data_dir=data_dir, user="t")
    out_of_range = [(i.line, i.column, i.value, i.message) for i in result.errors if i.code == "OUT_OF_RANGE"]
    message = f"'{col.name}' moet {col.limit_label} zijn."
    assert out_of_range == [(4, col.name, _text(col, values[2]), message),
                            (5, col.name, _text(col, values[3]), message)]  # fmt: skip
    refused = {i.line for i in result.errors}
    if (dataset, col.name) == ("indicatoren", "noemer"):  # 0 is in range, but no denominator
        assert [i.code for i in result.errors if i.line == 2] == ["ZERO_DENOMINATOR"]
        refused.discard(2)
    assert refused == {4, 5}
    kept = [r[col.name] for r in published_rows(data_dir, dataset) if r["_regel"] in (2, 3)]
    assert [float(v) for v in kept] == [float(v) for v in values[:2] if not (col.name == "noemer" and v == 0)]


def test_the_limits_are_said_in_dutch():
    fte = DATASETS["trajecten"].column("fte_inzet")
    amount = DATASETS["uitgaven"].column("bedrag")
    assert fte.limit_label == "0 tot en met 1"
    assert amount.limit_label == "-10.000.000 tot en met 10.000.000"


# --- dates --------------------------------------------------------------------------------------


def test_a_trajectory_that_ends_on_its_start_day_is_accepted(data_dir):
    same = row("trajecten", traject_id="ONE-DAY", startdatum="15/12/2023", einddatum="15/12/2023",
               aanvraagdatum="15/12/2023")  # fmt: skip
    before = row("trajecten", traject_id="BACKWARDS", startdatum="15/12/2023", einddatum="14/12/2023")
    result = ingest("trajecten", csv_file("trajecten", [same, before]), file_name="f.csv", data_dir=data_dir,
                    user="t")  # fmt: skip
    assert [(i.line, i.code, i.column, i.value) for i in result.errors] == [
        (3, "DATE_ORDER", "startdatum, einddatum", "15/12/2023 / 14/12/2023")
    ]
    assert result.errors[0].message.startswith("De einddatum ligt vóór de startdatum.")
    assert [r["traject_id"] for r in published_rows(data_dir, "trajecten")] == ["ONE-DAY"]


def test_dates_in_tables_are_day_first():
    """3 February 2024 reads 03/02/2024 in every kind of date column (month first it would be
    a valid date too: 2 March)."""
    df = pd.DataFrame(
        {
            "Datum": pd.to_datetime(["2024-02-03", None, "2023-12-31"]),
            "Dag": [date(2024, 2, 3), None, date(2023, 12, 31)],
            "Moment": [datetime(2024, 2, 3, 9, 5), None, datetime(2023, 12, 31, 23, 59)],
        }
    )
    shown = format.frame(df)
    assert shown["Datum"].tolist() == ["03/02/2024", "–", "31/12/2023"]
    assert shown["Dag"].tolist() == ["03/02/2024", "–", "31/12/2023"]
    assert shown["Moment"].tolist() == ["03/02/2024 09:05", "–", "31/12/2023 23:59"]
    assert format.day(date(2024, 2, 3)) == "03/02/2024"
    assert format.day("2024-02-03") == "03/02/2024"


# --- keys ---------------------------------------------------------------------------------------


def test_one_municipality_by_name_and_by_code_is_one_key(data_dir):
    """'Leuven' and '24062' differ as text but are one municipality: the key (gemeente, jaar,
    indicator) is the same, and both rows are refused naming each other."""
    rows = [row("indicatoren", gemeente="Leuven"), row("indicatoren", gemeente="24062"),
            row("indicatoren", gemeente="Mechelen")]  # fmt: skip
    result = ingest(
        "indicatoren", csv_file("indicatoren", rows), file_name="f.csv", data_dir=data_dir, user="t"
    )
    dupes = [(i.line, i.code) for i in result.errors]
    assert dupes == [(2, "DUPLICATE_KEY"), (3, "DUPLICATE_KEY")]
    assert all("regels 2, 3" in i.message for i in result.errors)
    assert [r["gemeente_nis"] for r in published_rows(data_dir, "indicatoren")] == ["12025"]


# --- budget: commitments above the budget, payments below -------------------------------------


def test_utilisation_per_flow_is_payments_over_the_budget(data_dir):
    """fixture_asof: budget 10.000, committed 15.000 (above), paid 6.000 (below): 60 %."""
    publish_asof(data_dir)
    snap = db.read_snapshot(str(data_dir))
    params = {"jaren": [], "provincies": [], "gemeenten": [], "indeling": "2025", "tot": None}
    flows = tables.budget_by_flow(db.query(db.connect(), "budget_by_flow", snap, params))
    assert flows.to_dict("records") == [
        {
            "Geldstroom": "Compensatie aanbiedend bestuur",
            "Budget (EUR)": 10_000.0,
            "Vastgelegd (EUR)": 15_000.0,
            "Betaald, netto (EUR)": 6_000.0,
            "Benutting": 0.6,
        }
    ]


# --- yes and no -------------------------------------------------------------------------------

YES = ("ja", "J", "Yes", "y", "TRUE", "waar", "x", "1")
NO = ("nee", "N", "no", "False", "onwaar", "0")


def test_every_way_of_writing_yes_or_no_is_read_and_nothing_else():
    from pipelines import staging
    from pipelines.contract import TRAJECTEN

    column = TRAJECTEN.column_names.index("expert_criteria_voldaan")
    values = [*YES, *NO, "misschien", "ja nee"]
    parsed = staging.parse_rows(TRAJECTEN, [{"expert_criteria_voldaan": v} for v in values])
    assert [row[column] for row in parsed] == [True] * len(YES) + [False] * len(NO) + [None, None]


def test_white_space_around_a_value_is_read_as_the_ingest_reads_it():
    """parse_rows (the typed Excel template's examples) reads a value as the ingest does: white
    space at either end, a no-break space included, is not part of it; a field of spaces is empty."""
    from pipelines import staging
    from pipelines.contract import TRAJECTEN

    yes_no = TRAJECTEN.column_names.index("expert_criteria_voldaan")
    amount = TRAJECTEN.column_names.index("toegekend_bedrag")
    rows = [{"expert_criteria_voldaan": v, "toegekend_bedrag": a}
            for v, a in ((" ja", " 1.250,50 "), ("nee ", "\u00a012,00\t"), ("  ", "  "))]  # fmt: skip
    parsed = staging.parse_rows(TRAJECTEN, rows)
    assert [row[yes_no] for row in parsed] == [True, False, None]
    assert [row[amount] for row in parsed] == [Decimal("1250.50"), Decimal("12.00"), None]


def test_a_flow_with_a_budget_of_zero_has_no_utilisation_but_is_over_used(data_dir):
    """A budget line of 0 (the minimum) with a payment on it: no utilisation to show (not an
    infinite one), and over-use without a budget."""
    budget = [row("budget", begrotingsjaar="2023", stroom="overige", bedrag="0")]
    paid = [row("uitgaven", boeking_id="O-1", boekingsdatum="01/03/2023", begrotingsjaar="2023", fase="vereffening",
                stroom="overige", begunstigde="Gent", traject_id="", bedrag="500,00")]  # fmt: skip
    for dataset, rows in (("budget", budget), ("uitgaven", paid)):
        result = ingest(dataset, csv_file(dataset, rows), file_name="f.csv", data_dir=data_dir, user="t")
        assert result.rows_rejected == 0, result.errors
    snap = db.read_snapshot(str(data_dir))
    params = {"jaren": [], "provincies": [], "gemeenten": [], "indeling": "2025", "tot": None}
    flows = tables.budget_by_flow(db.query(db.connect(), "budget_by_flow", snap, params))
    assert flows["Budget (EUR)"].tolist() == [0.0] and flows["Betaald, netto (EUR)"].tolist() == [500.0]
    assert flows["Benutting"].isna().all()
    execution = tables.budget_execution(
        db.query(db.connect(), "budget_execution", snap, params), date(2024, 1, 1)
    )
    assert execution["Benutting"].isna().all() and execution["Signaal"].tolist() == [
        "overbenutting (geen budget)"
    ]
