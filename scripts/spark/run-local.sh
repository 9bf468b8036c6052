#!/usr/bin/env bash
# The Spark recipe end to end on one machine (Spark's local mode, two worker threads), checked
# against a local `process` of the same articles: same documents, frames and merged events.
# Needs Java and PySpark (pip install pyspark); the bundle from scripts/bundle.sh.
# Usage: scripts/spark/run-local.sh [ARTICLES=20000] [WORK_DIR=.build-spark]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-20000}
work=${2:-.build-spark}
mkdir -p "$work"
[ -f dist/newsframe-x86_64-linux.tar.gz ] || scripts/bundle.sh dist >/dev/null
bin=dist/newsframe-x86_64-linux/newsframe
python3 - "$count" "$work/articles.jsonl" <<'PY'
import json, subprocess, sys
count, out = int(sys.argv[1]), sys.argv[2]
# Corpus/articles replicated to COUNT articles with distinct ids (scripts/make-corpus.py).
megabytes = str(count // 1000 + 2)  # the sample articles average under 1 kB of text
subprocess.run([sys.executable, "scripts/make-corpus.py", "Corpus/articles", megabytes, out + ".all"], check=True, stdout=subprocess.DEVNULL)
with open(out + ".all") as source, open(out, "w") as target:
    for index, line in enumerate(source):
        if index >= count: break
        target.write(line)
PY
rm -rf "$work/annotated" "$work/parquet" "$work"/*.sqlite*
timed() { /usr/bin/time -f "$1: %e s, peak RSS %M KB" "${@:2}"; }
timed "spark annotate (local[2])" spark-submit --master 'local[2]' --conf spark.ui.enabled=false \
  --archives "dist/newsframe-x86_64-linux.tar.gz#newsframe" \
  scripts/spark/annotate_job.py "$work/articles.jsonl" "$work/annotated" --parquet "$work/parquet" --no-tokens 2> "$work/spark.log"
timed "load" "$bin" load "$work/annotated" --db "$work/loaded.sqlite"
timed "local process (2 jobs)" "$bin" process "$work/articles.jsonl" --db "$work/local.sqlite" --quiet
for db in loaded local; do
  "$bin" export --db "$work/$db.sqlite" --format csv --table events > "$work/$db-events.csv"
  "$bin" export --db "$work/$db.sqlite" --no-tokens > "$work/$db.jsonl"
done
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def docs(name):
    return {d["id"]: d for d in (json.loads(line) for line in open(f"{work}/{name}.jsonl"))}
loaded, local = docs("loaded"), docs("local")
assert loaded.keys() == local.keys(), "documents differ"
for key in ("sentences", "timexes", "entities", "quotes", "events"):
    same = sum(loaded[i].get(key) == local[i].get(key) for i in local)
    print(f"{key}: {same}/{len(local)} documents identical")
events = [open(f"{work}/{n}-events.csv").read() for n in ("loaded", "local")]
print("merged events identical:", events[0] == events[1], f"({events[1].count(chr(10)) - 1} events)")
PY
