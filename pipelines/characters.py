"""Characters that hide or mislead: which a key or code may not hold, when two keys look alike,
and how direction-changing characters in free text are shown.

- `INVISIBLE`: the characters a reader cannot see (Unicode's default-ignorable code points:
  zero-width space and joiners, soft hyphen, word joiner, variation selectors, ...) and the
  direction controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069). In a key or code
  (the contract's identifier and link columns) they reject the row; free text keeps them.
- `canonical(key)`: the form in which keys are compared. Unicode NFKC, invisible characters
  removed, case folded, and every character mapped to its prototype in Unicode's confusables
  data (UTS #39; the part whose prototype is ASCII, vendored in
  data/reference/confusables-ascii.txt). 'K-1', 'k-1', 'K‑1' (U+2011), 'Κ-1' (Greek Kappa) and
  'K-1' with a zero-width space have one canonical form: they look alike. So do 0 and O, and
  1, l and I, as Unicode's data has them.
- `visible(text)`: free text as shown (pages, answers, downloads): every direction control as
  a visible mark such as [U+202E], so that it cannot reorder what is shown around it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy as np

from pipelines.paths import REFERENCE_DIR

CONFUSABLES = REFERENCE_DIR / "confusables-ascii.txt"

# Direction controls: they change the order in which the text around them is displayed.
DIRECTION = ((0x061C, 0x061C), (0x200E, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069))
# Unicode's default-ignorable code points (DerivedCoreProperties.txt), which include the
# direction controls: nothing is drawn for them.
INVISIBLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)  # fmt: skip


def _class(ranges: tuple[tuple[int, int], ...], re2: bool = False) -> str:
    """A regular-expression character class of the ranges (Python's, or RE2's for DuckDB)."""
    char = (lambda c: f"\\x{{{c:04X}}}") if re2 else (lambda c: f"\\U{c:08X}")
    return "[" + "".join(char(a) if a == b else f"{char(a)}-{char(b)}" for a, b in ranges) + "]"


INVISIBLE_RE = re.compile(_class(INVISIBLE))
DIRECTION_RE = re.compile(_class(DIRECTION))
INVISIBLE_SQL = _class(INVISIBLE, re2=True)  # for regexp_matches in DuckDB


@cache
def _encoded_starts() -> tuple[np.ndarray, np.ndarray]:
    """The UTF-8 encodings of the invisible characters by their first two bytes (two-byte
    characters) and first three bytes (longer ones), as integers."""
    chars = [chr(c) for a, b in INVISIBLE for c in range(a, b + 1)]
    pairs = {int.from_bytes(ch.encode()[:2]) for ch in chars if len(ch.encode()) == 2}
    triples = {int.from_bytes(ch.encode()[:3]) for ch in chars if len(ch.encode()) > 2}
    return np.array(sorted(pairs), dtype=np.uint32), np.array(sorted(triples), dtype=np.uint32)


def may_hide(data: np.ndarray, high: np.ndarray, codec: str) -> bool:
    """Whether a file's bytes (`data`, the positions `high` of its bytes 0x80-0xFF) may hold an
    invisible character: False only when they certainly do not (the check of codes is then
    left out). Curly quotes and dashes, which share first bytes with them, do not count."""
    if len(high) == 0:
        return False
    if codec == "cp1252":
        return bool((data[high] == 0xAD).any())  # the soft hyphen; the others are not in cp1252
    n = len(data)
    b0 = data[high].astype(np.uint32)
    b1 = data[np.minimum(high + 1, n - 1)].astype(np.uint32)
    b2 = data[np.minimum(high + 2, n - 1)].astype(np.uint32)
    pairs, triples = _encoded_starts()
    return bool(np.isin(b0 << 8 | b1, pairs).any() or np.isin(b0 << 16 | b1 << 8 | b2, triples).any())


def names(text: str) -> str:
    """The invisible characters in `text`, named for a message: 'U+200B ZERO WIDTH SPACE'."""
    found = dict.fromkeys(INVISIBLE_RE.findall(text))
    return ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'onbenoemd teken')}" for c in found)


def shown(text: str) -> str:
    """`text` with every invisible character as [U+XXXX]: how a key is named in a message."""
    return INVISIBLE_RE.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def visible(text: str) -> str:
    """`text` with every direction control shown as [U+XXXX]: it can no longer reorder what is
    displayed around it (the text itself is kept as it was published)."""
    if not DIRECTION_RE.search(text):
        return text
    return DIRECTION_RE.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def visible_all(values: list) -> list | None:
    """`visible` of every text in `values` (other values as they are), or None when no text
    holds a direction control (one search over all of them: most tables have none)."""
    texts = [v for v in values if isinstance(v, str)]
    if not DIRECTION_RE.search("\n".join(texts)):
        return None
    return [visible(v) if isinstance(v, str) else v for v in values]


def confusables() -> list[tuple[str, str]]:
    """(source, prototype) of every line of the vendored confusables data."""
    out = []
    for line in CONFUSABLES.read_text(encoding="utf-8").split("\n"):  # not at U+2028 in a comment
        if not line or line.startswith("#"):
            continue
        source, prototype = (field.strip() for field in line.split("#")[0].split(";")[:2])
        out.append((chr(int(source, 16)), "".join(chr(int(h, 16)) for h in prototype.split())))
    return out


@cache
def _table() -> dict[int, str]:
    """Character -> its prototype, case folded, for str.translate. Keys are case folded first,
    so the lower case of a mapped capital maps too ('i' as 'I' maps to 'l', Cyrillic 'т' as
    'Т' maps to 'T'; a letter that is lower case already, like 'ſ', adds nothing). A prototype
    is mapped again until nothing changes: canonical() is one pass and its own fixed point."""
    table = {ord(source): prototype.casefold() for source, prototype in confusables()}
    for source, prototype in confusables():
        folded = source.casefold()
        if (
            source.isupper()
            and len(folded) == 1
            and ord(folded) not in table
            and folded != prototype.casefold()
        ):
            table[ord(folded)] = prototype.casefold()
    for _ in range(5):
        closed = {k: v.translate(table) for k, v in table.items()}
        if closed == table:
            return table
        table = closed
    raise RuntimeError("the confusables table does not close")  # pragma: no cover - data error


def canonical(key: str) -> str:
    """The form in which keys are compared: two keys with the same form look alike."""
    text = INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", key))
    return text.casefold().translate(_table())


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@cache
def ascii_map() -> dict[str, str]:
    """The lower-case ASCII characters that `canonical` maps to something else, and to what."""
    return {chr(k): v for k, v in _table().items() if k < 128 and chr(k) == chr(k).lower() != v}


def canonical_sql(expr: str, udf: str = "vapa_canonical") -> str:
    """`canonical` of the SQL text `expr` in DuckDB: an ASCII value in SQL (lower case and the
    confusables whose source is ASCII, from the same table), anything else through the Python
    function registered as `udf` (see register)."""
    mapped = ascii_map()
    # One replace per character (faster in DuckDB than translate); in this order no replacement
    # makes a character that a later one replaces (the test compares the forms on random text).
    order = sorted(mapped, key=lambda ch: any(ch in v for v in mapped.values()), reverse=True)
    sql = f"lower({expr})"
    for source in order:
        sql = f"replace({sql}, {_literal(source)}, {_literal(mapped[source])})"
    return f"CASE WHEN strlen({expr}) = length({expr}) THEN {sql} ELSE {udf}({expr}) END"


def register(con, udf: str = "vapa_canonical") -> None:
    """Make `canonical` callable from SQL on this DuckDB connection (once per connection)."""
    from duckdb.sqltypes import VARCHAR

    try:
        con.create_function(udf, canonical, [VARCHAR], VARCHAR, side_effects=False)
    except Exception as exc:  # noqa: BLE001 - already registered on this connection
        if "already" not in str(exc).lower():
            raise
