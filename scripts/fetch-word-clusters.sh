#!/usr/bin/env bash
# Fetches the Brown word clusters the syntax model's tagger and parser read as features, and
# writes them as `path<TAB>word` lines, most frequent words first (what `newsframe train-syntax
# --clusters` reads). The trained model keeps the clusters it was trained with, so only
# training needs this file; it is not kept in the repository.
#
# Source: the Python package spacy-lookups-data 1.0.5 on PyPI (Explosion; licence MIT),
#   file spacy_lookups_data/data/en_lexeme_cluster.json.gz: the Brown clusters (1,000
#   clusters) of spaCy's English vocabulary, word → the cluster's bit path read as a number
#   from its end. Wheel sha256 466f21f087e4144bc93800679437ec5a17be7d0888734b1ba880b3ecb0978bc6.
# Kept: every word whose number is above zero (190,129 of 1,000,001; zero stands for whitespace,
# punctuation, words the clustering never saw, and a path of zeros only). The JSON lists words
# most frequent first ("." "," "the" …), and the file keeps that order.
#
# Usage: scripts/fetch-word-clusters.sh [OUT=${TMPDIR:-/tmp}/newsframe-data/en-clusters.tsv]
set -euo pipefail
out=${1:-${TMPDIR:-/tmp}/newsframe-data/en-clusters.tsv}
version=1.0.5
sha=466f21f087e4144bc93800679437ec5a17be7d0888734b1ba880b3ecb0978bc6
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip download --quiet --no-deps "spacy-lookups-data==$version" -d "$work"
wheel=$(ls "$work"/spacy_lookups_data-"$version"-*.whl)
echo "$sha  $wheel" | sha256sum --check --quiet
mkdir -p "$(dirname "$out")"
python3 - "$wheel" "$out" "$version" <<'EOF'
import gzip, io, json, sys, zipfile
wheel, out, version = sys.argv[1:]
with zipfile.ZipFile(wheel) as archive:
    clusters = json.load(io.TextIOWrapper(gzip.open(archive.open("spacy_lookups_data/data/en_lexeme_cluster.json.gz")), encoding="utf-8"))
with open(out, "w", encoding="utf-8") as file:
    file.write(f"# Brown clusters: spacy-lookups-data {version} (PyPI, MIT licence), en_lexeme_cluster.json.gz\n")
    file.write("# path<TAB>word, most frequent words first; the path's first step is the number's lowest bit\n")
    kept = 0
    for word, number in clusters.items():
        if number <= 0 or "\t" in word or "\n" in word or word.strip() != word or not word:
            continue
        file.write(bin(number)[2:][::-1] + "\t" + word + "\n")
        kept += 1
print(f"wrote {out}: {kept} words")
EOF
