#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command is the one CI runs, word for word.
set -eu
cd "$1"
command=$(sed -n '/<!-- test-command -->/,/^```$/p' README.md | sed -n '/^```sh$/{n;p;q}')
[ -n "$command" ] || { echo "README.md has no test command after <!-- test-command -->"; exit 1; }
echo "README test command: $command"
grep -qxF "$command" .ci/run || { echo ".ci/run does not run it verbatim"; exit 1; }
