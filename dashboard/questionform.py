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

from dashboard import answer, db, format

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


def render(
    question: answer.Header | None = None, suffix: str = ""
) -> tuple[answer.Header, list[str], Cutoff]:
    """The form. With the header of a pasted `question` its fields start from it, under keys
    ending in `suffix` (that question's: another question starts afresh), and there is no block
    picker (the question numbers its own items)."""
    number, asked, asker, minister, title = _question_fields(question or answer.Header(), suffix)
    blocks = _blocks() if question is None else []
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
    header = answer.Header(
        int(number) if number else None, asked_day.day, asker or "", minister or "", title or ""
    )
    return header, blocks, cutoff


def _question_fields(given: answer.Header, suffix: str) -> tuple:
    """The question's number, date (as typed), asker, minister and title, starting from `given`."""
    with st.expander("De vraag: nummer, datum, vraagsteller en minister", expanded=True):
        c1, c2, c3 = st.columns([1, 1, 2])
        number = c1.number_input(
            "Vraagnummer", min_value=1, step=1, value=given.nummer, key=f"nr{suffix}", bind="query-params"
        )
        asked = c2.text_input(
            "Datum van de vraag",
            value=format.day(given.datum) if given.datum else "",
            key=f"vraagdatum{suffix}",
            bind="query-params",
            placeholder="dd/mm/jjjj",
        )
        asker = c3.text_input(
            "Vraagsteller", value=given.vraagsteller, key=f"vraagsteller{suffix}", bind="query-params"
        )
        minister = st.text_area(
            "Minister (naam op de eerste regel, titel op de volgende)",
            value=given.minister,
            key=f"minister{suffix}",
            bind="query-params",
            height=80,
        )
        title = st.text_input(
            "Titel van de vraag", value=given.titel, key=f"titel{suffix}", bind="query-params"
        )
    return number, asked, asker, minister, title


def _blocks() -> list[str]:
    """The answer blocks picked, in their order (by default the six sub-questions of 342)."""
    # The options are the titles themselves: they are what the link carries (?blokken=Per+jaar).
    by_title = {b.titel: b.id for b in answer.BLOCKS.values()}
    titles = st.multiselect(
        "Antwoordblokken, in volgorde",
        list(by_title),
        default=[answer.BLOCKS[b].titel for b in answer.QUESTION_342],
        key="blokken",
        bind="query-params",
        help="Standaard de zes deelvragen van vraag 342 (2022). Elk blok wordt een genummerd "
        "antwoord, in de volgorde waarin u ze kiest.",
    )
    return [by_title[t] for t in titles]


def show(items: list[answer.Rendered], header: answer.Header, ctx: answer.Context, snap: db.Snapshot) -> None:
    """The draft: its Word and Excel downloads, then every numbered answer as they hold it. A
    download is recorded against its snapshot, which `maintain` then keeps."""
    left, right = st.columns(2)
    left.download_button(
        "Word downloaden",
        data=lambda: db.recorded(snap, "Word", answer.to_docx(items, header, ctx)),
        file_name=answer.file_name(ctx, "docx"),
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        key="docx",
        on_click="ignore",
        icon=":material/description:",
    )
    right.download_button(
        "Excel downloaden",
        data=lambda: db.recorded(snap, "Excel", answer.to_xlsx(items, header, ctx)),
        file_name=answer.file_name(ctx, "xlsx"),
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="xlsx-antwoord",
        on_click="ignore",
        icon=":material/table:",
    )
    for item in items:
        # the question may be pasted text: escaped, never Markdown
        st.subheader(format.md_text(f"{item.nr}. {item.vraag}"))
        if item.selection != ctx.selection and not item.to_fill:
            st.caption(format.md_text(item.selection))
        if item.to_fill:
            reason = f" Niet uit de gegevens te beantwoorden: {item.reden}" if item.reden else ""
            st.warning(format.md_text(answer.TO_FILL + reason), icon=":material/edit_note:")
        for part in item.answers:
            if len(item.answers) > 1:
                st.markdown(f"**{format.md_text(part.title)}**")
            # uploaded text (names, reasons) is in the paragraph: escaped, never Markdown
            (st.markdown if part.answerable else st.warning)(format.md_text(part.text))
            if not part.table.empty:
                st.dataframe(part.shown, hide_index=True, key=f"tabel-{item.nr}-{part.block}")
            st.caption(format.md_text(answer.source_line(part, ctx)))
        for part in item.aanvullen:
            st.warning(format.md_text(answer.TO_COMPLETE.format(part)), icon=":material/edit_note:")
