#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark: charts, then the reader's model work.
# Usage: run-benchmarks.sh BENCH_CHARTS BENCH_SOURCES DEFAULT_DATASET FIXTURE
set -eu
"$1" "$3" "$4"
echo
"$2" "$3"
