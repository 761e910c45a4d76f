# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Sourced by run-bench.sh and tests/compat/qt68.sh (bash): the window's start on an engine that
# holds 1,000 containers, 500 images and 200 volumes (berth_bench_populate), next to an empty
# Qt Quick window made by the same Qt in the same run.

# bench_startup LABEL HOST BERTH EMPTYWINDOW [RUNNER...]
# Five starts of each, alternated; every report as it came, then the medians and the target. A
# RUNNER (a command or a function, such as qt68.sh's in_chroot) runs each program.
bench_startup() {
    local label=$1 host=$2 berth=$3 empty=$4
    shift 4
    local runner=("$@") _ report rss=() empty_rss=() first=() ready=() renderer=
    for _ in 1 2 3 4 5; do
        report=$("${runner[@]}" "$berth" --host "$host" --startup-report 2>/dev/null) || true
        echo "berth:        $report"
        rss+=("$(bench_json_number "$report" peak_rss_kb)")
        first+=("$(bench_json_number "$report" ms_to_first_frame)")
        ready+=("$(bench_json_number "$report" ms_to_models_ready)")
        renderer=$(sed -nE 's/.*"renderer": "([^"]*)".*/\1/p' <<<"$report")
        report=$("${runner[@]}" "$empty" 2>/dev/null) || true
        echo "empty window: $report"
        empty_rss+=("$(bench_json_number "$report" peak_rss_kb)")
    done
    local berth_kb empty_kb
    berth_kb=$(bench_median "${rss[@]}")
    empty_kb=$(bench_median "${empty_rss[@]}")
    if [ -z "$berth_kb" ] || [ -z "$empty_kb" ]; then
        echo "start ($label): no figure: a start did not report (run it by hand to see why)"
        return 1
    fi
    printf 'start with 1,000 containers + 500 images + 200 volumes (%s, %s renderer): peak RSS median %s MiB (empty Qt Quick window %s MiB), first frame %s ms, lists filled %s ms (target <= 150 MiB)\n' \
        "$label" "${renderer:-unknown}" "$(bench_mib "$berth_kb")" "$(bench_mib "$empty_kb")" \
        "$(bench_median "${first[@]}")" "$(bench_median "${ready[@]}")"
}

# bench_json_number JSON KEY: the number KEY holds in a one-line JSON object, or nothing.
bench_json_number() {
    sed -nE "s/.*\"$2\": ([0-9]+).*/\\1/p" <<<"$1"
}

# bench_median N...: the median of the numbers given (the empty ones left out).
bench_median() {
    printf '%s\n' "$@" | grep -E '^[0-9]+$' | sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'
}

# bench_mib KB: kibibytes as mebibytes with one decimal.
bench_mib() {
    awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'
}
