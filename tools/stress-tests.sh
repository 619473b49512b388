#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the whole test suite RUNS times (default 5) with one CPU-bound process per core
# beside it, as on a machine busy with a build: a test that waits for time rather than
# for what it needs fails here first.
#
#   tools/stress-tests.sh [RUNS] [BUILD_DIR]
#
# Each run is the README's test command. Stops at the first failing run, and exits
# non-zero if any failed.
set -eu

runs=${1:-5}
build=${2:-build}
cd "$(dirname "$0")/.."

case $runs in
  ''|*[!0-9]*|0) echo "usage: $0 [RUNS] [BUILD_DIR]  (RUNS a positive number)" >&2; exit 2 ;;
esac
[ -d "$build" ] || meson setup "$build"

hogs=''
stop_hogs () {
  # shellcheck disable=SC2086
  [ -z "$hogs" ] || kill $hogs 2>/dev/null || true
}
trap stop_hogs EXIT
trap 'exit 130' INT TERM

cores=$(nproc)
for _ in $(seq "$cores"); do
  sh -c 'while :; do :; done' &
  hogs="$hogs $!"
done
echo "stress: $cores CPU-bound processes beside the suite, $runs runs"

for run in $(seq "$runs"); do
  start=$(date +%s)
  if meson test -C "$build" --print-errorlogs; then
    echo "stress: run $run of $runs passed in $(( $(date +%s) - start )) s"
  else
    echo "stress: run $run of $runs FAILED after $(( $(date +%s) - start )) s" >&2
    exit 1
  fi
done
echo "stress: all $runs runs passed"
