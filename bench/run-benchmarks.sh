#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark: `meson compile -C build bench`, or run-benchmarks.sh SOURCE BUILD.
# Generates the synthetic datasets first (seeded, so every run measures the same bytes),
# then times loading, drawing, exporting and searching at each size, start-up against a
# minimal libadwaita window, and the real window on the largest dataset under Xvfb.
set -eu
source=$1
build=$2
bench=$build/bench
data=$build/bench/datasets
sizes=${BENCH_SIZES:-1 4 16 64}

mkdir -p "$data"
files=
for size in $sizes; do
  file=$data/generated-$size.json
  [ -f "$file" ] || "$bench/gen-dataset" "$size" 42 "$file"
  files="$files $file"
done
largest=$file

echo "== Generated datasets (seed 42)"
for file in $files; do
  printf '%s  %s bytes\n' "$file" "$(stat -c %s "$file")"
done
echo
echo "== Load"
"$bench/bench-load" $files
echo
echo "== Save (json-glib's parse and generate of the same file is the floor)"
"$bench/bench-save" "$source/data/venezuela-elections.json" $files
echo
echo "== Draw, export, search"
"$bench/bench-scale" "$source/data/venezuela-elections.json" $files
echo
echo "== Each chart of the built-in dataset and a 150-seat parliament, repeated"
"$bench/bench-charts" "$source/data/venezuela-elections.json" "$source/tests/fixtures/synthetic-parliament.json"
echo
"$bench/bench-sources" "$source/data/venezuela-elections.json"
echo
echo "== Counting tally sheets"
if command -v hyperfine >/dev/null; then
  "$source/bench/bench-tally.sh" "$build/src/escrutinio"
else
  echo "(skipped: needs hyperfine, apt install hyperfine)"
fi
echo
echo "== The map of regions"
"$bench/bench-regions" "$source/data/venezuela-elections.json" "$source"/tests/fixtures/regions-*.json \
  "$source/tests/fixtures/mexico-governors-2021.json" "$source/tests/fixtures/venezuela-24-entities.json"

# The rest needs a display: the UI tests' own Xvfb, window manager and session bus.
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" NO_AT_BRIDGE=1
echo
echo "== Start-up"
"$source/tests/run-ui-test.sh" "$bench/bench-startup" "$build/src/escrutinio" "$bench/minimal-window" 2>/dev/null
echo
echo "== The window on $(basename "$largest"), with GTK's default renderer (software GL under Xvfb)"
"$source/tests/run-ui-test.sh" "$bench/bench-ui" "$largest" 2>/dev/null
echo
# Software GL redraws the whole window for every frame (25-35 ms here); the cairo
# renderer redraws what changed, as a GPU makes a frame cheap: the app's own work.
echo "== The window on $(basename "$largest"), with the cairo renderer"
GSK_RENDERER=cairo "$source/tests/run-ui-test.sh" "$bench/bench-ui" "$largest" 2>/dev/null
