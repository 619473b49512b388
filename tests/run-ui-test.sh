#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one UI test under its own X server, window manager and session bus, so that
# `meson test` needs neither a display nor a desktop session. The window manager is
# what lets maximizing and focus behave as on a desktop.
set -eu

if [ "${1:-}" != "--inside" ]; then
  # A 1920×1080 screen leaves room for any size a test asks of the window.
  exec xvfb-run --auto-servernum --server-args="-screen 0 1920x1080x24 -nolisten tcp" \
    dbus-run-session -- "$0" --inside "$@"
fi
shift

openbox --sm-disable >/dev/null 2>&1 &
wm=$!
trap 'kill $wm 2>/dev/null || true' EXIT
tries=0
until xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; do
  tries=$((tries + 1))
  [ $tries -lt 100 ] || { echo "the window manager did not start" >&2; exit 1; }
  sleep 0.1
done

"$@"
