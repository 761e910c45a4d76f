# SPDX-License-Identifier: GPL-3.0-or-later
# Shell functions that start the private engines the tests and benchmarks talk to. Sourced by
# tests/run-tests.sh and tests/bench/run-bench.sh; never touches the machine's own engine.
# Everything lives under $BERTH_WORK; berth_engines_stop undoes it all.

berth_engine_wait() { # socket seconds log
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        if curl -sf --max-time 2 --unix-socket "$1" http://engine/_ping >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.1
    done
    echo "engines: no engine answered on $1 within $2 s; its log ends:" >&2
    tail -n 30 "$3" >&2 || true
    return 1
}

# A private dockerd (DESIGN.md's recipe): its own data-root, exec-root, socket and pidfile; no network.
berth_dockerd_start() { # name
    local d="$BERTH_WORK/$1"
    mkdir -p "$d"
    dockerd --data-root "$d/root" --exec-root "$d/exec" --pidfile "$d/pid" -H "unix://$d/docker.sock" \
        --bridge=none --iptables=false --ip-forward=false --ip-masq=false >"$d/log" 2>&1 &
    echo $! >"$d/launcher.pid"
    berth_engine_wait "$d/docker.sock" 60 "$d/log" || return 1
    echo "unix://$d/docker.sock"
}

# Podman's Docker-compatible API service, with its own storage.
berth_podman_start() {
    local d="$BERTH_WORK/podman"
    mkdir -p "$d"
    podman --root "$d/root" --runroot "$d/run" system service --time=0 "unix://$d/podman.sock" >"$d/log" 2>&1 &
    echo $! >"$d/launcher.pid"
    berth_engine_wait "$d/podman.sock" 60 "$d/log" || return 1
    echo "unix://$d/podman.sock"
}

# The test image: busybox-static and a symlink per applet, imported (no registry needed).
berth_test_image() { # host image
    local rootfs="$BERTH_WORK/rootfs"
    if [ ! -d "$rootfs" ]; then
        mkdir -p "$rootfs/bin"
        cp /bin/busybox "$rootfs/bin/busybox"
        local applet
        for applet in $(/bin/busybox --list); do
            [ "$applet" = busybox ] || ln -s busybox "$rootfs/bin/$applet"
        done
        tar -C "$rootfs" -cf "$BERTH_WORK/rootfs.tar" .
    fi
    docker -H "$1" import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin' "$BERTH_WORK/rootfs.tar" "$2" >/dev/null
}

berth_engines_stop() {
    local f pid i
    # The launcher's pid, and the engine's own pidfile (a test may have restarted it).
    for f in "$BERTH_WORK"/*/pid "$BERTH_WORK"/*/launcher.pid; do
        [ -f "$f" ] || continue
        pid=$(cat "$f")
        kill -TERM "$pid" 2>/dev/null || continue
        for ((i = 0; i < 300; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    done
    # Mounts a killed engine may have left behind, deepest first.
    grep -o " $BERTH_WORK/[^ ]*" /proc/mounts 2>/dev/null | sort -r | while read -r m; do
        umount -l "$m" 2>/dev/null || true
    done
}
