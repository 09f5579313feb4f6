"""The form above a parliamentary answer: the question's number, date, asker, minister and title,
the blocks that answer it (picked and ordered), and the as-of date; every field bound to the URL
like the filters, so a copied link reopens the same answer.

The as-of date is a text field (dd/mm/jjjj): it applies on Enter and when the field loses focus,
and the page (its figures, the stated date and the downloads' file names) follows in that run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import streamlit as st

from dashboard import answer

DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")


@dataclass(frozen=True)
class Cutoff:
    day: date | None  # None: all published data as recorded
    error: str | None = None


def parse_day(text: str | None) -> Cutoff:
    """'31/12/2023' (or 31-12-2023, 2023-12-31) -> that day; empty -> None; else a Dutch error."""
    text = (text or "").strip()
    if not text:
        return Cutoff(None)
    for fmt in DATE_FORMATS:
        try:
            return Cutoff(datetime.strptime(text, fmt).date())
        except ValueError:
            continue
    return Cutoff(None, f"'{text}' is geen datum; schrijf dd/mm/jjjj, bv. 31/12/2023.")


def render() -> tuple[answer.Header, list[str], Cutoff]:
    with st.expander("De vraag: nummer, datum, vraagsteller en minister", expanded=True):
        c1, c2, c3 = st.columns([1, 1, 2])
        number = c1.number_input(
            "Vraagnummer", min_value=1, step=1, value=None, key="nr", bind="query-params"
        )
        asked = c2.text_input(
            "Datum van de vraag", key="vraagdatum", bind="query-params", placeholder="dd/mm/jjjj"
        )
        asker = c3.text_input("Vraagsteller", key="vraagsteller", bind="query-params")
        minister = st.text_area(
            "Minister (naam op de eerste regel, titel op de volgende)",
            key="minister",
            bind="query-params",
            height=80,
        )
        title = st.text_input("Titel van de vraag", key="titel", bind="query-params")
    # The options are the titles themselves: they are what the link carries (?blokken=Per+jaar).
    by_title = {b.titel: b.id for b in answer.BLOCKS.values()}
    titles = st.multiselect(
        "Antwoordblokken, in volgorde",
        list(by_title),
        default=[answer.BLOCKS[b].titel for b in answer.QUESTION_342],
        key="blokken",
        bind="query-params",
        help="Standaard de zes deelvragen van vraag 342 (2022). Elk blok wordt een genummerd antwoord, "
        "in de volgorde waarin u ze kiest.",
    )
    typed = st.text_input(
        "Stand op een vroegere datum",
        key="stand",
        bind="query-params",
        placeholder="dd/mm/jjjj",
        help="Leeg: alle gepubliceerde gegevens. Met een datum (Enter of klik ernaast): boekingen tot en "
        "met die dag, trajecten die tegen dan aangevraagd waren, met hun status op die dag.",
    )
    cutoff = parse_day(typed)
    asked_day = parse_day(asked)
    for problem in (cutoff.error, asked_day.error):
        if problem:
            st.error(problem, icon=":material/event_busy:")
    blocks = [by_title[t] for t in titles]
    header = answer.Header(
        int(number) if number else None, asked_day.day, asker or "", minister or "", title or ""
    )
    return header, blocks, cutoff
