#!/usr/bin/env bash
# Proves the .deb on a clean Debian 12: builds it the README's way (scripts/build.sh, then
# `cpack -G DEB` in the build folder), copies a pristine debootstrap --variant=minbase
# bookworm root (made once, see scripts/package-chroot.sh), installs the .deb there with
# apt so its Depends come from the mirror, and runs the programs inside: metodist-cli
# --version, a demo region through the SQLite driver, metodist --help/--version and an
# offscreen start of the window on that region, metodist-server --help.
#   sudo bash scripts/package-deb-check.sh [--no-build]
# (scripts/build.sh reconfigures an existing build with -Werror off unless CI is set; run
# with CI=1 on a tree configured the CI way to keep its flags and its ccache hits.)
# Not part of ctest (needs root and the network; 1-2 minutes, plus ~3 for the first
# debootstrap). Output: $WORK/deb-check.log (WORK defaults to /var/tmp/metodist-pkgcheck).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$(pwd)"
BUILD_DIR="${BUILD_DIR:-build}"
. scripts/package-chroot.sh
require_root
trap leave_root EXIT

if [ "${1:-}" != "--no-build" ]; then
  bash scripts/build.sh
fi
mkdir -p "$WORK"
(cd "$BUILD_DIR" && cpack -G DEB) > "$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log"; exit 1; }
DEB="$(ls -t "$REPO/$BUILD_DIR"/metodist_*_amd64.deb | head -1)"
echo "package: $DEB ($(du -k "$DEB" | cut -f1) KiB)"
dpkg-deb -f "$DEB" Depends Recommends Installed-Size

ensure_pristine
fresh_root deb-root
LOG="$WORK/deb-check.log"
: > "$LOG"
cp "$DEB" "$ROOT/tmp/"
debname="$(basename "$DEB")"
before_kib="$(du -sk --exclude=proc "$ROOT" | cut -f1)"

step() { echo "## $*" | tee -a "$LOG"; in_root "$*" 2>&1 | tee -a "$LOG"; return "${PIPESTATUS[0]}"; }

step "dpkg-query -W -f='\${Package}\n' | grep -ci qt || true"   # 0: no Qt in the clean root
step "apt-get update -qq"
# --no-install-recommends: the package must start on its Depends alone.
echo "## apt-get install -y --no-install-recommends /tmp/$debname" | tee -a "$LOG"
in_root "apt-get install -y --no-install-recommends /tmp/$debname" >> "$LOG" 2>&1 || { tail -30 "$LOG"; exit 1; }
grep -E 'Need to get|After this operation|newly installed|Setting up metodist' "$LOG"
step "dpkg-query -W -f='\${Package}\n' | grep -c . ; dpkg -s metodist | grep -E '^(Status|Version)'"
step "getent passwd metodist"     # made by the postinst for metodist-server.service
step "metodist-cli --version"
step "cd /tmp && metodist-cli demo --staff 200 --seed 7 --out /tmp/demo.metodist > /tmp/demo.out && tail -3 /tmp/demo.out && ls -l /tmp/demo.metodist"
step "QT_QPA_PLATFORM=offscreen metodist --version"
step "QT_QPA_PLATFORM=offscreen metodist --help | head -12"
step "start=\$(date +%s%N); QT_QPA_PLATFORM=offscreen metodist --profile /tmp/demo.metodist --exit-when-ready; rc=\$?; \
      echo \"offscreen start: rc=\$rc, \$(( (\$(date +%s%N) - start) / 1000000 )) ms\"; exit \$rc"
step "QT_QPA_PLATFORM=offscreen metodist --profile /tmp/demo.metodist --screenshot /tmp/shots > /dev/null && ls /tmp/shots | wc -l"
step "metodist-server --help 2>&1 | head -5 || true"
step "ls /usr/share/applications/ru.metodist.Metodist.desktop /usr/share/metainfo/ru.metodist.Metodist.metainfo.xml \
      /usr/share/icons/hicolor/scalable/apps/ru.metodist.Metodist.svg /lib/systemd/system/metodist-server.service"
after_kib="$(du -sk --exclude=proc "$ROOT" | cut -f1)"
echo "root: $((before_kib / 1024)) MiB before, $((after_kib / 1024)) MiB after installing the package" | tee -a "$LOG"
# Screenshots out of the clean root, for a look.
rm -rf "$WORK/deb-root-shots" && cp -r "$ROOT/tmp/shots" "$WORK/deb-root-shots"
echo "deb check passed; log: $LOG"
