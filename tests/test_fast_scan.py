"""The fast record count (vectorised, DuckDB reads the records in place) gives exactly what the
record-by-record path gives: the same counts, errors, warnings and published rows, on clean
files and on every kind of malformed one; files it cannot read with certainty go the slow way."""

from __future__ import annotations

import duckdb
import pytest
from conftest import PROJECT, published

from pipelines import reader
from pipelines.contract import get_dataset
from pipelines.errors import FileRefused
from pipelines.ingest import ingest

HEADER = "boeking_id;boekingsdatum;begrotingsjaar;fase;stroom;begunstigde;traject_id;bedrag;begrotingsartikel;omschrijving"


def good(i: int, text: str = "Compensatie") -> str:
    return f"B-{i};14/07/2022;2022;vereffening;compensatie_aanbieder;Mechelen;UT-1;{i % 999 + 1}.375,50;SH0;{text}"


ROWS = [good(i) for i in range(1, 6)]
CASES = {
    "clean CRLF": ("\r\n".join([HEADER, *ROWS]) + "\r\n", "utf-8", True),
    "clean LF without final newline": ("\n".join([HEADER, *ROWS]), "utf-8", True),
    "BOM and sep line": ("\ufeffsep=;\r\n" + "\r\n".join([HEADER, *ROWS]) + "\r\n", "utf-8", True),
    "Windows-1252 with euro and curly quotes": (
        "\r\n".join([HEADER, good(1, "€ 5 “De Wisselaar” – schijf"), *ROWS[1:]]) + "\r\n", "cp1252", True),
    "CRLF without final newline and a short record": (
        "\r\n".join([HEADER, ROWS[0], ROWS[1][:20], *ROWS[2:]]), "utf-8", True),
    "Windows-1252 without final newline": (
        "\r\n".join([HEADER, good(1, "“Wisselaar” – €"), *ROWS[1:]]), "cp1252", True),
    "Windows-1252 with a short record and a blank one": (
        "\r\n".join([HEADER, good(1, "“Wisselaar” – €"), ROWS[1][:20], "", ";;;", *ROWS[2:], good(9, "Liège")]) + "\r\n",
        "cp1252", True),
    "Windows-1252 with no-break spaces around values": (
        "\r\n".join([HEADER, good(1, "\u00a0€ 5\u00a0").replace("Mechelen", "\u00a0Mechelen"), *ROWS[1:]]) + "\r\n",
        "cp1252", True),
    "quoted fields with delimiter, quotes and newlines": (
        "\r\n".join([HEADER, good(1, '"a;b ""c"" d\r\nregel 2"'), ROWS[1], good(3, '"x\ny"'), *ROWS[3:]]) + "\r\n",
        "utf-8", True),
    "extra empty field and missing fields": (
        "\r\n".join([HEADER, ROWS[0] + ";", ROWS[1], ";".join(ROWS[2].split(";")[:-2]), *ROWS[3:]]) + "\r\n",
        "utf-8", True),
    "blank lines, delimiter-only lines and whitespace": (
        "\r\n".join([HEADER, ROWS[0], "", ";;;;;;;;;", ROWS[1], "  ", ";;", " ; \t;\u00a0;;;;;;;", *ROWS[2:], ""]) + "\r\n",
        "utf-8", True),
    "unnamed column with data and a named unknown one": (
        "\r\n".join([HEADER + ";;extra", *(r + (";x;" if i == 2 else ";;") for i, r in enumerate(ROWS))]) + "\r\n",
        "utf-8", True),
    "row errors and duplicate keys": (
        "\r\n".join([HEADER, ROWS[0], ROWS[0], good(7).replace("14/07/2022", "31/02/2022"),
                     good(8).replace("Mechelen", "Nergensland"), *ROWS[1:]]) + "\r\n", "utf-8", True),
    "quote inside an unquoted field": ("\r\n".join([HEADER, good(1, 'een "citaat" hier'), *ROWS[1:]]) + "\r\n", "utf-8", False),
    "text after a closing quote": ("\r\n".join([HEADER, good(1, '"a"b'), *ROWS[1:]]) + "\r\n", "utf-8", False),
    "unbalanced quote": ("\r\n".join([HEADER, good(1, '"open'), *ROWS[1:]]) + "\r\n", "utf-8", False),
    "bare carriage returns": ("\r".join([HEADER, *ROWS]) + "\r", "utf-8", False),
    "carriage return inside a quoted field": ("\r\n".join([HEADER, good(1, '"a\rb"'), *ROWS[1:]]) + "\r\n", "utf-8", False),
    "control character": ("\r\n".join([HEADER, good(1, "bel\x07"), *ROWS[1:]]) + "\r\n", "utf-8", False),
    "mixed line ends": (HEADER + "\r\n" + "\n".join(ROWS), "utf-8", False),
    "values with spaces, tabs and no-break spaces around them": (
        "\r\n".join([HEADER, " B-1;14/07/2022 ;\u00a02022;vereffening\t;compensatie_aanbieder;Mechelen\u202f;UT-1; 1.375,50 ;SH0;x ",
                     "B-2 ; 14/07/2022;2022 ;vereffening;compensatie_aanbieder; Mechelen;UT-1;-7.000,25\u00a0;SH0;\u00a0",
                     *ROWS[2:]]) + "\r\n", "utf-8", True),
    "a record of other Unicode spaces": (
        "\r\n".join([HEADER, ROWS[0], "\u3000;\u2003;\u0085;;;;;;;\u1680", *ROWS[1:]]) + "\r\n", "utf-8", True),
    "a record longer than the default line bound of DuckDB (2 MB)": (
        "\r\n".join([HEADER, good(1, "x" * (3 << 20)), *ROWS[1:]]) + "\r\n", "utf-8", True),
    "a space at the very end of the file": ("\r\n".join([HEADER, *ROWS]) + " ", "utf-8", True),
    "a text ending in an accented letter": ("\r\n".join([HEADER, good(1, "voilà"), *ROWS[1:]]) + "\r\n", "utf-8", True),
    "only blank rows": ("\r\n".join([HEADER, "", ";;;;;;;;;", "  "]) + "\r\n", "utf-8", True),
    # the file's conventions (conventions.py) and an export's own columns
    "two-digit years (as a spreadsheet saves them)": (
        "\r\n".join([HEADER, *(r.replace("/2022;", "/22;") for r in ROWS)]) + "\r\n", "cp1252", True),
    "month first with decimal points": (
        "\r\n".join([HEADER, *(r.replace("14/07/2022", f"07/{10 + i}/22").replace(".375,50", "375.5")
                                 for i, r in enumerate(ROWS))]) + "\r\n", "utf-8", True),
    "both date orders": ("\r\n".join([HEADER, ROWS[0], ROWS[1].replace("14/07/2022", "07/14/2022")]) + "\r\n",
                         "utf-8", True),
    "both decimal signs": (
        "\r\n".join([HEADER, ROWS[0], ROWS[1].replace("2.375,50", "0.5"), ROWS[2].replace("3.375,50", "12.500")])
        + "\r\n", "utf-8", True),
    "the columns an export adds, one of them typed over": (
        "\r\n".join([HEADER + ";begunstigde_naam;begunstigde_nis",
                     *(r + (";Mechelen-Noord;12025" if i == 1 else ";Mechelen;12025") for i, r in enumerate(ROWS))])
        + "\r\n", "utf-8", True),
}  # fmt: skip


def run(
    tmp_path,
    name: str,
    data: bytes,
    fast: bool,
    monkeypatch,
    dataset: str = "uitgaven",
    from_file: bool = False,
) -> tuple:
    """Ingest `data` (as uploaded bytes, or `from_file` from a file: read and counted at once,
    and read by DuckDB in place); the result, the published rows, whether the fast path took it."""
    monkeypatch.setattr(reader, "FAST_SCAN", fast)
    taken = []
    original = reader._fast_scan
    monkeypatch.setattr(reader, "_fast_scan", lambda *a: taken.append(original(*a)) or taken[-1])
    data_dir = tmp_path / ("fast" if fast else "slow") / name.replace(" ", "_")
    source = data
    if from_file:
        source = tmp_path / f"{'fast' if fast else 'slow'}-{abs(hash(name))}.csv"
        source.write_bytes(data)
    result = ingest(dataset, source, file_name="f.csv", data_dir=data_dir, user="test")
    doc = result.as_json()
    for key in ("ingest_id", "file_name"):
        doc.pop(key)
    rows = (
        duckdb.sql(
            f"SELECT * EXCLUDE (_ingest_id) FROM {published(data_dir, dataset)} ORDER BY _regel"
        ).fetchall()
        if result.status == "published"
        else []
    )
    return doc, rows, (taken[-1] if taken else False)


@pytest.mark.parametrize("from_file", [False, True], ids=["uploaded bytes", "from a file"])
@pytest.mark.parametrize("slice_bytes", [reader._SLICE, 37], ids=["one slice", "slices of 37 bytes"])
@pytest.mark.parametrize("name", list(CASES))
def test_fast_and_slow_paths_agree(tmp_path, monkeypatch, name, slice_bytes, from_file):
    """Also with the file cut in slices shorter than a record, so that records, quoted fields
    and CRLF pairs straddle the slices' bounds as they do in a large file; and for a file read
    from disk, counted while it is read."""
    monkeypatch.setattr(reader, "_SLICE", slice_bytes)
    text, encoding, fast_expected = CASES[name]
    data = text.encode(encoding)
    slow_doc, slow_rows, _ = run(tmp_path, name, data, False, monkeypatch)
    fast_doc, fast_rows, took_fast = run(tmp_path, name, data, True, monkeypatch, from_file=from_file)
    assert took_fast == fast_expected
    assert fast_doc == slow_doc
    assert fast_rows == slow_rows
    assert slow_doc["rows_read"] == slow_doc["rows_accepted"] + slow_doc["rows_rejected"]


def test_clean_file_is_read_in_place_and_every_line_is_right(tmp_path, monkeypatch):
    rows = [good(i) for i in range(1, 2001)]
    text = "\r\n".join([HEADER, *rows[:1000], "", *rows[1000:]]) + "\r\n"
    doc, published, took_fast = run(tmp_path, "many", text.encode(), True, monkeypatch)
    assert took_fast
    assert (doc["rows_read"], doc["rows_accepted"], doc["rows_blank"]) == (2000, 2000, 1)
    lines = [r[0] for r in published]
    assert lines == [*range(2, 1002), *range(1003, 2003)]  # the blank line 1002 is skipped
    assert published[1499][1] == "B-1500"


@pytest.mark.parametrize(
    ("name", "trimmed"),
    [
        ("clean CRLF", True),
        ("BOM and sep line", True),
        ("Windows-1252 with euro and curly quotes", True),  # '€' (0x80) is no space
        ("Windows-1252 with no-break spaces around values", False),  # 0xA0
        ("values with spaces, tabs and no-break spaces around them", False),
        ("a text ending in an accented letter", False),
        ("a space at the very end of the file", False),
        (
            "a record of other Unicode spaces",
            False,
        ),  # blank, as Python's strip() sees it  # 'à' ends in the byte of a no-break space
        ("quoted fields with delimiter, quotes and newlines", False),
    ],
)
def test_trimming_is_skipped_only_when_no_field_needs_it(tmp_path, name, trimmed):
    """The typed read leaves out the trimming of values only where the reader saw that no
    field starts or ends with white space (or could: quoted fields are not looked into)."""
    text, encoding, _ = CASES[name]
    path = tmp_path / "f.csv"
    path.write_bytes(text.encode(encoding))
    enc = reader.detect_encoding(path)
    scanned = reader.scan(path, get_dataset("uitgaven"), tmp_path / "norm.csv", enc)
    assert scanned.records is not None
    assert scanned.records.trimmed is trimmed


def _edge_by_fields(data: bytes, delimiter: bytes) -> bool:
    """The reference: split into lines and fields, and look at each field's first and last byte."""
    edge = {b for b in range(256) if reader._EDGE_BYTES[b]}
    for line in data.split(b"\n"):
        line = line[:-1] if line.endswith(b"\r") else line
        for f in line.split(delimiter):
            if f and (f[0] in edge or f[-1] in edge):
                return True
    return False


@pytest.mark.parametrize("slice_bytes", [reader._SLICE, 5])
@pytest.mark.parametrize("delimiter", [b";", b",", b"\t"])
def test_white_space_at_a_field_edge_is_found_wherever_it_is(monkeypatch, slice_bytes, delimiter):
    """The reader's answer to 'may any field begin or end with white space?' (which decides
    whether values are trimmed) is exactly what splitting the lines into fields gives: spaces,
    tabs, quotes and the UTF-8 bytes of Unicode spaces, inside fields or at either end, in LF
    and CRLF files, also where a field straddles two slices."""
    import random

    import numpy as np

    monkeypatch.setattr(reader, "_SLICE", slice_bytes)
    pieces = [b"a", b"b7", b" ", b"\t", b'"', delimiter, b"\n", b"\r\n", "é".encode(), "à".encode()]
    pieces += ["\u00a0".encode(), "\u2013".encode(), "\u3000".encode(), "€".encode()]
    pieces += [b"xy z", b"a", b"b7", b"c", delimiter, delimiter, b"\n", b"\r\n"] * 3  # mostly plain
    rng = random.Random(11)
    disagree, found = [], 0
    for _ in range(1500):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14)))
        arr = np.frombuffer(data, dtype=np.uint8)
        high = np.flatnonzero(arr >= 0x80)
        expected = _edge_by_fields(data, delimiter)
        found += expected
        if reader._positions(arr, delimiter[0], high)[5] != expected:
            disagree.append(data)
    assert disagree == []
    assert 300 < found < 1200  # both answers are well represented


def _corpus() -> list:
    """The reliability suite's bad-input cases (tests/reliability/test_bad_input.py) that are
    CSV text built in the test: each is also a case for the agreement of both paths."""
    import importlib.util
    import sys

    path = PROJECT / "tests" / "reliability" / "test_bad_input.py"
    spec = importlib.util.spec_from_file_location("bad_input_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return [c for c in module.CASES if isinstance(c.data, bytes) and not c.data.startswith(b"PK")]


CORPUS = _corpus()


@pytest.mark.parametrize("case", CORPUS, ids=[c.id for c in CORPUS])
def test_both_paths_agree_on_the_bad_input_corpus(tmp_path, monkeypatch, case):
    slow_doc, slow_rows, _ = run(tmp_path, case.id, case.data, False, monkeypatch, case.dataset)
    fast_doc, fast_rows, _ = run(tmp_path, case.id, case.data, True, monkeypatch, case.dataset)
    assert fast_doc == slow_doc
    assert fast_rows == slow_rows


@pytest.mark.parametrize("slice_bytes", [reader._SLICE, 7])
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Caf\u00e9 \u2013 ok", None),
        ("Caf\u00c3\u00a9 en meer", "\u00c3\u00a9"),
        ("kost \u00e2\u201a\u00ac 5", "\u00e2\u201a"),
    ],
)
def test_utf8_inside_a_windows_1252_file_is_found_wherever_it_is(
    tmp_path, monkeypatch, slice_bytes, text, found
):
    """'Ã©' (UTF-8 of é read as Windows-1252) or 'â‚' (of €) marks two exports glued together,
    also where the pair straddles two slices of the search."""
    monkeypatch.setattr(reader, "_SLICE", slice_bytes)
    path = tmp_path / "f.csv"
    path.write_bytes(("\u00e9" + "x" * 5 + text).encode("cp1252"))  # "é" alone is no UTF-8
    if found is None:
        assert reader.detect_encoding(path).codec == "cp1252"
    else:
        with pytest.raises(FileRefused) as refused:
            reader.detect_encoding(path)
        assert refused.value.code == "ENCODING_UNSUPPORTED"
        assert f"(bv. '{found}')" in refused.value.message


def _utf8_cases() -> list[bytes]:
    """Well-formed and broken UTF-8: every boundary of the table of well-formed sequences,
    truncated and stray continuation bytes, surrogates, overlong forms, and random bytes."""
    import random

    cases = [b"", b"plain ascii", "é – € 𝄞 ï".encode()]
    for lead in range(0x80, 0x100):
        for second in (0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0):
            for tail in (b"", b"\x80", b"\x80\x80", b"\x80\x80\x80", b"a", b"\x80a"):
                cases.append(bytes([lead, second]) + tail)
                cases.append(b"x;" + bytes([lead, second]) + tail + b";y\n")
    rng = random.Random(7)
    alphabet = b"ab;\n\x80\x9f\xa0\xbf\xc2\xc3\xdf\xe0\xe2\xed\xef\xf0\xf4\xf5"
    for _ in range(3000):
        cases.append(bytes(rng.choice(alphabet) for _ in range(rng.randint(1, 12))))
    for _ in range(300):  # valid text with one byte cut out or changed
        text = "".join(rng.choice("aé€𝄞ŋ;\n") for _ in range(8)).encode()
        at = rng.randrange(len(text))
        cases.append(text[:at] + text[at + 1 :])
        cases.append(text[:at] + bytes([rng.randrange(256)]) + text[at + 1 :])
    return cases


@pytest.mark.parametrize("slice_bytes", [reader._SLICE, 3])
def test_the_vectorised_utf8_check_agrees_with_pythons_decoder(monkeypatch, slice_bytes):
    """The encoding check decides UTF-8 from the positions of the bytes 0x80-0xFF alone; it
    must accept and refuse exactly what Python's strict UTF-8 decoder does, also where a
    character straddles two slices."""
    import numpy as np

    monkeypatch.setattr(reader, "_SLICE", slice_bytes)
    disagree = []
    for data in _utf8_cases():
        arr = np.frombuffer(data, dtype=np.uint8)
        high = reader._survey(arr).high
        try:
            data.decode("utf-8")
            expected = True
        except UnicodeDecodeError:
            expected = False
        if reader._valid_utf8(arr, high) != expected:
            disagree.append(data)
    assert disagree == []


@pytest.mark.parametrize(
    ("data", "control"),
    [(b"a;b\r\nc\td;e\n", False), (b"a;b\nc\x00;d\n", True), (b"a;b\nc\x1f;d\n", True), (b"a\x7f;b\n", True)],
)
def test_control_characters_are_found_besides_tabs_and_line_breaks(tmp_path, data, control):
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    assert reader.detect_encoding(path).has_control_chars is control


def test_windows_1252_is_transcoded_exactly_as_pythons_codec_does():
    """The vectorised transcoding gives, byte for byte, what Python's cp1252 codec and UTF-8
    encoder give: every defined byte alone, next to each other and at a piece's ends."""
    import random

    import numpy as np

    defined = [b for b in range(256) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)]
    rng = random.Random(1252)
    cases = [bytes([b]) for b in defined] + [bytes(defined), bytes(reversed(defined)), b"", b"ascii only"]
    cases += [bytes(rng.choice(defined) for _ in range(rng.randint(1, 40))) for _ in range(2000)]
    for data in cases:
        got = reader.cp1252_to_utf8(np.frombuffer(data, dtype=np.uint8)).tobytes()
        assert got == data.decode("cp1252").encode("utf-8"), data
    with pytest.raises(ValueError):
        reader.cp1252_to_utf8(np.frombuffer(b"a\x81b", dtype=np.uint8))


@pytest.mark.parametrize("piece", [reader._TRANSCODE, 5])
def test_any_run_of_a_windows_1252_file_is_written_as_its_utf8(tmp_path, monkeypatch, piece):
    """The normalised copy is written in runs of good records; a run may start and end inside a
    transcoded piece."""
    import io
    import random

    monkeypatch.setattr(reader, "_TRANSCODE", piece)
    text = "Liège;“De Wisselaar” – € 5;Œuvre\r\n" * 7
    data = b"header\r\n" + text.encode("cp1252")
    start = len(b"header\r\n")
    transcoded = reader._Transcoded(data, start, tmp_path / "out.csv")
    transcoded.run()
    body = data[start:]
    assert (tmp_path / "out.csv").read_bytes() == body.decode("cp1252").encode("utf-8")
    rng = random.Random(5)
    for _ in range(300):
        lo = rng.randrange(len(body))
        hi = rng.randrange(lo, len(body) + 1)
        out = io.BytesIO()
        transcoded.write(out, lo, hi)
        assert out.getvalue() == body[lo:hi].decode("cp1252").encode("utf-8"), (lo, hi)


@pytest.mark.parametrize("slice_bytes", [reader._SLICE, 11])
def test_reading_and_surveying_together_gives_the_file_and_its_survey(tmp_path, monkeypatch, slice_bytes):
    """The upload is surveyed slice by slice while it is read: the same bytes, the same positions
    of the bytes 0x80-0xFF and the same control-character finding as surveying it afterwards."""
    import numpy as np

    monkeypatch.setattr(reader, "_SLICE", slice_bytes)
    for data in (b"", b"a;b\n", ("Liège;“x” – €\r\n" * 9).encode(), b"a\x07;\xe9\n" * 5):
        path = tmp_path / "f.csv"
        path.write_bytes(data)
        read, (high, control, _) = reader.read_surveyed(path)
        expected_high, expected_control, _ = reader._survey(np.frombuffer(data, dtype=np.uint8))
        assert bytes(read) == data
        assert high.tolist() == expected_high.tolist() == [i for i, b in enumerate(data) if b >= 0x80]
        assert control is expected_control is (b"\x07" in data)


class _AtOnce:
    """An executor that runs each job when it is submitted: a job sees exactly the bytes read
    so far, as a slow disk would let it."""

    def __init__(self, workers: int) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def submit(self, fn, *args):
        from concurrent.futures import Future

        future = Future()
        future.set_result(fn(*args))
        return future


@pytest.mark.parametrize("at_once", [False, True], ids=["threads", "jobs run when submitted"])
@pytest.mark.parametrize("slice_bytes", [reader._SLICE, 5, 37])
def test_the_count_made_while_reading_is_the_count_made_afterwards(
    tmp_path, monkeypatch, slice_bytes, at_once
):
    """read_surveyed counts the records slice by slice as the file is read, for the layout its
    first slice suggests; where the scan agrees with that layout, the counts are exactly what
    counting the bytes afterwards gives (line feeds, quotes, delimiters per line, carriage
    returns, white space at field edges)."""
    import numpy as np

    monkeypatch.setattr(reader, "_SLICE", slice_bytes)
    if at_once:
        monkeypatch.setattr(reader, "ThreadPoolExecutor", _AtOnce)
    texts = [(text, enc) for text, enc, _ in CASES.values()]
    texts += [("a|b|c\n1|2|3\n", "utf-8"), ("sep=,\r\na,b\r\n1,2\r\n", "utf-8"), ("x\tb\n \t2\n", "utf-8")]
    # one space at the end of a field, at every place in a slice (also its last byte)
    texts += [(f"a;b\n{'x' * k} ;y\r\np;q\n", "utf-8") for k in range(1, 40)]
    checked = 0
    for text, enc in texts:
        data = text.encode(enc)
        if len(data) > 1000 * slice_bytes:  # the 3 MB record: one slice is enough (minutes in bytes)
            continue
        path = tmp_path / "f.csv"
        path.write_bytes(data)
        read, survey = reader.read_surveyed(path)
        counted = survey.counted
        if counted is None:
            continue
        arr = np.frombuffer(read, dtype=np.uint8)[counted.start :]
        high = survey.high[np.searchsorted(survey.high, counted.start) :] - counted.start
        fresh = reader._positions(arr, counted.delimiter, high)
        reused = reader._positions(arr, counted.delimiter, high, parts=counted.parts)
        for a, b in zip(fresh, reused, strict=True):
            assert np.array_equal(a, b), (text[:40], a, b)
        checked += 1
    assert checked >= len(texts) - 3  # not counted early: a file that is all header


def test_a_clean_file_from_disk_is_counted_once(tmp_path, monkeypatch):
    """The scan uses the count made while the file was read instead of counting again."""
    data = ("\r\n".join([HEADER, *[good(i) for i in range(1, 300)]]) + "\r\n").encode()
    monkeypatch.setattr(reader, "_SLICE", 1000)
    counts, original = [], reader._positions
    monkeypatch.setattr(
        reader, "_positions", lambda *a, **k: counts.append(k.get("parts") or a[4:]) or original(*a, **k)
    )
    doc, rows, took_fast = run(tmp_path, "counted once", data, True, monkeypatch, from_file=True)
    assert took_fast and doc["rows_accepted"] == 299 and len(rows) == 299
    assert len(counts) == 1 and counts[0]  # one scan, with the slices counted while reading
