"""Gegevens opladen: check a CSV or Excel export, see the report, publish; templates; history
and rollback. Writing needs rights (dashboard/auth.py); viewing the history does not."""

import streamlit as st

from dashboard import auth, db, format, tables, ui, uploadflow
from pipelines import contract
from pipelines.exports import MIME_TYPES, TEMPLATE_FORMATS, status, template
from pipelines.reader import max_bytes
from pipelines.store import Store

st.title("Gegevens opladen")
snap = db.snapshot()
root = snap.root
perm = auth.permission()
if perm.allowed:
    st.caption(format.md_text(perm.reason))
else:
    st.info(format.md_text(perm.reason), icon=":material/lock:")
    if perm.can_login:
        st.button("Aanmelden", on_click=st.login, icon=":material/login:")

tab_upload, tab_templates, tab_history = st.tabs(["Opladen", "Sjablonen", "Geschiedenis"])

with tab_upload:
    if not perm.allowed:
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


@st.cache_resource(show_spinner=False, max_entries=8)
def history(root: str, version: int, created_at: str | None) -> tuple[dict, ui.Table]:
    """What is published up to `version` (created at `created_at`: a rebuilt data directory
    counts from 1 again) and its table; a version's record is written once."""
    info = status(root)
    return info, ui.table(tables.versions_table(info), "geschiedenis")


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
    store = Store(root)
    # The current version now: a publish or rollback earlier in this run shows at once.
    manifest = store.current() or {}
    info, listed = history(root, manifest.get("version", 0), manifest.get("created_at"))
    ui.show_table(listed)
    uploads = [v for v in reversed(info["versions"]) if v.get("file_sha256")]
    if uploads:
        chosen = st.selectbox(
            "Bestanden van een versie",
            uploads,
            format_func=lambda v: f"versie {v['version']}: {v['file_name']} ({v['dataset']})",
            key="versie-bestanden",
        )
        raw = store.raw_path(chosen["file_sha256"])
        left, right = st.columns(2)
        if raw.exists():
            left.download_button(
                "Oorspronkelijk bestand",
                raw.read_bytes,  # read when downloaded, not on every rerun
                chosen["file_name"],
                key="ruw",
                on_click="ignore",
            )
        rejects = store.rejects_dir / f"{chosen['ingest_id']}.parquet"
        if rejects.exists():
            right.download_button(
                "Geweigerde rijen (CSV)",
                lambda: ui.rejects_csv(rejects),  # built when downloaded
                # a CSV, also for a workbook upload (x.xlsx -> geweigerd-x.csv)
                f"geweigerd-{chosen['file_name'].rpartition('.')[0] or chosen['file_name']}.csv",
                "text/csv",
                key="geweigerd",
                on_click="ignore",
            )
    if info["version"] > 1:
        st.subheader("Terugzetten")
        earlier = [v["version"] for v in info["versions"] if v["version"] < info["version"]]
        target = st.selectbox("Terugzetten naar versie", list(reversed(earlier)), key="terug-naar")
        sure = st.checkbox(f"Ik wil de gegevens van versie {target} opnieuw publiceren", key="terug-zeker")
        if st.button("Terugzetten", disabled=not (perm.allowed and sure), key="terugzetten"):
            with store.write_lock():
                new = store.rollback(int(target), perm.user)
            st.success(
                f"Versie {new['version']} gepubliceerd met de gegevens van versie {target}. "
                "Ook dit staat in het logboek."
            )
        if not perm.allowed:
            st.caption("Terugzetten vraagt schrijfrechten.")
