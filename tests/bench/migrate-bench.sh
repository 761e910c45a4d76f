#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Migration (not a test): a container with a 200 MB image layer and a 200 MB volume, one run,
# exported and imported by Berth (berthctl migrate) next to the manual steps timed the same way
# (docker commit + docker save + tar -czf of the volume; docker load + volume create + tar -xzf).
# Usage: migrate-bench.sh SOURCE_HOST TARGET_HOST BERTHCTL IMAGE   (as root)
set -euo pipefail
src=$1 dst=$2 berthctl=$3 image=$4
work=$(mktemp -d /tmp/berth-migbench.XXXXXX)
cleanup() {
    for h in "$src" "$dst"; do
        docker -H "$h" rm -f bench-mig >/dev/null 2>&1 || true
        docker -H "$h" volume rm -f bench-migvol >/dev/null 2>&1 || true
        docker -H "$h" rmi -f bench-mig-manual bench-mig-layer >/dev/null 2>&1 || true
        docker -H "$h" images -q 'berth-migrate/*' | xargs -r docker -H "$h" rmi -f >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
cleanup
mkdir -p "$work"
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }

# 200 MB of text in the container's own layer, 200 MB in its volume (2,000 files each).
docker -H "$src" volume create bench-migvol >/dev/null
data=$(docker -H "$src" volume inspect -f '{{.Mountpoint}}' bench-migvol)
python3 "$(dirname "$0")/make-text-tree.py" "$data" "$work/layer"
docker -H "$src" create --name bench-mig --network none -v bench-migvol:/data "$image" sleep 100000 >/dev/null
tar -C "$work" -cf - layer | docker -H "$src" cp - bench-mig:/
rm -rf "$work/layer"
docker -H "$src" start bench-mig >/dev/null
sync

t0=$(now); "$berthctl" --host "$src" migrate export bench-mig -o "$work/bundle" >/dev/null; t1=$(now)
berth_export=$(secs "$t0" "$t1")
sync
t0=$(now)
docker -H "$src" commit -p bench-mig bench-mig-manual >/dev/null
docker -H "$src" save -o "$work/manual-image.tar" bench-mig-manual
tar -czf "$work/manual-volume.tar.gz" -C "$data" .
t1=$(now)
manual_export=$(secs "$t0" "$t1")
echo "export  berth (berthctl migrate export):             ${berth_export} s  $(du -sb "$work/bundle" | cut -f1) bytes"
echo "export  manual (commit + save + tar -czf):           ${manual_export} s  $(( $(stat -c %s "$work/manual-image.tar") + $(stat -c %s "$work/manual-volume.tar.gz") )) bytes"
python3 -c "print(f'export  ratio berth/manual: {$berth_export / $manual_export:.2f} (target <= 0.7)')"

sync
t0=$(now); "$berthctl" --host "$dst" migrate import "$work/bundle" >/dev/null; t1=$(now)
berth_import=$(secs "$t0" "$t1")
docker -H "$dst" rm -f bench-mig >/dev/null
docker -H "$dst" volume rm bench-migvol >/dev/null
# The manual load starts where Berth's did: without the image (its 200 MB layer would be found
# already and not stored again).
docker -H "$dst" images -q 'berth-migrate/*' | xargs -r docker -H "$dst" rmi -f >/dev/null
sync
t0=$(now)
docker -H "$dst" load -q -i "$work/manual-image.tar" >/dev/null
docker -H "$dst" volume create bench-migvol >/dev/null
tar -xzf "$work/manual-volume.tar.gz" -C "$(docker -H "$dst" volume inspect -f '{{.Mountpoint}}' bench-migvol)"
docker -H "$dst" create --name bench-mig --network none -v bench-migvol:/data bench-mig-manual >/dev/null
t1=$(now)
manual_import=$(secs "$t0" "$t1")
echo "import  berth (berthctl migrate import):             ${berth_import} s"
echo "import  manual (load + volume create + tar -xzf + create): ${manual_import} s"
python3 -c "print(f'import  ratio berth/manual: {$berth_import / $manual_import:.2f} (target <= 1.2)')"

docker -H "$dst" rm -f bench-mig >/dev/null
docker -H "$dst" volume rm bench-migvol >/dev/null
docker -H "$dst" images -q 'berth-migrate/*' | xargs -r docker -H "$dst" rmi -f >/dev/null 2>&1 || true
docker -H "$dst" rmi -f bench-mig-manual >/dev/null # the same layer, which the transfer would find
sync
t0=$(now); "$berthctl" --host "$src" migrate transfer bench-mig --to "$dst" >/dev/null; t1=$(now)
berth_transfer=$(secs "$t0" "$t1")
echo "transfer berth (berthctl migrate transfer):          ${berth_transfer} s"
python3 -c "print(f'transfer ratio to export + import: {$berth_transfer / ($berth_export + $berth_import):.2f} (target <= 0.8)')"
