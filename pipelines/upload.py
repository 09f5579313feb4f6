"""What the upload page needs around an ingest: Excel workbooks, which dataset a file is, and
remembered column mappings. Never imports Streamlit."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import zipfile
from datetime import date, datetime, time
from pathlib import Path

from pipelines import contract as c
from pipelines import paths
from pipelines.contract import normalize_key
from pipelines.errors import FileRefused
from pipelines.reader import _SEP_LINE, _complete_header, _mb, max_bytes
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


# A workbook is a zip of XML parts. Before anything is unpacked, the parts' sizes as the zip
# declares them are checked (unpacking never yields more than declared: Python's zipfile stops
# there and refuses a part whose content does not match its checksum): together at most this
# many times the upload limit, and no part of over a megabyte compressed more than this ratio
# (ordinary sheets compress 5 to 20 times; a part that inflates a thousandfold is a trap).
WORKBOOK_UNPACK_FACTOR = 8
WORKBOOK_MAX_RATIO = 200
_RATIO_FROM = 1 << 20
_CHUNK_ROWS = 2000  # rows written at a time while the size of the CSV is counted


def _unreadable() -> FileRefused:
    return FileRefused(
        "BINARY_FILE",
        "Dit bestand kan niet als Excel-werkmap (.xlsx) gelezen worden: een ander zip-bestand, "
        "beschadigd of met een wachtwoord. Open het in Excel en sla het op als .xlsx of als "
        "'CSV UTF-8 (door lijstscheidingsteken gescheiden)'.",
    )


def check_parts(data: bytes) -> None:
    """Refuse a workbook whose parts would unpack to more than its budget (see above), from
    the sizes its zip declares: nothing is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            parts = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _unreadable() from None
    limit = max_bytes() * WORKBOOK_UNPACK_FACTOR
    total = sum(p.file_size for p in parts)
    save_as = "Sla het eerste werkblad in Excel op als 'CSV UTF-8' en laad dat op."
    if total > limit:
        raise FileRefused(
            "FILE_TOO_LARGE",
            f"Deze werkmap pakt uit tot {_mb(total)}; de grens is {_mb(limit)} "
            f"({WORKBOOK_UNPACK_FACTOR} keer de grens voor een bestand). {save_as}",
        )
    for part in parts:
        if part.file_size > _RATIO_FROM and part.file_size > WORKBOOK_MAX_RATIO * max(part.compress_size, 1):
            raise FileRefused(
                "FILE_TOO_LARGE",
                f"Het deel '{part.filename}' van deze werkmap pakt uit van {_mb(part.compress_size)} "
                f"tot {_mb(part.file_size)}, meer dan {WORKBOOK_MAX_RATIO} keer: zo groeit geen gewone "
                f"werkmap. Ze wordt niet uitgepakt. {save_as}",
            )


def _open(data: bytes):
    """The workbook, read-only (sheets streamed), cached values instead of formulas; its parts'
    sizes checked first."""
    import openpyxl

    check_parts(data)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception:  # noqa: BLE001 - any unreadable workbook gets the same Dutch answer
        raise _unreadable() from None


def _rows(book):
    """The first sheet's rows as lists of CSV text, trailing empty cells left out; a row missing
    from the sheet comes as an empty list, so a record's number is its row number. The sheet's
    own statement of its size (<dimension>) is not trusted: every cell is read."""
    sheet = book.worksheets[0]
    sheet.reset_dimensions()
    for row in sheet.iter_rows(values_only=True):
        cells = [_cell(v) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        yield cells


def _write(book, out: Path, width: int | None) -> tuple[int, int, bool]:
    """Write the sheet to `out`, every row padded to the header's width (`width` when given).
    Returns (the widest row's cells, the header's width, whether any cell holds text); a row
    wider than the header is cut in this pass (the caller writes again, as wide)."""
    limit = max_bytes()
    written, widest, header, filled = 0, 0, width, False
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    with open(out, "wb") as fh:
        for n, cells in enumerate(_rows(book), start=1):
            if header is None:
                header = max(len(cells), 1)
            widest, filled = max(widest, len(cells)), filled or bool(cells)
            writer.writerow(cells[:header] + [""] * (header - len(cells)))
            if n % _CHUNK_ROWS == 0 or buffer.tell() > 1 << 20:
                written += fh.write(buffer.getvalue().encode("utf-8"))
                buffer.seek(0)
                buffer.truncate()
                if written > limit:
                    raise FileRefused(
                        "FILE_TOO_LARGE",
                        f"Het eerste werkblad van deze werkmap is als CSV groter dan de grens van "
                        f"{_mb(limit)}. Splits het op, bijvoorbeeld per begrotingsjaar, en laad de "
                        "delen na elkaar op met 'Toevoegen'.",
                    )
        fh.write(buffer.getvalue().encode("utf-8"))
    return widest, header or 0, filled


def xlsx_to_csv(data: bytes, out: Path) -> None:
    """The first sheet of a workbook written to `out` as a ';'-separated UTF-8 CSV, row for row
    (line numbers in the report are the sheet's row numbers), streamed within the size limit
    of an upload. Formulas count with their cached values. A row with cells beyond the header's
    columns makes every row that wide (the extra columns have no name): such a row is read and
    its cells are reported, never dropped."""
    book = _open(data)
    try:
        widest, header, filled = _write(book, out, None)
        if widest > header:
            _write(book, out, widest)
    except FileRefused:
        raise
    except Exception:  # noqa: BLE001 - a part that does not unpack as its zip says, bad XML
        raise _unreadable() from None
    finally:
        book.close()
    if not filled:
        raise FileRefused(
            "FILE_EMPTY",
            "Het eerste werkblad van deze werkmap is leeg. Zet de gegevens op het eerste werkblad, "
            "met de kolomnamen op rij 1.",
        )


def xlsx_header(data: bytes) -> list[str]:
    """The first row of a workbook's first sheet (its column names), read without the rest."""
    book = _open(data)
    try:
        return next(_rows(book), [])
    except Exception:  # noqa: BLE001 - as in xlsx_to_csv
        raise _unreadable() from None
    finally:
        book.close()


def read_headers(data: bytes) -> list[str]:
    """The column names of a CSV (or workbook) as uploaded, for detection and mapping; read
    as the ingest reads them (reader.py): a quoted name may span lines."""
    if data.startswith(XLSX_MAGIC):
        try:
            return [f.strip() for f in xlsx_header(data)]
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
