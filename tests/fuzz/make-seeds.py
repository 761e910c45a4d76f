#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the fuzzers' seed corpora, corpus/<target>/, from tests/fixtures and a few small tars
and escape sequences made here. Each seed is at most a few KB. Run again after changing a fixture."""
import gzip, io, json, os, re, shutil, tarfile

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "fixtures")
MAX = 8192


def fixture(name):
    with open(os.path.join(fixtures, name), "rb") as f:
        return f.read()


def body(http):
    head, _, rest = http.partition(b"\r\n\r\n")
    return head, rest


def unchunk(data):
    out = b""
    while data:
        line, _, data = data.partition(b"\r\n")
        n = int(line.split(b";")[0], 16)
        if n == 0:
            break
        out += data[:n]
        data = data[n + 2:]
    return out


def write(target, name, data):
    folder = os.path.join(here, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data[:MAX])


def tar(entries, fmt=tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as t:
        for name, kind, payload in entries:
            info = tarfile.TarInfo(name)
            info.mtime = 1700000000
            if kind == "dir":
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                t.addfile(info)
            elif kind == "symlink":
                info.type, info.linkname = tarfile.SYMTYPE, payload
                t.addfile(info)
            elif kind == "hardlink":
                info.type, info.linkname = tarfile.LNKTYPE, payload
                t.addfile(info)
            else:
                info.size, info.mode = len(payload), 0o644
                t.addfile(info, io.BytesIO(payload))
    # Without tarfile's 10 KB record padding: the end is the two zero blocks.
    data = buf.getvalue().rstrip(b"\0")
    return data + b"\0" * (-len(data) % 512 + 1024)


for target in ("httpresponse", "chunked", "multiplexed", "jsonlines", "tardigest", "tarentries", "archivecheck",
               "backuplisting", "bundlemanifest", "modeljson", "logtext", "terminal"):
    shutil.rmtree(os.path.join(here, "corpus", target), ignore_errors=True)

# HTTP answers as the engines sent them (the first byte also picks the piece size).
for name in sorted(os.listdir(fixtures)):
    if name.endswith(".http"):
        write("httpresponse", name, fixture(name))
write("httpresponse", "continue-then-200",
      b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
write("httpresponse", "upgrade",
      b"HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n\x01\x00\x00\x00\x00\x00\x00\x02hi")
write("httpresponse", "trailers",
      b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;x=y\r\nhi\r\n0\r\nX-Trailer: 1\r\n\r\n")

# Chunked bodies.
for name in ("logs-mux.http", "events.http", "archive-get.http", "containers-json.http"):
    head, rest = body(fixture(name))
    if b"chunked" in head.lower():
        write("chunked", name, rest)
write("chunked", "extensions-trailer", b"a;ext=1\r\n0123456789\r\n0\r\nTrailer: x\r\n\r\n")

# Multiplexed streams, and JSON lines.
write("multiplexed", "logs-mux", unchunk(body(fixture("logs-mux.http"))[1]))
write("multiplexed", "all-streams", b"".join(bytes([s, 0, 0, 0, 0, 0, 0, 3]) + b"abc" for s in range(4)))
write("jsonlines", "pull-progress.jsonl", fixture("pull-progress.jsonl"))
events = body(fixture("events.http"))
write("jsonlines", "events", unchunk(events[1]) if b"chunked" in events[0].lower() else events[1])
write("jsonlines", "no-newline", b'{"stream":"Loaded image: alpine:3.19"}')

# Tars: plain, PAX long names, GNU long names, links; gzip for ArchiveCheck; a docker save.
simple = tar([("vol", "dir", None), ("vol/a.txt", "file", b"hello\n"), ("vol/link", "symlink", "a.txt"),
              ("vol/hard", "hardlink", "vol/a.txt")])
pax = tar([("d/" + "long" * 40 + ".txt", "file", b"x" * 700), ("d/l", "symlink", "t" * 120)])
gnu = tar([("g/" + "name" * 40, "file", b"y" * 10), ("g/l", "symlink", "u" * 120)], tarfile.GNU_FORMAT)
manifest = json.dumps([{"Config": "abc.json", "RepoTags": ["alpine:3.19"], "Layers": ["l/layer.tar"]}]).encode()
saved = tar([("abc.json", "file", b"{}"), ("manifest.json", "file", manifest),
             ("repositories", "file", b'{"alpine":{"3.19":"abc"}}')])
for target in ("tardigest", "tarentries", "archivecheck"):
    write(target, "simple.tar", simple)
    write(target, "pax.tar", pax)
    write(target, "gnu.tar", gnu)
write("archivecheck", "simple.tar.gz", gzip.compress(simple, mtime=0))
# What ls-backup and restore --only read: the above, a newline in a name, "..", a link to a link.
strange = tar([("./", "dir", None), ("./new\nline", "file", b"n"), ("./a/b", "file", b"b" * 600),
               ("./h1", "hardlink", "./a/b"), ("./h2", "hardlink", "./h1"), ("./../out", "file", b"o")])
for name, data in (("simple.tar", simple), ("pax.tar", pax), ("gnu.tar", gnu), ("strange.tar", strange),
                   ("simple.tar.gz", gzip.compress(simple, mtime=0))):
    write("backuplisting", name, data)
write("archivecheck", "docker-save.tar", saved)

# A manifest as export writes it.
create = {"Image": "alpine:3.19", "Cmd": ["sleep", "1"], "Env": ["A=1"], "Labels": {"k": "v"},
          "HostConfig": {"Binds": ["data:/data"], "PortBindings": {"80/tcp": [{"HostPort": "8080"}]},
                         "RestartPolicy": {"Name": "no"}}}
write("bundlemanifest", "manifest.json", json.dumps({
    "formatVersion": 1, "createdAt": "2026-11-29T17:08:01Z", "source": {"engine": "docker", "version": "20.10"},
    "container": {"name": "web", "originalImage": "alpine:3.19", "image": "berth-migrated/web:latest",
                  "createBody": create},
    "volumes": [{"name": "data", "anonymous": False, "destination": "/data", "readOnly": False,
                 "file": "volumes/data.tar.gz"}],
    "binds": [{"source": "/srv/site", "destination": "/site", "readOnly": True, "migrated": False, "file": ""}],
    "files": [{"path": "image.tar", "size": 1024, "sha256": "0" * 64},
              {"path": "volumes/data.tar.gz", "size": 20, "sha256": "1" * 64}]}, indent=1).encode())

# The engine's JSON for the models: a listed container, image and volume, a stats sample.
write("modeljson", "stats-busy.json", fixture("stats-busy.json"))
write("modeljson", "image-inspect-classic.json", fixture("image-inspect-classic-1.41.json"))
write("modeljson", "container.json", json.dumps({
    "Id": "a" * 64, "Names": ["/web"], "Image": "alpine:3.19", "ImageID": "sha256:" + "b" * 64, "Created": 1700000000,
    "State": "running", "Status": "Up 2 hours (healthy)", "SizeRw": 12288, "SizeRootFs": 7340032,
    "Ports": [{"IP": "0.0.0.0", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"}],
    "Mounts": [{"Type": "volume", "Name": "data", "Source": "/var/lib/docker/volumes/data/_data",
                "Destination": "/data", "RW": True}],
    "Labels": {"com.docker.compose.project": "site"}, "NetworkSettings": {"Networks": {"bridge": {}}}}).encode())
write("modeljson", "volume.json", json.dumps({
    "Name": "data", "Driver": "local", "Mountpoint": "/var/lib/docker/volumes/data/_data",
    "CreatedAt": "2026-11-29T17:08:01Z", "Scope": "local", "Labels": None,
    "UsageData": {"Size": 4096, "RefCount": 1}}).encode())

# Log lines and terminal output: SGR colours of every kind, carriage returns, cursor movement.
tty = body(fixture("logs-tty.http"))[1]
write("logtext", "tty-log", tty)
write("logtext", "sgr", b"\x1b[1;31merror\x1b[0m \x1b[38;5;208mwarn\x1b[39m \x1b[38;2;10;20;30mrgb\x1b[m <b>&amp;")
write("logtext", "progress", b"10%\r50%\r\x1b[7m100%\x1b[27m\r")
write("terminal", "tty-log", tty)
write("terminal", "screen", b"\x1b[?1049h\x1b[2J\x1b[H\x1b[1;32mtop\x1b[0m\x1b[10;5H\xe4\xb8\xad\xe6\x96\x87"
      b"\x1b[K\x1b]0;title\x07\x1b[?2004h\x1b[?25l\r\n\x1b[3Sscroll\x1b[?1049l")
write("terminal", "utf8-wide", "héllo wörld ✓ 漢字 e\u0301\r\n".encode() * 3)
