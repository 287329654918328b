#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Installs the build into a throw-away prefix and checks it as a desktop would see it: the
# launcher, icon and AppStream file validate, the launcher's command starts the installed
# console, and `cpack -G DEB` makes a package that depends on what the binaries link.
#   check-install.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/portico-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/usr" >/dev/null
for f in bin/portico bin/portico-sandbox bin/portico-cli share/applications/dev.portico.Portico.desktop \
         share/icons/hicolor/scalable/apps/dev.portico.Portico.svg share/metainfo/dev.portico.Portico.metainfo.xml \
         share/doc/portico/copyright; do
    [ -e "$work/usr/$f" ] || fail "cmake --install did not put $f in place"
done
desktop-file-validate "$work/usr/share/applications/dev.portico.Portico.desktop" || fail "desktop file invalid"
appstreamcli validate --no-net --pedantic "$work/usr/share/metainfo/dev.portico.Portico.metainfo.xml" >/dev/null \
    || { appstreamcli validate --no-net "$work/usr/share/metainfo/dev.portico.Portico.metainfo.xml"; fail "metainfo invalid"; }
icon=$(sed -n 's/^Icon=//p' "$work/usr/share/applications/dev.portico.Portico.desktop")
[ "$icon" = dev.portico.Portico ] || fail "the launcher names icon '$icon', not the installed one"

# Start it the way the menu does: the Exec line, found on PATH in the installed prefix.
exec_line=$(sed -n 's/^Exec=//p' "$work/usr/share/applications/dev.portico.Portico.desktop")
export PATH="$work/usr/bin:$PATH" HOME="$work/home" XDG_DATA_HOME="$work/home/share" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"
QT_QPA_PLATFORM=offscreen $exec_line --no-sandbox >"$work/run.log" 2>&1 &
pid=$!
sleep 3
kill -0 "$pid" 2>/dev/null || { cat "$work/run.log"; fail "the installed console exited at start"; }
kill "$pid"; wait "$pid" 2>/dev/null || true
"$work/usr/bin/portico" --version >"$work/version" && grep -q "^Portico " "$work/version" || fail "installed portico --version"
# The command-line companion needs no display, and lists its exit codes.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$work/usr/bin/portico-cli" --help >"$work/cli-help" &&
    grep -q "PORTICO_SECRET_" "$work/cli-help" || fail "installed portico-cli --help"

# The Debian package.
(cd "$work" && cpack -G DEB -B "$work/deb" --config "$build/CPackConfig.cmake" >/dev/null) || fail "cpack -G DEB"
deb=$(ls "$work"/deb/portico_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
for need in libqt6widgets6 libqt6network6 libqt6keychain1 qt6-qpa-plugins libqt6sql6-sqlite; do
    grep -q "$need" <<<"$depends" || fail "the .deb does not depend on $need: $depends"
done
dpkg-deb -c "$deb" >"$work/contents"
grep -q "./usr/share/applications/dev.portico.Portico.desktop" "$work/contents" || fail "launcher missing from the .deb"
grep -q "./usr/bin/portico$" "$work/contents" || fail "portico missing from the .deb"
grep -q "./usr/bin/portico-cli$" "$work/contents" || fail "portico-cli missing from the .deb"
echo "install and package: OK ($(du -k "$deb" | cut -f1) KiB .deb)"
