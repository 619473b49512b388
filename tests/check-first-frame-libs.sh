#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Escrutinio's first frame loads no librsvg, which a bare window never loads: the views'
# icons are symbolic PNGs built from their SVGs, and the app icon, an SVG, is given
# once the first frame is out. Run under run-ui-test.sh: the app needs a display.
# Usage: check-first-frame-libs.sh ESCRUTINIO
set -eu
# The dynamic loader says each library it loads; the app quits once it has painted.
loaded=$(LD_DEBUG=files ESCRUTINIO_QUIT_AFTER_FIRST_FRAME=1 timeout -k 5 60 "$1" 2>&1 >/dev/null) ||
  { echo "escrutinio exited with status $?"; exit 1; }
printf '%s\n' "$loaded" | grep -q 'file=libgtk-4' || { echo "LD_DEBUG named no library: nothing to check"; exit 1; }
if printf '%s\n' "$loaded" | grep -q 'file=librsvg'; then
  echo "librsvg was loaded before the first frame"
  exit 1
fi
echo "ok: no librsvg before the first frame"
