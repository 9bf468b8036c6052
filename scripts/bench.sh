#!/usr/bin/env bash
# Benchmark: release build, a corpus replicated from Corpus/articles, /usr/bin/time -v.
# Usage: scripts/bench.sh [SIZE_MB=10] [WORK_DIR=.build-bench]
# Prints a Markdown table of throughput (text MB/s, words/s) and peak RSS for:
#   ingest; run with Pipelines/tokenize.yaml; then run with the default pipeline on that store,
#   which finds tokenize current and runs only the temporal stage (tokens read back);
#   the quotes stage alone (a store where every earlier stage is current);
#   process (ingest + run) with each pipeline; annotate (no store) with the default pipeline,
# on 1 and 2 cores (--jobs 1 / --jobs 2). Figures go into BENCHMARKS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-10}
work=${2:-.build-bench}
mkdir -p "$work"
swift build -c release >/dev/null
bin="$(swift build -c release --show-bin-path)/newsframe"
read -r docs bytes words < <(python3 scripts/make-corpus.py Corpus/articles "$size" "$work/corpus.jsonl")
mb=$(python3 -c "print(f'{$bytes/1e6:.1f}')")
echo "corpus: $docs documents, $mb MB of text, $words words ($(du -h "$work/corpus.jsonl" | cut -f1) on disk)"
echo "machine: $(nproc) cores, $(uname -m), $(swift --version 2>&1 | head -1)"
echo
echo "| step | jobs | seconds | MB/s | words/s | peak RSS MB |"
echo "|---|---|---|---|---|---|"

measure() { # name jobs command...
  local name=$1 jobs=$2; shift 2
  local log="$work/time.log"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log"; exit 1; }
  local secs rss
  secs=$(python3 - "$log" <<'PY'
import sys
for line in open(sys.argv[1]):
    if "Elapsed (wall clock)" in line:
        parts = line.rsplit(" ", 1)[1].strip().split(":")
        total = 0.0
        for p in parts: total = total * 60 + float(p)
        print(total)
PY
)
  rss=$(awk '/Maximum resident set size/ {print int($6/1024)}' "$log")
  python3 -c "s=$secs; print(f'| $name | $jobs | {s:.2f} | {$bytes/1e6/s:.1f} | {$words/s:,.0f} | $rss |')"
}

for jobs in 1 2; do
  rm -f "$work"/bench.sqlite*
  measure "ingest" "$jobs" "$bin" ingest --db "$work/bench.sqlite" "$work/corpus.jsonl"
  measure "run: tokenize" "$jobs" "$bin" run --db "$work/bench.sqlite" --jobs "$jobs" --quiet --pipeline Pipelines/tokenize.yaml
  measure "run: temporal (tokens read back)" "$jobs" "$bin" run --db "$work/bench.sqlite" --jobs "$jobs" --quiet
  rm -f "$work"/bench.sqlite*
  measure "process: tokenize pipeline" "$jobs" "$bin" process --db "$work/bench.sqlite" --jobs "$jobs" --quiet --pipeline Pipelines/tokenize.yaml "$work/corpus.jsonl"
  # The quotes stage alone: a store where every earlier stage is current.
  rm -f "$work"/bench.sqlite*
  python3 - Pipelines/default.yaml "$work/before-quotes.yaml" <<'PY'
import sys
text = open(sys.argv[1]).read()
open(sys.argv[2], "w").write(text.split("  - stage: quotes@1")[0])
PY
  "$bin" process --db "$work/bench.sqlite" --jobs "$jobs" --quiet --pipeline "$work/before-quotes.yaml" "$work/corpus.jsonl" >/dev/null
  measure "run: quotes (earlier stages read back)" "$jobs" "$bin" run --db "$work/bench.sqlite" --jobs "$jobs" --quiet
  rm -f "$work"/bench.sqlite*
  measure "process: default pipeline" "$jobs" "$bin" process --db "$work/bench.sqlite" --jobs "$jobs" --quiet "$work/corpus.jsonl"
  measure "annotate: default (no store)" "$jobs" "$bin" annotate --jobs "$jobs" "$work/corpus.jsonl"
done
rm -f "$work"/bench.sqlite*
