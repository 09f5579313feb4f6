"""Municipal boundary layers for the map: install, validate, load.

`python -m pipelines geo` puts two GeoJSON layers in <data dir>/geo/: the 300 municipalities of
2019-2024 and the 285 of 2025, each feature with `id` = NIS code and properties `nis_code`,
`name_nl`, `province` (WGS 84, coordinates rounded to 5 decimals). Sources:

- a directory (`--from DIR`, e.g. ../shared/geo) holding GeoJSON in that shape, or in the
  shape of the official download below;
- otherwise the official open data: Statbel's municipal boundaries as simplified and published
  by Provincies in Cijfers (shapefiles in Belgian Lambert 72, EPSG:31370), downloaded from a
  pinned commit and reprojected to WGS 84 with pyproj.

Both layers are checked against the municipality reference (same codes, exactly 300 and 285)
before they replace anything; a failed install leaves the installed layers as they were.
Population on 1/1/2020 per municipality (for rates per 1.000 inhabitants) is copied when the
directory has it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipelines import paths
from pipelines.reference import NEW, OLD, municipalities
from pipelines.store import atomic_write_bytes
from pipelines.wording import count

LAYER_FILES = {OLD: "municipalities_2019_2024.geojson", NEW: "municipalities_2025.geojson"}
POPULATION_FILES = {OLD: "population_2019_2024.csv", NEW: "population_2025.csv"}
# Names of the same files in a source directory (../shared/geo), tried in this order.
SOURCE_NAMES = {
    OLD: (
        "flanders_municipalities_2019_2024.geojson",
        "municipalities_2019_2024.geojson",
        "gemeente2024.geojson",
    ),
    NEW: ("flanders_municipalities_2025.geojson", "municipalities_2025.geojson", "gemeente.geojson"),
}
SOURCE_POPULATION = {
    OLD: "population_2020_municipalities_2019_2024.csv",
    NEW: "population_2020_municipalities_2025.csv",
}
# The official download: Provincies in Cijfers, repository provinciesincijfers/gebiedsniveaus.
PINC_COMMIT = "3b1b6d8d3548e495f597db134f437f0d08898535"
PINC_BASE = (
    "https://raw.githubusercontent.com/provinciesincijfers/gebiedsniveaus/"
    f"{PINC_COMMIT}/data_voor_swing/shapefiles/"
)
PINC_LAYERS = {OLD: "gemeente2024", NEW: "gemeente"}
CODE_FIELDS = ("nis_code", "geoitem", "niscode", "nis", "cd_munty_refnis", "refnis")
ATTRIBUTION = (
    "Gemeentegrenzen: Statbel (Algemene Directie Statistiek - Statistics Belgium), statistische "
    "sectoren (toestand 1/1/2025, resp. 2024), open data; vereenvoudigd door Provincies in "
    "Cijfers (github.com/provinciesincijfers/gebiedsniveaus)."
)
MAX_LAYER_BYTES = 2 * 1024 * 1024  # what may be sent to a browser


class GeoError(Exception):
    """The layers could not be installed; the message is Dutch and says what to do."""


@dataclass(frozen=True)
class Installed:
    vintage: str
    features: int
    bytes: int
    population: bool


def geo_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    return paths.data_dir(data_dir) / "geo"


def _round(coords: Any) -> Any:
    if isinstance(coords, (int, float)):
        return round(float(coords), 5)
    return [_round(c) for c in coords]


def _code(properties: dict[str, Any]) -> str | None:
    lowered = {str(k).lower(): v for k, v in properties.items()}
    for name in CODE_FIELDS:
        value = lowered.get(name)
        if value not in (None, ""):
            text = str(value).strip()
            if text.endswith(".0"):
                text = text[:-2]
            return text.zfill(5) if text.isdigit() else text
    return None


def normalise(features: list[dict[str, Any]], vintage: str, transform=None) -> dict[str, Any]:
    """Features of any accepted shape -> our FeatureCollection for `vintage`, checked against
    the municipality reference. Features outside Flanders (Brussels, Wallonia) are dropped."""
    reference = {m.nis_code: m for m in municipalities(vintage)}
    out: dict[str, dict[str, Any]] = {}
    for feature in features:
        code = _code(feature.get("properties") or {}) or str(feature.get("id") or "")
        if code not in reference:
            continue
        geometry = feature.get("geometry") or {}
        if geometry.get("type") not in ("Polygon", "MultiPolygon"):
            raise GeoError(f"De grens van {code} is geen (multi)polygoon maar {geometry.get('type')}.")
        coords = geometry["coordinates"]
        if transform is not None:
            coords = transform(coords)
        m = reference[code]
        out[code] = {
            "type": "Feature",
            "id": code,
            "properties": {"nis_code": code, "name_nl": m.name_nl, "province": m.province},
            "geometry": {"type": geometry["type"], "coordinates": _round(coords)},
        }
    missing = sorted(set(reference) - set(out))
    if missing:
        names = ", ".join(f"{reference[c].name_nl} ({c})" for c in missing[:5])
        more = f" en {len(missing) - 5} andere" if len(missing) > 5 else ""
        raise GeoError(
            f"De grenzen van {vintage} missen {count(len(missing), 'gemeente', 'gemeenten')}: {names}{more}. "
            "Gebruik een volledige laag van alle Vlaamse gemeenten van die indeling."
        )
    _check_extent(out.values(), vintage)
    return {"type": "FeatureCollection", "features": [out[c] for c in sorted(out)]}


def _check_extent(features, vintage: str) -> None:
    """Flanders lies within lon 2.5-6.0, lat 50.6-51.6: catches unprojected Lambert metres."""
    for feature in features:
        first = feature["geometry"]["coordinates"]
        while isinstance(first[0], list):
            first = first[0]
        lon, lat = first[0], first[1]
        if not (2.4 <= lon <= 6.0 and 50.6 <= lat <= 51.6):
            raise GeoError(
                f"De grenzen van {vintage} liggen niet in WGS 84 (lengte/breedte): gemeente "
                f"{feature['id']} heeft coördinaat ({lon}, {lat})."
            )


def _from_directory(source: Path, vintage: str) -> dict[str, Any]:
    for name in SOURCE_NAMES[vintage]:
        path = source / name
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise GeoError(f"{path} is geen geldige GeoJSON ({exc}).") from None
            return normalise(data.get("features", []), vintage, _transform_for(data))
    raise GeoError(
        f"In {source} staat geen grenzenlaag voor {vintage} (gezocht: {', '.join(SOURCE_NAMES[vintage])})."
    )


def _transform_for(collection: dict[str, Any]):
    """A GeoJSON in Lambert 72 (as some official exports are) is reprojected; WGS 84 is kept."""
    crs = json.dumps(collection.get("crs") or {})
    return _lambert_to_wgs84 if "31370" in crs else None


def _lambert_to_wgs84(coords: Any) -> Any:
    from pyproj import Transformer

    transformer = _transformer(Transformer)

    def walk(c):
        if c and isinstance(c[0], (int, float)):
            lon, lat = transformer.transform(c[0], c[1])
            return [lon, lat]
        return [walk(x) for x in c]

    return walk(coords)


_TRANSFORMER = None


def _transformer(cls):
    global _TRANSFORMER  # noqa: PLW0603 - one transformer per process is enough
    if _TRANSFORMER is None:
        _TRANSFORMER = cls.from_crs("EPSG:31370", "EPSG:4326", always_xy=True)
    return _TRANSFORMER


def read_shapefile(shp: bytes, shx: bytes, dbf: bytes) -> list[dict[str, Any]]:
    """Features (in the shapefile's own coordinates) from the three parts of a shapefile."""
    import shapefile  # pyshp

    reader = shapefile.Reader(shp=io.BytesIO(shp), shx=io.BytesIO(shx), dbf=io.BytesIO(dbf))
    fields = [f[0] for f in reader.fields[1:]]
    features = []
    for shape_record in reader.iterShapeRecords():
        geometry = shape_record.shape.__geo_interface__
        features.append(
            {
                "type": "Feature",
                "properties": dict(zip(fields, shape_record.record, strict=True)),
                "geometry": {"type": geometry["type"], "coordinates": _lists(geometry["coordinates"])},
            }
        )
    return features


def _lists(coords: Any) -> Any:
    if isinstance(coords, (int, float)):
        return coords
    return [_lists(c) for c in coords]


def _download(base: str, vintage: str, timeout: float) -> dict[str, Any]:
    name = PINC_LAYERS[vintage]
    parts = {}
    for ext in ("shp", "shx", "dbf"):
        url = f"{base}{name}.{ext}"
        try:
            with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - fixed https URL
                parts[ext] = resp.read()
        except OSError as exc:
            raise GeoError(
                f"De grenzen van {vintage} konden niet gedownload worden ({url}: {exc}). "
                "Zonder internet: installeer ze uit een map met `python -m pipelines geo --from MAP`."
            ) from None
    features = read_shapefile(parts["shp"], parts["shx"], parts["dbf"])
    return normalise(features, vintage, _lambert_to_wgs84)


def _population(source: Path, vintage: str) -> bytes | None:
    path = source / SOURCE_POPULATION[vintage]
    if not path.is_file():
        return None
    reference = {m.nis_code for m in municipalities(vintage)}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["nis_code", "inwoners"])
    seen = set()
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = row["nis_code"].strip().zfill(5)
            if code in reference:
                writer.writerow([code, int(row["population_2020_01_01"])])
                seen.add(code)
    if seen != reference:
        raise GeoError(
            f"De bevolkingscijfers van {vintage} zijn onvolledig ({len(seen)} van {len(reference)})."
        )
    return out.getvalue().encode("utf-8")


def install(
    source: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    base_url: str = PINC_BASE,
    timeout: float = 60.0,
) -> list[Installed]:
    """Install both layers (all checked before either is written); returns what was installed."""
    layers: dict[str, bytes] = {}
    population: dict[str, bytes | None] = {}
    for vintage in (OLD, NEW):
        if source is not None:
            collection = _from_directory(Path(source), vintage)
            population[vintage] = _population(Path(source), vintage)
        else:
            collection = _download(base_url, vintage, timeout)
            population[vintage] = None
        data = json.dumps(collection, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if len(data) > MAX_LAYER_BYTES:
            raise GeoError(
                f"De grenzen van {vintage} zijn {len(data) / 1e6:.1f} MB; de kaart stuurt hoogstens "
                "2 MB naar de browser. Vereenvoudig de laag eerst (bv. mapshaper -simplify)."
            )
        layers[vintage] = data
    target = geo_dir(data_dir)
    target.mkdir(parents=True, exist_ok=True)
    installed = []
    for vintage, data in layers.items():
        atomic_write_bytes(target / LAYER_FILES[vintage], data)
        if population[vintage] is not None:
            atomic_write_bytes(target / POPULATION_FILES[vintage], population[vintage])
        count = len(municipalities(vintage))
        installed.append(Installed(vintage, count, len(data), population[vintage] is not None))
    return installed


def installed(data_dir: str | os.PathLike[str] | None = None) -> bool:
    return all((geo_dir(data_dir) / name).is_file() for name in LAYER_FILES.values())


def load_layer(vintage: str, data_dir: str | os.PathLike[str] | None = None) -> dict[str, Any] | None:
    path = geo_dir(data_dir) / LAYER_FILES[vintage]
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def load_population(vintage: str, data_dir: str | os.PathLike[str] | None = None) -> dict[str, int]:
    path = geo_dir(data_dir) / POPULATION_FILES[vintage]
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["nis_code"]: int(row["inwoners"]) for row in csv.DictReader(fh)}


def centroid(geometry: dict[str, Any]) -> tuple[float, float]:
    """Area-weighted centroid (lon, lat) of the largest polygon's outer ring: where a line to or
    from the municipality starts (Baarle-Hertog's exclaves and Voeren included)."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    best = (0.0, 0.0, 0.0)
    for polygon in polygons:
        ring = polygon[0]
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if abs(area) > abs(best[0]):
            best = (area, cx / (3 * area), cy / (3 * area))
    return best[1], best[2]
