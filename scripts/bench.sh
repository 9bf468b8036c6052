#!/usr/bin/env bash
# Benchmark: release build, a corpus replicated from Corpus/articles, /usr/bin/time -v.
# Usage: scripts/bench.sh [SIZE_MB=10] [WORK_DIR=.build-bench]
# Prints a Markdown table of throughput (text MB/s, words/s) and peak RSS for:
#   ingest; run with Pipelines/tokenize.yaml; the syntax, temporal and entities stages alone on that
#   store (tokenize + that stage: tokenize is current and its tokens are read back); the quotes
#   stage alone (a store where every earlier stage is current); process (ingest + run) with the
#   tokenize and the default pipeline (every stage, and the event merge); annotate (no store),
# on 1 and 2 cores (--jobs 1 / --jobs 2); then `newsframe profile`: every stage of the default
# pipeline timed alone, in memory, on one core (no store), the figure the stage targets speak of.
# Figures go into BENCHMARKS.md by hand.
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

# Pipelines of some of the default pipeline's stages, in its order: `only STAGE... > FILE`.
only() {
  python3 - Pipelines/default.yaml "$@" <<'PY'
import sys
text = open(sys.argv[1]).read()
head, *blocks = text.split("  - stage: ")
keep = [b for b in blocks if b.split("@")[0] in sys.argv[2:]]
print(head.replace("name: default", "name: " + "+".join(sys.argv[2:])) + "".join("  - stage: " + b for b in keep), end="")
PY
}
# A store with its WAL and shared-memory files: `copydb FROM TO`.
copydb() { for suffix in "" -wal -shm; do if [ -f "$1$suffix" ]; then cp "$1$suffix" "$2$suffix"; fi; done; }
only tokenize syntax > "$work/syntax.yaml"
only tokenize temporal > "$work/temporal.yaml"
only tokenize entities > "$work/entities.yaml"
only tokenize temporal entities > "$work/before-quotes.yaml"
only tokenize temporal entities quotes > "$work/quotes.yaml"

for jobs in 1 2; do
  rm -f "$work"/bench.sqlite*
  measure "ingest" "$jobs" "$bin" ingest --db "$work/bench.sqlite" "$work/corpus.jsonl"
  measure "run: tokenize" "$jobs" "$bin" run --db "$work/bench.sqlite" --jobs "$jobs" --quiet --pipeline Pipelines/tokenize.yaml
  # Each stage alone: a store where the stages before it are current, so they are read back.
  copydb "$work/bench.sqlite" "$work/tokenized.sqlite"
  measure "run: syntax alone (tokens read back)" "$jobs" "$bin" run --db "$work/bench.sqlite" --jobs "$jobs" --quiet --pipeline "$work/syntax.yaml"
  rm -f "$work"/bench.sqlite* && copydb "$work/tokenized.sqlite" "$work/bench.sqlite"
  measure "run: temporal alone (tokens read back)" "$jobs" "$bin" run --db "$work/bench.sqlite" --jobs "$jobs" --quiet --pipeline "$work/temporal.yaml"
  rm -f "$work"/bench.sqlite* && copydb "$work/tokenized.sqlite" "$work/bench.sqlite"
  measure "run: entities alone (tokens read back)" "$jobs" "$bin" run --db "$work/bench.sqlite" --jobs "$jobs" --quiet --pipeline "$work/entities.yaml"
  rm -f "$work"/bench.sqlite* "$work"/tokenized.sqlite*
  measure "process: tokenize pipeline" "$jobs" "$bin" process --db "$work/bench.sqlite" --jobs "$jobs" --quiet --pipeline Pipelines/tokenize.yaml "$work/corpus.jsonl"
  rm -f "$work"/bench.sqlite*
  "$bin" process --db "$work/bench.sqlite" --jobs "$jobs" --quiet --pipeline "$work/before-quotes.yaml" "$work/corpus.jsonl" >/dev/null
  measure "run: quotes alone (earlier stages read back)" "$jobs" "$bin" run --db "$work/bench.sqlite" --jobs "$jobs" --quiet --pipeline "$work/quotes.yaml"
  rm -f "$work"/bench.sqlite*
  measure "process: default pipeline" "$jobs" "$bin" process --db "$work/bench.sqlite" --jobs "$jobs" --quiet "$work/corpus.jsonl"
  measure "annotate: default (no store)" "$jobs" "$bin" annotate --jobs "$jobs" "$work/corpus.jsonl"
done
rm -f "$work"/bench.sqlite*
echo
measure "profile (every stage, one core, in memory)" 1 "$bin" profile "$work/corpus.jsonl"
echo
"$bin" profile "$work/corpus.jsonl" | tail -n +3
