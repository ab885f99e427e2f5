#!/usr/bin/env bash
# Regenerates data/dict/dyad.actors.countries.txt from Debian's iso-codes and
# data/dict/countries.tsv (see src/dict/countries.h). Run after editing the
# table; the tests fail while the committed file is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${DYAD:-build/dyad}"
[ -x "$bin" ] || { echo "countries.sh: build dyad first (cmake --build build), or set DYAD" >&2; exit 1; }
"$bin" dict countries --iso-codes /usr/share/iso-codes/json --table data/dict/countries.tsv \
  -o data/dict/dyad.actors.countries.txt
