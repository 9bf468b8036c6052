#!/usr/bin/env python3
"""Replicates Corpus/articles into one JSONL dump of at least SIZE_MB megabytes, each copy
with a fresh id, and prints the dump's byte and word counts (words = whitespace-separated)."""
import json, os, sys

def main():
    root, size_mb, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    articles = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if name.endswith(".txt"):
            text = open(path, encoding="utf-8").read()
            date = None
            if text.lstrip().startswith("date "):
                head, _, text = text.lstrip().partition("\n")
                date = head.split()[1]
            articles.append({"text": text, "date": date})
        elif name.endswith(".jsonl"):
            for line in open(path, encoding="utf-8"):
                record = json.loads(line)
                text = record.get("text") or record.get("body")
                articles.append({"text": text, "date": record.get("date") or record.get("dct")})
    target = int(size_mb * 1_000_000)
    written = words = copies = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < target:
            article = articles[copies % len(articles)]
            record = {"id": f"bench-{copies}", "text": article["text"]}
            if article["date"]:
                record["date"] = article["date"]
            line = json.dumps(record, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(article["text"].encode("utf-8"))
            words += len(article["text"].split())
            copies += 1
    print(f"{copies} {written} {words}")

main()
