#!/usr/bin/env bash
# Benchmark of the syntax stage and of the whole default pipeline with it, on a dump given
# as JSONL: release build, /usr/bin/time -v (wall clock, peak RSS).
# Usage: scripts/bench-syntax.sh CORPUS.jsonl [WORK_DIR=.build-bench] [NEWSFRAME_BINARY]
#   CORPUS: e.g. real news from scripts/make-real-corpus.py ../shared/data WORK/real.jsonl, or
#           a replicated sample corpus from scripts/make-corpus.py Corpus/articles 10 WORK/corpus.jsonl.
#   NEWSFRAME_BINARY: another build to measure the same way (the build before a change; its
#           pipeline is whatever it bundles). Default: this checkout's release build.
# Prints a Markdown table: the syntax stage alone and every stage in memory on one core
# (`newsframe profile`), then `process` with the default pipeline on 1 and 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$1
work=${2:-.build-bench}
mkdir -p "$work"
if [ -n "${3:-}" ]; then
  bin=$3
else
  swift build -c release --product newsframe >/dev/null
  bin="$(swift build -c release --show-bin-path)/newsframe"
fi
read -r bytes words < <(python3 -c "
import json,sys
b=w=0
for line in open(sys.argv[1], encoding='utf-8'):
    t=json.loads(line).get('text') or ''
    b+=len(t.encode()); w+=len(t.split())
print(b, w)" "$corpus")
echo "corpus: $corpus, $(python3 -c "print(f'{$bytes/1e6:.1f}')") MB of text, $words words; binary: $bin"
echo "machine: $(nproc) cores, $(uname -m)"
echo
"$bin" profile "$corpus" | tail -n +3
echo
echo "| step | jobs | seconds | MB/s | words/s | peak RSS MB |"
echo "|---|---|---|---|---|---|"
for jobs in 1 2; do
  rm -f "$work"/syntax-bench.sqlite*
  log="$work/time.log"
  /usr/bin/time -v "$bin" process --db "$work/syntax-bench.sqlite" --jobs "$jobs" --quiet "$corpus" >/dev/null 2>"$log" || { cat "$log"; exit 1; }
  python3 - "$log" "$bytes" "$words" "$jobs" <<'PY'
import sys
log, text_bytes, words, jobs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
seconds = rss = 0.0
for line in open(log):
    if "Elapsed (wall clock)" in line:
        for part in line.rsplit(" ", 1)[1].strip().split(":"):
            seconds = seconds * 60 + float(part)
    if "Maximum resident set size" in line:
        rss = int(line.split()[-1]) / 1024
print(f"| process: default pipeline | {jobs} | {seconds:.2f} | {text_bytes / 1e6 / seconds:.2f} | {words / seconds:,.0f} | {rss:.0f} |")
PY
done
rm -f "$work"/syntax-bench.sqlite*
