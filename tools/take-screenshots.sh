#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the screenshots under data/screenshots/ from the running app.
# Usage: tools/take-screenshots.sh [BUILD_DIR]   (after `meson compile -C build`)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" NO_AT_BRIDGE=1 ESCRUTINIO_LOCALEDIR="$build/po"
# Metainfo screenshots must fit in 1000×700.
"$top/tests/run-ui-test.sh" "$build/tests/esc-screenshot" \
  --width 1000 --height 700 --view results --output "$top/data/screenshots/main-window.png"
"$top/tests/run-ui-test.sh" "$build/tests/esc-screenshot" \
  --width 1000 --height 700 --view reactions --election 1 --output "$top/data/screenshots/reactions.png"
"$top/tests/run-ui-test.sh" "$build/tests/esc-screenshot" \
  --width 1000 --height 700 --view sources --election 1 --passage-of gonzalez-share-opposition \
  --output "$top/data/screenshots/sources.png"
"$top/tests/run-ui-test.sh" "$build/tests/esc-screenshot" \
  --width 400 --height 700 --dark --view sources --election 1 --passage-of chile \
  --output "$top/data/screenshots/sources-narrow.png"
# The README's Results section: a fixture of a shape the built-in dataset lacks.
"$top/tests/run-ui-test.sh" "$build/tests/esc-screenshot" \
  --width 1000 --height 700 --view results --dataset "$top/tests/fixtures/parliament-count-changes.json" \
  --output "$top/data/screenshots/results-parliament.png"
# One slide of the presentation, as the README shows it.
slides=$(mktemp -d)
"$build/src/escrutinio" --export-slides "$slides" --election ve-presidential-2024 --size 1280x720 >/dev/null
cp "$slides/slide-02.png" "$top/data/screenshots/slide.png"
rm -r "$slides"
