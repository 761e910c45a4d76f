#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds berth_core, the unit tests and the libFuzzer targets with clang under ASan and UBSan in a
# build directory of their own, runs the unit tests, then each fuzzer for a bounded time.
# Any failing test, crash, leak, hang or sanitizer report fails the run (exit 1); a fuzzer's
# input that did it is kept under <build>/crashes/ and its path printed. The last line counts
# the fuzz targets and the unit-test run: "N passed, N failed".
#
#   bash tests/fuzz/run-fuzz.sh
#   BERTH_FUZZ_BUILD_DIR=/tmp/fuzz BERTH_FUZZ_SECONDS=60 bash tests/fuzz/run-fuzz.sh
#
# Needs Debian's clang and libclang-rt-14-dev.
set -u -o pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BERTH_FUZZ_BUILD_DIR:-$src/build-fuzz}
seconds=${BERTH_FUZZ_SECONDS:-15}
jobs=${BERTH_FUZZ_JOBS:-$(nproc)}
# The fuzz targets of tests/fuzz/CMakeLists.txt.
targets=(httpresponse chunked multiplexed jsonlines tardigest tarentries archivecheck bundlemanifest modeljson
    logtext terminal execlisting)
passed=0
failed=0
started=$SECONDS

summary() {
    echo "run-fuzz.sh: $((SECONDS - started)) s"
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit $?
}

# Every report stops the program with a stack; leaks count as findings.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$src/tests/fuzz/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

echo "== configure $build (clang, ASan+UBSan, libFuzzer)"
mkdir -p "$build"
# -O1: fast enough to fuzz, quick to build. Test discovery at test time, so the build never runs
# a sanitized binary; no benchmarks, and only the targets below are built.
if ! nice cmake -S "$src" -B "$build" -G Ninja -Wno-dev \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DBERTH_FUZZ=ON -DBERTH_BUILD_BENCH=OFF -DCMAKE_GTEST_DISCOVER_TESTS_DISCOVERY_MODE=PRE_TEST \
    >"$build/configure-fuzz.log" 2>&1; then
    cat "$build/configure-fuzz.log"
    echo "run-fuzz.sh: configure failed"
    failed=$((${#targets[@]} + 1))
    summary
fi

echo "== build (-j$jobs)"
if ! nice cmake --build "$build" -j "$jobs" --target berth_unit_tests berth_fuzzers >"$build/build-fuzz.log" 2>&1; then
    grep -E "error|FAILED" "$build/build-fuzz.log" | head -40
    echo "run-fuzz.sh: build failed (log: $build/build-fuzz.log)"
    failed=$((${#targets[@]} + 1))
    summary
fi

mkdir -p "$build/crashes" "$build/logs"

echo "== unit tests under ASan+UBSan"
log=$build/logs/unit-tests.log
unit_start=$SECONDS
if (cd "$build" && "$build/tests/berth_unit_tests") >"$log" 2>&1; then
    passed=$((passed + 1))
    echo "PASS unit tests ($((SECONDS - unit_start)) s, $(grep -c '^\[       OK \]' "$log") tests)"
else
    failed=$((failed + 1))
    grep -E '^\[  FAILED  \]|ERROR: (Address|Leak)Sanitizer|runtime error:' "$log" | head -20
    echo "FAIL unit tests ($((SECONDS - unit_start)) s; log: $log)"
fi

# One fuzzer on each core at a time (BERTH_FUZZ_JOBS), each for its own time; each says PASS or
# FAIL in a file of its own, printed in the targets' order once all have ended.
fuzz_one() { # target
    local t=$1
    local fuzzer=$build/tests/fuzz/fuzz_$t
    # New inputs go to the build's corpus; the seeds in the source tree are only read.
    local corpus=$build/corpus/$t
    mkdir -p "$corpus"
    local log=$build/logs/fuzz_$t.log
    if "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -artifact_prefix="$build/crashes/$t-" -print_final_stats=1 \
        "$corpus" "$src/tests/fuzz/corpus/$t" >"$log" 2>&1; then
        echo "PASS fuzz_$t ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs)"
    else
        grep -E 'ERROR: |runtime error:|SUMMARY:' "$log" | head -5
        local input
        input=$(grep -o "Test unit written to .*" "$log" | sed 's/^Test unit written to //' | tail -1)
        echo "FAIL fuzz_$t (log: $log; input: ${input:-none saved})"
    fi
}
for t in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
    fuzz_one "$t" >"$build/logs/fuzz_$t.result" 2>&1 &
done
wait
for t in "${targets[@]}"; do
    cat "$build/logs/fuzz_$t.result"
    if grep -q "^PASS fuzz_$t " "$build/logs/fuzz_$t.result"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done

summary
