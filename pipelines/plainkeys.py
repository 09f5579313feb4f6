"""The look-alike keys of a file whose key is one column of text (uitgaven's boeking_id,
trajecten's traject_id), found without the canonical form of every key.

What it buys: the canonical form (characters.canonical_sql: lower case and seven `replace`
calls) costs 0,6 s of CPU for a million keys, this 0,25 s; P1, the ingest of a million bookings,
went from 3,15 s to 2,81 s with it (bench/README.md). The result is that of keys.alike_groups:
the table `_alike` of the canonical forms that more than one row has.

Most keys are *plain*: ASCII, without any character that the canonical form maps or maps to,
except the digits 0 and 1 ('B-2020-0000001'). A plain key's canonical form is its lower case with
0 as o and 1 as l, and two plain keys with different lower cases never share one (neither holds
an o or an l). So among plain keys, only keys with the same lower case look alike; the canonical
form is computed for the other keys and for those groups only. A plain key and another key look
alike when the other key's canonical form, with o as 0 and l as 1, is the plain key's lower case.
"""

from __future__ import annotations

from functools import cache

import duckdb

from pipelines import characters

DIGITS = {"0": "o", "1": "l"}  # the characters that the canonical form maps and a plain key may hold


@cache
def _plain_sql_class() -> str:
    """The characters a plain key may not hold, as an RE2 class in an SQL literal: every other
    character the canonical form maps, and every character it maps to, in both cases."""
    mapped = characters.ascii_map()
    if {source: mapped.get(source) for source in DIGITS} != DIGITS:  # pragma: no cover - data error
        raise RuntimeError("the confusables data no longer map 0 to o and 1 to l")
    banned = {ch for source, target in mapped.items() if source not in DIGITS for ch in source + target}
    banned |= set(DIGITS.values())
    banned |= {ch.upper() for ch in banned}
    escaped = "".join("\\" + ch if ch in "\\]^-[" else ch for ch in sorted(banned))
    return "'[" + escaped.replace("'", "''") + "]'"


def _swapped(expr: str, pairs: dict[str, str]) -> str:
    for a, b in pairs.items():
        expr = f"replace({expr}, '{a}', '{b}')"
    return expr


def alike_groups(con: duckdb.DuckDBPyConnection, key: str, rows: str) -> int:
    """The canonical forms that more than one row of `rows` has (for the key column `key`, an
    SQL expression), as the table `_alike`; returns how many."""
    plain = f"strlen({key}) = length({key}) AND NOT regexp_matches({key}, {_plain_sql_class()})"
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _alike_groups AS SELECT is_plain, g, count(*) AS n FROM ("
        f"SELECT is_plain, CASE WHEN is_plain THEN lower(k) ELSE {characters.canonical_sql('k')} END AS g "
        f"FROM (SELECT {key} AS k, {plain} AS is_plain FROM {rows} WHERE {key} IS NOT NULL)"
        ") GROUP BY ALL HAVING count(*) > 1 OR NOT is_plain"
    )
    others = con.execute("SELECT count(*) FROM _alike_groups WHERE NOT is_plain").fetchall()[0][0]
    canon = _swapped("g", DIGITS)
    cross = ""
    if others:  # a canonical form of another key that is a plain key's, once 0 and 1 are back
        back = _swapped("g", {b: a for a, b in DIGITS.items()})
        cross = (
            f" UNION SELECT g FROM _alike_groups WHERE NOT is_plain AND {back} IN "
            f"(SELECT lower({key}) FROM {rows} WHERE {key} IS NOT NULL AND {plain})"
        )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _alike AS SELECT {canon} AS canon FROM _alike_groups WHERE is_plain "
        f"UNION SELECT g FROM _alike_groups WHERE NOT is_plain AND n > 1{cross}"
    )
    return int(con.execute("SELECT count(*) FROM _alike").fetchall()[0][0])
