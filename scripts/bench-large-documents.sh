#!/usr/bin/env bash
# Benchmark of single huge documents against ordinary ones (the hardening issue's cost that grew
# with the square of a document): articles of 1, 4 and 16 MB, each one JSON line made by running
# the texts of a dump together (paragraphs kept), processed with the default pipeline
# (`process`, every stage and the merge), /usr/bin/time -v; then the same dump as ordinary
# articles for comparison, and `profile` (each stage alone) at 1 and 4 MB.
# Usage: scripts/bench-large-documents.sh [DUMP.jsonl] [WORK_DIR=.build-bench]
# DUMP defaults to Corpus/articles replicated (scripts/make-corpus.py); for real news give the
# dump of scripts/make-real-corpus.py. Figures go into BENCHMARKS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${2:-.build-bench}
mkdir -p "$work"
swift build -c release >/dev/null
bin="$(swift build -c release --show-bin-path)/newsframe"
dump=${1:-}
if [ -z "$dump" ]; then
  python3 scripts/make-corpus.py Corpus/articles 16 "$work/large-source.jsonl" >/dev/null
  dump="$work/large-source.jsonl"
fi
python3 - "$dump" "$work" <<'PY'
import json, sys
dump, work = sys.argv[1], sys.argv[2]
texts = [json.loads(line)["text"] for line in open(dump, encoding="utf-8") if line.strip()]
joined = "\n\n".join(texts)
for mb in (1, 4, 16):
    size = mb * 1_000_000
    text = (joined * (size // len(joined) + 1))[:size]
    text = text[: text.rfind("\n\n")]
    with open(f"{work}/large-{mb}.jsonl", "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": f"large-{mb}", "date": "2024-01-15", "text": text}) + "\n")
    # The same bytes as ordinary articles, for comparison.
    with open(f"{work}/ordinary-{mb}.jsonl", "w", encoding="utf-8") as out:
        total, index = 0, 0
        while total < len(text):
            piece = texts[index % len(texts)]
            out.write(json.dumps({"id": f"o{index}", "date": "2024-01-15", "text": piece}) + "\n")
            total += len(piece) + 2
            index += 1
PY
echo "| input | seconds | MB/s | peak RSS MB |"
echo "|---|---|---|---|"
for kind in large ordinary; do
  for mb in 1 4 16; do
    rm -f "$work/large.sqlite"*
    /usr/bin/time -v "$bin" process "$work/$kind-$mb.jsonl" --db "$work/large.sqlite" --quiet >/dev/null 2>"$work/time.log"
    python3 - "$work/time.log" "$kind" "$mb" <<'PY'
import sys
log, kind, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
secs = rss = 0.0
for line in open(log):
    if "Elapsed (wall clock)" in line:
        for part in line.rsplit(" ", 1)[1].strip().split(":"): secs = secs * 60 + float(part)
    if "Maximum resident set size" in line: rss = int(line.split(":")[1]) / 1024
name = f"one article of {mb} MB" if kind == "large" else f"{mb} MB of ordinary articles"
print(f"| {name} | {secs:.2f} | {mb / secs:.2f} | {rss:.0f} |")
PY
  done
done
rm -f "$work/large.sqlite"*
for mb in 1 4; do
  echo
  echo "profile, one article of $mb MB:"
  "$bin" profile "$work/large-$mb.jsonl" 2>/dev/null | sed -n '/^|/p'
done
