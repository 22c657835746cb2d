#!/usr/bin/env python3
"""Validate the Vigie knowledge base (nlp/src/main/resources/kb/entities.yml).

Usage:  python3 nlp/kb-check.py [path/to/entities.yml]
Exit status 0 when there are no errors (warnings do not fail the check), 1 otherwise.
Requires PyYAML.
"""
import datetime
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import yaml

DEFAULT = Path(__file__).resolve().parent / "src/main/resources/kb/entities.yml"

TYPE_PREFIX = {
    "GOVERNMENT": "government",
    "REGULATOR": "regulator",
    "OFFICIAL": "official",
    "PLATFORM": "platform",
    "AI_SYSTEM": "ai",
    "COMPANY": "company",
    "ORGANIZATION": "org",
    "LAW": "law",
    "PERSON": "person",
    "LOCATION": "place",
}
ORGS = {"GOVERNMENT", "REGULATOR", "COMPANY", "ORGANIZATION"}
# relation type -> (allowed source types, allowed target types); None = any
RELATIONS = {
    "owned_by": (None, ORGS | {"PERSON", "OFFICIAL"}),
    "developed_by": ({"AI_SYSTEM", "PLATFORM"}, {"COMPANY", "ORGANIZATION"}),
    "offered_on": ({"AI_SYSTEM", "PLATFORM"}, {"PLATFORM"}),
    "feature_of": ({"AI_SYSTEM", "PLATFORM"}, {"AI_SYSTEM", "PLATFORM"}),
    "part_of": (None, None),
    "member_of": (None, ORGS),
    "enforces": ({"REGULATOR", "GOVERNMENT"}, {"LAW"}),
    "jurisdiction": ({"REGULATOR", "GOVERNMENT", "ORGANIZATION"}, {"GOVERNMENT", "LOCATION"}),
    "successor_of": (None, None),   # same type is checked below
    "headed_by": (ORGS, {"OFFICIAL", "PERSON"}),
}
ENTITY_KEYS = {"id", "type", "qid", "labels", "aliases", "abbreviations", "country",
               "ambiguous", "relations", "roles"}
REQUIRED_KEYS = {"id", "type", "labels", "country"}
OFFICE_KEYS = {"id", "government", "labels", "aliases"}
LANGS = {"en", "fr"}
SLUG = re.compile(r"^[a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9][0-9]*$")
COUNTRY = re.compile(r"^(?:[A-Z]{2}|EU|INT)$")
# offices that several people hold at the same time: overlapping roles are expected there
MULTI_SEAT = {
    "office/us-senator", "office/us-representative", "office/eu-mep", "office/fr-deputy",
    "office/ie-dpc-commissioner",
}

errors, warnings, notes = [], [], []


class StrictLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings (checked below) and rejects duplicate keys."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                errors.append(f"line {key_node.start_mark.line + 1}: duplicate key {key!r} in the same map")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


StrictLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def note(msg):
    notes.append(msg)


def norm(s):
    """Matching key, as the recogniser's word tokenizer sees a name: case- and accent-folded,
    oe/ae ligatures expanded, apostrophes and hyphens as word breaks, dots inside acronyms
    dropped ("U.S." = "US"), other punctuation ignored."""
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("œ", "oe").replace("Œ", "OE")
    s = s.replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"(?<=\w)\.(?=\w)", "", s)          # U.S. -> US., X.AI -> XAI
    s = re.sub(r"[\'\-\u2010-\u2015/]", " ", s)     # apostrophes, hyphens, slashes break words
    s = re.sub(r"[^\w\s&+#@]", " ", s)             # drop remaining punctuation
    return " ".join(s.casefold().split())


def as_date(v, where):
    if v is None:
        return None
    if isinstance(v, datetime.datetime):
        err(f"{where}: use a date, not a timestamp ({v!r})")
        return None
    if isinstance(v, datetime.date):
        return v
    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            return datetime.date.fromisoformat(v)
        except ValueError:
            pass
    err(f"{where}: not an ISO date (YYYY-MM-DD): {v!r}")
    return None


def check_labels(obj, where):
    labels = obj.get("labels")
    if not isinstance(labels, dict) or set(labels) != LANGS:
        err(f"{where}: labels must have exactly the keys en and fr")
        return []
    out = []
    for lang in sorted(LANGS):
        v = labels.get(lang)
        if not isinstance(v, str) or not v.strip() or v != v.strip():
            err(f"{where}: labels.{lang} must be a non-empty trimmed string")
        else:
            out.append(v)
    return out


def check_aliases(obj, where):
    aliases = obj.get("aliases")
    if aliases is None:
        return []
    if not isinstance(aliases, dict) or not set(aliases) <= LANGS:
        err(f"{where}: aliases must be a map with keys en and/or fr")
        return []
    out = []
    for lang, lst in aliases.items():
        if not isinstance(lst, list):
            err(f"{where}: aliases.{lang} must be a list")
            continue
        seen = set()
        for a in lst:
            if not isinstance(a, str) or not a.strip() or a != a.strip():
                err(f"{where}: aliases.{lang} has an empty/untrimmed/non-string item {a!r}")
                continue
            if a in seen:
                warn(f"{where}: aliases.{lang} repeats {a!r}")
            seen.add(a)
            if re.match(r"^(?:l|d|qu|j|s|n)['\u2019]", a, re.I) and lang == "fr":
                err(f"{where}: elided French form {a!r} (the recogniser handles elision)")
            out.append(a)
    return out


def main(path):
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=StrictLoader)
    except yaml.YAMLError as ex:
        err(f"YAML syntax: {ex}")
        return
    if not isinstance(data, dict):
        err("top level must be a map")
        return
    if data.get("version") != 1:
        err("version must be 1")
    extra = set(data) - {"version", "offices", "entities"}
    if extra:
        err(f"unknown top-level keys: {sorted(extra)}")
    offices = data.get("offices") or []
    entities = data.get("entities") or []

    ids = Counter()
    by_id = {}
    for e in entities:
        if isinstance(e, dict) and isinstance(e.get("id"), str):
            ids[e["id"]] += 1
            by_id[e["id"]] = e
    office_ids = Counter(o.get("id") for o in offices if isinstance(o, dict))
    for i, n in list(ids.items()) + list(office_ids.items()):
        if n > 1:
            err(f"duplicate id {i} ({n} times)")
    for i in ids:
        if i in office_ids:
            err(f"id {i} used by both an office and an entity")

    # ---- offices
    office_forms = defaultdict(set)   # norm form -> office ids
    for o in offices:
        if not isinstance(o, dict):
            err(f"office is not a map: {o!r}")
            continue
        oid = o.get("id", "?")
        where = f"office {oid}"
        if set(o) - OFFICE_KEYS:
            err(f"{where}: unknown keys {sorted(set(o) - OFFICE_KEYS)}")
        if not isinstance(oid, str) or not oid.startswith("office/") or not SLUG.match(oid):
            err(f"{where}: id must be office/<lowercase-ascii-slug>")
        g = o.get("government")
        if g not in by_id:
            err(f"{where}: government {g!r} does not resolve")
        elif by_id[g].get("type") != "GOVERNMENT":
            err(f"{where}: government {g!r} is not a GOVERNMENT entity")
        forms = check_labels(o, where) + check_aliases(o, where)
        for f in forms:
            office_forms[norm(f)].add(oid)
    for f, os_ in office_forms.items():
        if len(os_) > 1:
            err(f"office alias {f!r} shared by {sorted(os_)}")

    # ---- entities
    forms_ci = defaultdict(list)   # norm -> [(eid, original)]  labels + aliases (case-insensitive)
    forms_cs = defaultdict(list)   # exact -> [eid]              abbreviations (case-sensitive)
    ambiguous_of = {}
    qids = Counter()
    holders = defaultdict(list)    # office -> [(eid, from, to)]
    type_count = Counter()
    n_rel = 0
    for e in entities:
        if not isinstance(e, dict):
            err(f"entity is not a map: {e!r}")
            continue
        eid = e.get("id", "?")
        where = f"entity {eid}"
        keys = set(e)
        if keys - ENTITY_KEYS:
            err(f"{where}: unknown keys {sorted(keys - ENTITY_KEYS)}")
        if REQUIRED_KEYS - keys:
            err(f"{where}: missing keys {sorted(REQUIRED_KEYS - keys)}")
        t = e.get("type")
        if t not in TYPE_PREFIX:
            err(f"{where}: invalid type {t!r}")
        else:
            type_count[t] += 1
            if not isinstance(eid, str) or not SLUG.match(eid):
                err(f"{where}: id must be <prefix>/<lowercase-ascii-slug>")
            elif eid.split("/")[0] != TYPE_PREFIX[t]:
                err(f"{where}: prefix {eid.split('/')[0]!r} does not match type {t} "
                    f"(expected {TYPE_PREFIX[t]}/)")
        c = e.get("country")
        if not isinstance(c, str) or not COUNTRY.match(c):
            err(f"{where}: country must be ISO 3166-1 alpha-2, EU or INT (got {c!r}; "
                f"quote codes YAML reads as booleans, e.g. 'NO')")
        if "qid" in e:
            q = e["qid"]
            if not isinstance(q, str) or not QID.match(q):
                err(f"{where}: qid must look like Q123 (got {q!r}); omit the key when unverified")
            else:
                qids[q] += 1
        labels = check_labels(e, where)
        aliases = check_aliases(e, where)
        abbrs = e.get("abbreviations") or []
        if "abbreviations" in e and not isinstance(e["abbreviations"], list):
            err(f"{where}: abbreviations must be a list")
            abbrs = []
        for a in abbrs:
            if not isinstance(a, str) or not a.strip() or a != a.strip():
                err(f"{where}: bad abbreviation {a!r}")
        all_forms = set(labels) | set(aliases) | set(abbrs)
        amb = e.get("ambiguous") or []
        if "ambiguous" in e and (not isinstance(e["ambiguous"], list) or not amb):
            err(f"{where}: ambiguous must be a non-empty list when present")
            amb = []
        for a in amb:
            if a not in all_forms:
                err(f"{where}: ambiguous item {a!r} is not one of its labels/aliases/abbreviations")
        ambiguous_of[eid] = set(amb)
        for f in set(labels) | set(aliases):
            forms_ci[norm(f)].append((eid, f))
        for a in set(abbrs):
            if isinstance(a, str):
                forms_cs[a].append(eid)
        # relations
        rels = e.get("relations") or []
        if "relations" in e and not isinstance(e["relations"], list):
            err(f"{where}: relations must be a list")
            rels = []
        seen_rel = set()
        for r in rels:
            n_rel += 1
            if not isinstance(r, dict) or set(r) != {"type", "target"}:
                err(f"{where}: relation must be {{type, target}}: {r!r}")
                continue
            rt, tg = r["type"], r["target"]
            if (rt, tg) in seen_rel:
                warn(f"{where}: duplicate relation {rt} -> {tg}")
            seen_rel.add((rt, tg))
            if rt not in RELATIONS:
                err(f"{where}: unknown relation type {rt!r}")
                continue
            if tg not in by_id:
                err(f"{where}: relation {rt} target {tg!r} does not resolve")
                continue
            if tg == eid:
                err(f"{where}: relation {rt} points to itself")
            src_ok, tgt_ok = RELATIONS[rt]
            tt = by_id[tg].get("type")
            if src_ok is not None and t not in src_ok:
                err(f"{where}: a {t} cannot have relation {rt}")
            if tgt_ok is not None and tt not in tgt_ok:
                err(f"{where}: relation {rt} -> {tg} has target type {tt}")
            if rt == "successor_of" and tt != t:
                err(f"{where}: successor_of must link entities of the same type ({t} -> {tt})")
        # roles
        roles = e.get("roles")
        if t == "OFFICIAL":
            if not isinstance(roles, list) or not roles:
                err(f"{where}: an OFFICIAL needs at least one role")
                roles = []
        elif roles is not None:
            err(f"{where}: only OFFICIAL entities have roles")
            roles = []
        for r in roles or []:
            if not isinstance(r, dict) or "office" not in r or set(r) - {"office", "from", "to"}:
                err(f"{where}: role must be {{office, from?, to?}}: {r!r}")
                continue
            if r["office"] not in office_ids:
                err(f"{where}: role office {r['office']!r} does not resolve")
            d1 = as_date(r.get("from"), f"{where} role {r['office']} from")
            d2 = as_date(r.get("to"), f"{where} role {r['office']} to")
            if d1 and d2 and d1 > d2:
                err(f"{where}: role {r['office']} ends before it starts")
            if "to" not in r:
                warn(f"{where}: role {r['office']} has no 'to' key (end unknown; use to: null if still in office)")
            holders[r["office"]].append((eid, d1, d2, "to" in r))

    # ---- collisions
    def shared_ok(eids_forms):
        """every entity involved lists the colliding form as ambiguous"""
        return all(any(f in ambiguous_of.get(x, set()) for f in fs) for x, fs in eids_forms.items())

    for key, lst in forms_ci.items():
        owners = defaultdict(set)
        for x, f in lst:
            owners[x].add(f)
        if len(owners) > 1 and not shared_ok(owners):
            err(f"alias collision {key!r}: " + "; ".join(f"{x} {sorted(fs)}" for x, fs in owners.items())
                + " (list it in every entity's ambiguous, or drop it)")
    for a, xs in forms_cs.items():
        xs = set(xs)
        if len(xs) > 1 and not all(a in ambiguous_of.get(x, set()) for x in xs):
            err(f"abbreviation collision {a!r}: {sorted(xs)} (list it in every entity's ambiguous)")
        # an abbreviation against another entity's case-insensitive label/alias
        for x2, f2 in forms_ci.get(norm(a), []):
            for x in xs:
                if x2 == x:
                    continue
                both = a in ambiguous_of.get(x, set()) and f2 in ambiguous_of.get(x2, set())
                if f2 == a and not both:
                    err(f"collision {a!r}: abbreviation of {x} and alias of {x2}")
                elif f2 != a and not both and a not in ambiguous_of.get(x, set()):
                    err(f"collision {a!r}: abbreviation of {x} matches alias {f2!r} of {x2} "
                        f"case-insensitively; mark it ambiguous in {x}")
                elif f2 != a and not both:
                    note(f"case-variant overlap: abbreviation {a!r} of {x} (ambiguous) vs alias {f2!r} "
                         f"of {x2}; prefer the exact-case match")

    # office forms that are also entity forms (informational)
    for key, os_ in office_forms.items():
        if key in forms_ci:
            warn(f"office form {key!r} ({sorted(os_)}) is also a name of "
                 f"{sorted({x for x, _ in forms_ci[key]})}")

    for q, n in qids.items():
        if n > 1:
            err(f"qid {q} used by {n} entities")

    # ---- role timelines
    for oid, hs in holders.items():
        if oid in MULTI_SEAT:
            continue
        dated = sorted((h for h in hs if h[1]), key=lambda h: h[1])
        for (a, a1, a2, _), (b, b1, b2, _) in zip(dated, dated[1:]):
            if a2 is None or a2 > b1:
                warn(f"{oid}: {a} ({a1}..{a2 or 'open'}) overlaps {b} (from {b1})")
        open_now = [h[0] for h in hs if h[3] and h[2] is None]
        if len(open_now) > 1:
            err(f"{oid}: several current holders (to: null): {open_now}")
    for oid in office_ids:
        if oid not in holders:
            warn(f"{oid}: no official holds this office")

    # ---- report
    print(f"file: {path}")
    print(f"offices: {len(offices)}   entities: {len(entities)}   relations: {n_rel}   "
          f"verified qids: {sum(qids.values())}")
    for t in TYPE_PREFIX:
        print(f"  {t:<13} {type_count[t]:>4}")
    amb_n = sum(1 for v in ambiguous_of.values() if v)
    print(f"entities with ambiguous forms: {amb_n}")
    for n in notes:
        print("NOTE ", n)
    for w in warnings:
        print("WARN ", w)
    for x in errors:
        print("ERROR", x)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s), {len(notes)} note(s)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT)
    sys.exit(1 if errors else 0)
