"""Parlementaire vraag: the six sub-questions of question 342 (2022) answered from the data,
for the current filters and an as-of date, with Word and Excel exports of the same figures."""

from datetime import date

import streamlit as st

from dashboard import answer, db, filters, format, tables

st.title("Parlementaire vraag")
f = filters.current()
snap = db.snapshot()
data_date = date.fromisoformat(snap.created_at[:10]) if snap.created_at else date.today()
cutoff = st.date_input(
    "Stand op een vroegere datum",
    value=None,
    format="DD/MM/YYYY",
    key="stand",
    bind="query-params",
    help="Leeg: alle gepubliceerde gegevens. Met een datum: boekingen tot en met die dag en "
    "trajecten die tegen dan aangevraagd waren.",
)
as_of = cutoff or data_date
p = f.params() | {"tot": cutoff}
selection = f.describe()
named = f"{selection} · {snap.label}"  # a figure sent to parliament names its publication
st.caption(f"{named} · stand van {format.day(as_of)}")


@st.cache_data(show_spinner=False, max_entries=32)
def answered(snap: db.Snapshot, params: dict, as_of: date) -> tuple[list[answer.Answer], list]:
    """The answers and their tables as shown, once per published version, selection and date."""
    provinces = bool(params["provincies"])
    items = answer.answers(
        db.run_query("deelnemers", snap, **params),
        db.run_query("beneficiaries", snap, **params),
        db.run_query("trajecten_lijst", snap, **params, statussen=[], modellen=[], themas=[], kant="beide"),
        tables.budget_execution(db.run_query("budget_execution", snap, **params), as_of, provinces),
        db.run_query("overview_totals", snap, **params).iloc[0],
        provinces,
    )
    shown = [
        None
        if item.table.empty
        else format.frame(item.table, money=item.money_columns, percent=item.percent_columns)
        for item in items
    ]
    return items, shown


items, shown_tables = answered(snap, p, as_of)
title = "Uitwisseling expertise armoedebeleid tussen lokale besturen: feitelijke elementen voor het antwoord"
left, right = st.columns(2)
left.download_button(
    "Word downloaden",
    data=lambda: db.recorded(snap, "Word", answer.to_docx(items, title, as_of, named)),
    file_name=f"antwoord-stand-{as_of.isoformat()}.docx",
    mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    key="docx",
    on_click="ignore",
    icon=":material/description:",
)
right.download_button(
    "Excel downloaden",
    data=lambda: db.recorded(snap, "Excel", answer.to_xlsx(items, as_of, named)),
    file_name=f"antwoord-stand-{as_of.isoformat()}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="xlsx-antwoord",
    on_click="ignore",
    icon=":material/table:",
)

for item, shown in zip(items, shown_tables, strict=True):
    st.subheader(f"{item.number}. {item.question}")
    # uploaded text (names, reasons) is in the paragraph: escaped, never Markdown
    (st.markdown if item.answerable else st.warning)(format.md_text(f"{item.number}. {item.text}"))
    if shown is not None:
        st.dataframe(shown, hide_index=True, key=f"tabel-{item.number}")
    st.caption(f"Bron: {item.sources}; stand van {format.day(as_of)}.")
