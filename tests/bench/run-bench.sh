#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks (not tests): a private dockerd, a Release build, then Berth's figures next to
# curl on the same socket in the same run. As root: sudo bash tests/bench/run-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bash installer/install-deps.sh --test
# The benchmarks' own peers and tools: xterm (next to the terminal), heaptrack (memory).
DEBIAN_FRONTEND=noninteractive apt-get install -y -q xterm heaptrack >/dev/null
BERTH_WORK=$(mktemp -d /tmp/berth-bench.XXXXXX)
export BERTH_WORK
# shellcheck source=tests/engines.sh
source tests/engines.sh
# shellcheck source=tests/bench/startup.sh
source tests/bench/startup.sh
trap 'status=$?; berth_engines_stop; berth_work_remove; exit $status' EXIT
host=$(berth_dockerd_start docker)
berth_test_image "$host" berth-test/busybox:latest
# Docker 28.5 started as Docker 29 (containerd image store, API 1.44 at least), as the tests run it.
sid_root=$(berth_chroot_mount "$(berth_chroot_make sid "$berth_modern_packages")" sid)
berth_modern_cli "$sid_root"
export PATH="$BERTH_WORK/bin:$PATH"
sid_ns=$(berth_chroot_namespace "$sid_root" sid-ns)
host29=$(berth_dockerd_modern_start "$sid_ns" docker29)
berth_test_image "$host29" berth-test/busybox:latest
build=${BERTH_BENCH_BUILD_DIR:-$PWD/build-bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBERTH_BUILD_TESTS=ON >/dev/null
cmake --build "$build" --target berthctl berth_bench_engine berth_bench_models berth_bench_logs berth_bench_scroll berth_bench_populate berth_bench_emptywindow berth_bench_terminal berth_bench_files berth
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$BERTH_WORK/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -s "$BERTH_WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n 1 "$BERTH_WORK/display")"
echo "== engine client: list and log, next to curl (Docker 20.10)"
"$build/tests/bench/berth_bench_engine" --host "$host" --image berth-test/busybox:latest "$@"
echo "== engine client: list and log, next to curl (Docker 28.5 as 29, containerd image store)"
"$build/tests/bench/berth_bench_engine" --host "$host29" --image berth-test/busybox:latest "$@"
echo "== live models: Ready, event latency, memory, next to curl"
"$build/tests/bench/berth_bench_models" --host "$host" --image berth-test/busybox:latest "$@"
echo "== log viewer: big logs and a fast writer, next to curl and docker logs"
for only in 1m 100m follow; do
    "$build/tests/bench/berth_bench_logs" --host "$host" --image berth-test/busybox:latest --only "$only"
done
echo "== log viewer: 1,000,000 lines (Docker 28.5 as 29)"
"$build/tests/bench/berth_bench_logs" --host "$host29" --image berth-test/busybox:latest --only 1m
echo "== berth --startup-report with 1,000 containers, 500 images, 200 volumes, next to an empty Qt Quick window"
"$build/tests/bench/berth_bench_populate" --host "$host" --image berth-test/busybox:latest
echo "== scrolling the containers list through every row, next to a plain ListView"
"$build/tests/bench/berth_bench_scroll" --host "$host"
bench_startup "Qt $(dpkg-query -W -f='${Version}' qt6-base-dev | cut -d+ -f1)" "$host" "$build/src/app/berth" \
    "$build/tests/bench/berth_bench_emptywindow"
echo "== the terminal: cat of 10 MB shown, next to docker exec"
"$build/tests/bench/berth_bench_terminal" --host "$host" --image berth-test/busybox:latest --berthctl "$build/src/cli/berthctl"
echo "== the terminal (Docker 28.5 as 29): its TTY path next to docker exec with and without -t"
"$build/tests/bench/berth_bench_terminal" --host "$host29" --image berth-test/busybox:latest --berthctl "$build/src/cli/berthctl"
kill "$xvfb"
echo "== volume backup and restore: 200 MB in 2,000 files, next to tar and a helper container"
bash tests/bench/volume-bench.sh "$host" "$build/src/cli/berthctl" berth-test/busybox:latest
echo "== volume backup and restore (Docker 28.5 as 29)"
bash tests/bench/volume-bench.sh "$host29" "$build/src/cli/berthctl" berth-test/busybox:latest
echo "== a running container's folder with a 1 GB sparse file: exec listing, archive stream, docker exec ls (8 s)"
bash tests/bench/files-exec-bench.sh "$host" "$build" berth-test/busybox:latest
echo "== migration: a 200 MB image layer and a 200 MB volume, next to commit, save, load and tar"
host2=$(berth_dockerd_start docker2)
berth_test_image "$host2" berth-test/busybox:latest
bash tests/bench/migrate-bench.sh "$host" "$host2" "$build/src/cli/berthctl" berth-test/busybox:latest
echo "== migration between two Docker 28.5 as 29 (containerd image store)"
host29b=$(berth_dockerd_modern_start "$sid_ns" docker29b)
berth_test_image "$host29b" berth-test/busybox:latest
bash tests/bench/migrate-bench.sh "$host29" "$host29b" "$build/src/cli/berthctl" berth-test/busybox:latest
echo "== another machine over ssh: lists and logs next to docker -H ssh://, a move next to scp"
ssh_port=$(berth_sshd_start "$host")
bash tests/bench/remote-bench.sh "$host" "$host2" "$ssh_port" "$BERTH_WORK/ssh" "$build/src/cli/berthctl" berth-test/busybox:latest
echo "== berth --startup-report: this machine's engine, then the same over ssh"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$BERTH_WORK/display2" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -s "$BERTH_WORK/display2" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n 1 "$BERTH_WORK/display2")" BERTH_SSH_COMMAND="ssh -F $BERTH_WORK/ssh/config"
for i in 1 2 3; do
    echo "local: $("$build/src/app/berth" --host "$host" --startup-report 2>/dev/null)"
    echo "ssh:   $("$build/src/app/berth" --host "ssh://root@127.0.0.1:$ssh_port" --startup-report 2>/dev/null)"
done
kill "$xvfb"
echo "== Qt 6.8 (Debian 13): the start with 1,000 containers, 500 images and 200 volumes, and the scrolling"
if [ -f "${BERTH_CHROOT_CACHE:-/var/cache/berth/chroots}/trixie/.berth-ready" ]; then
    bash tests/compat/qt68.sh --bench "$host"
else
    echo "Qt 6.8: no Debian 13 chroot on this machine (tests/compat/qt68.sh makes it); no figures"
fi
