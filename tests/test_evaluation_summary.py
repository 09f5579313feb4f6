"""The Evaluatie page's summary in plain Dutch (dashboard/evaluation.summary), sentence by
sentence, for every case it words differently: no trajectories, none started, goals, anchoring
and either side's satisfaction, and per indicator a rise, a fall or no change, within or beyond
the ordinary fluctuation or without one, a small group or not, a combined (merged) value."""

from __future__ import annotations

import math

import pandas as pd

from dashboard import evaluation as ev


def _model(**values: float) -> pd.DataFrame:
    names = {"toegekend": "Trajecten toegekend", "gestart": "Trajecten gestart", "afgerond": "Trajecten afgerond",
             "stop": "Stopgezet", "doel": "Doelbereik", "veranker": "Aanpak verankerd in het beleid",
             "ontvanger": "Tevredenheid ontvanger", "aanbieder": "Tevredenheid aanbieder"}  # fmt: skip
    return pd.DataFrame({"Indicator": [names[k] for k in values], "Waarde": list(values.values())})


def _row(
    indicator, n, before, after, comp_before, comp_after, did, band, method=ev.DIRECT, group=ev.ALL_OTHERS
):
    return {"Vergelijkingsgroep": group, "Indicator": indicator, "Eenheid": "per 1.000 inwoners", "Ontvangers": n,
            "Ontvangers vóór": before, "Ontvangers na": after, "Verandering ontvangers": after - before,
            "Vergelijking vóór": comp_before, "Vergelijking na": comp_after, "Verschil-in-verschil": did,
            "Gewone schommeling (±)": band, "Methode": method}  # fmt: skip


def test_what_the_trajectories_did():
    model = _model(toegekend=4, gestart=4, afgerond=2, stop=25.0, doel=71.4286, veranker=50.0, ontvanger=3.5,
                   aanbieder=4.25)  # fmt: skip
    assert ev.summary(model, ev.EMPTY_COMPARISON) == [
        "Van de 4 toegekende trajecten zijn er 4 gestart en 2 afgerond. 25,0% van de gestarte trajecten werd "
        "stopgezet.",
        "Bij de afgelopen trajecten: 71,4% van de afgesproken doelen werd bereikt; in 50,0% van de trajecten "
        "waarvoor het gekend is, is de aanpak verankerd in het beleid van het ontvangend bestuur; de tevredenheid is "
        "gemiddeld 3,5 op 5 bij de ontvanger en 4,2 op 5 bij de aanbieder.",
    ]
    one = _model(toegekend=1, gestart=1, afgerond=0, stop=math.nan, doel=math.nan, veranker=math.nan,
                 ontvanger=math.nan, aanbieder=5.0)  # fmt: skip
    assert ev.summary(one, ev.EMPTY_COMPARISON) == [
        "Van de 1 toegekend traject is er 1 gestart en 0 afgerond.",
        "Bij de afgelopen trajecten: de tevredenheid is gemiddeld 5,0 op 5 bij de aanbieder.",
    ]


def test_nothing_to_say_is_said():
    assert ev.summary(_model(toegekend=0), ev.EMPTY_COMPARISON) == [
        "Er zijn geen toegekende trajecten in deze selectie."
    ]
    assert ev.summary(_model(toegekend=2), ev.EMPTY_COMPARISON) == [
        "Er zijn nog geen gegevens over de uitvoering van trajecten in deze selectie."
    ]


def test_each_indicator_before_and_after_against_the_others():
    rows = [
        _row("Leefloners", 12, 7.5, 9.25, 10.0, 10.5, 1.25, 0.5),
        _row("Geboorten_kansarm", 3, 20.0, 12.0, 19.0, 18.0, -7.0, 9.0, method=ev.SUMMED),
        _row("Schulden", 1, 4.0, 4.0, 3.0, 3.0, 0.0, math.nan),
        _row("Zonder", 0, math.nan, math.nan, math.nan, math.nan, math.nan, math.nan),
        _row("Niet getoond", 5, 1.0, 2.0, 1.0, 1.0, 1.0, 0.1, group=ev.GIVERS),
    ]
    comparison = pd.DataFrame(rows, columns=ev.COMPARISON_COLUMNS).astype({"Ontvangers": int})
    said = ev.summary(_model(toegekend=0), comparison)
    assert said == [
        "Er zijn geen toegekende trajecten in deze selectie.",
        "**Leefloners** (per 1\\.000 inwoners): bij 12 ontvangende gemeenten steeg de waarde van gemiddeld 7,50 vóór "
        "het traject naar 9,25 erna; bij de andere Vlaamse gemeenten in dezelfde jaren van 10,0 naar 10,5. Het "
        "verschil-in-verschil is 1,25, groter dan de gewone schommeling (± 0,50). Dit is een samenhang, geen bewijs "
        "dat de trajecten het verschil veroorzaakten.",
        "**Geboorten\\_kansarm** (per 1\\.000 inwoners): bij 3 ontvangende gemeenten daalde de waarde van gemiddeld "
        "20,0 vóór het traject naar 12,0 erna; bij de andere Vlaamse gemeenten in dezelfde jaren van 19,0 naar 18,0. "
        "Het verschil-in-verschil is -7,00, binnen de gewone schommeling (± 9,00): geen aantoonbaar verschil. Dit is "
        "een samenhang, geen bewijs dat de trajecten het verschil veroorzaakten; met 3 gemeenten is de groep "
        "bovendien klein. Methode: fusie\\: opgeteld.",
        "**Schulden** (per 1\\.000 inwoners): bij 1 ontvangende gemeente bleef gelijk de waarde van gemiddeld 4,00 "
        "vóór het traject naar 4,00 erna; bij de andere Vlaamse gemeenten in dezelfde jaren van 3,00 naar 3,00. Het "
        "verschil-in-verschil is 0,00; hoe groot de gewone schommeling is, valt niet te schatten. Dit is een "
        "samenhang, geen bewijs dat de trajecten het verschil veroorzaakten; met 1 gemeente is de groep bovendien "
        "klein.",
        "**Zonder**: geen ontvangende gemeenten met gegevens vóór én na hun traject; geen vergelijking mogelijk.",
    ]


def test_the_bounds_of_a_rise_the_ordinary_fluctuation_and_a_small_group():
    """A rise of 0,5 is a rise; a difference equal to the fluctuation is within it; 10
    municipalities are not a small group, 9 are."""
    rows = [_row("Rand", 10, 7.0, 7.5, 7.0, 7.0, 0.5, 0.5), _row("Klein", 9, 7.0, 6.5, 7.0, 7.0, -0.5, 0.25)]
    comparison = pd.DataFrame(rows, columns=ev.COMPARISON_COLUMNS).astype({"Ontvangers": int})
    assert ev.summary(_model(toegekend=0), comparison)[1:] == [
        "**Rand** (per 1\\.000 inwoners): bij 10 ontvangende gemeenten steeg de waarde van gemiddeld 7,00 vóór het "
        "traject naar 7,50 erna; bij de andere Vlaamse gemeenten in dezelfde jaren van 7,00 naar 7,00. Het "
        "verschil-in-verschil is 0,50, binnen de gewone schommeling (± 0,50): geen aantoonbaar verschil. Dit is een "
        "samenhang, geen bewijs dat de trajecten het verschil veroorzaakten.",
        "**Klein** (per 1\\.000 inwoners): bij 9 ontvangende gemeenten daalde de waarde van gemiddeld 7,00 vóór het "
        "traject naar 6,50 erna; bij de andere Vlaamse gemeenten in dezelfde jaren van 7,00 naar 7,00. Het "
        "verschil-in-verschil is -0,50, groter dan de gewone schommeling (± 0,25). Dit is een samenhang, geen bewijs "
        "dat de trajecten het verschil veroorzaakten; met 9 gemeenten is de groep bovendien klein.",
    ]


def test_goal_attainment_bands_count_every_status_and_their_lower_bounds():
    """A share on a band's lower bound (25 %, 75 %) falls in that band; approved trajectories
    with goals count too."""
    outcomes = pd.DataFrame(
        {
            "Doelbereik": [0.5, 1.2, 0.1, 0.25, 0.75],
            "Status": ["goedgekeurd", "lopend", "afgerond", "stopgezet", "goedgekeurd"],
        }
    )
    counted = [r for r in ev.attainment_bands(outcomes).values.tolist() if r[2]]
    assert counted == [
        ["minder dan 25%", "afgerond", 1],
        ["25% tot 50%", "stopgezet", 1],
        ["50% tot 75%", "goedgekeurd", 1],
        ["75% tot 100%", "goedgekeurd", 1],
        ["100% of meer", "lopend", 1],
    ]
    assert len(ev.attainment_bands(outcomes)) == 20  # four statuses in five bands
