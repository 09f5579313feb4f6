"""A pasted written question on "Parlementaire vraag": its header into the form, each
sub-question's match shown to be confirmed or changed, and the draft's numbered items from them.

The question's text is bound to the URL (?vraag=...), and so is every choice made on it: the
keys of the header's fields and of each sub-question's widgets end in a short hash of the text
(?titel-1a2b3c=..., ?blokken2-1a2b3c=Per+jaar), and a widget at its default (what the question
says, the matcher's proposal) leaves the URL, so a copied link holds the text and only what the
staffer changed, and reopens the same draft. Another text gets other keys, so nothing chosen for
one question carries over to the next.

The selection of an item is the sub-question's own (the sidebar's filters do not apply): years,
provinces and municipalities, on the boundaries its municipalities were named in (Borsbeek and
the Hasselt of 2019-2024 on those of 2019-2024, Pajottegem on those of 2025), else those its
years fit. The draft is made only when every sub-question is confirmed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import streamlit as st

from dashboard import answer, format, question
from dashboard.filters import PROVINCE_NAMES, Filters, default_vintage, reference_names
from pipelines.reference import NEW, OLD, load_reference, normalize_name

KEY = "vraag"
LEFT_OPEN = "Bij het nakijken open gelaten: het kabinet schrijft dit antwoord."


# --- pure: from a matched sub-question to an item of the draft --------------------------------


@lru_cache(maxsize=1)
def municipality_options() -> dict[str, str]:
    """Label -> NIS code over both boundaries, sorted by name: 'Mechelen (12025)' where the code
    is in both, 'Hasselt (71022, 2019-2024)' and 'Hasselt (71072, 2025)' where it is not."""
    names = reference_names()
    labels = {
        code: f"{names[code]} ({code})" if len(v) == 2 else f"{names[code]} ({code}, {next(iter(v))})"
        for code, v in _vintages().items()
    }
    return {labels[c]: c for c in sorted(labels, key=lambda c: (normalize_name(names[c]), c))}


def vintage_for(years: tuple[int, ...], codes: tuple[str, ...]) -> str:
    """The boundaries an item is answered on: those of its municipalities (a code of 2025 alone
    wins, as the 2025 boundaries also place the old codes), else those its years fit."""
    only = {code: v for code, v in _vintages().items() if len(v) == 1}
    named = {next(iter(only[c])) for c in codes if c in only}
    if NEW in named:
        return NEW
    if OLD in named:
        return OLD
    return default_vintage(years)


@lru_cache(maxsize=1)
def _vintages() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for m in load_reference():
        out.setdefault(m.nis_code, set()).add(m.vintage)
    return {c: frozenset(v) for c, v in out.items()}


@dataclass(frozen=True)
class Choice:
    """What the staffer kept or chose for one sub-question."""

    blokken: tuple[str, ...]
    jaar: tuple[int, ...]
    provincie: tuple[str, ...]
    gemeente: tuple[str, ...]


def proposal(sub: question.SubQuestion) -> Choice:
    """The matcher's proposal: answer blocks only (the register is not one yet)."""
    blocks = tuple(b for b in sub.blokken if b in answer.BLOCKS)
    f = sub.filters
    return Choice(blocks, f.jaar, f.provincie, f.gemeente)


def item(sub: question.SubQuestion, choice: Choice) -> answer.Item:
    """The draft's item: the question's own number and text, the blocks and selection chosen and
    the sentences they leave to the cabinet; without blocks, the matcher's reason (or that it was
    left open on review)."""
    selection = Filters(
        tuple(sorted(choice.jaar)),
        tuple(p for p in PROVINCE_NAMES if p in choice.provincie),
        vintage_for(choice.jaar, choice.gemeente),
        tuple(choice.gemeente),
    )
    if choice.blokken:
        rest = tuple(sentence for sentence, _ in sub.open_delen)
        return answer.Item(sub.nr, sub.tekst, list(choice.blokken), selection, aanvullen=rest)
    return answer.Item(sub.nr, sub.tekst, [], selection, sub.reden or LEFT_OPEN)


def header(q: question.Question) -> answer.Header:
    """The form's header from the question: the minister's name, then the title on its own line."""
    minister = "\n".join(part for part in (q.minister, q.functie) if part)
    return answer.Header(q.nummer, q.datum, q.vraagsteller or "", minister, q.titel or "")


def tag(text: str) -> str:
    """Six hex digits that tell one question's text from another (in the widgets' keys)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:6]


def year_options(q: question.Question) -> list[int]:
    """The years a sub-question can be given: the first call year to the year after the
    question's (or this year's), and any the matcher read."""
    last = max((q.datum or date.today()).year, date.today().year) + 1
    read = {y for d in q.deelvragen for y in d.filters.jaar}
    return sorted(set(range(question.first_call_year(), last + 1)) | read)


# --- on the page -------------------------------------------------------------------------------


def suffix() -> str:
    """The end of the keys of this question's widgets: '-' and its tag."""
    return f"-{tag((st.session_state.get(KEY) or '').strip())}"


def text_input() -> str:
    """The pasted question (bound to the URL); '' when none."""
    text = st.text_area(
        "Schriftelijke vraag",
        key=KEY,
        bind="query-params",
        height=160,
        placeholder="Plak hier de tekst van een schriftelijke vraag (SCHRIFTELIJKE VRAAG nr. … van … "
        "datum: … aan …, met de genummerde deelvragen). Leeg: de zes deelvragen van vraag 342 (2022).",
        help="De kop vult het formulier hieronder in; elke deelvraag krijgt een voorstel (blokken en "
        "selectie) dat u nakijkt. Klik buiten het vak of druk Ctrl+Enter om de vraag te lezen.",
    )
    return (text or "").strip()


def review(q: question.Question) -> tuple[list[answer.Item], list[int]]:
    """Each sub-question with its proposal, to confirm or change; the items and the numbers of
    the sub-questions not yet confirmed."""
    key = suffix()
    by_title = {b.titel: b.id for b in answer.BLOCKS.values()}
    places = municipality_options()
    labels = {code: label for label, code in places.items()}
    years = year_options(q)
    items, unconfirmed = [], []
    for sub in q.deelvragen:
        p = proposal(sub)
        with st.container(border=True):
            st.markdown(f"**{sub.nr}.** {format.md_text(sub.tekst)}")
            _proposal_note(sub, p)
            c1, c2, c3, c4 = st.columns([3, 2, 2, 3])
            titles = c1.multiselect(
                "Antwoordblokken", list(by_title), default=[answer.BLOCKS[b].titel for b in p.blokken],
                key=f"blokken{sub.nr}{key}", bind="query-params", placeholder="Geen: open voor het kabinet",
            )  # fmt: skip
            chosen_years = c2.multiselect(
                "Jaren", years, default=list(p.jaar), key=f"jaar{sub.nr}{key}", bind="query-params",
                placeholder="Alle jaren",
            )  # fmt: skip
            chosen_provinces = c3.multiselect(
                "Provincies", PROVINCE_NAMES, default=list(p.provincie), key=f"provincie{sub.nr}{key}",
                bind="query-params", placeholder="Heel Vlaanderen",
            )  # fmt: skip
            chosen_places = c4.multiselect(
                "Gemeenten", list(places), default=[labels[c] for c in p.gemeente if c in labels],
                key=f"gemeente{sub.nr}{key}", bind="query-params", placeholder="Alle gemeenten",
            )  # fmt: skip
            if not st.checkbox("Nagekeken", key=f"nagekeken{sub.nr}{key}", bind="query-params"):
                unconfirmed.append(sub.nr)
        choice = Choice(
            tuple(by_title[t] for t in titles),
            tuple(int(y) for y in chosen_years),
            tuple(chosen_provinces),
            tuple(places[label] for label in chosen_places),
        )
        items.append(item(sub, choice))
    return items, unconfirmed


def _proposal_note(sub: question.SubQuestion, p: Choice) -> None:
    if p.blokken:
        titles = ", ".join(answer.BLOCKS[b].titel for b in p.blokken)
        st.caption(format.md_text(f"Voorstel: {titles} · {question.describe(sub.filters)}"))
    else:
        st.caption(format.md_text(f"Voorstel: open voor het kabinet. {sub.reden}"))
    for sentence, reason in sub.open_delen:
        st.caption(format.md_text(f'Blijft voor het kabinet: "{sentence}" ({reason})'))
