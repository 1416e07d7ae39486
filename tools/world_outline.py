"""Make the map's world outline from Natural Earth, as redistributed by the npm package world-atlas.

Why a file in the repository: the map must draw with no tile server and no request to
the internet, so the outline ships with the generator. Natural Earth is in the public
domain; world-atlas (ISC licence, Mike Bostock) packs it as TopoJSON. This script decodes
the TopoJSON (quantised, delta-encoded arcs) into plain longitude/latitude rings at 0.01
degree, which the generator projects itself:

    land     the land polygons of land-50m.json (outer rings and holes), filled
    borders  the arcs of countries-50m.json shared by two countries, drawn once each

Run it from the repository root after `npm pack world-atlas@2 && tar xzf world-atlas-*.tgz`:

    python -m tools.world_outline package/ generator/data/world/outline-50m.json.gz
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

PRECISION = 100  # 0.01 degree: about a kilometre, finer than the 1:50m source


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The arcs of a quantised TopoJSON topology as longitude/latitude points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    """A closed ring from arc indexes (a negative index ~i is arc i reversed)."""
    out: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(points[1:] if out else points)
    return out


def polygons(geometry: dict) -> list[list[list[int]]]:
    """The arc rings of a Polygon or MultiPolygon geometry."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def flat(points: list[tuple[float, float]]) -> list[int]:
    """Points as one flat list of integers (hundredths of a degree), repeated points dropped."""
    out: list[int] = []
    for lon, lat in points:
        x, y = round(lon * PRECISION), round(lat * PRECISION)
        if len(out) < 2 or (out[-2], out[-1]) != (x, y):
            out += [x, y]
    return out


def outline(package: Path) -> dict:
    land_topo = json.loads((package / "land-50m.json").read_text())
    land_arcs = decode_arcs(land_topo)
    land = [
        flat(ring(land_arcs, r))
        for g in land_topo["objects"]["land"]["geometries"]
        for poly in polygons(g)
        for r in poly
    ]
    countries = json.loads((package / "countries-50m.json").read_text())
    arcs = decode_arcs(countries)
    used: Counter[int] = Counter()
    for g in countries["objects"]["countries"]["geometries"]:
        for poly in polygons(g):
            for r in poly:
                used.update({i if i >= 0 else ~i for i in r})
    borders = [flat(arcs[i]) for i in sorted(used) if used[i] > 1]
    version = json.loads((package / "package.json").read_text())["version"]
    return {
        "source": f"Natural Earth 1:50m land and countries (public domain), via world-atlas {version} (ISC)",
        "precision": PRECISION,
        "land": [r for r in land if len(r) >= 6],
        "borders": [b for b in borders if len(b) >= 4],
    }


def main(argv: list[str]) -> int:
    package, target = Path(argv[0]), Path(argv[1])
    data = json.dumps(outline(package), separators=(",", ":")).encode()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(gzip.compress(data, mtime=0))
    print(f"{target}: {len(data):,} bytes of JSON, {target.stat().st_size:,} gzipped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
