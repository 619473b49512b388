#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `escrutinio --validate` on what is not a dataset file: a device, a FIFO, a directory,
# a 3 GB (sparse) file. Each must be refused at once, saying which file and why. Reading
# /dev/zero or a FIFO would never end: `timeout` turns that into a failure here, not a
# hang. The exit status is only asked to be an error (not a timeout, not a signal).
set -u
exe=$1
fail() { echo "FAIL: $*"; exit 1; }
unset DISPLAY WAYLAND_DISPLAY
# Untranslated messages, whatever the caller's language.
export LC_ALL=C.UTF-8 LANGUAGE=

dir=$(mktemp -d "${TMPDIR:-/tmp}/escrutinio-reads-XXXXXX") || fail "no temporary directory"
trap 'rm -rf "$dir"' EXIT
mkfifo "$dir/fifo.json" || fail "mkfifo"
# No disk used: the blocks are never written.
truncate -s 3G "$dir/huge.json" || fail "truncate"

refused() {
  file=$1 why=$2
  out=$(timeout 10 "$exe" --validate "$file" 2>&1); status=$?
  echo "$out"
  [ $status -ne 124 ] || fail "$file: still running after 10 s"
  [ $status -ne 0 ] || fail "$file: accepted"
  [ $status -lt 128 ] || fail "$file: killed by signal $((status - 128))"
  echo "$out" | grep -F -- "$file" | grep -qE -- "$why" || fail "$file: no message saying “$why”"
}

refused /dev/zero 'character device'
refused "$dir/fifo.json" 'named pipe \(FIFO\)'
refused "$dir" 'directory'
refused "$dir/huge.json" '3221225472 bytes\), larger than 128'
echo "ok"
