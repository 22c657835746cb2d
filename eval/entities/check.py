#!/usr/bin/env python3
"""Checks the annotated entity corpus (eval/entities) and prints its counts.

    python3 eval/entities/check.py              # check everything, print counts per split/language/type
    python3 eval/entities/check.py --show FILE  # print one annotated article with its spans marked

Checks: every annotation file parses and names an existing article; every article (demo and eval)
has exactly one annotation file; each `text` occurs whole-word, case-sensitively in the article's
title, lede or body; `except` indexes are in range; no entry is left without any occurrence once
exceptions and longer overlapping texts are taken out; ids exist in the knowledge base with the
same type, or have the form new/<type-lowercase>/<slug>; a text may be listed more than once (one
entry per entity it stands for) but no occurrence may be kept by two entries; article files have
the demo fields.

Matching rules (see README.md): occurrences of a text are counted in title, then lede, then body
order; `except` indexes refer to that raw count. Where the kept occurrences of two annotated texts
overlap, the longer one wins and the shorter is not counted inside it.
Exit status 1 if any error was found.
"""
import argparse
import collections
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEMO_DIR = os.path.join(ROOT, "app", "src", "main", "resources", "demo", "articles")
EVAL_DIR = os.path.join(HERE, "articles")
ANN_DIR = os.path.join(HERE, "annotations")
KB_FILE = os.path.join(ROOT, "nlp", "src", "main", "resources", "kb", "entities.yml")

TYPES = ["GOVERNMENT", "REGULATOR", "OFFICIAL", "PLATFORM", "AI_SYSTEM", "COMPANY", "ORGANIZATION",
         "LAW", "PERSON", "LOCATION"]
DEMO_SPLIT = {
    "leveilleur": "train", "tribune-lemanique": "train", "albion-courier": "train", "potomac-ledger": "train",
    "le-messager": "test", "le-fleuve": "test", "liffey-times": "test", "europolicy-brief": "test",
}
ARTICLE_FIELDS = ["outlet", "slug", "lang", "published", "section", "authors", "onTopic", "story", "title",
                  "lede", "body"]
NEW_ID = re.compile(r"^new/([a-z_]+)/[a-z0-9]+(?:-[a-z0-9]+)*$")
FILE_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.yml$")


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


def article_text(article):
    """The searchable fields, in counting order, as (field, text) pairs."""
    return [(f, str(article.get(f) or "")) for f in ("title", "lede", "body")]


def occurrences(text, fields):
    """Every whole-word, case-sensitive occurrence of text: list of (field, start, end)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    found = []
    for field, value in fields:
        for m in pattern.finditer(value):
            found.append((field, m.start(), m.end()))
    return found


def resolve(mentions, fields):
    """Kept spans per mention entry after `except` and longest-wins overlap resolution.

    Returns (kept, raw) where raw[i] is every occurrence of entry i and kept[i] the ones counted.
    """
    raw = [occurrences(m["text"], fields) for m in mentions]
    candidates = []
    for i, m in enumerate(mentions):
        skip = set(m.get("except") or [])
        for k, occ in enumerate(raw[i]):
            if k not in skip:
                candidates.append((i, occ))
    kept = [[] for _ in mentions]
    for i, (field, s, e) in candidates:
        covered = any(
            j != i and f2 == field and s2 <= s and e <= e2 and (e2 - s2) > (e - s)
            for j, (f2, s2, e2) in candidates)
        if not covered:
            kept[i].append((field, s, e))
    return kept, raw


def partial_overlaps(mentions, kept):
    spans = [(i, occ) for i in range(len(mentions)) for occ in kept[i]]
    out = []
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            i, (f1, s1, e1) = spans[a]
            j, (f2, s2, e2) = spans[b]
            if f1 == f2 and s1 < e2 and s2 < e1 and (s1, e1) != (s2, e2):
                out.append((mentions[i]["text"], mentions[j]["text"], f1, s1))
    return out


def load_yaml(path, report):
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except Exception as exc:  # report every unreadable file, go on with the others
        report.error(os.path.relpath(path, ROOT), f"cannot parse: {exc}")
        return None


def load_kb(report):
    if not os.path.exists(KB_FILE):
        report.warn("kb", f"{os.path.relpath(KB_FILE, ROOT)} not found: ids not checked against it")
        return None
    kb = load_yaml(KB_FILE, report) or {}
    return {e["id"]: e.get("type") for e in kb.get("entities") or [] if isinstance(e, dict) and "id" in e}


def eval_outlets(report):
    data = load_yaml(os.path.join(EVAL_DIR, "outlets.yml"), report) or {}
    out = {}
    for o in data.get("outlets") or []:
        if o.get("split") not in ("train", "test"):
            report.error("eval outlets.yml", f"{o.get('id')}: split must be train or test")
        if o.get("id") in DEMO_SPLIT:
            report.error("eval outlets.yml", f"{o.get('id')} is a demo outlet")
        out[o["id"]] = o
    return out


def article_path(ref):
    kind, _, rel = ref.partition(":")
    base = {"demo": DEMO_DIR, "eval": EVAL_DIR}.get(kind)
    return None if base is None else os.path.join(base, rel)


def all_articles():
    refs = []
    for kind, base in (("demo", DEMO_DIR), ("eval", EVAL_DIR)):
        if not os.path.isdir(base):
            continue
        for outlet in sorted(os.listdir(base)):
            d = os.path.join(base, outlet)
            if os.path.isdir(d):
                refs += [f"{kind}:{outlet}/{f}" for f in sorted(os.listdir(d)) if f.endswith(".yml")]
    return refs


def check_article(ref, article, outlets, report):
    outlet, _, name = ref.split(":", 1)[1].partition("/")
    for f in ARTICLE_FIELDS:
        if f not in article:
            report.error(ref, f"article lacks field '{f}'")
    if article.get("outlet") != outlet:
        report.error(ref, f"outlet '{article.get('outlet')}' does not match its folder")
    if not FILE_NAME.match(name):
        report.error(ref, "file name is not <yyyy-mm-dd>-<slug>.yml")
    elif article.get("slug") and not name[11:-4] == article["slug"]:
        report.error(ref, f"file name slug differs from slug '{article['slug']}'")
    if str(article.get("published", ""))[:10] != name[:10]:
        report.error(ref, "published date differs from the file name date")
    if ref.startswith("eval:"):
        o = outlets.get(outlet)
        if o is None:
            report.error(ref, "outlet not in eval/entities/articles/outlets.yml")
        elif o.get("language") != article.get("lang"):
            report.error(ref, f"lang {article.get('lang')} differs from the outlet's {o.get('language')}")
        elif o.get("sections") and article.get("section") not in o["sections"]:
            report.error(ref, f"section '{article.get('section')}' is not one of the outlet's sections")


def check_annotation(path, kb, outlets, report, counts, ann_for):
    rel = os.path.relpath(path, ROOT)
    ann = load_yaml(path, report)
    if not isinstance(ann, dict):
        report.error(rel, "not a mapping with article and mentions")
        return
    ref = str(ann.get("article", ""))
    apath = article_path(ref)
    if apath is None or not os.path.exists(apath):
        report.error(rel, f"article '{ref}' not found")
        return
    outlet_file = ref.split(":", 1)[1]
    if os.path.relpath(path, ANN_DIR) != outlet_file:
        report.error(rel, f"file should be annotations/{outlet_file}")
    if ref in ann_for:
        report.error(rel, f"second annotation of {ref} (first: {ann_for[ref]})")
    ann_for[ref] = rel
    article = load_yaml(apath, report)
    if not isinstance(article, dict):
        return
    check_article(ref, article, outlets, report)
    mentions = ann.get("mentions")
    if not isinstance(mentions, list):
        report.error(rel, "mentions is not a list")
        return
    good = []
    for m in mentions:
        where = f"{rel} [{m.get('text') if isinstance(m, dict) else m}]"
        if not isinstance(m, dict) or not isinstance(m.get("text"), str) or not m["text"]:
            report.error(where, "mention without text")
            continue
        if set(m) - {"text", "type", "id", "except"}:
            report.error(where, f"unknown keys {sorted(set(m) - {'text', 'type', 'id', 'except'})}")
        if m["text"] != m["text"].strip():
            report.error(where, "text has leading or trailing spaces")
        t, i = m.get("type"), str(m.get("id", ""))
        if t not in TYPES:
            report.error(where, f"unknown type {t}")
        nm = NEW_ID.match(i)
        if i.startswith("new/"):
            if not nm:
                report.error(where, f"bad new id '{i}' (new/<type-lowercase>/<slug>)")
            elif nm.group(1) != str(t).lower():
                report.error(where, f"id '{i}' does not fit type {t}")
            elif kb is not None and i[4:] in kb:
                report.warn(where, f"'{i}' is in the knowledge base as {i[4:]}")
        elif kb is not None:
            if i not in kb:
                report.error(where, f"id '{i}' is not in the knowledge base and not new/<type>/<slug>")
            elif kb[i] != t:
                report.error(where, f"type {t} but the knowledge base says {kb[i]} for {i}")
        ex = m.get("except") or []
        if not isinstance(ex, list) or not all(isinstance(x, int) for x in ex) or len(set(ex)) != len(ex):
            report.error(where, "except must be a list of distinct integers")
            ex = []
            m = dict(m, **{"except": []})
        good.append(m)
    fields = article_text(article)
    kept, raw = resolve(good, fields)
    for m, k, r in zip(good, kept, raw):
        where = f"{rel} [{m['text']}]"
        if not r:
            report.error(where, "text does not occur in the article")
            continue
        bad = [x for x in (m.get("except") or []) if x < 0 or x >= len(r)]
        if bad:
            report.error(where, f"except {bad} out of range (0..{len(r) - 1})")
        if not k:
            report.error(where, "no occurrence left once exceptions and longer texts are taken out")
    claimed = {}
    for m, k in zip(good, kept):
        for occ in k:
            if occ in claimed:
                report.error(rel, f"'{m['text']}' at {occ[0]} @{occ[1]} is claimed twice ({claimed[occ]}, {m['id']})"
                             " : except it in one of the entries")
            claimed[occ] = m.get("id")
    for a, b, field, s in partial_overlaps(good, kept):
        report.error(rel, f"'{a}' and '{b}' overlap without one containing the other ({field} @{s})")
    outlet = outlet_file.split("/")[0]
    split = DEMO_SPLIT.get(outlet) or (outlets.get(outlet) or {}).get("split", "?")
    key = (split, article.get("lang", "?"))
    counts[key]["articles"] += 1
    for m, k in zip(good, kept):
        counts[key][m.get("type")] += len(k)


def show(path):
    report = Report()
    ann = load_yaml(path, report)
    article = load_yaml(article_path(ann["article"]), report)
    mentions = [m for m in ann.get("mentions") or []]
    fields = article_text(article)
    kept, raw = resolve(mentions, fields)
    marks = collections.defaultdict(list)
    for i, spans in enumerate(kept):
        for field, s, e in spans:
            marks[field].append((s, e, mentions[i]))
    for field, value in fields:
        out, pos = [], 0
        for s, e, m in sorted(marks[field]):
            out.append(value[pos:s])
            out.append(f"[{value[s:e]}|{m['type']}|{m['id']}]")
            pos = e
        out.append(value[pos:])
        print(f"--- {field}\n{''.join(out)}")
    print("--- uncovered capitalised words")
    covered = collections.defaultdict(list)
    for i, spans in enumerate(kept):
        for field, s, e in spans:
            covered[field].append((s, e))
    words = collections.Counter()
    for field, value in fields:
        for w in re.finditer(r"(?<!\w)(?:(?:[LlDdJjNnSsCcMmTt]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)[’'])?([A-ZÀ-ÖØ-Þ][\w.-]*)", value):
            if not any(s <= w.start(1) < e for s, e in covered[field]):
                words[w.group(1)] += 1
    print(", ".join(f"{w}×{n}" if n > 1 else w for w, n in sorted(words.items())))
    for i, m in enumerate(mentions):
        if m.get("except"):
            print(f"except {m['text']}: " + "; ".join(
                f"#{k} {fields_ctx(fields, occ)}" for k, occ in enumerate(raw[i]) if k in m["except"]))
    for e in report.errors:
        print("ERROR", e)


def fields_ctx(fields, occ):
    field, s, e = occ
    value = dict(fields)[field]
    return f"{field}: …{value[max(0, s - 30):e + 30]}…".replace("\n", " ")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", metavar="FILE", help="print one annotated article with its spans marked")
    ap.add_argument("--warnings", action="store_true", help="print warnings too")
    args = ap.parse_args()
    if args.show:
        show(args.show)
        return 0
    report = Report()
    kb = load_kb(report)
    outlets = eval_outlets(report)
    counts = collections.defaultdict(collections.Counter)
    ann_for = {}
    for dirpath, _, files in sorted(os.walk(ANN_DIR)):
        for f in sorted(files):
            if f.endswith(".yml"):
                check_annotation(os.path.join(dirpath, f), kb, outlets, report, counts, ann_for)
            else:
                report.error(os.path.relpath(os.path.join(dirpath, f), ROOT), "not a .yml file")
    for ref in all_articles():
        if ref not in ann_for:
            report.error(ref, "article has no annotation file")
    print_counts(counts)
    for w in report.warnings if args.warnings else []:
        print("warning:", w)
    for e in report.errors:
        print("ERROR:", e)
    print(f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)")
    return 1 if report.errors else 0


def print_counts(counts):
    header = ["split", "lang", "articles"] + TYPES + ["total"]
    rows = []
    for split in ("train", "test"):
        for lang in ("fr", "en"):
            c = counts.get((split, lang), collections.Counter())
            rows.append([split, lang, c["articles"]] + [c[t] for t in TYPES] + [sum(c[t] for t in TYPES)])
        rows.append([split, "all"] + [sum(r[k] for r in rows[-2:]) for k in range(2, len(header))])
    rows.append(["all", "all"] + [sum(r[k] for r in rows if r[1] == "all") for k in range(2, len(header))])
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    fmt = " | ".join("{:<%d}" % w if k < 2 else "{:>%d}" % w for k, w in enumerate(widths))
    print(fmt.format(*header))
    print("-|-".join("-" * w for w in widths))
    for r in rows:
        print(fmt.format(*r))


if __name__ == "__main__":
    sys.exit(main())
