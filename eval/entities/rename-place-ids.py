#!/usr/bin/env python3
"""Mechanical rename of gold place ids once the knowledge base has the place.

The annotations used `new/location/<slug>` for countries, regions and the EU because the KB
listed them only as government aliases. For every `new/location/<slug>` whose `place/<slug>`
is now a LOCATION entity in nlp/src/main/resources/kb/entities.yml, the id becomes
`place/<slug>` in every annotation file (all splits). Nothing else in the files changes.

    python3 eval/entities/rename-place-ids.py          # rewrite in place, print the counts
    python3 eval/entities/rename-place-ids.py --check  # exit 1 if a rename is still due
"""
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KB_FILE = os.path.join(ROOT, "nlp", "src", "main", "resources", "kb", "entities.yml")
ANNOTATIONS = os.path.join(ROOT, "eval", "entities", "annotations")
NEW_LOCATION = re.compile(r"\bid: new/location/([a-z0-9]+(?:-[a-z0-9]+)*)\b")


def main():
    check = "--check" in sys.argv
    with open(KB_FILE, encoding="utf-8") as f:
        kb = yaml.safe_load(f)
    places = {e["id"] for e in kb["entities"] if e.get("type") == "LOCATION"}
    renamed = {}
    for dirpath, _, files in sorted(os.walk(ANNOTATIONS)):
        for name in sorted(files):
            if not name.endswith(".yml"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()

            def swap(m):
                slug = m.group(1)
                if "place/" + slug not in places:
                    return m.group(0)
                renamed[slug] = renamed.get(slug, 0) + 1
                return "id: place/" + slug

            new = NEW_LOCATION.sub(swap, text)
            if new != text and not check:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(new)
    for slug, n in sorted(renamed.items()):
        print(f"new/location/{slug} -> place/{slug}: {n}")
    if check and renamed:
        sys.exit(1)


if __name__ == "__main__":
    main()
