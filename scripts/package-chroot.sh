# Sourced by scripts/package-deb-check.sh and scripts/package-appdir-check.sh: a clean
# Debian 12 root made by debootstrap (--variant=minbase), from the same mirror apt uses
# on this machine. The pristine root is made once and kept in $WORK/pristine; every
# check works on a fresh copy of it, so nothing one check installs leaks into the next.
# Needs root (debootstrap, chroot, mount).

WORK="${WORK:-/var/tmp/metodist-pkgcheck}"

# The Debian mirror of /etc/apt/sources.list*, one-line or deb822 format.
host_mirror() {
  local m
  m="$(grep -rhE '^(deb|URIs:)[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null |
       grep -oE 'https?://[^[:space:]]+' | grep -E '/debian/?$' | head -1)"
  echo "${m:-http://deb.debian.org/debian}"
}
host_security_mirror() {
  local m
  m="$(grep -rhE '^(deb|URIs:)[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null |
       grep -oE 'https?://[^[:space:]]+' | grep -E '/debian-security/?$' | head -1)"
  echo "${m:-http://deb.debian.org/debian-security}"
}

require_root() {
  if [ "$(id -u)" -ne 0 ]; then echo "run as root (debootstrap and chroot need it)" >&2; exit 2; fi
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
}

# Makes $WORK/pristine once (about 3 minutes and 210 MB).
ensure_pristine() {
  mkdir -p "$WORK"
  if [ ! -x "$WORK/pristine/usr/bin/apt-get" ]; then
    rm -rf "$WORK/pristine.tmp"
    echo "debootstrap --variant=minbase bookworm from $(host_mirror)"
    debootstrap --variant=minbase bookworm "$WORK/pristine.tmp" "$(host_mirror)" > "$WORK/debootstrap.log" 2>&1 ||
      { tail -20 "$WORK/debootstrap.log"; exit 1; }
    mv "$WORK/pristine.tmp" "$WORK/pristine"
  fi
}

# fresh_root NAME: $WORK/NAME as a copy of the pristine root, with the host's suites
# (bookworm, -updates, -security: the build links against their library versions),
# DNS and /proc. Sets ROOT; unmounted by leave_root (call it from an EXIT trap).
fresh_root() {
  ROOT="$WORK/$1"
  leave_root
  rm -rf "$ROOT"
  cp -a "$WORK/pristine" "$ROOT"
  cat > "$ROOT/etc/apt/sources.list" <<EOF
deb $(host_mirror) bookworm main
deb $(host_mirror) bookworm-updates main
deb $(host_security_mirror) bookworm-security main
EOF
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  mount -t proc proc "$ROOT/proc"
  MOUNTED_ROOT="$ROOT"
}

leave_root() {
  if [ -n "${MOUNTED_ROOT:-}" ]; then
    umount "$MOUNTED_ROOT/tmp/.X11-unix" 2>/dev/null || true
    umount "$MOUNTED_ROOT/proc" 2>/dev/null || true
    MOUNTED_ROOT=""
  fi
}

# in_root CMD...: runs a shell command inside the root with a clean environment.
in_root() {
  chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive /bin/bash -c "$*"
}
