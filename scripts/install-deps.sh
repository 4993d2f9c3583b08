#!/usr/bin/env bash
# Installs the Debian 12 packages Metodist needs to build, test and run.
# Idempotent: only missing packages are installed. Uses sudo when not root.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libxkbcommon-dev libqt6opengl6-dev
  qtkeychain-qt6-dev libsodium-dev libxlsxwriter-dev libquazip1-qt6-dev zlib1g-dev
  libglpk-dev glpk-utils
  sqlite3 libsqlite3-dev postgresql postgresql-client libpq-dev
  xvfb xauth fonts-dejavu-core fonts-liberation2 poppler-utils
  # tests/packaging: the desktop entry, the AppStream metadata, the MSI sources (wixl).
  desktop-file-utils appstream wixl msitools
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "All build dependencies are present."
fi
