#!/usr/bin/env bash
# Checks the MSI sources on Linux: compiles packaging/windows/Product.wxs + QtRuntime.wxs
# (+ a ThirdParty.wxs made by wixl-heat, like heat makes it on Windows) with wixl from
# Debian's msitools, using placeholder files in place of the Windows binaries, then reads
# the MSI's tables back and checks the files, shortcuts and upgrade code are in it.
#   bash scripts/package-msi-check.sh [OUT_DIR]      (default build/msi-check)
# Installs wixl (Debian package `wixl`, part of msitools) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=packaging/windows
OUT="${1:-build/msi-check}"

if ! command -v wixl >/dev/null || ! command -v msiinfo >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wixl msitools
fi

rm -rf "$OUT"
mkdir -p "$OUT/stage" "$OUT/thirdparty"
# wixl 0.101 cannot take absolute Source paths: hand it paths relative to the repository.
STAGE="$(realpath --relative-to=. "$OUT/stage")"
THIRD="$(realpath --relative-to=. "$OUT/thirdparty")"

# One placeholder per file the sources take from StageDir (Windows paths -> Linux paths).
# wixl reads the placeholders only to size and hash them.
grep -ho 'Source="$(var.StageDir)/[^"]*"' "$SRC"/*.wxs |
  sed -e 's/^Source="$(var.StageDir)\///' -e 's/"$//' |
  while read -r rel; do
    mkdir -p "$STAGE/$(dirname "$rel")"
    printf 'placeholder for %s\n' "$rel" > "$STAGE/$rel"
  done
cp "$SRC/qt.conf" "$STAGE/qt.conf"

# The non-Qt DLLs the Windows workflow collects with ldd (names as in MSYS2 UCRT64).
mkdir -p "$THIRD/styles"
for f in libsodium-26.dll libglpk-40.dll libpq.dll libxlsxwriter.dll qt6keychain.dll zlib1.dll \
         libsqlite3-0.dll libgcc_s_seh-1.dll libstdc++-6.dll libwinpthread-1.dll styles/qmodernwindowsstyle.dll; do
  printf 'placeholder for %s\n' "$f" > "$THIRD/$f"
done
(cd "$THIRD" && find . -type f | sed 's|^\./||' | sort) |
  wixl-heat -p "" --var var.ThirdPartyDir --directory-ref INSTALLFOLDER --component-group ThirdPartyRuntime --win64 \
  > "$OUT/ThirdParty.wxs"

VERSION="$(sed -n 's/^project(Metodist VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)"
wixl -a x64 -o "$OUT/metodist.msi" \
  -D ProductVersion="$VERSION" -D Win64=yes -D StageDir="$STAGE" -D ThirdPartyDir="$THIRD" \
  "$SRC/Product.wxs" "$SRC/QtRuntime.wxs" "$OUT/ThirdParty.wxs" 2> >(grep -v "GLib-GObject-WARNING" >&2)
echo "wixl: $(stat -c %s "$OUT/metodist.msi") bytes, $OUT/metodist.msi"

# Read the tables back: what an administrator's msiexec would see.
fail=0
files="$(msiinfo export "$OUT/metodist.msi" File)"
for f in metodist.exe metodist-cli.exe metodist-server.exe Qt6Core.dll Qt6Widgets.dll qwindows.dll \
         qsqlite.dll qsqlpsql.dll qsvg.dll qsvgicon.dll qtbase_ru.qm qt.conf libsodium-26.dll libglpk-40.dll; do
  if ! grep -q "$f" <<<"$files"; then echo "MISSING in File table: $f"; fail=1; fi
done
shortcuts="$(msiinfo export "$OUT/metodist.msi" Shortcut)"
[ "$(grep -c 'metodist.exe' <<<"$shortcuts")" -ge 3 ] || { echo "MISSING shortcuts"; echo "$shortcuts"; fail=1; }
props="$(msiinfo export "$OUT/metodist.msi" Property)"
grep -qP '^UpgradeCode\t\{CEB12901-1D0B-4838-90D8-778C4FAE0E3F\}' <<<"$props" || { echo "UpgradeCode wrong"; fail=1; }
grep -qP '^ProductLanguage\t1049' <<<"$props" || { echo "ProductLanguage is not 1049"; fail=1; }
upgrade="$(msiinfo export "$OUT/metodist.msi" Upgrade)"
[ "$(grep -c 'CEB12901' <<<"$upgrade")" -eq 2 ] || { echo "MajorUpgrade rows missing"; fail=1; }
features="$(msiinfo export "$OUT/metodist.msi" Feature)"
for f in Application Desktop Server; do grep -qP "^$f\t" <<<"$features" || { echo "MISSING feature $f"; fail=1; }; done
# wixl 0.101 ignores Codepage="1251" and drops non-Latin strings from the tables (ProductName,
# shortcut and folder names come out empty), so the Russian texts are checked in the
# preprocessed source here and only built for real by candle/light on Windows.
pre="$(wixl -E -D ProductVersion="$VERSION" -D StageDir="$STAGE" "$SRC/Product.wxs" 2>/dev/null |
  python3 -c "import html, sys; print(html.unescape(sys.stdin.read()))")"
for t in 'Name="Методист"' 'Сервер синхронизации' 'Ярлык на рабочем столе'; do
  grep -qF "$t" <<<"$pre" || { echo "MISSING after preprocessing: $t"; fail=1; }
done
echo "File table: $(grep -c '\.' <<<"$files") rows; shortcuts: $(grep -c 'metodist.exe' <<<"$shortcuts")"
[ "$fail" -eq 0 ] && echo "MSI check passed"
exit "$fail"
