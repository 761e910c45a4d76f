#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Building from a 5,000-file, 100 MB folder with one RUN step (not a test): berthctl build next
# to the docker CLI's classic builder (DOCKER_BUILDKIT=0 docker build) on the same engine, one
# run each: the time until the engine starts the first step (the context sent and read), the
# total, and the client's peak memory (the context is streamed, not held).
# Usage: build-bench.sh HOST BUILD_DIR IMAGE
set -euo pipefail
host=$1 build=$2 image=$3
work=$(mktemp -d /tmp/berth-buildbench.XXXXXX)
trap 'docker -H "$host" rmi -f bench-build:berth bench-build:cli >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
mkdir -p "$work/ctx"
python3 - "$work/ctx" <<'PY'
import os, sys
root = sys.argv[1]
for d in range(50):
    os.makedirs(f"{root}/d{d}", exist_ok=True)
    for f in range(100):
        with open(f"{root}/d{d}/f{f}.bin", "wb") as out:
            out.write(os.urandom(20 * 1024))  # 5,000 x 20 KiB = 100 MiB
PY
printf 'FROM %s\nCOPY . /ctx/\nRUN du -s /ctx\n' "$image" >"$work/ctx/Dockerfile"

# Runs a build, timing the first "Step"/"STEP" line and the end, and the client's peak memory.
measure() { # label command…
    python3 - "$@" <<'PY'
import resource, subprocess, sys, time
label, cmd = sys.argv[1], sys.argv[2:]
t0 = time.monotonic()
p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
first = None
for line in p.stdout:
    if first is None and line.lstrip().lower().startswith("step 1/"):
        first = time.monotonic() - t0
rc = p.wait()
total = time.monotonic() - t0
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{label:34s} context sent {first if first is not None else float('nan'):7.2f} s   total {total:7.2f} s   "
      f"peak client memory {rss:6.1f} MiB   exit {rc}")
PY
}
measure "berthctl build" "$build/src/cli/berthctl" --host "$host" build --no-cache -t bench-build:berth "$work/ctx"
DOCKER_BUILDKIT=0 measure "DOCKER_BUILDKIT=0 docker build" docker -H "$host" build --no-cache -t bench-build:cli "$work/ctx"
