#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Engines on another machine (not a test): over the same ssh:// URL, in one run, Berth next to the
# docker CLI (which opens a new ssh connection per connection): 1,000 containers listed, a
# 1,000,000-line log read; and a container with a 200 MB image layer and a 200 MB volume moved
# over ssh by berthctl migrate transfer, next to the manual steps with scp.
# Usage: remote-bench.sh SOURCE_HOST TARGET_HOST SSH_PORT SSH_DIR BERTHCTL IMAGE   (as root)
# SSH_DIR is berth_sshd_start's (its config, with the key and known_hosts); its sshd's sessions
# have DOCKER_HOST set to SOURCE_HOST, so ssh://root@127.0.0.1:PORT reaches it.
set -euo pipefail
src=$1 dst=$2 port=$3 sshdir=$4 berthctl=$5 image=$6
work=$(mktemp -d /tmp/berth-remotebench.XXXXXX)
url="ssh://root@127.0.0.1:$port"
# The docker CLI runs `ssh` from PATH: the test's configuration, as Berth gets it.
mkdir -p "$work/bin"
printf '#!/bin/sh\nexec /usr/bin/ssh -F %s "$@"\n' "$sshdir/config" >"$work/bin/ssh"
chmod 755 "$work/bin/ssh"
export PATH="$work/bin:$PATH" BERTH_SSH_COMMAND="ssh -F $sshdir/config"
cleanup() {
    docker -H "$src" ps -aq --filter label=berth-remote-bench | xargs -r docker -H "$src" rm -f >/dev/null 2>&1 || true
    for h in "$src" "$dst"; do
        docker -H "$h" rm -f bench-rmig >/dev/null 2>&1 || true
        docker -H "$h" volume rm -f bench-rmigvol >/dev/null 2>&1 || true
        docker -H "$h" rmi -f bench-rmig-manual >/dev/null 2>&1 || true
        docker -H "$h" images -q 'berth-migrate/*' | xargs -r docker -H "$h" rmi -f >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }
best() { # best of 3 runs of "$@", output dropped
    local b=999999 t0 t1 s
    for _ in 1 2 3; do
        t0=$(now); "$@" >/dev/null 2>&1; t1=$(now)
        s=$(secs "$t0" "$t1")
        b=$(python3 -c "print(min($b, $s))")
    done
    echo "$b"
}

echo "(making 1,000 containers)"
seq 1000 | xargs -P 4 -I{} docker -H "$src" create --label berth-remote-bench=1 --network none "$image" true >/dev/null
berth_ps=$(best "$berthctl" --host "$url" ps -a)
docker_ps=$(best docker -H "$url" ps -a)
echo "list 1,000 containers over ssh   berth ${berth_ps} s   docker -H ssh:// ${docker_ps} s"
python3 -c "print(f'list ratio berth/docker: {$berth_ps / $docker_ps:.2f} (target <= 1.0)')"

docker -H "$src" run --label berth-remote-bench=1 --name bench-rlog --network none "$image" seq 1 1000000 >/dev/null
berth_logs=$(best "$berthctl" --host "$url" logs bench-rlog)
docker_logs=$(best docker -H "$url" logs bench-rlog)
echo "log of 1,000,000 lines over ssh  berth ${berth_logs} s   docker -H ssh:// ${docker_logs} s"
python3 -c "print(f'log ratio berth/docker: {$berth_logs / $docker_logs:.2f} (target <= 1.0)')"
docker -H "$src" ps -aq --filter label=berth-remote-bench | xargs -r docker -H "$src" rm -f >/dev/null

# 200 MB of text in the container's own layer and 200 MB in its volume (2,000 files each).
docker -H "$src" volume create bench-rmigvol >/dev/null
data=$(docker -H "$src" volume inspect -f '{{.Mountpoint}}' bench-rmigvol)
python3 "$(dirname "$0")/make-text-tree.py" "$data" "$work/layer"
docker -H "$src" create --name bench-rmig --network none -v bench-rmigvol:/data "$image" sleep 100000 >/dev/null
tar -C "$work" -cf - layer | docker -H "$src" cp - bench-rmig:/
rm -rf "$work/layer"
docker -H "$src" start bench-rmig >/dev/null
sync
t0=$(now)
"$berthctl" --host "$src" migrate transfer bench-rmig --to "$url${dst#unix://}" >/dev/null
t1=$(now)
berth_transfer=$(secs "$t0" "$t1")
docker -H "$dst" rm -f bench-rmig >/dev/null
docker -H "$dst" volume rm bench-rmigvol >/dev/null
docker -H "$dst" images -q 'berth-migrate/*' | xargs -r docker -H "$dst" rmi -f >/dev/null 2>&1 || true
sync
# The seed's way: commit, save, tar, scp, then on the other machine load, create the volume,
# untar into it and create the container.
remote=(ssh -F "$sshdir/config" -p "$port" root@127.0.0.1)
t0=$(now)
docker -H "$src" commit bench-rmig bench-rmig-manual >/dev/null
docker -H "$src" save -o "$work/image.tar" bench-rmig-manual
tar -czf "$work/volume.tar.gz" -C "$data" .
"${remote[@]}" mkdir -p "$work/there"
scp -q -F "$sshdir/config" -P "$port" "$work/image.tar" "$work/volume.tar.gz" "root@127.0.0.1:$work/there/"
"${remote[@]}" "docker -H $dst load -q -i $work/there/image.tar >/dev/null && docker -H $dst volume create bench-rmigvol >/dev/null && tar -xzf $work/there/volume.tar.gz -C \$(docker -H $dst volume inspect -f '{{.Mountpoint}}' bench-rmigvol) && docker -H $dst create --name bench-rmig --network none -v bench-rmigvol:/data bench-rmig-manual >/dev/null"
t1=$(now)
manual=$(secs "$t0" "$t1")
echo "move 200 MB image + 200 MB volume over ssh   berth (migrate transfer) ${berth_transfer} s   manual (commit, save, tar, scp, load, untar) ${manual} s"
python3 -c "print(f'move ratio berth/manual: {$berth_transfer / $manual:.2f} (target <= 0.5)')"
