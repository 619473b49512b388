#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders a symbolic SVG icon as GTK's .symbolic.png at one size. GTK loads that
# without librsvg, which an SVG needs, so the first frame does not wait for it.
# Usage: encode-symbolic.sh ENCODER ICON.svg SIZE OUTPUT
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$1" -o "$dir" "$2" "$3x$3"
mv "$dir"/*.symbolic.png "$4"
