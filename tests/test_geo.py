"""Boundary layers: install from a directory and from the official download format; the map
page in AppTest."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import PROJECT, SHARED, _square_lambert, cli_env, needs_shared
from fixture_small import publish_small
from streamlit.testing.v1 import AppTest

from pipelines import geo
from pipelines.reference import NEW, OLD, municipalities


def test_install_from_the_official_download_format(data_dir, official_server):
    done = geo.install(data_dir=data_dir, base_url=official_server)
    assert [(d.vintage, d.features) for d in done] == [(OLD, 300), (NEW, 285)]
    for vintage, count in ((OLD, 300), (NEW, 285)):
        layer = geo.load_layer(vintage, data_dir)
        assert len(layer["features"]) == count
        codes = [f["id"] for f in layer["features"]]
        assert codes == sorted(m.nis_code for m in municipalities(vintage))  # Brussels dropped
        first = layer["features"][0]
        assert set(first["properties"]) == {"nis_code", "name_nl", "province"}
        lon, lat = first["geometry"]["coordinates"][0][0]
        assert 2.5 < lon < 6.0 and 50.6 < lat < 51.6  # reprojected to WGS 84
    # x = 100000 m lies 50 km west of Lambert 72's central meridian (4.3675 E): at about 50.8 N
    # that is 50 / (111.3 * cos 50.8) = 0.71 degrees, so about 3.66 E.
    lon, lat = geo.load_layer(NEW, data_dir)["features"][0]["geometry"]["coordinates"][0][0]
    assert abs(lon - 3.66) < 0.02 and 50.7 < lat < 50.9


def test_incomplete_layer_is_refused_and_keeps_what_was_installed(data_dir, tmp_path, official_server):
    geo.install(data_dir=data_dir, base_url=official_server)
    before = (geo.geo_dir(data_dir) / geo.LAYER_FILES[NEW]).read_bytes()
    source = tmp_path / "src"
    source.mkdir()
    for vintage in (OLD, NEW):
        features = geo.load_layer(vintage, data_dir)["features"]
        if vintage == NEW:
            features = [f for f in features if f["id"] != "46030"]
        (source / geo.SOURCE_NAMES[vintage][0]).write_text(json.dumps({"features": features}))
    with pytest.raises(geo.GeoError, match="Beveren-Kruibeke-Zwijndrecht \\(46030\\)"):
        geo.install(source, data_dir)
    assert (geo.geo_dir(data_dir) / geo.LAYER_FILES[NEW]).read_bytes() == before


def test_unprojected_coordinates_are_refused(tmp_path, data_dir):
    source = tmp_path / "src"
    source.mkdir()
    for vintage in (OLD, NEW):
        features = [
            {"type": "Feature", "properties": {"geoitem": m.nis_code},
             "geometry": {"type": "Polygon", "coordinates": [_square_lambert(i)]}}
            for i, m in enumerate(municipalities(vintage))
        ]  # fmt: skip
        (source / geo.SOURCE_NAMES[vintage][0]).write_text(json.dumps({"features": features}))
    with pytest.raises(geo.GeoError, match="niet in WGS 84"):
        geo.install(source, data_dir)
    assert not geo.installed(data_dir)


def _cli(*args, data_dir):
    return subprocess.run(
        [sys.executable, "-m", "pipelines", "geo", *args],
        cwd=PROJECT,
        env=cli_env(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_without_a_source_or_internet_says_what_to_do(data_dir, monkeypatch):
    run = _cli("--from", str(data_dir / "bestaat-niet"), data_dir=data_dir)
    assert run.returncode == 2 and "Map niet gevonden" in run.stderr
    failing = subprocess.run(
        [sys.executable, "-c",
         "import sys; from pipelines import geo; geo.PINC_BASE='http://127.0.0.1:9/';"
         "from pipelines.__main__ import main; "
         "geo.install.__defaults__ = (None, None, 'http://127.0.0.1:9/', 5.0); sys.exit(main(['geo']))"],
        cwd=PROJECT, env=cli_env(data_dir), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert failing.returncode == 1
    assert "konden niet gedownload worden" in failing.stderr and "--from" in failing.stderr
    assert "Traceback" not in failing.stderr


@needs_shared
def test_install_from_shared_geo(data_dir):
    run = _cli("--from", str(SHARED / "geo"), data_dir=data_dir)
    assert run.returncode == 0, run.stderr
    assert "Grenzen 2019-2024: 300 gemeenten" in run.stdout and "met inwonertal" in run.stdout
    for vintage in (OLD, NEW):
        path = geo.geo_dir(data_dir) / geo.LAYER_FILES[vintage]
        assert path.stat().st_size <= geo.MAX_LAYER_BYTES
        theirs = json.loads((SHARED / "geo" / geo.SOURCE_NAMES[vintage][0]).read_text())
        ours = geo.load_layer(vintage, data_dir)
        assert [f["id"] for f in ours["features"]] == [f["id"] for f in theirs["features"]]
        assert ours["features"][0]["geometry"] == theirs["features"][0]["geometry"]
    assert sum(geo.load_population(NEW, data_dir).values()) == 6_629_143  # Flanders, 1/1/2020
    assert _cli("--if-missing", data_dir=data_dir).stdout.startswith("De gemeentegrenzen zijn al")


# --- the map page ----------------------------------------------------------------------------


def _array(value) -> list:
    """A plotly array from figure JSON: a list, or a typed array {"dtype", "bdata"}."""
    if isinstance(value, dict) and "bdata" in value:
        import base64

        import numpy as np

        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
    return list(value)


def _map_spec(at: AppTest) -> dict:
    charts = at.get("plotly_chart")
    assert charts, "no map drawn"
    return json.loads(charts[0].proto.spec)


def test_map_page_without_layers_explains_how_to_install(data_dir):
    publish_small(data_dir)
    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("views/kaart.py")
    at.run()
    assert not at.exception
    assert any("python -m pipelines geo" in w.value for w in at.warning)


@pytest.mark.parametrize(("vintage", "count"), [("2025", 285), ("2019-2024", 300)])
def test_map_shows_every_municipality_with_its_role(data_dir, official_server, vintage, count):
    publish_small(data_dir)
    geo.install(data_dir=data_dir, base_url=official_server)
    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=60)
    at.query_params["indeling"] = vintage
    at.run()
    at.switch_page("views/kaart.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    spec = _map_spec(at)
    trace = spec["data"][0]
    assert trace["type"] == "choroplethmap" and len(trace["locations"]) == count
    assert spec["layout"]["map"]["style"] == "white-bg"
    role = dict(zip(_array(trace["locations"]), _array(trace["z"]), strict=True))
    # 0 none, 1 gave, 2 received, 3 both (fixture: T1 Mechelen -> Leuven, T4 Zwijndrecht -> Antwerpen)
    assert (role["12025"], role["24062"], role["11002"]) == (1, 2, 2)
    assert role["44021"] == 1 and role["41002"] == 2  # T2 Gent -> Aalst
    assert role["71022" if vintage == "2019-2024" else "71072"] == 0  # T3 was refused
    giver = "11056" if vintage == "2019-2024" else "46030"  # Zwijndrecht
    assert role[giver] == 1
    lines = [t for t in spec["data"] if t["type"] == "scattermap"]
    assert len([x for x in _array(lines[0]["lon"]) if x is None]) == 3  # three approved pairs
    table = [df.value for df in at.dataframe if list(df.value.columns)[:1] == ["NIS-code"]][0]
    assert len(table) == count
