#!/usr/bin/env bash
# The start command: installs what is missing, builds, makes the demo region
# (35,000 staff, about a minute, once) and starts Metodist on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
BUILD_DIR="${BUILD_DIR:-build}"
DEMO="${METODIST_DEMO:-$HOME/.local/share/Metodist/metodist/profiles/demo-region.metodist}"
if [ ! -f "$DEMO" ]; then
  mkdir -p "$(dirname "$DEMO")"
  "$BUILD_DIR/app/metodist-cli" demo --staff "${DEMO_STAFF:-35000}" --seed 2026 --out "$DEMO"
fi
exec "$BUILD_DIR/app/metodist" --profile "$DEMO" "$@"
