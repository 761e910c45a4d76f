#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command. On a fresh Debian 12 machine, as root (or with sudo):
# installs what the tests need, starts a private dockerd, Podman's API service and Xvfb,
# builds, runs every test through ctest, and stops what it started even when a test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if [ "$(id -u)" -ne 0 ]; then
    echo "run-tests: the private engines need root; run: sudo bash tests/run-tests.sh" >&2
    exit 1
fi

bash installer/install-deps.sh --test

BERTH_WORK=$(mktemp -d /tmp/berth-test.XXXXXX)
export BERTH_WORK
# shellcheck source=tests/engines.sh
source tests/engines.sh
xvfb_pid=
cleanup() {
    local status=$?
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    berth_engines_stop
    berth_work_remove
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "run-tests: starting the private engines in $BERTH_WORK"
berth_engines_start_all

# The GUI tests run the real app on a virtual X display.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$BERTH_WORK/display" >"$BERTH_WORK/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 300); do
    [ -s "$BERTH_WORK/display" ] && break
    sleep 0.1
done
[ -s "$BERTH_WORK/display" ] || { echo "run-tests: Xvfb did not start" >&2; cat "$BERTH_WORK/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n 1 "$BERTH_WORK/display")"
berth_desktop_start

build=${BERTH_BUILD_DIR:-$root/build}
# Compiled objects are kept between runs on one machine (the sanitized build doubles the work);
# paths under this folder are hashed relative to it, so another checkout hits the same cache.
export CCACHE_DIR=${CCACHE_DIR:-/var/cache/berth/ccache} CCACHE_BASEDIR=$root CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
# Tests on, whatever an earlier configure (the README's run command builds without them) left.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBERTH_BUILD_TESTS=ON
cmake --build "$build"

# Messages are compared in English; the GUI tests choose their language themselves.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LANGUAGE
# A run that finds no tests is a failure, not a pass.
ctest --test-dir "$build" --output-on-failure --no-tests=error
# The decoders and parsers of what comes from outside, fuzzed with the unit tests under ASan and
# UBSan (a clang build of its own); a finding fails the run and its input is kept.
bash tests/fuzz/run-fuzz.sh
echo "run-tests: screenshots are in $build/screenshots"
