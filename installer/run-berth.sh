#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command. On a fresh Debian 12 machine (as root or with sudo): installs what
# building needs, builds, and starts Berth. When no engine answers, installs docker.io, starts
# the engine, imports a small sample image made from busybox-static (no registry needed), and
# starts Berth connected to it, so a newcomer sees it work. Extra arguments go to berth.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive

bash installer/install-deps.sh
build=${BERTH_BUILD_DIR:-$root/build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBERTH_BUILD_TESTS=OFF
cmake --build "$build"
berth="$build/src/app/berth"
berthctl="$build/src/cli/berthctl"

# Does an engine answer where Berth looks (DOCKER_HOST, the docker context, the usual sockets)?
if "$berthctl" version >/dev/null 2>&1 || "${sudo[@]}" "$berthctl" version >/dev/null 2>&1; then
    echo "run-berth: an engine answers"
else
    echo "run-berth: no engine answers; installing and starting Docker Engine"
    if ! command -v dockerd >/dev/null || [ ! -x /bin/busybox ]; then
        "${sudo[@]}" apt-get update -q
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            docker.io busybox-static </dev/null
    fi
    if [ -d /run/systemd/system ]; then
        "${sudo[@]}" systemctl start docker
    else
        # No systemd (a container, WSL): start the daemon in the background.
        "${sudo[@]}" sh -c 'nohup dockerd >/var/log/berth-dockerd.log 2>&1 &'
    fi
    for _ in $(seq 300); do
        "${sudo[@]}" "$berthctl" --host unix:///var/run/docker.sock version >/dev/null 2>&1 && break
        sleep 0.2
    done
    "${sudo[@]}" "$berthctl" --host unix:///var/run/docker.sock version >/dev/null || {
        echo "run-berth: the engine did not start; see /var/log/berth-dockerd.log or 'journalctl -u docker'" >&2
        exit 1
    }
fi

# A small sample image so there is something to run, made locally from busybox-static.
if command -v docker >/dev/null && ! "${sudo[@]}" docker image inspect berth-sample/busybox:latest >/dev/null 2>&1 \
    && [ -x /bin/busybox ]; then
    rootfs=$(mktemp -d)
    mkdir -p "$rootfs/bin"
    cp /bin/busybox "$rootfs/bin/"
    for applet in $(/bin/busybox --list); do
        [ "$applet" = busybox ] || ln -s busybox "$rootfs/bin/$applet"
    done
    tar -C "$rootfs" -c . | "${sudo[@]}" docker import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin' - \
        berth-sample/busybox:latest >/dev/null && echo "run-berth: imported the sample image berth-sample/busybox"
    rm -rf "$rootfs"
fi

# Started with sudo from a desktop session: run Berth as that user, in the docker group
# (added now if needed; `sg` gives the group without logging out and in again).
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    if getent group docker >/dev/null && ! id -nG "$SUDO_USER" | grep -qw docker; then
        usermod -aG docker "$SUDO_USER"
        echo "run-berth: added $SUDO_USER to the docker group (other programs see it after a new login)"
    fi
    exec sudo -u "$SUDO_USER" --preserve-env=DISPLAY,WAYLAND_DISPLAY,XDG_RUNTIME_DIR,XAUTHORITY,DOCKER_HOST \
        sg docker -c "$(printf '%q ' "$berth" "$@")"
fi
exec "$berth" "$@"
