#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `escrutinio --validate` as a dataset author's CI runs it: no window, no bus, exit codes.
set -u
exe=$1
src=$2
fail() { echo "FAIL: $*"; exit 1; }
unset DISPLAY WAYLAND_DISPLAY

out=$("$exe" --validate "$src/data/venezuela-elections.json"); status=$?
[ $status -eq 0 ] || fail "default dataset: exit $status"
[ -z "$out" ] || fail "default dataset printed: $out"

out=$("$exe" --validate "$src/tests/corpus/percent-above-100.json" "$src/data/venezuela-elections.json"); status=$?
echo "$out"
[ $status -eq 1 ] || fail "invalid file: exit $status"
echo "$out" | grep -qE '^.*/percent-above-100\.json:[0-9]+:[0-9]+: error: \$\.elections\[0\]\.claims\[0\]\.value: .+' \
  || fail "no located error line"

out=$("$exe" --validate="$src/tests/corpus/unused-article.json"); status=$?
echo "$out"
[ $status -eq 0 ] || fail "warnings only: exit $status"
echo "$out" | grep -q ': warning: ' || fail "no warning line"

"$exe" --validate /nonexistent/dataset.json; status=$?
[ $status -eq 2 ] || fail "unreadable: exit $status"
echo "ok"
