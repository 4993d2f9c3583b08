#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs the whole suite
# through ctest (unit, ui offscreen, server and e2e with their own server processes
# and a PostgreSQL the harness starts on 127.0.0.1, benchmarks at a tiny size).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
cd "${BUILD_DIR:-build}"
ctest --output-on-failure --timeout 900 -j2 "$@"
