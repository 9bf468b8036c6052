#!/usr/bin/env python3
"""NewsFrame as a Spark map step: each partition of article JSONL goes through
`newsframe annotate` on an executor, using the bundle Spark ships there; the annotated JSONL
is written as part files (and, with --parquet, also as Parquet through Spark's own writer).
Then, centrally: `newsframe load OUTPUT --db corpus.sqlite` stores it and merges.

Usage (the bundle from scripts/bundle.sh, shipped to every executor with --archives):
  spark-submit --master local[2] \\
      --archives dist/newsframe-x86_64-linux.tar.gz#newsframe \\
      scripts/spark/annotate_job.py INPUT.jsonl OUTPUT_DIR [--parquet DIR] [--partitions N] [--no-tokens]

INPUT is article JSONL (one article a line, as `ingest` reads it); OUTPUT_DIR must not
exist. The command each executor runs is `newsframe annotate --jobs 1 [--no-tokens] -`:
one core per task, so Spark's task slots are the parallelism. Articles keep their order
within a partition; a rejected line is reported on the executor's standard error and left out.
"""
import argparse
import os
import subprocess
import sys

from pyspark import SparkFiles
from pyspark.sql import SparkSession

BUNDLE_NAME = "newsframe-x86_64-linux"


def newsframe_binary():
    """The binary inside the archive Spark unpacked for this executor."""
    root = SparkFiles.get("newsframe")
    for candidate in (os.path.join(root, BUNDLE_NAME, "newsframe"), os.path.join(root, "newsframe")):
        if os.path.isfile(candidate):
            return candidate
    raise RuntimeError(f"no newsframe binary under {root}: ship the bundle with --archives ...tar.gz#newsframe")


def annotate_partition(lines, no_tokens):
    command = [newsframe_binary(), "annotate", "--jobs", "1", "-"] + (["--no-tokens"] if no_tokens else [])
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=sys.stderr)

    # Feed stdin from a thread so a large partition cannot deadlock on full pipes.
    import threading

    def feed():
        for line in lines:
            process.stdin.write(line.encode("utf-8") + b"\n")
        process.stdin.close()

    feeder = threading.Thread(target=feed)
    feeder.start()
    for out in process.stdout:
        yield out.decode("utf-8").rstrip("\n")
    feeder.join()
    status = process.wait()
    # 0 done; 3 an empty partition (nothing read); anything else fails the task (Spark retries it).
    if status not in (0, 3):
        raise RuntimeError(f"newsframe annotate exited {status}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--parquet", help="also write the annotated documents as Parquet here")
    parser.add_argument("--partitions", type=int, default=0, help="repartition the input (default: Spark's split)")
    parser.add_argument("--no-tokens", action="store_true", help="leave tokens and syntax words out (about a quarter of the size)")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("newsframe-annotate").getOrCreate()
    articles = spark.sparkContext.textFile(args.input).filter(lambda line: line.strip())
    if args.partitions:
        articles = articles.repartition(args.partitions)
    annotated = articles.mapPartitions(lambda lines: annotate_partition(lines, args.no_tokens))
    annotated.saveAsTextFile(args.output)
    if args.parquet:
        spark.read.json(args.output).write.parquet(args.parquet)
    spark.stop()


if __name__ == "__main__":
    main()
