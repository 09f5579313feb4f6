"""The upload page's check and publish of one chosen file (views/opladen.py): the dataset,
the column mapping, the report of the dry run, and the publish with a progress bar."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import format, tables, ui
from dashboard.auth import Permission
from dashboard.db import Snapshot
from pipelines import contract, upload
from pipelines.errors import ALL_CODES
from pipelines.ingest import ingest
from pipelines.reader import max_bytes
from pipelines.store import LockTimeout

MODES = {"replace": "Vervangen: de dataset wordt dit bestand", "append": "Toevoegen: nieuwe sleutels erbij"}
# Publishing a file of which more than this share of the rows was refused asks for a confirmation.
CONFIRM_REFUSED_SHARE = 0.5
_MODE = "publicatiewijze"  # the chosen mode, kept while the radio is not shown (no file, another page)


def choose_file():
    """The file uploader, with the size limit stated in Dutch; the chosen UploadedFile or None."""
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
    return file


def choose_mode() -> str:
    """The publish mode, as the user last chose it in this session (first: replace)."""
    st.session_state.setdefault(_MODE, "replace")
    return st.radio(
        "Hoe publiceren?",
        list(MODES),
        index=list(MODES).index(st.session_state[_MODE]),
        format_func=MODES.get,
        key="wijze",
        on_change=lambda: st.session_state.update({_MODE: st.session_state["wijze"]}),
    )


def confirmations(dataset: str, result) -> list[tuple[str, str]]:
    """What the user must confirm before this check's rows are published: (key, text) each.
    Replacing published rows states the effect; so does publishing when most rows were refused."""
    noun = contract.get_dataset(dataset).row_noun
    out = []
    if result.mode == "replace" and result.rows_before:
        before, verb = format.count(result.rows_before, *noun), format.verb(result.rows_before, "wordt")
        new = format.number(result.rows_accepted)
        out.append(("vervangen", f"{before} {verb} vervangen door {new}"))
    if result.rows_read and result.rows_rejected > CONFIRM_REFUSED_SHARE * result.rows_read:
        out.append(
            (
                "geweigerd",
                f"{format.number(result.rows_rejected)} van de "
                f"{format.count(result.rows_read, 'rij', 'rijen')} "
                f"{format.verb(result.rows_rejected, 'is')} geweigerd; alleen "
                f"{format.number(result.rows_accepted)} "
                f"{format.verb(result.rows_accepted, 'wordt')} gepubliceerd",
            )
        )
    return out


def review(file, snap: Snapshot, perm: Permission, mode: str) -> None:
    """Check `file` (an UploadedFile) as the chosen dataset in `mode`, report, and publish on
    request (after the confirmations the check calls for)."""
    data = file.getvalue()
    headers = upload.read_headers(data)
    dataset = _choose_dataset(file, headers)
    if not dataset:
        return
    mapping, keep = _mapping(file, dataset, headers, snap.root)

    def run(dry_run: bool, label: str):
        """The check (dry run) or the publish of this file, with a progress bar."""
        return _ingest(dataset, data, file.name, mode, snap.root, perm, mapping, dry_run, label)

    check_key = (file.file_id, dataset, tuple(sorted(mapping.items())), mode, snap.version)
    if st.session_state.get("controle", {}).get("key") != check_key:
        result = run(True, "Bestand controleren…")
        st.session_state["controle"] = {"key": check_key, "result": result}
    result = st.session_state["controle"]["result"]
    _report(result, file.name)
    confirmed = _confirmed(dataset, result, check_key) if result.valid else True
    ready = result.valid and confirmed  # also checked on a click: a forged one is refused
    if (
        st.button(
            f"Publiceren ({format.count(result.rows_accepted, 'rij', 'rijen')})",
            type="primary",
            disabled=not ready,
            key="publiceren",
        )
        and ready
    ):
        done = run(False, "Publiceren…")
        if done.published and mapping and keep:
            upload.remember_mapping(dataset, headers, mapping, snap.root)
        _published(done)


def _choose_dataset(file, headers: list[str]) -> str | None:
    """The dataset of `file`: recognised from its column names, or chosen (None: not yet)."""
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
    return dataset


def _mapping(file, dataset: str, headers: list[str], root: str) -> tuple[dict[str, str], bool]:
    """The file's unknown columns mapped to contract columns (remembered ones proposed), and
    whether to remember the mapping."""
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
    return {k: v for k, v in mapping.items() if v}, keep


def _ingest(dataset, data, file_name, mode, root, perm: Permission, mapping, dry_run: bool, label: str):
    """The check (dry run) or the publish of one file as `perm.user`, with a progress bar."""
    bar = st.progress(0.0, label)
    try:
        return ingest(
            dataset,
            data,
            file_name=file_name,
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


def _report(result, file_name: str) -> None:
    """The check's counts, refusal, errors and warnings grouped by type, the rejected rows as a
    download and the first rows as read."""
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
                shown = format.visible_text(tables.issues_table(group))
                st.dataframe(shown, hide_index=True, width="stretch")
    if result.rejected_rows:
        ui.download(tables.rejected_table(result.rejected_rows), f"geweigerde rijen {file_name}")
    if result.preview:
        with st.expander("Voorbeeld: de eerste rijen zoals gelezen"):
            st.dataframe(format.visible_text(pd.DataFrame(result.preview)), hide_index=True)


def _confirmed(dataset: str, result, check_key: tuple) -> bool:
    """Whether the user ticked every confirmation this check calls for."""
    confirmed = True
    stamp = abs(hash(check_key))  # a new check asks again
    for key, text in confirmations(dataset, result):
        st.warning(text + ".", icon=":material/warning:")
        confirmed &= st.checkbox(f"Ik bevestig: {text}", key=f"bevestig-{key}-{stamp}")
    return confirmed


def _published(done) -> None:
    """The outcome of a publish."""
    if done.published:
        st.session_state.pop("controle", None)
        st.success(
            f"Gepubliceerd als versie {done.version}: "
            f"{format.count(done.rows_accepted, 'rij', 'rijen')} aanvaard, "
            f"{format.number(done.rows_rejected)} geweigerd. De dashboards "
            "tonen de nieuwe gegevens meteen; in 'Geschiedenis' kunt u het terugzetten."
        )
    else:
        why = done.refusal.message if done.refusal else done.status
        st.error("Niet gepubliceerd: " + format.md_text(why))
