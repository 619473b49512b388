#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `escrutinio --tally` on a generated 3000-row file of tally sheets (bench/gen-tally.py,
# fixed seed) agrees with what the generator knows a correct count gives: the rows used,
# each candidate's votes with the party cards joined, the valid votes, the registered
# voters counted once per centre, and the lines of the duplicates and bad rows set aside.
set -euo pipefail
exe=$1
src=$2
seed=7
unset DISPLAY WAYLAND_DISPLAY
# GLib converts string options from the locale's charset: under LANG=C, the candidate
# "González" in --column is refused ("Invalid byte sequence in conversion input").
export LC_ALL=C.UTF-8

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

python3 "$src/bench/gen-tally.py" --rows 3000 --seed "$seed" \
  --output "$dir/actas.csv" --expected-json "$dir/expected.json"

status=0
"$exe" --tally "$dir/actas.csv" --json \
  --column 'PSUV=votes:Maduro' --column 'PCV=votes:Maduro' \
  --column 'TUPAMARO=votes:Maduro' --column 'PPT=votes:Maduro' \
  --column 'MUD=votes:González' --column 'UNTC=votes:González' --column 'MPV=votes:González' \
  >"$dir/got.json" || status=$?
if [ "$status" -ne 0 ]; then
  echo "FAIL: escrutinio --tally exited $status" >&2
  exit 1
fi

python3 - "$dir/expected.json" "$dir/got.json" <<'EOF'
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    expected = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    try:
        got = json.load(f)
    except ValueError as e:
        sys.exit(f"FAIL: escrutinio --tally --json printed no valid JSON: {e}")

problems = []


def compare(what, want, have):
    if want != have:
        problems.append(f"{what}: expected {want!r}, got {have!r}")


for key in ("rows", "used", "valid", "registered", "null", "voters"):
    compare(key, expected[key], got.get(key))

votes = {c["name"]: c["votes"] for c in got.get("candidates", [])}
for name, want in expected["candidates"].items():
    compare(f"votes for {name}", want, votes.get(name))
for name in sorted(set(votes) - set(expected["candidates"])):
    problems.append(f"unexpected candidate {name!r} with {votes[name]} votes")

want_lines = sorted(r["line"] for r in expected["set_aside"])
have_lines = sorted(r["line"] for r in got.get("set_aside", []))
reasons = {r["line"]: r for r in expected["set_aside"]}
messages = {r["line"]: r.get("message", "") for r in got.get("set_aside", [])}
for line in sorted(set(want_lines) - set(have_lines)):
    problems.append(f"line {line} should be set aside ({reasons[line]['reason']}) but was counted")
for line in sorted(set(have_lines) - set(want_lines)):
    problems.append(f"line {line} was set aside but is a good row: {messages[line]}")
if len(have_lines) != len(set(have_lines)):
    problems.append(f"set_aside lists a line more than once: {have_lines}")

registered = [c for c in got.get("columns", []) if c.get("role") == "registered"]
if [c.get("header") for c in registered] != ["ELECTORES_CENTRO"]:
    problems.append(f"the registered column should be ELECTORES_CENTRO, got {registered!r}")
elif registered[0].get("per_centre") is not True:
    problems.append(f"ELECTORES_CENTRO should be read per centre (\"per_centre\": true), got {registered[0]!r}")

if problems:
    print(f"FAIL: escrutinio --tally disagrees with bench/gen-tally.py --seed {expected['seed']} --rows {expected['rows']}:",
          file=sys.stderr)
    for p in problems:
        print(f"  {p}", file=sys.stderr)
    sys.exit(1)
print(f"ok: {got['used']} of {got['rows']} rows used, {len(have_lines)} set aside, "
      + ", ".join(f"{n} {v}" for n, v in votes.items()) + f", registered {got['registered']}")
EOF
