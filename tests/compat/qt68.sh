#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Berth on Debian 13 (trixie: Qt 6.8, libvterm 0.3, GCC 14), from this Debian 12 machine, as root:
# builds it in a trixie chroot with warnings as failures, and runs the unit, GUI and QML tests
# there under Xvfb, against a private dockerd started on this machine (tests/engines.sh).
#
# The chroot is made once per machine and kept in $BERTH_CHROOT_CACHE/trixie, with a stamp
# naming the packages it holds (installer/install-deps.sh --test, less the engines); each run
# mounts an overlay over it, so runs never change it. The build is fresh each run unless
# BERTH_COMPAT_BUILD_DIR names a directory to keep (then only what was recompiled can warn).
# BERTH_COMPAT_TESTS, a ctest -R expression, runs fewer tests.
#
# qt68.sh --bench [HOST]: instead of the tests, a Release build of the app and its benchmarks
# (kept in $BERTH_COMPAT_BENCH_BUILD_DIR, /var/cache/berth/qt68-bench, so reruns are quick) and
# Qt 6.8's figures for issue 24's table: the start with 1,000 containers, 500 images and 200
# volumes next to an empty Qt Quick window, and the scrolling. HOST (unix://…, as run-bench.sh
# passes its engine) already holds them; without it a private dockerd is started and filled.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$PWD
started=$(date +%s)
mode=tests
bench_host=
if [ "${1:-}" = --bench ]; then
    mode=bench
    bench_host=${2:-}
    case $bench_host in
    "" | unix:///*) ;;
    *)
        echo "qt68: --bench takes an engine on this machine (unix:///path/docker.sock), not $bench_host" >&2
        exit 2
        ;;
    esac
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--bench [unix:///path/docker.sock]]" >&2
    exit 2
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "qt68: debootstrap, chroot and the private engines need root: sudo bash $0" >&2
    exit 1
fi

suite=trixie
cache=${BERTH_CHROOT_CACHE:-/var/cache/berth/chroots}
cached=$cache/$suite
stamp=$cached/.berth-ready
say() { echo "qt68: $*"; }

# --- The chroot ---

# What install-deps.sh names for the release it runs on, less the engines (they run on this
# machine). Read in the chroot, so its /etc/os-release decides.
chroot_packages() { # root
    chroot "$1" bash -s -- --test --list <installer/install-deps.sh | grep -vxE 'docker\.io|podman' | tr '\n' ' '
}

no_mounts_under() { # dir
    ! grep -qF " $1/" /proc/mounts && ! grep -qF " $1 " /proc/mounts
}

chroot_install() { # root packages log
    # shellcheck disable=SC2086
    chroot "$1" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        $2 >>"$3" 2>&1 </dev/null || { tail -n 30 "$3" >&2; return 1; }
    chroot "$1" apt-get clean >/dev/null 2>&1 || true
}

chroot_make() {
    mkdir -p "$cache"
    # One run at a time makes or updates it (a run holds the lock only until it is ready).
    exec 8>"$cache/$suite.lock"
    flock 8
    local log=$cache/$suite.log packages
    if [ -d "$cached" ] && [ -f "$stamp" ]; then
        packages=$(chroot_packages "$cached")
        if [ "$(cat "$stamp")" = "$packages" ]; then
            say "reusing the $suite chroot in $cached"
            return 0
        fi
        say "installing what install-deps.sh now names into the $suite chroot"
        : >"$log"
        chroot "$cached" apt-get update >>"$log" 2>&1 || { tail -n 30 "$log" >&2; return 1; }
        chroot_install "$cached" "$packages" "$log"
        echo "$packages" >"$stamp"
        return 0
    fi

    say "making the $suite chroot in $cached (once per machine, several minutes; log: $log)"
    if ! command -v debootstrap >/dev/null; then
        apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap </dev/null >/dev/null
    fi
    local part=$cached.part
    for d in "$part" "$cached"; do
        if [ -e "$d" ] && ! no_mounts_under "$d"; then
            echo "qt68: something is still mounted under $d; not removing it" >&2
            return 1
        fi
    done
    rm -rf "$part"
    debootstrap --variant=minbase "$suite" "$part" http://deb.debian.org/debian >"$log" 2>&1 ||
        { tail -n 30 "$log" >&2; return 1; }
    # The mirror's Release file may be older than the clock: apt must not mind.
    echo 'Acquire::Check-Valid-Until "false";' >"$part/etc/apt/apt.conf.d/99berth"
    chroot "$part" apt-get update >>"$log" 2>&1 || { tail -n 30 "$log" >&2; return 1; }
    packages=$(chroot_packages "$part")
    chroot_install "$part" "$packages" "$log"
    rm -rf "$cached"
    mv "$part" "$cached"
    echo "$packages" >"$stamp"
}

chroot_make
exec 8>&- # the lock

# --- This run: engines on this machine, the chroot mounted under $BERTH_WORK ---

BERTH_WORK=$(mktemp -d /tmp/berth-compat.XXXXXX)
export BERTH_WORK
# shellcheck source=tests/engines.sh
source tests/engines.sh
root=$BERTH_WORK/root
if [ "$mode" = bench ]; then
    build=${BERTH_COMPAT_BENCH_BUILD_DIR:-/var/cache/berth/qt68-bench}
else
    build=${BERTH_COMPAT_BUILD_DIR:-$BERTH_WORK/build}
fi
mkdir -p "$build"
build=$(cd "$build" && pwd)
xvfb_pid=

cleanup() {
    local status=$? p
    set +e
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    # Whatever still runs in this run's chroot (a test's child, Xvfb) holds its mounts.
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -KILL "${p#/proc/}" 2>/dev/null
    done
    if grep -qF " $root " /proc/mounts; then
        umount -R "$root" 2>/dev/null || { sleep 1; umount -R -l "$root"; }
    fi
    berth_engines_stop
    # Never remove through a mount: the chroot's /dev, /sys, the source and the cache are in it.
    if no_mounts_under "$BERTH_WORK"; then
        rm -rf "$BERTH_WORK"
    else
        echo "qt68: mounts are left under $BERTH_WORK; not removing it" >&2
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$root" "$BERTH_WORK/upper" "$BERTH_WORK/overlay-work"
mount -t overlay overlay -o "lowerdir=$cached,upperdir=$BERTH_WORK/upper,workdir=$BERTH_WORK/overlay-work" "$root"
mount --make-private "$root"
mount --bind /proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mount --rbind /sys "$root/sys"
mount --make-rslave "$root/sys"
# The same paths inside as out: the build's absolute paths, the engines' sockets.
mkdir -p "$root$src" "$root$BERTH_WORK"
mount --bind "$src" "$root$src"
mount -o remount,bind,ro "$root$src"
mount --bind "$BERTH_WORK" "$root$BERTH_WORK"
case $build in
"$BERTH_WORK"/*) ;;
*)
    mkdir -p "$root$build"
    mount --bind "$build" "$root$build"
    ;;
esac

if [ -n "$bench_host" ]; then
    # The benchmark's engine, its socket at the same path inside.
    socket_dir=$(dirname "${bench_host#unix://}")
    mkdir -p "$root$socket_dir"
    mount --bind "$socket_dir" "$root$socket_dir"
fi
BERTH_TEST_DOCKER_HOST=$bench_host
BERTH_TEST_DOCKER2_HOST='' BERTH_TEST_DOCKER2_PIDFILE='' BERTH_TEST_IMAGE=''
BERTH_TEST_SSH_PORT='' BERTH_TEST_SSH_DIR='' BERTH_TEST_SSH_NODOCKER_PORT=''
if [ "$mode" = bench ] && [ -z "$bench_host" ]; then
    say "starting a private engine in $BERTH_WORK"
    BERTH_TEST_DOCKER_HOST=$(berth_dockerd_start docker)
    BERTH_TEST_IMAGE="berth-test/busybox:latest"
    berth_test_image "$BERTH_TEST_DOCKER_HOST" "$BERTH_TEST_IMAGE"
elif [ "$mode" = tests ]; then
    say "starting the private engines in $BERTH_WORK"
    BERTH_TEST_DOCKER_HOST=$(berth_dockerd_start docker)
    # The migration tests' target.
    BERTH_TEST_DOCKER2_HOST=$(berth_dockerd_start docker2)
    BERTH_TEST_DOCKER2_PIDFILE=$BERTH_WORK/docker2/pid
    BERTH_TEST_IMAGE="berth-test/busybox:latest"
    berth_test_image "$BERTH_TEST_DOCKER_HOST" "$BERTH_TEST_IMAGE"
    berth_test_image "$BERTH_TEST_DOCKER2_HOST" "$BERTH_TEST_IMAGE"
    # Another machine over ssh (the window's ssh test): an sshd on this machine, whose sessions
    # reach the first engine; the chroot's ssh client gets there through loopback.
    BERTH_TEST_SSH_PORT=$(berth_sshd_start "$BERTH_TEST_DOCKER_HOST")
    BERTH_TEST_SSH_DIR=$BERTH_WORK/ssh
    # Its variant whose sessions have no docker command (the window says what that means).
    BERTH_TEST_SSH_NODOCKER_PORT=$(cat "$BERTH_WORK/ssh/nodocker-port")
fi
# The tests run the docker CLI: this machine's, in the chroot's PATH.
# Its temporary files too: the engine, outside the chroot, must find a bind mount's source.
mkdir -p "$BERTH_WORK/bin" "$BERTH_WORK/home" "$BERTH_WORK/tmp" "$BERTH_WORK/runtime"
chmod 700 "$BERTH_WORK/runtime"
cp "$(command -v docker)" "$BERTH_WORK/bin/docker"

in_chroot() { # command...
    chroot "$root" env -i \
        PATH="$BERTH_WORK/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
        HOME="$BERTH_WORK/home" TMPDIR="$BERTH_WORK/tmp" XDG_RUNTIME_DIR="$BERTH_WORK/runtime" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        TERM=dumb DISPLAY="${DISPLAY:-}" \
        BERTH_TEST_DOCKER_HOST="$BERTH_TEST_DOCKER_HOST" BERTH_TEST_DOCKER2_HOST="$BERTH_TEST_DOCKER2_HOST" \
        BERTH_TEST_DOCKER2_PIDFILE="$BERTH_TEST_DOCKER2_PIDFILE" BERTH_TEST_IMAGE="$BERTH_TEST_IMAGE" \
        BERTH_TEST_SSH_PORT="$BERTH_TEST_SSH_PORT" BERTH_TEST_SSH_DIR="$BERTH_TEST_SSH_DIR" \
        BERTH_TEST_SSH_NODOCKER_PORT="$BERTH_TEST_SSH_NODOCKER_PORT" \
        BERTH_SSH_COMMAND="ssh -F $BERTH_TEST_SSH_DIR/config" \
        "$@"
}

# Xvfb in the chroot (its X libraries); -displayfd picks a display free on this machine too.
in_chroot Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$BERTH_WORK/display" >"$BERTH_WORK/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 300); do
    [ -s "$BERTH_WORK/display" ] && break
    sleep 0.1
done
[ -s "$BERTH_WORK/display" ] || { echo "qt68: Xvfb did not start" >&2; cat "$BERTH_WORK/xvfb.log" >&2; exit 1; }
DISPLAY=":$(head -n 1 "$BERTH_WORK/display")"

qt_version=$(in_chroot dpkg-query -W -f='${Version}' qt6-base-dev)
vterm_version=$(in_chroot dpkg-query -W -f='${Version}' libvterm-dev)
gcc_version=$(in_chroot g++ -dumpfullversion)
say "building in $build with Qt $qt_version, libvterm $vterm_version, GCC $gcc_version"
# The logs outlive the run's folder.
logs=${BERTH_COMPAT_LOG_DIR:-/tmp}
log=$logs/berth-compat-$suite-build.log
tests_log=$logs/berth-compat-$suite-tests.log
rm -f "$log" "$tests_log"
build_status=0
if [ "$mode" = bench ]; then
    configure=(-DCMAKE_BUILD_TYPE=Release -DBERTH_BUILD_BENCH=ON)
    targets=(--target berth berth_bench_populate berth_bench_emptywindow berth_bench_scroll)
else
    configure=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DBERTH_BUILD_BENCH=OFF)
    targets=()
fi
in_chroot nice -n 10 cmake -S "$src" -B "$build" -G Ninja "${configure[@]}" >"$log" 2>&1 || build_status=$?
if [ "$build_status" = 0 ]; then
    in_chroot nice -n 10 cmake --build "$build" "${targets[@]}" >>"$log" 2>&1 || build_status=$?
fi
# Compilers', linkers' and CMake's warnings, all failures here (-Werror's effect, on the log).
warnings=$(grep -cE 'warning:|CMake Warning|CMake Deprecation Warning' "$log" || true)
if [ "$warnings" != 0 ]; then
    grep -E -A8 'warning:|CMake Warning|CMake Deprecation Warning' "$log" | head -n 200 >&2
fi
if [ "$build_status" != 0 ]; then
    grep -E -B2 -A8 'error:|FAILED|CMake Error' "$log" | head -n 200 >&2 || tail -n 50 "$log" >&2
    echo "qt68: the build failed; log: $log" >&2
    exit 1
fi
say "built, $warnings warnings; log: $log"

if [ "$mode" = bench ]; then
    # shellcheck source=tests/bench/startup.sh
    source tests/bench/startup.sh
    if [ -z "$bench_host" ]; then
        in_chroot "$build/tests/bench/berth_bench_populate" --host "$BERTH_TEST_DOCKER_HOST" --image "$BERTH_TEST_IMAGE"
    fi
    bench_status=0
    bench_startup "Qt ${qt_version%%+*}" "$BERTH_TEST_DOCKER_HOST" "$build/src/app/berth" \
        "$build/tests/bench/berth_bench_emptywindow" in_chroot || bench_status=$?
    in_chroot "$build/tests/bench/berth_bench_scroll" --host "$BERTH_TEST_DOCKER_HOST" || bench_status=$?
    [ "$warnings" = 0 ] || exit 1
    exit "$bench_status"
fi

# Messages are compared in English (LC_ALL above); the GUI tests choose their language themselves.
tests_status=0
in_chroot ctest --test-dir "$build" --output-on-failure -R "${BERTH_COMPAT_TESTS:-^(unit|gui|qml)\.}" 2>&1 |
    tee "$tests_log" ||
    tests_status=$?

summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$tests_log" | tail -n 1 || true)
total=$(sed -nE 's/.* out of ([0-9]+).*/\1/p' <<<"$summary")
failed=$(sed -nE 's/.*passed, ([0-9]+) tests failed.*/\1/p' <<<"$summary")
if [ -z "$total" ] || [ -z "$failed" ]; then
    total=0
    failed=0
    tests_status=1
fi
elapsed=$(($(date +%s) - started))
echo
echo "qt68: Debian $suite: Qt $qt_version, libvterm $vterm_version, GCC $gcc_version"
echo "qt68: build warnings: $warnings; took $((elapsed / 60)) min $((elapsed % 60)) s; logs: $log, $tests_log"
echo "qt68: $((total - failed)) passed, $failed failed"
[ "$warnings" = 0 ] || exit 1
exit "$tests_status"
