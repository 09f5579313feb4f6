"""The upload page's history: every publication (a snapshot of the lake) with who, when, which
file and its counts, the files kept of each upload, and rollback to an earlier publication.

The rollback runs in the button's callback, before the page is drawn again: the history then
already holds the new publication, and the confirmation is unticked for the next one."""

from __future__ import annotations

import streamlit as st

from dashboard import db, format, tables, ui
from dashboard.auth import Permission
from pipelines.exports import status
from pipelines.store import Busy, LockTimeout, Store

SURE = "terug-zeker"


@st.cache_resource(show_spinner=False, max_entries=8)
def _history(root: str, latest: int) -> tuple[dict, ui.Table]:
    """What is published up to snapshot `latest` and its table (a rollback or upload makes a
    new snapshot, so a new key: the history shows it at once)."""
    info = status(store=db.store_for(root))
    return info, ui.table(tables.versions_table(info), "geschiedenis")


def describe(version: dict) -> str:
    """A publication as a choice: number, what, dataset, file, date and rows."""
    when = format.moment(version["created_at"])
    if version.get("rollback_to"):
        return f"versie {version['version']}: terugzetting naar versie {version['rollback_to']}, {when}"
    rows = version.get("rows_total")
    count = f", {format.count(rows, 'rij', 'rijen')}" if rows is not None else ""
    return (
        f"versie {version['version']}: {version.get('dataset') or 'alle datasets'}, "
        f"{version.get('file_name') or 'overgenomen'}, {when}{count}"
    )


def _rollback(root: str, target: int, user: str) -> None:
    st.session_state[SURE] = False
    store = Store(root)
    try:
        with store.write_lock(timeout=30):
            new = store.rollback(target, user)
        st.session_state["_teruggezet"] = (new["version"], target)
    except (LockTimeout, Busy) as exc:
        st.session_state["_teruggezet"] = str(exc)
    finally:
        store.close()


def render(snap: db.Snapshot, perm: Permission) -> None:
    store = db.store_for(snap.root)
    info, listed = _history(snap.root, store.latest_snapshot())
    done = st.session_state.pop("_teruggezet", None)
    if isinstance(done, tuple):
        st.success(
            f"Versie {done[0]} gepubliceerd met de gegevens van versie {done[1]}. "
            "Ook dit staat in het logboek."
        )
    elif done:
        st.error(done)
    ui.show_table(listed)
    by_number = {v["version"]: v for v in info["versions"]}

    def label(number: int) -> str:
        return describe(by_number[number])

    uploads = [v["version"] for v in reversed(info["versions"]) if v.get("file_sha256")]
    if uploads:
        chosen = st.selectbox("Bestanden van een versie", uploads, format_func=label, key="versie-bestanden")
        _files(store, by_number[chosen])
    earlier = [v["version"] for v in reversed(info["versions"]) if v["version"] < info["version"]]
    if not earlier:
        return
    st.subheader("Terugzetten")
    target = st.selectbox("Terugzetten naar", earlier, format_func=label, key="terug-naar")
    allowed = perm.allowed and not snap.fixed
    sure = st.checkbox(f"Ik wil de gegevens van versie {target} opnieuw publiceren", key=SURE)
    st.button(
        "Terugzetten",
        disabled=not (allowed and sure),
        key="terugzetten",
        on_click=_rollback,
        args=(snap.root, int(target), perm.user),
    )
    if snap.fixed:
        st.caption("U bekijkt een eerdere publicatie (alleen lezen): kies 'laatste' om terug te zetten.")
    elif not perm.allowed:
        st.caption("Terugzetten vraagt schrijfrechten.")


def _files(store: Store, chosen: dict) -> None:
    """Downloads of the original file and the rejected rows of one upload."""
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
