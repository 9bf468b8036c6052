#!/usr/bin/env bash
# Benchmark of the events stage and the corpus merge: release build, a corpus replicated from
# Corpus/articles (scripts/make-corpus.py), /usr/bin/time -v.
# Usage: scripts/bench-events.sh [SIZE_MB=100] [WORK_DIR=.build-bench] [JOBS=2]
# Builds a store where every stage before events is current, then measures `run` (the events
# stage alone, then the merge it triggers) and `merge` alone (a full re-merge of every frame).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100}
work=${2:-.build-bench}
jobs=${3:-2}
mkdir -p "$work"
swift build -c release >/dev/null
bin="$(swift build -c release --show-bin-path)/newsframe"
read -r docs bytes words < <(python3 scripts/make-corpus.py Corpus/articles "$size" "$work/corpus.jsonl")
echo "corpus: $docs documents, $(python3 -c "print(f'{$bytes/1e6:.1f}')") MB of text, $words words"
rm -f "$work"/events.sqlite*
python3 - Pipelines/default.yaml "$work/before-events.yaml" <<'PY'
import sys
open(sys.argv[2], "w").write(open(sys.argv[1]).read().split("  - stage: events@")[0])
PY
"$bin" process --db "$work/events.sqlite" --jobs "$jobs" --quiet --pipeline "$work/before-events.yaml" "$work/corpus.jsonl" >/dev/null
echo "| step | jobs | seconds | MB/s | words/s | peak RSS MB |"
echo "|---|---|---|---|---|---|"
measure() { # name command...
  local name=$1; shift
  /usr/bin/time -v "$@" >"$work/out.log" 2>"$work/time.log" || { cat "$work/time.log"; exit 1; }
  local secs rss
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); t=0; for(i=1;i<=n;i++) t=t*60+p[i]; print t}' "$work/time.log")
  rss=$(awk '/Maximum resident set size/ {print int($6/1024)}' "$work/time.log")
  python3 -c "s=$secs; print(f'| $name | $jobs | {s:.2f} | {$bytes/1e6/s:.1f} | {$words/s:,.0f} | $rss |')"
  grep -h "merge:" "$work/out.log" || true
}
measure "run: events + merge (earlier stages read back)" "$bin" run --db "$work/events.sqlite" --jobs "$jobs" --quiet
measure "merge alone (every frame re-merged)" "$bin" merge --db "$work/events.sqlite"
