#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The screenshot tool writes a PNG of the window at the size asked, in light and dark.
set -eu
tool=$1
out=$2
rm -f "$out"
"$tool" --width 800 --height 600 --view reactions --output "$out"
# PNG header: width and height are big-endian at bytes 16–23.
size=$(od -An -tu1 -j16 -N8 "$out" | tr -s ' ' | sed 's/^ //')
echo "IHDR size bytes: $size"
set -- $size
w=$(( ($1 << 24) | ($2 << 16) | ($3 << 8) | $4 ))
h=$(( ($5 << 24) | ($6 << 16) | ($7 << 8) | $8 ))
echo "screenshot is ${w}×${h}"
# Client-side decorations take a few pixels of the window's size.
[ $w -ge 780 ] && [ $w -le 800 ] && [ $h -ge 580 ] && [ $h -le 600 ]
