#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line as a user gets it wrong: every mistake exits 2 with one message on
# stderr that names what is wrong and points to --help, prints nothing on stdout, and
# never crashes or hangs. Then the invocations the README, the tests and the tools use,
# which must go on working.
set -u
exe=$1
src=$2
unset DISPLAY WAYLAND_DISPLAY
# A mistake is found before any work, in well under a second here: the limit leaves room
# for a busy machine, and catches a hang. What must work does real work, and gets more.
mistake_limit=10
work_limit=120
limit=$mistake_limit

tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
failures=0
cases=0

good="$src/data/venezuela-elections.json"
fixture="$src/tests/fixtures/synthetic-parliament.json"
with_errors="$src/tests/corpus/percent-above-100.json"
png="$src/data/screenshots/slide.png"
out="$tmp/out"
mkdir "$tmp/dir" "$tmp/folder.pdf"
: > "$tmp/file"
mkfifo "$tmp/fifo"

fail () {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# run ARGS…: the status, stdout and stderr of one run, under the time limit.
run () {
  cases=$((cases + 1))
  timeout -k 5 "$limit" "$exe" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  status=$?
  [ $status -ne 124 ] && [ $status -ne 137 ] || fail "$*: still running after $limit s"
}

# mistake MENTION ARGS…: exit 2, one message that mentions MENTION, and the hint.
mistake () {
  mention=$1
  shift
  run "$@"
  [ $status -eq 2 ] || fail "$*: exit $status, not 2"
  [ ! -s "$tmp/stdout" ] || fail "$*: printed on stdout: $(cat "$tmp/stdout")"
  grep -qF -- "$mention" "$tmp/stderr" || fail "$*: the message does not mention $mention: $(cat "$tmp/stderr")"
  grep -qF -- "--help" "$tmp/stderr" || fail "$*: no hint to --help"
  [ "$(wc -l < "$tmp/stderr")" -eq 2 ] || fail "$*: not one message and the hint: $(cat "$tmp/stderr")"
  echo "ok $cases - exit 2: $* → $(head -n 1 "$tmp/stderr")"
}

# unreadable ARGS…: --validate's exit 2, with a FILE: error: line on stderr.
unreadable () {
  run "$@"
  [ $status -eq 2 ] || fail "$*: exit $status, not 2"
  [ ! -s "$tmp/stdout" ] || fail "$*: printed on stdout"
  grep -q ': error: ' "$tmp/stderr" || fail "$*: no error line: $(cat "$tmp/stderr")"
  echo "ok $cases - exit 2: $* → $(head -n 1 "$tmp/stderr")"
}

# works STATUS ARGS…
works () {
  expected=$1
  shift
  limit=$work_limit
  run "$@"
  limit=$mistake_limit
  [ $status -eq "$expected" ] || fail "$*: exit $status, not $expected: $(cat "$tmp/stderr")"
  echo "ok $cases - exit $status: $*"
}

# Unknown options and missing values: GOption's own message.
mistake --foo --foo
mistake -x -x
mistake --export --export
mistake --validate --validate
mistake --export-slides --export-slides
mistake --format --export "$out" --format
mistake --size --export "$out" --size
mistake --scale --export "$out" --scale
mistake --election --export-slides "$out" --election

# Values left empty, or forgotten so that the next option is taken for one.
mistake --export --export=
mistake --validate --validate=
mistake --export-slides --export-slides=
mistake --export --export --format svg
mistake --validate --validate --export "$out"
mistake --size --export "$out" --size=
mistake --election --export-slides "$out" --election=

# Malformed and extreme values.
for size in 0x0 99999999x1 -5x3 abc 1280x x720 99x100 16385x100 1280x720x3 1280X720 +500x300 \
            99999999999999999999999x100 ' 1280x720'; do
  mistake --size --export "$out" --size "$size"
  mistake --size --export-slides "$out" --size "$size"
done
for scale in 0 -1 nan inf 1e9 abc 8.5 0.2 1,5 2x; do
  mistake --scale --export "$out" --scale "$scale"
done
mistake --scale --export "$out" --size 16384x100 --scale 2
mistake --scale --export "$out" --size 2100x100 --scale 8
for format in gif jpeg '' 'png,svg'; do
  mistake --format --export "$out" --format "$format"
done
mistake --format --export "$out" --format png --format gif

# Options without their command, or with another one.
mistake --format --format svg
mistake --size --size 1280x720
mistake --scale --scale 2
mistake --election --election ve-regional
mistake --dark --dark
mistake --format --format svg "$good"
mistake --dark --export "$out" --dark
mistake --election --export "$out" --election ve-regional
mistake --format --export-slides "$out" --format png
mistake --scale --export-slides "$out.pdf" --scale 2

# Two commands at once, and more FILEs than a command reads.
mistake --export --validate "$good" --export "$out"
mistake --export-slides --export "$out" --export-slides "$out.pdf"
mistake --version --version --validate "$good"
mistake "$good" --export "$out" "$good" "$good"
mistake "$good" --export-slides "$out.pdf" "$good" "$good"
mistake x.json --version x.json

# Outputs that cannot be written: a missing parent, a file on the way, a file where a
# folder is needed and a folder where a file is, a folder that takes no files.
mistake --export --export "$tmp/missing/charts"
mistake --export --export "$tmp/file/charts"
mistake --export --export "$tmp/file"
mistake --export --export "$good"
mistake --export-slides --export-slides "$tmp/missing/slides.pdf"
mistake --export-slides --export-slides "$tmp/file/slides.pdf"
mistake --export-slides --export-slides "$tmp/file"
mistake --export-slides --export-slides "$tmp/folder.pdf"
mkfifo "$tmp/fifo.pdf"
mistake --export-slides --export-slides "$tmp/fifo.pdf"
mkdir "$tmp/read-only"
chmod 555 "$tmp/read-only"
if touch "$tmp/read-only/probe" 2>/dev/null; then
  # root: the mode does not stop it, but sysfs takes no new files from anyone.
  rm -f "$tmp/read-only/probe"
  echo "# root: read-only folders tried on /sys"
  read_only=/sys
else
  read_only="$tmp/read-only"
fi
mistake --export --export "$read_only"
mistake --export --export "$read_only/charts"
mistake --export-slides --export-slides "$read_only"
mistake --export-slides --export-slides "$read_only/slides.pdf"
mistake --save-as --save-as "$read_only/saved.json"
mistake --save-as --save-as "$tmp/dir"
mistake --save-as --save-as "$tmp/missing/saved.json"
[ -z "$(ls -A "$tmp/read-only")" ] || fail "something was left in the read-only folder"

# Inputs that are not datasets: a folder, a device, a pipe, a picture, JSON of another
# kind, nothing at all.
printf '{"name": "some other JSON", "version": 1}\n' > "$tmp/other.json"
for command in --export --export-slides --save-as; do
  for input in "$tmp/dir" /dev/null /dev/zero "$tmp/fifo" "$png" "$tmp/other.json" "$tmp/file" "$tmp/missing.json"; do
    mistake "$command" "$command" "$out" "$input"
  done
done
[ ! -e "$out" ] || fail "a mistake left $out behind"
mistake --election --export-slides "$out.pdf" --election atlantis-2099 "$good"
mistake --election --export-slides "$out.pdf" --election '' "$good"

# --tally: an input that is not a readable text file, options that do not fit.
for input in "$tmp/dir" /dev/zero "$tmp/fifo" "$tmp/missing.csv" "$tmp/file"; do
  mistake --tally --tally "$input"
done
tally="$src/tests/tally/per-table.csv"
mistake --by --tally "$tally" --by NOWHERE
mistake --column --tally "$tally" --column 'EG=mayor'
mistake --column --tally "$tally" --column 'NOPE=votes'
mistake --expected --tally "$tally" --expected -3
mistake --tally --tally "$src/tests/tally/latin1-tab.tsv"
mistake --json --export "$out" --json
mistake --tally --tally "$tally" "$good"
mistake --column --tally "$tally" --column "$(printf 'EG=votes:Gonz\341lez')"

# --validate: a file it cannot read at all is 2, said on stderr.
unreadable --validate "$tmp/missing.json"
unreadable --validate "$tmp/dir"
unreadable --validate /dev/zero
unreadable --validate "$tmp/fifo"
unreadable --validate "$good" "$tmp/missing.json"

# What must work.
works 0 --version
grep -qx "escrutinio [0-9.]*" "$tmp/stdout" || fail "--version printed $(cat "$tmp/stdout")"
works 0 --help
for option in version validate export format scale size export-slides election dark save-as tally by column encoding expected electorate missing json; do
  grep -qE -- "^  --$option(=[^ ]+)? +[A-Z][a-z]" "$tmp/stdout" || fail "--help does not describe --$option"
done
grep -q 'Exit status' "$tmp/stdout" || fail "--help does not give the exit statuses"

works 0 --validate "$good" "$fixture"
works 0 --validate="$good" "$fixture"
works 1 --validate "$with_errors" "$good"
grep -q 'percent-above-100.json:[0-9]*:[0-9]*: error: ' "$tmp/stdout" || fail "--validate: no problem line"

works 0 --tally "$tally" --by ESTADO --json --column 'OTROS=ignore' --expected 20 --electorate 10000
grep -q '"name": "OTROS"' "$tmp/stdout" && fail "--column OTROS=ignore still counted OTROS"
grep -q '"missing_could_change_winner": true' "$tmp/stdout" || fail "--tally --json printed no worst case"
# A candidate's accented name in a script's C locale.
saved_lc_all=${LC_ALL-}
export LC_ALL=C
works 0 --tally "$tally" --column 'EG=votes:González' --by 'ESTADO'
grep -q 'González' "$tmp/stdout" || fail "--column with an accented name in the C locale"
if [ -n "$saved_lc_all" ]; then export LC_ALL="$saved_lc_all"; else unset LC_ALL; fi
works 0 --tally "$src/tests/tally/latin1-tab.tsv" --encoding WINDOWS-1252
grep -q 'Candidato A' "$tmp/stdout" || fail "--tally --encoding did not read the file"

works 0 --save-as "$out.json" "$fixture"
works 0 --validate "$out.json"
works 0 --save-as "$out.json"
grep -q '"ve-regional"' "$out.json" || fail "--save-as of the built-in dataset wrote no election"
rm "$out.json"
works 1 --save-as "$out.json" "$with_errors"
[ ! -e "$out.json" ] || fail "--save-as of a dataset with errors made $out.json"

works 0 --export "$out" "$fixture"
for ext in png svg pdf; do
  [ -s "$out/synthetic-parliament--seats.$ext" ] || fail "--export wrote no seats.$ext"
done
grep -qF "$out/synthetic-parliament--seats.pdf" "$tmp/stdout" || fail "--export did not list what it wrote"
# Into a folder that exists already.
works 0 --export "$out" --format svg "$fixture"
rm -r "$out"
works 0 --export "$out" --format svg --size 1280x720 --scale 2 "$fixture"
[ -z "$(ls "$out" | grep -v '\.svg$')" ] || fail "--format svg wrote other formats"
rm -r "$out"
works 0 --export "$out" --format png --format pdf "$fixture"
[ -z "$(ls "$out" | grep '\.svg$')" ] || fail "--format png --format pdf wrote SVG"
works 0 --export "$out" --format png --size 100x100 --scale 0.25 "$fixture"
works 0 --export "$out" --format svg --size 16384x100 "$fixture"
works 0 --export "$out" --format png --size 4096x100 --scale 4 "$fixture"
rm -r "$out"
works 0 --export "$out"
[ -s "$out/ve-regional--reactions-map.pdf" ] || fail "--export of the built-in dataset wrote no map"
rm -r "$out"
works 1 --export "$out" "$with_errors"
[ ! -s "$tmp/stdout" ] || fail "--export of a dataset with errors printed on stdout"
grep -q 'error' "$tmp/stderr" || fail "--export of a dataset with errors did not say them"
[ ! -e "$out" ] || fail "--export of a dataset with errors made $out"

works 0 --export-slides "$out.pdf" --election ve-regional --dark "$good"
head -c 5 "$out.pdf" | grep -q '%PDF-' || fail "--export-slides wrote no PDF"
# Over the PDF it wrote before.
works 0 --export-slides "$out.pdf" --election ve-presidential-2024
works 0 --export-slides "$out" --size 640x360 --dark
[ -s "$out/slide-01.png" ] || fail "--export-slides wrote no PNG slides"
works 0 --export-slides "$out" --election ve-regional --size 1280x720 "$good"

echo "$cases cases, $failures failures"
[ $failures -eq 0 ]
