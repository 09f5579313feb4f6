"""The upload page's check and publish of one chosen file (views/opladen.py): the dataset,
the column mapping, the report of the dry run, and the publish with a progress bar."""

from __future__ import annotations

import streamlit as st

from dashboard import format, tables, ui
from dashboard.auth import Permission
from dashboard.db import Snapshot
from pipelines import contract, upload
from pipelines.errors import ALL_CODES
from pipelines.ingest import ingest
from pipelines.store import LockTimeout

MODES = {"replace": "Vervangen: de dataset wordt dit bestand", "append": "Toevoegen: nieuwe sleutels erbij"}


def review(file, snap: Snapshot, perm: Permission) -> None:
    """Check `file` (an UploadedFile) as the chosen dataset, report, and publish on request."""
    root = snap.root
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
                keep = st.checkbox("Onthoud deze koppeling voor bestanden met dezelfde kolommen", True)
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
            st.info("Dit bestand is al opgeladen (opslag " + str(result.duplicate_of) + "); niets dubbel.")
        for issues, kind in ((result.errors, "Fouten"), (result.warnings, "Waarschuwingen")):
            by_code: dict[str, list] = {}
            for issue in issues:
                by_code.setdefault(issue.code, []).append(issue)
            for code, group in by_code.items():
                noun = "Fout" if kind == "Fouten" else "Waarschuwing"
                label = f"{noun}: {ALL_CODES[code]} ({len(group)})"
                with st.expander(label, icon=":material/error:" if kind == "Fouten" else ":material/info:"):
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
