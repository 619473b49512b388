#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `escrutinio --version` prints the version and leaves without a display or a bus.
set -eu
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$1" --version)
echo "$out"
[ "$out" = "escrutinio $2" ]
