"""Look-alike keys: a key whose canonical form (pipelines/characters.py) is that of another key
of the file, or of a published key, while the keys differ ('K-1' and 'k-1', 'K‑1' with U+2011,
a Greek or Cyrillic look-alike letter, a zero-width space). Such a row is rejected with a Dutch
reason naming the key it resembles: stored as a new key, the same booking would count twice.

The published keys come in as a relation (any FROM item with its parameters), so the
comparison does not depend on how the published rows are stored. Exact copies are not this
module's: DUPLICATE_KEY and KEY_EXISTS (staging.py) report those.
"""

from __future__ import annotations

import duckdb

from pipelines import characters, plainkeys
from pipelines import contract as c
from pipelines.contract import Dataset
from pipelines.reader import LINE_COLUMN

CODE = "KEY_LOOKALIKE"
SHOWN = 3  # resembling keys named in one message


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _textual(dataset: Dataset) -> list[bool]:
    """Which key columns are compared as text (codes); the others by value or NIS code."""
    return [dataset.column(name).type in (c.IDENTIFIER, c.TEXT) for name in dataset.key]


def _exact(dataset: Dataset) -> list[str]:
    """The key columns as the published rows hold them (municipalities by their NIS code)."""
    return [_q(n + "_nis") if dataset.column(n).is_municipality else _q(n) for n in dataset.key]


def _joined(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return "concat_ws(chr(31), " + ", ".join(f"CAST({p} AS VARCHAR)" for p in parts) + ")"


def _canon(dataset: Dataset) -> str:
    """The key's canonical form in SQL (its exact value for a key of numbers and choices)."""
    exact = _exact(dataset)
    return _joined(
        [characters.canonical_sql(e) if t else e for e, t in zip(exact, _textual(dataset), strict=True)]
    )


def alike_groups(con: duckdb.DuckDBPyConnection, dataset: Dataset, rows: str) -> int:
    """The canonical forms that more than one row of `rows` has (exact copies or look-alikes),
    as the table `_alike`; returns how many. One pass over the keys: in most files none."""
    characters.register(con)
    if _textual(dataset) == [True]:  # one column of text: most keys are plain (plainkeys.py)
        return plainkeys.alike_groups(con, _exact(dataset)[0], rows)
    present = " AND ".join(f"{e} IS NOT NULL" for e in _exact(dataset))
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _alike AS SELECT canon FROM (SELECT {_canon(dataset)} AS canon "
        f"FROM {rows} WHERE {present}) GROUP BY canon HAVING count(*) > 1"
    )
    return int(con.execute("SELECT count(*) FROM _alike").fetchall()[0][0])


def in_alike(dataset: Dataset) -> str:
    """A condition on a row of `rows`: its key's canonical form is in `_alike`."""
    return f"{_canon(dataset)} IN (SELECT canon FROM _alike)"


def _keys_of(dataset: Dataset, relation: str, value: str, line: str = _q(LINE_COLUMN)) -> str:
    """SELECT line, value, exact, canon over `relation`: the rows with a complete key."""
    exact = _exact(dataset)
    present = " AND ".join(f"{e} IS NOT NULL" for e in exact)
    return (
        f"SELECT {line} AS line, {value} AS value, {_joined(exact)} AS exact, "
        f"{_canon(dataset)} AS canon FROM {relation} WHERE {present}"
    )


def lookalike_issues(
    con: duckdb.DuckDBPyConnection,
    dataset: Dataset,
    rows: str,
    existing: str | None = None,
    version: int | None = None,
) -> None:
    """Add a KEY_LOOKALIKE error to `issues` for every row of `rows` (the staged rows, with
    `<key>__raw` columns) whose key looks like another key of the file or, with `existing`
    (a relation of the published rows at `version`), like a published key. `_alike` holds
    the canonical forms several rows of the file share (alike_groups)."""
    if not any(_textual(dataset)):
        return  # keys of numbers, choices and municipalities: compared exactly elsewhere
    characters.register(con)
    raw = "concat_ws(' / ', " + ", ".join(_q(k + "__raw") for k in dataset.key) + ")"
    issues = _alike_in_file(con, dataset, rows, raw)
    if existing is not None:
        issues += _alike_published(con, dataset, rows, raw, existing, version)
    if issues:
        _insert_issues(con, dataset, issues)


def _alike_in_file(con: duckdb.DuckDBPyConnection, dataset: Dataset, rows: str, raw: str) -> list[tuple]:
    """(line, value, message) for every row whose key looks like another key of the file."""
    groups = con.execute(
        f"SELECT canon, exact, any_value(value), min(line), list(line ORDER BY line) FROM "
        f"({_keys_of(dataset, rows, raw)} AND {in_alike(dataset)}) GROUP BY canon, exact "
        "ORDER BY canon, min(line)"
    ).fetchall()
    variants: dict[str, list[tuple]] = {}
    for canon, exact, value, first, lines in groups:
        variants.setdefault(canon, []).append((exact, value, first, lines))
    issues: list[tuple[int, str, str]] = []
    for group in variants.values():
        if len(group) < 2:
            continue  # exact copies only: DUPLICATE_KEY
        for exact, value, _, lines in group:
            named = [f"'{characters.shown(v)}' (regel {first})" for e, v, first, _ in group if e != exact]
            message = _message(dataset, value, named, "dit bestand")
            issues += [(line, value, message) for line in lines]
    return issues


def _alike_published(
    con: duckdb.DuckDBPyConnection,
    dataset: Dataset,
    rows: str,
    raw: str,
    existing: str,
    version: int | None,
) -> list[tuple]:
    """(line, value, message) for every row whose key looks like a published key."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _keys AS {_keys_of(dataset, rows, raw)}")
    value = "concat_ws(' / ', " + ", ".join(_exact(dataset)) + ")"
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _published AS SELECT DISTINCT exact, canon, value FROM "
        f"({_keys_of(dataset, existing, value, line='0')}) WHERE canon IN (SELECT canon FROM _keys)"
    )
    matches = con.execute(
        "SELECT k.line, k.value, list(DISTINCT p.value ORDER BY p.value) FROM _keys AS k "
        "JOIN _published AS p ON k.canon = p.canon AND k.exact <> p.exact "
        "GROUP BY k.line, k.value ORDER BY k.line"
    ).fetchall()
    where = f"de gepubliceerde gegevens (versie {version})"
    return [
        (line, value, _message(dataset, value, [f"'{characters.shown(v)}'" for v in resembled], where))
        for line, value, resembled in matches
    ]


def _insert_issues(con: duckdb.DuckDBPyConnection, dataset: Dataset, issues: list[tuple]) -> None:
    """The KEY_LOOKALIKE errors into the `issues` table."""
    con.execute(
        "INSERT INTO issues SELECT unnest($lines), $label, unnest($values), $code, "
        "unnest($messages), 'error'",
        {
            "lines": [i[0] for i in issues],
            "label": " + ".join(dataset.key),
            "values": [i[1] for i in issues],
            "code": CODE,
            "messages": [i[2] for i in issues],
        },
    )


def _message(dataset: Dataset, value: str, named: list[str], where: str) -> str:
    label = " + ".join(dataset.key)
    more = f" en {len(named) - SHOWN} andere" if len(named) > SHOWN else ""
    return (
        f"De sleutel {label} '{characters.shown(value)}' lijkt op {', '.join(named[:SHOWN])}{more} in "
        f"{where}: ze verschillen alleen in hoofdletters, onzichtbare tekens of tekens die op elkaar "
        f"lijken (een Griekse of Cyrillische letter, een ander streepje, 0 en O). Als aparte sleutel "
        "zou dezelfde rij twee keer tellen. Schrijf de sleutel precies zoals de bestaande, of geef "
        "de rij een sleutel die echt verschilt."
    )
