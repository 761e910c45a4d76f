#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building Berth needs on Debian 12 (bookworm) or 13 (trixie), and with --test what
# its tests need too. Non-interactive; runs apt-get as root, or through sudo. With --list it only
# prints the packages, one a line, for the Debian release this runs on.
set -euo pipefail

want_tests=0
list_only=0
for arg in "$@"; do
    case $arg in
    --test) want_tests=1 ;;
    --list) list_only=1 ;;
    *) echo "usage: install-deps.sh [--test] [--list]" >&2; exit 2 ;;
    esac
done

codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtquick-dialogs libqt6svg6
    libgl-dev fonts-dejavu-core libarchive-dev zlib1g-dev libdeflate-dev libzstd-dev libssl-dev
    libvterm-dev openssh-client
)
# Debian 13 moved Qt's SVG image plugin (the icons) out of libqt6svg6 into its own package.
if [ "$codename" != bookworm ]; then
    packages+=(qt6-svg-plugins)
fi
if [ "$want_tests" = 1 ]; then
    packages+=(
        libgtest-dev googletest qml6-module-qttest
        docker.io podman uidmap busybox-static debootstrap
        xvfb xauth curl python3 util-linux bzip2 xz-utils zstd
        desktop-file-utils appstream man-db
        clang libclang-rt-dev ccache clang-format
        openssh-server openssl
        dbus-daemon dunst trayer xdotool
        docker-registry apache2-utils pass golang-docker-credential-helpers gnupg
        iproute2 gnome-keyring dbus-bin
        docker-compose
    )
fi

if [ "$list_only" = 1 ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
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
# No service starts while installing (openssh-server's would listen on port 22 of every address;
# the tests start their own sshd on a loopback port): Debian's policy-rc.d, for this run only.
policy=
if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod 755 "$policy"
fi
status=0
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null \
    || status=$?
[ -n "$policy" ] && "${sudo[@]}" rm -f "$policy"
exit $status
