#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a catalogue is incomplete or broken, when a translatable string in the
# sources is missing from a catalogue, or when a file with strings is missing from
# po/POTFILES.in.
set -eu
srcdir=$1
cd "$srcdir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort > "$tmp/listed"
find src -name '*.c' -o -name '*.ui' | sort -u | xargs grep -lE '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext|ngettext) ?\(|translatable="yes"' | sort > "$tmp/with-strings" || true
ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml >> "$tmp/with-strings"
sort -u -o "$tmp/with-strings" "$tmp/with-strings"
missing=$(comm -23 "$tmp/with-strings" "$tmp/listed")
if [ -n "$missing" ]; then
  echo "Files with translatable strings missing from po/POTFILES.in:"
  echo "$missing"
  status=1
fi
stale=$(comm -13 "$tmp/with-strings" "$tmp/listed")
if [ -n "$stale" ]; then
  echo "po/POTFILES.in lists files without strings or that do not exist:"
  echo "$stale"
  status=1
fi

# The same keywords as meson's glib preset, so this template matches `escrutinio-pot`.
xgettext --from-code=UTF-8 --add-comments --directory=. --files-from=po/POTFILES.in \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  --output="$tmp/escrutinio.pot" 2> "$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }

for lang in $(grep -v '^#' po/LINGUAS); do
  po="po/$lang.po"
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1) || { echo "$po: $stats"; status=1; continue; }
  echo "$po: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*) echo "$po: every message must be translated and none fuzzy"; status=1 ;;
  esac
  if ! LC_ALL=C msgcmp "$po" "$tmp/escrutinio.pot" > "$tmp/msgcmp.log" 2>&1; then
    echo "$po lacks strings the sources use (run: meson compile -C build escrutinio-update-po):"
    cat "$tmp/msgcmp.log"
    status=1
  fi
done
exit $status
