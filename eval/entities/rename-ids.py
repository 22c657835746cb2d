#!/usr/bin/env python3
"""Mechanical rename of gold `new/` ids once the knowledge base has the entity.

The annotations use `new/<type>/<slug>` for entities the KB lacked. When the KB gains one, the
committed mapping `rename-ids.txt` (next to this script) says which old id it replaces:

    new/regulator/police-scotland -> regulator/police-scotland
    new/organization/edinburgh-rugby -> keep      # reviewed: a club, not the KB's place/edinburgh

Every mention with a mapped old id takes the KB id and the KB's type (types follow the KB,
eval/entities/README.md); nothing else in the files changes, so running it twice is a no-op.
It generalises rename-place-ids.py, which did the same for countries by slug.

    python3 eval/entities/rename-ids.py [DIR]            # rewrite DIR (default: annotations/), print counts
    python3 eval/entities/rename-ids.py --check [DIR]    # exit 1 while a mapped id is still in DIR, or a
                                                         # new/ id's text is a KB name and the mapping
                                                         # says nothing about it (review it: map or keep)
    python3 eval/entities/rename-ids.py --suggest [DIR]  # list those unreviewed new/ ids with their KB candidates

DIR may be any annotation tree (all splits, or one outlet's folder). The mapping is checked first:
every target must be a KB id, every source a new/ id, no source listed twice.
"""
import argparse
import collections
import os
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
KB_FILE = os.path.join(ROOT, "nlp", "src", "main", "resources", "kb", "entities.yml")
MAPPING = os.path.join(HERE, "rename-ids.txt")
ANNOTATIONS = os.path.join(HERE, "annotations")
NEW_ID = re.compile(r"^new/[a-z_]+/[a-z0-9]+(?:-[a-z0-9]+)*$")
LINE = re.compile(r"^(\S+)\s*->\s*(\S+)$")
# a mention's type and id, as every annotation file writes them: {text: "...", type: T, id: X}
TYPE_ID = re.compile(r"\btype: ([A-Z_]+), id: (new/[a-z_]+/[a-z0-9]+(?:-[a-z0-9]+)*)(?=[,}\s])")


def fold(s):
    """The KB checker's matching key (nlp/kb-check.py norm): case, accents, apostrophes, hyphens."""
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("œ", "oe").replace("Œ", "OE")
    s = s.replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"(?<=\w)\.(?=\w)", "", s)
    s = re.sub(r"['\-\u2010-\u2015/]", " ", s)
    s = re.sub(r"[^\w\s&+#@]", " ", s)
    return " ".join(s.casefold().split())


def load_kb():
    with open(KB_FILE, encoding="utf-8") as f:
        kb = yaml.safe_load(f)
    types, names = {}, collections.defaultdict(set)
    for e in kb["entities"]:
        types[e["id"]] = e["type"]
        forms = list(e["labels"].values())
        forms += [a for lst in (e.get("aliases") or {}).values() for a in lst]
        forms += e.get("abbreviations") or []
        for form in forms:
            names[fold(form)].add(e["id"])
            names[fold(re.sub(r"\s*\([^)]*\)$", "", form))].add(e["id"])  # "Renaissance (parti)"
    return types, names


def load_mapping(types):
    mapping, problems = {}, []
    with open(MAPPING, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            m = LINE.match(line)
            if not m:
                problems.append(f"rename-ids.txt:{n}: not '<new/ id> -> <KB id or keep>': {raw.rstrip()}")
                continue
            old, new = m.groups()
            if not NEW_ID.match(old):
                problems.append(f"rename-ids.txt:{n}: {old} is not a new/<type>/<slug> id")
            if new != "keep" and new not in types:
                problems.append(f"rename-ids.txt:{n}: {new} is not an entity of the knowledge base")
            if old in mapping:
                problems.append(f"rename-ids.txt:{n}: {old} listed twice")
            mapping[old] = new
    return mapping, problems


def annotation_files(root):
    for dirpath, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if name.endswith(".yml"):
                yield os.path.join(dirpath, name)


def unreviewed(root, mapping, names):
    """new/ ids whose annotated text is a KB name and that the mapping does not mention."""
    texts = collections.defaultdict(collections.Counter)
    for path in annotation_files(root):
        with open(path, encoding="utf-8") as f:
            ann = yaml.safe_load(f) or {}
        for m in ann.get("mentions") or []:
            if str(m.get("id", "")).startswith("new/") and m["id"] not in mapping:
                texts[m["id"]][m["text"]] += 1
    found = {}
    for old, counter in sorted(texts.items()):
        candidates = sorted({kb_id for t in counter for kb_id in names.get(fold(t), ())})
        if candidates:
            found[old] = (sorted(counter), candidates)
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", nargs="?", default=ANNOTATIONS)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true")
    mode.add_argument("--suggest", action="store_true")
    args = ap.parse_args()

    types, names = load_kb()
    mapping, problems = load_mapping(types)
    for p in problems:
        print("ERROR " + p)
    if problems:
        sys.exit(1)

    if args.suggest:
        for old, (texts, candidates) in unreviewed(args.dir, mapping, names).items():
            print(f"{old}\t{' | '.join(texts)}\t-> {' '.join(candidates)}")
        return

    renamed = collections.Counter()
    retyped = collections.Counter()
    for path in annotation_files(args.dir):
        with open(path, encoding="utf-8") as f:
            text = f.read()

        def swap(m):
            gold_type, old = m.groups()
            new = mapping.get(old)
            if new is None or new == "keep":
                return m.group(0)
            renamed[(old, new)] += 1
            if types[new] != gold_type:
                retyped[(old, gold_type, types[new])] += 1
            return f"type: {types[new]}, id: {new}"

        result = TYPE_ID.sub(swap, text)
        if result != text and not args.check:
            with open(path, "w", encoding="utf-8") as f:
                f.write(result)

    for (old, new), n in sorted(renamed.items()):
        print(f"{'due' if args.check else 'renamed'}: {old} -> {new}: {n}")
    for (old, was, now), n in sorted(retyped.items()):
        print(f"type: {old} {was} -> {now} (the KB's type): {n}")
    if args.check:
        pending = unreviewed(args.dir, mapping, names)
        for old, (texts, candidates) in pending.items():
            print(f"unreviewed: {old} ({' | '.join(texts)}) is also the KB's {' '.join(candidates)}: "
                  "add it to rename-ids.txt (-> KB id, or -> keep)")
        if renamed or pending:
            sys.exit(1)


if __name__ == "__main__":
    main()
