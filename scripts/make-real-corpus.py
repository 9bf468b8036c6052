#!/usr/bin/env python3
"""Gathers the texts of the reference data (../shared/data: TempEval-3, PolNeAR, RAMS,
WikiEvents, the attack reports) into one JSONL dump of real news for benchmarks, about 5 MB.

Usage: scripts/make-real-corpus.py DATA_DIR OUT.jsonl
Prints: documents, bytes of text (UTF-8), whitespace-separated words. The dump is written
outside the repository (the texts are not ours to commit); gold files are skipped.
"""
import glob
import json
import os
import sys

data, out = sys.argv[1], sys.argv[2]
documents = text_bytes = words = 0
with open(out, "w", encoding="utf-8") as sink:
    for path in sorted(glob.glob(os.path.join(data, "**", "*.jsonl"), recursive=True)):
        if "gold" in os.path.basename(path):
            continue
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            text = record.get("text")
            if not text:
                continue
            documents += 1
            text_bytes += len(text.encode("utf-8"))
            words += len(text.split())
            date = (record.get("dct") or record.get("date") or "")[:10] or None
            sink.write(json.dumps({"id": f"real{documents:05d}", "text": text, "date": date}) + "\n")
print(documents, text_bytes, words)
