#!/usr/bin/env python3
"""Writes a synthetic gazetteer of N entries in the entities format (canonical, type, aliases, qid,
example), made of invented multi-word names, for measuring how a large lexicon loads and whether it
slows the entities stage. Deterministic: the same N gives the same file."""
import random, sys

def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20261201)
    onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh", "th"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ou"]
    heads = {"ORG": ["Brigades", "Front", "Movement", "Council"], "FAC": ["Air Base", "Airport", "Camp"],
             "GPE": ["Province", "District"], "PERSON": [""]}
    def word():
        return "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 3))).capitalize()
    seen = set()
    with open(out, "w", encoding="utf-8") as f:
        f.write("# synthetic gazetteer for scripts/bench-gazetteer.sh (not linguistic knowledge)\n")
        f.write("# format: TSV; canonical; type; aliases; qid; example\n")
        f.write("canonical\ttype\taliases\tqid\texample\n")
        while len(seen) < count:
            kind = rng.choice(list(heads))
            head = rng.choice(heads[kind])
            name = " ".join(word() for _ in range(rng.randint(1, 2))) + (" " + head if head else "")
            if name in seen:
                continue
            seen.add(name)
            alias = "al-" + name if kind != "PERSON" else name.split()[-1] + " " + word()
            f.write(f"{name}\t{kind}\t{alias}\t\t\n")

main()
