#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `escrutinio FILE` with no command opens FILE in a window: the commands' option parsing
# must leave a plain FILE to the application. Runs under tests/run-ui-test.sh; with
# ESCRUTINIO_QUIT_AFTER_FIRST_FRAME the app quits once its window has painted.
set -u
exe=$1
file=$2
ESCRUTINIO_QUIT_AFTER_FIRST_FRAME=1 timeout -k 5 60 "$exe" "$file"
status=$?
[ $status -eq 0 ] || { echo "FAIL: escrutinio $file: exit $status"; exit 1; }
echo "ok: escrutinio $file opened a window, which painted"
