"""Gegevens opladen: check a CSV or Excel export, see the report, publish; templates; history
and rollback. Writing needs rights (dashboard/auth.py); viewing the history does not."""

import streamlit as st

from dashboard import auth, db, format, history, uploadflow
from pipelines import contract
from pipelines.exports import MIME_TYPES, TEMPLATE_FORMATS, template
from pipelines.reader import max_bytes

st.title("Gegevens opladen")
snap = db.snapshot()
perm = auth.permission()
if perm.allowed:
    st.caption(format.md_text(perm.reason))
else:
    st.info(format.md_text(perm.reason), icon=":material/lock:")
    if perm.can_login:
        st.button("Aanmelden", on_click=st.login, icon=":material/login:")

tab_upload, tab_templates, tab_history = st.tabs(["Opladen", "Sjablonen", "Geschiedenis"])

with tab_upload:
    if snap.fixed:
        st.write("U bekijkt een eerdere publicatie (alleen lezen): kies 'laatste' om op te laden.")
    elif not perm.allowed:
        st.write("Opladen vraagt schrijfrechten.")
    else:
        file = st.file_uploader(
            "CSV-bestand of Excel-werkmap (.xlsx) kiezen",
            type=["csv", "txt", "xlsx"],
            key="bestand",
            help="Zoals Excel het bewaart: puntkomma, decimale komma, dd/mm/jjjj, Windows-1252 of UTF-8.",
        )
        # Streamlit refuses a file over server.maxUploadSize in its own (English) words, before
        # the app sees it: the limit is stated here, in Dutch (the smaller of both limits).
        limit_mb = min(float(st.get_option("server.maxUploadSize")), max_bytes() / 1024 / 1024)
        st.caption(
            f"Hoogstens {format.number(limit_mb, 0 if limit_mb == int(limit_mb) else 2)} MB per bestand. "
            "Is uw bestand groter, splits het dan op (bijvoorbeeld per begrotingsjaar) en laad de delen "
            "na elkaar op met 'Toevoegen'."
        )
        mode = uploadflow.choose_mode()  # shown with or without a file: a new file keeps it
        if file is not None:
            uploadflow.review(file, snap, perm, mode)


with tab_templates:
    st.caption(
        "Een leeg sjabloon en een voorbeeld per dataset: als Excel-werkmap (datums en bedragen "
        "als echte datums en getallen, met uitleg per kolom) of als CSV in het Belgische Excel-formaat."
    )
    name = st.radio(
        "Dataset",
        list(contract.DATASETS),
        format_func=lambda n: f"{n}: {contract.DATASETS[n].title}",
        horizontal=True,
        key="sjabloon-dataset",
    )
    fmt = st.radio(
        "Formaat",
        list(TEMPLATE_FORMATS),
        format_func=TEMPLATE_FORMATS.get,
        horizontal=True,
        key="sjabloon-formaat",
    )
    # Built when downloaded: a template follows from the contract alone.
    for column, (label, examples, kind) in zip(
        st.columns(2),
        (("Leeg sjabloon", False, "leeg"), ("Voorbeeld", True, "voorbeeld")),
        strict=True,
    ):
        column.download_button(
            f"{label} ({name})",
            lambda name=name, examples=examples, fmt=fmt: template(name, with_examples=examples, fmt=fmt),
            f"{name}-{'voorbeeld' if examples else 'sjabloon'}.{fmt}",
            MIME_TYPES[fmt],
            key=f"sjabloon-{kind}",
            on_click="ignore",
            icon=":material/download:",
        )

with tab_history:
    history.render(snap, perm)
