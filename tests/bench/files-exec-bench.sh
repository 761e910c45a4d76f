#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A running container's folder holding a 1 GB sparse file and 100 small ones (not a test): the
# Files view's listing through the container's own tools (exec: find or stat, no content read)
# and from the archive API's stream (which carries the 1 GB whole), time to the first rows and to
# the whole folder, next to `docker exec CONTAINER ls -la FOLDER`. One run each.
# Usage: files-exec-bench.sh HOST BUILD_DIR IMAGE
set -euo pipefail
host=$1 build=$2 image=$3
name=berth-bench-files-exec
trap 'docker -H "$host" rm -f "$name" >/dev/null 2>&1 || true' EXIT
docker -H "$host" rm -f "$name" >/dev/null 2>&1 || true
docker -H "$host" run -d --network none --name "$name" "$image" sleep 600 >/dev/null
# "a-big.bin" sorts first: the archive stream carries it before any small file.
docker -H "$host" exec "$name" sh -c 'mkdir /data && cd /data && truncate -s 1G a-big.bin && i=0; while [ $i -lt 100 ]; do echo "file $i" > "f$i.txt"; i=$((i+1)); done'
echo "-- a running container's folder with a 1 GB sparse file and 100 small ones"
"$build/tests/bench/berth_bench_files" --host "$host" --container "$name" --folder /data
