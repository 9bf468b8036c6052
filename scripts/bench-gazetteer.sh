#!/usr/bin/env bash
# Benchmark of a large gazetteer: a copy of Lexicons/ with a synthetic 100,000-entry gazetteer added to
# entities-index.tsv (scripts/make-gazetteer.py), against the lexicons as shipped. Measures the load
# (annotate on a one-line document, so nearly all the time is building the pipeline) and the entities
# stage on a replicated corpus (a store where tokenize is current, then tokenize + entities: the
# entities stage alone, its mentions written), release build, /usr/bin/time -v; then the stage
# alone in memory (`newsframe profile`, the stage's own clock).
# Usage: scripts/bench-gazetteer.sh [ENTRIES=100000] [SIZE_MB=10] [WORK_DIR=.build-bench-gazetteer]
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-100000}
size=${2:-10}
work=${3:-.build-bench-gazetteer}
mkdir -p "$work"
swift build -c release >/dev/null
bin="$(swift build -c release --show-bin-path)/newsframe"
rm -rf "$work/big-lexicons" && cp -r Lexicons "$work/big-lexicons"
python3 scripts/make-gazetteer.py "$entries" "$work/big-lexicons/entities-synthetic.tsv"
printf 'entities-synthetic.tsv\tsensitive\t1\n' >> "$work/big-lexicons/entities-index.tsv"
read -r docs bytes words < <(python3 scripts/make-corpus.py Corpus/articles "$size" "$work/corpus.jsonl")
echo "corpus: $docs documents, $(python3 -c "print(f'{$bytes/1e6:.1f}')") MB of text; gazetteer: $entries synthetic entries"
python3 - Pipelines/default.yaml "$work/entities.yaml" <<'PY'
import sys
text = open(sys.argv[1]).read()
open(sys.argv[2], "w").write(text.split("  - stage: quotes@1")[0])
PY
sed -i 's/^name: default/name: entities/; /^  - stage: temporal@1/,/^  - stage: entities@2/{/^  - stage: entities@2/!d}' "$work/entities.yaml"
echo "| step | lexicons | seconds | MB/s | peak RSS MB |"
echo "|---|---|---|---|---|"
measure() { # name lexicons bytes command...
  local name=$1 lexicons=$2 size=$3; shift 3
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.log" </dev/null || { cat "$work/time.log"; exit 1; }
  local secs rss
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); t=0; for(i=1;i<=n;i++) t=t*60+p[i]; print t}' "$work/time.log")
  rss=$(awk '/Maximum resident set size/ {print int($6/1024)}' "$work/time.log")
  python3 -c "s=$secs; b=$size; print(f'| $name | $lexicons | {s:.2f} | ' + (f'{b/1e6/s:.1f}' if b else '-') + f' | $rss |')"
}
echo '{"id": "one", "text": "Kata'"'"'ib Hezbollah fired rockets."}' > "$work/one.jsonl"
for lexicons in Lexicons "$work/big-lexicons"; do
  label=$([ "$lexicons" = Lexicons ] && echo shipped || echo "+$entries")
  measure "load (annotate one line)" "$label" 0 sh -c "'$bin' annotate --lexicons '$lexicons' --pipeline '$work/entities.yaml' < '$work/one.jsonl'"
  rm -f "$work"/store.sqlite*
  "$bin" process --db "$work/store.sqlite" --quiet --pipeline Pipelines/tokenize.yaml "$work/corpus.jsonl" >/dev/null
  measure "run: entities alone (1 job)" "$label" "$bytes" "$bin" run --db "$work/store.sqlite" --jobs 1 --quiet --lexicons "$lexicons" --pipeline "$work/entities.yaml"
  # The stage alone, in memory, on one core (newsframe profile; its own clock, no store).
  "$bin" profile --lexicons "$lexicons" --pipeline "$work/entities.yaml" "$work/corpus.jsonl" \
    | awk -F'|' -v label="$label" '/entities@/ {gsub(/ /, "", $3); gsub(/ /, "", $4); print "| profile: entities stage alone (in memory) | " label " | " $3 " | " $4 " | - |"}'
done
