#!/usr/bin/env python3
"""Builds Lexicons/entities-armed-groups-tops.tsv: non-state armed groups of the world's conflicts with
their aliases, from the Phoenix MNSA actor dictionary the PETRARCH2 event coder ships (its
organization names derived from the START TOPS database), so the file can be regenerated.

Source: github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/Phoenix.MilNonState.actors.txt
(MIT licence, Copyright (c) 2014 Open Event Data). Only the names are read: the CAMEO codes and
the coder's code are not used.

Conversion: names are written in capitals with underscores ("ISLAMIC_ARMY_OF_ADEN_(IAA)_"); they
become title case with function words and name particles lowercase ("Islamic Army of Aden"), a
parenthesized acronym of three letters or more becomes an alias ("IAA"), a leading "Al-" is also
written "al-". Left out: forms with digits or markup, one-word forms shorter than six letters,
in capitals or that are English words (SCOWL, Debian wamerican), two-letter acronyms, and
aliases that open with a given name (`entities-given-names.tsv`: a person listed among a
group's names). Names the hand-written
gazetteers hold keep their lines there (the entities index reads those first).

Usage: scripts/make-armed-groups.py PETRARCH2_CHECKOUT_OR_GIT_DIR [--out Lexicons]
(a git directory is read at HEAD with `git show`; its commit is recorded in the file's header).
"""
import argparse, os, re, subprocess, sys

PATH = "petrarch2/data/dictionaries/Phoenix.MilNonState.actors.txt"
LOWER = {"of", "the", "and", "for", "in", "on", "to", "de", "del", "la", "el", "du", "des", "da", "do", "e", "y", "i", "ul", "an"}


def read(source):
    if os.path.isdir(os.path.join(source, "objects")) or source.endswith(".git"):
        text = subprocess.run(["git", "--git-dir", source, "show", f"HEAD:{PATH}"], capture_output=True, text=True, check=True).stdout
        commit = subprocess.run(["git", "--git-dir", source, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    else:
        text = open(os.path.join(source, PATH), encoding="utf-8", errors="replace").read()
        commit = subprocess.run(["git", "-C", source, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip() or "unknown"
    return text, commit


def word_case(word, first):
    parts = word.split("-")
    out = []
    for i, part in enumerate(parts):
        low = part.lower()
        if (i > 0 or not first) and low in LOWER:
            out.append(low)
        elif i > 0 and len(part) <= 2:
            out.append(low)
        else:
            out.append(low[:1].upper() + low[1:])
    return "-".join(out)


def forms(raw):
    """The forms one dictionary line gives: the name in title case, its acronym."""
    raw = raw.split("#")[0].strip().lstrip("+").strip()
    raw = re.sub(r"\[[^\]]*\]", "", raw).strip()
    if not raw or any(c.isdigit() for c in raw) or "&" in raw:
        return []
    acronyms = re.findall(r"\(([A-Z][A-Z-]{2,5})\)", raw)
    name = re.sub(r"\([^)]*\)", "", raw).replace("_", " ").strip()
    words = name.split()
    if not words:
        return []
    text = " ".join(word_case(w, i == 0) for i, w in enumerate(words))
    result = [text]
    if text.startswith("Al-"):
        result.append("al-" + text[3:])
    result = [f for f in result if not any(c in f for c in "()+")]
    return [(f, False) for f in result] + [(a, True) for a in acronyms]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "Lexicons"))
    parser.add_argument("--words", default="/usr/share/dict/american-english")
    args = parser.parse_args()
    text, commit = read(args.source)
    english = {w.strip() for w in open(args.words, encoding="utf-8") if w[:1].islower()}

    given = set()
    names_path = os.path.join(args.out, "entities-given-names.tsv")
    for line in open(names_path, encoding="utf-8"):
        if not line.startswith("#") and "\t" in line:
            given.add(line.split("\t")[0])

    def keep(item):
        form, acronym = item
        if acronym:
            return True
        words = form.split()
        # A person listed among a group's names ("Ahmad Umar") is not the group.
        if words[0] in given and len(words) <= 3:
            return False
        if len(words) == 1 and "-" not in form:
            return len(form) >= 6 and not form.isupper() and form.lower() not in english
        return True

    groups = []
    current = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        found = [f for f, _ in filter(keep, forms(line))]
        if not line.startswith("+"):
            current = found
            groups.append(current)
        elif current is not None:
            current.extend(found)
    seen = set()
    rows = []
    for group in groups:
        unique = [f for f in dict.fromkeys(group) if f not in seen]
        if not unique:
            continue
        seen.update(unique)
        rows.append((unique[0], unique[1:]))
    path = os.path.join(args.out, "entities-armed-groups-tops.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# entities-armed-groups-tops.tsv: non-state armed groups with their aliases (ORG).\n")
        f.write(f"# source: github.com/openeventdata/petrarch2 @ {commit}, {PATH} (MIT licence, (c) 2014 Open Event Data;\n")
        f.write("# names derived from the START TOPS database). Generated by scripts/make-armed-groups.py: edit the script.\n")
        f.write("# format: TSV; canonical; type; aliases ('|'-separated); qid; example\n")
        f.write("canonical\ttype\taliases\tqid\texample\n")
        for canonical, aliases in rows:
            f.write(f"{canonical}\tORG\t{'|'.join(aliases)}\t\t\n")
    print(f"{path}: {len(rows)} groups", file=sys.stderr)


main()
