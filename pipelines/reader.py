"""Reading an uploaded CSV, independently of DuckDB: encoding, dialect, header, field counts.

DuckDB alone silently mis-parses some malformed CSV (a row with an extra empty field shifts
values; headers are not checked when columns are given). So every record is first read here
with Python's csv module in strict mode: a record whose field count differs from the header,
or whose quotes are misplaced, is rejected with its line number. The good records are written
to a normalised UTF-8 file (first column `_regel`, the line in the original file; then the
contract columns in contract order) that DuckDB reads with an explicit all-text schema. Both
sides count the rows, and the counts must agree.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.contract import Dataset, normalize_key
from pipelines.errors import FileRefused, Issue

LINE_COLUMN = "_regel"
DEFAULT_MAX_MB = 200
CHUNK = 1 << 20
FIELD_LIMIT = 16 << 20
csv.field_size_limit(FIELD_LIMIT)

ENCODING_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 met BOM", "cp1252": "Windows-1252"}
DELIMITER_LABELS = {";": "puntkomma", ",": "komma", "\t": "tab", "|": "verticale streep"}
SAVE_AS_HINT = (
    "Sla het bestand in Excel op als 'CSV UTF-8 (door komma's gescheiden)' of als "
    "'CSV (gescheiden door lijstscheidingsteken)'."
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Four or more letters in a row from the upper half of Windows-1252: normal in Greek or
# Cyrillic text read with the wrong code page, rare in Dutch or French.
_MOJIBAKE_RUN = re.compile(r"[\u00c0-\u00ff]{4,}")


def max_bytes() -> int:
    """The largest file accepted, from $VAPA_MAX_UPLOAD_MB (default 200 MB)."""
    try:
        return int(float(os.environ.get("VAPA_MAX_UPLOAD_MB", DEFAULT_MAX_MB)) * 1024 * 1024)
    except ValueError:
        return DEFAULT_MAX_MB * 1024 * 1024


@dataclass(frozen=True)
class Encoding:
    codec: str  # Python codec name
    has_control_chars: bool  # any control character besides tab and line breaks

    @property
    def label(self) -> str:
        return ENCODING_LABELS[self.codec]


def detect_encoding(path: Path) -> Encoding:
    """UTF-8 (with or without BOM) or Windows-1252; anything else is refused with a reason."""
    size = path.stat().st_size
    if size == 0:
        raise FileRefused("FILE_EMPTY", "Het bestand is leeg (0 bytes). Kies het juiste bestand.")
    limit = max_bytes()
    if size > limit:
        raise FileRefused(
            "FILE_TOO_LARGE",
            f"Het bestand is {_mb(size)} groot; de grens is {_mb(limit)}. Splits het bestand "
            "op, bijvoorbeeld per begrotingsjaar, en laad de delen na elkaar op met 'toevoegen'.",
        )
    with open(path, "rb") as fh:
        head = fh.read(CHUNK)
    _refuse_non_text(head)
    codec = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    if not _decodes(path, codec):
        codec = "cp1252"
        if not _decodes(path, codec):
            raise FileRefused(
                "ENCODING_UNSUPPORTED",
                "De tekens in het bestand zijn geen UTF-8 en geen Windows-1252. " + SAVE_AS_HINT,
            )
    control = _has_control(path, codec)
    if codec == "cp1252":
        with open(path, encoding=codec) as fh:
            sample = fh.read(CHUNK)
        if len(_MOJIBAKE_RUN.findall(sample)) >= 2:
            raise FileRefused(
                "ENCODING_UNSUPPORTED",
                "De tekst lijkt in een andere tekenset te staan dan UTF-8 of Windows-1252 "
                "(bijvoorbeeld Grieks of Cyrillisch). " + SAVE_AS_HINT,
            )
    return Encoding(codec, control)


def _refuse_non_text(head: bytes) -> None:
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise FileRefused("ENCODING_UNSUPPORTED", "Het bestand is in UTF-32 opgeslagen. " + SAVE_AS_HINT)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileRefused(
            "ENCODING_UNSUPPORTED",
            "Het bestand is in UTF-16 opgeslagen (Excel: 'Unicode-tekst'). " + SAVE_AS_HINT,
        )
    if head.startswith(b"PK\x03\x04"):
        raise FileRefused(
            "BINARY_FILE",
            "Dit is een Excel-werkmap of een zip-bestand, geen CSV-bestand. " + SAVE_AS_HINT,
        )
    if head.startswith(b"%PDF"):
        raise FileRefused("BINARY_FILE", "Dit is een PDF-bestand, geen CSV-bestand. " + SAVE_AS_HINT)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileRefused(
            "BINARY_FILE", "Dit is een oud Excel-bestand (.xls), geen CSV-bestand. " + SAVE_AS_HINT
        )
    nul = head.count(b"\x00")
    if nul:
        even, odd = head[0::2].count(b"\x00"), head[1::2].count(b"\x00")
        if nul > len(head) // 8 and (even > 3 * max(odd, 1) or odd > 3 * max(even, 1)):
            raise FileRefused(
                "ENCODING_UNSUPPORTED",
                "Het bestand lijkt in UTF-16 opgeslagen (zonder BOM). " + SAVE_AS_HINT,
            )
    controls = sum(head.count(bytes([b])) for b in (*range(0, 9), 11, 12, *range(14, 32)))
    if controls > max(8, len(head) // 100):
        raise FileRefused(
            "BINARY_FILE",
            "Dit is geen tekstbestand: het bevat veel onleesbare tekens. Kies een CSV-bestand. "
            + SAVE_AS_HINT,
        )


def _decodes(path: Path, codec: str) -> bool:
    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _has_control(path: Path, codec: str) -> bool:
    with open(path, encoding=codec, newline="") as fh:
        while chunk := fh.read(CHUNK):
            if _CONTROL.search(chunk):
                return True
    return False


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f}".replace(".", ",") + " MB"


@dataclass(frozen=True)
class HeaderMap:
    """How the file's columns map onto the contract."""

    fields: tuple[str, ...]  # the header as in the file
    positions: dict[str, int]  # contract column -> position in the file
    ignored: tuple[int, ...]  # positions of columns that are not in the contract

    def contract_order(self, dataset: Dataset) -> list[int | None]:
        """File position for each contract column (None when the file lacks it)."""
        return [self.positions.get(c) for c in dataset.column_names]


def map_header(
    fields: list[str], dataset: Dataset, mapping: dict[str, str] | None = None, line: int = 1
) -> tuple[HeaderMap, list[Issue]]:
    """Match header fields to contract columns; refuse on missing or duplicate columns."""
    lookup = dataset.header_lookup()
    explicit = {normalize_key(k): v for k, v in (mapping or {}).items() if v}
    positions: dict[str, int] = {}
    ignored: list[int] = []
    warnings: list[Issue] = []
    for pos, name in enumerate(fields):
        key = normalize_key(name)
        target = explicit.get(key) or lookup.get(key)
        if target is None:
            ignored.append(pos)
            continue
        if target in positions:
            first = fields[positions[target]].strip()
            raise FileRefused(
                "HEADER_DUPLICATE",
                f"De kolom '{target}' staat twee keer in de kopregel (als '{first}' in kolom "
                f"{positions[target] + 1} en als '{name.strip()}' in kolom {pos + 1}). "
                "Verwijder of hernoem één van beide.",
                line,
            )
        positions[target] = pos
    missing = [c for c in dataset.required_columns if c not in positions]
    if missing:
        unknown = [fields[p].strip() for p in ignored if fields[p].strip()]
        hints = []
        for col in missing:
            close = difflib.get_close_matches(
                normalize_key(col), [normalize_key(u) for u in unknown], n=1, cutoff=0.6
            )
            if close:
                original = next(u for u in unknown if normalize_key(u) == close[0])
                hints.append(f"'{original}' → '{col}'")
        text = f"Verplichte kolommen ontbreken voor dataset '{dataset.name}': {', '.join(missing)}. "
        if hints:
            text += f"Hernoem mogelijk: {', '.join(hints)}. "
        text += "De eerste regel moet de kolomnamen bevatten; download het sjabloon voor de juiste namen."
        raise FileRefused("HEADER_MISSING_COLUMNS", text, line)
    for pos in ignored:
        name = fields[pos].strip()
        if name:  # unnamed columns are reported after the scan, only if they hold data
            warnings.append(
                Issue(
                    line,
                    name,
                    None,
                    "UNKNOWN_COLUMN",
                    f"De kolom '{name}' hoort niet bij dataset '{dataset.name}' en wordt genegeerd.",
                )
            )
    return HeaderMap(tuple(fields), positions, tuple(ignored)), warnings


@dataclass
class ScanResult:
    """What the independent read found."""

    encoding: str
    delimiter: str
    header_line: int
    header: HeaderMap
    rows_read: int = 0  # data records, blank ones excluded
    rows_good: int = 0  # written to the normalised file
    rows_blank: int = 0
    issues: list[Issue] = field(default_factory=list)  # row errors found here
    warnings: list[Issue] = field(default_factory=list)
    bad_rows: list[tuple[int, str]] = field(default_factory=list)  # (line, raw text)
    ignored_with_data: set[int] = field(default_factory=set)

    @property
    def rows_bad(self) -> int:
        return len(self.bad_rows)


_SEP_LINE = re.compile(r'^\s*"?sep=(.)"?\s*$', re.IGNORECASE)


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return line.split(delimiter)


def _choose_delimiter(line: str, dataset: Dataset) -> str:
    lookup = dataset.header_lookup()

    def score(d: str) -> tuple[int, int, int]:
        fields = _split(line, d)
        matches = sum(normalize_key(f) in lookup for f in fields)
        return matches, len(fields), -list(DELIMITER_LABELS).index(d)

    return max(DELIMITER_LABELS, key=score)


def scan(
    path: Path,
    dataset: Dataset,
    out_path: Path,
    encoding: Encoding,
    mapping: dict[str, str] | None = None,
) -> ScanResult:
    """Read every record; write the good ones to `out_path`; report the bad ones."""
    with open(path, encoding=encoding.codec, newline="") as fh:
        first = fh.readline()
        offset = 1
        sep = _SEP_LINE.match(first.rstrip("\r\n"))
        if sep:
            delimiter = sep.group(1)
            header_text = fh.readline()
            offset = 2
        else:
            header_text = first
            delimiter = _choose_delimiter(first.rstrip("\r\n"), dataset)
        if not header_text.strip():
            raise FileRefused(
                "HEADER_NOT_FOUND",
                f"Regel {offset} is leeg; de eerste regel moet de kolomnamen bevatten.",
                offset,
            )
        header_fields = _split(header_text.rstrip("\r\n"), delimiter)
        try:
            header, warnings = map_header(header_fields, dataset, mapping, offset)
        except FileRefused as refusal:
            if refusal.code == "HEADER_MISSING_COLUMNS":
                _hint_header_further_down(fh, dataset, delimiter, offset, refusal)
            raise
        result = ScanResult(encoding.codec, delimiter, offset, header, warnings=warnings)
        _scan_records(fh, dataset, out_path, result, offset, encoding.has_control_chars)
    return result


def _hint_header_further_down(
    fh, dataset: Dataset, delimiter: str, offset: int, refusal: FileRefused
) -> None:
    """If the column names stand a few lines lower (a title row above them), say so."""
    lookup = dataset.header_lookup()
    for n in range(1, 11):
        line = fh.readline()
        if not line:
            return
        fields = _split(line.rstrip("\r\n"), delimiter)
        if sum(normalize_key(f) in lookup for f in fields) >= len(dataset.required_columns):
            refusal.message += (
                f" De kolomnamen lijken op regel {offset + n} te staan: verwijder de regels "
                "erboven (bv. een titel) en laad het bestand opnieuw op."
            )
            refusal.args = (refusal.message,)
            return


def _scan_records(
    fh, dataset: Dataset, out_path: Path, result: ScanResult, offset: int, check_control: bool
) -> None:
    order = result.header.contract_order(dataset)
    width = len(result.header.fields)
    ignored = result.header.ignored
    delimiter = result.delimiter
    tap = _LineTap(fh)
    reader = csv.reader(tap, delimiter=delimiter, strict=True)
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")  # so a field holding a CR is quoted
        writer.writerow([LINE_COLUMN, *dataset.column_names])
        while True:
            start = reader.line_num + offset + 1
            tap.lines.clear()
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                _quote_error(result, start, reader.line_num + offset, str(exc), "".join(tap.lines))
                continue
            if not record or not any(f.strip() for f in record):
                result.rows_blank += 1
                continue
            result.rows_read += 1
            if len(record) != width:
                _field_count_error(result, start, record, width, delimiter)
                continue
            if check_control and _CONTROL.search("".join(record)):
                _control_error(result, start, record, delimiter)
                continue
            for pos in ignored:
                if record[pos].strip():
                    result.ignored_with_data.add(pos)
            writer.writerow([start, *("" if p is None else record[p] for p in order)])
            result.rows_good += 1
    for pos in sorted(result.ignored_with_data):
        if not result.header.fields[pos].strip():
            result.warnings.append(
                Issue(
                    result.header_line,
                    f"kolom {pos + 1}",
                    None,
                    "UNKNOWN_COLUMN",
                    f"Kolom {pos + 1} heeft geen naam maar bevat gegevens; die worden genegeerd. "
                    "Geef de kolom een naam uit het sjabloon als ze meetelt.",
                )
            )
    if result.rows_blank:
        result.warnings.append(
            Issue(
                None,
                None,
                None,
                "BLANK_ROWS",
                f"{result.rows_blank} lege rij(en) overgeslagen; ze bevatten geen gegevens.",
            )
        )
    if result.rows_read == 0:
        raise FileRefused(
            "NO_DATA_ROWS",
            "Het bestand bevat alleen een kopregel en geen gegevensrijen.",
            result.header_line,
        )


class _LineTap:
    """Passes the lines of a file to csv.reader and keeps those of the current record, so a
    record the reader cannot parse can still be reported as it was written."""

    def __init__(self, fh) -> None:
        self._fh = fh
        self.lines: list[str] = []

    def __iter__(self) -> _LineTap:
        return self

    def __next__(self) -> str:
        line = next(self._fh)
        self.lines.append(line)
        return line


def _quote_error(result: ScanResult, start: int, end: int, detail: str, raw: str = "") -> None:
    if "end of data" in detail and end > start:
        raise FileRefused(
            "UNCLOSED_QUOTE",
            f'Op regel {start} opent een aanhalingsteken (") dat niet meer gesloten wordt; '
            f"daardoor zijn de regels {start} tot {end} niet leesbaar. Sluit het "
            "aanhalingsteken of verwijder het, en laad het bestand opnieuw op.",
            start,
        )
    result.rows_read += 1
    raw = raw.rstrip("\r\n")
    result.issues.append(
        Issue(
            start,
            None,
            raw[:200],
            "QUOTE_ERROR",
            'Een aanhalingsteken (") staat op de verkeerde plaats, zodat de velden niet '
            "betrouwbaar te scheiden zijn. Zet tekst met een scheidingsteken tussen "
            'aanhalingstekens en verdubbel aanhalingstekens in de tekst ("").',
        )
    )
    result.bad_rows.append((start, raw))


def _field_count_error(result: ScanResult, line: int, record: list[str], width: int, delimiter: str) -> None:
    raw = delimiter.join(record)
    more = len(record) > width
    message = f"Deze rij heeft {len(record)} velden, de kopregel {width}. " + (
        "Er staat een scheidingsteken te veel (bv. een puntkomma in een tekst zonder "
        "aanhalingstekens, of een leeg veld extra); de waarden zouden verschuiven."
        if more
        else "Er ontbreken velden; vul ze aan (lege velden blijven tussen scheidingstekens)."
    )
    result.issues.append(Issue(line, None, raw[:200], "FIELD_COUNT", message))
    result.bad_rows.append((line, raw))


def _control_error(result: ScanResult, line: int, record: list[str], delimiter: str) -> None:
    names = result.header.fields
    for pos, value in enumerate(record):
        if _CONTROL.search(value):
            result.issues.append(
                Issue(
                    line,
                    names[pos].strip() or f"kolom {pos + 1}",
                    _CONTROL.sub("�", value)[:200],
                    "CONTROL_CHARACTER",
                    "Het veld bevat een onzichtbaar stuurteken (bv. een NUL-teken). Typ de "
                    "waarde opnieuw of verwijder het teken.",
                )
            )
    result.bad_rows.append((line, _CONTROL.sub("�", delimiter.join(record))))
