#!/usr/bin/env python3
"""Write the country outlines the country pages' map draws, from Natural Earth (public domain).

Usage: git -C <mirror of martynafford/natural-earth-geojson> show HEAD:110m/cultural/ne_110m_admin_0_countries.json \
         | python3 data/scripts/world-outline.py > src/main/resources/org/mdkg/pages/assets/world-outline.json

Input: Natural Earth 1:110m Admin 0 countries as GeoJSON (martynafford/natural-earth-geojson, a CC0 conversion of the
public-domain Natural Earth data). Output: a GeoJSON FeatureCollection of the countries whose outline reaches into
Europe, Africa, the Middle East and Asia (longitude -30 to 150), each feature named by its ISO 3166 alpha-3 code
(ISO_A3_EH, as the entity pages name countries), coordinates rounded to 0.1 degree (the 1:110m scale carries no more),
repeated points dropped. Python 3 standard library only; deterministic output (features sorted by code).
"""
import json
import sys

WEST, EAST = -30.0, 150.0
# Natural Earth's code for Kosovo, which has no ISO code; mdkg uses the user-assigned XKX (data/countries.ttl).
CODES = {"KOS": "XKX"}


def ring(points):
    out = []
    for x, y in points:
        p = [round(x, 1), round(y, 1)]
        if not out or out[-1] != p:
            out.append(p)
    return out if len(out) >= 4 else None


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def main():
    world = json.load(sys.stdin)
    features = []
    for f in world["features"]:
        code = f["properties"].get("ISO_A3_EH") or f["properties"].get("ADM0_A3")
        if not code or code == "-99":
            code = f["properties"]["ADM0_A3"]
        code = CODES.get(code, code)
        polys = []
        for poly in polygons(f["geometry"]):
            rings = [r for r in (ring(r) for r in poly) if r]
            if rings:
                polys.append(rings)
        xs = [x for poly in polys for x, _ in poly[0]]
        if not xs or max(xs) < WEST or min(xs) > EAST:
            continue
        features.append({"type": "Feature", "properties": {"name": code},
                         "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    features.sort(key=lambda f: f["properties"]["name"])
    json.dump({"type": "FeatureCollection", "features": features}, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
