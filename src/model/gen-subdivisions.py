#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the C table of ISO 3166-2 subdivisions that esc-subdivisions.c matches region
names against: each code with its iso-codes name and the other forms of it, whether the
regions maps draw it, and the names the maps' Natural Earth data gives it.

    gen-subdivisions.py ISO_3166_2_JSON REGIONS_DIR OUTPUT DEPFILE

REGIONS_DIR holds one TopoJSON file per country (XX.json, object "regions", geometries
with an ISO 3166-2 "id" and properties "name", "names", "parent"). It may be missing or
empty: then no subdivision has a shape and only iso-codes names and the aliases match.
"""
import functools
import json
import pathlib
import re
import sys
import unicodedata

iso_path, regions_dir, output, depfile = sys.argv[1:5]
regions_dir = pathlib.Path(regions_dir)

with open(iso_path, encoding="utf-8") as f:
    entries = json.load(f)["3166-2"]
iso = {entry["code"]: entry["name"] for entry in entries}


def parent_code(entry):
    """iso-codes gives a parent as a whole code ("GB-NIR") or without its country
    ("20R" for FR-20R)."""
    parent = entry.get("parent")
    if parent is None:
        return None
    return parent if "-" in parent else f"{entry['code'][:2]}-{parent}"


# Per code, the subdivisions iso-codes lists as its parts, and the reverse.
parts = {}
parent_of = {}
for entry in entries:
    parent = parent_code(entry)
    if parent in iso:
        parts.setdefault(parent, []).append(entry["code"])
        parent_of[entry["code"]] = parent

# An ISO 3166-2 code inside a name: "Wales [Cymru GB-CYM]".
CODE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")


def name_variants(name):
    """The forms of an iso-codes name a source may write, other than the whole: the text
    outside brackets and each name inside them ("Catalunya [Cataluña]"), without codes
    ("Cymru GB-CYM") or notes ("[city]"); without a note in parentheses ("Guyane
    (française)", "Ilocos (Region I)"); each side of a slash ("Bolama / Bijagós"); and
    "Rest, First" as "First Rest" ("Valenciana, Comunidad")."""
    plain = re.sub(r"\s*\([^)]*\)", "", name)
    forms = [re.sub(r"\s*\[[^]]*\]", "", plain)]
    for inside in re.findall(r"\[([^]]*)\]", plain):
        inside = " ".join(CODE.sub("", inside).split())
        if inside and not inside[0].islower():
            forms.append(inside)
    variants = []
    for form in forms:
        for part in form.split("/"):
            part = part.strip()
            rest, comma, first = part.partition(",")
            inverted = f"{first.strip()} {rest.strip()}" if comma and "," not in first else ""
            for variant in (part, inverted):
                if variant and variant != name and variant not in variants:
                    variants.append(variant)
    return variants


def normalized(name):
    """As esc_subdivision_normalize() compares names."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return "".join(char for char in decomposed if char.isalnum())


def c_string(text):
    """A C literal in plain ASCII: bytes past it as three-digit octal escapes, so that
    no escape swallows the character after it and "\\000" can separate names."""
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        if char in '"\\' or byte < 0x20 or byte > 0x7e or char == "?":
            out.append(f"\\{byte:03o}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def name_list(names):
    """Names separated by NUL bytes and ended by two; NULL when there are none."""
    if not names:
        return "NULL"
    return c_string("\0".join(names) + "\0")


# Per code: the names of its geometries, their alternative names, and whether it has a
# geometry of its own (merged parents' included).
map_names = {}
alt_names = {}
own_shape = set()
drawn_parts = {}   # parent code → the codes of the geometries that name it their parent
countries_with_map = set()
ignored = []
read_files = []

files = sorted(regions_dir.glob("*.json")) if regions_dir.is_dir() else []
for path in files:
    read_files.append(path)
    try:
        topology = json.loads(path.read_text(encoding="utf-8"))
        geometries = topology["objects"]["regions"]["geometries"]
    except (ValueError, KeyError, TypeError) as error:
        sys.exit(f"{path}: not a TopoJSON file with an object “regions”: {error}")
    for geometry in geometries:
        code = geometry.get("id")
        properties = geometry.get("properties") or {}
        parent = properties.get("parent")
        if isinstance(parent, str) and isinstance(code, str) and code[:2] == path.stem:
            drawn_parts.setdefault(parent, set()).add(code)
        for drawn in (code, parent):
            if isinstance(drawn, str) and drawn in iso and drawn[:2] == path.stem:
                countries_with_map.add(path.stem)
            elif isinstance(drawn, str):
                ignored.append(f"{path.name}: {drawn}")
        # An election draws its own country's file only: Puerto Rico's file, whose one
        # region is US-PR, does not put it on the map of the United States.
        if not isinstance(code, str) or code not in iso or code[:2] != path.stem:
            continue
        own_shape.add(code)
        name = properties.get("name")
        if isinstance(name, str) and name and name not in map_names.setdefault(code, []):
            map_names[code].append(name)
        for alt in properties.get("names") or []:
            if isinstance(alt, str) and alt and alt not in alt_names.setdefault(code, []):
                alt_names[code].append(alt)


def give_shared_names_to_whole(names):
    """A name the map gives every part of a subdivision and nothing else is the whole's:
    Natural Earth calls both departments of Corsica "Corsica", and all the provinces of
    Catalonia "Cataluña". Left with the parts it would be one two of them share, and
    match nothing."""
    holders = {}
    for code, spellings in names.items():
        for spelling in spellings:
            holders.setdefault((code[:2], normalized(spelling)), {}).setdefault(code, spelling)
    for (_, key), spelling_of in holders.items():
        whole = parent_of.get(next(iter(spelling_of)))
        if len(spelling_of) < 2 or whole is None or set(spelling_of) != set(parts[whole]):
            continue
        for code in spelling_of:
            names[code] = [spelling for spelling in names[code] if normalized(spelling) != key]
        if all(normalized(spelling) != key for spelling in names.get(whole, [])):
            names.setdefault(whole, []).append(spelling_of[min(spelling_of)])


give_shared_names_to_whole(map_names)
give_shared_names_to_whole(alt_names)


@functools.cache
def has_shape(code):
    """Drawn whole: by a geometry of its own, or by every part iso-codes lists for it. A
    parent of which the map draws only some parts would be drawn as less than it is
    (Northern Ireland by two of its eleven districts); parts without a code cannot show
    that they cover it."""
    return code in own_shape or (code in parts and all(has_shape(part) for part in parts[code]))


# The map draws a parent without a shape of its own by the geometries that name it
# (esc_chart_region_shapes()): those must be the parts iso-codes lists, or the validator
# and the map would disagree about what is on the map.
for code in sorted(iso):
    if has_shape(code) and code not in own_shape and drawn_parts.get(code) != set(parts[code]):
        sys.exit(f"{code}: drawn by its parts, but the maps name as its parts "
                 f"{sorted(drawn_parts.get(code, ()))}, not iso-codes' {sorted(parts[code])}")

codes = sorted(iso)
countries = {}
for index, code in enumerate(codes):
    first, count = countries.get(code.split("-")[0], (index, 0))
    countries[code.split("-")[0]] = (first, count + 1)

with open(output, "w", encoding="utf-8") as f:
    f.write("/* Generated by gen-subdivisions.py from iso-codes and the regions maps; do not edit. */\n")
    for note in sorted(set(ignored)):
        f.write(f"/* Not in iso-codes, or of another country, ignored: {note.replace('*/', '* /')} */\n")
    f.write('#include "esc-subdivisions-table.h"\n\n')
    f.write("const EscSubdivisionInfo esc_subdivisions[] = {\n")
    for code in codes:
        whole = parent_of.get(code)
        sole_part_of = c_string(whole) if whole and len(parts[whole]) == 1 else "NULL"
        f.write(f"  {{ {c_string(code)}, {c_string(iso[code])}, {name_list(name_variants(iso[code]))}, "
                f"{name_list(map_names.get(code))}, {name_list(alt_names.get(code))}, "
                f"{'TRUE' if has_shape(code) else 'FALSE'}, {sole_part_of} }},\n")
    f.write("};\n")
    f.write(f"const guint esc_n_subdivisions = {len(codes)};\n\n")
    f.write("const EscSubdivisionCountry esc_subdivision_countries[] = {\n")
    for alpha2 in sorted(countries):
        first, count = countries[alpha2]
        f.write(f'  {{ "{alpha2}", {first}, {count}, {"TRUE" if alpha2 in countries_with_map else "FALSE"} }},\n')
    f.write("};\n")
    f.write(f"const guint esc_n_subdivision_countries = {len(countries)};\n")

# The folder too, so that a country added to it rebuilds the table; its parent while it
# does not exist (ninja would take a missing file for a changed one, every build).
with open(depfile, "w", encoding="utf-8") as f:
    watched = regions_dir if regions_dir.is_dir() else regions_dir.parent
    deps = [iso_path, str(watched)] + [str(p) for p in read_files]
    f.write(f"{output}: " + " ".join(d.replace(" ", "\\ ") for d in deps) + "\n")
