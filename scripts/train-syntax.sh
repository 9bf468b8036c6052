#!/usr/bin/env bash
# Trains the syntax stage's model, Lexicons/syntax-model.bin, the one NewsFrame ships.
#
# Source data (not in this repository; the project's reference data folder holds it):
#   UD English EWT, train split: UniversalDependencies/UD_English-EWT @ 15d613d8,
#     licence CC BY-SA 4.0 (annotations (c) Stanford University; texts from the LDC English
#     Web Treebank).
#   UD English GUM, train split, only its genres under attribution licences (news and
#     interviews from Wikinews, Wikipedia biographies, Wikivoyage, OpenStax textbooks,
#     public-domain speeches, CC vlogs and conversations, open-access academic articles):
#     UniversalDependencies/UD_English-GUM @ afb41ee9, licence CC BY 4.0 (per genre).
# With CLUSTERS set to a file, the tagger, parser and labeller also read Brown word clusters
# (spacy-lookups-data 1.0.5, PyPI, MIT licence; scripts/fetch-word-clusters.sh fetches them there
# when the file is missing) and the model keeps them. The shipped model has none (README,
# "Syntax": better treebank scores, but the event rules were written on the model without).
# The model is "trained on UD English EWT (CC BY-SA 4.0) and the CC-BY genres of UD English
# GUM" and carries that line in its provenance (printed by `newsframe eval-syntax`).
#
# The same command on the same files writes the same bytes (fixed seed, no threads in the
# learning itself). Takes about three minutes on two cores.
#
# Usage: [CLUSTERS=FILE] scripts/train-syntax.sh [DATA_DIR=../shared/data/syntax] [OUT=Lexicons/syntax-model.bin]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/syntax}
out=${2:-Lexicons/syntax-model.bin}
for file in ewt-train gum-train ewt-dev gum-dev; do
  [ -f "$data/$file.conllu" ] || { echo "missing $data/$file.conllu (UD English EWT and GUM, see this script's header)" >&2; exit 1; }
done
cluster_args=()
if [ -n "${CLUSTERS:-}" ]; then
  [ -f "$CLUSTERS" ] || scripts/fetch-word-clusters.sh "$CLUSTERS"
  cluster_args=(--clusters "$CLUSTERS")
fi
swift build -c release --product newsframe >/dev/null
bin="$(swift build -c release --show-bin-path)/newsframe"
"$bin" train-syntax "$data/ewt-train.conllu" "$data/gum-train.conllu" ${cluster_args[@]+"${cluster_args[@]}"} --out "$out" \
  --dev "$data/ewt-dev.conllu" --dev "$data/gum-dev.conllu"
sha256sum "$out"
