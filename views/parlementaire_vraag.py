"""Parlementaire vraag: a written question answered from the data, for the current filters and
an as-of date, in the parliament's form; Word and Excel downloads of the same rendered answers."""

import streamlit as st

from dashboard import answer, db, filters, format, questionform

st.title("Parlementaire vraag")
f = filters.current()
snap = db.snapshot()
header, blocks, cutoff = questionform.render()
as_of = cutoff.day
draft = answer.Draft(header, answer.default_items(blocks))
ctx = answer.context(snap, f, as_of)
st.caption(answer.stated(ctx)[0])


@st.cache_data(show_spinner=False, max_entries=32)
def rendered(
    snap: db.Snapshot, draft: answer.Draft, as_of, selection: filters.Filters
) -> list[answer.Rendered]:
    """The answers, once per published version, draft, date and selection."""
    return answer.build(snap, draft, as_of, selection)


items = rendered(snap, draft, as_of, f)
left, right = st.columns(2)
left.download_button(
    "Word downloaden",
    data=lambda: answer.to_docx(items, header, ctx),
    file_name=answer.file_name(ctx, "docx"),
    mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    key="docx",
    on_click="ignore",
    icon=":material/description:",
)
right.download_button(
    "Excel downloaden",
    data=lambda: answer.to_xlsx(items, header, ctx),
    file_name=answer.file_name(ctx, "xlsx"),
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="xlsx-antwoord",
    on_click="ignore",
    icon=":material/table:",
)

for item in items:
    st.subheader(f"{item.nr}. {item.vraag}")
    for part in item.answers:
        if len(item.answers) > 1:
            st.markdown(f"**{format.md_text(part.title)}**")
        # uploaded text (names, reasons) is in the paragraph: escaped, never Markdown
        (st.markdown if part.answerable else st.warning)(format.md_text(part.text))
        if not part.table.empty:
            shown = format.frame(part.table, money=part.money_columns, percent=part.percent_columns)
            st.dataframe(shown, hide_index=True, key=f"tabel-{item.nr}-{part.block}")
        st.caption(format.md_text(answer.source_line(part, ctx)))
