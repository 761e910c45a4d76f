<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArchiveCheck</name>
    <message>
        <location filename="../../src/core/archive/archivecheck.cpp" line="+111" />
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 does not exist. Check the name and the folder.</source>
        <translation>%1 does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 does not match its checksum (%2): the file was changed or damaged since the backup. Do not restore from it; use another copy.</source>
        <translation>%1 does not match its checksum (%2): the file was changed or damaged since the backup. Do not restore from it; use another copy.</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+168" />
        <source>%1 cannot be read as an archive: %2</source>
        <translation>%1 cannot be read as an archive: %2</translation>
    </message>
    <message>
        <location line="-263" />
        <location line="+108" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 holds "%2", a path outside the volume: it is refused, and nothing was changed.</source>
        <translation>%1 holds "%2", a path outside the volume: it is refused, and nothing was changed.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>a device node</source>
        <translation>a device node</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a FIFO</source>
        <translation>a FIFO</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a setuid or setgid file</source>
        <translation>a setuid or setgid file</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>a link to %1, outside the folder</source>
        <translation>a link to %1, outside the folder</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 holds "%2", %3, which a folder of this machine does not take: it is refused, and nothing was changed.</source>
        <translation>%1 holds "%2", %3, which a folder of this machine does not take: it is refused, and nothing was changed.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 is damaged or incomplete (at "%2"): %3</source>
        <translation>%1 is damaged or incomplete (at "%2"): %3</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+5" />
        <location line="+94" />
        <location line="+10" />
        <source>%1 is damaged or incomplete: %2</source>
        <translation>%1 is damaged or incomplete: %2</translation>
    </message>
    <message>
        <location line="-100" />
        <source>%1 holds nothing: it is not a volume backup.</source>
        <translation>%1 holds nothing: it is not a volume backup.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>%1 holds %2 images, and an import loads exactly one: it was not loaded.</source>
        <translation>%1 holds %2 images, and an import loads exactly one: it was not loaded.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 would tag %2 on this engine, where only %3 is expected. Loading it could point another image's tag at this one; it was not loaded.</source>
        <translation>%1 would tag %2 on this engine, where only %3 is expected. Loading it could point another image's tag at this one; it was not loaded.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>one name</source>
        <translation>one name</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 is not an image saved with docker save (it has no manifest.json naming one).</source>
        <translation>%1 is not an image saved with docker save (it has no manifest.json naming one).</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <location filename="../../src/app/volumes/backupform.cpp" line="+87" />
        <source>There is no volume to back up.</source>
        <translation>There is no volume to back up.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the folder for the backup files.</source>
        <translation>Give the folder for the backup files.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the folder as a full path, starting with /.</source>
        <translation>Give the folder as a full path, starting with /.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose what happens to %1 during the backup.</source>
        <translation>Choose what happens to %1 during the backup.</translation>
    </message>
</context>
<context>
    <name>BackupListing</name>
    <message>
        <location filename="../../src/core/archive/backuplisting.cpp" line="+124" />
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 does not exist. Check the name and the folder.</source>
        <translation>%1 does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 cannot be read as an archive: %2</source>
        <translation>%1 cannot be read as an archive: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is damaged or incomplete: %2</source>
        <translation>%1 is damaged or incomplete: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+51" />
        <source>%1 is damaged or incomplete (at "%2"): %3</source>
        <translation>%1 is damaged or incomplete (at "%2"): %3</translation>
    </message>
    <message>
        <location line="-45" />
        <source>%1 holds nothing: it is not a volume backup.</source>
        <translation>%1 holds nothing: it is not a volume backup.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 is not a file inside the backup.</source>
        <translation>%1 is not a file inside the backup.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The backup holds no %1.</source>
        <translation>The backup holds no %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is a link to a link in the backup.</source>
        <translation>%1 is a link to a link in the backup.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" leads outside the volume: a backup holds nothing there.</source>
        <translation>"%1" leads outside the volume: a backup holds nothing there.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The backup %1 holds no "%2".</source>
        <translation>The backup %1 holds no "%2".</translation>
    </message>
</context>
<context>
    <name>BuildContext</name>
    <message>
        <location filename="../../src/core/build/buildcontext.cpp" line="+30" />
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a folder: docker build needs the folder that holds what the Dockerfile copies.</source>
        <translation>%1 is not a folder: docker build needs the folder that holds what the Dockerfile copies.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>There is no Dockerfile at %1. Choose the Dockerfile with -f (in the dialog: Dockerfile).</source>
        <translation>There is no Dockerfile at %1. Choose the Dockerfile with -f (in the dialog: Dockerfile).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Dockerfile %1 is not a file.</source>
        <translation>The Dockerfile %1 is not a file.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Dockerfile %1 is outside the folder %2: put it inside the folder, or choose a folder that holds it.</source>
        <translation>The Dockerfile %1 is outside the folder %2: put it inside the folder, or choose a folder that holds it.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is larger than 4 MiB</source>
        <translation>it is larger than 4 MiB</translation>
    </message>
</context>
<context>
    <name>BuildForm</name>
    <message>
        <location filename="../../src/app/images/buildform.cpp" line="+39" />
        <source>Write each build argument as KEY=VALUE, one a line ("%1" is not).</source>
        <translation>Write each build argument as KEY=VALUE, one a line ("%1" is not).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose the folder to build: the one that holds the Dockerfile and what it copies.</source>
        <translation>Choose the folder to build: the one that holds the Dockerfile and what it copies.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no Dockerfile at %1.</source>
        <translation>There is no Dockerfile at %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A tag is NAME[:TAG] in lowercase, such as my/app:v1.</source>
        <translation>A tag is NAME[:TAG] in lowercase, such as my/app:v1.</translation>
    </message>
</context>
<context>
    <name>BuildImageDialog</name>
    <message>
        <location filename="../../qml/images/BuildImageDialog.qml" line="+29" />
        <source>Build an image</source>
        <translation>Build an image</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+146" />
        <source>Folder to build</source>
        <translation>Folder to build</translation>
    </message>
    <message>
        <location line="-143" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dockerfile (a path in the folder)</source>
        <translation>Dockerfile (a path in the folder)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dockerfile in the folder</source>
        <translation>Dockerfile in the folder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+4" />
        <source>my/app:v1</source>
        <translation>my/app:v1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name for the new image</source>
        <translation>Name for the new image</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+9" />
        <source>Build arguments</source>
        <translation>Build arguments</translation>
    </message>
    <message>
        <location line="-5" />
        <source>KEY=VALUE, one a line</source>
        <translation>KEY=VALUE, one a line</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+7" />
        <source>Target stage</source>
        <translation>Target stage</translation>
    </message>
    <message>
        <location line="-3" />
        <source>the last stage</source>
        <translation>the last stage</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No cache</source>
        <translation>No cache</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pull the base image</source>
        <translation>Pull the base image</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The same docker command: %1</source>
        <translation>The same docker command: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Built %1</source>
        <translation>Built %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled; what the build made was removed.</source>
        <translation>Cancelled; what the build made was removed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The build failed</source>
        <translation>The build failed</translation>
    </message>
    <message>
        <location line="+2" />
        <source> at line %1 of the Dockerfile</source>
        <translation> at line %1 of the Dockerfile</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Build output</source>
        <translation>Build output</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Stop the build</source>
        <translation>Stop the build</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Build again</source>
        <translation>Build again</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start the build</source>
        <translation>Start the build</translation>
    </message>
</context>
<context>
    <name>BuildJob</name>
    <message>
        <location filename="../../src/core/jobs/buildjob.cpp" line="+28" />
        <source>Build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Sending the build context</source>
        <translation>Sending the build context</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The engine ended the build without naming the image.</source>
        <translation>The engine ended the build without naming the image.</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Removing what the build made</source>
        <translation>Removing what the build made</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <location filename="../../src/core/archive/bundlemanifest.cpp" line="+288" />
        <source>manifest.json is not valid JSON (%1).</source>
        <translation>manifest.json is not valid JSON (%1).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The bundle's format version is %1; this Berth reads version %2. Use a Berth as new as the one that made it.</source>
        <translation>The bundle's format version is %1; this Berth reads version %2. Use a Berth as new as the one that made it.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>manifest.json lacks the container's name, its image or the list of files.</source>
        <translation>manifest.json lacks the container's name, its image or the list of files.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>manifest.json names a volume without its mount point or its file.</source>
        <translation>manifest.json names a volume without its mount point or its file.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>manifest.json names a folder of the source machine without its path, its mount point or its file.</source>
        <translation>manifest.json names a folder of the source machine without its path, its mount point or its file.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>manifest.json lists "%1", a path outside the bundle.</source>
        <translation>manifest.json lists "%1", a path outside the bundle.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The bundle holds files its manifest does not list: %1. Somebody changed it; do not import it.</source>
        <translation>The bundle holds files its manifest does not list: %1. Somebody changed it; do not import it.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>The bundle lacks %1, which its manifest lists.</source>
        <translation>The bundle lacks %1, which its manifest lists.</translation>
    </message>
    <message>
        <location line="-317" />
        <source>runs privileged: as root with every device and kernel feature of this machine</source>
        <translation>runs privileged: as root with every device and kernel feature of this machine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>adds the kernel capabilities %1</source>
        <translation>adds the kernel capabilities %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>uses devices of this machine: %1</source>
        <translation>uses devices of this machine: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <location line="+1" />
        <source>processes (PID)</source>
        <translation>processes (PID)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>shared memory (IPC)</source>
        <translation>shared memory (IPC)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>host name (UTS)</source>
        <translation>host name (UTS)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>users (user namespace)</source>
        <translation>users (user namespace)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>control groups (cgroup namespace)</source>
        <translation>control groups (cgroup namespace)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this machine's</source>
        <translation>this machine's</translation>
    </message>
    <message>
        <location line="+0" />
        <source>that of %1</source>
        <translation>that of %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>shares namespaces instead of its own: %1</source>
        <translation>shares namespaces instead of its own: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>masked paths %1</source>
        <translation>masked paths %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>read-only paths %1</source>
        <translation>read-only paths %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>changes its security confinement: %1</source>
        <translation>changes its security confinement: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>sets kernel parameters: %1</source>
        <translation>sets kernel parameters: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the volumes of the container %1</source>
        <translation>the volumes of the container %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mounts folders of this machine: %1</source>
        <translation>mounts folders of this machine: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>runs under another runtime or control group: %1</source>
        <translation>runs under another runtime or control group: %1</translation>
    </message>
    <message>
        <location line="+179" />
        <source>manifest.json sets %1, which Berth's export never writes: it was edited. Do not import this bundle.</source>
        <translation>manifest.json sets %1, which Berth's export never writes: it was edited. Do not import this bundle.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>%1 has %2 bytes, its manifest says %3: the file was changed or cut.</source>
        <translation>%1 has %2 bytes, its manifest says %3: the file was changed or cut.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 does not match the sha256 in the manifest: it was changed or damaged. Do not import this bundle.</source>
        <translation>%1 does not match the sha256 in the manifest: it was changed or damaged. Do not import this bundle.</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <location filename="../../src/core/archive/checksumfile.cpp" line="+30" />
        <location line="+8" />
        <location line="+28" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+3" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 is not a checksum file (sha256sum's "&lt;digest&gt;  &lt;name&gt;").</source>
        <translation>%1 is not a checksum file (sha256sum's "&lt;digest&gt;  &lt;name&gt;").</translation>
    </message>
</context>
<context>
    <name>CommandBlock</name>
    <message>
        <location filename="../../qml/common/CommandBlock.qml" line="+54" />
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Copy the docker command</source>
        <translation>Copy the docker command</translation>
    </message>
</context>
<context>
    <name>ComposeTool</name>
    <message>
        <location filename="../../src/core/compose/composetool.cpp" line="+71" />
        <source>No compose tool is installed: neither the docker compose plugin nor docker-compose is on PATH. On Debian and Ubuntu: sudo apt install docker-compose (or docker-compose-plugin from Docker's own packages); on Fedora: sudo dnf install docker-compose. Then try again.</source>
        <translation>No compose tool is installed: neither the docker compose plugin nor docker-compose is on PATH. On Debian and Ubuntu: sudo apt install docker-compose (or docker-compose-plugin from Docker's own packages); on Fedora: sudo dnf install docker-compose. Then try again.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The compose tool reads TLS files only as ca.pem, cert.pem and key.pem in one folder; this engine's are named otherwise. Put them in one folder with those names and add the engine with that folder.</source>
        <translation>The compose tool reads TLS files only as ca.pem, cert.pem and key.pem in one folder; this engine's are named otherwise. Put them in one folder with those names and add the engine with that folder.</translation>
    </message>
</context>
<context>
    <name>ComposeToolJob</name>
    <message>
        <location line="+47" />
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 ended with exit code %2:
%3</source>
        <translation>%1 ended with exit code %2:
%3</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/common/ConfirmDialog.qml" line="+35" />
        <location line="+3" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Nothing to remove.</source>
        <translation>Nothing to remove.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Frees %1.</source>
        <translation>Frees %1.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Command:</source>
        <translation>Command:</translation>
    </message>
</context>
<context>
    <name>ContainerActions</name>
    <message>
        <location filename="../../src/app/containers/containeractions.cpp" line="+133" />
        <source>healthy</source>
        <translation>healthy</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>unhealthy, %n failed check(s) in a row</source>
        <translation><numerusform>unhealthy, %n failed check in a row</numerusform><numerusform>unhealthy, %n failed checks in a row</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>starting: no verdict yet</source>
        <translation>starting: no verdict yet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 · exit code %2 · %3 s</source>
        <translation>%1 · exit code %2 · %3 s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · exit code %2</source>
        <translation>%1 · exit code %2</translation>
    </message>
</context>
<context>
    <name>ContainerAlerts</name>
    <message>
        <location filename="../../src/core/sync/containeralerts.cpp" line="+39" />
        <source>%1 is unhealthy: its health check fails.</source>
        <translation>%1 is unhealthy: its health check fails.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 keeps restarting: %2 starts in a minute and a half.</source>
        <translation>%1 keeps restarting: %2 starts in a minute and a half.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 ran out of memory and stopped (exit code %2).</source>
        <translation>%1 ran out of memory and stopped (exit code %2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 was killed with signal %2 and stopped (exit code %3).</source>
        <translation>%1 was killed with signal %2 and stopped (exit code %3).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 stopped with exit code %2.</source>
        <translation>%1 stopped with exit code %2.</translation>
    </message>
</context>
<context>
    <name>ContainerDelegate</name>
    <message>
        <location filename="../../qml/containers/ContainerDelegate.qml" line="+120" />
        <source>Container %1, %2, image %3</source>
        <translation>Container %1, %2, image %3</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Select %1</source>
        <translation>Select %1</translation>
    </message>
    <message>
        <location line="+32" />
        <source>healthy</source>
        <translation>healthy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unhealthy</source>
        <translation>unhealthy</translation>
    </message>
    <message>
        <location line="+0" />
        <source>health: starting</source>
        <translation>health: starting</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Health: %1</source>
        <translation>Health: %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Open %1 in the browser</source>
        <translation>Open %1 in the browser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ports: %1</source>
        <translation>Ports: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No ports</source>
        <translation>No ports</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+3" />
        <source>CPU and memory in use now (docker stats)</source>
        <translation>CPU and memory in use now (docker stats)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>CPU %1, memory %2</source>
        <translation>CPU %1, memory %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume %1</source>
        <translation>Resume %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>More actions for %1</source>
        <translation>More actions for %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location line="-18" />
        <location line="+36" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
</context>
<context>
    <name>ContainerDetails</name>
    <message>
        <location filename="../../qml/containers/ContainerDetails.qml" line="+185" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+37" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart %1</source>
        <translation>Restart %1</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Kill</source>
        <translation>Kill</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Copy ID</source>
        <translation>Copy ID</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Back up its volumes…</source>
        <translation>Back up its volumes…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Move to another machine…</source>
        <translation>Move to another machine…</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Copy name</source>
        <translation>Copy name</translation>
    </message>
    <message>
        <location line="-120" />
        <source>New name</source>
        <translation>New name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New name for the container</source>
        <translation>New name for the container</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rename the container</source>
        <translation>Rename the container</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+160" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-158" />
        <source>Keep the name</source>
        <translation>Keep the name</translation>
    </message>
    <message>
        <location line="+16" />
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Resume %1</source>
        <translation>Resume %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>More actions for %1</source>
        <translation>More actions for %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save as an image (commit)…</source>
        <translation>Save as an image (commit)…</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save %1 as an image</source>
        <translation>Save %1 as an image</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The container's files as they are now become a new image, which can run new containers or go to a registry.</source>
        <translation>The container's files as they are now become a new image, which can run new containers or go to a registry.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Image name for a commit, e.g. my/app:v2</source>
        <translation>Image name for a commit, e.g. my/app:v2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Image name for the commit</source>
        <translation>Image name for the commit</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The same docker command: %1</source>
        <translation>The same docker command: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save the container as an image (docker commit)</source>
        <translation>Save the container as an image (docker commit)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stats</source>
        <translation>Stats</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <location line="+9" />
        <location line="+58" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-69" />
        <source>Mounts</source>
        <translation>Mounts</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Health checks</source>
        <translation>Health checks</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
</context>
<context>
    <name>ContainerListPage</name>
    <message>
        <location filename="../../qml/containers/ContainerListPage.qml" line="+122" />
        <location line="+288" />
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <location line="-262" />
        <source>Search by name, image or id (Ctrl+F)</source>
        <translation>Search by name, image or id (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search containers</source>
        <translation>Search containers</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unhealthy</source>
        <translation>Unhealthy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show containers that are</source>
        <translation>Show containers that are</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Group by project</source>
        <translation>Group by project</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Group containers by compose project</source>
        <translation>Group containers by compose project</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Run…</source>
        <translation>Run…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run a new container</source>
        <translation>Run a new container</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import a container moved from another machine</source>
        <translation>Import a container moved from another machine</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Prune…</source>
        <translation>Prune…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove all stopped containers</source>
        <translation>Remove all stopped containers</translation>
    </message>
    <message>
        <location line="+10" />
        <source>What is a container?</source>
        <translation>What is a container?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A container is a running program made from an image, with its own files, network and processes kept apart from the rest of the computer. Stopping it keeps its files; removing it deletes them, except what lives in volumes.</source>
        <translation>A container is a running program made from an image, with its own files, network and processes kept apart from the rest of the computer. Stopping it keeps its files; removing it deletes them, except what lives in volumes.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the selected containers</source>
        <translation>Start the selected containers</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the selected containers</source>
        <translation>Stop the selected containers</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restart the selected containers</source>
        <translation>Restart the selected containers</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Remove the selected containers</source>
        <translation>Remove the selected containers</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Select none</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Select every container shown</source>
        <translation>Select every container shown</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name · image</source>
        <translation>Name · image</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+9" />
        <source>CPU · memory</source>
        <translation>CPU · memory</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Not in a compose project</source>
        <translation>Not in a compose project</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Loading containers…</source>
        <translation>Loading containers…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No containers yet. Press “Run…” to start one from an image.</source>
        <translation>No containers yet. Press “Run…” to start one from an image.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No container matches the search.</source>
        <translation>No container matches the search.</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Remove stopped containers</source>
        <translation>Remove stopped containers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These stopped containers will be removed, with the files they hold outside volumes:</source>
        <translation>These stopped containers will be removed, with the files they hold outside volumes:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Remove a container</source>
        <translation>Remove a container</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the container %1? Its files outside volumes are deleted; a running one is stopped first.</source>
        <translation>Remove the container %1? Its files outside volumes are deleted; a running one is stopped first.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also remove its anonymous volumes</source>
        <translation>Also remove its anonymous volumes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove containers</source>
        <translation>Remove containers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These containers will be removed; their files outside volumes are deleted, and running ones are stopped first:</source>
        <translation>These containers will be removed; their files outside volumes are deleted, and running ones are stopped first:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also remove their anonymous volumes</source>
        <translation>Also remove their anonymous volumes</translation>
    </message>
</context>
<context>
    <name>ContainerNetworks</name>
    <message>
        <location filename="../../qml/containers/ContainerNetworks.qml" line="+56" />
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Disconnect %1 from %2</source>
        <translation>Disconnect %1 from %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Network to connect to</source>
        <translation>Network to connect to</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connect %1 to the chosen network</source>
        <translation>Connect %1 to the chosen network</translation>
    </message>
</context>
<context>
    <name>ContainerRun</name>
    <message>
        <location filename="../../src/core/jobs/containerrun.cpp" line="+50" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The image %1 is not here and could not be pulled: %2</source>
        <translation>The image %1 is not here and could not be pulled: %2</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../../src/app/notifications/desktopnotifier.cpp" line="+43" />
        <source>This desktop has no session bus (D-Bus), so Berth cannot show notifications.</source>
        <translation>This desktop has no session bus (D-Bus), so Berth cannot show notifications.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Container %1 stopped</source>
        <translation>Container %1 stopped</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Container %1 is unhealthy</source>
        <translation>Container %1 is unhealthy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Container %1 keeps restarting</source>
        <translation>Container %1 keeps restarting</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>Berth: %n notification(s)</source>
        <translation><numerusform>Berth: %n notification</numerusform><numerusform>Berth: %n notifications</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The desktop's notification service did not answer (%1), so Berth cannot show notifications. A desktop with notifications (GNOME, KDE, Xfce, or dunst) shows them.</source>
        <translation>The desktop's notification service did not answer (%1), so Berth cannot show notifications. A desktop with notifications (GNOME, KDE, Xfce, or dunst) shows them.</translation>
    </message>
</context>
<context>
    <name>DiskActions</name>
    <message>
        <location filename="../../src/app/disk/diskactions.cpp" line="+118" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build cache</source>
        <translation>Build cache</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DiskPage</name>
    <message>
        <location filename="../../qml/disk/DiskPage.qml" line="+17" />
        <source>Disk use</source>
        <translation>Disk use</translation>
    </message>
    <message>
        <location line="+11" />
        <source>What the engine keeps on disk, as docker system df counts it</source>
        <translation>What the engine keeps on disk, as docker system df counts it</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Count the disk use again</source>
        <translation>Count the disk use again</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Could not read the disk use: %1</source>
        <translation>Could not read the disk use: %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reclaimable</source>
        <translation>Reclaimable</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <location line="+24" />
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The same docker command: %1</source>
        <translation>The same docker command: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clean up…</source>
        <translation>Clean up…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clean up %1</source>
        <translation>Clean up %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Clean up: %1</source>
        <translation>Clean up: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>These are removed, and nothing else:</source>
        <translation>These are removed, and nothing else:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Their data goes with them. Back up what you need first.</source>
        <translation>Their data goes with them. Back up what you need first.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../../src/core/model/displayformat.cpp" line="+53" />
        <source>Less than a second</source>
        <translation>Less than a second</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About a minute</source>
        <translation>About a minute</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About an hour</source>
        <translation>About an hour</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n week(s)</source>
        <translation><numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <location line="+19" />
        <source>Up %1</source>
        <translation>Up %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Up %1 (Paused)</source>
        <translation>Up %1 (Paused)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Up %1 (healthy)</source>
        <translation>Up %1 (healthy)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Up %1 (unhealthy)</source>
        <translation>Up %1 (unhealthy)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up %1 (health: starting)</source>
        <translation>Up %1 (health: starting)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Exited (%1) %2 ago</source>
        <translation>Exited (%1) %2 ago</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restarting (%1) %2 ago</source>
        <translation>Restarting (%1) %2 ago</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Removal In Progress</source>
        <translation>Removal In Progress</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dead</source>
        <translation>Dead</translation>
    </message>
</context>
<context>
    <name>DockerContexts</name>
    <message>
        <location filename="../../src/core/engine/dockercontexts.cpp" line="+96" />
        <source>Current DOCKER_HOST based configuration</source>
        <translation>Current DOCKER_HOST based configuration</translation>
    </message>
    <message>
        <location line="+50" />
        <source>"%1" cannot name a context: use letters, digits, '.', '_' and '-', starting with a letter or digit (and not "default").</source>
        <translation>"%1" cannot name a context: use letters, digits, '.', '_' and '-', starting with a letter or digit (and not "default").</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A context named %1 exists already (docker context rm %1 removes it).</source>
        <translation>A context named %1 exists already (docker context rm %1 removes it).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot write the context's TLS files in %1.</source>
        <translation>Cannot write the context's TLS files in %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+35" />
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="-27" />
        <source>The default context cannot be removed.</source>
        <translation>The default context cannot be removed.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+16" />
        <source>There is no context named %1 (docker context ls lists them).</source>
        <translation>There is no context named %1 (docker context ls lists them).</translation>
    </message>
    <message>
        <location line="-14" />
        <source>%1 is the current context: choose another first (docker context use default), or force it.</source>
        <translation>%1 is the current context: choose another first (docker context use default), or force it.</translation>
    </message>
</context>
<context>
    <name>DockerCredentials</name>
    <message>
        <location filename="../../src/core/registry/dockercredentials.cpp" line="+48" />
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not valid JSON (%2); fix or move it first.</source>
        <translation>%1 is not valid JSON (%2); fix or move it first.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot make the folder of %1.</source>
        <translation>Cannot make the folder of %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+94" />
        <source>The credential helper name "%1" in %2 is not valid.</source>
        <translation>The credential helper name "%1" in %2 is not valid.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not installed, but %2 names it; install it or remove it from there.</source>
        <translation>%1 is not installed, but %2 names it; install it or remove it from there.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1 did not start: %2</source>
        <translation>%1 did not start: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 %2 wrote more than 1 MiB; it was stopped.</source>
        <translation>%1 %2 wrote more than 1 MiB; it was stopped.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 %2 did not answer within %3 s (a locked key store waiting for a password?).</source>
        <translation>%1 %2 did not answer within %3 s (a locked key store waiting for a password?).</translation>
    </message>
    <message>
        <location line="-35" />
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 failed: %3</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The sign-in for %1 in %2 is not "user:password"; sign in again.</source>
        <translation>The sign-in for %1 in %2 is not "user:password"; sign in again.</translation>
    </message>
</context>
<context>
    <name>DockerIgnore</name>
    <message>
        <location filename="../../src/core/build/dockerignore.cpp" line="+111" />
        <source>A line of .dockerignore is only "!": an exception needs a pattern after it.</source>
        <translation>A line of .dockerignore is only "!": an exception needs a pattern after it.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The .dockerignore pattern "%1" is malformed (an unclosed [ or a \ at the end).</source>
        <translation>The .dockerignore pattern "%1" is malformed (an unclosed [ or a \ at the end).</translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <location filename="../../src/core/engine/endpoint.cpp" line="+54" />
        <source>The host '%1' names no socket path.</source>
        <translation>The host '%1' names no socket path.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>'%1' (from %2) is not an engine address: write tcp://HOST:PORT or ssh://[USER@]HOST[:PORT][/path/to/docker.sock].</source>
        <translation>'%1' (from %2) is not an engine address: write tcp://HOST:PORT or ssh://[USER@]HOST[:PORT][/path/to/docker.sock].</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 holds a password. Berth never passes passwords to ssh: use a key (ssh-add) and write ssh://USER@HOST.</source>
        <translation>%1 holds a password. Berth never passes passwords to ssh: use a key (ssh-add) and write ssh://USER@HOST.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 (from %2) is plain TCP without TLS: anyone who reaches that port is root on that machine. Give Berth the engine's TLS certificates (DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH, or a docker context with them), or use ssh://. To connect without TLS anyway, set BERTH_PLAIN_TCP=1.</source>
        <translation>%1 (from %2) is plain TCP without TLS: anyone who reaches that port is root on that machine. Give Berth the engine's TLS certificates (DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH, or a docker context with them), or use ssh://. To connect without TLS anyway, set BERTH_PLAIN_TCP=1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 (from %2) uses %3://, which the docker CLI does not take either: write tcp://HOST:PORT.</source>
        <translation>%1 (from %2) uses %3://, which the docker CLI does not take either: write tcp://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' (from %2) is not an engine address. Write it as unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://USER@HOST.</source>
        <translation>'%1' (from %2) is not an engine address. Write it as unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://USER@HOST.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The docker context '%1' is selected, but %2 cannot be read. Choose another with 'docker context use default'.</source>
        <translation>The docker context '%1' is selected, but %2 cannot be read. Choose another with 'docker context use default'.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The docker context '%1' has no docker endpoint.</source>
        <translation>The docker context '%1' has no docker endpoint.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>context %1</source>
        <translation>context %1</translation>
    </message>
    <message>
        <location line="+44" />
        <location line="+14" />
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location line="-8" />
        <source>found at a well-known place</source>
        <translation>found at a well-known place</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <location filename="../../src/core/engine/engineclient.cpp" line="+146" />
        <source>No engine endpoint is set.</source>
        <translation>No engine endpoint is set.</translation>
    </message>
    <message>
        <location line="+61" />
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
        <source>The engine (version %1) accepts API %2 and newer only; this Berth speaks up to %3.</source>
        <translation>The engine (version %1) accepts API %2 and newer only; this Berth speaks up to %3.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The engine did not answer within %1 s.</source>
        <translation>The engine did not answer within %1 s.</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <location filename="../../src/core/engine/apibase.h" line="+26" />
        <source>No %1 was given.</source>
        <translation>No %1 was given.</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/chunkeddecoder.cpp" line="+32" />
        <source>Chunk header line too long</source>
        <translation>Chunk header line too long</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Missing CRLF after chunk data</source>
        <translation>Missing CRLF after chunk data</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The chunked body's trailer is longer than %1 bytes</source>
        <translation>The chunked body's trailer is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+12" />
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
        <location line="+5" />
        <source>The engine closed the connection before it answered.</source>
        <translation>The engine closed the connection before it answered.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot talk to the engine at %1: %2</source>
        <translation>Cannot talk to the engine at %1: %2</translation>
    </message>
    <message>
        <location line="+37" />
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
        <location line="+6" />
        <source>The engine is newer than this Berth: update Berth. The engine needs no change.</source>
        <translation>The engine is newer than this Berth: update Berth. The engine needs no change.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Update the engine: Berth needs Docker Engine 19.03 or newer, or Podman 3 or newer.</source>
        <translation>Update the engine: Berth needs Docker Engine 19.03 or newer, or Podman 3 or newer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The answer was not valid HTTP; check that the endpoint is an engine.</source>
        <translation>The answer was not valid HTTP; check that the endpoint is an engine.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The engine did not answer in time; it may be overloaded.</source>
        <translation>The engine did not answer in time; it may be overloaded.</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/enginereply.cpp" line="+33" />
        <source>No answer from the engine within %1 s.</source>
        <translation>No answer from the engine within %1 s.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The upload source went away.</source>
        <translation>The upload source went away.</translation>
    </message>
    <message>
        <location line="+117" />
        <source>The stream ended inside a multiplexed frame.</source>
        <translation>The stream ended inside a multiplexed frame.</translation>
    </message>
    <message>
        <location line="+144" />
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
        <location line="+24" />
        <source>The engine's answer is larger than %1 MiB, more than Berth reads at once</source>
        <translation>The engine's answer is larger than %1 MiB, more than Berth reads at once</translation>
    </message>
    <message>
        <location line="+63" />
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
        <source>The connection closed in the middle of the engine's answer</source>
        <translation>The connection closed in the middle of the engine's answer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The connection closed %1 bytes before the announced end of the body</source>
        <translation>The connection closed %1 bytes before the announced end of the body</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/imagesapi.cpp" line="+11" />
        <source>image name or id</source>
        <translation>image name or id</translation>
    </message>
    <message>
        <location line="+81" />
        <source>search term</source>
        <translation>search term</translation>
    </message>
    <message>
        <location line="+100" />
        <source>repository for the new tag</source>
        <translation>repository for the new tag</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/jsonlinesdecoder.cpp" line="+17" />
        <source>Malformed JSON in stream: %1</source>
        <translation>Malformed JSON in stream: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A JSON line in the stream is longer than %1 MiB</source>
        <translation>A JSON line in the stream is longer than %1 MiB</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/multiplexeddecoder.cpp" line="+19" />
        <source>Malformed multiplexed stream header (is the container a TTY?)</source>
        <translation>Malformed multiplexed stream header (is the container a TTY?)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A multiplexed frame of %1 bytes is longer than the %2 MiB allowed</source>
        <translation>A multiplexed frame of %1 bytes is longer than the %2 MiB allowed</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/networksapi.cpp" line="+179" />
        <source>The network %1 is in use by %2. Disconnect them from it (or remove them) first.</source>
        <translation>The network %1 is in use by %2. Disconnect them from it (or remove them) first.</translation>
    </message>
</context>
<context>
    <name>EngineSocket</name>
    <message>
        <location filename="../../src/core/engine/tlsconnection.cpp" line="+211" />
        <source>%1 holds no certificate authority.</source>
        <translation>%1 holds no certificate authority.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The engine's certificate authority (%1) is missing: Berth cannot tell the engine is the one you mean.</source>
        <translation>The engine's certificate authority (%1) is missing: Berth cannot tell the engine is the one you mean.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The client certificate %1 or its key %2 cannot be read as PEM.</source>
        <translation>The client certificate %1 or its key %2 cannot be read as PEM.</translation>
    </message>
    <message>
        <location line="-90" />
        <source>its certificate is not signed by the authority Berth was given (%1)</source>
        <translation>its certificate is not signed by the authority Berth was given (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its certificate expired on %1</source>
        <translation>its certificate expired on %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its certificate is valid only from %1 (is this computer's clock right?)</source>
        <translation>its certificate is valid only from %1 (is this computer's clock right?)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>its certificate is for %1, not %2</source>
        <translation>its certificate is for %1, not %2</translation>
    </message>
    <message>
        <location filename="../../src/core/engine/enginesocket.cpp" line="+189" />
        <source>Berth cannot trust the engine at %1: %2. Check its certificates (docker context inspect shows which), the address, and this computer's clock.</source>
        <translation>Berth cannot trust the engine at %1: %2. Check its certificates (docker context inspect shows which), the address, and this computer's clock.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing listens on %1: is the engine started with -H tcp://…, and is the port right?</source>
        <translation>Nothing listens on %1: is the engine started with -H tcp://…, and is the port right?</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+169" />
        <source>The machine %1 is not known: check its name.</source>
        <translation>The machine %1 is not known: check its name.</translation>
    </message>
    <message>
        <location line="-167" />
        <source>%1 did not answer: the machine may be off, or a firewall in the way.</source>
        <translation>%1 did not answer: the machine may be off, or a firewall in the way.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 ended the TLS handshake: it may speak plain TCP, or want a client certificate Berth does not have (%2): %3</source>
        <translation>%1 ended the TLS handshake: it may speak plain TCP, or want a client certificate Berth does not have (%2): %3</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Cannot run %1: is OpenSSH's client installed (Debian: openssh-client)?</source>
        <translation>Cannot run %1: is OpenSSH's client installed (Debian: openssh-client)?</translation>
    </message>
    <message>
        <location line="+98" />
        <source>ssh does not know %1's host key yet, so it cannot tell the machine is the right one. Check and accept it once in a terminal: ssh %2 true</source>
        <translation>ssh does not know %1's host key yet, so it cannot tell the machine is the right one. Check and accept it once in a terminal: ssh %2 true</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1's host key is not the one ssh knows: the machine was reinstalled, or someone is in between. ssh's message says which line of known_hosts to check.</source>
        <translation>%1's host key is not the one ssh knows: the machine was reinstalled, or someone is in between. ssh's message says which line of known_hosts to check.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ssh could not sign in to %1 with your keys (%2). Add your key to the ssh agent (ssh-add) or name it in ~/.ssh/config, and put its public half into ~/.ssh/authorized_keys there. Berth never asks for a password.</source>
        <translation>ssh could not sign in to %1 with your keys (%2). Add your key to the ssh agent (ssh-add) or name it in ~/.ssh/config, and put its public half into ~/.ssh/authorized_keys there. Berth never asks for a password.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 refused the ssh connection: is its ssh server running, on this port?</source>
        <translation>%1 refused the ssh connection: is its ssh server running, on this port?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 did not answer ssh: the machine may be off, or a firewall in the way.</source>
        <translation>%1 did not answer ssh: the machine may be off, or a firewall in the way.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 has no docker command: Berth reaches the engine there through it (docker system dial-stdio). Install the docker CLI there (Debian: docker.io or docker-cli).</source>
        <translation>%1 has no docker command: Berth reaches the engine there through it (docker system dial-stdio). Install the docker CLI there (Debian: docker.io or docker-cli).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>On %1 the user may not use the engine's socket: add them to the docker group there (sudo usermod -aG docker USER, then sign in again).</source>
        <translation>On %1 the user may not use the engine's socket: add them to the docker group there (sudo usermod -aG docker USER, then sign in again).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>On %1 no engine listens where docker looks (%2): start it there, or give its socket in the address (ssh://%1/path/to/docker.sock).</source>
        <translation>On %1 no engine listens where docker looks (%2): start it there, or give its socket in the address (ssh://%1/path/to/docker.sock).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ssh to %1 ended (exit %2): %3</source>
        <translation>ssh to %1 ended (exit %2): %3</translation>
    </message>
</context>
<context>
    <name>EngineSummary</name>
    <message>
        <location filename="../../qml/engines/EngineSummary.qml" line="+33" />
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
    <name>Engines</name>
    <message>
        <location filename="../../src/app/engines.cpp" line="+18" />
        <location line="+115" />
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="-30" />
        <source>%1 · %2</source>
        <comment>engine switcher: product and version · where</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 %2 at %3</source>
        <translation>%1 %2 at %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (context %2)</source>
        <translation>%1 (context %2)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Type the engine's address: a socket path such as /run/podman/podman.sock, unix:///path, ssh://USER@HOST or tcp://HOST:2376.</source>
        <translation>Type the engine's address: a socket path such as /run/podman/podman.sock, unix:///path, ssh://USER@HOST or tcp://HOST:2376.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is on the list already.</source>
        <translation>%1 is on the list already.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Another engine is being tried; wait for it.</source>
        <translation>Another engine is being tried; wait for it.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Added in Berth: %1</source>
        <translation>Added in Berth: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Nothing is at %1. Start the engine first, or check the path (docker context inspect shows where an engine listens).</source>
        <translation>Nothing is at %1. Start the engine first, or check the path (docker context inspect shows where an engine listens).</translation>
    </message>
</context>
<context>
    <name>EnginesDialog</name>
    <message>
        <location filename="../../qml/engines/EnginesDialog.qml" line="+14" />
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Berth shows one engine at a time. Add another engine — a socket on this computer, ssh://user@host for another machine (your ssh keys are used; Berth never asks for a password), or tcp://host:2376 with TLS — to switch to it from the sidebar, or to move a container into it. Another machine is tried first, then saved as a docker context, so the docker command sees it too. Jobs under way go on after a switch.</source>
        <translation>Berth shows one engine at a time. Add another engine — a socket on this computer, ssh://user@host for another machine (your ssh keys are used; Berth never asks for a password), or tcp://host:2376 with TLS — to switch to it from the sidebar, or to move a container into it. Another machine is tried first, then saved as a docker context, so the docker command sees it too. Jobs under way go on after a switch.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>added by you</source>
        <translation>added by you</translation>
    </message>
    <message>
        <location line="+1" />
        <source>docker context %1</source>
        <translation>docker context %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>found at start (%1)</source>
        <translation>found at start (%1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show the engine at %1</source>
        <translation>Show the engine at %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove %1 from the list</source>
        <translation>Remove %1 from the list</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Address of the engine to add</source>
        <translation>Address of the engine to add</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+37" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Trying the connection…</source>
        <translation>Trying the connection…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Found on this computer:</source>
        <translation>Found on this computer:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The same with docker, for learning:</source>
        <translation>The same with docker, for learning:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Manual commands: %1</source>
        <translation>Manual commands: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/common/ErrorBanner.qml" line="+29" />
        <source>Failed: %1. %2</source>
        <translation>Failed: %1. %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the error log</source>
        <translation>Show the error log</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close the error message</source>
        <translation>Close the error message</translation>
    </message>
</context>
<context>
    <name>ExecListing</name>
    <message>
        <location filename="../../src/core/files/execlisting.cpp" line="+94" />
        <location line="+67" />
        <source>it names more than %1 entries</source>
        <translation>it names more than %1 entries</translation>
    </message>
    <message>
        <location line="-64" />
        <source>entry %1 is cut short or too long</source>
        <translation>entry %1 is cut short or too long</translation>
    </message>
    <message>
        <location line="+3" />
        <source>entry %1 has no proper header</source>
        <translation>entry %1 has no proper header</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+82" />
        <source>entry %1 has an unknown type</source>
        <translation>entry %1 has an unknown type</translation>
    </message>
    <message>
        <location line="-75" />
        <source>entry %1 has a number that is not one</source>
        <translation>entry %1 has a number that is not one</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 has a number out of range</source>
        <translation>entry %1 has a number out of range</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 is not a name in one folder</source>
        <translation>entry %1 is not a name in one folder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>entry %1's link target does not fit its type</source>
        <translation>entry %1's link target does not fit its type</translation>
    </message>
    <message>
        <location line="+17" />
        <source>it does not say how many entries it names</source>
        <translation>it does not say how many entries it names</translation>
    </message>
    <message>
        <location line="+7" />
        <source>name %1 is cut short or not a name in one folder</source>
        <translation>name %1 is cut short or not a name in one folder</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the state of entry %1 is cut short or too long</source>
        <translation>the state of entry %1 is cut short or too long</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the state of entry %1 has a number that is not one</source>
        <translation>the state of entry %1 has a number that is not one</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the state of entry %1 has a number out of range</source>
        <translation>the state of entry %1 has a number out of range</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the link target of entry %1 is cut short or too long</source>
        <translation>the link target of entry %1 is cut short or too long</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the link target of entry %1 does not fit its type</source>
        <translation>the link target of entry %1 does not fit its type</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it says more than it lists</source>
        <translation>it says more than it lists</translation>
    </message>
    <message>
        <location line="+28" />
        <source>it is longer than %1 bytes</source>
        <translation>it is longer than %1 bytes</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../../qml/common/ExplanationPanel.qml" line="+37" />
        <source>Learn more</source>
        <translation>Learn more</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Learn more about this</source>
        <translation>Learn more about this</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hide explanations</source>
        <translation>Hide explanations</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <location filename="../../src/app/migration/exportform.cpp" line="+39" />
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Give the folder for the bundle.</source>
        <translation>Give the folder for the bundle.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the folder as a full path, starting with /.</source>
        <translation>Give the folder as a full path, starting with /.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not an empty folder. Choose a new folder for the bundle; Berth does not mix it with other files.</source>
        <translation>%1 is not an empty folder. Choose a new folder for the bundle; Berth does not mix it with other files.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>There is no container to move.</source>
        <translation>There is no container to move.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose the engine to move it into, or type its socket.</source>
        <translation>Choose the engine to move it into, or type its socket.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick each of its powers over its machine to move it with them.</source>
        <translation>Tick each of its powers over its machine to move it with them.</translation>
    </message>
</context>
<context>
    <name>FileBrowser</name>
    <message>
        <location filename="../../src/app/files/filebrowser.cpp" line="+342" />
        <source>Reading… %1 read</source>
        <translation>Reading… %1 read</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 of %n item(s)</source>
        <translation><numerusform>%1 of %n item</numerusform><numerusform>%1 of %n items</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+168" />
        <location line="+226" />
        <source>This name is not UTF-8, so Berth cannot ask the engine for it by name: rename it in a terminal, or copy its folder with berthctl cp.</source>
        <translation>This name is not UTF-8, so Berth cannot ask the engine for it by name: rename it in a terminal, or copy its folder with berthctl cp.</translation>
    </message>
    <message>
        <location line="-383" />
        <source>Not connected to an engine.</source>
        <translation>Not connected to an engine.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 is not there (any more): go up, or read the folder again.</source>
        <translation>%1 is not there (any more): go up, or read the folder again.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The container %1 no longer exists.</source>
        <translation>The container %1 no longer exists.</translation>
    </message>
    <message>
        <location line="-78" />
        <location line="+240" />
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not there (any more).</source>
        <translation>%1 is not there (any more).</translation>
    </message>
    <message>
        <location line="+270" />
        <source>Not text: the first %1 of %2, in hex</source>
        <translation>Not text: the first %1 of %2, in hex</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, all of it</source>
        <translation>%1, all of it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The first %1 of %2</source>
        <translation>The first %1 of %2</translation>
    </message>
    <message>
        <location line="-247" />
        <source>A folder: open it to see what it holds.</source>
        <translation>A folder: open it to see what it holds.</translation>
    </message>
    <message>
        <location line="-268" />
        <source>Reading past %1 (%2 of %3)…</source>
        <translation>Reading past %1 (%2 of %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n item(s) read, stopped before the end: read the folder again to see all of it.</source>
        <translation><numerusform>%n item read, stopped before the end: read the folder again to see all of it.</numerusform><numerusform>%n items read, stopped before the end: read the folder again to see all of it.</numerusform></translation>
    </message>
    <message>
        <location line="+249" />
        <source>%1. Not UTF-8: read as %2, a guess; pick another encoding if it looks wrong.</source>
        <translation>%1. Not UTF-8: read as %2, a guess; pick another encoding if it looks wrong.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A link to %1</source>
        <translation>A link to %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A device, pipe or socket: it has no content to show.</source>
        <translation>A device, pipe or socket: it has no content to show.</translation>
    </message>
    <message>
        <location line="+101" />
        <source>Deleting, renaming and making folders need a program running beside the files: do it in the Files of a running container that uses this volume. Copying files in works here.</source>
        <translation>Deleting, renaming and making folders need a program running beside the files: do it in the Files of a running container that uses this volume. Copying files in works here.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deleting, renaming and making folders run the container's own tools: start it first.</source>
        <translation>Deleting, renaming and making folders run the container's own tools: start it first.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Give a name.</source>
        <translation>Give a name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A name cannot be . or .. or hold a /.</source>
        <translation>A name cannot be . or .. or hold a /.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 exists already here.</source>
        <translation>%1 exists already here.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>The container has no %1 program to do this with.</source>
        <translation>The container has no %1 program to do this with.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 ended with exit code %2.</source>
        <translation>%1 ended with exit code %2.</translation>
    </message>
</context>
<context>
    <name>FileCopyJob</name>
    <message>
        <location filename="../../src/core/jobs/filecopyjob.cpp" line="+65" />
        <source>Too many symbolic links in %1.</source>
        <translation>Too many symbolic links in %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+12" />
        <location line="+43" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+189" />
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location line="-173" />
        <location line="+10" />
        <location line="+11" />
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Copy %1 from %2</source>
        <translation>Copy %1 from %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy %1 to %2</source>
        <translation>Copy %1 to %2</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Neither the source nor the destination can be empty.</source>
        <translation>Neither the source nor the destination can be empty.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing to read or write the tar with.</source>
        <translation>Nothing to read or write the tar with.</translation>
    </message>
    <message>
        <location line="+96" />
        <source>%1 must be a folder or a regular file.</source>
        <translation>%1 must be a folder or a regular file.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+128" />
        <source>Cannot copy a folder onto the file %1.</source>
        <translation>Cannot copy a folder onto the file %1.</translation>
    </message>
    <message>
        <location line="-124" />
        <location line="+128" />
        <source>The folder %1 does not exist (a file cannot become a folder).</source>
        <translation>The folder %1 does not exist (a file cannot become a folder).</translation>
    </message>
    <message>
        <location line="-115" />
        <source>Cannot write the tar: %1</source>
        <translation>Cannot write the tar: %1</translation>
    </message>
    <message>
        <location line="+89" />
        <source>The destination %1 must be a folder or a regular file.</source>
        <translation>The destination %1 must be a folder or a regular file.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The destination %1 must be a folder.</source>
        <translation>The destination %1 must be a folder.</translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>%n socket(s) left out, as docker cp leaves them out.</source>
        <translation><numerusform>%n socket left out, as docker cp leaves them out.</numerusform><numerusform>%n sockets left out, as docker cp leaves them out.</numerusform></translation>
    </message>
    <message>
        <location line="+13" />
        <source>Writing to %1</source>
        <translation>Writing to %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>There is no %1 in the volume %2.</source>
        <translation>There is no %1 in the volume %2.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot write to %1: the container's root file system is read-only (--read-only); nothing was copied. Copy into a volume or tmpfs it mounts instead. (The engine: %2)</source>
        <translation>Cannot write to %1: the container's root file system is read-only (--read-only); nothing was copied. Copy into a volume or tmpfs it mounts instead. (The engine: %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot write to %1: the container mounts %2 read-only; nothing was copied. (The engine: %3)</source>
        <translation>Cannot write to %1: the container mounts %2 read-only; nothing was copied. (The engine: %3)</translation>
    </message>
</context>
<context>
    <name>FileDownloadJob</name>
    <message>
        <location filename="../../src/core/files/filedownloadjob.cpp" line="+25" />
        <source>Download %1</source>
        <translation>Download %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download %1 as an archive</source>
        <translation>Download %1 as an archive</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 is a folder: download it as an archive.</source>
        <translation>%1 is a folder: download it as an archive.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a link to %2: download what it points to.</source>
        <translation>%1 is a link to %2: download what it points to.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a device, pipe or socket: it has no content to download.</source>
        <translation>%1 is a device, pipe or socket: it has no content to download.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+10" />
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+53" />
        <location line="+51" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-77" />
        <source>%1 exists already: choose another name, or agree to replace it.</source>
        <translation>%1 exists already: choose another name, or agree to replace it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 exists (another download into the same name?): remove it or choose another name.</source>
        <translation>%1 exists (another download into the same name?): remove it or choose another name.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The engine sent nothing for %1.</source>
        <translation>The engine sent nothing for %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reading and compressing</source>
        <translation>Reading and compressing</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Cannot name the download %1 (does it exist now?). It was not kept.</source>
        <translation>Cannot name the download %1 (does it exist now?). It was not kept.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>FileHead</name>
    <message>
        <location filename="../../src/core/files/filehead.cpp" line="+80" />
        <source>The engine sent nothing for %1.</source>
        <translation>The engine sent nothing for %1.</translation>
    </message>
</context>
<context>
    <name>FileRoot</name>
    <message>
        <location filename="../../src/core/files/fileroot.cpp" line="+37" />
        <source>The engine is gone.</source>
        <translation>The engine is gone.</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <location filename="../../qml/files/FilesView.qml" line="+94" />
        <source>Up one folder (Backspace)</source>
        <translation>Up one folder (Backspace)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up one folder</source>
        <translation>Up one folder</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Download this folder, as files or as a .tar.gz</source>
        <translation>Download this folder, as files or as a .tar.gz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download this folder</source>
        <translation>Download this folder</translation>
    </message>
    <message>
        <location line="+15" />
        <source>As files…</source>
        <translation>As files…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>As a .tar.gz…</source>
        <translation>As a .tar.gz…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filter the files by name</source>
        <translation>Filter the files by name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hidden files</source>
        <translation>Hidden files</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show hidden files</source>
        <translation>Show hidden files</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+1" />
        <source>Read the folder again</source>
        <translation>Read the folder again</translation>
    </message>
    <message>
        <location line="-158" />
        <location line="+705" />
        <source>Copying into %1: the Jobs page shows how far it is.</source>
        <translation>Copying into %1: the Jobs page shows how far it is.</translation>
    </message>
    <message>
        <location line="-626" />
        <location line="+1" />
        <source>Make a folder here</source>
        <translation>Make a folder here</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Copy files or a folder of this computer here (or drop them on the list)</source>
        <translation>Copy files or a folder of this computer here (or drop them on the list)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy files or a folder of this computer here</source>
        <translation>Copy files or a folder of this computer here</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Files…</source>
        <translation>Files…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A folder…</source>
        <translation>A folder…</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stop reading this folder: the rows read so far stay</source>
        <translation>Stop reading this folder: the rows read so far stay</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+438" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-431" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Folder %1</source>
        <translation>Folder %1</translation>
    </message>
    <message>
        <location line="+86" />
        <source>No file matches the filter.</source>
        <translation>No file matches the filter.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This folder is empty.</source>
        <translation>This folder is empty.</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+163" />
        <source>Download…</source>
        <translation>Download…</translation>
    </message>
    <message>
        <location line="-161" />
        <source>Download %1</source>
        <translation>Download %1</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+1" />
        <location line="+180" />
        <source>Copy the path</source>
        <translation>Copy the path</translation>
    </message>
    <message>
        <location line="-175" />
        <source>Close the preview</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The file's encoding</source>
        <translation>The file's encoding</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The file's content</source>
        <translation>The file's content</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Load more of the file</source>
        <translation>Load more of the file</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save %1 as an archive</source>
        <translation>Save %1 as an archive</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+13" />
        <location line="+10" />
        <location line="+13" />
        <source>Downloading %1: the Jobs page shows how far it is.</source>
        <translation>Downloading %1: the Jobs page shows how far it is.</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Replace a file</source>
        <translation>Replace a file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This file exists already. Replace it with the download?</source>
        <translation>This file exists already. Replace it with the download?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Download %1 into a folder</source>
        <translation>Download %1 into a folder</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Copy into a folder that exists</source>
        <translation>Copy into a folder that exists</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This folder exists already. Copy into it? Files of the same name in it are replaced; the rest stays.</source>
        <translation>This folder exists already. Copy into it? Files of the same name in it are replaced; the rest stays.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Download as a .tar.gz…</source>
        <translation>Download as a .tar.gz…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rename…  (F2)</source>
        <translation>Rename…  (F2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete…  (Delete)</source>
        <translation>Delete…  (Delete)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Delete from the container</source>
        <translation>Delete from the container</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This will be deleted, a folder with everything in it:</source>
        <translation>This will be deleted, a folder with everything in it:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It cannot be brought back, unless the image or a volume backup still has it.</source>
        <translation>It cannot be brought back, unless the image or a volume backup still has it.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Make a folder in %1</source>
        <translation>Make a folder in %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Copy files into %1</source>
        <translation>Copy files into %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Copy a folder into %1</source>
        <translation>Copy a folder into %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Replace what is there</source>
        <translation>Replace what is there</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These names are taken in %1. What you copy replaces a file, and goes into a folder:</source>
        <translation>These names are taken in %1. What you copy replaces a file, and goes into a folder:</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../qml/engines/FirstRunPage.qml" line="+30" />
        <source>Commands: %1</source>
        <translation>Commands: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Berth needs a container engine</source>
        <translation>Berth needs a container engine</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Berth shows and manages what a Docker Engine (or Podman) runs, but none answers at %1.</source>
        <translation>Berth shows and manages what a Docker Engine (or Podman) runs, but none answers at %1.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>What to do on this computer:</source>
        <translation>What to do on this computer:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Docker is not installed (Debian, Ubuntu):</source>
        <translation>Docker is not installed (Debian, Ubuntu):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It is installed but not running:</source>
        <translation>It is installed but not running:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The second line starts it at every boot.</source>
        <translation>The second line starts it at every boot.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It runs, but your user may not use it (permission denied):</source>
        <translation>It runs, but your user may not use it (permission denied):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Then log out and back in: a new group takes effect only in a new login. Members of the docker group can control the whole computer through it.</source>
        <translation>Then log out and back in: a new group takes effect only in a new login. Members of the docker group can control the whole computer through it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Or Podman, which runs without a daemon as your own user:</source>
        <translation>Or Podman, which runs without a daemon as your own user:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Install Docker Desktop (docker.com) or Podman Desktop (podman-desktop.io) and start it; Berth finds its socket by itself.</source>
        <translation>Install Docker Desktop (docker.com) or Podman Desktop (podman-desktop.io) and start it; Berth finds its socket by itself.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Try again now</source>
        <translation>Try again now</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Berth tries again by itself in %n second(s).</source>
        <translation><numerusform>Berth tries again by itself in %n second.</numerusform><numerusform>Berth tries again by itself in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>Use another engine…</source>
        <translation>Use another engine…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Learn about Docker meanwhile</source>
        <translation>Learn about Docker meanwhile</translation>
    </message>
</context>
<context>
    <name>FolderListing</name>
    <message>
        <location filename="../../src/core/files/folderlisting.cpp" line="+244" />
        <source>The engine's list of %1 is damaged: %2.</source>
        <translation>The engine's list of %1 is damaged: %2.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The engine's list of %1 ended early: %2.</source>
        <translation>The engine's list of %1 ended early: %2.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The engine's list of %1 names %2, which is outside it: the list is not shown.</source>
        <translation>The engine's list of %1 names %2, which is outside it: the list is not shown.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../src/app/format.cpp" line="+16" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PB</source>
        <translation>PB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EB</source>
        <translation>EB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PiB</source>
        <translation>PiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EiB</source>
        <translation>EiB</translation>
    </message>
    <message>
        <location line="+49" />
        <source>unknown size</source>
        <translation>unknown size</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+1" />
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location line="+0" />
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location line="+1" />
        <source>restarting</source>
        <translation>restarting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removing</source>
        <translation>removing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exited</source>
        <translation>exited</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dead</source>
        <translation>dead</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1(%2)</source>
        <extracomment>a compose project's containers in one state and how many: running(2), as docker compose ls</extracomment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unknown age</source>
        <translation>unknown age</translation>
    </message>
    <message>
        <location line="+3" />
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n month(s) ago</source>
        <translation><numerusform>%n month ago</numerusform><numerusform>%n months ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n year(s) ago</source>
        <translation><numerusform>%n year ago</numerusform><numerusform>%n years ago</numerusform></translation>
    </message>
</context>
<context>
    <name>GunzipDevice</name>
    <message>
        <location filename="../../src/core/archive/gunzipdevice.cpp" line="+137" />
        <location line="+131" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-54" />
        <location line="+69" />
        <source>%1 ends in the middle of its data (truncated?).</source>
        <translation>%1 ends in the middle of its data (truncated?).</translation>
    </message>
    <message>
        <location line="-58" />
        <source>%1 is damaged: a block claims %2 bytes</source>
        <translation>%1 is damaged: a block claims %2 bytes</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is damaged: a block does not decompress to what its checksum says</source>
        <translation>%1 is damaged: a block does not decompress to what its checksum says</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The decompressor could not start.</source>
        <translation>The decompressor could not start.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
</context>
<context>
    <name>GzipSink</name>
    <message>
        <location filename="../../src/core/archive/gzipsink.cpp" line="+71" />
        <location line="+67" />
        <location line="+24" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-37" />
        <source>The compressor failed (out of memory?).</source>
        <translation>The compressor failed (out of memory?).</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../qml/history/HistoryPage.qml" line="+13" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What you did, as docker commands you can type yourself</source>
        <translation>What you did, as docker commands you can type yourself</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear the history</source>
        <translation>Clear the history</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Command history</source>
        <translation>Command history</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Nothing yet. Every action you take appears here as its docker command.</source>
        <translation>Nothing yet. Every action you take appears here as its docker command.</translation>
    </message>
</context>
<context>
    <name>HostPorts</name>
    <message>
        <location filename="../../src/core/jobs/hostports.cpp" line="+128" />
        <source>Host port %1 (%2) is taken here by the container %3.</source>
        <translation>Host port %1 (%2) is taken here by the container %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Host port %1 (%2) is taken here by another program.</source>
        <translation>Host port %1 (%2) is taken here by another program.</translation>
    </message>
</context>
<context>
    <name>HostTarDevice</name>
    <message>
        <location filename="../../src/core/files/hosttardevice.cpp" line="+120" />
        <location line="+34" />
        <location line="+9" />
        <location line="+30" />
        <location line="+128" />
        <location line="+24" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-204" />
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <location line="+181" />
        <source>%1 became shorter while it was copied; nothing more was sent.</source>
        <translation>%1 became shorter while it was copied; nothing more was sent.</translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <location filename="../../src/app/images/imageactions.cpp" line="+24" />
        <source>Write the image to pull, such as nginx or nginx:1.25.</source>
        <translation>Write the image to pull, such as nginx or nginx:1.25.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Only a tagged image can be pushed: tag it for a registry first (Tag…), such as registry.example.com/team/app:1.</source>
        <translation>Only a tagged image can be pushed: tag it for a registry first (Tag…), such as registry.example.com/team/app:1.</translation>
    </message>
</context>
<context>
    <name>ImageIdentity</name>
    <message numerus="yes">
        <location filename="../../src/core/model/imageidentity.cpp" line="+60" />
        <source>%n layer(s), the top one %1</source>
        <translation><numerusform>%n layer, the top one %1</numerusform><numerusform>%n layers, the top one %1</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>the layers (%1 against %2)</source>
        <translation>the layers (%1 against %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the platform (%1/%2 against %3/%4)</source>
        <translation>the platform (%1/%2 against %3/%4)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the configuration (%1)</source>
        <translation>the configuration (%1)</translation>
    </message>
</context>
<context>
    <name>ImageListPage</name>
    <message>
        <location filename="../../qml/images/ImageListPage.qml" line="+57" />
        <location line="+175" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="-154" />
        <source>Search by name, tag or id (Ctrl+F)</source>
        <translation>Search by name, tag or id (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search images</source>
        <translation>Search images</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Image to pull, e.g. nginx:1.25</source>
        <translation>Image to pull, e.g. nginx:1.25</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Image to pull</source>
        <translation>Image to pull</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pull the image</source>
        <translation>Pull the image</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build…</source>
        <translation>Build…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build an image from a folder with a Dockerfile</source>
        <translation>Build an image from a folder with a Dockerfile</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Prune…</source>
        <translation>Prune…</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+399" />
        <source>Remove unused images</source>
        <translation>Remove unused images</translation>
    </message>
    <message>
        <location line="-395" />
        <source>all unused, not only untagged</source>
        <translation>all unused, not only untagged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prune all unused images, not only untagged ones</source>
        <translation>Prune all unused images, not only untagged ones</translation>
    </message>
    <message>
        <location line="+10" />
        <source>What is an image?</source>
        <translation>What is an image?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An image is a read-only template of files and settings that containers are made from. Images come from a registry such as Docker Hub (docker pull), or are built from a Dockerfile (docker build). One image can run as many containers.</source>
        <translation>An image is a read-only template of files and settings that containers are made from. Images come from a registry such as Docker Hub (docker pull), or are built from a Dockerfile (docker build). One image can run as many containers.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Repository:tag</source>
        <translation>Repository:tag</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Used by</source>
        <translation>Used by</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Image %1, %2</source>
        <translation>Image %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+36" />
        <source>%n container(s)</source>
        <translation><numerusform>%n container</numerusform><numerusform>%n containers</numerusform></translation>
    </message>
    <message>
        <location line="+0" />
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <location line="+30" />
        <source>More actions for %1</source>
        <translation>More actions for %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Push…</source>
        <translation>Push…</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Run…</source>
        <translation>Run…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Run a container from %1</source>
        <translation>Run a container from %1</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Loading images…</source>
        <translation>Loading images…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No images. Pull one, or import a tar file.</source>
        <translation>No images. Pull one, or import a tar file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No image matches the search.</source>
        <translation>No image matches the search.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Tag an image</source>
        <translation>Tag an image</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+69" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-65" />
        <source>New name for %1, such as my/app:v1</source>
        <translation>New name for %1, such as my/app:v1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New name</source>
        <translation>New name</translation>
    </message>
    <message>
        <location line="+12" />
        <source>For %1</source>
        <translation>For %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A name in %1</source>
        <translation>A name in %1</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+56" />
        <source>The same docker command: %1</source>
        <translation>The same docker command: %1</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Push an image</source>
        <translation>Push an image</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The name says where it goes: the registry before the first /, Docker Hub when there is none.</source>
        <translation>The name says where it goes: the registry before the first /, Docker Hub when there is none.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name to push</source>
        <translation>Name to push</translation>
    </message>
    <message>
        <location line="+17" />
        <source>These images no container uses will be removed:</source>
        <translation>These images no container uses will be removed:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These untagged images no container uses will be removed:</source>
        <translation>These untagged images no container uses will be removed:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Remove an image</source>
        <translation>Remove an image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove %1?</source>
        <translation>Remove %1?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Containers use this image. Removing it anyway (force) leaves them without a name for their image; they keep running.</source>
        <translation>Containers use this image. Removing it anyway (force) leaves them without a name for their image; they keep running.</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <location filename="../../src/app/migration/importform.cpp" line="+82" />
        <source>%1, from %2 (exported %3). Image %4.</source>
        <translation>%1, from %2 (exported %3). Image %4.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>give it a name here</source>
        <translation>give it a name here</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exists here: choose another name</source>
        <translation>exists here: choose another name</translation>
    </message>
    <message>
        <location line="+160" />
        <source>Choose the folder Export… made.</source>
        <translation>Choose the folder Export… made.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The folder is read first: press Enter in its field.</source>
        <translation>The folder is read first: press Enter in its field.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The volume at %1: %2.</source>
        <translation>The volume at %1: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Host port %1 for %2: %3.</source>
        <translation>Host port %1 for %2: %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The folder for %1: %2.</source>
        <translation>The folder for %1: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose the image file docker save wrote.</source>
        <translation>Choose the image file docker save wrote.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Give the container a name here.</source>
        <translation>Give the container a name here.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick each power it asks for over this computer, or it is not imported.</source>
        <translation>Tick each power it asks for over this computer, or it is not imported.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1 has no manifest.json: choose the folder a Berth export made.</source>
        <translation>%1 has no manifest.json: choose the folder a Berth export made.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>give a full path, starting with /</source>
        <translation>give a full path, starting with /</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exists here and is not a folder</source>
        <translation>exists here and is not a folder</translation>
    </message>
    <message>
        <location line="+4" />
        <source>exists here and is not empty</source>
        <translation>exists here and is not empty</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not a port number (1 to 65535)</source>
        <translation>%1 is not a port number (1 to 65535)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>taken here by the container %1</source>
        <translation>taken here by the container %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>taken here by another program</source>
        <translation>taken here by another program</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <location filename="../../src/core/jobs/importjournal.cpp" line="+144" />
        <location line="+12" />
        <source>container %1 (%2)</source>
        <translation>container %1 (%2)</translation>
    </message>
    <message>
        <location line="-7" />
        <source>container %1: it was started after the import was cut short, so it stays (docker rm %1 removes it)</source>
        <translation>container %1: it was started after the import was cut short, so it stays (docker rm %1 removes it)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>container %1</source>
        <translation>container %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>container %1, which an import was replacing, keeps its temporary name (%2); docker rename %3 %1 gives its name back</source>
        <translation>container %1, which an import was replacing, keeps its temporary name (%2); docker rename %3 %1 gives its name back</translation>
    </message>
    <message>
        <location line="+4" />
        <source>container %1 has its name back</source>
        <translation>container %1 has its name back</translation>
    </message>
    <message>
        <location line="+3" />
        <source>container %1 has its name back but did not start (%2)</source>
        <translation>container %1 has its name back but did not start (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>container %1 has its name back and runs again</source>
        <translation>container %1 has its name back and runs again</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+8" />
        <source>volume %1 (%2)</source>
        <translation>volume %1 (%2)</translation>
    </message>
    <message>
        <location line="-4" />
        <source>volume %1: a container uses it now, so it stays (docker volume rm %1 removes it once that container is gone)</source>
        <translation>volume %1: a container uses it now, so it stays (docker volume rm %1 removes it once that container is gone)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>volume %1</source>
        <translation>volume %1</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+9" />
        <source>image %1 (%2)</source>
        <translation>image %1 (%2)</translation>
    </message>
    <message>
        <location line="-6" />
        <source>image %1: the name points to another image now, so it stays</source>
        <translation>image %1: the name points to another image now, so it stays</translation>
    </message>
    <message>
        <location line="+4" />
        <source>image %1: a container uses it now, so it stays</source>
        <translation>image %1: a container uses it now, so it stays</translation>
    </message>
    <message>
        <location line="+3" />
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <location filename="../../qml/common/InspectView.qml" line="+21" />
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+3" />
        <source>Search the JSON</source>
        <translation>Search the JSON</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find next</source>
        <translation>Find next</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Inspect output</source>
        <translation>Inspect output</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../src/core/jobs/job.cpp" line="+73" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../../qml/jobs/JobsPage.qml" line="+13" />
        <location line="+11" />
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel %1</source>
        <translation>Cancel %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The same docker command: %1</source>
        <translation>The same docker command: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No jobs yet. Pulls and other long operations appear here with their progress.</source>
        <translation>No jobs yet. Pulls and other long operations appear here with their progress.</translation>
    </message>
</context>
<context>
    <name>LearnActions</name>
    <message>
        <location filename="../../src/app/learn/learnactions.cpp" line="+57" />
        <source>nginx is here: it serves its welcome page on port 80.</source>
        <translation>nginx is here: it serves its welcome page on port 80.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>nginx is not here and no registry may be reachable to pull it, so busybox's small web server (httpd) stands in for it.</source>
        <translation>nginx is not here and no registry may be reachable to pull it, so busybox's small web server (httpd) stands in for it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Neither nginx nor busybox is here: %1 runs as it is instead.</source>
        <translation>Neither nginx nor busybox is here: %1 runs as it is instead.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No image is here yet. Pull one on the Images page (docker pull nginx), then try again.</source>
        <translation>No image is here yet. Pull one on the Images page (docker pull nginx), then try again.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This engine has no bridge network, so no port is published here.</source>
        <translation>This engine has no bridge network, so no port is published here.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No image is here yet to write the file with. Pull one on the Images page (docker pull busybox), then try again.</source>
        <translation>No image is here yet to write the file with. Pull one on the Images page (docker pull busybox), then try again.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>No image is here yet to build from. Pull one on the Images page (docker pull busybox), then try again.</source>
        <translation>No image is here yet to build from. Pull one on the Images page (docker pull busybox), then try again.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot write the example into %1: %2</source>
        <translation>Cannot write the example into %1: %2</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../../qml/learn/LearnPage.qml" line="+86" />
        <source>Learn Docker</source>
        <translation>Learn Docker</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A short tour of the ideas behind Docker, each with a place in Berth to try it. Every action in Berth also shows the docker command it equals, so what you click here you can later type.</source>
        <translation>A short tour of the ideas behind Docker, each with a place in Berth to try it. Every action in Berth also shows the docker command it equals, so what you click here you can later type.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What Docker is for</source>
        <translation>What Docker is for</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A program rarely runs alone: it needs a certain version of a language, some libraries, settings and files. Docker packs a program together with everything it needs, so that it runs the same on your laptop, on a colleague's and on a server. Starting it is one command; removing it leaves nothing behind on the computer.</source>
        <translation>A program rarely runs alone: it needs a certain version of a language, some libraries, settings and files. Docker packs a program together with everything it needs, so that it runs the same on your laptop, on a colleague's and on a server. Starting it is one command; removing it leaves nothing behind on the computer.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+85" />
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="-84" />
        <source>A container is a running program kept apart from the rest of the computer: it sees its own files, its own network and its own processes, but shares the computer's kernel. It is made from an image, can be stopped and started again, and keeps its changes until it is removed. &lt;b&gt;docker run&lt;/b&gt; makes one and starts it; &lt;b&gt;docker ps&lt;/b&gt; lists them.</source>
        <translation>A container is a running program kept apart from the rest of the computer: it sees its own files, its own network and its own processes, but shares the computer's kernel. It is made from an image, can be stopped and started again, and keeps its changes until it is removed. &lt;b&gt;docker run&lt;/b&gt; makes one and starts it; &lt;b&gt;docker ps&lt;/b&gt; lists them.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>See the containers</source>
        <translation>See the containers</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An image is a read-only template: the files of a small system with the program in it, and how to start it. Images are built in layers, and containers made from the same image share those layers, so ten containers do not take ten times the disk. &lt;b&gt;docker pull&lt;/b&gt; downloads an image; &lt;b&gt;docker images&lt;/b&gt; lists the ones you have.</source>
        <translation>An image is a read-only template: the files of a small system with the program in it, and how to start it. Images are built in layers, and containers made from the same image share those layers, so ten containers do not take ten times the disk. &lt;b&gt;docker pull&lt;/b&gt; downloads an image; &lt;b&gt;docker images&lt;/b&gt; lists the ones you have.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>See the images</source>
        <translation>See the images</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A Dockerfile is a text file with the recipe for an image: which image to start from, what to copy in, what to install and which command to run. &lt;b&gt;docker build&lt;/b&gt; reads it and makes the image, one layer per step:</source>
        <translation>A Dockerfile is a text file with the recipe for an image: which image to start from, what to copy in, what to install and which command to run. &lt;b&gt;docker build&lt;/b&gt; reads it and makes the image, one layer per step:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>then, in the same folder:</source>
        <translation>then, in the same folder:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A Dockerfile example</source>
        <translation>A Dockerfile example</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Registry and Docker Hub</source>
        <translation>Registry and Docker Hub</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A registry stores images so others can download them. Docker Hub is the public one docker uses by default: &lt;b&gt;docker pull nginx&lt;/b&gt; fetches the official nginx image from it, &lt;b&gt;docker search&lt;/b&gt; looks for images, and &lt;b&gt;docker push&lt;/b&gt; uploads your own. Companies often run private registries too.</source>
        <translation>A registry stores images so others can download them. Docker Hub is the public one docker uses by default: &lt;b&gt;docker pull nginx&lt;/b&gt; fetches the official nginx image from it, &lt;b&gt;docker search&lt;/b&gt; looks for images, and &lt;b&gt;docker push&lt;/b&gt; uploads your own. Companies often run private registries too.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pull an image</source>
        <translation>Pull an image</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Volume and bind mount</source>
        <translation>Volume and bind mount</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A container's own files go when the container is removed. Data that must stay goes in a &lt;b&gt;volume&lt;/b&gt;: storage the engine keeps and names (&lt;b&gt;docker volume create data&lt;/b&gt;, then &lt;b&gt;-v data:/var/lib/data&lt;/b&gt;). A &lt;b&gt;bind mount&lt;/b&gt; is different: it shows a folder of this computer inside the container (&lt;b&gt;-v /home/me/site:/usr/share/nginx/html&lt;/b&gt;). Volumes are managed by Docker and easy to back up and move; bind mounts are handy for files you edit yourself.</source>
        <translation>A container's own files go when the container is removed. Data that must stay goes in a &lt;b&gt;volume&lt;/b&gt;: storage the engine keeps and names (&lt;b&gt;docker volume create data&lt;/b&gt;, then &lt;b&gt;-v data:/var/lib/data&lt;/b&gt;). A &lt;b&gt;bind mount&lt;/b&gt; is different: it shows a folder of this computer inside the container (&lt;b&gt;-v /home/me/site:/usr/share/nginx/html&lt;/b&gt;). Volumes are managed by Docker and easy to back up and move; bind mounts are handy for files you edit yourself.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>See the volumes</source>
        <translation>See the volumes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Containers and virtual machines</source>
        <translation>Containers and virtual machines</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A virtual machine imitates a whole computer and runs a complete operating system of its own on it. Containers share the host's kernel and bring only the program and its libraries: they are smaller and start in a moment, but they are kept apart less strictly.</source>
        <translation>A virtual machine imitates a whole computer and runs a complete operating system of its own on it. Containers share the host's kernel and bring only the program and its libraries: they are smaller and start in a moment, but they are kept apart less strictly.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Virtual machine</source>
        <translation>Virtual machine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a whole computer imitated, its own kernel</source>
        <translation>a whole computer imitated, its own kernel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>processes apart, one shared kernel</source>
        <translation>processes apart, one shared kernel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>gigabytes</source>
        <translation>gigabytes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>megabytes</source>
        <translation>megabytes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tens of seconds to minutes</source>
        <translation>tens of seconds to minutes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>under a second</source>
        <translation>under a second</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <location line="+1" />
        <source>any, each with its own</source>
        <translation>any, each with its own</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the host's kernel (Linux containers need Linux)</source>
        <translation>the host's kernel (Linux containers need Linux)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The life of a container</source>
        <translation>The life of a container</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A container is created from an image, runs, can be paused and resumed, stops (exits) when its program ends or is stopped, can be started again, and is finally removed. Press a state to see the containers in it.</source>
        <translation>A container is created from an image, runs, can be paused and resumed, stops (exits) when its program ends or is stopped, can be started again, and is finally removed. Press a state to see the containers in it.</translation>
    </message>
</context>
<context>
    <name>LegacyText</name>
    <message>
        <location filename="../../src/core/files/legacytext.cpp" line="+36" />
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (Cyrillic)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>KOI8-R (Cyrillic)</source>
        <translation>KOI8-R (Cyrillic)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Windows-1252 / Latin-1 (Western)</source>
        <translation>Windows-1252 / Latin-1 (Western)</translation>
    </message>
</context>
<context>
    <name>LifecycleDiagram</name>
    <message>
        <location filename="../../qml/learn/LifecycleDiagram.qml" line="+21" />
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Show the containers that are %1</source>
        <translation>Show the containers that are %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: show the containers in this state</source>
        <translation>%1: show the containers in this state</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../src/core/model/logmodel.cpp" line="+325" />
        <source>Not a valid regular expression: %1</source>
        <translation>Not a valid regular expression: %1</translation>
    </message>
    <message>
        <location line="+120" />
        <source>Choose a file to save the log to.</source>
        <translation>Choose a file to save the log to.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <location line="+3" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>LogTime</name>
    <message>
        <location filename="../../src/core/engine/logtime.cpp" line="+108" />
        <source>'%1' is not a time. Use a duration before now such as 10m or 2h, a date such as 2026-11-29 or 2026-11-29T10:00:00, or unix seconds.</source>
        <translation>'%1' is not a time. Use a duration before now such as 10m or 2h, a date such as 2026-11-29 or 2026-11-29T10:00:00, or unix seconds.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../qml/containers/LogView.qml" line="+73" />
        <source>No log is open.</source>
        <translation>No log is open.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+3" />
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+1" />
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location line="+4" />
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+1" />
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only matching lines</source>
        <translation>Only matching lines</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Searching… %1%</source>
        <translation>Searching… %1%</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n match(es)</source>
        <translation><numerusform>%n match(es)</numerusform><numerusform>%n match(es)</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location line="+17" />
        <source>stdout and stderr</source>
        <translation>stdout and stderr</translation>
    </message>
    <message>
        <location line="+0" />
        <source>stdout only</source>
        <translation>stdout only</translation>
    </message>
    <message>
        <location line="+0" />
        <source>stderr only</source>
        <translation>stderr only</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Streams to show</source>
        <translation>Streams to show</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow new lines</source>
        <translation>Follow new lines</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Timestamps</source>
        <translation>Timestamps</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show timestamps</source>
        <translation>Show timestamps</translation>
    </message>
    <message>
        <location line="+5" />
        <source>since: 10m, 2h, 2026-11-29</source>
        <translation>since: 10m, 2h, 2026-11-29</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show lines since</source>
        <translation>Show lines since</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Load earlier</source>
        <translation>Load earlier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Load 1,000 earlier lines</source>
        <translation>Load 1,000 earlier lines</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Load all</source>
        <translation>Load all</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Load the whole log</source>
        <translation>Load the whole log</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Copy all</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy all shown lines</source>
        <translation>Copy all shown lines</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stream markers</source>
        <translation>Stream markers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy and save lines with "stdout" or "stderr" in front</source>
        <translation>Copy and save lines with "stdout" or "stderr" in front</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save with stream markers</source>
        <translation>Save with stream markers</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the shown lines to a file</source>
        <translation>Save the shown lines to a file</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open in a window</source>
        <translation>Open in a window</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Open this log in a window of its own</source>
        <translation>Open this log in a window of its own</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear the view</source>
        <translation>Clear the view</translation>
    </message>
    <message>
        <location line="+142" />
        <source>expand</source>
        <translation>expand</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show the whole line</source>
        <translation>Show the whole line</translation>
    </message>
    <message>
        <location line="+17" />
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Loading the log…</source>
        <translation>Loading the log…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No line matches.</source>
        <translation>No line matches.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This container has written nothing yet.</source>
        <translation>This container has written nothing yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>Jump to end (%n new)</source>
        <translation><numerusform>Jump to end (%n new)</numerusform><numerusform>Jump to end (%n new)</numerusform></translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jump to end</source>
        <translation>Jump to end</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Jump to the end of the log</source>
        <translation>Jump to the end of the log</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Following: new lines appear as they are written.</source>
        <translation>Following: new lines appear as they are written.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>— end of the log —</source>
        <translation>— end of the log —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>— the container stopped; following resumes when it starts again —</source>
        <translation>— the container stopped; following resumes when it starts again —</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Equivalent docker command: %1</source>
        <translation>Equivalent docker command: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save the log</source>
        <translation>Save the log</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Text files (*.txt *.log)</source>
        <translation>Text files (*.txt *.log)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The whole line</source>
        <translation>The whole line</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <location filename="../../qml/containers/LogWindow.qml" line="+14" />
        <source>Log of %1 — Berth</source>
        <translation>Log of %1 — Berth</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+19" />
        <location line="+120" />
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <location line="-45" />
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Learn Docker</source>
        <translation>Learn Docker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registries</source>
        <translation>Registries</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disk use</source>
        <translation>Disk use</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The engine this window shows: %1</source>
        <translation>The engine this window shows: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engine: %1</source>
        <translation>Engine: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+1" />
        <source>Add or remove engines</source>
        <translation>Add or remove engines</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Welcome to Berth. New to containers? The Learn page explains them in a few minutes, with a place to try each idea, and every button here shows the docker command it equals.</source>
        <translation>Welcome to Berth. New to containers? The Learn page explains them in a few minutes, with a place to try each idea, and every button here shows the docker command it equals.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open the Learn page</source>
        <translation>Open the Learn page</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+152" />
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
    <message>
        <location line="+4" />
        <source>%1 running · %2 containers</source>
        <translation>%1 running · %2 containers</translation>
    </message>
</context>
<context>
    <name>MigrateExportDialog</name>
    <message>
        <location filename="../../qml/migration/MigrateExportDialog.qml" line="+26" />
        <source>Move %1 to another machine: export</source>
        <translation>Move %1 to another machine: export</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Powers</source>
        <translation>Powers</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Berth puts everything the container needs into one folder you can copy to another machine (a USB stick, scp, a shared drive): its files as an image (docker commit, then docker save), each of its volumes as a .tar.gz, and a manifest with its settings (command, environment, ports, restart policy, labels) and a checksum of every file. On the other machine, Import… checks every file and creates the same container.</source>
        <translation>Berth puts everything the container needs into one folder you can copy to another machine (a USB stick, scp, a shared drive): its files as an image (docker commit, then docker save), each of its volumes as a .tar.gz, and a manifest with its settings (command, environment, ports, restart policy, labels) and a checksum of every file. On the other machine, Import… checks every file and creates the same container.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Volumes: %1</source>
        <translation>Volumes: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No volumes: the container's own files go in the image.</source>
        <translation>No volumes: the container's own files go in the image.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Also copy the folders of this computer it shows inside (%1)</source>
        <translation>Also copy the folders of this computer it shows inside (%1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Not moved: folders of this computer shown inside the container (%1). Copy them yourself if the container needs them there.</source>
        <translation>Not moved: folders of this computer shown inside the container (%1). Copy them yourself if the container needs them there.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Into a new folder, to copy to the other machine</source>
        <translation>Into a new folder, to copy to the other machine</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Folder for the bundle</source>
        <translation>Folder for the bundle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose where the bundle goes</source>
        <translation>Choose where the bundle goes</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Straight into another engine this computer can reach (nothing on disk)</source>
        <translation>Straight into another engine this computer can reach (nothing on disk)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose one of the engines in the sidebar's list, or type another's socket:</source>
        <translation>Choose one of the engines in the sidebar's list, or type another's socket:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The other engine's socket</source>
        <translation>The other engine's socket</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start it there</source>
        <translation>Start it there</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The container is paused until its image and volumes are over, then runs on here too.</source>
        <translation>The container is paused until its image and volumes are over, then runs on here too.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>It has powers over its machine, which it would get over the other one too. Tick each only if that is what you want; without them nothing is moved:</source>
        <translation>It has powers over its machine, which it would get over the other one too. Tick each only if that is what you want; without them nothing is moved:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>While the copy is made, the container should not change:</source>
        <translation>While the copy is made, the container should not change:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Pause it, and resume it right after (recommended)</source>
        <translation>Pause it, and resume it right after (recommended)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Stop it, and start it again after (the safest for databases)</source>
        <translation>Stop it, and start it again after (the safest for databases)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keep it running (fine when it writes nothing)</source>
        <translation>Keep it running (fine when it writes nothing)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The same by hand, for learning:</source>
        <translation>The same by hand, for learning:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Manual commands: %1</source>
        <translation>Manual commands: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Start the export</source>
        <translation>Start the export</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Where the bundle goes (a new folder is made inside)</source>
        <translation>Where the bundle goes (a new folder is made inside)</translation>
    </message>
</context>
<context>
    <name>MigrateImportDialog</name>
    <message>
        <location filename="../../qml/migration/MigrateImportDialog.qml" line="+24" />
        <source>Move a container to this machine: import</source>
        <translation>Move a container to this machine: import</translation>
    </message>
    <message>
        <location line="+145" />
        <source>Choose the folder Export… made on the other machine. Berth checks every file against the checksums in its manifest before it changes anything here, then loads the image, makes and fills the volumes and creates the container with the same settings. If anything fails, what it made goes again.</source>
        <translation>Choose the folder Export… made on the other machine. Berth checks every file against the checksums in its manifest before it changes anything here, then loads the image, makes and fills the volumes and creates the container with the same settings. If anything fails, what it made goes again.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Bundle folder</source>
        <translation>Bundle folder</translation>
    </message>
    <message>
        <location line="-96" />
        <location line="+52" />
        <location line="+47" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="-149" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Names and ports</source>
        <translation>Names and ports</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A bundle made by Export…</source>
        <translation>A bundle made by Export…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Files of the manual method (docker save, tar)</source>
        <translation>Files of the manual method (docker save, tar)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The image: the .tar docker save wrote. Each volume: a .tar.gz made with tar -czf, the name it gets here and the folder it appears at inside the container. Berth reads every file to its end before it changes anything.</source>
        <translation>The image: the .tar docker save wrote. Each volume: a .tar.gz made with tar -czf, the name it gets here and the folder it appears at inside the container. Berth reads every file to its end before it changes anything.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>image.tar</source>
        <translation>image.tar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The image file from docker save</source>
        <translation>The image file from docker save</translation>
    </message>
    <message>
        <location line="+26" />
        <source>volume name</source>
        <translation>volume name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name of the volume here</source>
        <translation>Name of the volume here</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Folder inside the container</source>
        <translation>Folder inside the container</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a volume's .tar.gz</source>
        <translation>a volume's .tar.gz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A volume archive to add</source>
        <translation>A volume archive to add</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add the volume archive</source>
        <translation>Add the volume archive</translation>
    </message>
    <message>
        <location line="+7" />
        <source>docker run options, e.g. -p 8080:80 -e KEY=value --restart unless-stopped</source>
        <translation>docker run options, e.g. -p 8080:80 -e KEY=value --restart unless-stopped</translation>
    </message>
    <message>
        <location line="+2" />
        <source>docker run options</source>
        <translation>docker run options</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Choose the bundle folder</source>
        <translation>Choose the bundle folder</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Name here</source>
        <translation>Name here</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name of the container here</source>
        <translation>Name of the container here</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Volume at %1</source>
        <translation>Volume at %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Name here of the volume at %1</source>
        <translation>Name here of the volume at %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Ports it publishes on this computer (another container or program may hold one here; then give it another):</source>
        <translation>Ports it publishes on this computer (another container or program may hold one here; then give it another):</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+9" />
        <source>Host port for %1</source>
        <translation>Host port for %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>choose another</source>
        <translation>choose another</translation>
    </message>
    <message>
        <location line="+0" />
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not in the bundle: folders of the other machine it showed inside (%1).</source>
        <translation>Not in the bundle: folders of the other machine it showed inside (%1).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Folders of the other machine in the bundle, and where they go on this one: name a missing or empty folder for each, with its full path (Berth writes over nothing, and nowhere you did not name):</source>
        <translation>Folders of the other machine in the bundle, and where they go on this one: name a missing or empty folder for each, with its full path (Berth writes over nothing, and nowhere you did not name):</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 (shown at %2)</source>
        <translation>%1 (shown at %2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>full path of a missing or empty folder here</source>
        <translation>full path of a missing or empty folder here</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Folder here for what it showed at %1</source>
        <translation>Folder here for what it showed at %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Start it when it is created</source>
        <translation>Start it when it is created</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The same by hand, for learning:</source>
        <translation>The same by hand, for learning:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-316" />
        <location line="+321" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Manual commands: %1</source>
        <translation>Manual commands: %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Start the import</source>
        <translation>Start the import</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The image from docker save</source>
        <translation>The image from docker save</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A volume archive made with tar</source>
        <translation>A volume archive made with tar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images (*.tar)</source>
        <translation>Images (*.tar)</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Volume backups (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)</source>
        <translation>Volume backups (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The bundle folder</source>
        <translation>The bundle folder</translation>
    </message>
</context>
<context>
    <name>MigrationActions</name>
    <message>
        <location filename="../../src/app/migration/migrationactions.cpp" line="+38" />
        <source>Transfer to %1</source>
        <translation>Transfer to %1</translation>
    </message>
</context>
<context>
    <name>MigrationExportJob</name>
    <message>
        <location filename="../../src/core/jobs/migrationexportjob.cpp" line="+47" />
        <source>Export %1 for migration</source>
        <translation>Export %1 for migration</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 is not an empty folder. Choose a new folder for the bundle; Berth does not mix it with other files.</source>
        <translation>%1 is not an empty folder. Choose a new folder for the bundle; Berth does not mix it with other files.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot make the folder %1.</source>
        <translation>Cannot make the folder %1.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Stopping %1</source>
        <translation>Stopping %1</translation>
    </message>
    <message>
        <location line="+148" />
        <source>Committing %1 to an image and backing up the volumes</source>
        <translation>Committing %1 to an image and backing up the volumes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Committing %1 to an image</source>
        <translation>Committing %1 to an image</translation>
    </message>
    <message>
        <location line="-122" />
        <source>Berth migration of %1</source>
        <translation>Berth migration of %1</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Saving the image (docker save)</source>
        <translation>Saving the image (docker save)</translation>
    </message>
    <message>
        <location line="-84" />
        <source>Cannot name %1 in %2.</source>
        <translation>Cannot name %1 in %2.</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Saving the image (docker save) and backing up the volumes</source>
        <translation>Saving the image (docker save) and backing up the volumes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Backing up the volumes</source>
        <translation>Backing up the volumes</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Exported %1 to %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
</context>
<context>
    <name>MigrationImportJob</name>
    <message>
        <location filename="../../src/core/jobs/importsource.cpp" line="+125" />
        <source>Import the bundle %1</source>
        <translation>Import the bundle %1</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Import %1 and its volumes</source>
        <translation>Import %1 and its volumes</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/migrationimportjob.cpp" line="+52" />
        <source>The container would get powers over this machine that need your word: %1. Nothing was changed; allow each only if you trust where it comes from.</source>
        <translation>The container would get powers over this machine that need your word: %1. Nothing was changed; allow each only if you trust where it comes from.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Give the container a name (--name): letters, digits, '_', '.' and '-'.</source>
        <translation>Give the container a name (--name): letters, digits, '_', '.' and '-'.</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/importsource.cpp" line="+13" />
        <source>Each volume is FILE:NAME:/path/inside, with a volume name and an absolute path (got %1:%2).</source>
        <translation>Each volume is FILE:NAME:/path/inside, with a volume name and an absolute path (got %1:%2).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reading the image and every archive to their end</source>
        <translation>Reading the image and every archive to their end</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/enginesource.cpp" line="+41" />
        <source>Transfer %1 to %2</source>
        <translation>Transfer %1 to %2</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/migrationimportjob.cpp" line="-44" />
        <source>Verified: %1.</source>
        <translation>Verified: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Folder %1 of the source machine is now %2 here, mounted at %3.</source>
        <translation>Folder %1 of the source machine is now %2 here, mounted at %3.</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/enginesource.cpp" line="+206" />
        <source>The image on the target differs from the one that left the source in %1. Nothing was kept; try again.</source>
        <translation>The image on the target differs from the one that left the source in %1. Nothing was kept; try again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>image %1 (the same layers and configuration on both engines)</source>
        <translation>image %1 (the same layers and configuration on both engines)</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Comparing volume %1 on both engines</source>
        <translation>Comparing volume %1 on both engines</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Volume %1 is not the same on the target after the copy (%2 entries sent, %3 there%4). Nothing was kept; try again.</source>
        <translation>Volume %1 is not the same on the target after the copy (%2 entries sent, %3 there%4). Nothing was kept; try again.</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>volume %1: %n entries, each file's sha256 the same on both engines</source>
        <translation><numerusform>volume %1: %n entries, each file's sha256 the same on both engines</numerusform><numerusform>volume %1: %n entries, each file's sha256 the same on both engines</numerusform></translation>
    </message>
    <message>
        <location line="-297" />
        <source>Committing %1 on the source engine</source>
        <translation>Committing %1 on the source engine</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/importsource.cpp" line="-85" />
        <source>%1 has no manifest.json: it is not a Berth bundle, or its export did not finish.</source>
        <translation>%1 has no manifest.json: it is not a Berth bundle, or its export did not finish.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 has no manifest.json.sha256: the bundle is incomplete.</source>
        <translation>%1 has no manifest.json.sha256: the bundle is incomplete.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>manifest.json does not match its checksum: it was edited or damaged. Do not import this bundle.</source>
        <translation>manifest.json does not match its checksum: it was edited or damaged. Do not import this bundle.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Checking every file of the bundle</source>
        <translation>Checking every file of the bundle</translation>
    </message>
    <message>
        <location line="-126" />
        <source>The bundle cannot be imported: %1</source>
        <translation>The bundle cannot be imported: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/migrationimportjob.cpp" line="+66" />
        <source>holds device nodes in its volumes: %1</source>
        <translation>holds device nodes in its volumes: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its volumes hold device nodes (%1), through which a container allowed to use devices reaches this machine's hardware. Nothing was changed; allow devices only if you trust where it comes from.</source>
        <translation>Its volumes hold device nodes (%1), through which a container allowed to use devices reaches this machine's hardware. Nothing was changed; allow devices only if you trust where it comes from.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>A container named %1 is here already; nothing was imported.</source>
        <translation>A container named %1 is here already; nothing was imported.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A container named %1 exists on this engine. Give another name (--name), or choose what to do: --on-conflict rename, replace or skip.</source>
        <translation>A container named %1 exists on this engine. Give another name (--name), or choose what to do: --on-conflict rename, replace or skip.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>A volume named %1 exists on this engine, and Berth does not write over it. Import into another volume: --volume-map %2=NEW-NAME.</source>
        <translation>A volume named %1 exists on this engine, and Berth does not write over it. Import into another volume: --volume-map %2=NEW-NAME.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The folder %1 would go to a folder of the machine at %2, which Berth cannot look into from here: import it into an engine on this machine, or leave the folder out.</source>
        <translation>The folder %1 would go to a folder of the machine at %2, which Berth cannot look into from here: import it into an engine on this machine, or leave the folder out.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The bundle holds the folder %1 of the other machine (shown inside at %2); say which folder of this machine it goes to.</source>
        <translation>The bundle holds the folder %1 of the other machine (shown inside at %2); say which folder of this machine it goes to.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not an absolute path.</source>
        <translation>%1 is not an absolute path.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 exists here and is not a folder.</source>
        <translation>%1 exists here and is not a folder.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder %1 exists here and is not empty, and Berth does not write over it.</source>
        <translation>The folder %1 exists here and is not empty, and Berth does not write over it.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name it with its full path: --bind-map %1=/a/folder/here. Nothing was changed.</source>
        <translation>Name it with its full path: --bind-map %1=/a/folder/here. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the folder elsewhere: --bind-map %1=/another/folder.</source>
        <translation>Put the folder elsewhere: --bind-map %1=/another/folder.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Restoring the folder %1</source>
        <translation>Restoring the folder %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot make the folder %1 here (permissions?).</source>
        <translation>Cannot make the folder %1 here (permissions?).</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Give the container another host port here (--port-map OLD=NEW, or the port's field in the import dialog), or free the port first.</source>
        <translation>Give the container another host port here (--port-map OLD=NEW, or the port's field in the import dialog), or free the port first.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 names another image on this engine, and loading the image file would move that tag to the imported image. Nothing was changed; rename or remove the image here first (docker tag, docker rmi) if that is what you want.</source>
        <translation>%1 names another image on this engine, and loading the image file would move that tag to the imported image. Nothing was changed; rename or remove the image here first (docker tag, docker rmi) if that is what you want.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Loading the image (docker load)</source>
        <translation>Loading the image (docker load)</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Setting the container %1 aside as %2 until the new one runs</source>
        <translation>Setting the container %1 aside as %2 until the new one runs</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The replaced container stays, renamed %1: remove it with docker rm %1 (%2).</source>
        <translation>The replaced container stays, renamed %1: remove it with docker rm %1 (%2).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The container %1 was set back but did not start again: %2</source>
        <translation>The container %1 was set back but did not start again: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The container %1 keeps the name %2 (%3): docker rename %2 %1 gives its name back.</source>
        <translation>The container %1 keeps the name %2 (%3): docker rename %2 %1 gives its name back.</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/importsource.cpp" line="+55" />
        <source>Restoring volume %1</source>
        <translation>Restoring volume %1</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/enginesource.cpp" line="+205" />
        <source>Copying volume %1</source>
        <translation>Copying volume %1</translation>
    </message>
    <message>
        <location filename="../../src/core/jobs/migrationimportjob.cpp" line="+67" />
        <source>%1 was a folder of the source machine (%2); it was not migrated.</source>
        <translation>%1 was a folder of the source machine (%2); it was not migrated.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Creating the container %1</source>
        <translation>Creating the container %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(A host port it publishes may be taken on this machine: free it, or import without starting and change the ports.)</source>
        <translation>(A host port it publishes may be taken on this machine: free it, or import without starting and change the ports.)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Imported and started %1</source>
        <translation>Imported and started %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Remove %1 by hand: the import made it, and could not remove all of it.</source>
        <translation>Remove %1 by hand: the import made it, and could not remove all of it.</translation>
    </message>
</context>
<context>
    <name>NetworkListPage</name>
    <message>
        <location filename="../../qml/networks/NetworkListPage.qml" line="+20" />
        <location line="+141" />
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location line="-123" />
        <source>Search by name, container or subnet (Ctrl+F)</source>
        <translation>Search by name, container or subnet (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search networks</source>
        <translation>Search networks</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Create…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+296" />
        <source>Create a network</source>
        <translation>Create a network</translation>
    </message>
    <message>
        <location line="-290" />
        <source>Prune…</source>
        <translation>Prune…</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+475" />
        <source>Remove unused networks</source>
        <translation>Remove unused networks</translation>
    </message>
    <message>
        <location line="-466" />
        <source>What is a network?</source>
        <translation>What is a network?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Containers on the same network reach each other by name (and by the aliases given when they were connected). An internal network has no way out to other networks or the internet. bridge, host and none are the engine's own.</source>
        <translation>Containers on the same network reach each other by name (and by the aliases given when they were connected). An internal network has no way out to other networks or the internet. bridge, host and none are the engine's own.</translation>
    </message>
    <message>
        <location line="+148" />
        <location line="+294" />
        <source>Network %1</source>
        <translation>Network %1</translation>
    </message>
    <message>
        <location line="-286" />
        <source>internal</source>
        <translation>internal</translation>
    </message>
    <message>
        <location line="+33" />
        <source>gateway %1</source>
        <translation>gateway %1</translation>
    </message>
    <message>
        <location line="-51" />
        <source>containers: %1</source>
        <translation>containers: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no container attached</source>
        <translation>no container attached</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inspect %1</source>
        <translation>Inspect %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Connect…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Connect a container to %1</source>
        <translation>Connect a container to %1</translation>
    </message>
    <message>
        <location line="-110" />
        <source>Disconnect…</source>
        <translation>Disconnect…</translation>
    </message>
    <message>
        <location line="+167" />
        <source>Disconnect a container from %1</source>
        <translation>Disconnect a container from %1</translation>
    </message>
    <message>
        <location line="-140" />
        <source>Loading networks…</source>
        <translation>Loading networks…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No networks yet.</source>
        <translation>No networks yet.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No network matches the search.</source>
        <translation>No network matches the search.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+65" />
        <location line="+57" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-393" />
        <location line="+276" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network name</source>
        <translation>Network name</translation>
    </message>
    <message>
        <location line="-265" />
        <location line="+266" />
        <location line="+1" />
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subnet (CIDR, empty: the engine picks one)</source>
        <translation>Subnet (CIDR, empty: the engine picks one)</translation>
    </message>
    <message>
        <location line="-250" />
        <location line="+256" />
        <source>Subnet</source>
        <translation>Subnet</translation>
    </message>
    <message>
        <location line="-265" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <location line="+101" />
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+29" />
        <source>More actions for %1</source>
        <translation>More actions for %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Gateway (needs a subnet)</source>
        <translation>Gateway (needs a subnet)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Internal: no way out to other networks or the internet</source>
        <translation>Internal: no way out to other networks or the internet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Labels, one key=value per line</source>
        <translation>Labels, one key=value per line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+52" />
        <location line="+47" />
        <source>The same docker command: %1</source>
        <translation>The same docker command: %1</translation>
    </message>
    <message>
        <location line="-74" />
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <location line="+51" />
        <location line="+5" />
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="-54" />
        <source>Aliases: other names it is known by on this network (optional)</source>
        <translation>Aliases: other names it is known by on this network (optional)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Every container is attached already.</source>
        <translation>Every container is attached already.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+17" />
        <source>These unused networks will be removed:</source>
        <translation>These unused networks will be removed:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On Docker a stopped container does not keep a network: it loses it, and starts again only once connected to another.</source>
        <translation>On Docker a stopped container does not keep a network: it loses it, and starts again only once connected to another.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove a network</source>
        <translation>Remove a network</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This network will be removed:</source>
        <translation>This network will be removed:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The engine refuses while a container uses it: disconnect them first.</source>
        <translation>The engine refuses while a container uses it: disconnect them first.</translation>
    </message>
</context>
<context>
    <name>PowersConsent</name>
    <message>
        <location filename="../../qml/migration/PowersConsent.qml" line="+20" />
        <source>It asks for powers over this computer. Tick each only if you trust where it comes from; without them nothing is imported:</source>
        <translation>It asks for powers over this computer. Tick each only if you trust where it comes from; without them nothing is imported:</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Allow: %1</source>
        <translation>Allow: %1</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../src/app/projects/projectactions.cpp" line="+77" />
        <location line="+38" />
        <source>There is no project named %1 any more.</source>
        <translation>There is no project named %1 any more.</translation>
    </message>
    <message>
        <location line="-17" />
        <source>container %1 (stopped first)</source>
        <translation>container %1 (stopped first)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>container %1</source>
        <translation>container %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>network %1</source>
        <translation>network %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>volume %1, with its data</source>
        <translation>volume %1, with its data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the containers' anonymous volumes</source>
        <translation>the containers' anonymous volumes</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Choose a compose file.</source>
        <translation>Choose a compose file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A project's name is lower-case letters, digits, '-' and '_', starting with a letter or digit.</source>
        <translation>A project's name is lower-case letters, digits, '-' and '_', starting with a letter or digit.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Up project %1</source>
        <translation>Up project %1</translation>
    </message>
</context>
<context>
    <name>ProjectJob</name>
    <message>
        <location filename="../../src/core/compose/projectjob.cpp" line="+164" />
        <source>dependency failed to start: container %1 is %2</source>
        <translation>dependency failed to start: container %1 is %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not running</source>
        <translation>not running</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 did not become healthy within %2 minutes (its health check says "%3")</source>
        <translation>%1 did not become healthy within %2 minutes (its health check says "%3")</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+68" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectListPage</name>
    <message>
        <location filename="../../qml/projects/ProjectListPage.qml" line="+32" />
        <location line="+159" />
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="-140" />
        <source>Search by project, service or folder (Ctrl+F)</source>
        <translation>Search by project, service or folder (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Search projects</source>
        <translation>Search projects</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Looking for Compose…</source>
        <translation>Looking for Compose…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up from a compose file…</source>
        <translation>Up from a compose file…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Compose is not installed…</source>
        <translation>Compose is not installed…</translation>
    </message>
    <message>
        <location line="+36" />
        <source>What is a Compose project?</source>
        <translation>What is a Compose project?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>docker compose up makes one container per service of a compose file and marks each with the project's name. Berth finds them by that mark and acts on the whole project: it starts the services in the order their depends_on gives and stops them the other way.</source>
        <translation>docker compose up makes one container per service of a compose file and marks each with the project's name. Berth finds them by that mark and acts on the whole project: it starts the services in the order their depends_on gives and stops them the other way.</translation>
    </message>
    <message>
        <location line="+137" />
        <source>Project %1</source>
        <translation>Project %1</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+32" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unpause</source>
        <translation>Unpause</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-41" />
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Logs of %1</source>
        <translation>Logs of %1</translation>
    </message>
    <message>
        <location line="+58" />
        <source>services: %1</source>
        <translation>services: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>started in this order: %1</source>
        <translation>started in this order: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>containers: %1</source>
        <translation>containers: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>files: %1</source>
        <translation>files: %1</translation>
    </message>
    <message>
        <location line="-107" />
        <source>made without a compose folder</source>
        <translation>made without a compose folder</translation>
    </message>
    <message>
        <location line="-156" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+12" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Working folder</source>
        <translation>Working folder</translation>
    </message>
    <message>
        <location line="+118" />
        <source>%1 of %2 running</source>
        <translation>%1 of %2 running</translation>
    </message>
    <message>
        <location line="+54" />
        <source>More actions for %1</source>
        <translation>More actions for %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Loading containers…</source>
        <translation>Loading containers…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No Compose project: no container carries the com.docker.compose.project label.</source>
        <translation>No Compose project: no container carries the com.docker.compose.project label.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No project matches the search.</source>
        <translation>No project matches the search.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose a compose file</source>
        <translation>Choose a compose file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Compose files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Up from a compose file</source>
        <translation>Up from a compose file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Compose is not installed</source>
        <translation>Compose is not installed</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Berth runs %1 (%2) against the engine it shows, never your default one; its output is in the Jobs page.</source>
        <translation>Berth runs %1 (%2) against the engine it shows, never your default one; its output is in the Jobs page.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The compose file, e.g. /home/me/shop/compose.yaml</source>
        <translation>The compose file, e.g. /home/me/shop/compose.yaml</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compose file</source>
        <translation>Compose file</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+2" />
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The same docker command: %1</source>
        <translation>The same docker command: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Remove a project</source>
        <translation>Remove a project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These go, running containers stopped first (in reverse dependency order):</source>
        <translation>These go, running containers stopped first (in reverse dependency order):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also remove the project's volumes and the data in them</source>
        <translation>Also remove the project's volumes and the data in them</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The volumes' data cannot be brought back.</source>
        <translation>The volumes' data cannot be brought back.</translation>
    </message>
</context>
<context>
    <name>ProjectLogWindow</name>
    <message>
        <location filename="../../qml/projects/ProjectLogWindow.qml" line="+22" />
        <source>Logs of project %1 — Berth</source>
        <translation>Logs of project %1 — Berth</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The same docker command: %1</source>
        <translation>The same docker command: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Following</source>
        <translation>Following</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ended: no container of the project runs</source>
        <translation>Ended: no container of the project runs</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Scroll with new lines</source>
        <translation>Scroll with new lines</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Log lines</source>
        <translation>Log lines</translation>
    </message>
</context>
<context>
    <name>PullJob</name>
    <message>
        <location filename="../../src/core/jobs/pulljob.cpp" line="+10" />
        <source>Pull %1</source>
        <translation>Pull %1</translation>
    </message>
</context>
<context>
    <name>PushJob</name>
    <message>
        <location filename="../../src/core/jobs/pushjob.cpp" line="+12" />
        <source>Push %1</source>
        <translation>Push %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/core/translations.cpp" line="+19" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <location filename="../../src/app/registries/registryactions.cpp" line="+103" />
        <source>Write the user name and the password (or access token).</source>
        <translation>Write the user name and the password (or access token).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No credential helper is set up, so the password would be kept unencrypted in %1. Tick the box to allow it, or set up a credential helper (credsStore) first.</source>
        <translation>No credential helper is set up, so the password would be kept unencrypted in %1. Tick the box to allow it, or set up a credential helper (credsStore) first.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Login Succeeded</source>
        <translation>Login Succeeded</translation>
    </message>
    <message>
        <location line="+50" />
        <source>%1 answers, and lets you in without a sign-in.</source>
        <translation>%1 answers, and lets you in without a sign-in.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 takes the sign-in of %2.</source>
        <translation>%1 takes the sign-in of %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a token</source>
        <translation>a token</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Asking %1 for its repositories…</source>
        <translation>Asking %1 for its repositories…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 holds no repositories.</source>
        <translation>%1 holds no repositories.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 does not list its repositories: %2</source>
        <translation>%1 does not list its repositories: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Asking for the tags of %1…</source>
        <translation>Asking for the tags of %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n platforms</source>
        <translation><numerusform>%n platforms</numerusform><numerusform>%n platforms</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 has no tags.</source>
        <translation>%1 has no tags.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Write what to search for.</source>
        <translation>Write what to search for.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The engine cannot search Docker Hub from here: %1</source>
        <translation>The engine cannot search Docker Hub from here: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <location filename="../../src/core/registry/registryclient.cpp" line="+152" />
        <source>%1 wants a sign-in (%2). Sign in to it first.</source>
        <translation>%1 wants a sign-in (%2). Sign in to it first.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 refused the sign-in (%2): check the user and password, and sign in again.</source>
        <translation>%1 refused the sign-in (%2): check the user and password, and sign in again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 denies this (%2).</source>
        <translation>%1 denies this (%2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 has no such thing (%2).</source>
        <translation>%1 has no such thing (%2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 has had too many requests; wait and try again (%2).</source>
        <translation>%1 has had too many requests; wait and try again (%2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 answered %2: %3</source>
        <translation>%1 answered %2: %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 cannot be reached (%2). Check the address and the network.</source>
        <translation>%1 cannot be reached (%2). Check the address and the network.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 sent more than 4 MiB for %2; Berth stopped reading.</source>
        <translation>%1 sent more than 4 MiB for %2; Berth stopped reading.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1 names no usable token service (%2).</source>
        <translation>%1 names no usable token service (%2).</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The token service of %1 gave no token.</source>
        <translation>The token service of %1 gave no token.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>"%1" is not a repository name.</source>
        <translation>"%1" is not a repository name.</translation>
    </message>
</context>
<context>
    <name>RegistryListPage</name>
    <message>
        <location filename="../../qml/registries/RegistryListPage.qml" line="+19" />
        <location line="+79" />
        <source>Registries</source>
        <translation>Registries</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+233" />
        <source>Sign in to a registry</source>
        <translation>Sign in to a registry</translation>
    </message>
    <message>
        <location line="-227" />
        <location line="+3" />
        <source>Search Docker Hub</source>
        <translation>Search Docker Hub</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search Docker Hub through the engine</source>
        <translation>Search Docker Hub through the engine</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%n image(s) found on Docker Hub.</source>
        <translation><numerusform>%n image found on Docker Hub.</numerusform><numerusform>%n images found on Docker Hub.</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>What is a registry?</source>
        <translation>What is a registry?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A registry stores images: Docker Hub, a company's own, GitHub's or GitLab's. Pull takes an image from one, push puts yours there. The sign-ins are the docker CLI's own (%1), so a docker login works here and a sign-in here works for docker.</source>
        <translation>A registry stores images: Docker Hub, a company's own, GitHub's or GitLab's. Pull takes an image from one, push puts yours there. The sign-ins are the docker CLI's own (%1), so a docker login works here and a sign-in here works for docker.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Registry %1</source>
        <translation>Registry %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>signed in as %1</source>
        <translation>signed in as %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <location line="+2" />
        <source>kept by docker-credential-%1</source>
        <translation>kept by docker-credential-%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kept in config.json</source>
        <translation>kept in config.json</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Asking %1…</source>
        <translation>Asking %1…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the sign-in for %1</source>
        <translation>Check the sign-in for %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Browse</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What %1 holds</source>
        <translation>What %1 holds</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign out of %1</source>
        <translation>Sign out of %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No sign-in yet. Sign in to a registry to push your images or pull private ones.</source>
        <translation>No sign-in yet. Sign in to a registry to push your images or pull private ones.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Repositories</source>
        <translation>Repositories</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Repository %1</source>
        <translation>Repository %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pull %1</source>
        <translation>Pull %1</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking the sign-in through the engine…</source>
        <translation>Checking the sign-in through the engine…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Registry (empty for Docker Hub), such as registry.example.com or localhost:5000</source>
        <translation>Registry (empty for Docker Hub), such as registry.example.com or localhost:5000</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Password or access token</source>
        <translation>Password or access token</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Keep it in the desktop's secret store (docker uses it too)</source>
        <translation>Keep it in the desktop's secret store (docker uses it too)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the password in the desktop's secret store</source>
        <translation>Keep the password in the desktop's secret store</translation>
    </message>
    <message>
        <location line="+5" />
        <source>docker-credential-secretservice keeps the password in the desktop's key ring; %1 gets "credsStore": "secretservice", so docker login, pull and push use it too.</source>
        <translation>docker-credential-secretservice keeps the password in the desktop's key ring; %1 gets "credsStore": "secretservice", so docker login, pull and push use it too.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No credential helper is set up (credsStore in %1): the password would be kept there unencrypted, as docker login keeps it.</source>
        <translation>No credential helper is set up (credsStore in %1): the password would be kept there unencrypted, as docker login keeps it.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Keep it unencrypted in config.json</source>
        <translation>Keep it unencrypted in config.json</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the password unencrypted in config.json</source>
        <translation>Keep the password unencrypted in config.json</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The same docker command: %1</source>
        <translation>The same docker command: %1</translation>
    </message>
</context>
<context>
    <name>RegistryMessages</name>
    <message>
        <location filename="../../src/core/registry/registrymessages.cpp" line="+18" />
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Berth has no sign-in for %1. If the image is private or the registry wants a sign-in, sign in first (the Registries page, or %2), then try again.</source>
        <translation>Berth has no sign-in for %1. If the image is private or the registry wants a sign-in, sign in first (the Registries page, or %2), then try again.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>WARNING! Your password will be stored unencrypted in %1.
Configure a credential helper to remove this warning. See
https://docs.docker.com/engine/reference/commandline/login/#credentials-store</source>
        <translation>WARNING! Your password will be stored unencrypted in %1.
Configure a credential helper to remove this warning. See
https://docs.docker.com/engine/reference/commandline/login/#credentials-store</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1's TLS certificate is not trusted (%2). If the registry has a certificate authority of its own, put that authority's certificate in %3 on the engine's machine (Berth reads it from there too), then try again.</source>
        <translation>%1's TLS certificate is not trusted (%2). If the registry has a certificate authority of its own, put that authority's certificate in %3 on the engine's machine (Berth reads it from there too), then try again.</translation>
    </message>
</context>
<context>
    <name>RestoreForm</name>
    <message>
        <location filename="../../src/app/volumes/restoreform.cpp" line="+132" />
        <source>Choose the backup file to restore.</source>
        <translation>Choose the backup file to restore.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is still being read.</source>
        <translation>The file is still being read.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is read first: press Enter in its field.</source>
        <translation>The file is read first: press Enter in its field.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tick the files and folders to restore, or choose to restore everything.</source>
        <translation>Tick the files and folders to restore, or choose to restore everything.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick the box to restore its device nodes too, or choose another file.</source>
        <translation>Tick the box to restore its device nodes too, or choose another file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the new volume a name.</source>
        <translation>Give the new volume a name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the volume to restore into.</source>
        <translation>Choose the volume to restore into.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" cannot be a volume's name: use letters, digits, '_', '.' and '-', starting with a letter or digit.</source>
        <translation>"%1" cannot be a volume's name: use letters, digits, '_', '.' and '-', starting with a letter or digit.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A volume named %1 exists already: give the new one another name, or restore into %1 as an existing volume.</source>
        <translation>A volume named %1 exists already: give the new one another name, or restore into %1 as an existing volume.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is running and uses this volume: stop it first, Berth will not write under a running program.</source>
        <translation>%1 is running and uses this volume: stop it first, Berth will not write under a running program.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Can be restored: %1 files (%2), %3 folders, %4 links. At the top: %5. %6</source>
        <translation>Can be restored: %1 files (%2), %3 folders, %4 links. At the top: %5. %6</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The checksum matches.</source>
        <translation>The checksum matches.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No .sha256 beside it to compare with.</source>
        <translation>No .sha256 beside it to compare with.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Reading the backup…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 (a hard link to %2)</source>
        <translation>%1 (a hard link to %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A folder: open it to see what it holds.</source>
        <translation>A folder: open it to see what it holds.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A link to %1</source>
        <translation>A link to %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A device, pipe or socket: it has no content to show.</source>
        <translation>A device, pipe or socket: it has no content to show.</translation>
    </message>
</context>
<context>
    <name>RunContainerDialog</name>
    <message>
        <location filename="../../qml/containers/RunContainerDialog.qml" line="+29" />
        <source>Run a container</source>
        <translation>Run a container</translation>
    </message>
    <message>
        <location line="+53" />
        <location line="+12" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+9" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-3" />
        <source>optional, e.g. web</source>
        <translation>optional, e.g. web</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Interactive terminal (-it)</source>
        <translation>Interactive terminal (-it)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+9" />
        <source>Command and arguments</source>
        <translation>Command and arguments</translation>
    </message>
    <message>
        <location line="-3" />
        <source>optional, e.g. sh -c 'echo hello'</source>
        <translation>optional, e.g. sh -c 'echo hello'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Ports, one per line (host:container)</source>
        <translation>Ports, one per line (host:container)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Volumes, one per line (name or /host/folder:/path)</source>
        <translation>Volumes, one per line (name or /host/folder:/path)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Environment, one NAME=value per line</source>
        <translation>Environment, one NAME=value per line</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Environment variables</source>
        <translation>Environment variables</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import an env file…</source>
        <translation>Import an env file…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add the variables of an env file (docker run --env-file)</source>
        <translation>Add the variables of an env file (docker run --env-file)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add a host folder…</source>
        <translation>Add a host folder…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mount a folder of this computer into the container (a bind mount)</source>
        <translation>Mount a folder of this computer into the container (a bind mount)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+8" />
        <source>Restart policy</source>
        <translation>Restart policy</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Remove when it stops (--rm)</source>
        <translation>Remove when it stops (--rm)</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+7" />
        <source>Working folder</source>
        <translation>Working folder</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+5" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+15" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="-3" />
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose one of the engine's networks</source>
        <translation>Choose one of the engine's networks</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+9" />
        <source>Memory limit</source>
        <translation>Memory limit</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Labels, one key=value per line</source>
        <translation>Labels, one key=value per line</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Health check</source>
        <translation>Health check</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Command (run by the container's shell)</source>
        <translation>Command (run by the container's shell)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Health check command</source>
        <translation>Health check command</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Health check interval</source>
        <translation>Health check interval</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Health check timeout</source>
        <translation>Health check timeout</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Retries</source>
        <translation>Retries</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Health check retries</source>
        <translation>Health check retries</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start period</source>
        <translation>Start period</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Health check start period</source>
        <translation>Health check start period</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No health check (turn off the image's own)</source>
        <translation>No health check (turn off the image's own)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The same with the docker command:</source>
        <translation>The same with the docker command:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Run the container</source>
        <translation>Run the container</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import an env file</source>
        <translation>Import an env file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Env files (*.env .env*)</source>
        <translation>Env files (*.env .env*)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose a folder to mount</source>
        <translation>Choose a folder to mount</translation>
    </message>
</context>
<context>
    <name>RunForm</name>
    <message>
        <location filename="../../src/app/containers/runform.cpp" line="+71" />
        <source>'%1' is not a port mapping such as 8080:80 or 127.0.0.1:53:53/udp.</source>
        <translation>'%1' is not a port mapping such as 8080:80 or 127.0.0.1:53:53/udp.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' is not a mount such as data:/app/data or /host/folder:/data:ro.</source>
        <translation>'%1' is not a mount such as data:/app/data or /host/folder:/data:ro.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Port %1 is already in use on this computer; the container may fail to start.</source>
        <translation>Port %1 is already in use on this computer; the container may fail to start.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <location filename="../../src/core/learn/runoptions.cpp" line="+151" />
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
        <location line="+7" />
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
    <message>
        <location line="+4" />
        <source>Turning the health check off (--no-healthcheck) leaves no room for its other values.</source>
        <translation>Turning the health check off (--no-healthcheck) leaves no room for its other values.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: write a duration such as 30s, 1m30s or 500ms (at least 1ms).</source>
        <translation>%1: write a duration such as 30s, 1m30s or 500ms (at least 1ms).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--health-retries: write a whole number, 0 or more.</source>
        <translation>--health-retries: write a whole number, 0 or more.</translation>
    </message>
    <message>
        <location line="+271" />
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Berth does not know the option %1 here.</source>
        <translation>Berth does not know the option %1 here.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %2 cannot be read.</source>
        <translation>%1 %2 cannot be read.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/settings/SettingsPage.qml" line="+26" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+8" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-5" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+8" />
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location line="-5" />
        <source>System colours</source>
        <translation>System colours</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Explanations</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show what each page is about, for newcomers</source>
        <translation>Show what each page is about, for newcomers</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+12" />
        <source>Engine at start</source>
        <translation>Engine at start</translation>
    </message>
    <message>
        <location line="-5" />
        <source>The one docker would use (DOCKER_HOST, the context, the usual sockets)</source>
        <translation>The one docker would use (DOCKER_HOST, the context, the usual sockets)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Engines…</source>
        <translation>Engines…</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+9" />
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A container stopped without being asked (an error, killed, out of memory)</source>
        <translation>A container stopped without being asked (an error, killed, out of memory)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A container turned unhealthy</source>
        <translation>A container turned unhealthy</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A container keeps restarting</source>
        <translation>A container keeps restarting</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A long job finished while Berth was in the background</source>
        <translation>A long job finished while Berth was in the background</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Never for what you just did in Berth. Several at once come as one.</source>
        <translation>Never for what you just did in Berth. Several at once come as one.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tray</source>
        <translation>Tray</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keep Berth running in the tray when its window is closed</source>
        <translation>Keep Berth running in the tray when its window is closed</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The tray icon shows how many containers run; its menu starts and stops the ones used last.</source>
        <translation>The tray icon shows how many containers run; its menu starts and stops the ones used last.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This desktop shows no tray icons, so closing the window quits Berth.</source>
        <translation>This desktop shows no tray icons, so closing the window quits Berth.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ask before removing a container (prunes always show what goes)</source>
        <translation>Ask before removing a container (prunes always show what goes)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Settings are kept for the next start. A new engine at start applies then.</source>
        <translation>Settings are kept for the next start. A new engine at start applies then.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Where backups and bundles go</source>
        <translation>Where backups and bundles go</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <location filename="../../src/core/util/shellwords.cpp" line="+92" />
        <source>A quote is not closed.</source>
        <translation>A quote is not closed.</translation>
    </message>
</context>
<context>
    <name>StatsChart</name>
    <message>
        <location filename="../../qml/containers/StatsChart.qml" line="+32" />
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <location line="+82" />
        <source>Collecting: a figure every %n second(s)…</source>
        <translation><numerusform>Collecting: a figure every %n second…</numerusform><numerusform>Collecting: a figure every %n seconds…</numerusform></translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+62" />
        <source>now</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <location line="-61" />
        <source>%n second(s) ago</source>
        <translation><numerusform>%n second ago</numerusform><numerusform>%n seconds ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+54" />
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../qml/containers/StatsView.qml" line="+40" />
        <source>%1 is not running: start it to see what it uses.</source>
        <translation>%1 is not running: start it to see what it uses.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Waiting for the first figures…</source>
        <translation>Waiting for the first figures…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n process(es)</source>
        <translation><numerusform>%n process(es)</numerusform><numerusform>%n process(es)</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+1" />
        <source>received / sent: %1</source>
        <translation>received / sent: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>received a second</source>
        <translation>received a second</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sent a second</source>
        <translation>sent a second</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>read / written: %1</source>
        <translation>read / written: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>read a second</source>
        <translation>read a second</translation>
    </message>
    <message>
        <location line="+1" />
        <source>written a second</source>
        <translation>written a second</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The same in a terminal:</source>
        <translation>The same in a terminal:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The same in a terminal: %1</source>
        <translation>The same in a terminal: %1</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../qml/common/StepIndicator.qml" line="+17" />
        <location line="+17" />
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Step %1 of %2, done: %3</source>
        <translation>Step %1 of %2, done: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step %1 of %2, current: %3</source>
        <translation>Step %1 of %2, current: %3</translation>
    </message>
</context>
<context>
    <name>TarDigest</name>
    <message>
        <location filename="../../src/core/archive/tardigest.cpp" line="+37" />
        <source>a hard link names %1, which comes nowhere before it</source>
        <translation>a hard link names %1, which comes nowhere before it</translation>
    </message>
</context>
<context>
    <name>TarExtractor</name>
    <message>
        <location filename="../../src/core/files/tarextractor.cpp" line="+64" />
        <location line="+108" />
        <source>Cannot open the folder %1: %2</source>
        <translation>Cannot open the folder %1: %2</translation>
    </message>
    <message>
        <location line="-71" />
        <location line="+251" />
        <source>The archive is damaged: %1</source>
        <translation>The archive is damaged: %1</translation>
    </message>
    <message>
        <location line="-244" />
        <source>The archive names an absolute path (%1); nothing was copied.</source>
        <translation>The archive names an absolute path (%1); nothing was copied.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The archive names a path outside the folder (%1); nothing was copied.</source>
        <translation>The archive names a path outside the folder (%1); nothing was copied.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Cannot make the folder %1: %2</source>
        <translation>Cannot make the folder %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is a symbolic link or not a folder; nothing is written through it.</source>
        <translation>%1 is a symbolic link or not a folder; nothing is written through it.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 is of a kind that cannot be copied (tar type '%2').</source>
        <translation>%1 is of a kind that cannot be copied (tar type '%2').</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot replace the folder %1 with a file.</source>
        <translation>Cannot replace the folder %1 with a file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot replace %1, which is not a folder, with a folder.</source>
        <translation>Cannot replace %1, which is not a folder, with a folder.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot replace %1: %2</source>
        <translation>Cannot replace %1: %2</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+71" />
        <location line="+28" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-73" />
        <source>The hard link %1 names the folder itself.</source>
        <translation>The hard link %1 names the folder itself.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cannot link %1 to %2: %3</source>
        <translation>Cannot link %1 to %2: %3</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Cannot set %1 on %2: %3</source>
        <translation>Cannot set %1 on %2: %3</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The archive ended in the middle of %1.</source>
        <translation>The archive ended in the middle of %1.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 appeared while the copy was written; it was left as it is.</source>
        <translation>%1 appeared while the copy was written; it was left as it is.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot put %1 in place: %2</source>
        <translation>Cannot put %1 in place: %2</translation>
    </message>
</context>
<context>
    <name>TarFilterDevice</name>
    <message>
        <location filename="../../src/core/archive/tarfilterdevice.cpp" line="+189" />
        <source>%1 cannot be read as an archive: %2</source>
        <translation>%1 cannot be read as an archive: %2</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is damaged or incomplete (at "%2"): %3</source>
        <translation>%1 is damaged or incomplete (at "%2"): %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is damaged or incomplete: %2</source>
        <translation>%1 is damaged or incomplete: %2</translation>
    </message>
</context>
<context>
    <name>TarReader</name>
    <message>
        <location filename="../../src/core/archive/tarreader.cpp" line="+129" />
        <source>a tar header's checksum is wrong</source>
        <translation>a tar header's checksum is wrong</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a tar header's size is not a number</source>
        <translation>a tar header's size is not a number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a tar extension header is larger than %1 bytes</source>
        <translation>a tar extension header is larger than %1 bytes</translation>
    </message>
    <message>
        <location line="+75" />
        <source>a PAX header is damaged</source>
        <translation>a PAX header is damaged</translation>
    </message>
    <message>
        <location line="+12" />
        <source>a PAX header's size is not a number</source>
        <translation>a PAX header's size is not a number</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a PAX header's owner is not a number</source>
        <translation>a PAX header's owner is not a number</translation>
    </message>
    <message>
        <location line="+31" />
        <source>the tar stream was not read to its end</source>
        <translation>the tar stream was not read to its end</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the tar stream ends in the middle of an entry</source>
        <translation>the tar stream ends in the middle of an entry</translation>
    </message>
</context>
<context>
    <name>TarSelection</name>
    <message>
        <location filename="../../src/core/archive/tarselection.cpp" line="+27" />
        <source>"%1" leads outside the volume: a backup holds nothing there.</source>
        <translation>"%1" leads outside the volume: a backup holds nothing there.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" is the whole backup: name the files or folders in it to restore.</source>
        <translation>"%1" is the whole backup: name the files or folders in it to restore.</translation>
    </message>
    <message>
        <location line="+98" />
        <source>The backup %1 holds no %2.</source>
        <translation>The backup %1 holds no %2.</translation>
    </message>
</context>
<context>
    <name>TerminalPane</name>
    <message>
        <location filename="../../qml/containers/TerminalPane.qml" line="+55" />
        <source>Command (empty: its shell, bash or sh)</source>
        <translation>Command (empty: its shell, bash or sh)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Command to run in the container</source>
        <translation>Command to run in the container</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open terminal</source>
        <translation>Open terminal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open a terminal in %1</source>
        <translation>Open a terminal in %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Its own terminal (it was started with -it); closing the tab detaches and leaves it running</source>
        <translation>Its own terminal (it was started with -it); closing the tab detaches and leaves it running</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach to %1</source>
        <translation>Attach to %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not running: start it to open a terminal in it.</source>
        <translation>%1 is not running: start it to open a terminal in it.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ended with exit code %1.</source>
        <translation>Ended with exit code %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detached; the container runs on.</source>
        <translation>Detached; the container runs on.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The same in a terminal: %1</source>
        <translation>The same in a terminal: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy the selection (Ctrl+Shift+C)</source>
        <translation>Copy the selection (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paste (Ctrl+Shift+V)</source>
        <translation>Paste (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close this terminal</source>
        <translation>Close this terminal</translation>
    </message>
</context>
<context>
    <name>TerminalSession</name>
    <message>
        <location filename="../../src/core/terminal/terminalsession.cpp" line="+61" />
        <source>%1 is not running: start it first, then open a terminal in it.</source>
        <translation>%1 is not running: start it first, then open a terminal in it.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../../src/app/tray/trayicon.cpp" line="+144" />
        <source>Berth: %n container(s) running</source>
        <translation><numerusform>Berth: %n container running</numerusform><numerusform>Berth: %n containers running</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+53" />
        <source>%n container(s) running</source>
        <translation><numerusform>%n container running</numerusform><numerusform>%n containers running</numerusform></translation>
    </message>
    <message>
        <location line="+15" />
        <source>Resume %1</source>
        <translation>Resume %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No containers used yet</source>
        <translation>No containers used yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show Berth</source>
        <translation>Show Berth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quit Berth</source>
        <translation>Quit Berth</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Berth is still running</source>
        <translation>Berth is still running</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closing the window leaves Berth in the tray. Its menu shows it again or quits.</source>
        <translation>Closing the window leaves Berth in the tray. Its menu shows it again or quits.</translation>
    </message>
</context>
<context>
    <name>TryBuildImage</name>
    <message>
        <location filename="../../qml/learn/TryBuildImage.qml" line="+24" />
        <source>Try it: build an image from a Dockerfile and run it</source>
        <translation>Try it: build an image from a Dockerfile and run it</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Write a small Dockerfile and a file beside it, and build them into the image berth-try-build.</source>
        <translation>Write a small Dockerfile and a file beside it, and build them into the image berth-try-build.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Build it</source>
        <translation>Build it</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The example's Dockerfile</source>
        <translation>The example's Dockerfile</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The build's output</source>
        <translation>The build's output</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Run the new image: its command prints the file the build put in (see its logs).</source>
        <translation>Run the new image: its command prints the file the build put in (see its logs).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run it</source>
        <translation>Run it</translation>
    </message>
</context>
<context>
    <name>TryVolumeBackup</name>
    <message>
        <location filename="../../qml/learn/TryVolumeBackup.qml" line="+37" />
        <source>Try it: back up a volume and restore it</source>
        <translation>Try it: back up a volume and restore it</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data that matters lives in volumes; a copy of it is a .tar.gz you can keep or take to another machine. Berth's backups are the same archives the manual tar method makes.</source>
        <translation>Data that matters lives in volumes; a copy of it is a .tar.gz you can keep or take to another machine. Berth's backups are the same archives the manual tar method makes.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Make a volume and write a file into it from a short-lived container.</source>
        <translation>Make a volume and write a file into it from a short-lived container.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make it</source>
        <translation>Make it</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Back it up into %1 (a .tar.gz and its .sha256).</source>
        <translation>Back it up into %1 (a .tar.gz and its .sha256).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back it up</source>
        <translation>Back it up</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Restore the backup into a new volume, %1, and see the file there.</source>
        <translation>Restore the backup into a new volume, %1, and see the file there.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore it</source>
        <translation>Restore it</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The backup is not in %1 yet: wait for its job to end (the Jobs page), then try again.</source>
        <translation>The backup is not in %1 yet: wait for its job to end (the Jobs page), then try again.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Remove both volumes (the backup file stays in the folder).</source>
        <translation>Remove both volumes (the backup file stays in the folder).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove them</source>
        <translation>Remove them</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Done: you backed up a volume, checked the copy by restoring it, and cleaned up.</source>
        <translation>Done: you backed up a volume, checked the copy by restoring it, and cleaned up.</translation>
    </message>
</context>
<context>
    <name>TryWebServer</name>
    <message>
        <location filename="../../qml/learn/TryWebServer.qml" line="+32" />
        <source>Try it: a web server</source>
        <translation>Try it: a web server</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Four real steps on your engine, the first thing most people do with Docker. Each button does it and shows the command it equals.</source>
        <translation>Four real steps on your engine, the first thing most people do with Docker. Each button does it and shows the command it equals.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Run a web server in a container, its port 80 published as 8080 on this computer.</source>
        <translation>Run a web server in a container, its port 80 published as 8080 on this computer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run it</source>
        <translation>Run it</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Look at what it writes: its log.</source>
        <translation>Look at what it writes: its log.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the log</source>
        <translation>Show the log</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open a shell inside it and look around (ls, ps, exit).</source>
        <translation>Open a shell inside it and look around (ls, ps, exit).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a shell</source>
        <translation>Open a shell</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Stop and remove it: nothing of it stays on the computer.</source>
        <translation>Stop and remove it: nothing of it stays on the computer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop and remove</source>
        <translation>Stop and remove</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Done: you ran, inspected, entered and removed a container. The same works for any image.</source>
        <translation>Done: you ran, inspected, entered and removed a container. The same works for any image.</translation>
    </message>
</context>
<context>
    <name>VmPicture</name>
    <message>
        <location filename="../../qml/learn/VmPicture.qml" line="+39" />
        <source>Virtual machines</source>
        <translation>Virtual machines</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+24" />
        <source>App A</source>
        <translation>App A</translation>
    </message>
    <message>
        <location line="-24" />
        <location line="+24" />
        <source>App B</source>
        <translation>App B</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+24" />
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Guest OS and its kernel</source>
        <translation>Guest OS and its kernel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Host operating system</source>
        <translation>Host operating system</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+23" />
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <location line="+4" />
        <source>App C</source>
        <translation>App C</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Container engine (Docker, Podman)</source>
        <translation>Container engine (Docker, Podman)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Host operating system: one shared kernel</source>
        <translation>Host operating system: one shared kernel</translation>
    </message>
</context>
<context>
    <name>VolumeActions</name>
    <message>
        <location filename="../../src/app/volumes/volumeactions.cpp" line="+42" />
        <source>The volume %1 is used by %2. Remove those containers first.</source>
        <translation>The volume %1 is used by %2. Remove those containers first.</translation>
    </message>
    <message>
        <location line="+170" />
        <source>An import that was cut short left these behind, and they were used since, so Berth kept them: %1.</source>
        <translation>An import that was cut short left these behind, and they were used since, so Berth kept them: %1.</translation>
    </message>
</context>
<context>
    <name>VolumeBackupDialog</name>
    <message>
        <location filename="../../qml/volumes/VolumeBackupDialog.qml" line="+24" />
        <source>Back up the volumes of %1</source>
        <translation>Back up the volumes of %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back up volume %1</source>
        <translation>Back up volume %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A volume is where a container keeps its data (a database's files, uploads…). Berth copies everything in it into one compressed file (.tar.gz) in the folder you choose, and writes a .sha256 checksum beside it so the copy can be checked before it is restored. The volume is only read. The file is the same kind the manual tar method makes, so either way can restore it.</source>
        <translation>A volume is where a container keeps its data (a database's files, uploads…). Berth copies everything in it into one compressed file (.tar.gz) in the folder you choose, and writes a .sha256 checksum beside it so the copy can be checked before it is restored. The volume is only read. The file is the same kind the manual tar method makes, so either way can restore it.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 has no volumes: its data lives in the container itself (docker commit saves that).</source>
        <translation>%1 has no volumes: its data lives in the container itself (docker commit saves that).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Volumes: %1</source>
        <translation>Volumes: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Into the folder</source>
        <translation>Into the folder</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Folder for the backup files</source>
        <translation>Folder for the backup files</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Files: %1, each with a .sha256 file beside it</source>
        <translation>Files: %1, each with a .sha256 file beside it</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is running and uses this data. A program that writes while the copy is made (a database especially) can leave a copy whose parts do not fit together. What should happen to it during the backup?</source>
        <translation>%1 is running and uses this data. A program that writes while the copy is made (a database especially) can leave a copy whose parts do not fit together. What should happen to it during the backup?</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Pause it, and resume it right after (recommended: a few seconds)</source>
        <translation>Pause it, and resume it right after (recommended: a few seconds)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stop it, and start it again after (the safest for databases)</source>
        <translation>Stop it, and start it again after (the safest for databases)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Keep it running (fine when it is not writing)</source>
        <translation>Keep it running (fine when it is not writing)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The same with the docker command (a helper container reads the volume), for learning:</source>
        <translation>The same with the docker command (a helper container reads the volume), for learning:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The same docker command: %1</source>
        <translation>The same docker command: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Or on the engine's computer itself, without a helper (the first volume):</source>
        <translation>Or on the engine's computer itself, without a helper (the first volume):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Manual command: %1</source>
        <translation>Manual command: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Start the backup</source>
        <translation>Start the backup</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Folder for the backup</source>
        <translation>Folder for the backup</translation>
    </message>
</context>
<context>
    <name>VolumeBackupJob</name>
    <message>
        <location filename="../../src/core/jobs/volumebackupjob.cpp" line="+44" />
        <source>Back up volume %1</source>
        <translation>Back up volume %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back up volumes %1</source>
        <translation>Back up volumes %1</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+5" />
        <source>Choose the volume to back up.</source>
        <translation>Choose the volume to back up.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 exists already; Berth does not write over it. Choose another name.</source>
        <translation>%1 exists already; Berth does not write over it. Choose another name.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 exists (an unfinished backup?). Remove it or choose another name.</source>
        <translation>%1 exists (an unfinished backup?). Remove it or choose another name.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Pausing %1</source>
        <translation>Pausing %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stopping %1</source>
        <translation>Stopping %1</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Reading the volume and compressing it</source>
        <translation>Reading the volume and compressing it</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Cannot name the backup %1 (does it exist now?). It was not kept.</source>
        <translation>Cannot name the backup %1 (does it exist now?). It was not kept.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The backup %1 is complete, but its checksum could not be written: %2</source>
        <translation>The backup %1 is complete, but its checksum could not be written: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Podman's archive API does not report file owners: every file in this backup belongs to root. Modes, links and contents are kept.</source>
        <translation>Podman's archive API does not report file owners: every file in this backup belongs to root. Modes, links and contents are kept.</translation>
    </message>
</context>
<context>
    <name>VolumeListPage</name>
    <message>
        <location filename="../../qml/volumes/VolumeListPage.qml" line="+21" />
        <location line="+155" />
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location line="-137" />
        <source>Search by name or container (Ctrl+F)</source>
        <translation>Search by name or container (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search volumes</source>
        <translation>Search volumes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Create…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+304" />
        <source>Create a volume</source>
        <translation>Create a volume</translation>
    </message>
    <message>
        <location line="-298" />
        <location line="+264" />
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="-262" />
        <source>Restore a volume from a backup file</source>
        <translation>Restore a volume from a backup file</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Prune…</source>
        <translation>Prune…</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+360" />
        <source>Remove unused volumes</source>
        <translation>Remove unused volumes</translation>
    </message>
    <message>
        <location line="-350" />
        <source>What is a volume?</source>
        <translation>What is a volume?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A volume is storage the engine keeps for containers: its data stays when a container is removed, and several containers can share it. A bind mount is different: it shows a folder of this computer inside the container.</source>
        <translation>A volume is storage the engine keeps for containers: its data stays when a container is removed, and several containers can share it. A bind mount is different: it shows a folder of this computer inside the container.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Used by</source>
        <translation>Used by</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+76" />
        <location line="+160" />
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <location line="-170" />
        <source>used by %1</source>
        <translation>used by %1</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+41" />
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Browse the files of %1</source>
        <translation>Browse the files of %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Back up…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Loading volumes…</source>
        <translation>Loading volumes…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No volumes yet.</source>
        <translation>No volumes yet.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No volume matches the search.</source>
        <translation>No volume matches the search.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Name (empty: the engine picks one)</source>
        <translation>Name (empty: the engine picks one)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Volume name</source>
        <translation>Volume name</translation>
    </message>
    <message>
        <location line="-248" />
        <location line="+249" />
        <location line="+1" />
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location line="-77" />
        <source>More actions for %1</source>
        <translation>More actions for %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Labels, one key=value per line</source>
        <translation>Labels, one key=value per line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The same docker command: %1</source>
        <translation>The same docker command: %1</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Files of %1</source>
        <translation>Files of %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>These volumes no container uses will be removed with all their data:</source>
        <translation>These volumes no container uses will be removed with all their data:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prune removes named volumes too, not only anonymous ones. Back up what you need first.</source>
        <translation>Prune removes named volumes too, not only anonymous ones. Back up what you need first.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove a volume</source>
        <translation>Remove a volume</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This volume will be removed with all its data:</source>
        <translation>This volume will be removed with all its data:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What is in it cannot be brought back. Back it up first if you may need it.</source>
        <translation>What is in it cannot be brought back. Back it up first if you may need it.</translation>
    </message>
</context>
<context>
    <name>VolumeRestoreDialog</name>
    <message>
        <location filename="../../qml/volumes/VolumeRestoreDialog.qml" line="+27" />
        <source>Restore a volume from a backup</source>
        <translation>Restore a volume from a backup</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Restoring puts the files of a backup (.tar.gz, .tgz, .tar, .tar.bz2, .tar.xz or Docker Desktop's .tar.zst) into a volume, where containers find them again. Berth reads the whole file first: a damaged or changed backup, or one with paths outside the volume, is refused before anything is touched.</source>
        <translation>Restoring puts the files of a backup (.tar.gz, .tgz, .tar, .tar.bz2, .tar.xz or Docker Desktop's .tar.zst) into a volume, where containers find them again. Berth reads the whole file first: a damaged or changed backup, or one with paths outside the volume, is refused before anything is touched.</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+23" />
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location line="-23" />
        <source>File check</source>
        <translation>File check</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+32" />
        <location line="+332" />
        <source>Backup file to restore</source>
        <translation>Backup file to restore</translation>
    </message>
    <message>
        <location line="-329" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reading the whole file…</source>
        <translation>Reading the whole file…</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>It holds %n device node(s) (%1), through which a container allowed to use devices reaches this computer's hardware. Restore them too; tick only if you trust where the file comes from.</source>
        <translation><numerusform>It holds %n device node (%1), through which a container allowed to use devices reaches this computer's hardware. Restore them too; tick only if you trust where the file comes from.</numerusform><numerusform>It holds %n device nodes (%1), through which a container allowed to use devices reaches this computer's hardware. Restore them too; tick only if you trust where the file comes from.</numerusform></translation>
    </message>
    <message>
        <location line="+15" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Everything in the backup</source>
        <translation>Everything in the backup</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only the files and folders I tick here:</source>
        <translation>Only the files and folders I tick here:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reading the backup…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
    <message>
        <location line="+54" />
        <location line="+1" />
        <source>Close the preview</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The file's content</source>
        <translation>The file's content</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nothing ticked yet. A click on a folder's name opens it; on a file's, shows its start.</source>
        <translation>Nothing ticked yet. A click on a folder's name opens it; on a file's, shows its start.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ticked: %1</source>
        <translation>Ticked: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Into</source>
        <translation>Into</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A new volume, named</source>
        <translation>A new volume, named</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Name of the new volume</source>
        <translation>Name of the new volume</translation>
    </message>
    <message>
        <location line="+5" />
        <source>An existing volume</source>
        <translation>An existing volume</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Volume to restore into</source>
        <translation>Volume to restore into</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is running and uses this volume: stop it first, Berth will not write under a running program.</source>
        <translation>%1 is running and uses this volume: stop it first, Berth will not write under a running program.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>If it already holds data:</source>
        <translation>If it already holds data:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stop and change nothing</source>
        <translation>Stop and change nothing</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Replace its contents (Berth backs them up first and puts them back if the restore fails)</source>
        <translation>Replace its contents (Berth backs them up first and puts them back if the restore fails)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Merge (add the backup's files; files with the same name are overwritten)</source>
        <translation>Merge (add the backup's files; files with the same name are overwritten)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The same by hand, for learning (on the engine's computer, or anywhere with a helper container):</source>
        <translation>The same by hand, for learning (on the engine's computer, or anywhere with a helper container):</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-337" />
        <location line="+342" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Manual command: %1</source>
        <translation>Manual command: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Start the restore</source>
        <translation>Start the restore</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Volume backups (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)</source>
        <translation>Volume backups (*.tar.gz *.tgz *.tar *.tar.bz2 *.tar.xz *.tar.zst)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>VolumeRestoreJob</name>
    <message>
        <location filename="../../src/core/jobs/volumerestorejob.cpp" line="+57" />
        <source>Restore %1 into volume %2</source>
        <translation>Restore %1 into volume %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 is not there. Choose the backup file to restore.</source>
        <translation>%1 is not there. Choose the backup file to restore.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" cannot be a volume's name: use letters, digits, '_', '.' and '-', starting with a letter or digit.</source>
        <translation>"%1" cannot be a volume's name: use letters, digits, '_', '.' and '-', starting with a letter or digit.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Reading the whole archive and checking it</source>
        <translation>Reading the whole archive and checking it</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 cannot be restored: %2</source>
        <translation>%1 cannot be restored: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%1 holds %n device node(s) (%2): a container allowed to use devices would reach this machine's hardware through them. Nothing was changed; restore them only if you trust where the archive comes from (berthctl: --allow-devices; in the window, tick the box).</source>
        <translation><numerusform>%1 holds %n device node (%2): a container allowed to use devices would reach this machine's hardware through them. Nothing was changed; restore them only if you trust where the archive comes from (berthctl: --allow-devices; in the window, tick the box).</numerusform><numerusform>%1 holds %n device nodes (%2): a container allowed to use devices would reach this machine's hardware through them. Nothing was changed; restore them only if you trust where the archive comes from (berthctl: --allow-devices; in the window, tick the box).</numerusform></translation>
    </message>
    <message>
        <location line="+54" />
        <source>Volume %1 is in use by %2, which is running. Writing under a running program can break its files: stop it first, then restore.</source>
        <translation>Volume %1 is in use by %2, which is running. Writing under a running program can break its files: stop it first, then restore.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Volume %1 is used by %2. Replacing its contents means making the volume again, which the engine refuses while a container refers to it. Remove that container first, or restore into a new volume.</source>
        <translation>Volume %1 is used by %2. Replacing its contents means making the volume again, which the engine refuses while a container refers to it. Remove that container first, or restore into a new volume.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Looking whether volume %1 holds anything</source>
        <translation>Looking whether volume %1 holds anything</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Volume %1 holds data, and Berth does not write over it unasked. Choose to replace its contents (they are backed up first; berthctl: --replace) or to merge them (--merge), or restore into a new volume.</source>
        <translation>Volume %1 holds data, and Berth does not write over it unasked. Choose to replace its contents (they are backed up first; berthctl: --replace) or to merge them (--merge), or restore into a new volume.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cannot make %1 for the backup of the current contents.</source>
        <translation>Cannot make %1 for the backup of the current contents.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Backing up the current contents of %1 first</source>
        <translation>Backing up the current contents of %1 first</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The current contents could not be backed up, so nothing was changed: %1</source>
        <translation>The current contents could not be backed up, so nothing was changed: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Emptying volume %1</source>
        <translation>Emptying volume %1</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Writing %1 files (%2) into %3</source>
        <translation>Writing %1 files (%2) into %3</translation>
    </message>
    <message>
        <location line="+78" />
        <source>The engine did not keep the setuid/setgid bit of these hard-linked files: %1. Set it again with chmod inside a container, or restore this archive with tar -xzf on the engine's host.</source>
        <translation>The engine did not keep the setuid/setgid bit of these hard-linked files: %1. Set it again with chmod inside a container, or restore this archive with tar -xzf on the engine's host.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Restored %1 files (%2) into volume %3</source>
        <translation>Restored %1 files (%2) into volume %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restored %1 from the backup into volume %2: %3 files (%4)</source>
        <translation>Restored %1 from the backup into volume %2: %3 files (%4)</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Volume %1 may hold part of the archive (it was empty before).</source>
        <translation>Volume %1 may hold part of the archive (it was empty before).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Volume %1 may hold part of the archive; its previous contents are kept in %2 (berthctl volume restore %2 %1 --replace puts them back).</source>
        <translation>Volume %1 may hold part of the archive; its previous contents are kept in %2 (berthctl volume restore %2 %1 --replace puts them back).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Volume %1 was made for this restore and could not be removed: remove it with docker volume rm %1.</source>
        <translation>Volume %1 was made for this restore and could not be removed: remove it with docker volume rm %1.</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Volume %1 holds its previous contents again.</source>
        <translation>Volume %1 holds its previous contents again.</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Putting the previous contents of %1 back</source>
        <translation>Putting the previous contents of %1 back</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Volume %1 is empty again, as it was.</source>
        <translation>Volume %1 is empty again, as it was.</translation>
    </message>
</context>
<context>
    <name>VolumeTool</name>
    <message>
        <location filename="../../src/core/jobs/volumetool.cpp" line="+113" />
        <source>the engine runs on %1/%2, and Berth's volume tool is built for linux/%3</source>
        <translation>the engine runs on %1/%2, and Berth's volume tool is built for linux/%3</translation>
    </message>
    <message>
        <location line="+115" />
        <source>The engine sent the volume tool's answer in a form Berth cannot read (%1 bytes).</source>
        <translation>The engine sent the volume tool's answer in a form Berth cannot read (%1 bytes).</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Berth's volume tool could not remove everything (exit %1): %2</source>
        <translation>Berth's volume tool could not remove everything (exit %1): %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Berth's volume tool could not read all of the volume (exit %1): %2</source>
        <translation>Berth's volume tool could not read all of the volume (exit %1): %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>it names more than %1 entries</source>
        <translation>it names more than %1 entries</translation>
    </message>
    <message>
        <location line="+2" />
        <source>entry %1 is cut short or too long</source>
        <translation>entry %1 is cut short or too long</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 has no proper header</source>
        <translation>entry %1 has no proper header</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 has an unknown type</source>
        <translation>entry %1 has an unknown type</translation>
    </message>
    <message>
        <location line="+9" />
        <source>entry %1 has a number that is not one</source>
        <translation>entry %1 has a number that is not one</translation>
    </message>
    <message>
        <location line="+3" />
        <source>entry %1 has a number out of range</source>
        <translation>entry %1 has a number out of range</translation>
    </message>
    <message>
        <location line="+3" />
        <source>entry %1 is not a name in one folder</source>
        <translation>entry %1 is not a name in one folder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>entry %1 has a link target but is no link</source>
        <translation>entry %1 has a link target but is no link</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Berth's volume tool could not read the folder (exit %1): %2</source>
        <translation>Berth's volume tool could not read the folder (exit %1): %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Berth's volume tool sent a damaged list of %1: %2.</source>
        <translation>Berth's volume tool sent a damaged list of %1: %2.</translation>
    </message>
</context>
<context>
    <name>ZstdDevice</name>
    <message>
        <location filename="../../src/core/archive/zstddevice.cpp" line="+70" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 ends in the middle of its data (truncated?).</source>
        <translation>%1 ends in the middle of its data (truncated?).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is not valid zstd data: %2</source>
        <translation>%1 is not valid zstd data: %2</translation>
    </message>
</context>
<context>
    <name>berthctl</name>
    <message>
        <location filename="../../src/cli/cli.cpp" line="+38" />
        <location filename="../../src/cli/networkcommands.cpp" line="+233" />
        <source>The engine did not answer in time.</source>
        <translation>The engine did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../src/cli/volumecommands.cpp" line="+33" />
        <source>volume backup takes one volume, not '%1' too</source>
        <translation>volume backup takes one volume, not '%1' too</translation>
    </message>
    <message>
        <location line="+9" />
        <source>volume backup needs a volume: berthctl volume backup VOLUME [-o FILE]</source>
        <translation>volume backup needs a volume: berthctl volume backup VOLUME [-o FILE]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 read, %2/s</source>
        <translation>%1 read, %2/s</translation>
    </message>
    <message>
        <location line="+6" />
        <source>berthctl: note: %1 kept running while the volume was read; a program writing meanwhile may have left an inconsistent copy (--pause-containers avoids that).</source>
        <translation>berthctl: note: %1 kept running while the volume was read; a program writing meanwhile may have left an inconsistent copy (--pause-containers avoids that).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>sha256: %1 (in %2)</source>
        <translation>sha256: %1 (in %2)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 of %2, %3/s</source>
        <translation>%1 of %2, %3/s</translation>
    </message>
    <message>
        <location filename="../../src/cli/migratecommands.cpp" line="+57" />
        <source>%1 binds the host folder %2, which is not migrated.</source>
        <translation>%1 binds the host folder %2, which is not migrated.</translation>
    </message>
    <message>
        <location filename="../../src/cli/cli.cpp" line="+81" />
        <source>berthctl: an import cut short was undone: %1.</source>
        <translation>berthctl: an import cut short was undone: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>berthctl: an import cut short left what was changed since; kept: %1.</source>
        <translation>berthctl: an import cut short left what was changed since; kept: %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/migratecommands.cpp" line="+73" />
        <source>the container would get powers over this machine; nothing was changed. Each needs its option, given only if you trust where it comes from:</source>
        <translation>the container would get powers over this machine; nothing was changed. Each needs its option, given only if you trust where it comes from:</translation>
    </message>
    <message>
        <location line="+51" />
        <source>--run-args: %1</source>
        <translation>--run-args: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/cli.cpp" line="-21" />
        <source>berthctl: warning: %1 is plain TCP: anyone on the way can read it, and anyone who reaches the port is root on that machine.</source>
        <translation>berthctl: warning: %1 is plain TCP: anyone on the way can read it, and anyone who reaches the port is root on that machine.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>berthctl: warning: the certificate of %1 is not checked (SkipTLSVerify, or DOCKER_TLS_VERIFY unset): another machine could pretend to be it.</source>
        <translation>berthctl: warning: the certificate of %1 is not checked (SkipTLSVerify, or DOCKER_TLS_VERIFY unset): another machine could pretend to be it.</translation>
    </message>
    <message>
        <location filename="../../src/cli/migratecommands.cpp" line="+49" />
        <source>migrate: unknown subcommand '%1'. Try: berthctl --help</source>
        <translation>migrate: unknown subcommand '%1'. Try: berthctl --help</translation>
    </message>
    <message>
        <location filename="../../src/cli/volumecommands.cpp" line="+25" />
        <source>volume: unknown subcommand '%1'. Try: berthctl volume ls</source>
        <translation>volume: unknown subcommand '%1'. Try: berthctl volume ls</translation>
    </message>
    <message>
        <location filename="../../src/cli/contextcommands.cpp" line="+20" />
        <source>usage: berthctl context ls [--format json] [-q] | use NAME | create NAME --docker host=URL[,ca=FILE,cert=FILE,key=FILE,skip-tls-verify=true] [--description TEXT] | rm [-f] NAME… | inspect NAME…</source>
        <translation>usage: berthctl context ls [--format json] [-q] | use NAME | create NAME --docker host=URL[,ca=FILE,cert=FILE,key=FILE,skip-tls-verify=true] [--description TEXT] | rm [-f] NAME… | inspect NAME…</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Current context is now "%1"</source>
        <translation>Current context is now "%1"</translation>
    </message>
    <message>
        <location line="+25" />
        <source>unknown key '%1' in --docker: host, ca, cert, key or skip-tls-verify</source>
        <translation>unknown key '%1' in --docker: host, ca, cert, key or skip-tls-verify</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Successfully created context "%1"</source>
        <translation>Successfully created context "%1"</translation>
    </message>
    <message>
        <location line="+18" />
        <location filename="../../src/cli/main.cpp" line="+263" />
        <source>There is no context named %1 (docker context ls lists them).</source>
        <translation>There is no context named %1 (docker context ls lists them).</translation>
    </message>
    <message>
        <location filename="../../src/cli/volumecommands.cpp" line="+36" />
        <source>volume verify takes one file: berthctl volume verify FILE</source>
        <translation>volume verify takes one file: berthctl volume verify FILE</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: can be restored.</source>
        <translation>%1: can be restored.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>checksum: %1</source>
        <translation>checksum: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>matches %1.sha256</source>
        <translation>matches %1.sha256</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none beside it (nothing to compare with)</source>
        <translation>none beside it (nothing to compare with)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>compression: %1</source>
        <translation>compression: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 files (%2), %3 folders, %4 links</source>
        <translation>%1 files (%2), %3 folders, %4 links</translation>
    </message>
    <message>
        <location line="+6" />
        <source>at the top: %1</source>
        <translation>at the top: %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 link to %2</source>
        <translation>%1 link to %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(refused: outside the volume; a restore refuses this backup)</source>
        <translation>(refused: outside the volume; a restore refuses this backup)</translation>
    </message>
    <message>
        <location filename="../../src/cli/containercommands.cpp" line="+97" />
        <source>logs takes one container, not '%1' too</source>
        <translation>logs takes one container, not '%1' too</translation>
    </message>
    <message>
        <location line="+9" />
        <source>logs needs a container name or id: berthctl logs CONTAINER</source>
        <translation>logs needs a container name or id: berthctl logs CONTAINER</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../src/cli/projectcommands.cpp" line="+260" />
        <source>--tail takes a number of lines or 'all', not '%1'</source>
        <translation>--tail takes a number of lines or 'all', not '%1'</translation>
    </message>
    <message>
        <location line="+155" />
        <source>%1 is not running: start it first (berthctl cannot exec in a stopped container).</source>
        <translation>%1 is not running: start it first (berthctl cannot exec in a stopped container).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>usage: berthctl run [-d] [OPTIONS] IMAGE [COMMAND] [ARG…] (docker run's options; the container runs detached)</source>
        <translation>usage: berthctl run [-d] [OPTIONS] IMAGE [COMMAND] [ARG…] (docker run's options; the container runs detached)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>berthctl run starts a container detached (-d); for a shell in it, run it, then berthctl exec -it NAME sh.</source>
        <translation>berthctl run starts a container detached (-d); for a shell in it, run it, then berthctl exec -it NAME sh.</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="-239" />
        <source>Usage: berthctl [--host unix:///path/to/docker.sock] COMMAND

Commands:
</source>
        <translation>Usage: berthctl [--host unix:///path/to/docker.sock] COMMAND

Commands:
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  version                     show the engine Berth talks to
  ps [-a] [--format json]     list containers (running only, or all with -a)
  run [-d] [OPTIONS] IMAGE [COMMAND] [ARG…]
                              create and start a container, detached, with docker run's
                              options (-p, -v, -e, --name, --restart …); a missing image is
                              pulled first. Prints its id
</source>
        <translation>  version                     show the engine Berth talks to
  ps [-a] [--format json]     list containers (running only, or all with -a)
  run [-d] [OPTIONS] IMAGE [COMMAND] [ARG…]
                              create and start a container, detached, with docker run's
                              options (-p, -v, -e, --name, --restart …); a missing image is
                              pulled first. Prints its id
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>  images [--format json]      list images
  build [-t TAG]… [-f FILE] [--build-arg KEY=VALUE]… [--target STAGE] [--no-cache] [--pull]
        [-q] [--network MODE] DIR
                              build an image from DIR and its Dockerfile with the classic
                              builder, as DOCKER_BUILDKIT=0 docker build: DIR sent as it is
                              read (.dockerignore applies), the build's output live, the
                              image's id last. Ctrl+C stops it and removes what it made
</source>
        <translation>  images [--format json]      list images
  build [-t TAG]… [-f FILE] [--build-arg KEY=VALUE]… [--target STAGE] [--no-cache] [--pull]
        [-q] [--network MODE] DIR
                              build an image from DIR and its Dockerfile with the classic
                              builder, as DOCKER_BUILDKIT=0 docker build: DIR sent as it is
                              read (.dockerignore applies), the build's output live, the
                              image's id last. Ctrl+C stops it and removes what it made
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>  volume ls [--format json]   list volumes
  volume backup VOLUME [-o FILE] [--pause-containers|--stop-containers]
                              the volume to FILE (default VOLUME-YYYYMMDD-HHMMSS.tar.gz here),
                              with FILE.sha256 beside it; restores with tar -xzf too. The
                              containers using it can be paused or stopped meanwhile (a live
                              database may otherwise give an inconsistent copy)
  volume restore FILE VOLUME [--replace|--merge] [--allow-devices] [--only PATH]…
                              FILE (.tar, .tar.gz, .tgz, .tar.bz2, .tar.xz, .tar.zst) into
                              VOLUME, made if missing; checked first. A volume with data is
                              refused unless --replace (its contents are backed up first) or
                              --merge; device nodes only with --allow-devices. With --only,
                              just that file or folder (with everything under it), each
                              PATH checked against FILE before anything changes
  volume cp [-a] [-L] VOLUME:SRC DEST|-  and  volume cp [-a] [-L] SRC|- VOLUME:DEST
                              as cp, for a volume (through a helper container that is
                              never started and goes at the end)
  volume verify FILE          check a volume backup before restoring it: its .sha256, every
                              path inside the volume, the data whole; what it holds
  volume ls-backup FILE [PATH] [--format json]
                              what a volume backup holds, as ls -l: the top, or PATH's
                              entries; read from FILE, no engine needed
</source>
        <translation>  volume ls [--format json]   list volumes
  volume backup VOLUME [-o FILE] [--pause-containers|--stop-containers]
                              the volume to FILE (default VOLUME-YYYYMMDD-HHMMSS.tar.gz here),
                              with FILE.sha256 beside it; restores with tar -xzf too. The
                              containers using it can be paused or stopped meanwhile (a live
                              database may otherwise give an inconsistent copy)
  volume restore FILE VOLUME [--replace|--merge] [--allow-devices] [--only PATH]…
                              FILE (.tar, .tar.gz, .tgz, .tar.bz2, .tar.xz, .tar.zst) into
                              VOLUME, made if missing; checked first. A volume with data is
                              refused unless --replace (its contents are backed up first) or
                              --merge; device nodes only with --allow-devices. With --only,
                              just that file or folder (with everything under it), each
                              PATH checked against FILE before anything changes
  volume cp [-a] [-L] VOLUME:SRC DEST|-  and  volume cp [-a] [-L] SRC|- VOLUME:DEST
                              as cp, for a volume (through a helper container that is
                              never started and goes at the end)
  volume verify FILE          check a volume backup before restoring it: its .sha256, every
                              path inside the volume, the data whole; what it holds
  volume ls-backup FILE [PATH] [--format json]
                              what a volume backup holds, as ls -l: the top, or PATH's
                              entries; read from FILE, no engine needed
</translation>
    </message>
    <message>
        <location line="+23" />
        <source>  network ls [-q] [--no-trunc] [-f|--filter KEY=VALUE]… [--format json]
                              list networks, as docker network ls (filters: name, id,
                              driver, label, scope, type, dangling)
  network inspect NETWORK…    the engine's description of each, as docker network inspect
  network create [-d DRIVER] [--subnet CIDR] [--gateway IP] [--internal] [--attachable]
                 [--ipv6] [--label K=V]… [-o K=V]… NAME
                              make a network; prints its id
  network rm [-f] NETWORK…    remove networks; one in use is refused, naming its containers
  network prune [-f] [--filter label=KEY[=VALUE]]…
                              remove the networks no container uses, listing them first and
                              asking (not with -f)
  network connect [--alias ALIAS]… NETWORK CONTAINER
  network disconnect [-f] NETWORK CONTAINER
                              attach a container to a network (with names it is known by
                              there), or detach it
</source>
        <translation>  network ls [-q] [--no-trunc] [-f|--filter KEY=VALUE]… [--format json]
                              list networks, as docker network ls (filters: name, id,
                              driver, label, scope, type, dangling)
  network inspect NETWORK…    the engine's description of each, as docker network inspect
  network create [-d DRIVER] [--subnet CIDR] [--gateway IP] [--internal] [--attachable]
                 [--ipv6] [--label K=V]… [-o K=V]… NAME
                              make a network; prints its id
  network rm [-f] NETWORK…    remove networks; one in use is refused, naming its containers
  network prune [-f] [--filter label=KEY[=VALUE]]…
                              remove the networks no container uses, listing them first and
                              asking (not with -f)
  network connect [--alias ALIAS]… NETWORK CONTAINER
  network disconnect [-f] NETWORK CONTAINER
                              attach a container to a network (with names it is known by
                              there), or detach it
</translation>
    </message>
    <message>
        <location line="+17" />
        <source>  migrate export CONTAINER -o DIR [--pause|--stop|--live] [--include-binds]
                              the container (committed, paused meanwhile by default), its
                              image and its volumes (and with --include-binds the folders of
                              this machine it mounts) to a bundle folder, checksums in
                              DIR/manifest.json
  migrate import DIR [--name NEW] [--start] [--on-conflict rename|replace|skip]
                 [--volume-map OLD=NEW]… [--port-map OLD=NEW]… [--bind-map /OLD=/NEW]…
                              the bundle onto this engine, every file checked first;
                              nothing that exists is overwritten without an option saying so
  migrate import --image FILE [--volume FILE:NAME:/path]… --name NAME [--run-args ARGS]
                              the manual procedure's files (docker save, tar -czf) as one
                              container; ARGS are docker run's options (-p, -e, --restart …)
  migrate transfer CONTAINER --to URL [--name NEW] [--start] [--on-conflict …]
                 [--volume-map OLD=NEW]…
                              the container with its image and volumes straight into the
                              engine at URL (unix:///path/to/docker.sock, ssh://USER@HOST,
                              tcp://HOST:2376), nothing on disk
    migrate import and transfer apply powers over this machine only with their option:
      --allow-privileged        privileged mode
      --allow-capabilities      added kernel capabilities (CapAdd)
      --allow-devices           devices of this machine (--device, --gpus)
      --allow-host-namespaces   this machine's or another container's network, PID, IPC,
                                UTS, user or cgroup namespace (--network host …)
      --allow-security-options  seccomp, AppArmor, SELinux changes (--security-opt)
      --allow-sysctls           kernel parameters (--sysctl)
      --allow-host-folders      folders of this machine beyond the bundle's (-v /path:…)
      --allow-runtime           another runtime or cgroup parent
                              without one, each power asked for is named and nothing changes
</source>
        <translation>  migrate export CONTAINER -o DIR [--pause|--stop|--live] [--include-binds]
                              the container (committed, paused meanwhile by default), its
                              image and its volumes (and with --include-binds the folders of
                              this machine it mounts) to a bundle folder, checksums in
                              DIR/manifest.json
  migrate import DIR [--name NEW] [--start] [--on-conflict rename|replace|skip]
                 [--volume-map OLD=NEW]… [--port-map OLD=NEW]… [--bind-map /OLD=/NEW]…
                              the bundle onto this engine, every file checked first;
                              nothing that exists is overwritten without an option saying so
  migrate import --image FILE [--volume FILE:NAME:/path]… --name NAME [--run-args ARGS]
                              the manual procedure's files (docker save, tar -czf) as one
                              container; ARGS are docker run's options (-p, -e, --restart …)
  migrate transfer CONTAINER --to URL [--name NEW] [--start] [--on-conflict …]
                 [--volume-map OLD=NEW]…
                              the container with its image and volumes straight into the
                              engine at URL (unix:///path/to/docker.sock, ssh://USER@HOST,
                              tcp://HOST:2376), nothing on disk
    migrate import and transfer apply powers over this machine only with their option:
      --allow-privileged        privileged mode
      --allow-capabilities      added kernel capabilities (CapAdd)
      --allow-devices           devices of this machine (--device, --gpus)
      --allow-host-namespaces   this machine's or another container's network, PID, IPC,
                                UTS, user or cgroup namespace (--network host …)
      --allow-security-options  seccomp, AppArmor, SELinux changes (--security-opt)
      --allow-sysctls           kernel parameters (--sysctl)
      --allow-host-folders      folders of this machine beyond the bundle's (-v /path:…)
      --allow-runtime           another runtime or cgroup parent
                              without one, each power asked for is named and nothing changes
</translation>
    </message>
    <message>
        <location line="+30" />
        <source>  context ls|use NAME|create NAME --docker host=URL[,ca=,cert=,key=]|rm NAME|inspect NAME
                              the docker CLI's contexts, read and written as it does
</source>
        <translation>  context ls|use NAME|create NAME --docker host=URL[,ca=,cert=,key=]|rm NAME|inspect NAME
                              the docker CLI's contexts, read and written as it does
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  cleanup                     remove what an interrupted Berth left on the engine: helper
                              containers, a volume an unfinished restore made, what an
                              unfinished import made (Berth does this at each connection)
</source>
        <translation>  cleanup                     remove what an interrupted Berth left on the engine: helper
                              containers, a volume an unfinished restore made, what an
                              unfinished import made (Berth does this at each connection)
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  login [-u USER] [-p PASSWORD | --password-stdin] [SERVER]
                              sign in to a registry (Docker Hub without SERVER), checked
                              by the engine, kept as the docker CLI keeps it (config.json's
                              credential helper, or config.json itself, with a warning)
  logout [SERVER]             remove the sign-in for a registry
  pull NAME[:TAG|@DIGEST]     pull an image, signed in to its registry when you are
  push NAME[:TAG]             push an image to the registry its name starts with
</source>
        <translation>  login [-u USER] [-p PASSWORD | --password-stdin] [SERVER]
                              sign in to a registry (Docker Hub without SERVER), checked
                              by the engine, kept as the docker CLI keeps it (config.json's
                              credential helper, or config.json itself, with a warning)
  logout [SERVER]             remove the sign-in for a registry
  pull NAME[:TAG|@DIGEST]     pull an image, signed in to its registry when you are
  push NAME[:TAG]             push an image to the registry its name starts with
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>  logs [-f] [-n|--tail N] [--since T] [--until T] [-t|--timestamps] CONTAINER
                              a container's output, stdout to stdout and stderr to stderr
  exec [-i] [-t] [-e KEY=VALUE] [-u USER] [-w DIR] CONTAINER COMMAND [ARG…]
                              run a command in a running container; -it for a shell. Exits
                              with the command's exit code
  cp [-a] [-L] CONTAINER:SRC DEST|-  and  cp [-a] [-L] SRC|- CONTAINER:DEST
                              copy files and folders as docker cp: SRC/. copies a folder's
                              contents, '-' is a tar on stdout or stdin, -a keeps owners,
                              -L follows a link in SRC; a copy cut short leaves nothing here
  stats [--no-stream] [-a] [CONTAINER…]
                              CPU, memory, network and disk of the running containers, live
                              (once with --no-stream)

</source>
        <translation>  logs [-f] [-n|--tail N] [--since T] [--until T] [-t|--timestamps] CONTAINER
                              a container's output, stdout to stdout and stderr to stderr
  exec [-i] [-t] [-e KEY=VALUE] [-u USER] [-w DIR] CONTAINER COMMAND [ARG…]
                              run a command in a running container; -it for a shell. Exits
                              with the command's exit code
  cp [-a] [-L] CONTAINER:SRC DEST|-  and  cp [-a] [-L] SRC|- CONTAINER:DEST
                              copy files and folders as docker cp: SRC/. copies a folder's
                              contents, '-' is a tar on stdout or stdin, -a keeps owners,
                              -L follows a link in SRC; a copy cut short leaves nothing here
  stats [--no-stream] [-a] [CONTAINER…]
                              CPU, memory, network and disk of the running containers, live
                              (once with --no-stream)

</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Compose projects (the containers with the same com.docker.compose.project label):
  project ls [-a] [-q] [--format json]
                              the projects, as docker compose ls (running ones; -a all)
  project start|stop|restart|pause|unpause PROJECT
                              the verb on every container of the project, started in the
                              order their depends_on labels give and stopped the other way
  project rm [-f] [-v] PROJECT
                              stop and remove the project's containers and networks, as
                              docker compose down, after asking (not with -f); its volumes
                              only with -v
  project logs [-f] [-n|--tail N] [--since T] [--until T] [-t] [--no-color] PROJECT [SERVICE…]
                              the containers' output merged as docker compose logs: each
                              line after its container's name ("web-1  | …"), coloured on
                              a terminal
  project up [-f FILE]… [-p PROJECT]   and   project down [-f FILE]… [-p PROJECT] [-v]
                              run the compose tool of this machine (the docker compose plugin
                              or docker-compose) against this engine: up -d, or down

</source>
        <translation>Compose projects (the containers with the same com.docker.compose.project label):
  project ls [-a] [-q] [--format json]
                              the projects, as docker compose ls (running ones; -a all)
  project start|stop|restart|pause|unpause PROJECT
                              the verb on every container of the project, started in the
                              order their depends_on labels give and stopped the other way
  project rm [-f] [-v] PROJECT
                              stop and remove the project's containers and networks, as
                              docker compose down, after asking (not with -f); its volumes
                              only with -v
  project logs [-f] [-n|--tail N] [--since T] [--until T] [-t] [--no-color] PROJECT [SERVICE…]
                              the containers' output merged as docker compose logs: each
                              line after its container's name ("web-1  | …"), coloured on
                              a terminal
  project up [-f FILE]… [-p PROJECT]   and   project down [-f FILE]… [-p PROJECT] [-v]
                              run the compose tool of this machine (the docker compose plugin
                              or docker-compose) against this engine: up -d, or down

</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Options:
  -H, --host URL   the engine, as docker's -H: unix:///path/to/docker.sock,
                   ssh://[USER@]HOST[:PORT][/path/to/docker.sock] (the docker CLI there
                   relays; your ssh keys and config apply, BERTH_SSH_COMMAND replaces ssh),
                   tcp://HOST:2376 with TLS (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH)
                   (default: DOCKER_HOST, the docker context, then the usual sockets)
  -c, --context NAME  the engine of a docker context (berthctl context ls)
  --version        print Berth's version
  -h, --help       this help
</source>
        <translation>Options:
  -H, --host URL   the engine, as docker's -H: unix:///path/to/docker.sock,
                   ssh://[USER@]HOST[:PORT][/path/to/docker.sock] (the docker CLI there
                   relays; your ssh keys and config apply, BERTH_SSH_COMMAND replaces ssh),
                   tcp://HOST:2376 with TLS (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH)
                   (default: DOCKER_HOST, the docker context, then the usual sockets)
  -c, --context NAME  the engine of a docker context (berthctl context ls)
  --version        print Berth's version
  -h, --help       this help
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>
Disk use:
  system df [-v] [--format json]
                              the engine's disk use as docker system df prints it: images,
                              containers, local volumes and build cache, with what removing
                              the unused ones frees; -v lists every item
</source>
        <translation>
Disk use:
  system df [-v] [--format json]
                              the engine's disk use as docker system df prints it: images,
                              containers, local volumes and build cache, with what removing
                              the unused ones frees; -v lists every item
</translation>
    </message>
    <message>
        <location line="+72" />
        <source>unknown command '%1'. Try: berthctl --help</source>
        <translation>unknown command '%1'. Try: berthctl --help</translation>
    </message>
    <message>
        <location line="+5" />
        <source>conflicting options: either specify --host or --context, not both</source>
        <translation>conflicting options: either specify --host or --context, not both</translation>
    </message>
    <message>
        <location filename="../../src/cli/options.cpp" line="+75" />
        <source>%1 needs a value. Usage: %2</source>
        <translation>%1 needs a value. Usage: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 takes no value. Usage: %2</source>
        <translation>%1 takes no value. Usage: %2</translation>
    </message>
    <message>
        <location line="+52" />
        <source>unknown option '%1'. Usage: %2</source>
        <translation>unknown option '%1'. Usage: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>usage: %1</source>
        <translation>usage: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/filecommands.cpp" line="+64" />
        <location filename="../../src/cli/registrycommands.cpp" line="+49" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 copied</source>
        <translation>%1 copied</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Neither the source nor the destination can be empty.</source>
        <translation>Neither the source nor the destination can be empty.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copying between volumes is not supported.</source>
        <translation>Copying between volumes is not supported.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copying between containers is not supported.</source>
        <translation>Copying between containers is not supported.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One side must be a volume: VOLUME:PATH.</source>
        <translation>One side must be a volume: VOLUME:PATH.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One side must be a container: CONTAINER:PATH.</source>
        <translation>One side must be a container: CONTAINER:PATH.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Successfully copied %1 to %2</source>
        <translation>Successfully copied %1 to %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/networkcommands.cpp" line="-205" />
        <source>bad format of filter (expected name=value): %1</source>
        <translation>bad format of filter (expected name=value): %1</translation>
    </message>
    <message>
        <location line="+169" />
        <source>every ip-range or gateway must have a corresponding subnet</source>
        <translation>every ip-range or gateway must have a corresponding subnet</translation>
    </message>
    <message>
        <location line="+79" />
        <source>network prune takes --filter label=KEY[=VALUE] only, not '%1'</source>
        <translation>network prune takes --filter label=KEY[=VALUE] only, not '%1'</translation>
    </message>
    <message>
        <location line="+16" />
        <source>WARNING! These networks, which no container uses, will be removed:</source>
        <translation>WARNING! These networks, which no container uses, will be removed:</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../src/cli/projectcommands.cpp" line="-39" />
        <source>Are you sure you want to continue? [y/N] </source>
        <translation>Are you sure you want to continue? [y/N] </translation>
    </message>
    <message>
        <location line="+70" />
        <source>network: unknown subcommand '%1'. Try: berthctl network ls</source>
        <translation>network: unknown subcommand '%1'. Try: berthctl network ls</translation>
    </message>
    <message>
        <location filename="../../src/cli/imagecommands.cpp" line="+119" />
        <source>Sending build context: %1 of %2</source>
        <translation>Sending build context: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/projectcommands.cpp" line="-163" />
        <source>no container found for project "%1" (berthctl project ls -a lists the projects)</source>
        <translation>no container found for project "%1" (berthctl project ls -a lists the projects)</translation>
    </message>
    <message>
        <location line="+149" />
        <source>Going to remove these containers (stopped first): %1</source>
        <translation>Going to remove these containers (stopped first): %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>and these networks: %1</source>
        <translation>and these networks: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>and these volumes, with the data in them, and the containers' anonymous volumes: %1</source>
        <translation>and these volumes, with the data in them, and the containers' anonymous volumes: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(no named volumes)</source>
        <translation>(no named volumes)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Volumes are kept (-v removes them).</source>
        <translation>Volumes are kept (-v removes them).</translation>
    </message>
    <message>
        <location line="+56" />
        <source>no such service: %1</source>
        <translation>no such service: %1</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1: no such compose file</source>
        <translation>%1: no such compose file</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>project: unknown subcommand '%1'. Try: berthctl project ls</source>
        <translation>project: unknown subcommand '%1'. Try: berthctl project ls</translation>
    </message>
    <message>
        <location filename="../../src/cli/registrycommands.cpp" line="+15" />
        <source>--password and --password-stdin are mutually exclusive</source>
        <translation>--password and --password-stdin are mutually exclusive</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Must provide --username with --password-stdin</source>
        <translation>Must provide --username with --password-stdin</translation>
    </message>
    <message>
        <location line="+3" />
        <source>WARNING! Using --password via the CLI is insecure. Use --password-stdin.</source>
        <translation>WARNING! Using --password via the CLI is insecure. Use --password-stdin.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot read the password from standard input.</source>
        <translation>Cannot read the password from standard input.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Authenticating with existing credentials...</source>
        <translation>Authenticating with existing credentials...</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot perform an interactive login from a non TTY device</source>
        <translation>Cannot perform an interactive login from a non TTY device</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Username is required</source>
        <translation>Username is required</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Password is required</source>
        <translation>Password is required</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Error saving credentials: %1</source>
        <translation>Error saving credentials: %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not logged in to %1</source>
        <translation>Not logged in to %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Removing login credentials for %1</source>
        <translation>Removing login credentials for %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/systemcommands.cpp" line="+81" />
        <source>unknown command 'system %1'. Try: berthctl system df</source>
        <translation>unknown command 'system %1'. Try: berthctl system df</translation>
    </message>
</context>
</TS>
