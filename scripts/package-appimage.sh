#!/usr/bin/env bash
# Turns the AppDir made by scripts/package-appdir.sh into one Metodist-<version>-x86_64.AppImage.
#   bash scripts/package-appimage.sh [APPDIR] [OUT_DIR]      (defaults: build/AppDir, build)
# Needs appimagetool on PATH (or APPIMAGETOOL=/path). Debian 12 packages neither appimagetool
# nor linuxdeploy nor the AppImage runtime (`apt-cache search appimage` finds only
# libappimage), so it is not installed by scripts/install-deps.sh: take the release from
# https://github.com/AppImage/appimagetool/releases, check its SHA-256 against the release
# page, and run this script. Without it the AppDir itself is the deliverable: copy it
# anywhere and start AppRun.
set -euo pipefail
cd "$(dirname "$0")/.."
APPDIR="${1:-build/AppDir}"
OUT_DIR="${2:-build}"
TOOL="${APPIMAGETOOL:-$(command -v appimagetool || command -v appimagetool-x86_64.AppImage || true)}"
if [ -z "$TOOL" ]; then
  echo "appimagetool not found (not packaged in Debian 12); the AppDir is at $APPDIR" >&2
  exit 3
fi
[ -x "$APPDIR/AppRun" ] || { echo "no AppDir at $APPDIR: run scripts/package-appdir.sh" >&2; exit 2; }
VERSION="$(sed -n 's/^project(Metodist VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)"
OUT="$OUT_DIR/Metodist-$VERSION-x86_64.AppImage"
# appimagetool checks the .desktop file and the AppStream metadata in usr/share/metainfo.
# APPIMAGE_EXTRACT_AND_RUN: the tool is an AppImage itself and containers often lack FUSE.
ARCH=x86_64 APPIMAGE_EXTRACT_AND_RUN=1 "$TOOL" "$APPDIR" "$OUT"
echo "$OUT: $(du -h "$OUT" | cut -f1)"
