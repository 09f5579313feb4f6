"""Re-uploading the project's own export (issue 28): the columns the export adds (names, NIS
codes of both boundary sets, beneficiary type) are recognised, derived again from their
municipality column and compared; a value that differs gives one note per column saying the
derivation wins, and is never published."""

from __future__ import annotations

import csv
import io

from test_ingest import csv_file, published_rows, row

from pipelines import upload
from pipelines.contract import get_dataset
from pipelines.exports import export
from pipelines.ingest import ingest

T, U = "trajecten", "uitgaven"


def trajectories() -> list[dict[str, str]]:
    return [
        row(T),
        row(T, traject_id="UT-2", aanbiedend_bestuur="44021", ontvangend_bestuur="St.-Niklaas"),
        row(T, traject_id="UT-3", aanbiedend_bestuur="Genk", ontvangend_bestuur="HASSELT"),  # 71022 in 2022
    ]


def bookings() -> list[dict[str, str]]:
    return [
        row(U),
        row(U, boeking_id="B-1", begunstigde="Mechelen", bedrag="18.750,00", fase="vastlegging",
            stroom="compensatie_aanbieder", traject_id="UT-2022-001"),
        row(U, boeking_id="B-2", begunstigde="Mechelen", bedrag="9.873,50", fase="vereffening",
            stroom="compensatie_aanbieder", traject_id="UT-2022-001"),
    ]  # fmt: skip


def exported(tmp_path, dataset: str, rows: list[dict[str, str]]) -> bytes:
    """The export (CSV) of `rows` once published."""
    source = tmp_path / "bron"
    result = ingest(dataset, csv_file(dataset, rows), file_name="bron.csv", data_dir=source, user="t")
    assert result.status == "published" and not result.errors
    export(dataset, tmp_path / "export.csv", data_dir=source)
    return (tmp_path / "export.csv").read_bytes()


def edited(data: bytes, changes: dict[tuple[int, str], str]) -> bytes:
    """The export with some cells changed: (data row, column) -> new text."""
    records = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    for (i, column), value in changes.items():
        records[i][records[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(records)
    return out.getvalue().encode("utf-8")


def test_an_export_comes_back_without_a_warning_and_with_every_value(tmp_path):
    for dataset, rows in ((T, trajectories()), (U, bookings())):
        data = exported(tmp_path / dataset, dataset, rows)
        header = data.decode("utf-8-sig").splitlines()[0].split(";")
        assert set(get_dataset(dataset).derived_columns) <= set(header)
        again = tmp_path / dataset / "opnieuw"
        result = ingest(dataset, data, file_name="export.csv", data_dir=again, user="t")
        assert result.status == "published" and result.rows_accepted == len(rows)
        assert (result.errors, result.warnings) == ([], [])
        export(dataset, tmp_path / "weer.csv", data_dir=again)
        assert (tmp_path / "weer.csv").read_bytes() == data


def test_a_changed_derived_value_gives_one_note_per_column_and_the_derivation_wins(tmp_path):
    data = exported(tmp_path, T, trajectories())
    changes = {
        (1, "aanbiedend_bestuur_naam"): "Mechelen-Centrum",
        (3, "aanbiedend_bestuur_naam"): "Genk (stad)",
        (3, "ontvangend_bestuur_nis_2025"): "71022",
        (2, "ontvangend_bestuur_nis"): "",  # emptied: nothing to compare
    }
    result = ingest(T, edited(data, changes), file_name="export.csv", data_dir=tmp_path / "d", user="t")
    assert result.status == "published" and result.rows_accepted == 3 and not result.errors
    notes = [(w.code, w.line, w.column, w.value) for w in result.warnings]
    assert notes == [
        ("DERIVED_DIFFERS", 2, "aanbiedend_bestuur_naam", "Mechelen-Centrum"),
        ("DERIVED_DIFFERS", 4, "ontvangend_bestuur_nis_2025", "71022"),
    ]
    naam = result.warnings[0].message
    assert "2 keer" in naam and "'aanbiedend_bestuur'" in naam and "afgeleide waarde geldt" in naam
    assert "afgeleid: 'Mechelen'" in naam
    rows = {r["traject_id"]: r for r in published_rows(tmp_path / "d", T)}
    assert rows["UT-2022-001"]["aanbiedend_bestuur_naam"] == "Mechelen"
    assert rows["UT-3"]["aanbiedend_bestuur_naam"] == "Genk"
    assert (rows["UT-3"]["ontvangend_bestuur_nis"], rows["UT-3"]["ontvangend_bestuur_nis_2025"]) == (
        "71022", "71072"
    )  # fmt: skip


def test_a_beneficiary_type_typed_over_is_noted(tmp_path):
    data = exported(tmp_path, U, bookings())
    changed = edited(data, {(1, "begunstigde_type"): "gemeente"})  # VVSG is an organisation
    result = ingest(U, changed, file_name="export.csv", data_dir=tmp_path / "d", user="t")
    assert [(w.code, w.line, w.column) for w in result.warnings] == [
        ("DERIVED_DIFFERS", 2, "begunstigde_type")
    ]
    assert published_rows(tmp_path / "d", U)[0]["begunstigde_type"] == "organisatie"


def test_the_upload_page_offers_no_mapping_for_an_exports_own_columns():
    headers = [*get_dataset(U).column_names, "begunstigde_naam", "Begunstigde NIS 2025", "extra"]
    unknown, missing = upload.unmatched_headers(U, headers)
    assert (unknown, missing) == (["extra"], [])
