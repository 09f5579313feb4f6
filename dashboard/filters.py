"""The shared filters: years, provinces and boundary vintage, bound to the URL.

They are drawn once, in the entry file's sidebar, with `bind="query-params"`: a copied link
reopens the same filtered view (?jaar=2022&jaar=2023&provincie=Antwerpen&indeling=2019-2024).
Pages read them with `current()`. A selection can also name municipalities (NIS codes): the
sidebar does not offer them, but a parliamentary answer's item does when its question names one
("Hoeveel trajecten ontving Hasselt?").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import streamlit as st

from pipelines.reference import NEW, OLD, PROVINCES, load_reference

PROVINCE_NAMES = tuple(sorted(PROVINCES.values()))
MUNICIPALITIES_IN = {NEW: 285, OLD: 300}
KEYS = ("jaar", "provincie", "indeling")


@dataclass(frozen=True)
class Filters:
    years: tuple[int, ...] = ()  # () = all years
    provinces: tuple[str, ...] = ()  # () = all of Flanders
    vintage: str = NEW
    # NIS codes; () = all. A trajectory counts when either side is one of them, a booking when
    # its beneficiary is: as a municipality of the chosen boundaries (on the 2025 boundaries
    # Hasselt 71072 holds Kortessem's trajectories of before 2025) or by its own code (Borsbeek
    # 11007 is Borsbeek alone, on either boundaries). See dashboard/queries/_filters.sql.
    municipalities: tuple[str, ...] = ()

    def params(self) -> dict[str, Any]:
        """The named parameters every filtered query takes."""
        return {
            "jaren": list(self.years),
            "provincies": list(self.provinces),
            "gemeenten": list(self.municipalities),
            "indeling": self.vintage,
            "tot": None,  # as-of date: only the parliamentary answer sets one
        }

    @property
    def municipalities_total(self) -> int:
        """How many Flemish municipalities the chosen boundaries have (in the chosen provinces:
        see the `gemeenten_per_provincie` query)."""
        return MUNICIPALITIES_IN[self.vintage]

    @property
    def part_of_flanders(self) -> bool:
        """Whether provinces or municipalities are chosen: the budget, set for all of Flanders,
        is then not comparable with what the selection committed and paid."""
        return bool(self.provinces or self.municipalities)

    def describe(self) -> str:
        """The selection in one Dutch line, shown above the figures."""
        years = _years_label(self.years)
        provinces = ", ".join(self.provinces) if self.provinces else "heel Vlaanderen"
        if self.municipalities:
            provinces += f" · {municipality_names(self.municipalities)}"
        return f"Selectie: {years} · {provinces} · gemeentegrenzen {self.vintage}"


def municipality_names(codes: tuple[str, ...]) -> str:
    """'Borsbeek (11007), Hasselt (71072)': codes as the reference names them."""
    names = reference_names()
    return ", ".join(f"{names.get(code, code)} ({code})" for code in codes)


@lru_cache(maxsize=1)
def reference_names() -> dict[str, str]:
    """NIS code -> Dutch name over both vintages (a code in both has one name)."""
    return {m.nis_code: m.name_nl for m in load_reference()}


def _years_label(years: tuple[int, ...]) -> str:
    if not years:
        return "alle jaren"
    if len(years) > 2 and list(years) == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}–{years[-1]}"
    return ", ".join(str(y) for y in years)


def default_vintage(years: tuple[int, ...] | list[int]) -> str:
    """The boundaries that fit the chosen years: 2019-2024 when they all lie before 2025."""
    return OLD if years and max(int(y) for y in years) < 2025 else NEW


def _years_changed() -> None:
    # The boundaries follow the years until the user chooses them.
    if not st.session_state.get(_CHOSEN):
        st.session_state["indeling"] = default_vintage(st.session_state.get("jaar") or [])


def _vintage_chosen() -> None:
    st.session_state[_CHOSEN] = True


_CHOSEN = "_indeling_gekozen"


def render(year_options: list[int]) -> Filters:
    """Draw the filters (entry file, sidebar) and return the current selection."""
    if _CHOSEN not in st.session_state:  # first run: a link that names the boundaries keeps them
        st.session_state[_CHOSEN] = "indeling" in st.query_params
    st.multiselect(
        "Jaren",
        year_options,
        key="jaar",
        bind="query-params",
        on_change=_years_changed,
        placeholder="Alle jaren",
        help="Begrotingsjaar voor budget en uitgaven, oproepjaar voor trajecten. Leeg: alle jaren.",
    )
    st.multiselect(
        "Provincies",
        PROVINCE_NAMES,
        key="provincie",
        bind="query-params",
        placeholder="Heel Vlaanderen",
        help="Provincie van de gemeente: bij trajecten die van het aanbiedend of het ontvangend "
        "bestuur, bij uitgaven die van de begunstigde. Het budget geldt voor heel Vlaanderen.",
    )
    # The options are the URL values themselves (?indeling=2019-2024): no format_func, whose
    # labels would end up in the link.
    vintages = (NEW, OLD)
    # The default only where the widget has no value yet (a default next to a value set through
    # the session state would be ambiguous, and Streamlit warns about it).
    first = (
        {}
        if "indeling" in st.session_state
        else {"index": vintages.index(default_vintage(st.session_state.get("jaar") or []))}
    )
    st.radio(
        "Gemeentegrenzen",
        vintages,
        **first,
        key="indeling",
        bind="query-params",
        on_change=_vintage_chosen,
        horizontal=True,
        help="2025: 285 gemeenten; 2019-2024: 300 gemeenten. Sinds 1/1/2025 zijn 25 gemeenten "
        "gefusioneerd tot 13. Kies de indeling waarin gemeenten en provincies geteld worden "
        "(Zwijndrecht lag tot 2024 in Antwerpen). Zolang u niet kiest, volgt ze de jaren: "
        "2019-2024 als alle gekozen jaren vóór 2025 liggen.",
    )
    return current()


def current() -> Filters:
    """The selection of this run, as drawn by `render` (defaults when not drawn)."""
    state = st.session_state
    years = tuple(sorted(int(y) for y in state.get("jaar") or ()))
    provinces = tuple(p for p in PROVINCE_NAMES if p in (state.get("provincie") or ()))
    vintage = state.get("indeling") or NEW
    return Filters(years, provinces, vintage if vintage in (NEW, OLD) else NEW)
