# SPDX-License-Identifier: GPL-3.0-or-later
# Shell functions that start the private engines the tests and benchmarks talk to. Sourced by
# tests/run-tests.sh and tests/bench/run-bench.sh; never touches the machine's own engine.
# Everything lives under $BERTH_WORK; berth_engines_stop undoes it all.

# Extra environment for Podman's services (berth_engines_start_all sets its registries.conf).
berth_podman_conf=()

berth_engine_wait() { # socket seconds log
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        if curl -sf --max-time 2 --unix-socket "$1" http://engine/_ping >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.1
    done
    echo "engines: no engine answered on $1 within $2 s; its log ends:" >&2
    tail -n 30 "$3" >&2 || true
    return 1
}

# A private dockerd (DESIGN.md's recipe): its own data-root, exec-root, socket and pidfile; no network.
berth_dockerd_start() { # name [more dockerd options]
    local d="$BERTH_WORK/$1"
    shift
    mkdir -p "$d"
    dockerd --data-root "$d/root" --exec-root "$d/exec" --pidfile "$d/pid" -H "unix://$d/docker.sock" \
        --bridge=none --iptables=false --ip-forward=false --ip-masq=false "$@" >"$d/log" 2>&1 &
    echo $! >"$d/launcher.pid"
    berth_engine_wait "$d/docker.sock" 60 "$d/log" || return 1
    echo "unix://$d/docker.sock"
}

# Podman's Docker-compatible API service, with its own storage.
berth_podman_start() {
    local d="$BERTH_WORK/podman"
    mkdir -p "$d"
    env "${berth_podman_conf[@]}" podman --root "$d/root" --runroot "$d/run" system service --time=0 "unix://$d/podman.sock" >"$d/log" 2>&1 &
    echo $! >"$d/launcher.pid"
    berth_engine_wait "$d/podman.sock" 60 "$d/log" || return 1
    echo "unix://$d/podman.sock"
}

# The test image: busybox-static and a symlink per applet, imported (no registry needed).
berth_test_image() { # host image
    local rootfs="$BERTH_WORK/rootfs"
    if [ ! -d "$rootfs" ]; then
        mkdir -p "$rootfs/bin"
        cp /bin/busybox "$rootfs/bin/busybox"
        local applet
        for applet in $(/bin/busybox --list); do
            [ "$applet" = busybox ] || ln -s busybox "$rootfs/bin/$applet"
        done
        tar -C "$rootfs" -cf "$BERTH_WORK/rootfs.tar" .
    fi
    docker -H "$1" import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin' "$BERTH_WORK/rootfs.tar" "$2" >/dev/null
}

berth_engines_stop() {
    local f pid i
    # The launcher's pid, and the engine's own pidfile (a test may have restarted it).
    # A chroot's containerd last: its dockerd needs it until the end.
    for f in "$BERTH_WORK"/*/pid "$BERTH_WORK"/*/launcher.pid "$BERTH_WORK"/*/ctd/launcher.pid; do
        [ -f "$f" ] || continue
        pid=$(cat "$f")
        kill -TERM "$pid" 2>/dev/null || continue
        for ((i = 0; i < 300; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    done
    # What a killed engine left running: containerd shims (their command lines name the socket
    # in $BERTH_WORK) and the containers under them.
    for pid in $(pgrep -f -- "$BERTH_WORK/"); do
        pkill -KILL -P "$pid" 2>/dev/null || true
        kill -KILL "$pid" 2>/dev/null || true
    done
    berth_registry_tls_stop
    # Mounts a killed engine may have left behind, deepest first.
    grep -o " $BERTH_WORK/[^ ]*" /proc/mounts 2>/dev/null | sort -r | while read -r m; do
        umount -l "$m" 2>/dev/null || true
    done
    return 0 # nothing mounted is fine too (grep finds nothing)
}

# Removes $BERTH_WORK, but never through a mount that is still there (a chroot's /dev or /sys).
berth_work_remove() {
    if grep -q " $BERTH_WORK/" /proc/mounts 2>/dev/null; then
        echo "engines: $BERTH_WORK still has mounts; left in place:" >&2
        grep " $BERTH_WORK/" /proc/mounts >&2
        return 1
    fi
    rm -rf --one-file-system "$BERTH_WORK"
}

# --- The current engines, from Debian's unstable archive in a chroot (modern-engines.md) ---
# The chroot is made once per machine and kept in $BERTH_CHROOT_CACHE; each run mounts an
# overlay over it (its writes stay in $BERTH_WORK) so the cache is never changed by a run.
BERTH_CHROOT_CACHE=${BERTH_CHROOT_CACHE:-/var/cache/berth/chroots}
# xz-utils: dockerd runs xz to unpack an .xz archive (docker.io recommends it).
berth_modern_packages="docker.io docker-cli containerd podman iptables ca-certificates xz-utils"

berth_chroot_make() { # suite -> prints the cached root
    local suite=$1 root="$BERTH_CHROOT_CACHE/$1" packages=$2
    local stamp="$root/.berth-ready"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$packages" ]; then
        echo "$root"
        return 0
    fi
    mkdir -p "$BERTH_CHROOT_CACHE"
    if [ ! -f "$stamp" ]; then
        echo "engines: making the $suite chroot in $root (once per machine, a few minutes)" >&2
        rm -rf "$root" "$root.part"
        debootstrap --variant=minbase "$suite" "$root.part" http://deb.debian.org/debian >"$root.log" 2>&1 ||
            { tail -n 20 "$root.log" >&2; return 1; }
        # The mirror's Release file may be older than the clock: apt must not mind.
        echo 'Acquire::Check-Valid-Until "false";' >"$root.part/etc/apt/apt.conf.d/99berth"
        mv "$root.part" "$root"
    else
        echo "engines: adding packages to the $suite chroot in $root" >&2
    fi
    chroot "$root" apt-get update >>"$root.log" 2>&1 || { tail -n 20 "$root.log" >&2; return 1; }
    # shellcheck disable=SC2086
    chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        $packages >>"$root.log" 2>&1 </dev/null || { tail -n 20 "$root.log" >&2; return 1; }
    chroot "$root" apt-get clean >/dev/null 2>&1 || true
    echo "$packages" >"$stamp"
    echo "$root"
}

# Mounts a run's view of the cached chroot at $BERTH_WORK/NAME-root: an overlay (so / is a mount
# point, as runc needs), /proc, /dev, /sys, and this machine's /tmp (which holds $BERTH_WORK and
# the tests' own folders) at the same path, so sockets, volumes and bind-mounted folders have one
# name inside and out, as for an engine installed here. Prints the root.
berth_chroot_mount() { # cached-root name
    local r="$BERTH_WORK/$2-root"
    mkdir -p "$r" "$BERTH_WORK/$2-upper" "$BERTH_WORK/$2-overlay-work"
    mount -t overlay overlay -o "lowerdir=$1,upperdir=$BERTH_WORK/$2-upper,workdir=$BERTH_WORK/$2-overlay-work" "$r" || return 1
    mount --make-private "$r"
    mount --bind /proc "$r/proc"
    mount --bind /dev "$r/dev"
    mount --bind /dev/pts "$r/dev/pts"
    mount --rbind /sys "$r/sys"
    mount --make-rslave "$r/sys"
    mount --bind /tmp "$r/tmp"
    case "$BERTH_WORK" in
    /tmp/*) ;;
    *)
        mkdir -p "$r$BERTH_WORK"
        mount --bind "$BERTH_WORK" "$r$BERTH_WORK"
        ;;
    esac
    echo "$r"
}

# The chroot's docker CLI (28.5, API up to 1.51), runnable from the host with the chroot's own
# libraries, so file arguments mean this machine's paths. Debian 12's CLI speaks 1.41 only, which
# a Docker 29 refuses.
berth_modern_cli() { # root -> writes $BERTH_WORK/bin/docker
    mkdir -p "$BERTH_WORK/bin"
    cat >"$BERTH_WORK/bin/docker" <<SH
#!/bin/sh
exec "$1/lib64/ld-linux-x86-64.so.2" --library-path "$1/lib/x86_64-linux-gnu:$1/usr/lib/x86_64-linux-gnu" "$1/usr/bin/docker" "\$@"
SH
    chmod +x "$BERTH_WORK/bin/docker"
}

# A mount namespace whose root is the chroot's (pivot_root, not chroot): a container's exec joins
# its container's mount namespace and lands in that namespace's root, which for a daemon merely
# chrooted would be this machine's / — `docker exec` would run outside the container. Prints the
# pid of a process that holds the namespace; daemons enter it with nsenter.
berth_chroot_namespace() { # root name
    local r=$1 d="$BERTH_WORK/$2"
    mkdir -p "$d" "$r/.berth-old-root"
    unshare -m --propagation private -- sh -c \
        'cd "$0" && pivot_root . .berth-old-root && cd / && umount -l /.berth-old-root && echo ready && exec sleep infinity' \
        "$r" >"$d/log" 2>&1 &
    echo $! >"$d/launcher.pid"
    local i
    for ((i = 0; i < 100; i++)); do
        grep -q ready "$d/log" 2>/dev/null && { cat "$d/launcher.pid"; return 0; }
        sleep 0.1
    done
    echo "engines: the namespace for $r did not come up:" >&2
    cat "$d/log" >&2
    return 1
}

# Docker 28.5 started as Docker 29 starts: API 1.44 at least, images in the containerd store
# (its own containerd: the one dockerd starts lacks the leases service the store needs).
berth_dockerd_modern_start() { # namespace-pid name
    local ns=$1 d="$BERTH_WORK/$2"
    mkdir -p "$d/ctd"
    cat >"$d/ctd/config.toml" <<TOML
version = 2
root = "$d/ctd/root"
state = "$d/ctd/state"
disabled_plugins = ["io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs",
  "io.containerd.snapshotter.v1.devmapper", "io.containerd.grpc.v1.cri", "io.containerd.snapshotter.v1.aufs",
  "io.containerd.snapshotter.v1.blockfile", "io.containerd.snapshotter.v1.erofs"]
[grpc]
  address = "$d/ctd/containerd.sock"
TOML
    echo '{"features":{"containerd-snapshotter":true}}' >"$d/daemon.json"
    nsenter -t "$ns" -m -- containerd --config "$d/ctd/config.toml" >"$d/containerd.log" 2>&1 &
    echo $! >"$d/ctd/launcher.pid"
    local i
    for ((i = 0; i < 300; i++)); do
        [ -S "$d/ctd/containerd.sock" ] && break
        sleep 0.1
    done
    # The command that starts (and, for the restart tests, restarts) this engine.
    cat >"$d/start.sh" <<SH
#!/bin/sh
exec nsenter -t $ns -m -- env DOCKER_MIN_API_VERSION=1.44 dockerd --config-file "$d/daemon.json" \\
    --containerd "$d/ctd/containerd.sock" --data-root "$d/root" --exec-root "$d/exec" --pidfile "$d/pid" \\
    -H "unix://$d/docker.sock" --bridge=none --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false
SH
    chmod +x "$d/start.sh"
    "$d/start.sh" >"$d/log" 2>&1 &
    echo $! >"$d/launcher.pid"
    berth_engine_wait "$d/docker.sock" 90 "$d/log" || return 1
    echo "unix://$d/docker.sock"
}

# Podman 5.8 from the same chroot.
berth_podman_modern_start() { # namespace-pid name
    local ns=$1 d="$BERTH_WORK/$2"
    mkdir -p "$d"
    nsenter -t "$ns" -m -- env PODMAN_IGNORE_CGROUPSV1_WARNING=1 "${berth_podman_conf[@]}" podman --root "$d/root" --runroot "$d/run" \
        system service --time=0 "unix://$d/podman.sock" >"$d/log" 2>&1 &
    echo $! >"$d/launcher.pid"
    berth_engine_wait "$d/podman.sock" 60 "$d/log" || return 1
    echo "unix://$d/podman.sock"
}

# Every engine the tests use, on private sockets under $BERTH_WORK, with the test image in each;
# exports the BERTH_TEST_* variables the tests read (tests/support/testsupport.h).
# A free TCP port on the loopback address.
berth_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# "Another machine" reached with TLS: a certificate authority, the engine's certificate (for the
# address 127.0.0.1 only, so "localhost" is a wrong host name), a client certificate, and a second
# authority the engine's certificate is not signed by. In $BERTH_WORK/tls; the client's as
# DOCKER_CERT_PATH wants them (ca.pem, cert.pem, key.pem).
berth_tls_make() {
    local d="$BERTH_WORK/tls" ca
    mkdir -p "$d" "$d/other"
    chmod 700 "$d"
    for ca in "$d" "$d/other"; do
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
            -subj /CN=berth-test-ca -keyout "$ca/ca-key.pem" -out "$ca/ca.pem" 2>/dev/null || return 1
    done
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=127.0.0.1 \
        -keyout "$d/server-key.pem" -out "$d/server.csr" 2>/dev/null || return 1
    printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$d/server.ext"
    openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca-key.pem" -CAcreateserial -days 2 \
        -extfile "$d/server.ext" -out "$d/server-cert.pem" 2>/dev/null || return 1
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=berth-test-client \
        -keyout "$d/key.pem" -out "$d/client.csr" 2>/dev/null || return 1
    printf 'extendedKeyUsage=clientAuth\n' >"$d/client.ext"
    openssl x509 -req -in "$d/client.csr" -CA "$d/ca.pem" -CAkey "$d/ca-key.pem" -CAcreateserial -days 2 \
        -extfile "$d/client.ext" -out "$d/cert.pem" 2>/dev/null || return 1
    cp "$d/cert.pem" "$d/key.pem" "$d/other/"
    # The engine's certificate as it was once: valid for two days in 2020 (openssl ca sets dates).
    printf '%s\n' "[ca]" "default_ca=d" "[d]" "database=$d/index.txt" "new_certs_dir=$d" "serial=$d/serial" \
        "policy=p" "default_md=sha256" "[p]" "commonName=supplied" "[x]" "subjectAltName=IP:127.0.0.1" \
        "extendedKeyUsage=serverAuth" >"$d/ca.cnf"
    : >"$d/index.txt"
    echo 01 >"$d/serial"
    openssl ca -batch -notext -config "$d/ca.cnf" -extensions x -keyfile "$d/ca-key.pem" -cert "$d/ca.pem" \
        -in "$d/server.csr" -out "$d/expired-cert.pem" -startdate 20200101000000Z -enddate 20200102000000Z \
        2>/dev/null || return 1
}

# "Another machine" reached with ssh: an sshd on a loopback port with a host key and a user key
# made for the test, whose root runs this machine's docker CLI (docker system dial-stdio) to the
# private engines. Berth's ssh gets the test's configuration through BERTH_SSH_COMMAND: config
# (the key and known_hosts), stranger (a key the server does not know) and unknown (no known host
# key). Prints the port.
berth_sshd_start() { # [the engine its sessions reach by default: unix://…]
    local d="$BERTH_WORK/ssh" port variant name key hosts
    mkdir -p "$d" /run/sshd
    chmod 700 "$d"
    ssh-keygen -q -t ed25519 -N '' -C berth-test-host -f "$d/host_key" || return 1
    ssh-keygen -q -t ed25519 -N '' -C berth-test -f "$d/id_ed25519" || return 1
    ssh-keygen -q -t ed25519 -N '' -C berth-test-stranger -f "$d/stranger_key" || return 1
    cp "$d/id_ed25519.pub" "$d/authorized_keys"
    port=$(berth_free_port)
    printf '%s\n' "Port $port" "ListenAddress 127.0.0.1" "HostKey $d/host_key" \
        "AuthorizedKeysFile $d/authorized_keys" "PermitRootLogin prohibit-password" \
        "PasswordAuthentication no" "KbdInteractiveAuthentication no" "UsePAM no" "StrictModes no" \
        "PidFile $d/pid" "MaxSessions 100" "MaxStartups 100" \
        "Subsystem sftp /usr/lib/openssh/sftp-server" >"$d/sshd_config"
    [ -n "${1:-}" ] && echo "SetEnv DOCKER_HOST=$1" >>"$d/sshd_config"
    /usr/sbin/sshd -f "$d/sshd_config" -E "$d/log" || { cat "$d/log" >&2; return 1; }
    echo "[127.0.0.1]:$port $(cut -d' ' -f1-2 "$d/host_key.pub")" >"$d/known_hosts"
    # A second machine without the docker command (PATH leads nowhere), on a port of its own.
    local bare="$BERTH_WORK/ssh-nodocker" bare_port
    mkdir -p "$bare"
    bare_port=$(berth_free_port)
    # (sshd takes the first SetEnv line only: the default engine's goes.)
    sed -e "s/^Port .*/Port $bare_port/" -e "s|^PidFile .*|PidFile $bare/pid|" -e "/^SetEnv /d" \
        "$d/sshd_config" >"$bare/sshd_config"
    echo "SetEnv PATH=/nonexistent" >>"$bare/sshd_config"
    /usr/sbin/sshd -f "$bare/sshd_config" -E "$bare/log" || { cat "$bare/log" >&2; return 1; }
    echo "[127.0.0.1]:$bare_port $(cut -d' ' -f1-2 "$d/host_key.pub")" >>"$d/known_hosts"
    echo "$bare_port" >"$d/nodocker-port"
    # A third whose user may not use the engine's socket (not in the docker group): its commands
    # run as nobody.
    local nobody="$BERTH_WORK/ssh-nobody" nobody_port
    mkdir -p "$nobody"
    nobody_port=$(berth_free_port)
    sed -e "s/^Port .*/Port $nobody_port/" -e "s|^PidFile .*|PidFile $nobody/pid|" \
        "$d/sshd_config" >"$nobody/sshd_config"
    echo 'ForceCommand /usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups /usr/bin/env HOME=/tmp /bin/sh -c "$SSH_ORIGINAL_COMMAND"' \
        >>"$nobody/sshd_config"
    /usr/sbin/sshd -f "$nobody/sshd_config" -E "$nobody/log" || { cat "$nobody/log" >&2; return 1; }
    echo "[127.0.0.1]:$nobody_port $(cut -d' ' -f1-2 "$d/host_key.pub")" >>"$d/known_hosts"
    echo "$nobody_port" >"$d/nobody-port"
    : >"$d/known_hosts.empty"
    for variant in config:id_ed25519:known_hosts stranger:stranger_key:known_hosts \
        unknown:id_ed25519:known_hosts.empty; do
        IFS=: read -r name key hosts <<<"$variant"
        printf '%s\n' "Host *" "  IdentityFile $d/$key" "  IdentitiesOnly yes" "  IdentityAgent none" \
            "  UserKnownHostsFile $d/$hosts" "  GlobalKnownHostsFile /dev/null" \
            "  StrictHostKeyChecking yes" >"$d/$name"
    done
    for _ in $(seq 50); do
        ssh -F "$d/config" -p "$port" root@127.0.0.1 true 2>/dev/null && break
        sleep 0.1
    done
    ssh -F "$d/config" -p "$port" root@127.0.0.1 true >&2 || { cat "$d/log" >&2; return 1; }
    echo "$port"
}

# A private image registry (Debian's docker-registry: distribution 2.8) on a loopback port, with
# htpasswd sign-in (a bcrypt entry, as the registry wants), so sign-in, push and pull are really
# tested. The engines take a registry on 127.0.0.0/8 as plain HTTP: Docker by default, Podman
# from the registries.conf berth_engines_start_all gives it. Prints 127.0.0.1:PORT.
berth_registry_start() { # name user password
    local d="$BERTH_WORK/$1" port i
    mkdir -p "$d/data"
    htpasswd -Bbn "$2" "$3" >"$d/htpasswd" || return 1
    port=$(berth_free_port)
    printf '%s\n' "version: 0.1" "log:" "  level: warn" "storage:" "  filesystem:" \
        "    rootdirectory: $d/data" "  delete:" "    enabled: true" "http:" "  addr: 127.0.0.1:$port" \
        "  secret: berth-test-$port" "auth:" "  htpasswd:" "    realm: berth-test" \
        "    path: $d/htpasswd" >"$d/config.yml"
    docker-registry serve "$d/config.yml" >"$d/log" 2>&1 &
    echo $! >"$d/launcher.pid"
    for ((i = 0; i < 300; i++)); do
        # Signed out, /v2/ answers 401: the registry is up and asks for a sign-in.
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/v2/")" = 401 ] \
            && { echo "127.0.0.1:$port"; return 0; }
        sleep 0.1
    done
    echo "engines: the registry on 127.0.0.1:$port did not answer; its log ends:" >&2
    tail -n 30 "$d/log" >&2
    return 1
}

# A second registry, with TLS: a certificate authority of its own (openssl) and a certificate for
# the address it listens on, htpasswd sign-in as the first. Docker takes any registry on
# 127.0.0.0/8 as insecure and would not check a certificate there, so this one listens on an
# address of its own, 198.18.0.1 (the benchmarking range, routed nowhere), put on the loopback
# device and taken away by berth_registry_tls_stop. The authority's certificate stays in
# $BERTH_WORK/NAME/ca.crt: the tests place it in the engines' certs.d folders for their own
# address and port only, and take it away again; berth_registry_tls_stop removes whatever a
# killed test left there. Prints ADDRESS:PORT.
berth_registry_tls_start() { # name user password
    local d="$BERTH_WORK/$1" addr=198.18.0.1 port i
    mkdir -p "$d/data"
    chmod 700 "$d"
    ip -o addr show dev lo | grep -q " $addr/32" || ip addr add "$addr/32" dev lo || return 1
    echo "$addr" >"$BERTH_WORK/registry-tls-address"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
        -subj /CN=berth-test-registry-ca -keyout "$d/ca.key" -out "$d/ca.crt" 2>/dev/null || return 1
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=$addr" \
        -keyout "$d/server.key" -out "$d/server.csr" 2>/dev/null || return 1
    printf 'subjectAltName=IP:%s\nextendedKeyUsage=serverAuth\n' "$addr" >"$d/server.ext"
    openssl x509 -req -in "$d/server.csr" -CA "$d/ca.crt" -CAkey "$d/ca.key" -CAcreateserial -days 2 \
        -extfile "$d/server.ext" -out "$d/server.crt" 2>/dev/null || return 1
    htpasswd -Bbn "$2" "$3" >"$d/htpasswd" || return 1
    port=$(berth_free_port)
    printf '%s\n' "version: 0.1" "log:" "  level: warn" "storage:" "  filesystem:" \
        "    rootdirectory: $d/data" "  delete:" "    enabled: true" "http:" "  addr: $addr:$port" \
        "  secret: berth-test-$port" "  tls:" "    certificate: $d/server.crt" "    key: $d/server.key" \
        "auth:" "  htpasswd:" "    realm: berth-test" "    path: $d/htpasswd" >"$d/config.yml"
    docker-registry serve "$d/config.yml" >"$d/log" 2>&1 &
    echo $! >"$d/launcher.pid"
    for ((i = 0; i < 300; i++)); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 --cacert "$d/ca.crt" "https://$addr:$port/v2/")" = 401 ] \
            && { echo "$addr:$port"; return 0; }
        sleep 0.1
    done
    echo "engines: the TLS registry on $addr:$port did not answer; its log ends:" >&2
    tail -n 30 "$d/log" >&2
    return 1
}

# Takes away the TLS registry's address and any of its certificates a test left in certs.d.
berth_registry_tls_stop() {
    local addr root
    [ -f "$BERTH_WORK/registry-tls-address" ] || return 0
    addr=$(cat "$BERTH_WORK/registry-tls-address")
    for root in / "$BERTH_WORK/sid-root/"; do
        rm -rf "${root}etc/docker/certs.d/$addr:"* "${root}etc/containers/certs.d/$addr:"*
    done
    ip addr del "$addr/32" dev lo 2>/dev/null || true
    rm -f "$BERTH_WORK/registry-tls-address"
}

berth_engines_start_all() {
    # The registry the sign-in, push and pull tests use, first: Podman is told at its start that
    # it speaks plain HTTP (Docker assumes so for 127.0.0.0/8; Podman's compatible pull and /auth
    # have no parameter for it, and it reads registries.conf once).
    BERTH_TEST_REGISTRY_USER=berth-test
    BERTH_TEST_REGISTRY_PASSWORD=berth-test-$(berth_free_port)
    BERTH_TEST_REGISTRY=$(berth_registry_start registry "$BERTH_TEST_REGISTRY_USER" \
        "$BERTH_TEST_REGISTRY_PASSWORD") || return 1
    export BERTH_TEST_REGISTRY BERTH_TEST_REGISTRY_USER BERTH_TEST_REGISTRY_PASSWORD
    BERTH_TEST_TLS_REGISTRY=$(berth_registry_tls_start registry-tls "$BERTH_TEST_REGISTRY_USER" \
        "$BERTH_TEST_REGISTRY_PASSWORD") || return 1
    # The tests place its authority in the engines' certs.d: the current engines' / is their chroot.
    BERTH_TEST_TLS_REGISTRY_CA=$BERTH_WORK/registry-tls/ca.crt
    BERTH_TEST_CURRENT_ENGINES_ROOT=$BERTH_WORK/sid-root
    export BERTH_TEST_TLS_REGISTRY BERTH_TEST_TLS_REGISTRY_CA BERTH_TEST_CURRENT_ENGINES_ROOT
    printf '%s\n' "[[registry]]" "location = \"$BERTH_TEST_REGISTRY\"" "insecure = true" >"$BERTH_WORK/registries.conf"
    berth_podman_conf=(CONTAINERS_REGISTRIES_CONF="$BERTH_WORK/registries.conf")
    # Debian 12's engines: Docker 20.10 (API 1.41) and Podman 4.3. The first also listens on a
    # loopback port with TLS, as another machine's engine would.
    berth_tls_make || return 1
    BERTH_TEST_TLS_PORT=$(berth_free_port)
    BERTH_TEST_DOCKER_HOST=$(berth_dockerd_start docker -H "tcp://127.0.0.1:$BERTH_TEST_TLS_PORT" --tlsverify \
        --tlscacert "$BERTH_WORK/tls/ca.pem" --tlscert "$BERTH_WORK/tls/server-cert.pem" \
        --tlskey "$BERTH_WORK/tls/server-key.pem")
    BERTH_TEST_DOCKER2_HOST=$(berth_dockerd_start docker2)
    BERTH_TEST_PODMAN_HOST=$(berth_podman_start)
    # The current ones, from Debian's unstable archive in a chroot kept between runs: Docker 28.5
    # started as Docker 29 (API 1.44 at least, containerd image store) and Podman 5.8.
    sid_cache=$(berth_chroot_make sid "$berth_modern_packages")
    sid_root=$(berth_chroot_mount "$sid_cache" sid)
    berth_modern_cli "$sid_root"
    # The docker CLI the tests compare with: 28.5, which speaks to both Dockers (20.10's CLI cannot
    # reach a Docker 29).
    export PATH="$BERTH_WORK/bin:$PATH"
    sid_ns=$(berth_chroot_namespace "$sid_root" sid-ns)
    BERTH_TEST_CURRENT_DOCKER_HOST=$(berth_dockerd_modern_start "$sid_ns" docker29)
    BERTH_TEST_CURRENT_PODMAN_HOST=$(berth_podman_modern_start "$sid_ns" podman5)
    BERTH_TEST_IMAGE=berth-test/busybox:latest
    for host in "$BERTH_TEST_DOCKER_HOST" "$BERTH_TEST_DOCKER2_HOST" "$BERTH_TEST_PODMAN_HOST" \
        "$BERTH_TEST_CURRENT_DOCKER_HOST" "$BERTH_TEST_CURRENT_PODMAN_HOST"; do
        berth_test_image "$host" "$BERTH_TEST_IMAGE"
    done
    # The second engine, target of migrations and restarted by the reconnection tests, is the other
    # generation's Docker: Debian 12's tests move containers into the containerd image store, the
    # current engines' tests move them back into Docker 20.10's.
    BERTH_TEST_DOCKER2_HOST=$BERTH_TEST_CURRENT_DOCKER_HOST
    BERTH_TEST_DOCKER2_PIDFILE=$BERTH_WORK/docker29/pid
    BERTH_TEST_DOCKER2_START=$BERTH_WORK/docker29/start.sh
    BERTH_TEST_CURRENT_DOCKER2_HOST=unix://$BERTH_WORK/docker2/docker.sock
    BERTH_TEST_CURRENT_DOCKER2_PIDFILE=$BERTH_WORK/docker2/pid
    # Another machine: over ssh (the Debian set's engines through it) and over TLS.
    BERTH_TEST_SSH_PORT=$(berth_sshd_start "$BERTH_TEST_DOCKER_HOST") || return 1
    BERTH_TEST_SSH_DIR=$BERTH_WORK/ssh
    BERTH_TEST_SSH_NODOCKER_PORT=$(cat "$BERTH_WORK/ssh/nodocker-port")
    BERTH_TEST_SSH_NOBODY_PORT=$(cat "$BERTH_WORK/ssh/nobody-port")
    BERTH_SSH_COMMAND="ssh -F $BERTH_TEST_SSH_DIR/config"
    BERTH_TEST_TLS_HOST=tcp://127.0.0.1:$BERTH_TEST_TLS_PORT
    BERTH_TEST_TLS_CERTS=$BERTH_WORK/tls
    BERTH_TEST_TLS_ENGINE=unix://$BERTH_WORK/docker/docker.sock
    export BERTH_TEST_SSH_PORT BERTH_TEST_SSH_NODOCKER_PORT BERTH_TEST_SSH_NOBODY_PORT BERTH_TEST_SSH_DIR BERTH_SSH_COMMAND BERTH_TEST_TLS_HOST \
        BERTH_TEST_TLS_CERTS \
        BERTH_TEST_TLS_ENGINE
    export BERTH_TEST_DOCKER_HOST BERTH_TEST_DOCKER2_HOST BERTH_TEST_DOCKER2_PIDFILE BERTH_TEST_DOCKER2_START \
        BERTH_TEST_PODMAN_HOST BERTH_TEST_IMAGE BERTH_TEST_CURRENT_DOCKER_HOST BERTH_TEST_CURRENT_DOCKER2_HOST \
        BERTH_TEST_CURRENT_DOCKER2_PIDFILE BERTH_TEST_CURRENT_PODMAN_HOST
    for engine in "$BERTH_TEST_DOCKER_HOST" "$BERTH_TEST_CURRENT_DOCKER_HOST" "$BERTH_TEST_PODMAN_HOST" \
        "$BERTH_TEST_CURRENT_PODMAN_HOST"; do
        echo "engines: $engine: $(docker -H "$engine" version --format '{{.Server.Version}} (API {{.Server.APIVersion}}, minimum {{.Server.MinAPIVersion}})')"
    done
}

# A desktop for the GUI tests, on $DISPLAY: a private session bus with dunst on it (Berth's
# notifications go there, and the tests read them back with dunstctl), and a tray (trayer, an
# XEmbed system tray at the screen's bottom edge) for Berth's tray icon.
# berth_engines_stop stops them all (their pid files are where it looks).
berth_desktop_start() {
    mkdir -p "$BERTH_WORK/dbus" "$BERTH_WORK/dunst"
    dbus-daemon --session --fork --address="unix:path=$BERTH_WORK/dbus/bus" --print-pid=1 \
        >"$BERTH_WORK/dbus/pid" || return 1
    DBUS_SESSION_BUS_ADDRESS=unix:path=$BERTH_WORK/dbus/bus
    export DBUS_SESSION_BUS_ADDRESS
    dunst >"$BERTH_WORK/dunst/log" 2>&1 &
    echo $! >"$BERTH_WORK/dunst/pid"
    local started=0
    for _ in $(seq 100); do
        dunstctl is-paused >/dev/null 2>&1 && { started=1; break; }
        sleep 0.1
    done
    if [ "$started" != 1 ]; then
        echo "engines: dunst (the notification service) did not start" >&2
        cat "$BERTH_WORK/dunst/log" >&2
        return 1
    fi
    mkdir -p "$BERTH_WORK/tray"
    trayer --edge bottom --align right --widthtype request --height 32 --SetDockType true \
        --transparent false --tint 0x303030 >"$BERTH_WORK/tray/log" 2>&1 &
    echo $! >"$BERTH_WORK/tray/pid"
    # trayer takes the screen's tray selection (what Qt looks for) as its window is mapped.
    for _ in $(seq 100); do
        xdotool search --onlyvisible --class trayer >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "engines: trayer (the tray) did not start" >&2
    cat "$BERTH_WORK/tray/log" >&2
    return 1
}
