#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb as a user gets it: made with cpack from this build, installed with apt-get, run
# (berth --version; berthctl version against the private engine), its desktop entry and
# AppStream file validated, its man pages found, then removed without a trace.
# Usage: deb-test.sh BUILD_DIR   (as root; BERTH_TEST_DOCKER_HOST names the engine)
set -euo pipefail
build=$1
fail() { echo "deb-test: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root to install the package"
[ -n "${BERTH_TEST_DOCKER_HOST:-}" ] || fail "BERTH_TEST_DOCKER_HOST is not set"
dpkg -s berth >/dev/null 2>&1 && fail "a berth package is installed already; remove it first"

out=$(mktemp -d /tmp/berth-deb.XXXXXX)
trap 'rm -rf "$out"; dpkg -s berth >/dev/null 2>&1 && apt-get remove -y -q berth >/dev/null 2>&1 || true' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/berth_*.deb)
echo "deb-test: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
dpkg-deb -f "$deb" Depends | grep -q libqt6quick6 || fail "Depends lacks Debian's Qt 6 runtime: $(dpkg-deb -f "$deb" Depends)"
dpkg-deb -c "$deb" | grep -q 'libQt6' && fail "the package bundles Qt libraries"

DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" </dev/null >/dev/null
version=$(/usr/bin/berth --version)
[ "$version" = "Berth 0.1.0" ] || [ "$version" = "berth 0.1.0" ] || fail "berth --version said: $version"
/usr/bin/berthctl --version | grep -qx "berthctl 0.1.0" || fail "berthctl --version"
/usr/bin/berthctl --host "$BERTH_TEST_DOCKER_HOST" version | grep -q "^Server: Docker Engine" \
    || fail "the installed berthctl did not reach the engine"
desktop-file-validate /usr/share/applications/io.github.berth.Berth.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.berth.Berth.metainfo.xml >/dev/null
for size in 16 24 32 48 64 128 256; do
    [ -s /usr/share/icons/hicolor/${size}x${size}/apps/io.github.berth.Berth.png ] || fail "no ${size}x${size} icon"
done
[ -s /usr/share/icons/hicolor/scalable/apps/io.github.berth.Berth.svg ] || fail "no scalable icon"
man -w berth >/dev/null && man -w berthctl >/dev/null || fail "the man pages are not found"
# The installed window starts and shows the engine (offscreen: no display needed).
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/berth --host "$BERTH_TEST_DOCKER_HOST" \
    --screenshot "$out/installed.png" | grep -q '"state":1' || fail "the installed berth did not connect"

files=$(dpkg -L berth | grep -v '/$' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q berth </dev/null >/dev/null
dpkg -s berth >/dev/null 2>&1 && fail "still installed after apt-get remove"
for f in $files; do
    [ -e "$f" ] && fail "$f is left after removal"
done
echo "deb-test: installed, ran, validated and removed cleanly ($(echo "$files" | wc -l) files)"
