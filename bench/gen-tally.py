#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A synthetic file of tally sheets (actas), one row per table, shaped like Venezuela's
2024 presidential count, and what a correct count of it gives.

    gen-tally.py [--rows N] [--seed S] --output FILE.csv [--expected-json FILE.json]

The file is semicolon-separated UTF-8 with a byte-order mark: ESTADO, MUNICIPIO,
PARROQUIA, COD_CENTRO, CENTRO, MESA, ELECTORES_CENTRO (the centre's registered voters,
repeated on each of its tables' rows, with a dot grouping thousands), VOTANTES, VALIDOS,
NULOS, then one column per party card: PSUV, PCV, TUPAMARO and PPT for Maduro, MUD, UNTC
and MPV for González, and MARTINEZ and BERTUCCI for two minor candidates. On every good
row VALIDOS + NULOS = VOTANTES, the cards add up to VALIDOS, and VOTANTES is at most the
table's share of the centre's electorate.

--rows counts every data row, including a known handful that a correct count sets
aside: exact copies of an earlier table's row (duplicates), and bad rows (a vote that is
not a number, a negative vote, candidates with more votes than the table's voters). The
expected JSON is computed here from the generator's own numbers, never by running
escrutinio: rows, used, each candidate's votes with the cards joined, the valid, null
and voters totals, the registered voters counted once per centre (over the centres with
at least one row used), and the lines (the header is line 1) of the rows set aside.
Same seed, same bytes.
"""

import argparse
import json
import random
import sys

STATES = [
    # name, weight (roughly the state's share of the electorate)
    ("Amazonas", 0.5), ("Anzoátegui", 5.0), ("Apure", 1.7), ("Aragua", 6.1),
    ("Barinas", 2.7), ("Bolívar", 5.0), ("Carabobo", 8.1), ("Cojedes", 1.1),
    ("Delta Amacuro", 0.6), ("Distrito Capital", 8.0), ("Falcón", 3.3), ("Guárico", 2.7),
    ("La Guaira", 1.2), ("Lara", 6.2), ("Mérida", 3.1), ("Miranda", 10.4),
    ("Monagas", 3.2), ("Nueva Esparta", 1.8), ("Portuguesa", 3.1), ("Sucre", 3.1),
    ("Táchira", 4.3), ("Trujillo", 2.5), ("Yaracuy", 2.2), ("Zulia", 13.0),
]
MUNICIPIOS = [
    "Libertador", "Sucre", "Bolívar", "Miranda", "Páez", "Urdaneta", "Andrés Bello",
    "Simón Rodríguez", "José Félix Ribas", "Mariño", "Girardot", "Iribarren", "Caroní",
    "Santiago Mariño", "Francisco de Miranda", "Rafael Urdaneta", "Antonio José de Sucre",
    "Guzmán Blanco", "Ezequiel Zamora", "José Antonio Páez", "Cristóbal Rojas", "Pedro Zaraza",
]
PARROQUIAS = [
    "Catedral", "San Juan", "Santa Rosalía", "El Valle", "La Candelaria", "San José",
    "Coche", "Antímano", "Caricuao", "El Paraíso", "La Pastora", "Altagracia",
    "Santa Teresa", "San Agustín", "San Pedro", "Concepción", "Capital", "Juan Germán Roscio",
    "Nuestra Señora del Rosario", "Cecilio Acosta", "Raúl Leoni", "Chiquinquirá",
]
CENTRE_KINDS = [
    "Escuela Básica", "Unidad Educativa", "U.E. Nacional", "Liceo", "Escuela Bolivariana",
    "Complejo Educativo", "Unidad Educativa Estadal", "Colegio",
]
CENTRE_NAMES = [
    "Simón Bolívar", "Andrés Bello", "Rómulo Gallegos", "Luisa Cáceres de Arismendi",
    "José María Vargas", "Cecilio Acosta", "Francisco de Miranda", "Antonio José de Sucre",
    "Juan Vicente González", "Teresa Carreño", "Fermín Toro", "Lisandro Alvarado",
    "Rafael María Baralt", "Josefa Camejo", "Manuel Piar", "Gran Mariscal de Ayacucho",
    "Pedro Camejo", "Arístides Bastidas", "Mariano Picón Salas", "Udón Pérez",
]
# The candidates and their columns, in the file's order.
CARDS = [
    ("Maduro", ["PSUV", "PCV", "TUPAMARO", "PPT"], [0.80, 0.05, 0.05, 0.10]),
    ("González", ["MUD", "UNTC", "MPV"], [0.76, 0.16, 0.08]),
    ("MARTINEZ", ["MARTINEZ"], [1.0]),
    ("BERTUCCI", ["BERTUCCI"], [1.0]),
]
HEADER = ["ESTADO", "MUNICIPIO", "PARROQUIA", "COD_CENTRO", "CENTRO", "MESA",
          "ELECTORES_CENTRO", "VOTANTES", "VALIDOS", "NULOS"] + [c for _, cards, _ in CARDS for c in cards]
FIRST_VOTE = HEADER.index("PSUV")
# Tables per centre: 1 to 6, small centres the commonest.
TABLES_PER_CENTRE = [1, 2, 3, 4, 5, 6]
TABLES_WEIGHTS = [30, 25, 18, 12, 9, 6]


def grouped(n):
    """1234 as "1.234", as Venezuelan exports write it; 999 as "999"."""
    return f"{n:,}".replace(",", ".") if n >= 1000 else str(n)


def field(text, force_quotes=False):
    if force_quotes or any(ch in text for ch in ';"\r\n') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def split(rng, total, weights):
    """@total in parts near @weights, jittered per table, adding up to exactly @total."""
    jittered = [w * rng.uniform(0.6, 1.4) for w in weights]
    s = sum(jittered)
    exact = [total * w / s for w in jittered]
    parts = [int(x) for x in exact]
    order = sorted(range(len(parts)), key=lambda i: (parts[i] - exact[i], i))
    for i in order[:total - sum(parts)]:
        parts[i] += 1
    return parts


def apportion(total, weights):
    """@total split by @weights, largest remainder: the states' shares of the rows."""
    s = sum(weights)
    exact = [total * w / s for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(parts)), key=lambda i: (parts[i] - exact[i], i))
    for i in order[:total - sum(parts)]:
        parts[i] += 1
    return parts


def centre_name(rng, index):
    name = f"{rng.choice(CENTRE_KINDS)} {rng.choice(CENTRE_NAMES)}"
    # A few names that need quoting, as real exports have them.
    if index % 97 == 5:
        name = f'{rng.choice(CENTRE_KINDS)} "{rng.choice(CENTRE_NAMES)}"'
    elif index % 89 == 7:
        name += "; Anexo"
    elif index % 61 == 3:
        name += ", sede"
    return name


def make_tables(rng, n_tables):
    """The good table rows, in the file's order (state, municipio, parroquia, centre,
    table), as dicts holding their numbers."""
    tables = []
    centre_index = 0
    for s, ((state, _), state_rows) in enumerate(zip(STATES, apportion(n_tables, [w for _, w in STATES]))):
        if state_rows == 0:
            continue
        # The state's lean, and its municipios and parroquias.
        lean = rng.gauss(0.67, 0.06)
        municipios = rng.sample(MUNICIPIOS, rng.randint(2, 6))
        places = [(m, mi, p, pi) for mi, m in enumerate(municipios)
                  for pi, p in enumerate(rng.sample(PARROQUIAS, rng.randint(1, 4)))]
        centres = []
        left = state_rows
        while left > 0:
            n = min(left, rng.choices(TABLES_PER_CENTRE, TABLES_WEIGHTS)[0])
            left -= n
            centres.append((rng.randrange(len(places)), n))
        centres.sort(key=lambda c: c[0])
        in_place = {}
        for place, n in centres:
            municipio, mi, parroquia, pi = places[place]
            in_place[place] = in_place.get(place, 0) + 1
            code = f"{s + 1:02d}{mi + 1:02d}{pi + 1:02d}{in_place[place]:03d}"
            name = centre_name(rng, centre_index)
            quoted = centre_index % 53 == 11   # quoted though it need not be
            centre_index += 1
            # Each table's share of the centre's electorate; the centre's is their sum.
            shares = [rng.randint(120, 900) for _ in range(n)]
            registered = sum(shares)
            centre_lean = lean + rng.gauss(0, 0.05)
            for t, share in enumerate(shares):
                voters = int(share * rng.uniform(0.35, 0.85))
                null = int(voters * rng.uniform(0.003, 0.03))
                valid = voters - null
                martinez = int(valid * rng.uniform(0.0, 0.015))
                bertucci = int(valid * rng.uniform(0.0, 0.012))
                p = min(0.97, max(0.03, centre_lean + rng.gauss(0, 0.10)))
                gonzalez = round((valid - martinez - bertucci) * p)
                maduro = valid - martinez - bertucci - gonzalez
                votes = []
                for (candidate, cards, weights), total in zip(CARDS, [maduro, gonzalez, martinez, bertucci]):
                    votes += split(rng, total, weights)
                tables.append({
                    "state": state, "municipio": municipio, "parroquia": parroquia,
                    "code": code, "name": name, "quoted": quoted, "table": t + 1,
                    "tables_in_centre": n, "registered": registered, "voters": voters,
                    "valid": valid, "null": null, "votes": votes, "bad": None,
                })
    return tables


def text_of(row):
    fields = [field(row["state"]), field(row["municipio"]), field(row["parroquia"]), row["code"],
              field(row["name"], row["quoted"]), str(row["table"]), grouped(row["registered"]),
              str(row["voters"]), str(row["valid"]), str(row["null"])]
    fields += row.get("vote_texts") or [str(v) for v in row["votes"]]
    return ";".join(fields)


def spoil(rng, row, kind):
    """Makes @row one a correct count sets aside, of the @kind given."""
    texts = [str(v) for v in row["votes"]]
    if kind == "not_a_number":
        texts[HEADER.index("MUD") - FIRST_VOTE] = rng.choice(["abc", "abc", "12a", "n/d"])
    elif kind == "negative":
        nonzero = [i for i, v in enumerate(row["votes"]) if v > 0]
        i = rng.choice(nonzero) if nonzero else 1
        texts[i] = f"-{max(row['votes'][i], 1)}"
    elif kind == "over_voters":
        # PSUV gains the null votes and more: the candidates then add up to more than
        # VOTANTES (and VALIDOS).
        i = HEADER.index("PSUV") - FIRST_VOTE
        texts[i] = str(row["votes"][i] + row["null"] + rng.randint(1, 40))
    row["bad"] = kind
    row["vote_texts"] = texts


def generate(n_rows, seed):
    rng = random.Random(seed)
    n_dup = min(10, n_rows // 30)
    n_bad = min(10, n_rows // 30)
    tables = make_tables(rng, n_rows - n_dup)

    # Bad rows: the first one is a centre's only table, so that centre's electorate is
    # not counted at all; the kinds take turns.
    kinds = ["not_a_number", "negative", "over_voters"]
    singles = [i for i, t in enumerate(tables) if t["tables_in_centre"] == 1]
    bad = set()
    if n_bad and singles:
        bad.add(rng.choice(singles))
    while len(bad) < n_bad:
        bad.add(rng.randrange(len(tables)))
    for k, i in enumerate(sorted(bad)):
        spoil(rng, tables[i], kinds[k % len(kinds)])

    # Duplicates: exact copies of a good row, a little later in the file (or at its end).
    good = [i for i in range(len(tables)) if i not in bad]
    after = {}
    for i in rng.sample(good, n_dup):
        at = len(tables) - 1 if rng.random() < 0.3 else min(len(tables) - 1, i + rng.randint(0, 40))
        after.setdefault(at, []).append(i)

    lines = []          # (text, table index, is duplicate)
    for i, table in enumerate(tables):
        lines.append((text_of(table), i, False))
        for original in after.get(i, []):
            lines.append((text_of(tables[original]), original, True))
    assert len(lines) == n_rows, (len(lines), n_rows)

    # What a correct count gives.
    candidates = {name: 0 for name, _, _ in CARDS}
    totals = {"valid": 0, "null": 0, "voters": 0}
    centres_used = {}
    set_aside = []
    first_line = {}
    used = 0
    for n, (text, i, duplicate) in enumerate(lines):
        line = n + 2
        table = tables[i]
        if duplicate:
            set_aside.append({"line": line, "reason": "duplicate", "first_line": first_line[i]})
            continue
        first_line[i] = line
        if table["bad"]:
            set_aside.append({"line": line, "reason": table["bad"]})
            continue
        used += 1
        k = 0
        for name, cards, _ in CARDS:
            candidates[name] += sum(table["votes"][k:k + len(cards)])
            k += len(cards)
        for key in totals:
            totals[key] += table[key]
        centres_used[(table["state"], table["municipio"], table["parroquia"], table["code"])] = table["registered"]
    expected = {
        "seed": seed,
        "rows": n_rows,
        "used": used,
        "candidates": candidates,
        **totals,
        "registered": sum(centres_used.values()),
        "centres": len(centres_used),
        "set_aside": set_aside,
    }
    assert used == n_rows - n_dup - n_bad
    assert sum(candidates.values()) == totals["valid"]
    return "\ufeff" + ";".join(HEADER) + "\n" + "".join(text + "\n" for text, _, _ in lines), expected


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=30000, help="data rows, duplicates and bad rows included (default 30000)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--output", required=True, help="the CSV file to write")
    parser.add_argument("--expected-json", help="where to write what a correct count gives")
    args = parser.parse_args()
    if args.rows < 1:
        parser.error("--rows must be 1 or more")

    text, expected = generate(args.rows, args.seed)
    with open(args.output, "w", encoding="utf-8", newline="") as out:
        out.write(text)
    if args.expected_json:
        with open(args.expected_json, "w", encoding="utf-8") as out:
            json.dump(expected, out, ensure_ascii=False, indent=2)
            out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
