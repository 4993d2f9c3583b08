#!/usr/bin/env bash
# Configures and builds Metodist into build/ (warnings are errors when CI is set).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
WERROR=OFF
if [ -n "${CI:-}" ]; then WERROR=ON; fi
GENERATOR=()
if command -v ninja >/dev/null 2>&1; then GENERATOR=(-G Ninja); fi
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" "${GENERATOR[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMETODIST_WERROR="$WERROR"
else
  cmake -S . -B "$BUILD_DIR" -DMETODIST_WERROR="$WERROR" >/dev/null
fi
cmake --build "$BUILD_DIR" -j"$(nproc)"
