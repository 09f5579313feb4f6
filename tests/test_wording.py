"""Generated Dutch agrees in number everywhere: every message that counts something, on the
write side (CLI, store, maintain, migrate, reader, boundaries) and in the interface, as the
user reads it for one and for two. The rule itself is declared once (pipelines/wording.py)."""

from __future__ import annotations

import math
import os
import time
from collections import defaultdict
from types import SimpleNamespace

import pandas as pd
import pytest
from conftest import cli
from test_ingest import csv_file, row
from test_lake import write_old_format
from test_upload import bookings, local_server, upload_page  # noqa: F401 (local_server: a fixture)

from dashboard import evaluation, format, history, tables, uploadflow
from pipelines import geo, maintenance, reader, wording
from pipelines.contract import get_dataset
from pipelines.ingest import ingest
from pipelines.migrate import migrate
from pipelines.reference import NEW, municipalities
from pipelines.store import Store

U = "uitgaven"


def test_the_interface_and_the_write_side_share_one_rule():
    assert (format.count, format.plural, format.verb, format.number) == (
        wording.count,
        wording.plural,
        wording.verb,
        wording.number,
    )
    assert wording.count(1, "rij", "rijen") == "1 rij" and wording.count(2, "rij", "rijen") == "2 rijen"
    assert wording.count(1.04, "VTE-maand", "VTE-maanden", 1) == "1,0 VTE-maand"  # agrees as shown
    assert wording.count(1234, "rij", "rijen") == "1.234 rijen"
    assert wording.count(math.nan, "maand", "maanden", 1) == "– maanden"
    assert (wording.verb(1, "wordt"), wording.verb(2, "wordt")) == ("wordt", "worden")


def publish_rows(data_dir, n: int) -> None:
    """`n` bookings published, one upload each (the second appends)."""
    for i in range(1, n + 1):
        data = csv_file(U, [row(U, boeking_id=f"W-{i}")])
        result = ingest(U, data, file_name=f"w{i}.csv", data_dir=data_dir, user="t", mode="append")
        assert result.status == "published", result


# --- the command line ------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "rows", "uploads"), [(1, "1 rij,", "1 opslag"), (2, "2 rijen,", "2 opslagen")])
def test_status_and_export_count_rows_and_uploads(data_dir, tmp_path, n, rows, uploads):
    publish_rows(data_dir, n)
    status = cli("status", data_dir=data_dir)
    assert status.returncode == 0, status.stderr
    line = next(s for s in status.stdout.splitlines() if s.strip().startswith(U))
    assert line.split()[1:3] == rows.split() and line.endswith(uploads), line
    out = tmp_path / "uit.csv"
    export = cli("export", U, "--out", str(out), data_dir=data_dir)
    assert export.stdout.strip() == f"{rows[:-1]} van {U} geschreven naar {out}"


@pytest.mark.parametrize(("n", "shown"), [(1, "1 versie overgezet"), (2, "2 versies overgezet")])
def test_migrate_counts_versions_and_rows(tmp_path, n, shown):
    source, old = tmp_path / "source", tmp_path / "old"
    source.mkdir()
    publish_rows(source, n)
    write_old_format(source, old)
    lines = migrate(old)
    assert any(line.startswith(shown + " naar de gegevensopslag") for line in lines), lines
    rows = "1 rij" if n == 1 else "2 rijen"
    assert f"{U}: {rows}, gelijk aan het oude formaat (gesorteerde rijhashes vergeleken)" in lines


@pytest.mark.parametrize("n", [1, 2])
def test_recover_counts_what_it_removed(data_dir, n):
    store = Store(data_dir)
    try:
        store.clear_leftovers()
        for i in range(n):
            (store.staging_dir / f"afgebroken-{i}").mkdir()
            (store.raw_dir / f".half-{i}.tmp").write_bytes(b"x")
        done = store.clear_leftovers()
    finally:
        store.close()
    assert done == (
        ["1 onafgewerkte opslag in staging/ verwijderd", "1 half geschreven bestand verwijderd"]
        if n == 1
        else ["2 onafgewerkte opslagen in staging/ verwijderd", "2 half geschreven bestanden verwijderd"]
    )


@pytest.mark.parametrize("n", [1, 2])
def test_maintain_counts_the_stray_files_it_removed(data_dir, n):
    publish_rows(data_dir, 1)
    store = Store(data_dir)
    data_path = store.conf.data_path
    raw_dir = store.raw_dir
    store.close()
    old = time.time() - 3600
    for i in range(n):
        stray = raw_dir / f"zonder-logboek-{i}.csv"
        stray.write_bytes(b"x")
        os.utime(stray, (old, old))
        orphan = os.path.join(data_path, f"main/{U}/verweesd-{i}.parquet")
        os.makedirs(os.path.dirname(orphan), exist_ok=True)
        with open(orphan, "wb") as fh:
            fh.write(b"PAR1")
        os.utime(orphan, (old, old))
    done = maintenance.maintain(data_dir, grace=0)
    files, data_files = (
        ("1 bestand", "1 gegevensbestand") if n == 1 else ("2 bestanden", "2 gegevensbestanden")
    )
    assert f"{files} in raw/ of rejects/ zonder logboekregel verwijderd" in done, done
    assert f"{data_files} zonder snapshot verwijderd (resten van afgebroken schrijfacties)" in done, done


class _Counting:
    """A catalog whose every count answers `n`: for the messages of DuckLake's own clean-ups,
    whose counts a small test cannot steer to exactly one or two."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.con = self

    def execute(self, sql, params=None):
        return self

    def fetchone(self):
        return (self.n,)

    def fetchall(self):
        return [("ducklake_ledger", self.n)]

    def current_version(self):
        return 10

    def latest_snapshot(self):
        return 10

    def answered(self):
        return set()

    def sql(self, sql, params=None):
        return [(sid, 0.0) for sid in range(1, self.n + 1)]


@pytest.mark.parametrize("n", [1, 2])
def test_maintain_counts_what_the_lake_cleaned(n):
    one = n == 1
    assert maintenance._remove_expired_files(_Counting(n), 0) == [
        f"{n} {'gegevensbestand' if one else 'gegevensbestanden'} van vervallen snapshots verwijderd"
    ]
    assert maintenance._compact(_Counting(n))[0] == (
        f"{n} {'regel' if one else 'regels'} van de boekhouding uit de catalogus naar bestanden geschreven"
    )
    assert maintenance._expire(_Counting(n), n, False) == [
        f"{n} {'snapshot' if one else 'snapshots'} ouder dan {n} {'dag' if one else 'dagen'} vervallen"
    ]
    assert maintenance._expire(_Counting(1), 0.5, False) == ["1 snapshot ouder dan 0,5 dagen vervallen"]


# --- reading a file and installing boundaries --------------------------------------------------


def scanned(tmp_path, lines: list[str]):
    path = tmp_path / "in.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    result = reader.scan(path, get_dataset(U), tmp_path / "norm.csv", reader.detect_encoding(path))
    reader.finish_scan(result)
    return result


HEADER = ";".join(get_dataset(U).column_names)
GOOD = ";".join(row(U).get(c, "") for c in get_dataset(U).column_names)


@pytest.mark.parametrize(
    ("blank", "shown"),
    [
        (1, "1 lege rij overgeslagen; ze bevat geen gegevens."),
        (2, "2 lege rijen overgeslagen; ze bevatten geen gegevens."),
    ],
)
def test_blank_rows_skipped(data_dir, blank, shown):
    data = csv_file(U, [row(U)]) + b";;\r\n" * blank
    result = ingest(U, data, file_name="leeg.csv", data_dir=data_dir, user="t")
    assert result.status == "published"
    assert [w.message for w in result.warnings if w.code == "BLANK_ROWS"] == [shown]


@pytest.mark.parametrize(("fields", "shown"), [(1, "1 veld"), (2, "2 velden")])
def test_a_row_with_too_few_fields(tmp_path, fields, shown):
    result = scanned(tmp_path, [HEADER, ";".join(["B-9"] * fields), GOOD])
    width = len(get_dataset(U).column_names)
    assert [i.message.split(". ")[0] for i in result.issues if i.code == "FIELD_COUNT"] == [
        f"Deze rij heeft {shown}, de kopregel {width}"
    ]


@pytest.mark.parametrize(("left_out", "shown"), [(1, "missen 1 gemeente:"), (2, "missen 2 gemeenten:")])
def test_an_incomplete_boundary_layer(left_out, shown):
    features = [
        {
            "properties": {"geoitem": m.nis_code},
            "geometry": {"type": "Polygon", "coordinates": [[[4.0, 51.0]]]},
        }
        for m in municipalities(NEW)[left_out:]
    ]
    with pytest.raises(geo.GeoError) as refused:
        geo.normalise(features, NEW)
    assert f"De grenzen van {NEW} {shown}" in str(refused.value)


# --- the interface -----------------------------------------------------------------------------


@pytest.mark.parametrize("n", [1, 2])
def test_upload_confirmations_count_rows(n):
    result = SimpleNamespace(mode="replace", rows_before=0, rows_read=n, rows_accepted=0, rows_rejected=n)
    texts = [t for _, t in uploadflow.confirmations("trajecten", result)]
    assert texts == [
        "1 van de 1 rij is geweigerd; alleen 0 worden gepubliceerd"
        if n == 1
        else "2 van de 2 rijen zijn geweigerd; alleen 0 worden gepubliceerd"
    ]


@pytest.mark.parametrize(("n", "rows"), [(1, "1 rij"), (2, "2 rijen")])
def test_the_upload_page_counts_the_rows_it_publishes(data_dir, local_server, n, rows):  # noqa: F811
    at = upload_page()
    at.file_uploader(key="bestand").set_value(("b.csv", bookings(n), "text/csv")).run()
    assert at.button(key="publiceren").label == f"Publiceren ({rows})"
    for box in at.checkbox:  # the demo the app starts with is replaced: confirm it
        if box.label.startswith("Ik bevestig"):
            box.check().run()
    at.button(key="publiceren").click().run()
    assert not at.exception
    done = [s.value for s in at.success][-1]
    assert done.startswith("Gepubliceerd als versie ") and f": {rows} aanvaard, 0 geweigerd. " in done


@pytest.mark.parametrize(("rows", "shown"), [(1, ", 1 rij"), (2, ", 2 rijen")])
def test_history_lists_a_version_with_its_rows(rows, shown):
    version = {"version": 3, "created_at": "2024-05-01T10:00:00+00:00", "dataset": U, "file_name": "a.csv"}
    assert history.describe({**version, "rows_total": rows}).endswith(shown)


@pytest.mark.parametrize(("months", "shown"), [(1, "1,0 maand"), (2, "2,0 maanden")])
def test_a_trajectory_card_states_its_planned_months(months, shown):
    detail = defaultdict(lambda: None, {"fte_inzet": 0.5, "geplande_maanden": months, "status": "lopend"})
    facts = dict(tables.trajectory_detail(detail))
    assert facts["Inzet"] == f"0,50 VTE gedurende {shown}"


@pytest.mark.parametrize("n", [1, 2])
def test_evaluation_notes_count_receivers(n):
    one = n == 1
    assert evaluation.reading(0.1, 1.0, n) == (
        f"Indicatief. Kleine groep ({n} {'ontvanger' if one else 'ontvangers'}): één gemeente weegt zwaar. "
        "Binnen de gewone schommeling: geen aantoonbaar verschil."
    )
    comparison = pd.DataFrame(
        [
            {"Vergelijkingsgroep": evaluation.ALL_OTHERS, "Indicator": "Leefloners", "Eenheid": "per inwoner",
             "Ontvangers": n, "Ontvangers vóór": 7.5, "Ontvangers na": 9.25, "Verandering ontvangers": 1.75,
             "Vergelijking vóór": 10.0, "Vergelijking na": 10.5, "Verschil-in-verschil": 1.25,
             "Gewone schommeling (±)": 0.5, "Methode": evaluation.DIRECT}
        ]
    )  # fmt: skip
    model = pd.DataFrame({"Indicator": ["Trajecten toegekend"], "Waarde": [0.0]})
    text = evaluation.summary(model, comparison)[-1]
    towns = "ontvangende gemeente" if one else "ontvangende gemeenten"
    assert text.startswith(f"**Leefloners** (per inwoner): bij {n} {towns} steeg"), text
    assert text.endswith(f"; met {n} {'gemeente' if one else 'gemeenten'} is de groep bovendien klein."), text


def _receiver(nr: int) -> dict:
    return {"traject_id": f"T{nr}", "status": "afgerond", "startdatum": "2022-03-01", "einddatum": None,
            "geplande_maanden": 6, "ontvanger_code": f"1100{nr}", "ontvanger_naam": f"Gemeente {nr}",
            "ontvanger_provincie": "Antwerpen"}  # fmt: skip


@pytest.mark.parametrize("n", [1, 2])
def test_comparison_notes_count_receivers_left_out(n):
    """Receivers with values before and after but no comparison municipality with the same years
    ('Leefloners'), and receivers without any value ('Kinderarmoede')."""
    receivers, _ = evaluation.exposures(pd.DataFrame([_receiver(i) for i in range(1, n + 1)]))
    values = pd.DataFrame(
        [("Leefloners", f"1100{i}", year, 5.0) for i in range(1, n + 1) for year in (2021, 2023)]
        + [("Kinderarmoede", "11099", 2021, 3.0)],
        columns=["indicator", "nis", "jaar", "waarde"],
    ).assign(eenheid="per inwoner", methode=evaluation.DIRECT)
    participants = pd.DataFrame({"code": [r.nis for r in receivers], "rol": "ontvangend"})
    provinces = {code: "Antwerpen" for code in [*participants["code"], "11099"]}
    notes = evaluation.compare(values, receivers, participants, provinces, matched=False).notes
    who = "1 ontvanger" if n == 1 else "2 ontvangers"
    assert (
        f"Leefloners, {evaluation.ALL_OTHERS.lower()}: {who} zonder vergelijkingsgemeenten met "
        in " ".join(notes)
    )
    assert f"Kinderarmoede: {who} zonder gegevens vóór én na het traject, niet in de vergelijking." in notes


@pytest.mark.parametrize("n", [1, 2])
def test_the_logic_model_counts_what_is_known(n):
    traj = pd.DataFrame(
        {"status": ["afgerond"] * n, "expert_criteria_voldaan": [True] * n, "doelen_gepland": [1.0] * n,
         "doelen_bereikt": [1.0] * n, "rapport_beschikbaar": [True] * n, "verankerd": [True] * n,
         "tevredenheid_ontvanger": [4.0] * n, "tevredenheid_aanbieder": [4.0] * n}
    )  # fmt: skip
    totals = pd.Series({"budget": 0.0, "betaald": 0.0, "vastgelegd": 0.0, "uren_gepresteerd": 0.0,
                        "vte_maanden_gepland": 0.0})  # fmt: skip
    notes = dict(evaluation.logic_model(traj, totals)[["Indicator", "Toelichting"]].itertuples(index=False))
    traject, ended, goals = (
        ("toegekend traject", "afgerond of stopgezet traject", "doel")
        if n == 1
        else ("toegekende trajecten", "afgeronde of stopgezette trajecten", "doelen")
    )
    assert (
        notes["Expert voldoet aan de criteria"]
        == f"{n} van {n} {traject} waarvoor het gekend is ({n} toegekend)."
    )
    assert (
        notes["Doelbereik"] == f"{n} van {n} {goals} bereikt, in {n} van {n} {ended} met afgesproken doelen."
    )
    assert notes["Rapport beschikbaar"] == f"{n} van {n} {ended} waarvoor het gekend is ({n} in totaal)."
    assert notes["Aanpak verankerd in het beleid"] == notes["Rapport beschikbaar"]
