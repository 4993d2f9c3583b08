#!/usr/bin/env bash
# Makes an AppDir (the AppImage layout) from a built tree: the programs installed into
# AppDir/usr, the Qt 6 libraries and everything else they load (resolved with ldd, minus
# the AppImage excludelist: glibc, libstdc++, X11/xcb core, GL/EGL, fontconfig/freetype,
# glib, ... which every desktop has and which must match its drivers), the Qt plugins,
# Qt's Russian strings, a qt.conf, AppRun, the .desktop file and the icon.
#   bash scripts/package-appdir.sh [BUILD_DIR] [APPDIR]     (defaults: build, BUILD_DIR/AppDir)
# Then: scripts/package-appimage.sh turns it into an AppImage where appimagetool exists;
# sudo scripts/package-appdir-check.sh runs it in a clean Debian 12 root without Qt.
# AppRun starts metodist; `AppRun cli ...` and `AppRun server ...` run metodist-cli and
# metodist-server from the same image.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build}"
APPDIR="$(realpath -m "${2:-$BUILD_DIR/AppDir}")"
QT_PLUGINS="$(qtpaths6 --query QT_INSTALL_PLUGINS)"
QT_TRANSLATIONS="$(qtpaths6 --query QT_INSTALL_TRANSLATIONS)"

# https://github.com/AppImageCommunity/pkg2appimage/blob/master/excludelist (as of 2024):
# libraries that come with the base system and must not be bundled.
EXCLUDE='^(ld-linux.*|libanl|libasound|libBrokenLocale|libcidn|libcom_err|libc|libdl|libdrm|libEGL|libexpat|libfontconfig|libfreetype|libfribidi|libgbm|libgcc_s|libgdk_pixbuf-2\.0|libgio-2\.0|libglapi|libGLdispatch|libglib-2\.0|libGL|libGLX|libgmp|libgobject-2\.0|libgpg-error|libharfbuzz|libICE|libjack|libm|libmvec|libnss_.*|libOpenGL|libp11-kit|libpango-1\.0|libpangocairo-1\.0|libpangoft2-1\.0|libpipewire-0\.3|libpthread|libresolv|librt|libSM|libstdc\+\+|libthai|libthread_db|libusb-1\.0|libutil|libuuid|libX11|libX11-xcb|libxcb|libxcb-dri2|libxcb-dri3|libz)\.so(\.[0-9]+)*$'

rm -rf "$APPDIR"
DESTDIR="$APPDIR" cmake --install "$BUILD_DIR" --prefix /usr --strip > /dev/null
# The server's unit and the API docs are for the .deb; an AppImage is a desktop program.
rm -rf "$APPDIR/usr/lib/systemd"

# Qt plugins: display (xcb for X11/XWayland, offscreen for headless runs), SQL drivers,
# SVG/ICO/JPEG/GIF images, SVG icons, printing through CUPS, TLS for HTTPS sync, compose keys.
plugins=(
  platforms/libqxcb.so platforms/libqoffscreen.so
  xcbglintegrations/libqxcb-glx-integration.so xcbglintegrations/libqxcb-egl-integration.so
  sqldrivers/libqsqlite.so sqldrivers/libqsqlpsql.so
  imageformats/libqsvg.so imageformats/libqico.so imageformats/libqjpeg.so imageformats/libqgif.so
  iconengines/libqsvgicon.so
  printsupport/libcupsprintersupport.so
  tls/libqopensslbackend.so tls/libqcertonlybackend.so
  platforminputcontexts/libcomposeplatforminputcontextplugin.so
)
for p in "${plugins[@]}"; do
  install -D -m 0644 "$QT_PLUGINS/$p" "$APPDIR/usr/plugins/$p"
done
mkdir -p "$APPDIR/usr/translations"
for t in qtbase_ru.qm qt_ru.qm; do
  [ -f "$QT_TRANSLATIONS/$t" ] && cp "$QT_TRANSLATIONS/$t" "$APPDIR/usr/translations/"
done
cat > "$APPDIR/usr/bin/qt.conf" <<'EOF'
# Qt inside the AppDir: paths relative to this folder (usr/bin).
[Paths]
Prefix = ..
Libraries = lib
Plugins = plugins
Translations = translations
EOF

# Libraries: ldd of every executable and plugin, repeated over what was copied until
# nothing new appears. ldd runs against this machine's libraries (Debian 12).
mkdir -p "$APPDIR/usr/lib"
copy_deps() {
  ldd "$1" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' |
    while read -r soname path; do
      [[ "$soname" =~ $EXCLUDE ]] && continue
      [ -e "$APPDIR/usr/lib/$soname" ] && continue
      cp -L "$path" "$APPDIR/usr/lib/$soname"
      chmod 0644 "$APPDIR/usr/lib/$soname"
      echo "$soname"
    done
}
queue=("$APPDIR"/usr/bin/metodist "$APPDIR"/usr/bin/metodist-cli "$APPDIR"/usr/bin/metodist-server)
while IFS= read -r -d '' f; do queue+=("$f"); done < <(find "$APPDIR/usr/plugins" -name '*.so' -print0)
while [ "${#queue[@]}" -gt 0 ]; do
  next=()
  for f in "${queue[@]}"; do
    while read -r added; do [ -n "$added" ] && next+=("$APPDIR/usr/lib/$added"); done < <(copy_deps "$f")
  done
  queue=("${next[@]+"${next[@]}"}")
done
# Debian's libraries carry no RUNPATH; AppRun's LD_LIBRARY_PATH finds them. Strip the
# debug symbols the copies still have.
find "$APPDIR/usr/lib" "$APPDIR/usr/plugins" -name '*.so*' -exec strip --strip-unneeded {} + 2>/dev/null || true

cat > "$APPDIR/AppRun" <<'EOF'
#!/bin/sh
# Entry point of the AppImage/AppDir: the bundled libraries come first.
HERE="$(dirname "$(readlink -f "$0")")"
export LD_LIBRARY_PATH="$HERE/usr/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
# A system-wide QT_PLUGIN_PATH would mix another Qt's plugins in.
unset QT_PLUGIN_PATH QT_QPA_PLATFORMTHEME
case "$1" in
  cli) shift; exec "$HERE/usr/bin/metodist-cli" "$@" ;;
  server) shift; exec "$HERE/usr/bin/metodist-server" "$@" ;;
esac
exec "$HERE/usr/bin/metodist" "$@"
EOF
chmod 0755 "$APPDIR/AppRun"
cp "$APPDIR/usr/share/applications/ru.metodist.Metodist.desktop" "$APPDIR/"
cp "$APPDIR/usr/share/icons/hicolor/scalable/apps/ru.metodist.Metodist.svg" "$APPDIR/"
ln -sf ru.metodist.Metodist.svg "$APPDIR/.DirIcon"

echo "AppDir: $APPDIR"
echo "  $(find "$APPDIR/usr/lib" -name '*.so*' | wc -l) libraries ($(find "$APPDIR/usr/lib" -name 'libQt6*' | wc -l) Qt), $(find "$APPDIR/usr/plugins" -name '*.so' | wc -l) plugins, $(du -sh "$APPDIR" | cut -f1)"
