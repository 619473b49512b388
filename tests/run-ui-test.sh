#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one UI test under its own X server, window manager and session bus, so that
# `meson test` needs neither a display nor a desktop session. The window manager is
# what lets maximizing and focus behave as on a desktop.
#
# Each helper is waited for until it says it is ready, never for a fixed time: the X
# server writes its display number once it accepts clients (-displayfd), and the window
# manager sets _NET_SUPPORTING_WM_CHECK on the root window once it manages windows. A
# helper that is not ready within 60 s (times ESC_TEST_TIMEOUT_MULTIPLIER) or that dies
# fails the test with a message saying which. Each wait is a loop of checks, since none
# of them offers a signal to wait on; it ends as soon as the check passes.
set -eu

multiplier=${ESC_TEST_TIMEOUT_MULTIPLIER:-1}
deadline=$(awk -v m="$multiplier" 'BEGIN { d = int(60 * m); print (d > 0 ? d : 60) }')

if [ "${1:-}" != "--inside" ]; then
  # dbus-run-session starts the bus and waits for its address before running us.
  exec dbus-run-session -- "$0" --inside "$@"
fi
shift

fail () {
  echo "run-ui-test: $*" >&2
  exit 1
}

[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || fail "the session bus did not start (dbus-run-session gave no address)"

work=$(mktemp -d)
xvfb=''
wm=''
cleanup () {
  [ -z "$wm" ] || kill "$wm" 2>/dev/null || true
  [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A 1920×1080 screen leaves room for any size a test asks of the window. The display
# number is drawn at random from a wide range rather than the first free one: a server
# that is shutting down removes its socket file on its way out, and would take that of
# a new server given its number the moment it let it go (seen with two suites running
# side by side). A number in use is refused, and another one drawn. -noreset: by default
# the server resets when its last client leaves, and a client that connects meanwhile
# (the window manager, right after the first check) is refused.
mkfifo "$work/display"
display=''
for _ in 1 2 3 4 5 6 7 8; do
  number=$(shuf -i 1000-30000 -n 1)
  Xvfb ":$number" -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset \
    3>"$work/display" >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  display=$(timeout "$deadline" head -n 1 "$work/display" || true)
  [ -z "$display" ] || break
  kill "$xvfb" 2>/dev/null || true
  xvfb=''
done
if [ -z "$display" ]; then
  cat "$work/xvfb.log" >&2
  fail "the X server did not start within $deadline s (see its log above)"
fi
export DISPLAY=":$display"
# The app's own files (autosaved work) go in the test's folder, not the user's.
export XDG_DATA_HOME="$work/data"

# The display number comes once the server listens; a first client proves it accepts
# connections too, before the window manager depends on it.
waited=0
until xprop -root >/dev/null 2>&1; do
  if ! kill -0 "$xvfb" 2>/dev/null; then
    cat "$work/xvfb.log" >&2
    fail "the X server on :$display exited before it accepted a client (see its log above)"
  fi
  waited=$((waited + 1))
  [ "$waited" -lt $((deadline * 20)) ] || fail "the X server on :$display accepted no client within $deadline s"
  sleep 0.05
done

openbox --sm-disable >"$work/openbox.log" 2>&1 &
wm=$!
# Polled, as the window manager offers nothing to wait on: each check is a round trip
# to the X server, and the loop ends as soon as the property is there.
waited=0
until xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; do
  if ! kill -0 "$wm" 2>/dev/null; then
    cat "$work/xvfb.log" "$work/openbox.log" >&2
    fail "the window manager exited before it was ready on :$display (see the logs above)"
  fi
  waited=$((waited + 1))
  [ "$waited" -lt $((deadline * 20)) ] || fail "the window manager was not ready within $deadline s"
  sleep 0.05
done

"$@"
