#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Listing a folder of 10,000 files (not a test): the Files view's listing of a volume folder (by
# Berth's volume tool) next to `docker run … ls -la`, and `berthctl volume ls-backup` of its backup next to
# `tar -tvzf` of the same file. One run each, in the same run of this script.
# Usage: files-bench.sh HOST BUILD_DIR IMAGE
set -euo pipefail
host=$1 build=$2 image=$3
work=$(mktemp -d /tmp/berth-filesbench.XXXXXX)
trap 'docker -H "$host" volume rm -f bench-files >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
docker -H "$host" volume rm -f bench-files >/dev/null 2>&1 || true
docker -H "$host" volume create bench-files >/dev/null
docker -H "$host" run --rm --network none -v bench-files:/v "$image" \
    sh -c 'cd /v && i=0; while [ $i -lt 10000 ]; do echo "file $i" > "f$i.txt"; i=$((i+1)); done'
"$build/tests/bench/berth_bench_files" --host "$host" --volume bench-files --image "$image"

"$build/src/cli/berthctl" --host "$host" volume backup bench-files -o "$work/files.tar.gz" >/dev/null
now() { date +%s.%N; }
t0=$(now); "$build/src/cli/berthctl" volume ls-backup "$work/files.tar.gz" > "$work/berth.txt"; t1=$(now)
t2=$(now); tar -tvzf "$work/files.tar.gz" > "$work/tar.txt"; t3=$(now)
python3 -c "b=$t1-$t0; t=$t3-$t2; print(f'berthctl volume ls-backup:        {b:8.3f} s   ({sum(1 for _ in open(\"$work/berth.txt\"))} lines)'); print(f'tar -tvzf of the same file:       {t:8.3f} s   ratio {b/t:.2f}')"

# A volume folder holding one 2 GB file (real blocks written by dd, not a sparse file) and 100
# small ones. The Files view lists a volume's folder through Berth's volume tool (lstat only), so
# it does not wait for the file's content; next to `docker run … ls -la` and to curl reading the
# archive API's stream of the same folder (what the listing read before, and what a container's
# folder still reads).
docker -H "$host" volume rm -f bench-files-big >/dev/null 2>&1 || true
trap 'docker -H "$host" volume rm -f bench-files bench-files-big >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
docker -H "$host" volume create bench-files-big >/dev/null
docker -H "$host" run --rm --network none -v bench-files-big:/v "$image" \
    sh -c 'cd /v && dd if=/dev/zero of=a-big.bin bs=1M count=2048 2>/dev/null && i=0; while [ $i -lt 100 ]; do echo "file $i" > "f$i.txt"; i=$((i+1)); done; du -k a-big.bin'
echo "-- a volume folder with a 2 GB file (dd, not sparse) and 100 small ones"
"$build/tests/bench/berth_bench_files" --host "$host" --volume bench-files-big --image "$image"
cid=$(docker -H "$host" create --network none -v bench-files-big:/v "$image" true)
t0=$(now); curl -s --unix-socket "${host#unix://}" "http://engine/containers/$cid/archive?path=/v/." -o /dev/null; t1=$(now)
docker -H "$host" rm "$cid" >/dev/null
python3 -c "print(f'curl of the archive API stream:   {$t1-$t0:8.3f} s   (what the listing waited for before)')"
