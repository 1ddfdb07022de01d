#!/usr/bin/env python3
"""Generate data/countries.ttl from the country-codes data set (datasets/country-codes).

Usage: python3 data/scripts/countries.py ../shared/data/country-codes.csv > data/countries.ttl

Python 3 standard library only. The output is deterministic (subjects sorted), so the
committed Turtle can be regenerated and compared byte for byte.

For every row of the CSV it writes
  * a mdkg:Country (the place) id:country/{ISO3} with labels, ISO codes, M49 code, the M49
    region / sub-region / intermediate region it lies in, and skos:exactMatch links to
    Wikidata, the EU Publications Office country authority and GeoNames;
  * a mdkg:State (the government as actor) id:state/{ISO3} pointing to the country, only for the
    entries the data set marks as independent (is_independent = "Yes"); every other entry (a
    dependency, an overseas or special part of a state, an associated state, Antarctica, or a place
    whose status is contested) is typed mdkg:Territory as well and has no State;
  * a mdkg:Region per M49 region code that appears in the CSV, nested by mdkg:inRegion
    (intermediate region -> sub-region -> region -> World, M49 001).
Every node is derived from the data set's Source node (defined in data/sources/reference-data.ttl).
"""
import csv
import sys

SOURCE = "<source/github-com-datasets-country-codes>"

# The CSV has no Wikidata id for Namibia (alpha-2 "NA" is read as a missing value
# upstream); filled by hand, see shared/data/SOURCES.md.
WIKIDATA_FIX = {"NAM": "Q1030"}

# Labels where the CSV's official English name is not the M49/UNTERM name.
LABEL_FIX = {"CIV": "Côte d\u2019Ivoire"}

PREFIXES = """@prefix dct: <http://purl.org/dc/terms/> .
@base <https://w3id.org/mdkg/id/> .
@prefix mdkg: <https://w3id.org/mdkg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def lit(s, lang=None):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return '"%s"@%s' % (s, lang) if lang else '"%s"' % s


def code3(s):
    s = s.strip()
    return s.zfill(3) if s else ""


def subject(name, props):
    """props: list of (predicate, [objects]) -> Turtle block."""
    lines = [name]
    parts = []
    for p, objs in props:
        objs = [o for o in objs if o]
        if objs:
            parts.append("    %s %s" % (p, ",\n        ".join(objs)))
    return name + "\n" + " ;\n".join(parts) + " .\n"


def main(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    blocks = {}
    regions = {}
    parents = {}
    for r in rows:
        iso3 = r["ISO3166-1-Alpha-3"].strip()
        iso2 = r["ISO3166-1-Alpha-2"].strip()
        if not iso3:
            continue
        name_en = LABEL_FIX.get(iso3) or r["official_name_en"].strip() or r["CLDR display name"].strip()
        name_fr = r["official_name_fr"].strip()
        alts = []
        for a in (r["CLDR display name"].strip(), r["official_name_en"].strip()):
            if a and a != name_en and lit(a, "en") not in alts:
                alts.append(lit(a, "en"))
        in_region = []
        chain = []
        for code_col, name_col in (("Global Code", "Global Name"),
                                   ("Region Code", "Region Name"),
                                   ("Sub-region Code", "Sub-region Name"),
                                   ("Intermediate Region Code", "Intermediate Region Name")):
            code = code3(r[code_col])
            if code:
                regions[code] = r[name_col].strip()
                if code_col != "Global Code":
                    in_region.append("<region/m49-%s>" % code)
                if chain:
                    parents.setdefault(code, set()).add(chain[-1])
                chain.append(code)
        match = []
        wd = r["wikidata_id"].strip()
        qid = wd.rsplit("/", 1)[-1] if wd else WIKIDATA_FIX.get(iso3, "")
        if qid:
            match.append("<http://www.wikidata.org/entity/%s>" % qid)
        match.append("<http://publications.europa.eu/resource/authority/country/%s>" % iso3)
        gn = r["Geoname ID"].strip()
        if gn:
            match.append("<https://sws.geonames.org/%s/>" % gn)
        country = "<country/%s>" % iso3
        status = r["is_independent"].strip()
        independent = status == "Yes"
        blocks[country] = subject(country, [
            ("a", ["mdkg:Country"] + ([] if independent else ["mdkg:Territory"])),
            ("rdfs:label", [lit(name_en, "en"), lit(name_fr, "fr") if name_fr else ""]),
            ("dct:description", [] if independent else
                [lit("Not an independent state: the country-codes data set lists it as \"%s\"." % status, "en")]),
            ("skos:altLabel", alts),
            ("mdkg:iso2", [lit(iso2)] if iso2 else []),
            ("mdkg:iso3", [lit(iso3)]),
            ("mdkg:isoNumeric", [lit(code3(r["ISO3166-1-numeric"]))] if r["ISO3166-1-numeric"].strip() else []),
            ("mdkg:m49", [lit(code3(r["M49"]))] if r["M49"].strip() else []),
            ("mdkg:inRegion", in_region),
            ("skos:exactMatch", match),
            ("prov:wasDerivedFrom", [SOURCE]),
        ])
        if not independent:
            continue
        state = "<state/%s>" % iso3
        blocks[state] = subject(state, [
            ("a", ["mdkg:State"]),
            ("rdfs:label", [lit(name_en, "en"), lit(name_fr, "fr") if name_fr else ""]),
            ("dct:description", [lit("The government of %s as an actor in migration dialogues." % name_en, "en")]),
            ("mdkg:country", [country]),
            ("mdkg:actorType", ["<actor-type/state>"]),
            ("prov:wasDerivedFrom", [SOURCE]),
        ])
    for code, name in regions.items():
        reg = "<region/m49-%s>" % code
        blocks[reg] = subject(reg, [
            ("a", ["mdkg:Region"]),
            ("rdfs:label", [lit(name, "en")]),
            ("mdkg:m49", [lit(code)]),
            ("mdkg:inRegion", ["<region/m49-%s>" % c for c in sorted(parents.get(code, ()))]),
            ("prov:wasDerivedFrom", [SOURCE]),
        ])
    out = sys.stdout
    out.write("# Generated by data/scripts/countries.py from shared/data/country-codes.csv\n")
    out.write("# (datasets/country-codes, ODC-PDDL-1.0; GeoNames ids CC BY 4.0). Do not edit by hand.\n\n")
    out.write(PREFIXES + "\n")
    out.write("\n".join(blocks[k] for k in sorted(blocks)))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: countries.py path/to/country-codes.csv > countries.ttl")
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    main(sys.argv[1])
