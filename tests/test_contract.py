"""The data contract: one declaration that drives validation, templates, dictionary and tests."""

from __future__ import annotations

import duckdb
import pytest
from conftest import PROJECT, published

from pipelines import contract as c
from pipelines.errors import ALL_CODES
from pipelines.exports import dictionary_markdown, template
from pipelines.ingest import ingest

# The columns of domain.md, "Data contract v1", in order.
DOMAIN_COLUMNS = {
    "trajecten": (
        "traject_id oproep model aanbiedend_bestuur ontvangend_bestuur thema status aanvraagdatum "
        "startdatum einddatum fte_inzet geplande_maanden gepresteerde_uren toegekend_bedrag "
        "expert_criteria_voldaan rapport_beschikbaar rapport_link doelen_gepland doelen_bereikt "
        "tevredenheid_ontvanger tevredenheid_aanbieder verankerd opmerking"
    ).split(),
    "uitgaven": (
        "boeking_id boekingsdatum begrotingsjaar fase stroom begunstigde traject_id bedrag "
        "begrotingsartikel omschrijving"
    ).split(),
    "budget": "begrotingsjaar stroom bedrag bron toelichting".split(),
    "indicatoren": "gemeente jaar indicator waarde eenheid bron".split(),
}
# Optional columns added after contract v1, at the end so v1 files and templates stay valid.
ADDED_COLUMNS = {"indicatoren": ["teller", "noemer"]}

DOMAIN_ALLOWED = {
    ("trajecten", "model"): {"mentoring", "stage", "beide"},
    ("trajecten", "status"): {"aangevraagd", "goedgekeurd", "lopend", "afgerond", "stopgezet", "afgewezen"},
    ("uitgaven", "fase"): {"vastlegging", "vereffening", "terugvordering"},
    ("uitgaven", "stroom"): {"coordinatie_vvsg", "compensatie_aanbieder", "overige"},
    ("budget", "stroom"): {"coordinatie_vvsg", "compensatie_aanbieder", "overige"},
}


def test_datasets_match_domain_contract():
    assert list(c.DATASETS) == list(DOMAIN_COLUMNS)
    for name, columns in DOMAIN_COLUMNS.items():
        assert list(c.get_dataset(name).column_names) == columns + ADDED_COLUMNS.get(name, [])
        assert not any(col.required for col in c.get_dataset(name).columns if col.name not in columns)


@pytest.mark.parametrize(("dataset", "column"), sorted(DOMAIN_ALLOWED))
def test_allowed_values_match_domain(dataset, column):
    col = c.get_dataset(dataset).column(column)
    assert col.type == c.ENUM
    assert set(col.allowed) == DOMAIN_ALLOWED[(dataset, column)]


def test_ranges_from_domain():
    traj = c.TRAJECTEN
    assert (traj.column("fte_inzet").min, traj.column("fte_inzet").max) == (0, 1)
    for name in ("tevredenheid_ontvanger", "tevredenheid_aanbieder"):
        assert (traj.column(name).min, traj.column(name).max) == (1, 5)
    for name in ("expert_criteria_voldaan", "rapport_beschikbaar", "verankerd"):
        assert traj.column(name).type == c.BOOLEAN


@pytest.mark.parametrize("dataset", list(c.DATASETS))
def test_every_column_is_described_in_dutch(dataset):
    for col in c.get_dataset(dataset).columns:
        assert col.type in c.TYPES + (c.BENEFICIARY, c.URL), col.name
        assert len(col.description) > 15, col.name
        assert col.example or not col.required, f"{col.name}: a required column needs an example"


@pytest.mark.parametrize("dataset", list(c.DATASETS))
def test_header_names_and_aliases_are_unambiguous(dataset):
    ds = c.get_dataset(dataset)
    seen: dict[str, str] = {}
    for col in ds.columns:
        for key in col.header_keys:
            assert key not in seen, f"'{key}' names both {seen[key]} and {col.name}"
            seen[key] = col.name
    assert ds.header_lookup() == seen


@pytest.mark.parametrize("dataset", list(c.DATASETS))
def test_enum_value_aliases_point_to_allowed_values(dataset):
    for col in c.get_dataset(dataset).columns:
        if col.type == c.ENUM:
            assert set(col.value_map.values()) <= set(col.allowed), col.name


@pytest.mark.parametrize("dataset", list(c.DATASETS))
def test_keys_and_checks_refer_to_real_columns(dataset):
    ds = c.get_dataset(dataset)
    assert set(ds.key) <= set(ds.column_names)
    assert all(ds.column(k).required for k in ds.key)
    for chk in ds.checks:
        assert set(chk.columns) <= set(ds.column_names)
        assert chk.code in ALL_CODES
        assert chk.severity in ("error", "warning")


@pytest.mark.parametrize("dataset", list(c.DATASETS))
def test_template_is_a_belgian_excel_csv_that_ingests_cleanly(dataset, data_dir):
    """The CSV template is generated from the contract and passes the contract's own checks."""
    data = template(dataset)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM so Excel opens it as UTF-8
    text = data.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0].split(";") == list(c.get_dataset(dataset).column_names)
    result = ingest(dataset, data, file_name=f"{dataset}-sjabloon.csv", data_dir=data_dir, user="test")
    assert result.status == "published", result.refusal
    assert result.rows_read == len(c.get_dataset(dataset).example_rows) > 0
    assert result.rows_rejected == 0, [e.message for e in result.errors]
    assert (
        duckdb.sql(f"SELECT count(*) FROM {published(data_dir, dataset)}").fetchone()[0]
        == result.rows_accepted
    )


@pytest.mark.parametrize("dataset", list(c.DATASETS))
def test_empty_template_has_only_the_header(dataset):
    text = template(dataset, with_examples=False).decode("utf-8-sig")
    assert text == ";".join(c.get_dataset(dataset).column_names) + "\r\n"


def test_dictionary_covers_every_column():
    rows = c.dictionary_rows()
    assert {(r["dataset"], r["kolom"]) for r in rows} == {
        (name, col) for name, cols in DOMAIN_COLUMNS.items() for col in cols + ADDED_COLUMNS.get(name, [])
    }
    md = dictionary_markdown()
    for name, cols in DOMAIN_COLUMNS.items():
        assert f"## {name}:" in md
        for col in cols:
            assert f"| `{col}` |" in md


def test_committed_data_contract_doc_is_up_to_date():
    doc = (PROJECT / "docs" / "data-contract.md").read_text(encoding="utf-8")
    assert doc == dictionary_markdown() + "\n", "regenerate with: python -m pipelines dictionary"


def test_the_data_dictionary_as_over_de_data_shows_it():
    from dashboard import tables

    table = tables.dictionary_table("indicatoren")
    assert list(table.columns) == ["Kolom", "Type", "Verplicht", "Sleutel", "Toegelaten waarden",
                                   "Andere kolomnamen", "Voorbeeld", "Omschrijving"]  # fmt: skip
    assert table["Kolom"].tolist() == list(c.get_dataset("indicatoren").column_names)  # its own, in order
    rows = table.set_index("Kolom")
    assert rows.loc["gemeente"].tolist() == [
        "gemeente (NIS-code of naam)", "ja", "ja", "", "nis, nis code, niscode, refnis, gemeentenaam, bestuur",
        "12025", "Gemeente (NIS-code of naam), in de indeling die gold in dat jaar.",
    ]  # fmt: skip
    assert rows.loc["noemer"].tolist()[:6] == [
        "getal (decimale komma)", "nee", "nee", "0 tot en met 1.000.000.000", "denominator", "140.951"
    ]  # fmt: skip


def test_the_workbook_template_explains_its_columns_on_a_second_sheet():
    """The Excel template's sheet 'uitleg': the data dictionary's headers as a user reads them
    (lower case, as written) and one row per column of the dataset."""
    import io

    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(template("indicatoren", fmt="xlsx")))
    guide = [[cell.value for cell in row] for row in book["uitleg"].iter_rows()]
    assert guide[0] == ["kolom", "type", "verplicht", "sleutel", "toegelaten waarden", "andere kolomnamen",
                        "voorbeeld", "omschrijving"]  # fmt: skip
    assert [r[0] for r in guide[1:]] == list(c.get_dataset("indicatoren").column_names)
    assert guide[1][1:4] == ["gemeente (NIS-code of naam)", "ja", "ja"]


def test_a_limit_is_said_in_dutch_in_every_form():
    def limit(**kwargs) -> str:
        return c.Column("x", c.DECIMAL, "Een kolom om te testen.", **kwargs).limit_label

    assert limit(min=0.5, max=1234.5) == "0,50 tot en met 1.234,50"
    assert limit(min=-2) == "minstens -2"
    assert limit(max=10_000) == "hoogstens 10.000"
    assert c.Column("x", c.TEXT, "Een kolom om te testen.", max_length=64).limit_label == "max. 64 tekens"
    assert c.Column("x", c.TEXT, "Een kolom om te testen.").limit_label == ""


def test_a_column_declared_wrongly_is_refused_at_once():
    with pytest.raises(ValueError, match="unknown type 'tekst' for column x"):
        c.Column("x", "tekst", "Een kolom om te testen.")
    with pytest.raises(ValueError, match="enum column x declares no allowed values"):
        c.Column("x", c.ENUM, "Een kolom om te testen.")
    assert c.Column("x", c.TEXT, "Een kolom om te testen.").type == c.TEXT  # no allowed values needed


def test_header_and_value_matching_ignores_case_accents_and_punctuation():
    assert c.normalize_key("\ufeffBégrotings-Jaar ") == "begrotings_jaar"
    assert c.normalize_key("begrotings\ufeffjaar") == "begrotingsjaar"  # a byte order mark inside, too
    assert c.normalize_key("  Tevredenheid (ontvanger) ") == "tevredenheid_ontvanger"
    assert c.normalize_value("In   Uitvoering!") == "in uitvoering"
    with pytest.raises(KeyError, match="onbekende dataset 'boekingen'; kies uit trajecten, uitgaven, budget"):
        c.get_dataset("boekingen")
    with pytest.raises(KeyError):
        c.TRAJECTEN.column("bestaat_niet")
