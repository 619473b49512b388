#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# How fast, and in how much memory, `escrutinio --tally` counts a Venezuela-2024-sized
# file of tally sheets (30,000 tables, bench/gen-tally.py with a fixed seed), beside a
# plain Python script that sums the same columns with the csv module.
#
#   bench/bench-tally.sh [ESCRUTINIO]      (default: build/src/escrutinio)
#
# Needs python3 (/usr/bin/python3, or $PYTHON) and hyperfine; peak memory comes from /usr/bin/time where installed, or
# else from Python's resource module (the children's ru_maxrss).
set -euo pipefail
source=$(cd "$(dirname "$0")/.." && pwd)
exe=${1:-build/src/escrutinio}
rows=${BENCH_TALLY_ROWS:-30000}
seed=2024
# The system's Python, not a version manager's shim (pyenv's adds ~0.4 s to every start).
python=${PYTHON:-/usr/bin/python3}
[ -x "$python" ] || python=$(command -v python3)
# GLib reads string options in the locale's charset: "González" needs a UTF-8 locale.
export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

[ -x "$exe" ] || { echo "bench-tally: no executable $exe (build it, or pass its path)" >&2; exit 2; }
exe=$(realpath "$exe")
command -v hyperfine >/dev/null || { echo "bench-tally: hyperfine is not installed" >&2; exit 2; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
file=$dir/actas-$rows.csv
"$python" "$source/bench/gen-tally.py" --rows "$rows" --seed "$seed" --output "$file" --expected-json "$dir/expected.json"

# The same count in plain Python: the card columns summed per candidate, VALIDOS, and the
# registered voters once per centre, with the rows escrutinio sets aside (not a number,
# negative, candidates over the voters or the valid votes, a table already counted)
# set aside here too, so that both do the same work.
cat >"$dir/sum.py" <<'EOF'
import csv
import json
import sys

CANDIDATES = {"Maduro": ["PSUV", "PCV", "TUPAMARO", "PPT"], "González": ["MUD", "UNTC", "MPV"],
              "MARTINEZ": ["MARTINEZ"], "BERTUCCI": ["BERTUCCI"]}
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    reader = csv.reader(f, delimiter=";")
    header = next(reader)
    col = {name: i for i, name in enumerate(header)}
    place = [col[c] for c in ("ESTADO", "MUNICIPIO", "PARROQUIA", "COD_CENTRO")]
    table = col["MESA"]
    numbers = [col[c] for c in ("ELECTORES_CENTRO", "VOTANTES", "VALIDOS", "NULOS")]
    cards = [[col[c] for c in cs] for cs in CANDIDATES.values()]
    votes = [0] * len(cards)
    valid = registered = rows = used = 0
    sheets, centres, set_aside = set(), set(), []
    for row in reader:
        rows += 1
        try:
            electores, votantes, validos, nulos = (int(row[i].replace(".", "")) for i in numbers)
            row_votes = [sum(int(row[i].replace(".", "")) for i in cs) for cs in cards]
            if min(electores, votantes, validos, nulos, *(int(row[i]) for cs in cards for i in cs)) < 0:
                raise ValueError
        except (ValueError, IndexError):
            set_aside.append(reader.line_num)
            continue
        if sum(row_votes) > votantes or sum(row_votes) > validos:
            set_aside.append(reader.line_num)
            continue
        centre = tuple(row[i] for i in place)
        sheet = centre + (row[table],)
        if sheet in sheets:
            set_aside.append(reader.line_num)
            continue
        sheets.add(sheet)
        used += 1
        for k, v in enumerate(row_votes):
            votes[k] += v
        valid += validos
        if centre not in centres:
            centres.add(centre)
            registered += electores
print(json.dumps({"rows": rows, "used": used, "set_aside": set_aside, "valid": valid, "registered": registered,
                  "candidates": dict(zip(CANDIDATES, votes))}, ensure_ascii=False))
EOF

tally=("$exe" --tally "$file" --json
       --column 'PSUV=votes:Maduro' --column 'PCV=votes:Maduro' --column 'TUPAMARO=votes:Maduro' --column 'PPT=votes:Maduro'
       --column 'MUD=votes:González' --column 'UNTC=votes:González' --column 'MPV=votes:González')
sum=("$python" "$dir/sum.py" "$file")
size=$(stat -c %s "$file")

echo "== $rows tally sheets, seed $seed: $(basename "$file"), $size bytes ($(numfmt --to=iec-i --suffix=B "$size"))"
# Both count the same before either is timed.
"${tally[@]}" >"$dir/escrutinio.json"
"${sum[@]}" >"$dir/python.json"
"$python" - "$dir/expected.json" "$dir/escrutinio.json" "$dir/python.json" <<'EOF'
import json
import sys

expected, tally, python = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:])
want = (expected["used"], expected["valid"], expected["registered"], expected["candidates"])
got_tally = (tally["used"], tally["valid"], tally["registered"], {c["name"]: c["votes"] for c in tally["candidates"]})
got_python = (python["used"], python["valid"], python["registered"], python["candidates"])
for name, got in (("escrutinio --tally", got_tally), ("sum.py", got_python)):
    print(f"{name:20} used {got[0]}, valid {got[1]}, registered {got[2]}: "
          + ("as generated" if got == want else f"DIFFERS from the generator's {want}"))
EOF

echo
# -N: no shell between hyperfine and the program, so nothing to subtract.
quote() { printf '%q ' "$@"; }
hyperfine -N --warmup 3 --runs 20 --export-markdown "$dir/hyperfine.md" \
  -n 'escrutinio --tally' "$(quote "${tally[@]}")" \
  -n 'python3 sum.py (csv module)' "$(quote "${sum[@]}")"
echo
cat "$dir/hyperfine.md"

# Peak resident memory, in KiB.
peak_rss() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$dir/rss" "$@" >/dev/null
    cat "$dir/rss"
  else
    "$python" -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
  fi
}
echo
echo "== Peak memory (max RSS) against the file's $size bytes"
report() {
  awk -v label="$1" -v kib="$2" -v size="$size" \
    'BEGIN { printf "%-20s %7.1f MiB  %4.1f× the file\n", label, kib / 1024, kib * 1024 / size }'
}
tally_kib=$(peak_rss "${tally[@]}")
start_kib=$(peak_rss "$exe" --version)
report 'escrutinio --tally' "$tally_kib"
# The program linked with GTK takes this much before it reads a byte; the rest is the count's.
report 'escrutinio --version' "$start_kib"
report '  the count itself' "$((tally_kib - start_kib))"
report 'python3 sum.py' "$(peak_rss "${sum[@]}")"
