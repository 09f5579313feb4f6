"""The DuckDB part of an ingest: typed read, domain checks, accepted rows to Parquet.

The SQL is generated from the data contract (one declaration drives everything): for every
column a parser (sql/macros.sql) and its checks, for every dataset its row checks and unique
key. Contract texts go in as named parameters, except the allowed values of enumerations, which
the parsing view holds as quoted SQL literals (views take no parameters); only identifiers from
the contract are written into the SQL text, always quoted. Uploaded text is data in tables,
never SQL.

In order: raw (all text; a table read from the normalised file or, on the fast path, a view
over the upload's good records with the lines the reader counted) -> typed (a view: every
column parsed, reference date and vintage; the file's date order and decimal sign are decided
from the first read, with the contract's, and where they differ the file is read again with
them: conventions.py) -> muni (the distinct municipality values, resolved
in Python) -> staged (the one materialised copy: typed with the municipalities joined) ->
issues (one row per error or warning, built only for rows that have one) -> the accepted rows
(staged minus rejected lines), written straight to Parquet by a COPY that counts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa

from pipelines import characters
from pipelines import contract as c
from pipelines.contract import Column, Dataset
from pipelines.conventions import AMBIGUOUS_NUMBER, CONTRACT, MIXED, Conventions, survey
from pipelines.errors import Issue
from pipelines.keys import alike_groups, in_alike, lookalike_issues
from pipelines.paths import SQL_DIR
from pipelines.reader import LINE_COLUMN, MAX_LINE_BYTES, Records, ScanResult
from pipelines.reference import MERGER_DATE, NEW, OLD, Resolution, Resolver

SQL_TYPES = {
    c.INTEGER: "BIGINT",
    c.DECIMAL: "DOUBLE",
    c.MONEY: "DECIMAL(18, 2)",
    c.DATE: "DATE",
    c.BOOLEAN: "BOOLEAN",
    c.TEXT_LIST: "VARCHAR[]",
}
# The parser of each type as steps (sql/macros.sql), each reading the previous step's column.
# `{raw}` is the cleaned text, `{first}` the first step's column; `{dec}` and `{date_format}`
# are the file's decimal separator and date order (conventions.py), as SQL literals. Whole
# numbers and amounts first try the common forms ('2022', '14.460,01') in one step; only the
# rest go through the general steps, which compute nothing for a row the first step parsed
# (their input is NULL).
STEPS = {
    c.INTEGER: (
        "be_integer_plain({raw})",
        "CASE WHEN {first} IS NULL THEN be_number_strip({raw}) END",
        "be_number_text({v}, {dec})",
        "coalesce({first}, be_integer({v}))",
    ),
    c.DECIMAL: ("be_number_strip({v})", "be_number_text({v}, {dec})", "be_double({v})"),
    c.MONEY: (
        "be_money_plain({raw}, {dec})",
        "CASE WHEN {first} IS NULL THEN be_number_strip({raw}) END",
        "be_number_text({v}, {dec})",
        "coalesce({first}, be_money({v}))",
    ),
    c.DATE: ("be_date_strip({v})", "be_date({v}, {date_format})"),
    c.BOOLEAN: ("nl_bool({v})",),
    c.TEXT_LIST: ("text_list({v})",),
    c.URL: ("CASE WHEN is_http_url({v}) THEN {v} END",),
}
TYPE_ERRORS = {
    c.INTEGER: ("NOT_AN_INTEGER", "'{name}' moet een geheel getal zijn, bv. {example}."),
    c.DECIMAL: (
        "NOT_A_NUMBER",
        "'{name}' moet een getal zijn met een decimale komma, bv. {example}. Een punt scheidt "
        "alleen duizendtallen (1.234,5).",
    ),
    c.MONEY: (
        "NOT_AN_AMOUNT",
        "'{name}' moet een bedrag in euro zijn met een decimale komma en hoogstens twee "
        "decimalen, bv. 182.044,00 of -7.000,25.",
    ),
    c.DATE: (
        "NOT_A_DATE",
        "'{name}' moet een bestaande datum zijn in de vorm dd/mm/jjjj (dag eerst), bv. {example}.",
    ),
    c.BOOLEAN: ("NOT_YES_NO", "Vul bij '{name}' ja of nee in."),
    c.ENUM: ("NOT_ALLOWED", "Toegelaten waarden voor '{name}': {allowed}."),
    c.URL: (
        "BAD_URL",
        "'{name}' moet een volledige link zijn die begint met https:// (of http://), zonder spaties.",
    ),
}
ISSUE_FIELDS = ("line", "column", "value", "code", "message", "severity")
INVISIBLE_MESSAGE = (
    "'{name}' is een code en mag geen onzichtbaar teken of richtingteken bevatten (hier {{char}}). "
    "Zo'n teken ziet niemand, maar het maakt de code anders of toont ze in een andere volgorde. "
    "Typ de code opnieuw."
)
FILE_SUFFIX = "__file"  # a derived column's value as the file has it (see _derived_notes)


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def typed_columns(dataset: Dataset) -> list[tuple[str, str]]:
    """(name, SQL type) of the published Parquet file, in order."""
    cols: list[tuple[str, str]] = [(LINE_COLUMN, "BIGINT")]
    for col in dataset.columns:
        cols.append((col.name, SQL_TYPES.get(col.type, "VARCHAR")))
        cols += [(name, "VARCHAR") for name, _ in col.derived]
    cols.append(("_ingest_id", "VARCHAR"))
    return cols


class _Params:
    """Collects named parameters while SQL is generated."""

    def __init__(self) -> None:
        self.values: dict[str, object] = {}
        self.conds: list[str] = []  # the condition of every issue, to find rows with any

    def __call__(self, value: object) -> str:
        name = f"p{len(self.values)}"
        self.values[name] = value
        return "$" + name


def _issue(
    p: _Params,
    cond: str,
    column: str,
    value_sql: str,
    code: str,
    message: str | None,
    severity: str = "error",
    message_sql: str | None = None,
) -> str:
    msg = message_sql if message_sql is not None else p(message)
    p.conds.append(cond)
    return (
        f"CASE WHEN {cond} THEN {{'column': {p(column)}, 'value': {value_sql}, "
        f"'code': {p(code)}, 'message': {msg}, 'severity': {p(severity)}}} END"
    )


# The resolutions of a municipality that give an issue: its code and severity.
_RESOLUTION_ISSUES = {
    "unknown": ("MUNICIPALITY_UNKNOWN", "error"),
    "ambiguous": ("MUNICIPALITY_AMBIGUOUS", "error"),
    "mapped": ("MUNICIPALITY_MAPPED", "warning"),
}


def _column_checks(
    p: _Params,
    col: Column,
    resolutions: bool = True,
    records: Records | None = None,
    conv: Conventions = CONTRACT,
) -> list[str]:
    """The checks of one column. What the reader saw of the records (`records`, on the fast
    path) leaves out the checks no value can fail: a text longer than the longest record, or
    a line break in a file without quotes (only a quoted field can hold one). In a file with
    both decimal signs (`conv`), a number whose reading depends on the sign is rejected."""
    raw = quote_ident(col.name + "__raw")
    typed = quote_ident(col.name)
    out, ambiguous = _ambiguous_number_check(p, col, raw, conv)
    out += _value_checks(p, col, raw, typed, ambiguous)
    out += _text_checks(p, col, raw, records)
    if col.is_municipality and resolutions:
        out += _resolution_checks(p, col, raw)
    return out


def _ambiguous_number_check(
    p: _Params, col: Column, raw: str, conv: Conventions
) -> tuple[list[str], str | None]:
    """In a file with both decimal signs, the check of a number whose reading depends on the
    sign; with its condition (None when there is none), which the type check leaves out."""
    out = []
    ambiguous = None
    if conv.numbers == MIXED and col.type in (c.DECIMAL, c.MONEY):
        ambiguous = f"regexp_full_match(be_number_strip({raw}), '{AMBIGUOUS_NUMBER}')"
        out.append(
            _issue(
                p,
                ambiguous,
                col.name,
                raw,
                "NUMBER_AMBIGUOUS",
                f"'{col.name}': dit bestand gebruikt zowel een decimale komma als een decimale "
                "punt, dus dit getal kan twee dingen betekenen (bv. '12.500': twaalfduizend "
                "vijfhonderd of twaalf en een half). Schrijf het met een decimale komma en zonder "
                "punt (12500 of 12,5).",
            )
        )
    return out, ambiguous


def _value_checks(p: _Params, col: Column, raw: str, typed: str, ambiguous: str | None) -> list[str]:
    """The checks of a column's value: present when required, of its type, within its limits."""
    out = []
    if col.required:
        out.append(
            _issue(
                p,
                f"{raw} IS NULL",
                col.name,
                "NULL",
                "REQUIRED",
                f"'{col.name}' is verplicht: vul een waarde in ({col.type_label}), bv. {col.example}.",
            )
        )
    if col.type in TYPE_ERRORS:
        code, template = TYPE_ERRORS[col.type]
        message = template.format(name=col.name, example=col.example, allowed=", ".join(col.allowed))
        cond = f"{raw} IS NOT NULL AND {typed} IS NULL" + (f" AND NOT {ambiguous}" if ambiguous else "")
        out.append(_issue(p, cond, col.name, raw, code, message))
    if col.min is not None or col.max is not None:
        lo = col.min if col.min is not None else float("-inf")
        hi = col.max if col.max is not None else float("inf")
        cond = f"{typed} IS NOT NULL AND ({typed} < {p(lo)} OR {typed} > {p(hi)})"
        out.append(
            _issue(
                p,
                cond,
                col.name,
                raw,
                "OUT_OF_RANGE",
                f"'{col.name}' moet {col.limit_label} zijn.",
            )
        )
    return out


def _text_checks(p: _Params, col: Column, raw: str, records: Records | None) -> list[str]:
    """The checks of a column's text: its length, a line break in a code, invisible characters;
    left out where what the reader saw of the records (`records`) shows no value can fail."""
    out = []
    if col.max_length and (records is None or records.longest > col.max_length):
        out.append(
            _issue(
                p,
                f"length({raw}) > {p(col.max_length)}",
                col.name,
                f"left({raw}, 200)",
                "TOO_LONG",
                f"'{col.name}' mag hoogstens {col.max_length} tekens lang zijn; kort de tekst in.",
            )
        )
    if col.type == c.IDENTIFIER and (records is None or records.quoted):
        out.append(
            _issue(
                p,
                f"(contains({raw}, chr(10)) OR contains({raw}, chr(13)))",
                col.name,
                raw,
                "NOT_ALLOWED",
                f"'{col.name}' is een code en mag geen regeleinde bevatten.",
            )
        )
    if col.type in (c.IDENTIFIER, c.URL) and (records is None or records.hidden):
        hidden = f"printf('U+%04X', unicode(regexp_extract({raw}, {p(characters.INVISIBLE_SQL)})))"
        before, after = INVISIBLE_MESSAGE.format(name=col.name).split("{char}")
        out.append(
            _issue(
                p,
                f"regexp_matches({raw}, {p(characters.INVISIBLE_SQL)})",
                col.name,
                raw,
                "INVISIBLE_CHARACTER",
                None,
                message_sql=f"{p(before)} || {hidden} || {p(after)}",
            )
        )
    return out


def _resolution_checks(p: _Params, col: Column, raw: str) -> list[str]:
    """The issues of a municipality column from the resolution of its names and codes."""
    out = []
    status_col = quote_ident(col.name + "__status")
    for status, (code, severity) in _RESOLUTION_ISSUES.items():
        out.append(
            _issue(
                p,
                f"{status_col} = {p(status)}",
                col.name,
                raw,
                code,
                None,
                severity,
                message_sql=quote_ident(col.name + "__message"),
            )
        )
    return out


def _row_checks(p: _Params, dataset: Dataset) -> list[str]:
    out = []
    for check in dataset.checks:
        present = " AND ".join(f"{quote_ident(name + '__raw')} IS NOT NULL" for name in check.columns)
        cond = f"{present} AND NOT coalesce(({check.sql}), TRUE)"
        value = "concat_ws(' / ', " + ", ".join(quote_ident(name + "__raw") for name in check.columns) + ")"
        out.append(
            _issue(p, cond, ", ".join(check.columns), value, check.code, check.message, check.severity)
        )
    return out


@dataclass
class StageResult:
    rows_read: int
    rows_accepted: int
    rows_rejected: int
    rows_total: int  # rows in the dataset once published (existing rows included in append mode)
    issues: list[Issue]
    warnings: list[Issue]


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: object = None) -> object:
    """The single value of a query; the result is consumed (DuckDB 2 requires it)."""
    return con.execute(sql, params).fetchall()[0][0]


def _load_macros(con: duckdb.DuckDBPyConnection) -> None:
    con.execute((SQL_DIR / "macros.sql").read_text(encoding="utf-8"))


class RecordCountMismatch(RuntimeError):
    """DuckDB read another number of records than the reader counted: take the slow path."""


# What Python's str.strip() removes, in RE2: a field of only these is blank.
_BLANK = "'[\\s\\x{85}\\p{Z}]*'"


def _parse_sql(
    dataset: Dataset, source: str, passthrough: list[str], trimmed: bool, conv: Conventions = CONTRACT
) -> str:
    """A SELECT over `source` (its columns named as in the contract) that parses every column
    in layers of projections, one per parser step (STEPS; a step's input is always a column,
    never an expression evaluated again), with the file's conventions `conv`. It keeps: for
    every column its cleaned text `<col>__raw` and, when it has a parser, its typed value
    `<col>` (text is its cleaned text: kept once), and `_vintage` from the reference date; plus
    `passthrough`. With `trimmed` (the reader saw no field with white space at either end)
    cleaning is only empty -> NULL."""
    clean = "nullif({v}, '')" if trimmed else "be_clean({v})"
    first = [quote_ident(name) for name in passthrough] + [
        f"{clean.format(v=quote_ident(col.name))} AS {quote_ident(col.name + '__raw')}"
        for col in dataset.columns
    ]
    chains = _parser_chains(dataset)
    sql, current = _parse_layers(dataset, f"({source})", first, chains, conv)
    return _typed_select(dataset, sql, passthrough, chains, current)


def _parser_chains(dataset: Dataset) -> dict[str, list[str]]:
    """Per column its parser steps ({v}: the previous step's column): STEPS of its type, or for
    an ENUM its canonical value or the value its spelling maps to."""
    chains: dict[str, list[str]] = {}
    for col in dataset.columns:
        if col.type == c.ENUM:
            keys, values = _literal_list(col.value_map), _literal_list(col.value_map.values())
            canonical = _literal_list(col.allowed)
            chains[col.name] = [
                f"CASE WHEN list_contains({canonical}, {{v}}) THEN {{v}} "
                f"ELSE map({keys}, {values})[norm_value({{v}})] END"
            ]
        else:
            chains[col.name] = list(STEPS.get(col.type, ()))
    return chains


def _parse_layers(
    dataset: Dataset, sql: str, first: list[str], chains: dict[str, list[str]], conv: Conventions
) -> tuple[str, dict[str, str]]:
    """`sql` under the `first` projection and one projection per parser step; with the column
    that holds each column's last step."""
    layers = [first]
    depth = max((len(chain) for chain in chains.values()), default=0)
    current = {col.name: col.name + "__raw" for col in dataset.columns}
    for step in range(depth):
        added = []
        for col in dataset.columns:
            chain = chains[col.name]
            if step < len(chain):
                name = f"{col.name}__{step + 1}"
                sql_step = chain[step].format(
                    v=quote_ident(current[col.name]),
                    raw=quote_ident(col.name + "__raw"),
                    first=quote_ident(f"{col.name}__1"),
                    dec=f"'{conv.decimal}'",
                    date_format=f"'{conv.date_format}'",
                )
                added.append(f"{sql_step} AS {quote_ident(name)}")
                current[col.name] = name
        layers.append(["*", *added])
    for layer in layers:
        sql = f"(SELECT {', '.join(layer)} FROM {sql})"
    return sql, current


def _typed_select(
    dataset: Dataset, sql: str, passthrough: list[str], chains: dict[str, list[str]], current: dict[str, str]
) -> str:
    """The cleaned text and typed value of every column over the parse layers `sql`, with the
    reference date's vintage flag."""
    # The typed values under their contract names, for the reference date's expression.
    named = [quote_ident(name) for name in passthrough]
    keep = list(named)
    for col in dataset.columns:
        raw, typed = quote_ident(col.name + "__raw"), quote_ident(col.name)
        named.append(raw)
        if col.type == c.ENUM:
            # Kept as a DuckDB ENUM (one byte a row), and the text only where it is not the
            # canonical value (_typed_view puts them together again): most rows store no text.
            alt = quote_ident(col.name + "__alt")
            keep.append(f"CASE WHEN {raw} IS DISTINCT FROM {typed} THEN {raw} END AS {alt}")
            keep.append(f"CAST({typed} AS {_enum_of(list(col.allowed))}) AS {typed}")  # contract values
        else:
            keep.append(raw)
            if chains[col.name]:
                keep.append(typed)
        named.append(f"{quote_ident(current[col.name]) if chains[col.name] else raw} AS {typed}")
    before_merger = f"_refdatum < DATE '{MERGER_DATE.isoformat()}' AS _before_merger"
    refdatum = f"TRY_CAST(try({dataset.reference_date_sql}) AS DATE) AS _refdatum"
    return (
        f"SELECT {', '.join(keep)}, {before_merger} FROM (SELECT *, {refdatum} "
        f"FROM (SELECT {', '.join(named)} FROM {sql}))"
    )


def _typed_view(
    dataset: Dataset, base: str, line: str, where: str = "", derived: tuple[str, ...] = ()
) -> str:
    """The columns of typed over the table `base` (text columns are their cleaned text), and
    the file's values of the `derived` columns (`<name>__file`)."""
    out = [f"{line} AS {quote_ident(LINE_COLUMN)}"]
    out += [f"b.{quote_ident(name + FILE_SUFFIX)}" for name in derived]
    for col in dataset.columns:
        text = not (col.type == c.ENUM or STEPS.get(col.type))
        out.append(f"{_cleaned(col)} AS {quote_ident(col.name + '__raw')}")
        out.append(f"b.{quote_ident(col.name + ('__raw' if text else ''))} AS {quote_ident(col.name)}")
    out.append(f"CASE WHEN b._before_merger THEN '{OLD}' ELSE '{NEW}' END AS _vintage")
    return f"SELECT {', '.join(out)} FROM {base}{where}"


def _cleaned(col: Column) -> str:
    """A column's cleaned text in the table base (`b`)."""
    if col.type == c.ENUM:  # the text as it was where it was not the canonical value
        return f"coalesce(b.{quote_ident(col.name + '__alt')}, CAST(b.{quote_ident(col.name)} AS VARCHAR))"
    return f"b.{quote_ident(col.name + '__raw')}"


def _load(
    con: duckdb.DuckDBPyConnection,
    dataset: Dataset,
    scanned: ScanResult,
    norm_path: Path,
    conv: Conventions = CONTRACT,
) -> int | None:
    """Read and parse the records into the table `base` (the one materialised copy of the
    rows), with the views raw (`_regel` and every contract column as read) and typed (`_regel`,
    every column cleaned and parsed with the file's conventions `conv`, `_vintage`, and the
    file's values of derived columns as `<name>__file`) over it; blank records are left out.

    On the fast path DuckDB reads the good records where they are, parsing as it reads, and a
    record's line comes from its position (the table keeps file order); records whose fields
    are all blank are counted as blank, as the slow path does, and unnamed columns holding data
    are noted for the warnings. Returns the rows read on the slow path, None on the fast one
    (counted once typed)."""
    derived = tuple(scanned.header.derived)
    from_file = [name + FILE_SUFFIX for name in derived]
    if scanned.records is None:
        return _load_slow(con, dataset, scanned, norm_path, conv, derived, from_file)
    _load_fast(con, dataset, scanned, conv, derived, from_file)
    return None


def _load_slow(
    con: duckdb.DuckDBPyConnection,
    dataset: Dataset,
    scanned: ScanResult,
    norm_path: Path,
    conv: Conventions,
    derived: tuple[str, ...],
    from_file: list[str],
) -> int:
    """The slow path of _load: the normalised file `norm_path` read into `_records`, parsed
    into base; returns the rows read."""
    columns = {LINE_COLUMN: "BIGINT", **{name: "VARCHAR" for name in [*dataset.column_names, *from_file]}}
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _records AS SELECT * FROM read_csv($path, columns = $columns, "
        "header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = false, "
        "strict_mode = true, null_padding = false, max_line_size = $max_line, buffer_size = $buffer)",
        # DuckDB 1.5 sizes its buffer at 16 lines of the longest allowed (1 GiB for 64 MB),
        # more than the ingest's memory cap: two lines' worth is enough to read any record.
        {
            "path": str(norm_path),
            "columns": columns,
            "max_line": MAX_LINE_BYTES,
            "buffer": 2 * MAX_LINE_BYTES,
        },
    )
    rows = _scalar(con, "SELECT count(*) FROM _records")
    if rows != scanned.rows_good:
        raise RuntimeError(
            f"row count mismatch: the independent read found {scanned.rows_good} rows, DuckDB {rows}"
        )
    contract = ", ".join(quote_ident(n) for n in [LINE_COLUMN, *dataset.column_names])
    con.execute(f"CREATE OR REPLACE TEMP VIEW raw AS SELECT {contract} FROM _records")
    sql = _parse_sql(dataset, "SELECT * FROM _records", [LINE_COLUMN, *from_file], False, conv)
    con.execute(f"CREATE OR REPLACE TEMP TABLE base AS {sql}")
    typed = _typed_view(dataset, "base AS b", "b._regel", derived=derived)
    con.execute(f"CREATE OR REPLACE TEMP VIEW typed AS {typed}")
    return rows


def _load_fast(
    con: duckdb.DuckDBPyConnection,
    dataset: Dataset,
    scanned: ScanResult,
    conv: Conventions,
    derived: tuple[str, ...],
    from_file: list[str],
) -> None:
    """The fast path of _load: the good records read where they are and parsed into base."""
    rec = scanned.records
    fields = [f"c{i}" for i in range(rec.width)]
    select, passthrough = _fast_select(dataset, scanned, rec, fields, derived, from_file)
    count = _read_base(con, dataset, rec, fields, select, passthrough, conv)
    base, line = _record_lines(con, rec, count)
    where = " WHERE NOT b._blank"
    _fast_views(con, dataset, rec, base, line, where, derived)
    if scanned.header.ignored:
        _note_ignored_with_data(con, scanned)


def _fast_select(
    dataset: Dataset,
    scanned: ScanResult,
    rec: Records,
    fields: list[str],
    derived: tuple[str, ...],
    from_file: list[str],
) -> tuple[list[str], list[str]]:
    """The projection of the fast path over the record's `fields`: every contract column, the
    blank flag, the file's values of derived columns, the text as read (when not trimmed) and
    a flag per ignored column holding data; with the columns _parse_sql passes through."""
    order = scanned.header.contract_order(dataset)
    select = [
        f"{'NULL::VARCHAR' if pos is None else fields[pos]} AS {quote_ident(name)}"
        for name, pos in zip(dataset.column_names, order, strict=True)
    ]
    if rec.trimmed:  # no field begins with white space: a blank field is an empty one
        blank = " AND ".join(f"{f} IS NULL" for f in fields)
    else:
        blank = " AND ".join(f"({f} IS NULL OR regexp_full_match({f}, {_BLANK}))" for f in fields)
    select.append(f"{blank} AS _blank")
    select += [f"{fields[scanned.header.derived[n]]} AS {quote_ident(n + FILE_SUFFIX)}" for n in derived]
    passthrough = ["_blank", *from_file]
    if not rec.trimmed:  # the text as read, for the rejected rows and the preview
        for name, pos in zip(dataset.column_names, order, strict=True):
            select.append(
                f"{'NULL::VARCHAR' if pos is None else fields[pos]} AS {quote_ident(name + '__as_read')}"
            )
            passthrough.append(name + "__as_read")
    for pos in scanned.header.ignored:
        select.append(
            f"NOT ({fields[pos]} IS NULL OR regexp_full_match({fields[pos]}, {_BLANK})) AS _extra{pos}"
        )
        passthrough.append(f"_extra{pos}")
    return select, passthrough


def _read_base(
    con: duckdb.DuckDBPyConnection,
    dataset: Dataset,
    rec: Records,
    fields: list[str],
    select: list[str],
    passthrough: list[str],
    conv: Conventions,
) -> int:
    """The table base read and parsed from the records; returns its rows, checked against the
    reader's count."""
    source = (
        f"SELECT {', '.join(select)} FROM read_csv($path, columns = $columns, header = false, skip = $skip, "
        "delim = $delim, quote = '\"', escape = '\"', auto_detect = false, strict_mode = true, "
        "null_padding = false, max_line_size = $max_line)"
    )
    sql = _parse_sql(dataset, source, passthrough, rec.trimmed, conv)
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE base AS {sql}",
        {
            "path": str(rec.path),
            "columns": {f: "VARCHAR" for f in fields},
            "skip": rec.skip,
            "delim": rec.delimiter,
            # DuckDB's buffers hold several of the longest line: a bound far above the longest
            # record (the normalised file's) leaves too few buffers for its threads.
            "max_line": max(2 << 20, 2 * rec.longest),
        },
    )
    count = _scalar(con, "SELECT count(*) FROM base")
    if count != len(rec.lines):
        raise RecordCountMismatch(f"the reader counted {len(rec.lines)} records, DuckDB {count}")
    return count


def _record_lines(con: duckdb.DuckDBPyConnection, rec: Records, count: int) -> tuple[str, str]:
    """The base (a table expression) and the SQL of each record's line in the file."""
    # A record's line: from its position (rowid, in file order). Usually the lines follow each
    # other and the line is a sum; otherwise (blank lines, line breaks in fields) a join.
    # (A POSITIONAL JOIN would do the same but runs on one thread.)
    if count and int(rec.lines[-1]) - int(rec.lines[0]) == count - 1:
        base, line = "base AS b", f"b.rowid + {int(rec.lines[0])}"
    else:
        con.register(
            "_lines_arrow",
            pa.table({"idx": pa.array(range(count), pa.int64()), "line": pa.array(rec.lines, pa.int64())}),
        )
        con.execute("CREATE OR REPLACE TEMP TABLE _lines AS SELECT * FROM _lines_arrow")
        con.unregister("_lines_arrow")
        base, line = "base AS b JOIN _lines AS l ON l.idx = b.rowid", "l.line"
    return base, line


def _fast_views(
    con: duckdb.DuckDBPyConnection,
    dataset: Dataset,
    rec: Records,
    base: str,
    line: str,
    where: str,
    derived: tuple[str, ...],
) -> None:
    """The views typed and raw over the fast path's base."""
    con.execute(f"CREATE OR REPLACE TEMP VIEW typed AS {_typed_view(dataset, base, line, where, derived)}")
    as_read = {
        col.name: _cleaned(col) if rec.trimmed else f"b.{quote_ident(col.name + '__as_read')}"
        for col in dataset.columns
    }
    raw = ", ".join(f"{text} AS {quote_ident(name)}" for name, text in as_read.items())
    line_col = quote_ident(LINE_COLUMN)
    con.execute(f"CREATE OR REPLACE TEMP VIEW raw AS SELECT {line} AS {line_col}, {raw} FROM {base}{where}")


def _note_ignored_with_data(con: duckdb.DuckDBPyConnection, scanned: ScanResult) -> None:
    """Notes the unnamed columns holding data in some record, for the warnings."""
    flags = ", ".join(f"bool_or(_extra{pos})" for pos in scanned.header.ignored)
    row = con.execute(f"SELECT {flags} FROM base").fetchall()[0]
    filled = {pos for pos, flag in zip(scanned.header.ignored, row, strict=True) if flag}
    scanned.ignored_with_data |= filled


def _literal_list(values: object) -> str:
    """Contract values (never uploaded text) as a SQL list literal; views take no parameters."""
    return "[" + ", ".join("'" + str(v).replace("'", "''") + "'" for v in values) + "]"


def _resolve_municipalities(con: duckdb.DuckDBPyConnection, dataset: Dataset, resolver: Resolver) -> None:
    records: dict[str, list[object]] = {
        k: [] for k in ("col", "raw", "vintage", "nis", "nis_2025", "naam", "type", "status", "message")
    }
    for col in dataset.columns:
        if not col.is_municipality:
            continue
        raw = quote_ident(col.name + "__raw")
        pairs = con.execute(f"SELECT DISTINCT {raw}, _vintage FROM typed WHERE {raw} IS NOT NULL").fetchall()
        for value, vintage in pairs:
            day = MERGER_DATE if vintage == NEW else date(2024, 12, 31)
            kind, res = _resolve_value(resolver, col, value, day)
            for key, item in zip(
                records,
                (
                    col.name,
                    value,
                    vintage,
                    res.nis_code,
                    res.nis_code_2025,
                    res.name_nl,
                    kind,
                    res.status,
                    res.message,
                ),
                strict=True,
            ):
                records[key].append(item)
    # The resolved values (from the reference and the contract, never uploaded text) as ENUMs:
    # one byte a row where the rows are joined to them, and written to Parquet as text.
    types = {k: _enum_of(v) if k in _RESOLVED else "VARCHAR" for k, v in records.items()}
    _table_of_lists(con, "muni", {k: (types[k], v) for k, v in records.items()})


_RESOLVED = c.BENEFICIARY_DERIVED


def _enum_of(values: list[object]) -> str:
    """An ENUM of the distinct values (VARCHAR when there are none)."""
    distinct = sorted({str(v) for v in values if v is not None})
    return (
        "ENUM(" + ", ".join("'" + v.replace("'", "''") + "'" for v in distinct) + ")"
        if distinct
        else "VARCHAR"
    )


def _resolve_value(resolver: Resolver, col: Column, value: str, day: date) -> tuple[str | None, Resolution]:
    if col.type == c.BENEFICIARY:
        key = c.normalize_value(value)
        for name, variants in c.ORGANISATIONS.items():
            if key in variants or key == c.normalize_value(name):
                return "organisatie", Resolution(value, "ok", name_nl=name)
    res = resolver.resolve(value, on=day)
    if col.type == c.BENEFICIARY and not res.ok:
        orgs = ", ".join(c.ORGANISATIONS)
        res = Resolution(
            value,
            res.status,
            message=f"{res.message} Een begunstigde is ofwel {orgs}, ofwel een gemeente.",
            suggestions=res.suggestions,
        )
    return ("gemeente" if res.ok else None), res


def _with_municipalities(dataset: Dataset) -> str:
    """SELECT over typed with every municipality column joined to its resolution."""
    joins, extra = [], []
    for col in dataset.columns:
        if not col.is_municipality:
            continue
        m = quote_ident(col.name + "__m")
        raw = quote_ident(col.name + "__raw")
        joins.append(
            f"LEFT JOIN muni AS {m} ON {m}.col = '{col.name}' AND {m}.raw = t.{raw} "
            f"AND {m}.vintage = t._vintage"
        )
        extra += [
            f"{m}.nis AS {quote_ident(col.name + '_nis')}",
            f"{m}.nis_2025 AS {quote_ident(col.name + '_nis_2025')}",
            f"{m}.naam AS {quote_ident(col.name + '_naam')}",
            f"{m}.status AS {quote_ident(col.name + '__status')}",
            f"{m}.message AS {quote_ident(col.name + '__message')}",
        ]
        if col.type == c.BENEFICIARY:
            extra.append(f"{m}.type AS {quote_ident(col.name + '_type')}")
    return "SELECT t.*" + "".join(", " + e for e in extra) + " FROM typed AS t " + " ".join(joins)


def _build_staged(con: duckdb.DuckDBPyConnection, dataset: Dataset) -> int:
    """The view staged: typed with the municipalities resolved (row checks reference them as
    <col>_nis, column checks their <col>__status and <col>__message). Returns its rows."""
    con.execute(f"CREATE OR REPLACE TEMP VIEW staged AS {_with_municipalities(dataset)}")
    return int(_scalar(con, "SELECT count(*) FROM typed"))


def _derived_notes(con: duckdb.DuckDBPyConnection, dataset: Dataset, derived: tuple[str, ...]) -> list[Issue]:
    """One note per derived column of the file (an export's `begunstigde_naam`, ...) whose
    values differ from what the ingest derives from their column: the derivation wins, the
    file's value is never read. Rows whose municipality does not resolve are rejected anyway."""
    notes = []
    for name in derived:
        source, part = dataset.derived_columns[name]
        given, made = f"be_clean({quote_ident(name + FILE_SUFFIX)})", f"CAST({quote_ident(name)} AS VARCHAR)"
        status = quote_ident(source + "__status")
        n, line, value, derivation = con.execute(
            f"SELECT count(*), arg_min({quote_ident(LINE_COLUMN)}, {quote_ident(LINE_COLUMN)}), "
            f"arg_min({given}, {quote_ident(LINE_COLUMN)}), arg_min({made}, {quote_ident(LINE_COLUMN)}) "
            f"FROM staged WHERE {given} IS NOT NULL AND {given} IS DISTINCT FROM {made} "
            f"AND {status} IS DISTINCT FROM 'unknown' AND {status} IS DISTINCT FROM 'ambiguous'"
        ).fetchall()[0]
        if n:
            notes.append(
                Issue(
                    line,
                    name,
                    value,
                    "DERIVED_DIFFERS",
                    f"Kolom '{name}' ({c.DERIVED_LABELS_NL[part]}) wijkt {n} keer af van wat het "
                    f"project afleidt uit '{source}' (bv. regel {line}: '{value}', afgeleid: "
                    f"'{derivation or ''}'). De afgeleide waarde geldt: '{name}' wordt niet "
                    f"ingelezen maar telkens berekend uit '{source}' met de gemeentelijst, zodat ze "
                    f"nooit tegenstrijdig zijn. Wil je iets anders, verbeter dan '{source}'.",
                )
            )
    return notes


def _build_issues(
    con: duckdb.DuckDBPyConnection,
    dataset: Dataset,
    records: Records | None = None,
    conv: Conventions = CONTRACT,
) -> None:
    # When every municipality resolved without remark and no row check compares resolved
    # codes, the rows are checked in typed, without the join with the resolutions.
    flagged = _scalar(
        con, "SELECT count(*) FROM muni WHERE list_contains($f, status)", {"f": list(_RESOLUTION_ISSUES)}
    )
    codes = [col.name + "_nis" for col in dataset.columns if col.is_municipality]
    joined = bool(flagged) or any(code in chk.sql for chk in dataset.checks for code in codes)
    p = _Params()
    checks = [chk for col in dataset.columns for chk in _column_checks(p, col, joined, records, conv)]
    checks += _row_checks(p, dataset)
    # The issues are built only for rows with any: testing the conditions is cheap, building
    # a list of structs for every row is not.
    any_issue = " OR ".join(f"({cond})" for cond in p.conds) or "FALSE"
    con.execute(
        "CREATE OR REPLACE TEMP TABLE issues AS SELECT "
        f'{quote_ident(LINE_COLUMN)} AS line, e.column AS "column", e.value AS value, '
        "e.code AS code, e.message AS message, e.severity AS severity FROM (SELECT "
        f"{quote_ident(LINE_COLUMN)}, unnest(list_filter([{', '.join(checks)}], "
        f"lambda e: e IS NOT NULL)) AS e FROM {'staged' if joined else 'typed'} WHERE {any_issue})",
        p.values,
    )


def _key_expr(dataset: Dataset) -> list[str]:
    """Key columns as they are compared: municipalities by their resolved NIS code."""
    out = []
    for name in dataset.key:
        col = dataset.column(name)
        out.append(quote_ident(name + "_nis") if col.is_municipality else quote_ident(name))
    return out


def _key_issues(
    con: duckdb.DuckDBPyConnection, dataset: Dataset, existing: str | None, version: int | None
) -> None:
    keys = _key_expr(dataset)
    # Keys without a municipality are compared in typed: no join with the resolutions.
    rows = "staged" if any(dataset.column(k).is_municipality for k in dataset.key) else "typed"

    def key_raw(prefix: str = "") -> str:
        return "concat_ws(' / ', " + ", ".join(prefix + quote_ident(k + "__raw") for k in dataset.key) + ")"

    present = " AND ".join(f"{k} IS NOT NULL" for k in keys)
    label = " + ".join(dataset.key)
    alike = alike_groups(con, dataset, rows)  # keys that several rows share, in canonical form
    if alike:
        _duplicate_key_issues(con, dataset, rows, f"{present} AND {in_alike(dataset)}", label)
    if alike or existing is not None:
        lookalike_issues(con, dataset, rows, existing, version)
    if existing is None:
        return
    join = " AND ".join(f"s.{k} = e.{k}" for k in keys)
    con.execute(
        f"""
        INSERT INTO issues
        SELECT s.{quote_ident(LINE_COLUMN)}, $label, {key_raw("s.")},
               'KEY_EXISTS',
               'De sleutel ' || $label || ' bestaat al in de gepubliceerde gegevens (versie ' ||
               $version || '). Bij toevoegen worden bestaande rijen nooit overschreven: ' ||
               'kies ''vervangen'' om de hele dataset te vervangen, of laat deze rij weg.',
               'error'
        FROM {rows} AS s
        WHERE {" AND ".join("s." + k + " IS NOT NULL" for k in keys)}
          AND EXISTS (SELECT 1 FROM {existing} AS e WHERE {join})
        """,
        {"label": label, "version": str(version)},
    )


def _duplicate_key_issues(
    con: duckdb.DuckDBPyConnection, dataset: Dataset, rows: str, where: str, label: str
) -> None:
    """DUPLICATE_KEY for every row whose exact key another row of `rows` (`where` holds) has."""
    keys = _key_expr(dataset)
    raw = "concat_ws(' / ', " + ", ".join(quote_ident(k + "__raw") for k in dataset.key) + ")"
    con.execute(
        f"""
        INSERT INTO issues
        SELECT line, $label, value, 'DUPLICATE_KEY',
               'De sleutel ' || $label || ' ''' || value || ''' komt ' || n ||
               ' keer voor in het bestand (regels ' || array_to_string(lines[1:10], ', ') ||
               CASE WHEN n > 10 THEN ', ...' ELSE '' END ||
               '). Elke ' || $label || ' moet uniek zijn: verwijder de dubbele rijen of geef ' ||
               'ze een eigen sleutel.', 'error'
        FROM (
            SELECT {quote_ident(LINE_COLUMN)} AS line, {raw} AS value,
                   count(*) OVER w AS n,
                   list({quote_ident(LINE_COLUMN)}) OVER w AS lines
            FROM {rows} AS s SEMI JOIN (
                SELECT {", ".join(keys)} FROM {rows} WHERE {where} GROUP BY ALL HAVING count(*) > 1
            ) AS d ON {" AND ".join(f"s.{k} = d.{k}" for k in keys)}
            WINDOW w AS (PARTITION BY {", ".join("s." + k for k in keys)} ORDER BY {quote_ident(LINE_COLUMN)}
                         ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
        ) WHERE n > 1
        """,
        {"label": label},
    )


def _total_issues(
    con: duckdb.DuckDBPyConnection,
    dataset: Dataset,
    existing: str | None,
    any_rejected: bool,
) -> None:
    """The dataset's TotalChecks over the accepted rows (and `existing`, a relation of the
    published rows), added to `issues`."""
    line = quote_ident(LINE_COLUMN)
    accepted = f"typed AS s ANTI JOIN rejected AS r ON s.{line} = r.line" if any_rejected else "typed AS s"
    for check in dataset.totals:
        cols = ", ".join(quote_ident(c) for c in check.columns)
        group = quote_ident(check.group)
        pool = f"SELECT {cols} FROM {accepted}"
        if existing is not None:
            pool += f" UNION ALL SELECT {cols} FROM {existing}"
        value = "concat_ws(' / ', " + ", ".join(quote_ident(c + "__raw") for c in check.columns) + ")"
        con.execute(
            f"""
            INSERT INTO issues
            SELECT {line}, $columns, {value}, $code, $message, $severity FROM (
                SELECT s.*, t.total FROM {accepted}
                JOIN (SELECT {group} AS _group, {check.total_sql} AS total FROM ({pool})
                      WHERE {group} IS NOT NULL GROUP BY ALL) AS t ON s.{group} = t._group
            ) WHERE NOT coalesce(({check.sql}), TRUE)
            """,
            {
                "columns": ", ".join(check.columns),
                "code": check.code,
                "message": check.message,
                "severity": check.severity,
            },
        )


def stage(
    con: duckdb.DuckDBPyConnection,
    dataset: Dataset,
    scanned: ScanResult,
    norm_path: Path,
    resolver: Resolver,
    out_path: Path,
    ingest_id: str,
    existing: str | None = None,
    existing_version: int | None = None,
) -> StageResult:
    """Validate the scanned records and write the accepted rows to Parquet. `existing` (SQL
    for the published rows, on an append) is what a key must not be in already.

    On the fast path this completes `scanned` (blank records, unnamed columns with data)."""
    rows, conv = _typed_rows(con, dataset, scanned, norm_path, resolver)
    _build_issues(con, dataset, scanned.records, conv)
    _key_issues(con, dataset, existing, existing_version)
    notes = [*conv.notes, *_derived_notes(con, dataset, tuple(scanned.header.derived))]
    con.execute(
        "CREATE OR REPLACE TEMP TABLE rejected AS SELECT DISTINCT line FROM issues WHERE severity = 'error'"
    )
    rejected = _scalar(con, "SELECT count(*) FROM rejected")
    if dataset.totals:
        _total_issues(con, dataset, existing, bool(rejected))
    before = 0 if existing is None else _scalar(con, f"SELECT count(*) FROM {existing}")
    accepted = _write_accepted(con, dataset, out_path, ingest_id, bool(rejected))
    if accepted + rejected != rows:
        raise RuntimeError(f"conservation broken: {accepted} + {rejected} != {rows}")
    issues, warnings = [], notes
    for line, column, value, code, message, severity in con.execute(
        'SELECT line, "column", value, code, message, severity FROM issues ORDER BY line, code'
    ).fetchall():
        (issues if severity == "error" else warnings).append(Issue(line, column, value, code, message))
    return StageResult(rows, accepted, rejected, before + accepted, issues, warnings)


def _typed_rows(
    con: duckdb.DuckDBPyConnection, dataset: Dataset, scanned: ScanResult, norm_path: Path, resolver: Resolver
) -> tuple[int, Conventions]:
    """Load the records as typed rows in `staged`, read with the file's own conventions; the
    rows read and those conventions. Every record read is a typed row (checked)."""
    _load_macros(con)
    rows = _load(con, dataset, scanned, norm_path)
    conv = survey(con, dataset)  # the file's date order and decimal sign, from `base` as read
    if conv != CONTRACT:
        rows = _load(con, dataset, scanned, norm_path, conv)
    _resolve_municipalities(con, dataset, resolver)
    staged = _build_staged(con, dataset)
    if rows is None:  # the fast path: records whose fields are all blank are not in raw
        rows = staged
        blank = len(scanned.records.lines) - rows
        scanned.rows_blank += blank
        scanned.rows_read -= blank
        scanned.rows_good = rows
    elif staged != rows:
        raise RuntimeError(f"conservation broken: {rows} rows read, {staged} typed")
    return rows, conv


def _write_accepted(
    con: duckdb.DuckDBPyConnection, dataset: Dataset, out_path: Path, ingest_id: str, any_rejected: bool
) -> int:
    """Write the staged rows that no error rejected to Parquet at `out_path`; how many."""
    # ENUM columns (canonical and resolved values) go to Parquet as they are: written as
    # text, straight from their dictionary (a tenth faster than from VARCHAR).
    enums = {col.name for col in dataset.columns if col.type == c.ENUM}
    enums |= {f"{col.name}_{k}" for col in dataset.columns if col.is_municipality for k in _RESOLVED}
    select = ", ".join(
        quote_ident(name)
        if name in enums
        else f"CAST({quote_ident(name)} AS {sqltype}) AS {quote_ident(name)}"
        for name, sqltype in typed_columns(dataset)
        if name != "_ingest_id"
    )
    source = f"SELECT {select}, $ingest_id AS _ingest_id FROM staged AS s"
    if any_rejected:
        source += f" ANTI JOIN rejected AS r ON s.{quote_ident(LINE_COLUMN)} = r.line"
    # Not sorted: readers sort by `_regel` where order matters (sorting took half of the COPY).
    # COPY reports the rows it wrote: the accepted rows are counted, not derived. Row groups of
    # 30.720 rows (a quarter of the default) and Parquet 2 encodings write a million rows in
    # four fifths of the time, with a smaller file.
    copy = (
        f"COPY ({source}) TO '{_sql_path(out_path)}' "
        "(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 30720, PARQUET_VERSION V2)"
    )
    return _scalar(con, copy, {"ingest_id": ingest_id})


def write_rejects(
    con: duckdb.DuckDBPyConnection,
    dataset: Dataset,
    bad_rows: list[tuple[int, str]],
    scan_issues: list[Issue],
    out_path: Path,
) -> int:
    """Keep the rejected rows as they were in the file, with their errors, as Parquet."""
    _table_of_lists(
        con,
        "_bad",
        {"line": ("BIGINT", [b[0] for b in bad_rows]), "raw": ("VARCHAR", [b[1] for b in bad_rows])},
    )
    _table_of_lists(
        con,
        "_scan_issue",
        {
            "line": ("BIGINT", [i.line for i in scan_issues]),
            "message": ("VARCHAR", [i.message for i in scan_issues]),
        },
    )
    has_raw = bool(
        _scalar(
            con,
            "SELECT (SELECT count(*) FROM duckdb_tables() WHERE table_name = 'raw' AND temporary)"
            " + (SELECT count(*) FROM duckdb_views() WHERE view_name = 'raw' AND temporary)",
        )
    )
    cols = ", ".join(quote_ident(n) for n in dataset.column_names)
    nulls = ", ".join(f"NULL::VARCHAR AS {quote_ident(n)}" for n in dataset.column_names)
    parts = [
        f"SELECT b.line AS {quote_ident(LINE_COLUMN)}, s.fouten AS _fouten, b.raw AS _ruwe_regel, "
        f"{nulls} FROM _bad AS b LEFT JOIN (SELECT line, string_agg(message, ' | ') AS fouten "
        "FROM _scan_issue GROUP BY line) AS s USING (line)"
    ]
    if has_raw:
        parts.append(
            f"SELECT r.{quote_ident(LINE_COLUMN)}, i.fouten, NULL, {cols} FROM raw AS r JOIN "
            "(SELECT line, string_agg(\"column\" || ': ' || message, ' | ' ORDER BY code) AS fouten "
            "FROM issues WHERE severity = 'error' GROUP BY line) AS i "
            f"ON r.{quote_ident(LINE_COLUMN)} = i.line"
        )
    query = " UNION ALL ".join(parts)
    count = _scalar(con, f"SELECT count(*) FROM ({query})")
    if count:
        con.execute(
            f"COPY (SELECT * FROM ({query}) ORDER BY {quote_ident(LINE_COLUMN)}) TO "
            f"'{_sql_path(out_path)}' (FORMAT parquet, COMPRESSION zstd)"
        )
    return count


def _table_of_lists(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, tuple[str, list]]) -> None:
    """A temporary table from Python lists of equal length (as typed list parameters: handing
    DuckDB an Arrow table instead makes it import pandas, a fifth of a second)."""
    select = ", ".join(f"unnest(CAST(${c} AS {t}[])) AS {quote_ident(c)}" for c, (t, _) in columns.items())
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT {select}", {c: v for c, (_, v) in columns.items()}
    )


def _sql_path(path: Path) -> str:
    """A path as a SQL string literal body (COPY TO takes no parameters)."""
    return str(path).replace("'", "''")


def parse_rows(dataset: Dataset, rows: list[dict[str, str]]) -> list[tuple]:
    """Rows of contract text (as a Belgian Excel CSV has them) as the typed values the ingest
    would publish, in contract order: the same parsers (the typed Excel template uses this)."""
    con = duckdb.connect()
    try:
        _load_macros(con)
        values = {name: [r.get(name) or None for r in rows] for name in dataset.column_names}
        _table_of_lists(con, "texts", {name: ("VARCHAR", v) for name, v in values.items()})
        parsed = _parse_sql(dataset, "SELECT * FROM texts", [], trimmed=False)
        typed = _typed_view(dataset, f"({parsed}) AS b", "NULL")
        names = ", ".join(quote_ident(n) for n in dataset.column_names)
        return con.execute(f"SELECT {names} FROM ({typed})").fetchall()
    finally:
        con.close()
