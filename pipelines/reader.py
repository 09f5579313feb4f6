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
import io
import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from pipelines.characters import may_hide
from pipelines.contract import Dataset, normalize_key
from pipelines.errors import FileRefused, Issue
from pipelines.wording import count, plural

LINE_COLUMN = "_regel"
FAST_SCAN = True  # the vectorised record count where a file allows it (tests compare both paths)
DEFAULT_MAX_MB = 200
CHUNK = 1 << 20
FIELD_LIMIT = 16 << 20
csv.field_size_limit(FIELD_LIMIT)
MAX_LINE_BYTES = 64 << 20  # the longest line of the normalised file DuckDB reads (staging.py)

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
# UTF-8 read as Windows-1252: 'Ã' and a continuation byte is an accented letter ('Ã©' for 'é'),
# 'â€' or 'â‚' starts a curly quote, a dash or '€'. Never seen in genuine Dutch or French text.


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
    # The file's bytes as read for the detection, kept for the scan (read once), and the
    # positions of its bytes 0x80-0xFF.
    data: bytes | None = field(default=None, compare=False, repr=False)
    high: np.ndarray | None = field(default=None, compare=False, repr=False)
    counted: Counted | None = field(default=None, compare=False, repr=False)  # see read_surveyed

    @property
    def label(self) -> str:
        return ENCODING_LABELS[self.codec]


def detect_encoding(path: Path, data: bytes | None = None, survey: Survey | None = None) -> Encoding:
    """UTF-8 (with or without BOM) or Windows-1252; anything else is refused with a reason.
    `data`: the file's bytes when they are already read, `survey` what read_surveyed found."""
    size = len(data) if data is not None else path.stat().st_size
    if size == 0:
        raise FileRefused("FILE_EMPTY", "Het bestand is leeg (0 bytes). Kies het juiste bestand.")
    limit = max_bytes()
    if size > limit:
        raise FileRefused(
            "FILE_TOO_LARGE",
            f"Het bestand is {_mb(size)} groot; de grens is {_mb(limit)}. Splits het bestand "
            "op, bijvoorbeeld per begrotingsjaar, en laad de delen na elkaar op met 'toevoegen'.",
        )
    if data is None:
        data = path.read_bytes()
    _refuse_non_text(data[:CHUNK])
    arr = np.frombuffer(data, dtype=np.uint8)
    high, control, counted = survey if survey is not None else _survey(arr)
    if _valid_utf8(arr, high):
        return Encoding(
            "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8", control, data, high, counted
        )
    if np.isin(arr[high], _UNDEFINED_CP1252).any():
        raise FileRefused(
            "ENCODING_UNSUPPORTED",
            "De tekens in het bestand zijn geen UTF-8 en geen Windows-1252. " + SAVE_AS_HINT,
        )
    sample = data[:CHUNK].decode("cp1252")  # one byte is one character
    if len(_MOJIBAKE_RUN.findall(sample)) >= 2:
        raise FileRefused(
            "ENCODING_UNSUPPORTED",
            "De tekst lijkt in een andere tekenset te staan dan UTF-8 of Windows-1252 "
            "(bijvoorbeeld Grieks of Cyrillisch). " + SAVE_AS_HINT,
        )
    mixed = _utf8_as_cp1252(arr, high)
    if mixed:
        raise FileRefused(
            "ENCODING_UNSUPPORTED",
            "Het bestand mengt twee tekensets: het meeste is Windows-1252, maar er staan ook "
            f"UTF-8-tekens in (bv. '{mixed}'), wellicht doordat twee exports samengevoegd zijn. "
            + SAVE_AS_HINT,
        )
    return Encoding("cp1252", control, data, high, counted)


class Counted(NamedTuple):
    """The fast count's slices (see _positions), made while the file was read, for the
    delimiter and the first byte after the header guessed from the file's first line (_layout)."""

    delimiter: int
    start: int
    parts: list[tuple]


class Survey(NamedTuple):
    """What _survey found: the positions of the bytes 0x80-0xFF, whether there is a control
    character, and (read_surveyed) the records counted."""

    high: np.ndarray
    control: bool
    counted: Counted | None = None


def _survey(arr: np.ndarray) -> Survey:
    """The positions of the bytes 0x80-0xFF (everything else is ASCII), and whether the file
    holds a control character besides tab and line breaks (_CONTROL: in UTF-8 and
    Windows-1252 each is one byte that never occurs inside another character). In slices that
    fit the processor's cache, on two threads (numpy releases the interpreter lock)."""
    starts = range(0, len(arr), _SLICE)
    if len(starts) > 1:
        with ThreadPoolExecutor(2) as pool:
            parts = list(pool.map(lambda lo: _survey_slice(arr, lo), starts))
    else:
        parts = [_survey_slice(arr, lo) for lo in starts]
    return _survey_of(parts)


def _survey_of(parts: list[tuple[np.ndarray, bool]], counted: Counted | None = None) -> Survey:
    high = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    return Survey(high, any(p[1] for p in parts), counted)


def read_surveyed(path: Path, hasher: Any = None) -> tuple[bytearray, Survey]:
    """The file's bytes and their survey (see _survey), each slice surveyed while the next one
    is read (reading, hashing and numpy release the interpreter lock); `hasher` (hashlib)
    is fed the bytes as they are read. The records are counted too (_slice_positions), for
    the delimiter and header the first line suggests (_layout); a slice once the next one is
    read, as a field's edge is seen from the byte after it."""
    data = bytearray(path.stat().st_size)
    view = memoryview(data)
    arr = np.frombuffer(data, dtype=np.uint8)
    read = 0
    layout, pending = None, []  # the slices read and not yet counted
    with open(path, "rb", buffering=0) as fh, ThreadPoolExecutor(2) as pool:
        futures, counting = [], []

        def count(lo: int, hi: int) -> None:  # the bytes lo:hi of the file, past the header
            delimiter, start = layout
            if hi > start:
                counting.append(
                    pool.submit(_slice_positions, arr[start:], max(lo, start) - start, delimiter, hi - start)
                )

        while read < len(data):
            n = fh.readinto(view[read : read + _SLICE])
            if not n:  # the file shrank while it was read: what was read is the upload
                break
            futures.append(pool.submit(_survey_slice, arr[: read + n], read))
            if hasher is not None:
                hasher.update(view[read : read + n])
            pending.append((read, read + n))
            read += n
            if layout is None and read - n <= _LAYOUT_BYTES:  # a header longer than that: counted later
                layout = _layout(data, min(read, _LAYOUT_BYTES))
            while layout is not None and len(pending) > 1:  # the last one waits for its next byte
                count(*pending.pop(0))
        complete = read == len(data)
        if layout is not None and complete and pending:
            count(*pending.pop(0))
        parts = [f.result() for f in futures]
        counted = Counted(*layout, [f.result() for f in counting]) if layout and complete else None
    return (data if complete else data[:read]), _survey_of(parts, counted)


_SEP_LINE = re.compile(r'^\s*"?sep=(.)"?\s*$', re.IGNORECASE)  # Excel's first line naming the delimiter
_SEP_LINE_BYTES = re.compile(_SEP_LINE.pattern.encode(), re.IGNORECASE)
_LAYOUT_BYTES = 1 << 20  # where the header (and a `sep=` line) must end for an early count
# The delimiters a header may use (DELIMITER_LABELS), as bytes.
_DELIMITER_BYTES = [ord(d) for d in DELIMITER_LABELS]


def _layout(data: bytearray, n: int) -> tuple[int, int] | None:
    """The delimiter (a byte) and the first byte after the header that the first `n` bytes
    suggest (None while they hold no complete header): after a byte order mark and a `sep=`
    line, the header is the first line and its most frequent delimiter separates the fields.
    A guess: scan() decides, and counts again when it decides otherwise."""
    pos = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    end = data.find(b"\n", pos, n)
    if end < 0:
        return None
    sep = _SEP_LINE_BYTES.match(data[pos:end].rstrip(b"\r"))
    if sep:
        pos = end + 1
        end = data.find(b"\n", pos, n)
        if end < 0:
            return None
        delimiter = sep.group(1)[0]
    else:
        delimiter = max(_DELIMITER_BYTES, key=lambda d: data.count(d, pos, end))
    return delimiter, end + 1


def _survey_slice(arr: np.ndarray, lo: int) -> tuple[np.ndarray, bool]:
    part = arr[lo : lo + _SLICE]
    high = np.flatnonzero(part >= 0x80)
    high += lo
    low = part[part < 0x20]  # mostly line breaks and tabs
    control = bool(np.count_nonzero((low != 9) & (low != _NL) & (low != _CR))) or bool((part == 0x7F).any())
    return high, control


def _valid_utf8(arr: np.ndarray, high: np.ndarray) -> bool:
    """Whether the bytes are well-formed UTF-8 (as Python's strict decoder has it), from the
    positions `high` of the bytes 0x80-0xFF: every lead byte (C2-F4) is followed right away by
    as many continuation bytes (80-BF) as it announces, with the narrower second byte after
    E0, ED, F0 and F4 (no overlong forms, surrogates or code points past U+10FFFF), and there
    are no other continuation bytes: the leads' continuations never overlap, so it is enough
    that there are as many continuation bytes in all as the leads announce."""
    if not len(high):
        return True
    b = arr[high]
    lead = b >= 0xC0
    if np.any(lead & ((b < 0xC2) | (b > 0xF4))):
        return False
    need = lead.astype(np.int64) + (b >= 0xE0) + (b >= 0xF0)  # 1-3 for a lead, 0 otherwise
    if int(need.sum()) != len(b) - int(np.count_nonzero(lead)):
        return False
    leads = np.flatnonzero(lead)
    for step in (1, 2, 3):
        at = leads[need[leads] >= step]
        follow = at + step
        if len(follow) and (follow[-1] >= len(high) or np.any(high[follow] != high[at] + step)):
            return False  # not the very next byte, or the file ends first
        if np.any(lead[follow]):
            return False
    first, second = b[leads], b[leads + 1]
    return not np.any(
        ((first == 0xE0) & (second < 0xA0))
        | ((first == 0xED) & (second > 0x9F))
        | ((first == 0xF0) & (second < 0x90))
        | ((first == 0xF4) & (second > 0x8F))
    )


# The five bytes Windows-1252 leaves undefined: a file holding one is not Windows-1252.
_UNDEFINED_CP1252 = np.array([0x81, 0x8D, 0x8F, 0x90, 0x9D], dtype=np.uint8)


def _utf8_as_cp1252(arr: np.ndarray, high: np.ndarray) -> str | None:
    """The first UTF-8 sequence in a file read as Windows-1252, if any, from the positions of
    its bytes 0x80-0xFF: 0xC3 ('Ã') before a byte 0x80-0xBF, or 0xE2 0x80 / 0xE2 0x82 ('â€',
    'â‚')."""
    lead = high[np.isin(arr[high], (0xC3, 0xE2))]
    lead = lead[lead + 1 < len(arr)]
    first, follow = arr[lead], arr[lead + 1]
    utf8 = np.where(first == 0xC3, (follow >= 0x80) & (follow <= 0xBF), (follow == 0x80) | (follow == 0x82))
    if not utf8.any():
        return None
    at = int(lead[np.argmax(utf8)])
    return bytes(arr[at : at + 2]).decode("cp1252", errors="replace")


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


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f}".replace(".", ",") + " MB"


@dataclass(frozen=True)
class HeaderMap:
    """How the file's columns map onto the contract."""

    fields: tuple[str, ...]  # the header as in the file
    positions: dict[str, int]  # contract column -> position in the file
    ignored: tuple[int, ...]  # positions of columns that are neither in the contract nor derived
    # Columns the project derives (an export's `begunstigde_naam`, ...) -> position in the
    # file: compared with what the ingest derives, never read as data (staging.py).
    derived: dict[str, int] = field(default_factory=dict)

    def contract_order(self, dataset: Dataset) -> list[int | None]:
        """File position for each contract column (None when the file lacks it)."""
        return [self.positions.get(c) for c in dataset.column_names]


def map_header(
    fields: list[str], dataset: Dataset, mapping: dict[str, str] | None = None, line: int = 1
) -> tuple[HeaderMap, list[Issue]]:
    """Match header fields to contract columns; refuse on missing or duplicate columns."""
    lookup = dataset.header_lookup()
    derived_lookup = {normalize_key(name): name for name in dataset.derived_columns}
    explicit = {normalize_key(k): v for k, v in (mapping or {}).items() if v}
    positions: dict[str, int] = {}
    derived: dict[str, int] = {}
    ignored: list[int] = []
    warnings: list[Issue] = []
    for pos, name in enumerate(fields):
        key = normalize_key(name)
        target = explicit.get(key) or lookup.get(key)
        if target is None and derived_lookup.get(key) and derived_lookup[key] not in derived:
            derived[derived_lookup[key]] = pos
            continue
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
    return HeaderMap(tuple(fields), positions, tuple(ignored), derived), warnings


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
    records: Records | None = None  # fast path: DuckDB reads these instead of the normalised file

    @property
    def rows_bad(self) -> int:
        return len(self.bad_rows)


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
    record_lines: bool = False,
    fast: bool | None = None,
) -> ScanResult:
    """Read every record; write the good ones to `out_path`; report the bad ones. With
    `record_lines` (a workbook's sheet) a row's line is its record number, not its first line
    in the text, so a cell holding a line break does not shift the rows after it.

    With `fast` the records are counted with vectorised byte arithmetic where the file allows
    it, and the result's `records` says where DuckDB reads them (see _fast_scan)."""
    with _open_text(path, encoding) as fh:
        sep, delimiter, header_text, offset = _first_lines(fh)
        delimiter, extra_lines, header, warnings = _read_header(
            fh, dataset, mapping, sep, delimiter, header_text, offset
        )
        result = ScanResult(encoding.codec, delimiter, offset, header, warnings=warnings)
        fast = FAST_SCAN if fast is None else fast
        # The fast path counts single bytes: a delimiter from a `sep=` line outside ASCII (or a
        # quote) is read record by record.
        single_byte = delimiter.isascii() and delimiter not in '"\r\n'
        if (
            fast
            and single_byte
            and not record_lines
            and not extra_lines
            and _fast_scan(path, encoding, result, out_path)
        ):
            return result
        _scan_records(
            fh, dataset, out_path, result, offset + extra_lines, encoding.has_control_chars, record_lines
        )
    return result


def _first_lines(fh: io.TextIOWrapper) -> tuple[re.Match | None, str | None, str, int]:
    """The file's `sep=` line (None without one), the delimiter it chooses, the header's first
    line and its line number."""
    first = fh.readline()
    offset = 1
    sep = _SEP_LINE.match(first.rstrip("\r\n"))
    if sep:
        delimiter = sep.group(1)
        if delimiter == '"':
            raise FileRefused(
                "DELIMITER_UNSUPPORTED",
                "Regel 1 ('sep=\"') kiest het aanhalingsteken als scheidingsteken. Dat kan niet: "
                "aanhalingstekens omsluiten velden. Verwijder die regel of zet er een "
                "puntkomma in ('sep=;').",
                1,
            )
        header_text = fh.readline()
        offset = 2
    else:
        header_text = first
        delimiter = None
    if not header_text.strip():
        raise FileRefused(
            "HEADER_NOT_FOUND",
            f"Regel {offset} is leeg; de eerste regel moet de kolomnamen bevatten.",
            offset,
        )
    return sep, delimiter, header_text, offset


def _read_header(
    fh: io.TextIOWrapper,
    dataset: Dataset,
    mapping: dict[str, str] | None,
    sep: re.Match | None,
    delimiter: str | None,
    header_text: str,
    offset: int,
) -> tuple[str, int, HeaderMap, list[Issue]]:
    """The delimiter (chosen on the header's text without a `sep=` line), the header's lines
    after its first, and the header mapped onto the dataset's columns with its warnings."""
    if delimiter is None:
        delimiter = _choose_delimiter(header_text.rstrip("\r\n"), dataset)
    header_text, extra_lines = _complete_header(fh, header_text, delimiter)
    if extra_lines and not sep:  # chosen again on the whole header
        delimiter = _choose_delimiter(header_text.rstrip("\r\n"), dataset)
    header_fields = _split(header_text.rstrip("\r\n"), delimiter)
    try:
        header, warnings = map_header(header_fields, dataset, mapping, offset)
    except FileRefused as refusal:
        if refusal.code == "HEADER_MISSING_COLUMNS":
            _hint_header_further_down(fh, dataset, delimiter, offset + extra_lines, refusal)
        raise
    return delimiter, extra_lines, header, warnings


def _open_text(path: Path, encoding: Encoding) -> io.TextIOWrapper:
    """The file as text: from the bytes read for the encoding's detection when it has them
    (the file on disk may still be being written), else from disk."""
    if encoding.data is None:
        return open(path, encoding=encoding.codec, newline="")
    return io.TextIOWrapper(
        io.BufferedReader(_MemoryReader(encoding.data)), encoding=encoding.codec, newline=""
    )


class _MemoryReader(io.RawIOBase):
    """Bytes in memory read as a file, without copying them first (io.BytesIO would)."""

    def __init__(self, data: bytes) -> None:
        self._view = memoryview(data)
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer) -> int:
        n = min(len(buffer), len(self._view) - self._pos)
        buffer[:n] = self._view[self._pos : self._pos + n]
        self._pos += n
        return n


@dataclass
class Records:
    """The fast path: the good records in a UTF-8 file that DuckDB reads as it is."""

    path: Path  # the upload itself when it is UTF-8 and every record is good, else a filtered copy
    skip: int  # lines before the first record (header, `sep=` line)
    delimiter: str
    width: int  # fields per record
    lines: np.ndarray  # line in the original file of each record, in file order
    trimmed: bool = False  # no field starts or ends with white space of any kind (_EDGE_BYTES)
    longest: int = 0  # bytes of the longest record (UTF-8), at least the characters of any field
    quoted: bool = True  # the file holds a quote: only a quoted field can hold a line break
    hidden: bool = True  # the file may hold an invisible character (characters.may_hide)


_NL, _CR, _QUOTE = 10, 13, 34
# Bytes that may begin or end a field be_clean would trim (white space, the UTF-8 bytes that
# begin or end a (narrow) no-break space), that begin any other Unicode space (C2, E1, E2, E3:
# U+0085, U+1680, U+2000-U+205F, U+3000), or that hide where its text begins (a quote). When no
# field begins or ends with one, trimming would change nothing and a field is blank only when
# empty, so the typed read skips both tests (a tenth of a second per column per million rows).
# Line breaks are not among them: outside quotes they end records, and a bare carriage return
# takes the slow path.
_EDGE_BYTES = np.zeros(256, dtype=bool)
_EDGE_BYTES[[9, 11, 12, 32, _QUOTE, 0xA0, 0xAF, 0xC2, 0xE1, 0xE2, 0xE3]] = True
_SLICE = 1 << 22
_TRANSCODE = 1 << 20
# Python's csv module in strict mode accepts exactly these records: quotes only around whole
# fields, doubled inside. A record with a quote elsewhere takes the slow path, which reports it.
_STRICT_RECORD = '(?:"(?:[^"]|"")*"|[^"{d}\\r\\n]*)(?:{d}(?:"(?:[^"]|"")*"|[^"{d}\\r\\n]*))*'


def _positions(
    arr: np.ndarray,
    delimiter: int,
    high: np.ndarray,
    meanwhile: Callable[[], object] | None = None,
    parts: list[tuple] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int, int, bool]:
    """Positions of line feeds and quotes; for every line feed the number of delimiters before
    it, and their total; the number of carriage returns; and whether any field may begin or end
    with a byte of _EDGE_BYTES (`high`: the positions of the bytes 0x80-0xFF). In slices that
    fit the processor's cache (four times faster than whole-file masks), on two threads (numpy
    releases the interpreter lock); the delimiters' positions are only kept per slice.
    `meanwhile` runs on the calling thread while the slices are counted. `parts`: the slices,
    in order, when they were counted already (read_surveyed)."""
    if parts is None:
        with ThreadPoolExecutor(2) as pool:
            futures = [pool.submit(_slice_positions, arr, lo, delimiter) for lo in range(0, len(arr), _SLICE)]
            if meanwhile is not None:
                meanwhile()
            parts = [f.result() for f in futures]
    elif meanwhile is not None:
        meanwhile()
    empty = np.zeros(0, dtype=np.int64)
    newlines = np.concatenate([p[0] for p in parts]) if parts else empty
    quotes = np.concatenate([p[1] for p in parts]) if parts else empty
    before, delimiters = [], 0
    for part in parts:  # delimiters before each line feed: of its slice plus all earlier ones
        before.append(part[2] + delimiters)
        delimiters += part[3]
    delims_before = np.concatenate(before) if before else empty
    carriage_returns = sum(p[4] for p in parts)
    edges = any(p[5] for p in parts) or _at_field_edge(arr, high[_EDGE_BYTES[arr[high]]], delimiter)
    return newlines, quotes, delims_before, delimiters, carriage_returns, edges


def _slice_positions(arr: np.ndarray, lo: int, delimiter: int, hi: int | None = None) -> tuple:
    part = arr[lo : lo + _SLICE if hi is None else hi]
    # One pass finds the few bytes up to the quote (line breaks, tabs, spaces, quotes: control
    # characters took the slow path before), and their kinds are told apart among those.
    low = np.flatnonzero(part <= _QUOTE)
    kind = part[low]
    nl = low[kind == _NL]
    quotes = low[kind == _QUOTE] + lo
    carriage_returns = int(np.count_nonzero(kind == _CR))
    dl = low[kind == delimiter] if delimiter <= _QUOTE else np.flatnonzero(part == delimiter)
    before = np.searchsorted(dl, nl)
    edges = _at_field_edge(arr, low[_EDGE_BYTES[kind] & (kind != delimiter)] + lo, delimiter)
    nl += lo
    return nl, quotes, before, len(dl), carriage_returns, edges


def _at_field_edge(arr: np.ndarray, at: np.ndarray, delimiter: int) -> bool:
    """Whether any of the bytes at the positions `at` (ascending) is first or last in a field:
    first or last in `arr`, after a line feed or a delimiter, or before a delimiter, a line
    feed or a carriage return (a CRLF's: a bare one takes the slow path). A line break in a
    quoted field counts too: that only makes the answer cautious."""
    if not len(at):
        return False
    if at[0] == 0 or at[-1] == len(arr) - 1:
        return True
    previous, following = arr[at - 1], arr[at + 1]
    return bool(
        np.any((previous == _NL) | (previous == delimiter))
        or np.any((following == delimiter) | (following == _NL) | (following == _CR))
    )


def _fast_scan(path: Path, encoding: Encoding, result: ScanResult, out_path: Path) -> bool:
    """Count fields of every record with vectorised byte arithmetic instead of a Python loop.

    Structure bytes (line feed, carriage return, quote, delimiter) are single bytes in UTF-8 and
    Windows-1252, so their positions give every record's bounds and field count: a line feed
    ends a record when an even number of quotes precedes it. Records with quotes are checked
    one by one with the csv module. Files this cannot read with certainty (control characters,
    a bare carriage return, an odd number of quotes, a quote inside a field) return False and
    take the record-by-record path. The good records are left for DuckDB to read, which must
    count exactly as many."""
    if encoding.has_control_chars:
        return False
    data = encoding.data if encoding.data is not None else path.read_bytes()
    # A Windows-1252 file is counted in its own bytes (the structure bytes are the same single
    # bytes as in UTF-8) and transcoded to UTF-8 for DuckDB while the slices are counted.
    transcoded = encoding.codec == "cp1252"
    text_codec = "cp1252" if transcoded else "utf-8"
    skipped = _after_header(data, result, transcoded)
    if skipped is None:
        return False
    start, header_crlf = skipped
    arr = np.frombuffer(data, dtype=np.uint8)[start:]
    n = len(arr)
    utf8 = _Transcoded(data, start, out_path) if transcoded else None
    newlines, quotes, delims_before, delimiters, carriage_returns, edges = _byte_positions(
        arr, data, start, encoding, result, utf8
    )
    bounded = _record_ends(arr, n, newlines, quotes, delims_before, delimiters, carriage_returns, header_crlf)
    if bounded is None:
        return False
    ends, ends_before, crlf_end = bounded
    starts, stops, longest = _bounds(ends, crlf_end)
    if longest > FIELD_LIMIT:
        return False  # a field may pass the csv module's limit: the slow path reports it (TOO_LONG)
    lines, quoted = _lines_and_quoted(result, newlines, quotes, starts, stops)
    # A record's delimiters: those before its end minus those before the previous one's.
    fields = np.diff(ends_before, prepend=0) + 1
    width = len(result.header.fields)
    if not _count_quoted(data, start, starts, stops, quoted, fields, result.delimiter, text_codec):
        return False
    odd = _odd_records(data, start, starts, stops, fields, width, lines, result, text_codec)
    if odd is None:
        return False
    records_path, skip = _good_records(
        path, out_path, data, start, starts, ends, odd, n, utf8, transcoded, result
    )
    result.records = Records(
        records_path,
        skip,
        result.delimiter,
        width,
        np.delete(lines, odd) if len(odd) else lines,
        not edges,
        longest * 3 if transcoded else longest,  # a Windows-1252 byte is at most 3 in UTF-8
        bool(len(quotes)),
        encoding.high is None
        or may_hide(np.frombuffer(encoding.data, np.uint8), encoding.high, encoding.codec),
    )
    return True


def _bounds(ends: np.ndarray, crlf_end: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Every record's first byte and the byte after its text (its line end left out), and the
    bytes of the longest record."""
    starts = np.empty(len(ends), dtype=np.int64)
    starts[:1] = 0
    np.add(ends[:-1], 1, out=starts[1:])
    stops = ends - (crlf_end & (ends > starts))
    longest = int(np.max(stops - starts)) if len(starts) else 0
    return starts, stops, longest


def _after_header(data: bytes, result: ScanResult, transcoded: bool) -> tuple[int, set[bool]] | None:
    """Where the records begin (after a UTF-8 byte order mark and the header lines), and
    whether each header line ends in a carriage return; None when a header line holds a quote
    or the file ends in the header."""
    start = len(codecs.BOM_UTF8) if not transcoded and data.startswith(codecs.BOM_UTF8) else 0
    header_crlf = set()
    for _ in range(result.header_line):
        end = data.find(b"\n", start)
        if end < 0 or b'"' in data[start:end]:
            return None
        header_crlf.add(data[end - 1 : end] == b"\r")
        start = end + 1
    return start, header_crlf


def _byte_positions(
    arr: np.ndarray, data: bytes, start: int, encoding: Encoding, result: ScanResult, utf8: _Transcoded | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int, int, bool]:
    """_positions of the records' bytes `arr` (from `start` in `data`), reusing the slices
    counted while the encoding was read when they match; the Windows-1252 file is transcoded
    meanwhile (`utf8`)."""
    high = (
        encoding.high if encoding.high is not None else np.flatnonzero(np.frombuffer(data, np.uint8) >= 0x80)
    )
    high = high[np.searchsorted(high, start) :] - start
    counted = encoding.counted
    reuse = counted is not None and (counted.delimiter, counted.start) == (ord(result.delimiter), start)
    return _positions(
        arr, ord(result.delimiter), high, utf8.run if utf8 else None, counted.parts if reuse else None
    )


def _record_ends(
    arr: np.ndarray,
    n: int,
    newlines: np.ndarray,
    quotes: np.ndarray,
    delims_before: np.ndarray,
    delimiters: int,
    carriage_returns: int,
    header_crlf: set[bool],
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Every record's end (a line feed outside quotes, or the file's end), the delimiters before
    it, and whether a carriage return comes right before it; None for line ends DuckDB cannot
    read as the reader does (a bare or stray carriage return, mixed line ends) or an odd number
    of quotes."""
    if n and arr[-1] == _CR:
        return None  # a bare carriage return at the very end
    ends = newlines if n == 0 or arr[-1] == _NL else np.append(newlines, n)
    # Whether a carriage return comes right before each end (a line feed, or the file's end).
    crlf_end = np.zeros(len(ends), dtype=bool)
    if carriage_returns:
        inside = ends > 0
        crlf_end[inside] = arr[ends[inside] - 1] == _CR
        if carriage_returns != np.count_nonzero(crlf_end):
            return None  # old Mac line ends, or a carriage return inside a field
    if len(quotes) % 2:
        return None
    ends_before = delims_before if len(ends) == len(newlines) else np.append(delims_before, delimiters)
    if len(quotes):
        closed = np.searchsorted(quotes, ends) % 2 == 0
        ends, ends_before, crlf_end = ends[closed], ends_before[closed], crlf_end[closed]
    record_ends = np.count_nonzero((ends < n) & (ends > 0))
    crlf = int(np.count_nonzero(crlf_end))  # the file's end has none: see above
    data_crlf = {crlf > 0} if record_ends else set()
    if 0 < crlf < record_ends or len(header_crlf | data_crlf) > 1:
        return None  # mixed line ends: DuckDB reads one kind per file
    return ends, ends_before, crlf_end


def _lines_and_quoted(
    result: ScanResult, newlines: np.ndarray, quotes: np.ndarray, starts: np.ndarray, stops: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Every record's line in the file, and the records that hold a quote."""
    if len(quotes):
        lines = result.header_line + 1 + np.searchsorted(newlines, starts)
        quoted = np.flatnonzero(np.searchsorted(quotes, stops) > np.searchsorted(quotes, starts))
    else:  # every line feed ends a record: a record's line is its number
        lines = np.arange(result.header_line + 1, result.header_line + 1 + len(starts), dtype=np.int64)
        quoted = np.zeros(0, dtype=np.int64)
    return lines, quoted


def _count_quoted(
    data: bytes,
    start: int,
    starts: np.ndarray,
    stops: np.ndarray,
    quoted: np.ndarray,
    fields: np.ndarray,
    delimiter: str,
    text_codec: str,
) -> bool:
    """The fields of the records with quotes counted by the csv module (into `fields`); False
    when one is not a record the csv module accepts in strict mode."""
    strict = re.compile(_STRICT_RECORD.format(d=re.escape(delimiter)))
    for i in quoted:
        text = data[start + starts[i] : start + stops[i]].decode(text_codec)
        if not strict.fullmatch(text):
            return False
        try:
            fields[i] = len(next(csv.reader([text], delimiter=delimiter, strict=True)))
        except csv.Error:
            return False
    return True


def _odd_records(
    data: bytes,
    start: int,
    starts: np.ndarray,
    stops: np.ndarray,
    fields: np.ndarray,
    width: int,
    lines: np.ndarray,
    result: ScanResult,
    text_codec: str,
) -> np.ndarray | None:
    """The records with another number of fields than the header, or empty: blank ones counted
    as blank, the others reported; the good ones counted too. None when the csv module cannot
    read one."""
    empty = stops == starts
    odd = np.flatnonzero((fields != width) | empty)
    for i in odd:
        text = data[start + starts[i] : start + stops[i]].decode(text_codec)
        try:
            record = next(csv.reader([text], delimiter=result.delimiter, strict=True), [])
        except csv.Error:
            return None
        if not any(f.strip() for f in record):
            result.rows_blank += 1
            continue
        result.rows_read += 1
        _field_count_error(result, int(lines[i]), record, width, result.delimiter)
    result.rows_good = len(starts) - len(odd)
    result.rows_read += result.rows_good  # DuckDB removes records whose fields are all blank
    return odd


def _good_records(
    path: Path,
    out_path: Path,
    data: bytes,
    start: int,
    starts: np.ndarray,
    ends: np.ndarray,
    odd: np.ndarray,
    n: int,
    utf8: _Transcoded | None,
    transcoded: bool,
    result: ScanResult,
) -> tuple[Path, int]:
    """The file DuckDB reads the good records from, and the lines before them: the upload
    itself, or the transcoded copy, or a copy without the odd records."""
    if len(odd) == 0 and not transcoded:
        records_path, skip = path, result.header_line
    elif len(odd) == 0 and utf8:  # every record is good: the transcoded copy is complete
        records_path, skip = out_path, 0
    else:
        records_path, skip = out_path, 0
        view = memoryview(data)  # slices of it are not copies
        with open(out_path, "wb") as out:
            begin = 0  # write the runs of good records between the odd ones
            for i in [*odd.tolist(), len(starts)]:
                if i > begin:
                    last = int(ends[i - 1])  # its line feed, or n when the file ends without one
                    lo, hi = int(starts[begin]), min(last + 1, n)
                    if utf8:
                        utf8.write(out, lo, hi)
                    else:
                        out.write(view[start + lo : start + hi])
                begin = i + 1  # a run that ends the file ends it: no line break is added
    return records_path, skip


class _Transcoded:
    """A Windows-1252 file's bytes after `start` as UTF-8: `run` transcodes them in pieces and
    writes them to `out_path` (the records DuckDB reads, when all of them are good)."""

    def __init__(self, data: bytes, start: int, out_path: Path) -> None:
        self.arr = np.frombuffer(data, dtype=np.uint8)[start:]
        self.out_path = out_path
        self.pieces: list[np.ndarray] = []

    def run(self) -> None:
        arr = self.arr
        with open(self.out_path, "wb") as out:
            for lo in range(0, len(arr), _TRANSCODE):
                self.pieces.append(cp1252_to_utf8(arr[lo : lo + _TRANSCODE]))
                out.write(self.pieces[-1])

    def write(self, out, lo: int, hi: int) -> None:
        """Write the bytes lo:hi (positions after `start`) as UTF-8: whole pieces as they were
        transcoded, the parts of pieces at either end transcoded again."""
        while lo < hi:
            k = lo // _TRANSCODE
            piece_end = min((k + 1) * _TRANSCODE, len(self.arr))
            end = min(hi, piece_end)
            if lo == k * _TRANSCODE and end == piece_end:
                out.write(self.pieces[k])
            else:
                out.write(cp1252_to_utf8(self.arr[lo:end]))
            lo = end


# Windows-1252 -> UTF-8 by table: each byte's UTF-8 form (up to three bytes) and its length.
# The five undefined bytes have none; a file holding one is refused before it gets here.
_CP1252_UTF8 = np.zeros((256, 3), dtype=np.uint8)
_CP1252_LENGTH = np.zeros(256, dtype=np.uint8)
for _byte in range(256):
    try:
        _utf8 = bytes([_byte]).decode("cp1252").encode("utf-8")
    except UnicodeDecodeError:
        continue
    _CP1252_UTF8[_byte, : len(_utf8)] = list(_utf8)
    _CP1252_LENGTH[_byte] = len(_utf8)


def cp1252_to_utf8(piece: np.ndarray) -> np.ndarray:
    """Windows-1252 bytes as UTF-8, exactly as Python's codecs do it but vectorised (the
    interpreter lock is free while numpy works): ASCII stays, every byte 0x80-0xFF becomes the
    first byte of its UTF-8 form and the others are inserted after it. Three times faster than
    decoding and encoding, on another thread than the record count."""
    high = np.flatnonzero(piece >= 0x80)
    if not len(high):
        return piece
    values = piece[high]
    length = _CP1252_LENGTH[values]
    if not length.all():
        raise ValueError("a byte that Windows-1252 does not define")  # refused before: a bug
    out = piece.copy()
    out[high] = _CP1252_UTF8[values, 0]
    three = length == 3
    at = np.concatenate((high + 1, high[three] + 1))
    follow = np.concatenate((_CP1252_UTF8[values, 1], _CP1252_UTF8[values[three], 2]))
    order = np.argsort(at, kind="stable")  # equal positions keep their order: second, third byte
    return np.insert(out, at[order], follow[order])


def _complete_header(fh, first: str, delimiter: str, max_lines: int = 10) -> tuple[str, int]:
    """The whole header record: a quoted column name may hold a line break (Excel: Alt+Enter),
    so lines are added while a quoted field is open (by the csv module's rules: a quote opens
    a field only at its start). Returns the text and the number of lines added; a quote still
    open after `max_lines` lines is left to the header check, on one line."""
    if '"' not in first:
        return first, 0
    position = fh.tell()
    text, added = first, 0
    while _quote_open(text, delimiter) and added < max_lines:
        line = fh.readline()
        if not line:
            break
        text += line
        added += 1
    if _quote_open(text, delimiter):
        fh.seek(position)
        return first, 0
    return text, added


def _quote_open(text: str, delimiter: str) -> bool:
    """Whether the first record of `text` ends inside a quoted field."""
    try:
        next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True), None)
    except csv.Error as exc:
        return "end of data" in str(exc)
    return False


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
    fh,
    dataset: Dataset,
    out_path: Path,
    result: ScanResult,
    offset: int,
    check_control: bool,
    record_lines: bool = False,
) -> None:
    order = result.header.contract_order(dataset)
    width = len(result.header.fields)
    ignored = result.header.ignored
    delimiter = result.delimiter
    tap = _LineTap(fh)
    reader = csv.reader(tap, delimiter=delimiter, strict=True)
    order += list(result.header.derived.values())  # the file's derived columns after the contract's
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")  # so a field holding a CR is quoted
        writer.writerow([LINE_COLUMN, *dataset.column_names, *result.header.derived])
        records = 0
        while True:
            start = result.header_line + 1 + records if record_lines else reader.line_num + offset + 1
            tap.lines.clear()
            records += 1
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
            fields = [str(start), *("" if p is None else record[p] for p in order)]
            if _line_bytes(fields) > MAX_LINE_BYTES:
                _too_long_error(result, start, fields, dataset, delimiter)
                continue
            writer.writerow(fields)
            result.rows_good += 1
    finish_scan(result)


def finish_scan(result: ScanResult) -> None:
    """Warnings that need every record counted, and the refusal of a file without data rows."""
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
                f"{count(result.rows_blank, 'lege rij', 'lege rijen')} overgeslagen; "
                + plural(result.rows_blank, "ze bevat", "ze bevatten")
                + " geen gegevens.",
            )
        )
    if result.rows_read == 0:
        raise FileRefused(
            "NO_DATA_ROWS",
            "Het bestand bevat alleen een kopregel en geen gegevensrijen.",
            result.header_line,
        )


def _line_bytes(fields: list[str]) -> int:
    """An upper bound of the bytes of `fields` as one line of the normalised file."""
    bound = 4 * sum(map(len, fields)) + 3 * len(fields) + 1  # UTF-8 takes at most 4 bytes
    if bound <= MAX_LINE_BYTES:
        return bound
    return sum(len(f.encode("utf-8")) + f.count('"') + 3 for f in fields) + 1


def _too_long_error(
    result: ScanResult, line: int, fields: list[str], dataset: Dataset, delimiter: str
) -> None:
    longest = max(range(1, len(fields)), key=lambda i: len(fields[i]))
    size = _mb(sum(len(f.encode("utf-8")) for f in fields))
    result.issues.append(
        Issue(
            line,
            [*dataset.column_names, *result.header.derived][longest - 1],
            fields[longest][:200],
            "TOO_LONG",
            f"Deze rij is {size} lang, te lang om te verwerken. Kijk na of er per ongeluk een "
            "heel document in een cel staat, en maak lange teksten korter.",
        )
    )
    result.bad_rows.append((line, delimiter.join(fields[1:])[:1000]))


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
    if "field limit" in detail:  # not a quote: one field is longer than the csv module reads
        result.rows_read += 1
        result.issues.append(
            Issue(
                start,
                None,
                raw[:200],
                "TOO_LONG",
                f"Een veld in deze rij is langer dan {_mb(FIELD_LIMIT)}. Kijk na of er per ongeluk "
                'een heel document in een cel staat, of een aanhalingsteken (") dat niet gesloten wordt.',
            )
        )
        result.bad_rows.append((start, raw.rstrip("\r\n")[:1000]))
        return
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
    message = f"Deze rij heeft {count(len(record), 'veld', 'velden')}, de kopregel {width}. " + (
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
