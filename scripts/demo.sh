#!/usr/bin/env bash
# Sets up, builds dyad and runs its main job on the bundled example story.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cmake -S . -B build -G Ninja >/dev/null
cmake --build build -j "$(nproc 2>/dev/null || echo 2)" --target dyad
example=data/examples/example.txt
echo
echo "== dyad sentences --format text $example"
./build/dyad sentences --format text "$example"
echo "== dyad code --format text $example"
./build/dyad code --format text "$example"
