"""Build the offline vector basemap in geo/basemap/ from Natural Earth (maintainers only).

Maps must draw with no network, so the background is a few small GeoJSON layers built
once from the Natural Earth files in ``../shared/data/naturalearth`` and committed:
land, lakes, country borders and disputed-area borders (drawn dashed). Geometries are
simplified and coordinates rounded so that a map page stays well under a megabyte.

Usage::

    .venv/bin/python scripts/build_basemap.py [--source DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import mapping, shape

log = logging.getLogger("build_basemap")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "naturalearth"
DEFAULT_OUT = ROOT / "geo" / "basemap"

#: layer name → (Natural Earth file, simplification tolerance in degrees, min area in deg²,
#: properties kept). Tolerances are about 2-5 km: invisible at the zoom levels where a
#: whole route is shown, and they keep the four layers near 600 kB together.
LAYERS: dict[str, tuple[str, float, float, tuple[str, ...]]] = {
    "land": ("ne_50m_land.json", 0.04, 0.02, ()),
    "lakes": ("ne_50m_lakes.json", 0.04, 0.3, ("name",)),
    "borders": ("ne_50m_admin_0_boundary_lines_land.json", 0.02, 0.0, ()),
    "disputed": (
        "ne_10m_admin_0_boundary_lines_disputed_areas.json",
        0.01,
        0.0,
        ("name", "note", "brk_name_l", "brk_name_r"),
    ),
}
PRECISION = 0.01  # degrees (~1 km); grid the rounded coordinates snap to


def build_layer(
    features: list[dict[str, Any]], tolerance: float, min_area: float, keep: tuple[str, ...]
) -> dict[str, Any]:
    """Simplify, drop specks and round one layer; return a FeatureCollection."""
    out = []
    for feature in features:
        geom = shape(feature["geometry"])
        if min_area and geom.area < min_area:
            continue
        geom = shapely.set_precision(geom.simplify(tolerance, preserve_topology=True), PRECISION)
        if geom.is_empty:
            continue
        props = {k: feature["properties"].get(k) for k in keep if feature["properties"].get(k)}
        out.append({"type": "Feature", "properties": props, "geometry": _rounded(mapping(geom))})
    return {"type": "FeatureCollection", "features": out}


def _rounded(geometry: Any) -> Any:
    if isinstance(geometry, dict):
        return {k: _rounded(v) for k, v in geometry.items()}
    if isinstance(geometry, list | tuple):
        return [_rounded(v) for v in geometry]
    if isinstance(geometry, float):
        return round(geometry, 2)
    return geometry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (filename, tolerance, min_area, keep) in LAYERS.items():
        data = json.loads((args.source / filename).read_text(encoding="utf-8"))
        layer = build_layer(data["features"], tolerance, min_area, keep)
        path = args.out / f"{name}.geojson"
        text = json.dumps(layer, separators=(",", ":"), ensure_ascii=False)
        path.write_text(text + "\n", encoding="utf-8")
        log.info("%s: %d features, %d bytes", path, len(layer["features"]), len(text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
