"""The functions behind the evaluation page, on fixtures computed by hand (the page itself,
on data published through the real ingest: test_evaluation_page.py).

Indicator values of merged municipalities combined (summed, recomputed from teller and noemer,
weighted with the population, unweighted), a difference-in-differences on a made-up world of
eleven municipalities, the trajectories that count as exposures, the yearly means and the
goal bands.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from dashboard import evaluation as ev
from pipelines.reference import NEW, OLD

# --------------------------------------------------------------------------------------------
# Merged municipalities


def rows(*items) -> pd.DataFrame:
    return pd.DataFrame(items, columns=["nis", "jaar", "indicator", "eenheid", "waarde", "teller", "noemer"])


NAN = float("nan")


def placed_value(placed: ev.Placed, nis: str, year: int, indicator: str) -> tuple[float, str]:
    r = placed.rows
    hit = r[(r["nis"] == nis) & (r["jaar"] == year) & (r["indicator"] == indicator)]
    assert len(hit) == 1, hit
    return float(hit["waarde"].iloc[0]), str(hit["methode"].iloc[0])


def test_counts_of_merged_parts_are_summed_onto_the_2025_code():
    placed = ev.place(rows(("11002", 2023, "n", "aantal", 100.0, NAN, NAN),
                           ("11007", 2023, "n", "aantal", 20.0, NAN, NAN)), NEW)  # fmt: skip
    assert placed_value(placed, "11002", 2023, "n") == (120.0, ev.SUMMED)
    assert set(placed.rows["nis"]) == {"11002"}


def test_rates_are_recomputed_from_teller_and_noemer():
    # 30/600 = 5% and 10/100 = 10%: together 40/700 = 5,714...%, not the mean 7,5%.
    placed = ev.place(rows(("11002", 2023, "p", "%", 5.0, 30.0, 600.0),
                           ("11007", 2023, "p", "%", 10.0, 10.0, 100.0)), NEW)  # fmt: skip
    value, method = placed_value(placed, "11002", 2023, "p")
    assert value == pytest.approx(40 / 700 * 100)
    assert method == ev.RECOMPUTED


def test_the_scale_of_a_rate_comes_from_a_part_that_shows_it():
    """The power of ten between teller/noemer and the value is read from a part with a teller, a
    value and a noemer: not from a part whose value was rounded to 0,0% (1 in 100.000), nor from
    one whose teller is 0 next to a value; a teller of 1 is enough."""
    placed = ev.place(rows(("11002", 2023, "a", "%", 0.0, 1.0, 100_000.0),
                           ("11007", 2023, "a", "%", 0.5, 1.0, 200.0),
                           ("11002", 2023, "b", "%", 0.3, 0.0, 50.0),
                           ("11007", 2023, "b", "%", 10.0, 10.0, 100.0),
                           ("11002", 2023, "c", "%", 1.0, 2.0, 0.0),  # no noemer: shows nothing
                           ("11007", 2023, "c", "%", 10.0, 10.0, 100.0),
                           ("11002", 2023, "d", "procent", 100.0, 1.0, 1.0),  # 1 of 1, a unit without its scale
                           ("11007", 2023, "d", "procent", 0.0, 0.0, 50.0),
                           # every value rounded to 0,0: the unit says the scale
                           ("11002", 2023, "e", "%", 0.0, 1.0, 100_000.0),
                           ("11007", 2023, "e", "%", 0.0, 1.0, 200_000.0),
                           ("11002", 2023, "f", "per 1.000 inwoners", 0.0, 1.0, 100_000.0),
                           ("11007", 2023, "f", "per 1.000 inwoners", 0.0, 0.0, 200_000.0),
                           ("11002", 2023, "g", "fractie", 0.0, 1.0, 100_000.0),
                           ("11007", 2023, "g", "fractie", 0.0, 0.0, 200_000.0),
                           ("11002", 2023, "h", "procent", 0.5, 1.0, 200.0),  # a value below 1 shows it
                           ("11007", 2023, "h", "procent", 0.0, 0.0, 50.0),
                           ("11002", 2023, "i", "per 1.000.000 inwoners", 0.0, 1.0, 100_000.0),
                           ("11007", 2023, "i", "per 1.000.000 inwoners", 0.0, 0.0, 200_000.0)), NEW)  # fmt: skip
    expected = {"a": 2 / 100_200 * 100, "b": 10 / 150 * 100, "c": 12 / 100 * 100, "d": 1 / 51 * 100,
                "e": 2 / 300_000 * 100, "f": 1 / 300_000 * 1000, "g": 1 / 300_000, "h": 1 / 250 * 100,
                "i": 1 / 300_000 * 1_000_000}  # fmt: skip
    for indicator, value in expected.items():
        assert placed_value(placed, "11002", 2023, indicator) == (pytest.approx(value), ev.RECOMPUTED), (
            indicator
        )


def test_a_rate_is_recomputed_only_when_every_part_has_teller_and_a_noemer_above_zero():
    placed = ev.place(rows(("11002", 2023, "half", "%", 5.0, NAN, 500.0),  # one part without teller
                           ("11007", 2023, "half", "%", 10.0, 10.0, 100.0),
                           ("11002", 2023, "nul", "%", 0.0, 0.0, 0.0),  # no one to count in either part
                           ("11007", 2023, "nul", "%", 0.0, 0.0, 0.0),
                           ("11002", 2023, "een", "%", 100.0, 1.0, 1.0),  # 1 of 1 and 0 of 0
                           ("11007", 2023, "een", "%", 0.0, 0.0, 0.0)), NEW)  # fmt: skip
    assert placed_value(placed, "11002", 2023, "half") == (7.5, ev.UNWEIGHTED)
    assert placed_value(placed, "11002", 2023, "nul") == (0.0, ev.UNWEIGHTED)
    assert placed_value(placed, "11002", 2023, "een") == (pytest.approx(100.0), ev.RECOMPUTED)


def test_parts_that_give_another_unit_are_not_combined():
    placed = ev.place(rows(("11002", 2023, "n", "aantal", 100.0, NAN, NAN),
                           ("11007", 2023, "n", "%", 20.0, NAN, NAN)), NEW)  # fmt: skip
    assert placed.rows.empty
    assert placed.notes == [
        "1 jaarwaarde van fusiegemeenten weggelaten omdat de deelgemeenten een andere eenheid opgeven "
        "(bv. Antwerpen 2023, n)."
    ]


def test_rate_per_1000_keeps_its_scale():
    placed = ev.place(rows(("11002", 2023, "l", "per 1.000 inwoners", 5.0, 2500.0, 500000.0),
                           ("11007", 2023, "l", "per 1.000 inwoners", 8.0, 80.0, 10000.0)), NEW)  # fmt: skip
    assert placed_value(placed, "11002", 2023, "l")[0] == pytest.approx(2580 / 510000 * 1000)


def test_rates_without_teller_are_weighted_with_the_population_and_flagged():
    data = rows(("11002", 2023, "p", "%", 5.0, NAN, NAN), ("11007", 2023, "p", "%", 10.0, NAN, NAN))
    placed = ev.place(data, NEW, {"11002": 500_000, "11007": 10_000})
    value, method = placed_value(placed, "11002", 2023, "p")
    assert value == pytest.approx((5 * 500_000 + 10 * 10_000) / 510_000)
    assert method == ev.WEIGHTED
    assert placed.notes == [
        "1 waarde van fusiegemeenten is een met de bevolking gewogen gemiddelde van de deelgemeenten (teller en "
        "noemer ontbreken): een benadering."
    ]
    unweighted = ev.place(data, NEW, {})
    assert placed_value(unweighted, "11002", 2023, "p") == (7.5, ev.UNWEIGHTED)
    assert any("ongewogen" in n for n in unweighted.notes)


def test_incomplete_mergers_are_dropped_and_direct_values_win():
    data = rows(("11002", 2022, "p", "%", 5.0, NAN, NAN),  # Borsbeek missing in 2022
                ("11002", 2025, "p", "%", 6.0, NAN, NAN),  # new Antwerpen, direct
                ("11001", 2022, "p", "%", 7.0, NAN, NAN))  # fmt: skip
    placed = ev.place(data, NEW)
    assert sorted(zip(placed.rows["nis"], placed.rows["jaar"], strict=True)) == [
        ("11001", 2022),
        ("11002", 2025),
    ]
    assert placed.notes == [
        "1 jaarwaarde van fusiegemeenten weggelaten omdat niet elke deelgemeente een waarde heeft "
        "(bv. Antwerpen 2022: geen waarde voor 11007)."
    ]


def test_a_value_given_on_the_new_code_wins_over_the_combined_parts():
    # Tielt 37022 (2025) = Meulebeke 37007 + Tielt 37015. A 2023 value given on the new code
    # itself (a recomputed series) is taken as it is; the parts' sum for 2023 is not added.
    data = rows(("37007", 2023, "n", "aantal", 10.0, NAN, NAN),
                ("37015", 2023, "n", "aantal", 20.0, NAN, NAN),
                ("37022", 2023, "n", "aantal", 33.0, NAN, NAN),
                ("37007", 2022, "n", "aantal", 11.0, NAN, NAN),
                ("37015", 2022, "n", "aantal", 21.0, NAN, NAN))  # fmt: skip
    placed = ev.place(data, NEW)
    assert placed_value(placed, "37022", 2023, "n") == (33.0, ev.DIRECT)
    assert placed_value(placed, "37022", 2022, "n") == (32.0, ev.SUMMED)
    assert len(placed.rows) == 2


def test_old_boundaries_keep_old_codes_and_unchanged_2025_values_only():
    data = rows(("11002", 2024, "p", "%", 5.0, NAN, NAN),  # old Antwerpen
                ("11002", 2025, "p", "%", 6.0, NAN, NAN),  # new Antwerpen: cannot be split
                ("11001", 2025, "p", "%", 7.0, NAN, NAN))  # Aartselaar, unchanged  # fmt: skip
    placed = ev.place(data, OLD)
    assert sorted(zip(placed.rows["nis"], placed.rows["jaar"], strict=True)) == [
        ("11001", 2025),
        ("11002", 2024),
    ]
    assert placed.notes == [
        "1 waarde van fusiegemeenten vanaf 2025 (bv. Antwerpen 2025) staat niet in de gemeentegrenzen 2019-2024: "
        "een fusiegemeente valt niet op te splitsen. Kies de gemeentegrenzen 2025 om ze te zien."
    ]
    two = ev.place(pd.concat([data, rows(("11002", 2026, "p", "%", 6.5, NAN, NAN))]), OLD)
    assert two.notes[0].startswith(
        "2 waarden van fusiegemeenten vanaf 2025 (bv. Antwerpen 2025) staan niet in"
    )


def test_counts_per_1000_inhabitants_with_the_population_of_the_vintage():
    placed = ev.place(rows(("11001", 2023, "n", "aantal", 30.0, NAN, NAN)), NEW)
    converted = ev.per_capita(placed, {"11001": 15_000}, NEW)
    assert placed_value(converted, "11001", 2023, "n")[0] == pytest.approx(2.0)
    assert converted.rows["eenheid"].iloc[0] == "aantal per 1.000 inwoners"
    assert converted.rows["methode"].tolist() == [f"{ev.DIRECT}; {ev.PER_CAPITA}"]
    assert converted.notes == [
        "Aantallen zijn omgerekend per 1.000 inwoners met de bevolking op 1/1/2020 in de gemeentegrenzen 2025."
    ]
    kept = ev.per_capita(placed, {}, NEW)
    assert placed_value(kept, "11001", 2023, "n")[0] == 30.0
    assert kept.notes == [
        "Aantallen blijven absolute aantallen: er zijn geen bevolkingscijfers geïnstalleerd om ze per 1.000 "
        "inwoners uit te drukken (zie Over de data)."
    ]
    # a rate stays as it is; a count without a population figure is left out, and said
    mixed = ev.place(rows(("11001", 2023, "n", "aantal", 30.0, NAN, NAN), ("11004", 2023, "n", "aantal", 9.0, NAN, NAN),
                          ("11004", 2023, "p", "%", 5.0, NAN, NAN)), NEW)  # fmt: skip
    shown = ev.per_capita(mixed, {"11001": 15_000}, NEW)
    assert shown.rows[["nis", "indicator", "eenheid", "waarde", "methode"]].values.tolist() == [
        ["11001", "n", "aantal per 1.000 inwoners", 2.0, f"{ev.DIRECT}; {ev.PER_CAPITA}"],
        ["11004", "p", "%", 5.0, ev.DIRECT],
    ]
    assert shown.notes[-1].endswith("2025. 1 waarde zonder bevolkingscijfer weggelaten.")


# --------------------------------------------------------------------------------------------
# Difference in differences on a made-up world

YEARS = (2019, 2020, 2021, 2022, 2023)
WORLD = {
    "R1": [10, 12, None, 8, 6],  # receiver, trajectory in 2021: before 11, after 7
    "R2": [20, 20, 22, None, 18],  # receiver, trajectory in 2022: before 62/3, after 18
    "R3": [1, 1, 1, 1, 1],  # receiver from 2019: no year before
    "N1": [5, 5, 5, 5, 5],
    "N2": [10, 10, 12, 12, 14],
    "N3": [30, 30, 30, 29, 28],
    "N4": [100, 100, 100, 100, 100],
    "N5": [11, 11, 11, 11, 11],
    "G1": [8, 8, 8, 8, 8],  # only gave
    "B1": [50, 60, 70, 80, 90],  # gave and received (elsewhere): in no comparison group
}
PROVINCE = {"R1": "P1", "R2": "P2", "R3": "P1", "N1": "P1", "N2": "P1", "N3": "P2", "N4": "P1",
            "N5": "P1", "G1": "P2", "B1": "P1"}  # fmt: skip


def world():
    values = pd.DataFrame(
        [(code, y, "x", "%", float(v), ev.DIRECT)
         for code, series in WORLD.items() for y, v in zip(YEARS, series, strict=True) if v is not None],
        columns=ev.PLACED_COLUMNS,
    )  # fmt: skip
    receivers = [
        ev.Exposure("R1", "R1", "P1", 2021, 2021, ("T1",), False),
        ev.Exposure("R2", "R2", "P2", 2022, 2022, ("T2",), False),
        ev.Exposure("R3", "R3", "P1", 2019, 2020, ("T3",), False),
    ]
    participants = pd.DataFrame(
        [("R1", "ontvangend"), ("R2", "ontvangend"), ("R3", "ontvangend"), ("G1", "aanbiedend"),
         ("B1", "aanbiedend"), ("B1", "ontvangend")], columns=["code", "rol"])  # fmt: skip
    return ev.compare(values, receivers, participants, PROVINCE)


def row(comparison: ev.Comparison, group: str) -> pd.Series:
    t = comparison.table
    return t[t["Vergelijkingsgroep"] == group].iloc[0]


def test_difference_in_differences_against_all_other_municipalities():
    result = row(world(), ev.ALL_OTHERS)
    # Comparison changes in R1's years (before 2019-2020, after 2022-2023): N1 0, N2 13-10 = 3,
    # N3 28,5-30 = -1,5, N4 0, N5 0: mean 0,3. In R2's years (2019-2021 / 2023): 0, 14-32/3,
    # -2, 0, 0: mean 4/15.
    did_1, did_2 = (7 - 11) - 0.3, (18 - 62 / 3) - 4 / 15
    assert result["Ontvangers"] == 2 and result["Vergelijkingsgemeenten"] == 5
    assert result["Ontvangers vóór"] == pytest.approx((11 + 62 / 3) / 2)
    assert result["Ontvangers na"] == pytest.approx((7 + 18) / 2)
    assert result["Vergelijking vóór"] == pytest.approx(
        ((5 + 10 + 30 + 100 + 11) / 5 + (5 + 32 / 3 + 30 + 100 + 11) / 5) / 2
    )
    assert result["Vergelijking na"] == pytest.approx(
        ((5 + 13 + 28.5 + 100 + 11) / 5 + (5 + 14 + 28 + 100 + 11) / 5) / 2
    )
    assert result["Verschil-in-verschil"] == pytest.approx((did_1 + did_2) / 2)
    # Deviations of single comparison municipalities from their group's change.
    devs = [0 - 0.3, 3 - 0.3, -1.5 - 0.3, -0.3, -0.3, -4 / 15, 10 / 3 - 4 / 15, -2 - 4 / 15, -4 / 15, -4 / 15]
    sd = math.sqrt(sum(d * d for d in devs) / (len(devs) - 1))  # their mean is 0
    assert result["Gewone schommeling (±)"] == pytest.approx(2 * sd / math.sqrt(2))
    assert result["Lezing"] == (
        "Indicatief. Kleine groep (2 ontvangers): één gemeente weegt zwaar. Groter dan de gewone schommeling."
    )


def test_givers_and_matched_comparison_groups():
    comparison = world()
    givers = row(comparison, ev.GIVERS)  # G1 only: B1 also received
    assert givers["Vergelijkingsgemeenten"] == 1
    assert givers["Verschil-in-verschil"] == pytest.approx(((7 - 11) + (18 - 62 / 3)) / 2)
    matched = row(comparison, ev.MATCHED)
    # R1 (P1, level 11 before): N5 (0 away), N2 (1), N1 (6); not N4 (89). Their changes 0, 3, 0.
    # R2 (P2, level 62/3): only N3, change -2.
    assert matched["Vergelijkingsgemeenten"] == 4
    assert matched["Verschil-in-verschil"] == pytest.approx(((7 - 11) - 1 + (18 - 62 / 3) + 2) / 2)
    receivers = comparison.receivers
    r1 = receivers[(receivers["Vergelijkingsgroep"] == ev.MATCHED) & (receivers["NIS-code"] == "R1")].iloc[0]
    assert (
        r1["Vergelijkingsgemeenten"] == 3
        and r1["Jaren vóór"] == "2019, 2020"
        and r1["Jaren na"] == "2022, 2023"
    )


def test_receivers_without_years_before_or_after_are_left_out_with_a_note():
    comparison = world()
    assert "R3" not in set(comparison.receivers["NIS-code"])
    assert (
        "x: 1 ontvanger zonder gegevens vóór én na het traject, niet in de vergelijking." in comparison.notes
    )


def test_reading_never_overstates():
    assert ev.reading(0.1, 0.5, 30) == "Indicatief. Binnen de gewone schommeling: geen aantoonbaar verschil."
    assert ev.reading(1.0, 0.5, 30) == "Indicatief. Groter dan de gewone schommeling."
    assert "Kleine groep (1 ontvanger)" in ev.reading(1.0, 0.5, 1)
    assert "niet te schatten" in ev.reading(1.0, float("nan"), 12)
    assert ev.reading(float("nan"), float("nan"), 0).startswith("Niet te berekenen")


def _trajectory(nr: int, status: str, province: str = "Antwerpen", start: str | None = "2022-03-01") -> dict:
    return {"traject_id": f"T{nr}", "status": status, "startdatum": start, "einddatum": None,
            "geplande_maanden": 6, "ontvanger_code": f"1100{nr}", "ontvanger_naam": f"Gemeente {nr}",
            "ontvanger_provincie": province}  # fmt: skip


def test_trajectories_not_yet_ended_are_named_and_left_out_of_before_and_after():
    traj = pd.DataFrame([_trajectory(1, "afgerond"), _trajectory(2, "stopgezet"), _trajectory(3, "lopend"),
                         _trajectory(4, "aangevraagd", start=None), _trajectory(5, "afgewezen", start=None)])  # fmt: skip
    receivers, notes = ev.exposures(traj)
    assert [(r.nis, r.trajectories) for r in receivers] == [("11001", ("T1",)), ("11002", ("T2",))]
    # no end date: the end is the start plus the planned months (6 from 1/3/2022: still 2022)
    assert [(r.start, r.end, r.planned_end) for r in receivers] == [(2022, 2022, True)] * 2
    later = traj.assign(geplande_maanden=12, einddatum=[None, "2024-01-31", None, None, None])
    assert [(r.start, r.end, r.planned_end) for r in ev.exposures(later)[0]] == [(2022, 2023, True),
                                                                                  (2022, 2024, False)]  # fmt: skip
    # a year of 30,44-day months from 25/12/2022 ends in 2023; no planned months: it ends on its start
    edges = pd.DataFrame(
        [_trajectory(1, "afgerond", start="2022-12-25"), _trajectory(2, "afgerond", start="2022-12-15")]
    )
    edges["geplande_maanden"] = [12, None]
    assert [(r.start, r.end) for r in ev.exposures(edges)[0]] == [(2022, 2023), (2022, 2022)]
    assert notes == [
        "1 goedgekeurd of lopend traject is niet afgelopen en telt niet mee in de vergelijking vóór en na."
    ]
    more = pd.concat([traj, pd.DataFrame([_trajectory(6, "goedgekeurd", "Limburg", start=None)])])
    assert ev.exposures(more)[1] == [
        "2 goedgekeurde of lopende trajecten zijn niet afgelopen en tellen niet mee in de vergelijking vóór en na."
    ]
    receivers, notes = ev.exposures(more, ("Limburg",))  # only the receivers in the chosen province
    assert receivers == [] and notes[0].startswith("1 goedgekeurd of lopend traject is niet afgelopen")
    assert ev.exposures(traj.iloc[:2])[1] == []  # all ended: nothing to say


def test_yearly_means_of_the_receivers_and_each_comparison_group():
    """The chart behind the estimate: per year the mean of the receivers, of every other
    municipality, and of those that only gave an expert (one that also received is no giver)."""
    receivers, _ = ev.exposures(pd.DataFrame([_trajectory(1, "afgerond")]))
    participants = pd.DataFrame({"code": ["11001", "11002", "11003", "11003"],
                                 "rol": ["ontvangend", "aanbiedend", "aanbiedend", "ontvangend"]})  # fmt: skip
    provinces_of = {code: "Antwerpen" for code in ("11001", "11002", "11003", "11004", "11005")}
    values = pd.DataFrame({"nis": ["11001", "11002", "11003", "11004", "11005", "11004", "11001"],
                           "jaar": [2021, 2021, 2021, 2021, 2021, 2020, 2020],
                           "waarde": [10.0, 20.0, 30.0, 40.0, 50.0, 44.0, 12.0]})  # fmt: skip
    means = ev.yearly_means(values, receivers, participants, provinces_of)
    assert means.values.tolist() == [
        [2020, "Ontvangende gemeenten", 12.0, 1],
        [2021, "Ontvangende gemeenten", 10.0, 1],
        [2020, ev.ALL_OTHERS, 44.0, 1],
        [2021, ev.ALL_OTHERS, 45.0, 2],
        [2021, ev.GIVERS, 20.0, 1],
    ]
    assert list(ev.yearly_means(values.iloc[0:0], receivers, participants, provinces_of).columns) == [
        "Jaar", "Groep", "Gemiddelde", "Gemeenten"
    ]  # fmt: skip


def test_attainment_bands_count_trajectories_per_status():
    outcomes = pd.DataFrame(
        {
            "Doelbereik": [0.0, 0.5, 1.0, 0.8, 0.74],
            "Status": ["afgerond", "afgerond", "stopgezet", "lopend", "afgerond"],
        }
    )
    bands = ev.attainment_bands(outcomes)
    counted = {(b, s): n for b, s, n in bands.itertuples(index=False) if n}
    assert counted == {("minder dan 25%", "afgerond"): 1, ("50% tot 75%", "afgerond"): 2,
                       ("100% of meer", "stopgezet"): 1, ("75% tot 100%", "lopend"): 1}  # fmt: skip
    assert "goedgekeurd" not in set(bands["Status"])  # no such trajectory: no empty series
    assert bands["Trajecten"].sum() == 5
    # an approved trajectory not yet started that already records goals reached is counted too
    started_later = pd.concat([outcomes, pd.DataFrame({"Doelbereik": [0.3], "Status": ["goedgekeurd"]})])
    bands = ev.attainment_bands(started_later)
    assert list(dict.fromkeys(bands["Status"])) == ["afgerond", "stopgezet", "lopend", "goedgekeurd"]
    assert bands[bands["Status"] == "goedgekeurd"].query("Trajecten > 0").values.tolist() == [
        ["25% tot 50%", "goedgekeurd", 1]
    ]


# --------------------------------------------------------------------------------------------
# The comparison a user reads, in full, on a second world built for its edges

# Indicator a (%): RA's value in its own trajectory year 2021 (50) is neither before nor after;
# N1 has exactly RA's years (no 2021, so not RB's); N9 has no value at all; the giver G1 only
# values before. Indicator b (EUR per inwoner), listed first: only RA has years before and
# after; N1's values are recomputed, RA's summed. Indicator c: one value of one municipality.
A = {"RA": [10, 12, 50, 8, 6], "RB": [20, 20, 22, None, 18], "N1": [11, 11, None, 11, 11],
     "N2": [14] * 5, "N3": [9, 9, 9, 9, 12], "N4": [1] * 5, "N5": [2] * 5,
     "N6": [30, 30, 30, 30, 27], "G1": [5, 5, None, None, None]}  # fmt: skip
B = {"RA": [4, 4, None, 6, 6], "RB": [None, None, None, None, 7], "N1": [1, 1, None, 2, 2],
     "N2": [3, 3, None, 3, 3], "G1": [7, 7, None, 9, 9]}  # fmt: skip
PROVINCE_2 = {"RA": "P1", "RB": "P2", "RC": "P1", "N1": "P1", "N2": "P1", "N3": "P1", "N4": "P1",
              "N5": "P1", "N6": "P2", "N9": "P2", "G1": "P2"}  # fmt: skip
RECEIVERS_2 = [
    ev.Exposure("RA", "Gemeente A", "P1", 2021, 2021, ("T1", "T4"), False),
    ev.Exposure("RB", "Gemeente B", "P2", 2022, 2022, ("T2",), False),
    ev.Exposure("RC", "Gemeente C", "P1", 2020, 2020, ("T3",), False),  # no value of any indicator
]
PARTICIPANTS_2 = pd.DataFrame([("RA", "ontvangend"), ("RB", "ontvangend"), ("RC", "ontvangend"),
                               ("G1", "aanbiedend")], columns=["code", "rol"])  # fmt: skip


def world_2(matched: bool = True, receivers: list[ev.Exposure] = RECEIVERS_2) -> ev.Comparison:
    def method(indicator: str, code: str) -> str:
        return {("b", "RA"): ev.SUMMED, ("b", "N1"): ev.RECOMPUTED}.get((indicator, code), ev.DIRECT)

    values = pd.DataFrame(
        [(code, y, indicator, unit, float(v), method(indicator, code))
         for indicator, unit, table in (("b", "EUR per inwoner", B), ("a", "%", A))
         for code, series in table.items() for y, v in zip(YEARS, series, strict=True) if v is not None]
        + [("N2", 2019, "c", "aantal", 5.0, ev.DIRECT)],
        columns=ev.PLACED_COLUMNS,
    )  # fmt: skip
    return ev.compare(values, receivers, PARTICIPANTS_2, PROVINCE_2, matched)


def plain(frame: pd.DataFrame) -> list[list]:
    """A table's rows with NaN as None and numbers rounded, to compare with figures by hand."""
    return [[None if isinstance(v, float) and math.isnan(v) else round(v, 6) if isinstance(v, float) else v
             for v in row] for row in frame.values.tolist()]  # fmt: skip


BIG = "Groter dan de gewone schommeling."
SMALL_2 = "Indicatief. Kleine groep (2 ontvangers): één gemeente weegt zwaar. "
SMALL_1 = "Indicatief. Kleine groep (1 ontvanger): één gemeente weegt zwaar. "
NONE = "Niet te berekenen: geen ontvangers met jaren vóór én na hun traject."
NAN_ROW = [None] * 8


def test_the_comparison_table_in_full():
    """Every column of every row. Indicator a, all other municipalities: RA 11 -> 7 against N1-N6
    (changes 0, 0, 1,5, 0, 0, -1,5: mean 0), RB 62/3 -> 18 against N2-N6 (0, 3, 0, 0, -3: mean
    0); the deviations' sd is 1,5, the band 2 x 1,5 / sqrt(2). Matched: RA's three nearest in P1
    before (N1 11, N3 9, N2 14: not N5 2 or N4 1), RB's only N6. The givers have no value after."""
    b_method = "; ".join(sorted([ev.RECOMPUTED, ev.SUMMED]))
    method_of = {"a": ev.DIRECT, "b": b_method, "c": ev.DIRECT}
    unit = {"a": "%", "b": "EUR per inwoner", "c": "aantal"}
    expected = [
        ["a", ev.ALL_OTHERS, 2, 6, 95 / 6, 12.5, (67 / 6 + 11.2) / 2, (67 / 6 + 11.2) / 2, 12.5 - 95 / 6, 0.0,
         (-4 - 8 / 3) / 2, 3 / math.sqrt(2), SMALL_2 + BIG],
        ["a", ev.GIVERS, 0, 0, *NAN_ROW, NONE],
        ["a", ev.MATCHED, 2, 4, 95 / 6, 12.5, (34 / 3 + 30) / 2, (35.5 / 3 + 27) / 2, 12.5 - 95 / 6,
         (35.5 / 3 + 27) / 2 - (34 / 3 + 30) / 2, (-4.5 + 1 / 3) / 2, 1.0, SMALL_2 + BIG],
        ["b", ev.ALL_OTHERS, 1, 2, 4.0, 6.0, 2.0, 2.5, 2.0, 0.5, 1.5, 2 * math.sqrt(0.5), SMALL_1 + BIG],
        ["b", ev.GIVERS, 1, 1, 4.0, 6.0, 7.0, 9.0, 2.0, 2.0, 0.0, None,
         SMALL_1 + "De gewone schommeling is niet te schatten (te weinig vergelijkingsgemeenten)."],
        ["b", ev.MATCHED, 1, 2, 4.0, 6.0, 2.0, 2.5, 2.0, 0.5, 1.5, 2 * math.sqrt(0.5), SMALL_1 + BIG],
        *(["c", group, 0, 0, *NAN_ROW, NONE] for group in (ev.ALL_OTHERS, ev.GIVERS, ev.MATCHED)),
    ]  # fmt: skip
    expected = [[r[0], unit[r[0]], *r[1:], method_of[r[0]]] for r in expected]
    assert list(world_2().table.columns) == ev.COMPARISON_COLUMNS
    assert plain(world_2().table) == plain(pd.DataFrame(expected))


def test_the_figures_per_receiver_in_full():
    g = [ev.ALL_OTHERS, ev.GIVERS, ev.MATCHED]
    ra = ["RA", "Gemeente A", "P1", "T1, T4", 2021, 2021, "2019, 2020", "2022, 2023"]
    rb = ["RB", "Gemeente B", "P2", "T2", 2022, 2022, "2019, 2020, 2021", "2023"]
    expected = [
        ["a", g[0], *ra, 11.0, 7.0, 67 / 6, 67 / 6, 6, -4.0],
        ["a", g[0], *rb, 62 / 3, 18.0, 11.2, 11.2, 5, 18 - 62 / 3],
        ["a", g[2], *ra, 11.0, 7.0, 34 / 3, 35.5 / 3, 3, -4.5],
        ["a", g[2], *rb, 62 / 3, 18.0, 30.0, 27.0, 1, 18 - 62 / 3 + 3],
        ["b", g[0], *ra, 4.0, 6.0, 2.0, 2.5, 2, 1.5],
        ["b", g[1], *ra, 4.0, 6.0, 7.0, 9.0, 1, 0.0],
        ["b", g[2], *ra, 4.0, 6.0, 2.0, 2.5, 2, 1.5],
    ]
    receivers = world_2().receivers
    assert list(receivers.columns) == ev.RECEIVER_COLUMNS
    assert plain(receivers) == plain(pd.DataFrame(expected))


def test_the_notes_under_the_comparison():
    """Groups without comparison municipalities first, then the receivers without years before
    and after, per indicator; in the singular and the plural."""
    assert world_2().notes == [
        "a, aanbiedende gemeenten: 2 ontvangers zonder vergelijkingsgemeenten met waarden in dezelfde "
        "jaren, niet in deze vergelijking.",
        "a: 1 ontvanger zonder gegevens vóór én na het traject, niet in de vergelijking.",
        "b: 2 ontvangers zonder gegevens vóór én na het traject, niet in de vergelijking.",
        "c: 3 ontvangers zonder gegevens vóór én na het traject, niet in de vergelijking.",
    ]
    alone = ev.compare(*_world_values_for_one_alone())
    assert alone.notes == [
        "a, aanbiedende gemeenten: 1 ontvanger zonder vergelijkingsgemeenten met waarden in dezelfde "
        "jaren, niet in deze vergelijking."
    ]
    nobody = world_2(receivers=[])
    assert nobody.notes == ["Geen afgeronde of stopgezette trajecten met een startdatum in deze selectie."]
    assert nobody.receivers.empty and set(nobody.table["Ontvangers"]) == {0}


def _world_values_for_one_alone():
    """RA, RB, N2 (P1) and N6 (P2) with every year, the giver G1 without 2022: a giver to compare
    with for RB, none for RA."""
    values = pd.DataFrame([(code, y, "a", "%", 1.0, ev.DIRECT) for code in ("RA", "RB", "N2", "N6") for y in YEARS]
                          + [("G1", y, "a", "%", 1.0, ev.DIRECT) for y in YEARS if y != 2022],
                          columns=ev.PLACED_COLUMNS)  # fmt: skip
    return values, RECEIVERS_2[:2], PARTICIPANTS_2, PROVINCE_2


def test_without_matching_there_is_no_matched_group():
    assert list(dict.fromkeys(world_2(matched=False).table["Vergelijkingsgroep"])) == [
        ev.ALL_OTHERS,
        ev.GIVERS,
    ]
    assert set(world_2(matched=False).receivers["Vergelijkingsgroep"]) == {ev.ALL_OTHERS, ev.GIVERS}


def test_a_reading_at_its_edges():
    """An estimate that cannot be made is never read; ten receivers are no small group; a
    difference equal to the band is within it."""
    assert ev.reading(float("nan"), 0.5, 3) == NONE
    assert ev.reading(1.0, 0.5, 10) == "Indicatief. " + BIG
    assert ev.reading(1.0, 0.5, 9).startswith("Indicatief. Kleine groep (9 ontvangers)")
    assert ev.reading(0.5, 0.5, 30) == "Indicatief. Binnen de gewone schommeling: geen aantoonbaar verschil."
    assert ev.reading(1.0, float("nan"), 12) == (
        "Indicatief. De gewone schommeling is niet te schatten (te weinig vergelijkingsgemeenten)."
    )


def test_what_counts_as_a_count():
    assert ev.is_count(" Aantal  personen ")
    assert not ev.is_count("aantal per 1.000 inwoners")
    assert not ev.is_count("Aantal  per\t1.000 inwoners")
    assert not ev.is_count("%")


def test_the_receivers_of_ended_trajectories_with_their_names_and_provinces():
    traj = pd.DataFrame([_trajectory(1, "afgerond", "Limburg"), _trajectory(2, "stopgezet")])
    assert [(r.nis, r.name, r.province) for r in ev.exposures(traj)[0]] == [
        ("11001", "Gemeente 1", "Limburg"),
        ("11002", "Gemeente 2", "Antwerpen"),
    ]


# --------------------------------------------------------------------------------------------
# Placed values: their columns, their years, their notes in the singular and the plural


def test_an_empty_selection_places_nothing_and_says_nothing():
    empty = ev.place(rows(), NEW)
    assert list(empty.rows.columns) == ev.PLACED_COLUMNS
    assert empty.rows.empty and empty.notes == []


def test_placed_rows_have_their_columns_whole_years_and_their_unit():
    # years as read from a file with decimals (2023.0): shown as the year 2023
    data = rows(("11002", 2023.0, "n", "aantal", 100.0, NAN, NAN), ("11007", 2023.0, "n", "aantal", 20.0, NAN, NAN),
                ("11001", 2023.0, "n", "aantal", 5.0, NAN, NAN))  # fmt: skip
    new = ev.place(data, NEW)
    old = ev.place(data, OLD)
    per_1000 = ev.per_capita(new, {"11002": 1_000, "11001": 500}, NEW)
    for placed in (new, old, per_1000):
        assert list(placed.rows.columns) == ev.PLACED_COLUMNS
        assert {type(year) for year in placed.rows["jaar"].tolist()} == {int}
    assert new.rows.values.tolist() == [["11001", 2023, "n", "aantal", 5.0, ev.DIRECT],
                                        ["11002", 2023, "n", "aantal", 120.0, ev.SUMMED]]  # fmt: skip
    assert sorted(old.rows.values.tolist()) == [["11001", 2023, "n", "aantal", 5.0, ev.DIRECT],
                                        ["11002", 2023, "n", "aantal", 100.0, ev.DIRECT],
                                        ["11007", 2023, "n", "aantal", 20.0, ev.DIRECT]]  # fmt: skip
    assert per_1000.rows["waarde"].tolist() == [10.0, 120.0]


def test_notes_on_mergers_in_the_plural():
    # Pajottegem 23106 = 23023 + 23024 + 23032: only 23023 gives values, in two years
    incomplete = ev.place(rows(("23023", 2022, "n", "aantal", 1.0, NAN, NAN),
                               ("23023", 2023, "n", "aantal", 1.0, NAN, NAN)), NEW)  # fmt: skip
    assert incomplete.notes == [
        "2 jaarwaarden van fusiegemeenten weggelaten omdat niet elke deelgemeente een waarde heeft "
        "(bv. Pajottegem 2022: geen waarde voor 23024, 23032)."
    ]
    rates = rows(("11002", 2022, "p", "%", 5.0, NAN, NAN), ("11007", 2022, "p", "%", 10.0, NAN, NAN),
                 ("11002", 2023, "p", "%", 6.0, NAN, NAN), ("11007", 2023, "p", "%", 12.0, NAN, NAN))  # fmt: skip
    assert ev.place(rates, NEW, {"11002": 500_000, "11007": 10_000}).notes == [
        "2 waarden van fusiegemeenten zijn een met de bevolking gewogen gemiddelde van de deelgemeenten (teller "
        "en noemer ontbreken): een benadering."
    ]
    assert ev.place(rates.iloc[:2], NEW).notes == [
        "1 waarde van fusiegemeenten is een ongewogen gemiddelde van de deelgemeenten (teller en noemer "
        "ontbreken): een benadering."
    ]


def test_parts_without_a_value_give_no_value():
    placed = ev.place(
        rows(("11002", 2023, "p", "%", NAN, NAN, NAN), ("11007", 2023, "p", "%", NAN, NAN, NAN)), NEW
    )
    value, method = placed_value(placed, "11002", 2023, "p")
    assert math.isnan(value) and method == ev.UNWEIGHTED


def test_counts_without_a_population_figure_are_left_out_in_the_plural():
    placed = ev.place(rows(("11001", 2023, "n", "aantal", 30.0, NAN, NAN), ("11004", 2023, "n", "aantal", 9.0, NAN, NAN),
                           ("11005", 2023, "n", "aantal", 9.0, NAN, NAN)), NEW)  # fmt: skip
    shown = ev.per_capita(placed, {"11001": 15_000}, NEW)
    assert shown.notes[-1].endswith("2025. 2 waarden zonder bevolkingscijfer weggelaten.")
