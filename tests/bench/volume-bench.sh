#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Volume backup and restore (not a test): 200 MB in 2,000 files, one run, timed the same way for
# Berth (berthctl), the manual method (tar -czf of the volume's folder on the host, tar -xzf
# back) and the helper-container method (docker run … busybox tar czf). Sizes next to times.
# Each timed step starts after sync, so none pays for the previous one's writes.
# Usage: volume-bench.sh HOST BERTHCTL IMAGE   (as root: the manual method reads _data)
set -euo pipefail
host=$1 berthctl=$2 image=$3
work=$(mktemp -d /tmp/berth-volbench.XXXXXX)
trap 'docker -H "$host" volume rm -f bench-src bench-berth bench-berth2 bench-manual >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
docker -H "$host" volume rm -f bench-src bench-berth bench-berth2 bench-manual >/dev/null 2>&1 || true
docker -H "$host" volume create bench-src >/dev/null
data=$(docker -H "$host" volume inspect -f '{{.Mountpoint}}' bench-src)
# 2,000 files of 100 kB: text made of a few thousand words (compresses about as logs and
# source trees do), in 20 folders.
python3 - "$data" <<'PY'
import os, random, sys
root = sys.argv[1]
rng = random.Random(42)
words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 10))) for _ in range(5000)]
for d in range(20):
    os.makedirs(os.path.join(root, "dir%02d" % d), exist_ok=True)
    for f in range(100):
        out = []
        size = 0
        while size < 100_000:
            w = rng.choice(words) + (" " if rng.random() < 0.9 else "\n")
            out.append(w)
            size += len(w)
        with open(os.path.join(root, "dir%02d" % d, "file%03d.txt" % f), "w") as fh:
            fh.write("".join(out)[:100_000])
PY
sync
echo "data: $(du -sb "$data" | cut -f1) bytes in $(find "$data" -type f | wc -l) files"

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }
size() { stat -c %s "$1"; }

t0=$(now); "$berthctl" --host "$host" volume backup bench-src -o "$work/berth.tar.gz" >/dev/null; t1=$(now)
berth_backup=$(secs "$t0" "$t1")
t0=$(now); tar -czf "$work/manual.tar.gz" -C "$data" .; t1=$(now)
manual_backup=$(secs "$t0" "$t1")
t0=$(now)
docker -H "$host" run --rm --network none -v bench-src:/data:ro -v "$work":/backup "$image" \
    tar czf /backup/helper.tar.gz -C /data .
t1=$(now)
helper_backup=$(secs "$t0" "$t1")
echo "backup  berth (berthctl volume backup):         ${berth_backup} s  $(size "$work/berth.tar.gz") bytes"
echo "backup  manual (tar -czf of _data on the host): ${manual_backup} s  $(size "$work/manual.tar.gz") bytes"
echo "backup  helper container (busybox tar czf):     ${helper_backup} s  $(size "$work/helper.tar.gz") bytes"
python3 -c "print(f'backup  ratio berth/manual: {$berth_backup / $manual_backup:.2f} (target <= 0.5)')"

sync
t0=$(now); "$berthctl" --host "$host" volume restore "$work/berth.tar.gz" bench-berth >/dev/null; t1=$(now)
berth_restore=$(secs "$t0" "$t1")
docker -H "$host" volume create bench-manual >/dev/null
target=$(docker -H "$host" volume inspect -f '{{.Mountpoint}}' bench-manual)
sync
t0=$(now); tar -xzf "$work/manual.tar.gz" -C "$target"; t1=$(now)
manual_restore=$(secs "$t0" "$t1")
sync
t0=$(now); "$berthctl" --host "$host" volume restore "$work/manual.tar.gz" bench-berth2 >/dev/null; t1=$(now)
berth_restore_manual=$(secs "$t0" "$t1")
echo "restore berth (berthctl volume restore):        ${berth_restore} s"
echo "restore berth, of the tar -czf archive:         ${berth_restore_manual} s (one gzip member: no parallel inflate)"
echo "restore manual (tar -xzf into _data):           ${manual_restore} s"
python3 -c "print(f'restore ratio berth/manual: {$berth_restore / $manual_restore:.2f} (target <= 1.2)')"
diff -r "$data" "$(docker -H "$host" volume inspect -f '{{.Mountpoint}}' bench-berth)" >/dev/null && echo "restored tree: identical"
