"""Read-side helpers of the pipelines: export of published rows, templates, status."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from pipelines import contract as c
from pipelines import paths, xlsxout
from pipelines.conventions import RULES_NL
from pipelines.csvout import write_csv
from pipelines.staging import parse_rows, quote_ident, typed_columns
from pipelines.store import Store, atomic_write_bytes

RAW_TEMPLATE_TYPES = (c.INTEGER, c.DECIMAL, c.MONEY, c.DATE, c.BOOLEAN)


def export_columns(dataset: c.Dataset) -> list[str]:
    """The published columns a user sees: the contract plus resolved municipalities."""
    return [name for name, _ in typed_columns(dataset) if not name.startswith("_")]


class NothingPublished(Exception):
    """The dataset has no published version yet."""


def export(dataset: str, out: Path, fmt: str = "csv", data_dir: str | os.PathLike[str] | None = None) -> int:
    """Write the currently published rows of `dataset` to `out`; returns the row count."""
    ds = c.get_dataset(dataset)
    store = Store(paths.data_dir(data_dir))
    try:
        version = store.current_version()
        if not version or ds.name not in store.entries(version):
            raise NothingPublished(f"Voor dataset '{ds.name}' is nog niets gepubliceerd.")
        cols = export_columns(ds)
        select = ", ".join(quote_ident(n) for n in cols)
        query = f"SELECT {select} FROM {store.relation(ds.name, version)} ORDER BY _regel"
        if fmt == "parquet":
            tmp = Path(out).with_name(f".{Path(out).name}.tmp")
            count = store.sql(f"COPY ({query}) TO {_literal(str(tmp))} (FORMAT parquet, COMPRESSION zstd)")
            os.replace(tmp, out)
            return count[0][0]
        rows = store.sql(query)
    finally:
        store.close()
    money = [col.name for col in ds.columns if col.type == c.MONEY]
    atomic_write_bytes(Path(out).resolve(), write_csv(cols, rows, money_columns=money))
    return len(rows)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


TEMPLATE_FORMATS = {"xlsx": "Excel-werkmap (.xlsx)", "csv": "CSV (Belgisch Excel-formaat)"}
MIME_TYPES = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv"}
# The columns of a workbook template whose cells stay text whatever a user types in them (a
# code such as 2022-001 or a NIS code is no date or number).
TEXT_TEMPLATE_TYPES = (c.TEXT, c.IDENTIFIER, c.ENUM, c.TEXT_LIST, c.MUNICIPALITY, c.BENEFICIARY, c.URL)


def template(dataset: str, with_examples: bool = True, fmt: str = "csv") -> bytes:
    """A template: the header, and example rows if asked. As a Belgian Excel CSV, or as an
    Excel workbook (`fmt` 'xlsx') with typed cells and a second sheet explaining the columns."""
    ds = c.get_dataset(dataset)
    if fmt == "xlsx":
        return _template_xlsx(ds, with_examples)
    rows = [[row.get(n, "") for n in ds.column_names] for row in ds.example_rows]
    raw = [col.name for col in ds.columns if col.type in RAW_TEMPLATE_TYPES]
    return write_csv(ds.column_names, rows if with_examples else [], raw_columns=raw)


def _template_xlsx(ds: c.Dataset, with_examples: bool) -> bytes:
    """The workbook template: the examples as the ingest reads them (dates as dates, amounts
    as numbers), each column formatted for what a user types below them."""
    out = io.BytesIO()
    book = xlsxout.workbook(out)
    cells = xlsxout.Cells(book)
    ws = book.add_worksheet(xlsxout.sheet_name(ds.name))
    rows = parse_rows(ds, list(ds.example_rows)) if with_examples else []
    money = [col.name for col in ds.columns if col.type == c.MONEY]
    cells.table(ws, ds.column_names, rows, 0, money)
    formats = {c.DATE: cells.day, c.MONEY: cells.money, **{t: cells.text for t in TEXT_TEMPLATE_TYPES}}
    for j, col in enumerate(ds.columns):
        ws.set_column(j, j, max(12, min(40, len(col.name) + 2)), formats.get(col.type))
    ws.freeze_panes(1, 0)
    guide = book.add_worksheet("uitleg")
    rows = [r for r in c.dictionary_rows() if r.pop("dataset") == ds.name]
    cells.table(guide, list(rows[0]), [list(r.values()) for r in rows])
    guide.set_column(0, len(rows[0]) - 1, 24)
    book.close()
    return out.getvalue()


def status(data_dir: str | os.PathLike[str] | None = None, store: Store | None = None) -> dict[str, Any]:
    """What is published: the version, per dataset its rows, date and origin, every version."""
    own = store is None
    store = store or Store(paths.data_dir(data_dir))
    try:
        versions = store.versions()
        manifest = store.current(versions[-1]["version"]) if versions else None
        ledger = store.ledger()
        from pipelines.maintenance import missing_files

        missing = missing_files(store, manifest["version"]) if manifest else {}
    finally:
        if own:
            store.close()
    datasets = {}
    for name in c.DATASETS:
        entry = (manifest or {}).get("datasets", {}).get(name)
        datasets[name] = (
            {
                "rows": entry["rows"],
                "updated_at": entry["updated_at"],
                "ingests": len(entry["ingests"]),
                "demo": entry["demo"],
            }
            if entry
            else None
        )
    return {
        "data_dir": str(store.root),
        "catalog": store.conf.shown,
        "data_path": store.conf.data_path,
        "version": manifest["version"] if manifest else 0,
        "published_at": manifest["created_at"] if manifest else None,
        "datasets": datasets,
        "ingests": sum(1 for r in ledger if r.get("status") != "rollback"),
        "refused": sum(1 for r in ledger if r.get("status") == "refused"),
        "versions": [_version_row(v) for v in versions],
        "missing_files": missing,
    }


def _version_row(v: dict[str, Any]) -> dict[str, Any]:
    ingest = v.get("ingest") or {}
    return {
        "version": v["version"],
        "created_at": v.get("at"),
        "action": v["action"],
        "user": v.get("user"),
        "dataset": ingest.get("dataset"),
        "file_name": ingest.get("file_name"),
        "mode": ingest.get("mode"),
        "rollback_to": v.get("rollback_to"),
        "ingest_id": ingest.get("ingest_id"),
        "file_sha256": ingest.get("file_sha256"),
        "rows_read": ingest.get("rows_read"),
        "rows_accepted": ingest.get("rows_accepted"),
        "rows_rejected": ingest.get("rows_rejected"),
        "rows_total": ingest.get("rows_total"),
    }


def dictionary_markdown() -> str:
    """The data dictionary as Markdown (docs/data-contract.md is generated from this)."""
    lines = ["# Gegevenscontract (gegenereerd met `python -m pipelines dictionary`)", ""]
    lines += ["## Datums en getallen", "", RULES_NL, ""]
    for ds in c.DATASETS.values():
        key = ", ".join(ds.key)
        lines += [f"## {ds.name}: {ds.title}", "", ds.description, "", f"Sleutel: {key}.", ""]
        lines.append("| kolom | type | verplicht | toegelaten | andere namen | omschrijving |")
        lines.append("|---|---|---|---|---|---|")
        for col in ds.columns:
            lines.append(
                f"| `{col.name}` | {col.type_label} | {'ja' if col.required else 'nee'} | "
                f"{col.limit_label} | {', '.join(col.aliases)} | {col.description} |"
            )
        if ds.checks or ds.totals:
            lines += ["", "Controles over kolommen heen:", ""]
            for chk in (*ds.checks, *ds.totals):
                kind = "fout" if chk.severity == "error" else "waarschuwing"
                lines.append(f"- `{chk.code}` ({kind}, {', '.join(chk.columns)}): {chk.message}")
        if ds.derived_columns:
            by_source: dict[str, list[str]] = {}
            for name, (source, part) in ds.derived_columns.items():
                by_source.setdefault(source, []).append(f"`{name}` ({c.DERIVED_LABELS_NL[part]})")
            derived = "; ".join(f"uit `{source}`: {', '.join(names)}" for source, names in by_source.items())
            lines += [
                "",
                f"Een export bevat ook wat het project afleidt, {derived}. Bij opnieuw opladen "
                "worden die kolommen opnieuw afgeleid en vergeleken, nooit ingelezen.",
            ]
        lines.append("")
    return "\n".join(lines)
