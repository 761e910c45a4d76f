#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building Berth needs on Debian 12 (bookworm), and with --test what its tests
# need too. Non-interactive; runs apt-get as root, or through sudo.
set -euo pipefail

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtquick-dialogs libqt6svg6
    libgl-dev fonts-dejavu-core libarchive-dev zlib1g-dev libdeflate-dev libzstd-dev libssl-dev
    libvterm-dev
)
if [ "$want_tests" = 1 ]; then
    packages+=(
        libgtest-dev googletest qml6-module-qttest
        docker.io podman uidmap busybox-static
        xvfb xauth curl python3 util-linux bzip2 xz-utils zstd
        desktop-file-utils appstream man-db
    )
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed"
    exit 0
fi

sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
