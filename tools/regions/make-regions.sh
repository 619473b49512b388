#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates data/regions/*.json.  Needs node, npm (registry access) and
# Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-2.json).
# Not run at build or run time; commit what it writes.
set -eu
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
exec node make-regions.js ../../data/regions "${1:-/usr/share/iso-codes/json/iso_3166-2.json}"
