"""What the upload page needs around an ingest: Excel workbooks, which dataset a file is, and
remembered column mappings. Never imports Streamlit."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
from datetime import date, datetime, time
from pathlib import Path

from pipelines import contract as c
from pipelines import paths
from pipelines.contract import normalize_key
from pipelines.errors import FileRefused
from pipelines.reader import _SEP_LINE, _complete_header
from pipelines.store import atomic_write_bytes

XLSX_MAGIC = b"PK\x03\x04"
MAPPINGS_FILE = "mappings.json"


def is_xlsx(data: bytes) -> bool:
    """A zip container: an .xlsx workbook, or refused as unreadable by xlsx_to_csv."""
    return data.startswith(XLSX_MAGIC)


def _cell(value: object) -> str:
    """An Excel cell as it would appear in a Belgian Excel CSV export."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y") if value.time() == time(0) else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    return str(value)


def xlsx_to_csv(data: bytes) -> bytes:
    """The first sheet of a workbook as a ';'-separated UTF-8 CSV, row for row, so line numbers
    in the report are the sheet's row numbers. Formulas count with their cached values."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any unreadable workbook gets the same Dutch answer
        raise FileRefused(
            "BINARY_FILE",
            "Dit bestand kan niet als Excel-werkmap (.xlsx) gelezen worden: een ander zip-bestand, "
            "beschadigd of met een wachtwoord. Open het in Excel en sla het op als .xlsx of als "
            "'CSV UTF-8 (door lijstscheidingsteken gescheiden)'.",
        ) from None
    try:
        sheet = book.worksheets[0]
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        for row in sheet.iter_rows(values_only=True):
            writer.writerow([_cell(v) for v in row])
    finally:
        book.close()
    if not out.getvalue().strip("\r\n;"):
        raise FileRefused(
            "FILE_EMPTY",
            "Het eerste werkblad van deze werkmap is leeg. Zet de gegevens op het eerste werkblad, "
            "met de kolomnamen op rij 1.",
        )
    return out.getvalue().encode("utf-8")


def read_headers(data: bytes) -> list[str]:
    """The column names of a CSV (or workbook) as uploaded, for detection and mapping; read
    as the ingest reads them (reader.py): a quoted name may span lines."""
    if data.startswith(XLSX_MAGIC):
        try:
            data = xlsx_to_csv(data)
        except FileRefused:  # the ingest refuses it with the reason; nothing to detect
            return []
    sample = data[:65536]
    text = None
    for codec in ("utf-8-sig", "cp1252"):
        try:  # not final: a character cut at the end of the sample is left out
            text = codecs.getincrementaldecoder(codec)().decode(sample, final=len(sample) == len(data))
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        return []
    fh = io.StringIO(text, newline="")
    first = fh.readline()
    sep = _SEP_LINE.match(first.rstrip("\r\n"))
    if sep:
        delimiter = sep.group(1)
        first = fh.readline()
    if not first:
        return []
    if not sep:
        delimiter = max(";,\t|", key=first.count)
    header, _ = _complete_header(fh, first, delimiter)
    try:
        fields = next(csv.reader([header.rstrip("\r\n")], delimiter=delimiter), [])
    except csv.Error:
        fields = header.rstrip("\r\n").split(delimiter)
    return [f.strip() for f in fields]


def detect_dataset(headers: list[str]) -> str | None:
    """The dataset whose required columns all appear in the headers (best match), if any."""
    keys = {normalize_key(h) for h in headers}
    best, best_score = None, 0
    for name, ds in c.DATASETS.items():
        lookup = ds.header_lookup()
        found = {lookup[k] for k in keys if k in lookup}
        if not set(ds.required_columns) <= found:
            continue
        score = len(found)
        if score > best_score:
            best, best_score = name, score
    return best


def _mapping_key(dataset: str, headers: list[str]) -> str:
    joined = "\x1f".join(normalize_key(h) for h in headers)
    return dataset + ":" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def remembered_mapping(
    dataset: str, headers: list[str], data_dir: str | os.PathLike[str] | None = None
) -> dict:
    path = paths.data_dir(data_dir) / MAPPINGS_FILE
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    return stored.get(_mapping_key(dataset, headers), {})


def remember_mapping(
    dataset: str, headers: list[str], mapping: dict[str, str], data_dir: str | os.PathLike[str] | None = None
) -> None:
    """Keep a column mapping for the next file with the same headers (same dataset)."""
    root = paths.data_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    path = root / MAPPINGS_FILE
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        stored = {}
    stored[_mapping_key(dataset, headers)] = {k: v for k, v in mapping.items() if v}
    atomic_write_bytes(Path(path), json.dumps(stored, ensure_ascii=False, indent=1).encode("utf-8"))


def unmatched_headers(dataset: str, headers: list[str]) -> tuple[list[str], list[str]]:
    """File columns the contract does not recognise (the columns an export derives are
    recognised), and contract columns not found."""
    ds = c.get_dataset(dataset)
    lookup = ds.header_lookup()
    derived = {normalize_key(name) for name in ds.derived_columns}
    found = {lookup[normalize_key(h)] for h in headers if normalize_key(h) in lookup}
    unknown = [h for h in headers if h and normalize_key(h) not in lookup and normalize_key(h) not in derived]
    missing = [col for col in ds.column_names if col not in found]
    return unknown, missing
