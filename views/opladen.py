"""Gegevens opladen: check a CSV or Excel export, see the report, publish; templates; history
and rollback. Writing needs rights (dashboard/auth.py); viewing the history does not."""

import streamlit as st

from dashboard import auth, db, format, tables, ui
from pipelines import contract, upload
from pipelines.errors import ALL_CODES
from pipelines.exports import status, template
from pipelines.ingest import ingest
from pipelines.reader import max_bytes
from pipelines.store import LockTimeout, Store

MODES = {"replace": "Vervangen: de dataset wordt dit bestand", "append": "Toevoegen: nieuwe sleutels erbij"}

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
        if file is not None:
            data = file.getvalue()
            headers = upload.read_headers(data)
            detected = upload.detect_dataset(headers)
            names = list(contract.DATASETS)
            dataset = st.selectbox(
                "Dataset",
                names,
                index=names.index(detected) if detected else None,
                format_func=lambda n: f"{n}: {contract.DATASETS[n].title}",
                key=f"dataset-{file.file_id}",
                placeholder="Kies de dataset",
            )
            if detected:
                st.caption(f"Herkend aan de kolomnamen: {detected}.")
            if dataset:
                unknown, missing = upload.unmatched_headers(dataset, headers)
                remembered = upload.remembered_mapping(dataset, headers, root)
                mapping: dict[str, str] = {}
                keep = True
                needs = [c for c in contract.get_dataset(dataset).required_columns if c in missing]
                if unknown and (missing or remembered):
                    with st.expander("Kolommen koppelen", expanded=bool(needs), icon=":material/link:"):
                        if needs:
                            st.warning("Verplichte kolommen niet gevonden: " + ", ".join(needs) + ".")
                        st.caption("Koppel kolommen van uw bestand aan de kolommen van het gegevenscontract.")
                        for header in unknown:
                            options = ["", *sorted(set(missing) | set(remembered.values()))]
                            default = remembered.get(header, "")
                            mapping[header] = st.selectbox(
                                f"Kolom '{format.md_text(header)}' is",  # labels render Markdown
                                options,
                                index=options.index(default) if default in options else 0,
                                format_func=lambda o: o or "(niet gebruiken)",
                                key=f"map-{file.file_id}-{dataset}-{header}",
                            )
                        keep = st.checkbox(
                            "Onthoud deze koppeling voor bestanden met dezelfde kolommen", True
                        )
                mapping = {k: v for k, v in mapping.items() if v}
                mode = st.radio("Hoe publiceren?", list(MODES), format_func=MODES.get, key="wijze")

                def run(dry_run: bool, label: str):
                    """The check (dry run) or the publish of this file, with a progress bar."""
                    bar = st.progress(0.0, label)
                    try:
                        return ingest(
                            dataset,
                            data,
                            file_name=file.name,
                            mode=mode,
                            data_dir=root,
                            user=perm.user,
                            mapping=mapping,
                            dry_run=dry_run,
                            progress=lambda f, t: bar.progress(min(f, 1.0), t),
                        )
                    except LockTimeout as exc:  # another upload holds the lock too long
                        st.error(format.md_text(str(exc)))
                        st.stop()
                    finally:
                        bar.empty()

                check_key = (file.file_id, dataset, tuple(sorted(mapping.items())), mode, snap.version)
                if st.session_state.get("controle", {}).get("key") != check_key:
                    result = run(True, "Bestand controleren…")
                    st.session_state["controle"] = {"key": check_key, "result": result}
                result = st.session_state["controle"]["result"]

                st.subheader("Controle")
                c1, c2, c3, c4 = st.columns(4)
                c1.metric("Rijen gelezen", format.number(result.rows_read))
                c2.metric("Aanvaard", format.number(result.rows_accepted))
                c3.metric("Geweigerd", format.number(result.rows_rejected))
                c4.metric("Lege rijen overgeslagen", format.number(result.rows_blank))
                if result.refusal:
                    st.error(
                        f"**{ALL_CODES[result.refusal.code]}**: {format.md_text(result.refusal.message)} "
                        "Er wordt niets gepubliceerd.",
                        icon=":material/block:",
                    )
                elif result.status == "duplicate":
                    st.info(
                        "Dit bestand is al opgeladen (opslag " + str(result.duplicate_of) + "); niets dubbel."
                    )
                for issues, kind in ((result.errors, "Fouten"), (result.warnings, "Waarschuwingen")):
                    by_code: dict[str, list] = {}
                    for issue in issues:
                        by_code.setdefault(issue.code, []).append(issue)
                    for code, group in by_code.items():
                        noun = "Fout" if kind == "Fouten" else "Waarschuwing"
                        label = f"{noun}: {ALL_CODES[code]} ({len(group)})"
                        with st.expander(
                            label, icon=":material/error:" if kind == "Fouten" else ":material/info:"
                        ):
                            st.dataframe(tables.issues_table(group), hide_index=True, width="stretch")
                if result.rejected_rows:
                    ui.download(tables.rejected_table(result.rejected_rows), f"geweigerde rijen {file.name}")
                if result.preview:
                    with st.expander("Voorbeeld: de eerste rijen zoals gelezen"):
                        st.dataframe(result.preview, hide_index=True)
                if st.button(
                    f"Publiceren ({format.number(result.rows_accepted)} rijen)",
                    type="primary",
                    disabled=not result.valid,
                    key="publiceren",
                ):
                    done = run(False, "Publiceren…")
                    if done.published:
                        if mapping and keep:
                            upload.remember_mapping(dataset, headers, mapping, root)
                        st.session_state.pop("controle", None)
                        st.success(
                            f"Gepubliceerd als versie {done.version}: {format.number(done.rows_accepted)} "
                            f"rijen aanvaard, {format.number(done.rows_rejected)} geweigerd. De dashboards "
                            "tonen de nieuwe gegevens meteen; in 'Geschiedenis' kunt u het terugzetten."
                        )
                    else:
                        st.error(
                            "Niet gepubliceerd: "
                            + format.md_text(done.refusal.message if done.refusal else done.status)
                        )


@st.cache_data(show_spinner=False, max_entries=8)
def history(root: str, version: int, created_at: str | None) -> tuple[dict, ui.Table]:
    """What is published up to `version` (created at `created_at`: a rebuilt data directory
    counts from 1 again) and its table; a version's record is written once."""
    info = status(root)
    return info, ui.table(tables.versions_table(info), "geschiedenis")


with tab_templates:
    st.caption("Een leeg sjabloon en een voorbeeld per dataset, in het Belgische Excel-formaat.")
    for name, ds in contract.DATASETS.items():
        left, mid, right = st.columns([2, 1, 1])
        left.write(f"{name}: {ds.title}")
        # Built when downloaded: a template follows from the contract alone.
        mid.download_button(
            "Leeg sjabloon",
            lambda name=name: template(name, with_examples=False),
            f"{name}-sjabloon.csv",
            "text/csv",
            key=f"leeg-{name}",
            on_click="ignore",
        )
        right.download_button(
            "Voorbeeld",
            lambda name=name: template(name, with_examples=True),
            f"{name}-voorbeeld.csv",
            "text/csv",
            key=f"vb-{name}",
            on_click="ignore",
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
