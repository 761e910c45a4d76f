#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks (not tests): a private dockerd, a Release build, then Berth's figures next to
# curl on the same socket in the same run. As root: sudo bash tests/bench/run-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bash installer/install-deps.sh --test
BERTH_WORK=$(mktemp -d /tmp/berth-bench.XXXXXX)
export BERTH_WORK
# shellcheck source=tests/engines.sh
source tests/engines.sh
trap 'berth_engines_stop; rm -rf "$BERTH_WORK"' EXIT
host=$(berth_dockerd_start docker)
berth_test_image "$host" berth-test/busybox:latest
build=${BERTH_BENCH_BUILD_DIR:-$PWD/build-bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBERTH_BUILD_TESTS=ON >/dev/null
cmake --build "$build" --target berth_bench_engine berth_bench_models
echo "== engine client: list and log, next to curl"
"$build/tests/bench/berth_bench_engine" --host "$host" --image berth-test/busybox:latest "$@"
echo "== live models: Ready, event latency, memory, next to curl"
"$build/tests/bench/berth_bench_models" --host "$host" --image berth-test/busybox:latest "$@"
