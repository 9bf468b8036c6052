#!/usr/bin/env python3
"""Builds Lexicons/export-world-outline.tsv: the outline of every country, simplified, that the
HTML report draws its map of events on (an inline SVG, so the report needs no network and no
map tiles). Regenerate it with this script; do not edit the file by hand.

Source: Natural Earth's 1:110m Cultural Vectors, Admin 0 - Countries (public domain,
https://www.naturalearthdata.com/about/terms-of-use/), as the PyPI package geopandas 0.14.4
ships it (geopandas/datasets/naturalearth_lowres: 177 countries, Natural Earth v5.1.1 since
geopandas 0.12's update of the dataset, its pull request 2555; Crimea is drawn in Ukraine by
geopandas' own creation script). The wheel is fetched with `pip download --no-deps` and only
its data is read (nothing of geopandas is installed or run); the shapefile is read with pyshp
(`pip install pyshp`). ISO 3166-1 alpha-3 codes become alpha-2 through Debian's iso-codes
(/usr/share/iso-codes/json/iso_3166-1.json, `apt-get install iso-codes`); the three countries
without one (Kosovo, N. Cyprus, Somaliland) have an empty `iso`.

Simplification: each ring is simplified by Douglas-Peucker with a tolerance of 0.1 degree,
then its coordinates are rounded to 0.1 degree (about 11 km, under a pixel of a 1000-pixel
world map); repeated points and the closing point are dropped, and a ring left with fewer than
three points is dropped unless it is the country's only one. Holes (Lesotho in South Africa)
stay rings of their own: the map fills with the even-odd rule.

Usage: scripts/make-world-outline.py [--wheel geopandas-0.14.4-py3-none-any.whl] [--out Lexicons]
Deterministic: the same wheel gives a byte-identical file.
"""
import argparse, hashlib, io, json, os, subprocess, sys, tempfile, zipfile

GEOPANDAS = "geopandas==0.14.4"
NATURAL_EARTH = "5.1.1"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
ISO_CODES = "/usr/share/iso-codes/json/iso_3166-1.json"
TOLERANCE = 0.1


def wheel_path(given, folder):
    if given:
        return given
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:", "-q", "-d", folder, GEOPANDAS], check=True)
    return next(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".whl"))


def distance(point, start, end):
    """The distance of point from the segment start-end, in degrees."""
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def douglas_peucker(points):
    """The points of an open line kept by Douglas-Peucker (iterative: rings have thousands of points)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, farthest = None, TOLERANCE
        for i in range(first + 1, last):
            d = distance(points[i], points[first], points[last])
            if d > farthest:
                index, farthest = i, d
        if index is not None:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def simplify(ring):
    """A closed ring, simplified and rounded, without its closing point."""
    if ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) < 3:
        return ring
    # A closed ring has no ends: cut it at its first point and the point farthest from it.
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2)
    kept = douglas_peucker(ring[: far + 1])[:-1] + douglas_peucker(ring[far:] + [ring[0]])[:-1]
    rounded = []
    for lon, lat in kept:
        point = (round(lon, 1) + 0.0, round(lat, 1) + 0.0)
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    while len(rounded) > 1 and rounded[0] == rounded[-1]:
        rounded.pop()
    return rounded


def number(value):
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wheel", help="a downloaded geopandas 0.14.4 wheel (default: pip download it)")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "Lexicons"))
    args = parser.parse_args()
    import shapefile  # pyshp

    alpha2 = {c["alpha_3"]: c["alpha_2"] for c in json.load(open(ISO_CODES, encoding="utf-8"))["3166-1"]}
    iso_version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "iso-codes"], capture_output=True, text=True).stdout or "unknown"
    with tempfile.TemporaryDirectory() as folder:
        with zipfile.ZipFile(wheel_path(args.wheel, folder)) as wheel:
            parts = {ext: wheel.read(f"{MEMBER}.{ext}") for ext in ("shp", "shx", "dbf", "cpg")}
    digest = hashlib.sha256(parts["shp"]).hexdigest()[:16]
    reader = shapefile.Reader(shp=io.BytesIO(parts["shp"]), shx=io.BytesIO(parts["shx"]), dbf=io.BytesIO(parts["dbf"]), encoding=parts["cpg"].decode().strip())
    rows, before, after = [], 0, 0
    for item in reader.iterShapeRecords():
        name, code = item.record["name"], item.record["iso_a3"]
        points = item.shape.points
        bounds = list(item.shape.parts) + [len(points)]
        rings = [[tuple(p) for p in points[bounds[i] : bounds[i + 1]]] for i in range(len(bounds) - 1)]
        before += len(points)
        simplified = [simplify(r) for r in rings]
        kept = [r for r in simplified if len(r) >= 3] or [max(simplified, key=len)]
        after += sum(len(r) for r in kept)
        text = ";".join(" ".join(f"{number(lon)},{number(lat)}" for lon, lat in ring) for ring in kept)
        rows.append((name, alpha2.get(code, ""), text))
    rows.sort()
    out = os.path.join(args.out, "export-world-outline.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# export-world-outline.tsv: the outline of every country, simplified, for the HTML report's map of events.\n")
        f.write(f"# source: Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries, v{NATURAL_EARTH} (public domain, naturalearthdata.com),\n")
        f.write(f"# as PyPI {GEOPANDAS} ships it (datasets/naturalearth_lowres, .shp sha256 {digest}…, Crimea in Ukraine as geopandas draws it);\n")
        f.write(f"# licence: public domain (Natural Earth's terms of use: no permission needed); alpha-2 codes: Debian iso-codes {iso_version}.\n")
        f.write(f"# simplified: Douglas-Peucker, tolerance {TOLERANCE} degree, then rounded to 0.1 degree ({before} points became {after}).\n")
        f.write("# format: TSV; name = Natural Earth's name; iso = ISO 3166-1 alpha-2, empty where there is none (Kosovo, N. Cyprus, Somaliland);\n")
        f.write("# rings = the outline's rings, ';'-separated, each of 'lon,lat' points (WGS84 degrees) separated by a space, implicitly\n")
        f.write("# closed; holes are rings too (fill even-odd). Generated by scripts/make-world-outline.py: edit the script, not this file.\n")
        f.write("name\tiso\trings\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{out}: {len(rows)} countries, {after} points (from {before}), {os.path.getsize(out)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
