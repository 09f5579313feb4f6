"""Display versions of query results: Dutch column names, Belgian number formats.

Downloads use the numbers as numbers; only what is shown on screen is formatted text.
"""

from __future__ import annotations

import pandas as pd

from dashboard import format
from pipelines.contract import FLOW_LABELS_NL

FLANDERS_2025 = 285


def budget_by_flow(df: pd.DataFrame) -> pd.DataFrame:
    """Per flow: budget, committed, paid and utilisation, with Dutch headers."""
    out = pd.DataFrame(
        {
            "Geldstroom": df["stroom"].map(lambda s: FLOW_LABELS_NL.get(s, s)),
            "Budget (EUR)": df["budget"].astype(float),
            "Vastgelegd (EUR)": df["vastgelegd"].astype(float),
            "Betaald, netto (EUR)": df["betaald"].astype(float),
            "Benutting": df["benutting"].astype(float),
        }
    )
    return out


BUDGET_MONEY = ("Budget (EUR)", "Vastgelegd (EUR)", "Betaald, netto (EUR)")


def utilisation_sentence(budget: float, committed: float, paid: float) -> str:
    """One plain-Dutch sentence on over- or under-use of the whole budget."""
    if budget <= 0:
        return "Er is geen budget gepubliceerd, dus de benutting kan niet berekend worden."
    rate = paid / budget
    if committed > budget or paid > budget:
        over = max(committed, paid) - budget
        return (
            f"Overbenutting: er is {format.eur(over)} meer vastgelegd of betaald dan het budget "
            f"van {format.eur(budget)}."
        )
    return (
        f"Van het budget van {format.eur(budget)} is {format.eur(committed)} vastgelegd en "
        f"{format.eur(paid)} betaald ({format.pct(rate)}); {format.eur(budget - paid)} is "
        "(nog) niet benut."
    )


def datasets_published(df: pd.DataFrame, snap) -> pd.DataFrame:
    """Rows and last update per dataset."""
    updated = dict(snap.updated)
    return pd.DataFrame(
        {
            "Dataset": df["dataset"],
            "Rijen": df["rijen"].astype(int),
            "Bijgewerkt": df["dataset"].map(lambda d: format.moment(updated.get(d))),
        }
    )
