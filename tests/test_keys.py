"""Look-alike keys and invisible characters (issue 20, items 2 and 3): the vendored confusables
data, the canonical form of a key (in Python and in SQL), and what an append does with a key
that looks like a published one."""

from __future__ import annotations

import random
import re
import unicodedata

import duckdb
import pytest
from test_ingest import published_rows

from pipelines import characters, plainkeys
from pipelines.characters import CONFUSABLES, canonical, visible
from pipelines.ingest import ingest
from pipelines.paths import REFERENCE_DIR

U = "uitgaven"
HEADER = "boeking_id;boekingsdatum;begrotingsjaar;fase;stroom;begunstigde;bedrag;omschrijving\r\n"
# The classes of look-alikes of 'K-1' the issue names: case, a non-breaking hyphen, a Greek and
# a Cyrillic capital Ka, a zero-width space (and a word joiner, and a BOM inside the key).
LOOKALIKES = ("k-1", "K\u20111", "\u039a-1", "\u041a-1", "K-1\u200b", "K\u2060-1", "\ufeffK-1")


def bookings(*keys: str, text: str = "") -> bytes:
    rows = "".join(
        f"{k};01/03/2022;2022;vastlegging;compensatie_aanbieder;Gent;100,00;{text}\r\n" for k in keys
    )
    return (HEADER + rows).encode("utf-8")


# --- the vendored data ----------------------------------------------------------------------------


def test_the_vendored_confusables_are_the_ascii_part_of_unicode_17():
    text = CONFUSABLES.read_text(encoding="utf-8")
    assert "# Version: 17.0.0" in text and "© 2025 Unicode®, Inc." in text
    lines = [line for line in text.split("\n") if line and not line.startswith("#")]
    assert f"# lines: {len(lines)}" in text and len(lines) == 1868
    pattern = re.compile(
        r"([0-9A-F]{4,6}) ;\t([0-9A-F]{4,6}(?: [0-9A-F]{4,6})*) ;\tMA\t#\*? \( (.*) → (.*) \) "
    )
    for line in lines:
        m = pattern.match(line)
        assert m, line
        source, prototype = chr(int(m[1], 16)), "".join(chr(int(h, 16)) for h in m[2].split())
        assert prototype.isascii(), line
        # The line's comment shows the same characters as its code points (Unicode writes
        # right-to-left ones between two U+200E marks and spaces as nothing).
        if not unicodedata.category(source).startswith("Z"):
            assert (m[3].strip("\u200e"), m[4]) == (source, prototype), line
    pairs = dict(characters.confusables())
    assert pairs["\u2011"] == "-" and pairs["\u0430"] == "a" and pairs["\u03bf"] == "o"
    assert pairs["\u0406"] == "l" and pairs["I"] == "l" and pairs["0"] == "O"
    licence = (REFERENCE_DIR / "UNICODE-LICENSE.txt").read_text(encoding="utf-8")
    assert licence.startswith("UNICODE LICENSE V3") and "Unicode-3.0" in licence
    assert "confusables-ascii.txt" in (REFERENCE_DIR / "ATTRIBUTION.md").read_text(encoding="utf-8")


# --- the canonical form ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", LOOKALIKES)
def test_every_class_of_lookalike_has_the_canonical_form_of_the_key(key):
    assert key != "K-1" and canonical(key) == canonical("K-1")


def test_keys_that_differ_stay_apart():
    codes = [f"B-{i}" for i in range(1, 1000)] + [
        f"UT-{y}-{i:03d}" for y in (2021, 2022) for i in range(1, 200)
    ]
    codes += ["VL-2022-0001", "VE-2022-0102", "TV-2023-0007", "leefloners_per_1000", "geboorten_pct", "K-2"]
    assert len({canonical(c) for c in codes}) == len(codes)


def test_canonical_is_its_own_fixed_point():
    for code in characters._table():
        once = canonical(chr(code))
        assert canonical(once) == once, (hex(code), once)
    assert unicodedata.normalize("NFKC", canonical("Ⅻ-ﬁ")) == canonical("Ⅻ-ﬁ")


def test_the_sql_form_is_the_python_form():
    rng = random.Random(20)
    alphabet = "aAbBiIlL1|0oOmMrn-_ \"'`éΚК‑\u200b\u202eß"
    values = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    values += list(LOOKALIKES) + ["K-1"]
    con = duckdb.connect()
    characters.register(con)
    got = con.execute(
        f"SELECT v, {characters.canonical_sql('v')} FROM (SELECT unnest($values) AS v)", {"values": values}
    ).fetchall()
    assert [(v, c) for v, c in got if c != canonical(v)] == []


def _alike_found(keys: list[str | None], plain_path: bool) -> set[str]:
    """The canonical forms keys.alike_groups finds shared, by the path for one column of text
    (plainkeys.py) or by the canonical form of every key."""
    con = duckdb.connect()
    characters.register(con)
    con.execute("CREATE TABLE t AS SELECT unnest($keys::VARCHAR[]) AS k", {"keys": keys})
    if plain_path:
        n = plainkeys.alike_groups(con, "k", "t")
        found = {row[0] for row in con.execute("SELECT canon FROM _alike").fetchall()}
        assert n == len(found)
        return found
    return {
        row[0]
        for row in con.execute(
            f"SELECT {characters.canonical_sql('k')} AS canon FROM t WHERE k IS NOT NULL "
            "GROUP BY canon HAVING count(*) > 1"
        ).fetchall()
    }


@pytest.mark.parametrize(
    ("keys", "shared"),
    [
        (["B-10", "b-1o", "B-2"], {"b-lo"}),  # a plain key and a look-alike that is not plain
        (["B-10", "b-10", "B-11"], {"b-lo"}),  # plain keys that differ in case only
        (["K-1", "K\u20111", "K-2"], {"k-l"}),  # a non-breaking hyphen
        (["x1", "xl", "xI", "x|", "y1"], {"xl"}),  # four ways to write a one
        (["m0", "rnO", "rn0"], {"rno"}),  # no plain key among them
        (["A-2", "A-3", None, None], set()),  # missing keys are no key
    ],
)
def test_the_look_alikes_of_one_column_of_text_are_those_of_the_canonical_form(keys, shared):
    assert _alike_found(keys, plain_path=True) == _alike_found(keys, plain_path=False) == shared


@pytest.mark.parametrize("seed", range(30))
def test_the_plain_key_path_finds_every_group_the_canonical_form_finds(seed):
    """Random keys over characters that look alike (0 and O, 1 and l, m and rn, quotes, a Greek
    omicron, a zero-width space), short enough to collide often."""
    rng = random.Random(seed)
    parts = ["0", "o", "O", "1", "l", "I", "i", "|", "m", "rn", "M", "a", "A", "-", '"', "''", "`", "'"]
    parts += ["\u03bf", "\u200b", "2", "B"]
    keys = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 3))) for _ in range(80)]
    assert _alike_found(keys, plain_path=True) == _alike_found(keys, plain_path=False)


def test_direction_controls_are_shown_not_obeyed():
    assert visible("factuur\u202egpj.exe") == "factuur[U+202E]gpj.exe"
    assert visible("a\u2066b\u2069c\u200fd") == "a[U+2066]b[U+2069]c[U+200F]d"
    plain = "Onthaal van het Sociaal Huis herwerkt."
    assert visible(plain) is plain
    assert characters.names("K\u200b-1") == "U+200B ZERO WIDTH SPACE"


# --- what an ingest does --------------------------------------------------------------------------


def test_an_append_rejects_every_lookalike_of_a_published_key(data_dir):
    first = ingest(U, bookings("K-1"), file_name="a.csv", data_dir=data_dir, user="t")
    assert first.published
    result = ingest(
        U, bookings(*LOOKALIKES, "K-2"), file_name="b.csv", mode="append", data_dir=data_dir, user="t"
    )
    assert result.published and (result.rows_read, result.rows_accepted, result.rows_rejected) == (8, 1, 7)
    lookalike = {
        i.line: i for i in result.errors if i.code == "KEY_LOOKALIKE" and "gepubliceerde" in i.message
    }
    assert sorted(lookalike) == list(range(2, 9))
    assert all(
        "lijkt op 'K-1' in de gepubliceerde gegevens (versie 1)" in i.message for i in lookalike.values()
    )
    # the invisible characters are named visibly; they also reject the key by themselves
    assert "'K-1[U+200B]'" in lookalike[6].message
    invisible = {i.line for i in result.errors if i.code == "INVISIBLE_CHARACTER"}
    assert invisible == {6, 7, 8}
    assert sorted(r["boeking_id"] for r in published_rows(data_dir, U)) == ["K-1", "K-2"]


def test_an_append_rejects_lookalikes_within_the_file_and_of_published_keys_together(data_dir):
    """An appended file with two keys alike among themselves (A-1, a-1) and one like a published
    key (k-1 for K-1): all three are refused, each naming what it resembles."""
    assert ingest(U, bookings("K-1"), file_name="a.csv", data_dir=data_dir, user="t").published
    result = ingest(
        U, bookings("A-1", "a-1", "k-1", "K-2"), file_name="b.csv", mode="append", data_dir=data_dir, user="t"
    )
    assert (result.rows_read, result.rows_accepted, result.rows_rejected) == (4, 1, 3)
    where = {i.line: "gepubliceerde" in i.message for i in result.errors if i.code == "KEY_LOOKALIKE"}
    assert where == {2: False, 3: False, 4: True}


def test_lookalikes_within_one_file_are_all_rejected_naming_each_other(data_dir):
    result = ingest(U, bookings("B-7", "b-7", "B-8"), file_name="a.csv", data_dir=data_dir, user="t")
    assert (result.rows_read, result.rows_accepted, result.rows_rejected) == (3, 1, 2)
    named = {i.line: i.message for i in result.errors if i.code == "KEY_LOOKALIKE"}
    assert "'b-7' (regel 3) in dit bestand" in named[2] and "'B-7' (regel 2) in dit bestand" in named[3]


def test_free_text_keeps_its_direction_controls(data_dir):
    result = ingest(
        U, bookings("B-1", text="a\u202eb\u2066c"), file_name="a.csv", data_dir=data_dir, user="t"
    )
    assert result.rows_accepted == 1 and not result.errors
    assert published_rows(data_dir, U)[0]["omschrijving"] == "a\u202eb\u2066c"


def test_direction_controls_are_shown_in_tables_sentences_and_downloads():
    """Free text keeps a U+202E in the data; wherever it is shown (a page's table, a Markdown
    sentence, a CSV or Excel download) it appears as [U+202E] and reorders nothing."""
    import io

    import openpyxl
    import pandas as pd

    from dashboard import exports, format

    text = "Factuur \u202eFDP.exe"
    df = pd.DataFrame({"Omschrijving": [text, "gewoon"], "Bedrag": [1.5, 2.0]})
    assert format.frame(df)["Omschrijving"].tolist() == ["Factuur [U+202E]FDP.exe", "gewoon"]
    assert format.md_text(text) == r"Factuur \[U\+202E\]FDP\.exe"  # escaped Markdown, shown as written
    csv_text = exports.to_csv(df).decode("utf-8-sig")
    assert "Factuur [U+202E]FDP.exe;1,5" in csv_text and "\u202e" not in csv_text
    sheet = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(df))).active
    assert sheet["A2"].value == "Factuur [U+202E]FDP.exe" and sheet["B2"].value == 1.5
    assert df["Omschrijving"][0] == text  # the data itself is kept


def test_the_character_classes_in_python_and_in_duckdb():
    """The classes are made when the module loads; made again here, a change to how they are
    written shows (and DuckDB's must find what Python's finds)."""
    ranges = ((0x061C, 0x061C), (0x200E, 0x200F))
    assert characters._class(ranges) == "[\\U0000061C\\U0000200E-\\U0000200F]"
    assert characters._class(ranges, re2=True) == "[\\x{061C}\\x{200E}-\\x{200F}]"
    assert characters._class(characters.INVISIBLE, re2=True) == characters.INVISIBLE_SQL
    found = duckdb.sql("SELECT regexp_matches('a\u200fb', $re), regexp_matches('a\u2010b', $re)",
                       params={"re": characters._class(ranges, re2=True)}).fetchone()  # fmt: skip
    assert found == (True, False)


def test_invisible_characters_are_named_in_a_message():
    assert characters.names("a\u2065b\u200b\u200b") == "U+2065 onbenoemd teken, U+200B ZERO WIDTH SPACE"
    assert characters.shown("K\u200b1") == "K[U+200B]1"


def test_the_confusables_are_read_line_by_line():
    pairs = characters.confusables()
    assert len(pairs) == 1868  # every line of the vendored file that is not a comment
    mapped = dict(pairs)
    assert mapped["\u2a74"] == "::="  # DOUBLE COLON EQUAL: a prototype of three characters
    assert mapped["\u0391"] == "A"  # GREEK CAPITAL LETTER ALPHA


def test_a_key_like_many_others_names_three_and_counts_the_rest(data_dir):
    result = ingest(U, bookings("K-1", "k-1", "K\u20111", "\u039a-1", "\u041a-1"), file_name="a.csv",
                    data_dir=data_dir, user="t")  # fmt: skip
    first = next(i for i in result.errors if i.code == "KEY_LOOKALIKE" and i.line == 2)
    assert (first.column, first.value) == ("boeking_id", "K-1")
    assert first.message == (
        "De sleutel boeking_id 'K-1' lijkt op 'k-1' (regel 3), 'K\u20111' (regel 4), '\u039a-1' (regel 5) en 1 andere in "
        "dit bestand: ze verschillen alleen in hoofdletters, onzichtbare tekens of tekens die op elkaar lijken (een "
        "Griekse of Cyrillische letter, een ander streepje, 0 en O). Als aparte sleutel zou dezelfde rij twee keer "
        "tellen. Schrijf de sleutel precies zoals de bestaande, of geef de rij een sleutel die echt verschilt."
    )
    three = ingest(
        U, bookings("K-1", "k-1", "K\u20111", "\u039a-1"), file_name="b.csv", data_dir=data_dir, user="t"
    )
    message = next(i.message for i in three.errors if i.code == "KEY_LOOKALIKE" and i.line == 2)
    assert "'\u039a-1' (regel 5) in dit bestand:" in message  # three named: none left to count


def test_a_key_of_several_columns_is_named_whole_in_its_message(data_dir):
    """indicatoren: municipality + year + indicator; two indicators that differ only in case."""
    from fixture_small import _csv

    from pipelines.contract import get_dataset

    row = dict(get_dataset("indicatoren").example_rows[0])
    rows = [row, dict(row, indicator=row["indicator"].upper())]
    result = ingest("indicatoren", _csv("indicatoren", rows), file_name="i.csv", data_dir=data_dir, user="t")
    issue = next(i for i in result.errors if i.code == "KEY_LOOKALIKE" and i.line == 2)
    assert (issue.column, issue.value) == (
        "gemeente + jaar + indicator",
        "12025 / 2022 / leefloners_per_1000",
    )
    assert issue.message.startswith(
        "De sleutel gemeente + jaar + indicator '12025 / 2022 / leefloners_per_1000' lijkt op "
        "'12025 / 2022 / LEEFLONERS_PER_1000' (regel 3) in dit bestand: "
    )


def test_each_group_of_lookalikes_names_only_its_own_keys_after_exact_copies(data_dir):
    """An exact copy (A-1 twice: a duplicate key, not a look-alike) comes first in key order;
    the look-alike groups after it are still found, each naming only the keys of its group."""
    result = ingest(U, bookings("A-1", "A-1", "B-7", "b-7", "C-2", "c-2"), file_name="a.csv",
                    data_dir=data_dir, user="t")  # fmt: skip
    named = {i.line: i.message for i in result.errors if i.code == "KEY_LOOKALIKE"}
    assert sorted(named) == [4, 5, 6, 7]
    assert "lijkt op 'b-7' (regel 5) in dit bestand:" in named[4]
    assert "lijkt op 'B-7' (regel 4) in dit bestand:" in named[5]
    assert "lijkt op 'c-2' (regel 7) in dit bestand:" in named[6]
    assert "lijkt op 'C-2' (regel 6) in dit bestand:" in named[7]
    assert not any("A-1" in m for m in named.values())


def test_an_append_names_a_published_key_of_several_columns_whole(data_dir):
    """indicatoren (municipality + year + indicator): a value appended that differs from a
    published one only in case is refused, naming the published key whole."""
    from fixture_small import _csv

    from pipelines.contract import get_dataset

    row = dict(get_dataset("indicatoren").example_rows[0])
    first = ingest("indicatoren", _csv("indicatoren", [row]), file_name="i.csv", data_dir=data_dir, user="t")
    assert first.published
    upper = dict(row, indicator=row["indicator"].upper())
    result = ingest("indicatoren", _csv("indicatoren", [upper]), file_name="j.csv", mode="append",
                    data_dir=data_dir, user="t")  # fmt: skip
    assert (result.rows_read, result.rows_accepted, result.rows_rejected) == (1, 0, 1)
    issue = next(i for i in result.errors if i.code == "KEY_LOOKALIKE")
    assert issue.message.startswith(
        "De sleutel gemeente + jaar + indicator '12025 / 2022 / LEEFLONERS_PER_1000' lijkt op "
        "'12025 / 2022 / leefloners_per_1000' in de gepubliceerde gegevens (versie 1): "
    )


@pytest.mark.parametrize("hidden", ["\u00ad", "\u200b"], ids=["soft-hyphen", "zero-width-space"])
def test_an_invisible_character_in_the_last_bytes_of_a_utf8_file_is_found(data_dir, hidden):
    """The key is the file's last column and its last row ends in an invisible character, with no
    line break after it: the last two or three bytes of the file. The row is refused."""
    data = (
        "boekingsdatum;begrotingsjaar;fase;stroom;begunstigde;bedrag;omschrijving;boeking_id\r\n"
        f"01/03/2022;2022;vastlegging;compensatie_aanbieder;Gent;100,00;tekst;K-1{hidden}"
    )
    result = ingest(U, data.encode("utf-8"), file_name="a.csv", data_dir=data_dir, user="t")
    assert (result.rows_read, result.rows_accepted, result.rows_rejected) == (1, 0, 1)
    issue = next(i for i in result.errors if i.code == "INVISIBLE_CHARACTER")
    assert (issue.line, issue.column) == (2, "boeking_id")


@pytest.mark.parametrize("others", ["", "Café"], ids=["only-high-byte", "with-an-accent"])
def test_a_soft_hyphen_in_a_windows_1252_file_is_found(data_dir, others):
    """Windows-1252 writes the soft hyphen (U+00AD, invisible) as one byte, 0xAD: a key holding
    it is refused, also when it is the file's only byte above ASCII."""
    data = HEADER + f"K\u00ad1;01/03/2022;2022;vastlegging;compensatie_aanbieder;Gent;100,00;{others}\r\n"
    result = ingest(U, data.encode("cp1252"), file_name="a.csv", data_dir=data_dir, user="t")
    assert result.encoding == "cp1252"
    assert (result.rows_read, result.rows_accepted, result.rows_rejected) == (1, 0, 1)
    issue = next(i for i in result.errors if i.code == "INVISIBLE_CHARACTER")
    assert (issue.line, issue.column) == (2, "boeking_id") and "(hier U+00AD)" in issue.message
