#!/usr/bin/env bash
# Runs the AppDir where no Qt is installed: a fresh copy of the debootstrap minbase root
# (scripts/package-chroot.sh) plus only the base libraries the AppImage excludelist leaves
# to the system (X11/xcb core, GL/EGL, fontconfig, freetype, glib, ...; worked out from
# the AppDir with ldd and mapped to Debian packages with dpkg -S). Checks that no Qt
# package or libQt6 file is in the root, then runs metodist-cli, the window offscreen and
# on X11 (xcb, against an Xvfb of the host), and lists every shared object the window
# loaded (LD_DEBUG=libs): each libQt6* and Qt plugin must come from the AppDir.
#   sudo bash scripts/package-appdir-check.sh [APPDIR]   (default build/AppDir; make it
#   first with scripts/package-appdir.sh). Output: $WORK/appdir-check.log
set -euo pipefail
cd "$(dirname "$0")/.."
APPDIR="$(realpath "${1:-build/AppDir}")"
. scripts/package-chroot.sh
require_root
XVFB_PID=""
cleanup() { leave_root; [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null; return 0; }
trap cleanup EXIT
[ -x "$APPDIR/AppRun" ] || { echo "no AppDir at $APPDIR: run scripts/package-appdir.sh" >&2; exit 2; }

# The excluded libraries the AppDir needs, as Debian packages of this machine.
needed_pkgs="$( (find "$APPDIR/usr/bin" -type f ! -name qt.conf; find "$APPDIR/usr/lib" "$APPDIR/usr/plugins" -name '*.so*') |
  while read -r f; do LD_LIBRARY_PATH="$APPDIR/usr/lib" ldd "$f" 2>/dev/null; done |
  awk '$2 == "=>" && $3 ~ /^\// {print $3}' | sort -u | grep -v "^$APPDIR" |
  while read -r lib; do
    # dpkg knows a file by the path its package ships, before or after symlinks and usrmerge.
    for p in "$lib" "$(dirname "$lib")/$(basename "$(readlink -f "$lib")")" "$(readlink -f "$lib")"; do
      dpkg -S "$p" 2>/dev/null && break
    done
  done | cut -d: -f1 | sort -u | tr '\n' ' ')"

ensure_pristine
fresh_root appdir-root
LOG="$WORK/appdir-check.log"
: > "$LOG"
step() { echo "## $*" | tee -a "$LOG"; in_root "$*" 2>&1 | tee -a "$LOG"; return "${PIPESTATUS[0]}"; }

echo "## base libraries for the AppDir: $needed_pkgs" | tee -a "$LOG"
in_root "apt-get update -qq && apt-get install -y --no-install-recommends $needed_pkgs" >> "$LOG" 2>&1 ||
  { tail -30 "$LOG"; exit 1; }
grep -E 'newly installed' "$LOG"
# No Qt in the root: no package with Qt in its name, no libQt6 anywhere outside the AppDir.
step "dpkg-query -W -f='\${Package}\n' | grep -i qt || echo 'no Qt packages'"
step "test -z \"\$(find / -xdev -name 'libQt6*' -not -path '/opt/*' | head -1)\" && echo 'no libQt6 files'"

cp -a "$APPDIR" "$ROOT/opt/Metodist.AppDir"
A=/opt/Metodist.AppDir/AppRun
step "$A cli --version"
step "cd /tmp && $A cli demo --staff 200 --seed 7 --out /tmp/demo.metodist > /tmp/demo.out && tail -2 /tmp/demo.out"
step "QT_QPA_PLATFORM=offscreen $A --version"
step "start=\$(date +%s%N); QT_QPA_PLATFORM=offscreen LD_DEBUG=libs LD_DEBUG_OUTPUT=/tmp/lddebug-offscreen $A --profile /tmp/demo.metodist --exit-when-ready; \
      rc=\$?; echo \"offscreen start: rc=\$rc, \$(( (\$(date +%s%N) - start) / 1000000 )) ms\"; exit \$rc"
# Every object the dynamic loader initialised in run $1 (plugins included): each Qt
# library and plugin must come from the AppDir.
check_loaded() {
  in_root "cat /tmp/lddebug-$1.* | sed -n 's/.*calling init: //p' | sort -u" > "$WORK/appdir-loaded-$1.txt"
  local qt foreign
  qt="$(grep -Ei 'libQt6|/plugins/' "$WORK/appdir-loaded-$1.txt" || true)"
  foreign="$(grep -v '^/opt/Metodist.AppDir/' <<<"$qt" || true)"
  echo "## $1: $(wc -l < "$WORK/appdir-loaded-$1.txt") objects loaded, $(grep -c . <<<"$qt") Qt libraries and plugins, all from the AppDir: $([ -z "$foreign" ] && echo yes || echo NO)" | tee -a "$LOG"
  grep '^/opt/Metodist.AppDir/usr/plugins/' "$WORK/appdir-loaded-$1.txt" | sed 's|^/opt/Metodist.AppDir/usr/|   |' | tee -a "$LOG"
  grep -v '^/opt/Metodist.AppDir/' "$WORK/appdir-loaded-$1.txt" | sed 's/^/   system: /' | tee -a "$LOG"
  [ -z "$foreign" ] || { echo "Qt from outside the AppDir: $foreign"; exit 1; }
}
check_loaded offscreen

# X11 through the bundled xcb plugin, when Xvfb is on the host: the root sees its socket.
if command -v Xvfb >/dev/null; then
  Xvfb :87 -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
  XVFB_PID=$!
  sleep 1
  mkdir -p "$ROOT/tmp/.X11-unix"
  mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
  step "DISPLAY=:87 QT_QPA_PLATFORM=xcb LD_DEBUG=libs LD_DEBUG_OUTPUT=/tmp/lddebug-xcb $A --profile /tmp/demo.metodist --exit-when-ready && echo 'xcb start: rc=0'"
  check_loaded xcb
fi
echo "AppDir check passed; log: $LOG"
