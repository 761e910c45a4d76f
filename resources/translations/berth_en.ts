<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EndpointResolver</name>
    <message>
        <location filename="../../src/core/engine/endpoint.cpp" line="+42" />
        <source>The host '%1' names no socket path.</source>
        <translation>The host '%1' names no socket path.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 (from %2) uses %3://, which Berth does not support yet. Use a unix:// socket.</source>
        <translation>%1 (from %2) uses %3://, which Berth does not support yet. Use a unix:// socket.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' (from %2) is not an engine address. Write it as unix:///path/to/docker.sock.</source>
        <translation>'%1' (from %2) is not an engine address. Write it as unix:///path/to/docker.sock.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The docker context '%1' is selected, but %2 cannot be read. Choose another with 'docker context use default'.</source>
        <translation>The docker context '%1' is selected, but %2 cannot be read. Choose another with 'docker context use default'.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The docker context '%1' has no docker endpoint.</source>
        <translation>The docker context '%1' has no docker endpoint.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>context %1</source>
        <translation>context %1</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+7" />
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location line="-4" />
        <source>found at a well-known place</source>
        <translation>found at a well-known place</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <location filename="../../src/core/engine/engineclient.cpp" line="+142" />
        <source>No engine endpoint is set.</source>
        <translation>No engine endpoint is set.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>%1 does not speak HTTP like an engine: %2</source>
        <translation>%1 does not speak HTTP like an engine: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 answered /_ping with HTTP %2 and no Api-Version header: it is not a Docker or Podman engine.</source>
        <translation>%1 answered /_ping with HTTP %2 and no Api-Version header: it is not a Docker or Podman engine.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The engine sent an unreadable API version '%1'.</source>
        <translation>The engine sent an unreadable API version '%1'.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The engine speaks API %1, older than %2, the oldest Berth supports (Docker 19.03).</source>
        <translation>The engine speaks API %1, older than %2, the oldest Berth supports (Docker 19.03).</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The engine (version %1) accepts API %2 and newer only; Berth speaks up to %3.</source>
        <translation>The engine (version %1) accepts API %2 and newer only; Berth speaks up to %3.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The engine did not answer within %1 s.</source>
        <translation>The engine did not answer within %1 s.</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <location filename="../../src/core/engine/apibase.h" line="+24" />
        <source>No %1 was given.</source>
        <translation>No %1 was given.</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/chunkeddecoder.cpp" line="+30" />
        <source>Chunk header line too long</source>
        <translation>Chunk header line too long</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Missing CRLF after chunk data</source>
        <translation>Missing CRLF after chunk data</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Bad chunk size '%1'</source>
        <translation>Bad chunk size '%1'</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/containersapi.cpp" line="+8" />
        <location filename="../../src/core/engine/execapi.cpp" line="+15" />
        <source>container id or name</source>
        <translation>container id or name</translation>
    </message>
    <message>
        <location line="+107" />
        <source>new name</source>
        <translation>new name</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/engineerror.cpp" line="+27" />
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The engine is not running: there is no socket at %1.</source>
        <translation>The engine is not running: there is no socket at %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Permission denied on the engine socket %1.</source>
        <translation>Permission denied on the engine socket %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing answers on the engine socket %1.</source>
        <translation>Nothing answers on the engine socket %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The engine closed the connection before it answered.</source>
        <translation>The engine closed the connection before it answered.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot talk to the engine at %1: %2</source>
        <translation>Cannot talk to the engine at %1: %2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Start the engine: 'sudo systemctl start docker' (Docker Engine), start Docker Desktop, or 'systemctl --user start podman.socket' (Podman). If it listens elsewhere, give its socket with --host unix:///path or DOCKER_HOST.</source>
        <translation>Start the engine: 'sudo systemctl start docker' (Docker Engine), start Docker Desktop, or 'systemctl --user start podman.socket' (Podman). If it listens elsewhere, give its socket with --host unix:///path or DOCKER_HOST.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your user may not use this socket. Add yourself to the docker group ('sudo usermod -aG docker $USER'), then log out and back in: group membership takes effect only in a new login.</source>
        <translation>Your user may not use this socket. Add yourself to the docker group ('sudo usermod -aG docker $USER'), then log out and back in: group membership takes effect only in a new login.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The socket is left over from an engine that stopped. Restart it: 'sudo systemctl restart docker'.</source>
        <translation>The socket is left over from an engine that stopped. Restart it: 'sudo systemctl restart docker'.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The engine may have stopped or restarted; try again.</source>
        <translation>The engine may have stopped or restarted; try again.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Something answers on this socket, but it is not a Docker or Podman engine. Check the endpoint (--host, DOCKER_HOST or the docker context).</source>
        <translation>Something answers on this socket, but it is not a Docker or Podman engine. Check the endpoint (--host, DOCKER_HOST or the docker context).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Berth speaks the Docker Engine API 1.40 to 1.41 and what newer engines still accept. Update the engine, or use a Berth release made for it.</source>
        <translation>Berth speaks the Docker Engine API 1.40 to 1.41 and what newer engines still accept. Update the engine, or use a Berth release made for it.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The answer was not valid HTTP; check that the endpoint is an engine.</source>
        <translation>The answer was not valid HTTP; check that the endpoint is an engine.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The engine did not answer in time; it may be overloaded.</source>
        <translation>The engine did not answer in time; it may be overloaded.</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/enginereply.cpp" line="+31" />
        <source>No answer from the engine within %1 s.</source>
        <translation>No answer from the engine within %1 s.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>The upload source went away.</source>
        <translation>The upload source went away.</translation>
    </message>
    <message>
        <location line="+94" />
        <source>The stream ended inside a multiplexed frame.</source>
        <translation>The stream ended inside a multiplexed frame.</translation>
    </message>
    <message>
        <location line="+159" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/execapi.cpp" line="-6" />
        <source>exec id</source>
        <translation>exec id</translation>
    </message>
    <message>
        <location line="+8" />
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/httpresponseparser.cpp" line="+50" />
        <source>Not an HTTP response (status line '%1')</source>
        <translation>Not an HTTP response (status line '%1')</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Malformed HTTP status line</source>
        <translation>Malformed HTTP status line</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Malformed HTTP status code '%1'</source>
        <translation>Malformed HTTP status code '%1'</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Malformed Content-Length '%1'</source>
        <translation>Malformed Content-Length '%1'</translation>
    </message>
    <message>
        <location line="+57" />
        <source>HTTP header section longer than %1 bytes</source>
        <translation>HTTP header section longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Malformed HTTP header line '%1'</source>
        <translation>Malformed HTTP header line '%1'</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The connection closed before any answer</source>
        <translation>The connection closed before any answer</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+3" />
        <source>The connection closed inside the HTTP headers</source>
        <translation>The connection closed inside the HTTP headers</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The connection closed inside a chunked body</source>
        <translation>The connection closed inside a chunked body</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The connection closed %1 bytes before the announced end of the body</source>
        <translation>The connection closed %1 bytes before the announced end of the body</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/imagesapi.cpp" line="+8" />
        <source>image name or id</source>
        <translation>image name or id</translation>
    </message>
    <message>
        <location line="+95" />
        <source>repository for the new tag</source>
        <translation>repository for the new tag</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/jsonlinesdecoder.cpp" line="+17" />
        <source>Malformed JSON in stream: %1</source>
        <translation>Malformed JSON in stream: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/multiplexeddecoder.cpp" line="+19" />
        <source>Malformed multiplexed stream header (is the container a TTY?)</source>
        <translation>Malformed multiplexed stream header (is the container a TTY?)</translation>
    </message>
</context>
<context>
    <name>EngineSummary</name>
    <message>
        <location filename="../../qml/EngineSummary.qml" line="+32" />
        <source>Connecting to the engine at %1…</source>
        <translation>Connecting to the engine at %1…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engine: %1</source>
        <translation>Engine: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (the engine speaks up to %2)</source>
        <translation>%1 (the engine speaks up to %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API version: %1</source>
        <translation>API version: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operating system: %1</source>
        <translation>Operating system: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n container(s)</source>
        <translation><numerusform>%n container</numerusform><numerusform>%n containers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n running</source>
        <translation><numerusform>%n running</numerusform><numerusform>%n running</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <location line="+7" />
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Containers: %1</source>
        <translation>Containers: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n image(s)</source>
        <translation><numerusform>%n image</numerusform><numerusform>%n images</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images: %1</source>
        <translation>Images: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n volume(s)</source>
        <translation><numerusform>%n volume</numerusform><numerusform>%n volumes</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Volumes: %1</source>
        <translation>Volumes: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Endpoint: %1</source>
        <translation>Endpoint: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Berth cannot reach the engine</source>
        <translation>Berth cannot reach the engine</translation>
    </message>
    <message>
        <location line="+21" />
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Trying again in %n second(s)…</source>
        <translation><numerusform>Trying again in %n second…</numerusform><numerusform>Trying again in %n seconds…</numerusform></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+15" />
        <location line="+8" />
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a desktop manager for Docker</source>
        <translation>a desktop manager for Docker</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Connected to %1 %2 at %3</source>
        <translation>Connected to %1 %2 at %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <location filename="../../src/core/learn/runoptions.cpp" line="+109" />
        <source>Choose an image to run.</source>
        <translation>Choose an image to run.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' is not an image reference, such as nginx or nginx:1.25.</source>
        <translation>'%1' is not an image reference, such as nginx or nginx:1.25.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A name starts with a letter or digit and holds only letters, digits, '_', '.' and '-'.</source>
        <translation>A name starts with a letter or digit and holds only letters, digits, '_', '.' and '-'.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+3" />
        <source>'%1' is not a port number (1 to 65535).</source>
        <translation>'%1' is not a port number (1 to 65535).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The protocol is tcp, udp or sctp.</source>
        <translation>The protocol is tcp, udp or sctp.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Host port %1 is given twice.</source>
        <translation>Host port %1 is given twice.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose a volume or a host folder to mount.</source>
        <translation>Choose a volume or a host folder to mount.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' is neither a volume name nor an absolute host path.</source>
        <translation>'%1' is neither a volume name nor an absolute host path.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The path inside the container must start with '/'.</source>
        <translation>The path inside the container must start with '/'.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is not NAME=value with a name of letters, digits and '_'.</source>
        <translation>'%1' is not NAME=value with a name of letters, digits and '_'.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A label is key=value with a key.</source>
        <translation>A label is key=value with a key.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The working folder must start with '/'.</source>
        <translation>The working folder must start with '/'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The restart policy is no, always, unless-stopped or on-failure[:N].</source>
        <translation>The restart policy is no, always, unless-stopped or on-failure[:N].</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A container removed when it stops cannot also be restarted: choose one.</source>
        <translation>A container removed when it stops cannot also be restarted: choose one.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write a memory limit such as 512m or 1g (at least 6m).</source>
        <translation>Write a memory limit such as 512m or 1g (at least 6m).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write a number of CPUs such as 0.5 or 2.</source>
        <translation>Write a number of CPUs such as 0.5 or 2.</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <location filename="../../src/core/learn/shellwords.cpp" line="+92" />
        <source>A quote is not closed.</source>
        <translation>A quote is not closed.</translation>
    </message>
</context>
<context>
    <name>berthctl</name>
    <message>
        <location filename="../../src/cli/main.cpp" line="+41" />
        <source>Usage: berthctl [--host unix:///path/to/docker.sock] COMMAND

Commands:
  version                     show the engine Berth talks to
  ps [-a] [--format json]     list containers (running only, or all with -a)
  images [--format json]      list images
  volume ls [--format json]   list volumes

Options:
  -H, --host URL   the engine's socket, as docker's -H (default: DOCKER_HOST, the docker
                   context, then the usual sockets)
  --version        print Berth's version
  -h, --help       this help
</source>
        <translation>Usage: berthctl [--host unix:///path/to/docker.sock] COMMAND

Commands:
  version                     show the engine Berth talks to
  ps [-a] [--format json]     list containers (running only, or all with -a)
  images [--format json]      list images
  volume ls [--format json]   list volumes

Options:
  -H, --host URL   the engine's socket, as docker's -H (default: DOCKER_HOST, the docker
                   context, then the usual sockets)
  --version        print Berth's version
  -h, --help       this help
</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The engine did not answer in time.</source>
        <translation>The engine did not answer in time.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>ps: unknown option '%1'. Try: berthctl ps [-a] [--format json]</source>
        <translation>ps: unknown option '%1'. Try: berthctl ps [-a] [--format json]</translation>
    </message>
    <message>
        <location line="+72" />
        <source>volume: unknown subcommand '%1'. Try: berthctl volume ls</source>
        <translation>volume: unknown subcommand '%1'. Try: berthctl volume ls</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1 needs a value, such as unix:///var/run/docker.sock</source>
        <translation>%1 needs a value, such as unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <location line="+11" />
        <source>unknown option '%1'. Try: berthctl --help</source>
        <translation>unknown option '%1'. Try: berthctl --help</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unknown command '%1'. Try: berthctl --help</source>
        <translation>unknown command '%1'. Try: berthctl --help</translation>
    </message>
</context>
</TS>
