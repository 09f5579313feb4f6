"""Parlementaire vraag: a written question answered from the data in the parliament's form, on an
as-of date. Either a pasted question (its header fills the form; each sub-question's proposed
blocks and selection are confirmed or changed, then the draft follows the question's numbering)
or, without one, the six sub-questions of question 342 (2022) for the sidebar's filters. Word and
Excel downloads hold the same rendered answers as the page."""

import streamlit as st

from dashboard import answer, db, filters, question, questionform, questionreview

st.title("Parlementaire vraag")
snap = db.snapshot()
text = questionreview.text_input()
q = question.parse(text) if text else None
if q is not None and not q.deelvragen:
    st.warning(
        "In deze tekst staat geen vraag: geen genummerde deelvragen en geen zin met een vraagteken.",
        icon=":material/help:",
    )
    st.stop()
given = questionreview.header(q) if q else None
header, blocks, cutoff = questionform.render(given, questionreview.suffix() if q else "")
if q is None:
    f, items = filters.current(), answer.default_items(blocks)
else:
    f = filters.Filters()  # each sub-question has its own selection; the sidebar's does not apply
    st.caption("Elke deelvraag krijgt haar eigen selectie; de filters in de zijbalk gelden hier niet.")
    items, unconfirmed = questionreview.review(q)
    if unconfirmed:
        st.info(
            f"Het concept-antwoord volgt zodra elke deelvraag nagekeken is. Nog na te kijken: "
            f"{', '.join(map(str, unconfirmed))}.",
            icon=":material/fact_check:",
        )
        st.stop()
ctx = answer.context(snap, f, cutoff.day)  # an item with a selection of its own states it
st.caption(answer.stated(ctx)[0])


@st.cache_data(show_spinner=False, max_entries=32)
def rendered(
    snap: db.Snapshot, draft: answer.Draft, as_of, selection: filters.Filters
) -> list[answer.Rendered]:
    """The answers, once per published version, draft, date and selection."""
    return answer.build(snap, draft, as_of, selection)


questionform.show(rendered(snap, answer.Draft(header, items), cutoff.day, f), header, ctx, snap)
