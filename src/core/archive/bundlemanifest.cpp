// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/bundlemanifest.h"

#include "archive/checksumfile.h"
#include "util/jsonnumber.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QThreadPool>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BundleManifest)
};

const char *const ConfigKeys[] = {"Cmd", "Entrypoint", "Env", "WorkingDir", "User", "ExposedPorts", "Labels",
    "Tty", "OpenStdin", "StdinOnce", "AttachStdin", "AttachStdout", "AttachStderr", "Healthcheck",
    "StopSignal", "StopTimeout", "Domainname"};
const char *const HostConfigKeys[] = {"PortBindings", "RestartPolicy", "NetworkMode", "Memory", "MemorySwap",
    "MemoryReservation", "NanoCpus", "CpuShares", "CpuQuota", "CpuPeriod", "CpusetCpus", "PidsLimit",
    "CapAdd", "CapDrop", "Privileged", "ExtraHosts", "Dns", "DnsSearch", "Init", "ShmSize", "Ulimits",
    "AutoRemove", "PublishAllPorts", "ReadonlyRootfs", "SecurityOpt", "Tmpfs", "LogConfig"};
/// Not written by the export, but understood: powersOf() lists them, and they are applied only
/// with the user's word.
const char *const PowerKeys[] = {"Devices", "DeviceRequests", "DeviceCgroupRules", "MaskedPaths",
    "ReadonlyPaths", "PidMode", "IpcMode", "UTSMode", "UsernsMode", "CgroupnsMode", "Sysctls", "Binds",
    "Mounts", "VolumesFrom", "Runtime", "CgroupParent", "Cgroup"};

/// The strings of a JSON array (or of one string), without empty ones.
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list << value.toString();
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            list << v.toString();
        else if (v.isObject()) // DeviceRequests, Devices as objects
            list << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    list.removeAll(QString());
    return list;
}

/// A namespace mode that joins this machine's namespace or another container's.
bool sharesNamespace(const QString &mode)
{
    return mode == QLatin1String("host") || mode.startsWith(QLatin1String("container:"))
        || mode.startsWith(QLatin1String("ns:"));
}

} // namespace

QList<BundleManifest::PowerRequest> BundleManifest::powersOf(const QJsonObject &createBody)
{
    const QJsonObject host = createBody.value(QLatin1String("HostConfig")).toObject();
    const QString comma = QStringLiteral(", ");
    QList<PowerRequest> requests;
    if (host.value(QLatin1String("Privileged")).toBool())
        requests.append({Privileged,
            Tr::tr("runs privileged: as root with every device and kernel feature of this machine")});
    const QStringList caps = strings(host.value(QLatin1String("CapAdd")));
    if (!caps.isEmpty())
        requests.append({Capabilities, Tr::tr("adds the kernel capabilities %1").arg(caps.join(comma))});
    QStringList devices;
    for (const QJsonValue &d : host.value(QLatin1String("Devices")).toArray()) {
        const QJsonObject o = d.toObject();
        devices << (o.isEmpty() ? d.toString() : o.value(QLatin1String("PathOnHost")).toString());
    }
    devices << strings(host.value(QLatin1String("DeviceRequests")))
            << strings(host.value(QLatin1String("DeviceCgroupRules")));
    devices.removeAll(QString());
    if (!devices.isEmpty())
        requests.append({Devices, Tr::tr("uses devices of this machine: %1").arg(devices.join(comma))});
    QStringList namespaces;
    const QList<QPair<const char *, QString>> modes {{"NetworkMode", Tr::tr("network")},
        {"PidMode", Tr::tr("processes (PID)")}, {"IpcMode", Tr::tr("shared memory (IPC)")},
        {"UTSMode", Tr::tr("host name (UTS)")}, {"UsernsMode", Tr::tr("users (user namespace)")},
        {"CgroupnsMode", Tr::tr("control groups (cgroup namespace)")}};
    for (const auto &[key, words] : modes) {
        const QString mode = host.value(QLatin1String(key)).toString();
        if (sharesNamespace(mode))
            namespaces << Tr::tr("%1: %2").arg(words,
                mode == QLatin1String("host") ? Tr::tr("this machine's") : Tr::tr("that of %1").arg(mode));
    }
    if (!namespaces.isEmpty())
        requests.append({HostNamespaces,
            Tr::tr("shares namespaces instead of its own: %1").arg(namespaces.join(QStringLiteral("; ")))});
    QStringList security;
    for (const QString &opt : strings(host.value(QLatin1String("SecurityOpt")))) {
        // no-new-privileges only narrows what the container may do; a privileged container
        // has label=disable from the engine itself.
        const bool narrows
            = opt.startsWith(QLatin1String("no-new-privileges")) && !opt.endsWith(QLatin1String("false"));
        const bool implied = host.value(QLatin1String("Privileged")).toBool()
            && (opt == QLatin1String("label=disable") || opt == QLatin1String("label:disable"));
        if (!narrows && !implied)
            security << opt;
    }
    if (host.contains(QLatin1String("MaskedPaths")))
        security
            << Tr::tr("masked paths %1").arg(strings(host.value(QLatin1String("MaskedPaths"))).join(comma));
    if (host.contains(QLatin1String("ReadonlyPaths")))
        security << Tr::tr("read-only paths %1")
                        .arg(strings(host.value(QLatin1String("ReadonlyPaths"))).join(comma));
    if (!security.isEmpty())
        requests.append(
            {SecurityOptions, Tr::tr("changes its security confinement: %1").arg(security.join(comma))});
    QStringList sysctls;
    const QJsonObject sys = host.value(QLatin1String("Sysctls")).toObject();
    for (auto it = sys.begin(); it != sys.end(); ++it)
        sysctls << it.key() + QLatin1Char('=') + it.value().toString();
    if (!sysctls.isEmpty())
        requests.append({Sysctls, Tr::tr("sets kernel parameters: %1").arg(sysctls.join(comma))});
    QStringList folders;
    for (const QString &bind : strings(host.value(QLatin1String("Binds")))) {
        if (bind.startsWith(QLatin1Char('/')) || bind.startsWith(QLatin1Char('.'))
            || bind.startsWith(QLatin1Char('~')))
            folders << bind;
    }
    for (const QJsonValue &m : host.value(QLatin1String("Mounts")).toArray()) {
        const QJsonObject o = m.toObject();
        const QString type = o.value(QLatin1String("Type")).toString();
        if (type != QLatin1String("volume") && type != QLatin1String("tmpfs"))
            folders << o.value(QLatin1String("Source")).toString() + QLatin1Char(':')
                    + o.value(QLatin1String("Target")).toString();
    }
    for (const QString &from : strings(host.value(QLatin1String("VolumesFrom"))))
        folders << Tr::tr("the volumes of the container %1").arg(from);
    if (!folders.isEmpty())
        requests.append({HostFolders, Tr::tr("mounts folders of this machine: %1").arg(folders.join(comma))});
    QStringList runtime;
    for (const char *key : {"Runtime", "CgroupParent", "Cgroup"}) {
        const QString value = host.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            runtime << QLatin1String(key) + QLatin1Char('=') + value;
    }
    if (!runtime.isEmpty())
        requests.append({RuntimeOptions,
            Tr::tr("runs under another runtime or control group: %1").arg(runtime.join(comma))});
    return requests;
}

QList<BundleManifest::PowerRequest> BundleManifest::denied(const QList<PowerRequest> &requests, int allowed)
{
    QList<PowerRequest> list;
    for (const PowerRequest &r : requests) {
        if (!(allowed & r.power))
            list << r;
    }
    return list;
}

QString BundleManifest::optionFor(Power power)
{
    switch (power) {
    case Privileged:
        return QStringLiteral("--allow-privileged");
    case Capabilities:
        return QStringLiteral("--allow-capabilities");
    case Devices:
        return QStringLiteral("--allow-devices");
    case HostNamespaces:
        return QStringLiteral("--allow-host-namespaces");
    case SecurityOptions:
        return QStringLiteral("--allow-security-options");
    case Sysctls:
        return QStringLiteral("--allow-sysctls");
    case HostFolders:
        return QStringLiteral("--allow-host-folders");
    case RuntimeOptions:
        return QStringLiteral("--allow-runtime");
    }
    return {};
}

QStringList BundleManifest::unexpectedKeys(const QJsonObject &createBody)
{
    QSet<QString> config, host;
    for (const char *key : ConfigKeys)
        config.insert(QLatin1String(key));
    for (const char *key : HostConfigKeys)
        host.insert(QLatin1String(key));
    for (const char *key : PowerKeys)
        host.insert(QLatin1String(key));
    QStringList unexpected;
    for (auto it = createBody.begin(); it != createBody.end(); ++it) {
        if (it.key() != QLatin1String("HostConfig") && !config.contains(it.key()))
            unexpected << it.key();
    }
    const QJsonObject hostConfig = createBody.value(QLatin1String("HostConfig")).toObject();
    for (auto it = hostConfig.begin(); it != hostConfig.end(); ++it) {
        if (!host.contains(it.key()))
            unexpected << QStringLiteral("HostConfig.") + it.key();
    }
    return unexpected;
}

QJsonObject BundleManifest::createBodyFrom(const QJsonObject &inspect)
{
    const QJsonObject config = inspect.value(QLatin1String("Config")).toObject();
    const QJsonObject hostConfig = inspect.value(QLatin1String("HostConfig")).toObject();
    QJsonObject body;
    for (const char *key : ConfigKeys) {
        const QJsonValue v = config.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            body.insert(QLatin1String(key), v);
    }
    QJsonObject host;
    for (const char *key : HostConfigKeys) {
        const QJsonValue v = hostConfig.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            host.insert(QLatin1String(key), v);
    }
    body.insert(QLatin1String("HostConfig"), host);
    return body;
}

BundleManifest BundleManifest::describe(const QJsonObject &inspect)
{
    BundleManifest m;
    m.containerName = inspect.value(QLatin1String("Name")).toString().mid(1);
    m.originalImage
        = inspect.value(QLatin1String("Config")).toObject().value(QLatin1String("Image")).toString();
    m.createBody = createBodyFrom(inspect);
    // Named in Binds or Mounts by the user, or made for an image's VOLUME (anonymous).
    const QJsonObject hostConfig = inspect.value(QLatin1String("HostConfig")).toObject();
    const QString declared
        = QString::fromUtf8(QJsonDocument(hostConfig.value(QLatin1String("Binds")).toArray()).toJson())
        + QString::fromUtf8(QJsonDocument(hostConfig.value(QLatin1String("Mounts")).toArray()).toJson());
    for (const QJsonValue &v : inspect.value(QLatin1String("Mounts")).toArray()) {
        const QJsonObject mount = v.toObject();
        const bool readOnly = !mount.value(QLatin1String("RW")).toBool(true);
        const QString destination = mount.value(QLatin1String("Destination")).toString();
        if (mount.value(QLatin1String("Type")).toString() == QLatin1String("volume")) {
            const QString name = mount.value(QLatin1String("Name")).toString();
            const bool anonymous = !declared.contains(QLatin1Char('"') + name + QLatin1Char(':'))
                && !declared.contains(QLatin1String("\"Source\": \"") + name + QLatin1Char('"'));
            m.volumes.append({name, anonymous, destination, readOnly,
                QStringLiteral("volumes/") + (anonymous ? name.left(12) : name) + QStringLiteral(".tar.gz")});
        } else if (mount.value(QLatin1String("Type")).toString() == QLatin1String("bind")) {
            m.binds.append({mount.value(QLatin1String("Source")).toString(), destination, readOnly, {}});
        }
    }
    return m;
}

QByteArray BundleManifest::toJson() const
{
    QJsonArray volumeArray;
    for (const Volume &v : volumes)
        volumeArray.append(QJsonObject {{QStringLiteral("name"), v.name},
            {QStringLiteral("anonymous"), v.anonymous}, {QStringLiteral("destination"), v.destination},
            {QStringLiteral("readOnly"), v.readOnly}, {QStringLiteral("file"), v.file}});
    QJsonArray bindArray;
    for (const Bind &b : binds)
        bindArray.append(QJsonObject {{QStringLiteral("source"), b.source},
            {QStringLiteral("destination"), b.destination}, {QStringLiteral("readOnly"), b.readOnly},
            {QStringLiteral("migrated"), !b.file.isEmpty()}, {QStringLiteral("file"), b.file}});
    QJsonArray fileArray;
    for (const File &f : files)
        fileArray.append(QJsonObject {{QStringLiteral("path"), f.path}, {QStringLiteral("size"), f.size},
            {QStringLiteral("sha256"), f.sha256}});
    const QJsonObject root {{QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("createdAt"), createdAt}, {QStringLiteral("source"), source},
        {QStringLiteral("container"),
            QJsonObject {{QStringLiteral("name"), containerName},
                {QStringLiteral("originalImage"), originalImage}, {QStringLiteral("image"), image},
                {QStringLiteral("createBody"), createBody}}},
        {QStringLiteral("volumes"), volumeArray}, {QStringLiteral("binds"), bindArray},
        {QStringLiteral("files"), fileArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

BundleManifest BundleManifest::fromJson(const QByteArray &json, QString *error)
{
    BundleManifest m;
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError || root.isEmpty()) {
        *error = Tr::tr("manifest.json is not valid JSON (%1).").arg(parse.errorString());
        return m;
    }
    m.formatVersion = root.value(QLatin1String("formatVersion")).toInt(-1);
    if (m.formatVersion != FormatVersion) {
        *error
            = Tr::tr("The bundle's format version is %1; this Berth reads version %2. Use a Berth as new as "
                     "the one that made it.")
                  .arg(m.formatVersion)
                  .arg(FormatVersion);
        return m;
    }
    m.createdAt = root.value(QLatin1String("createdAt")).toString();
    m.source = root.value(QLatin1String("source")).toObject();
    const QJsonObject container = root.value(QLatin1String("container")).toObject();
    m.containerName = container.value(QLatin1String("name")).toString();
    m.originalImage = container.value(QLatin1String("originalImage")).toString();
    m.image = container.value(QLatin1String("image")).toString();
    m.createBody = container.value(QLatin1String("createBody")).toObject();
    for (const QJsonValue &v : root.value(QLatin1String("volumes")).toArray()) {
        const QJsonObject o = v.toObject();
        m.volumes.append({o.value(QLatin1String("name")).toString(),
            o.value(QLatin1String("anonymous")).toBool(), o.value(QLatin1String("destination")).toString(),
            o.value(QLatin1String("readOnly")).toBool(), o.value(QLatin1String("file")).toString()});
    }
    for (const QJsonValue &v : root.value(QLatin1String("binds")).toArray()) {
        const QJsonObject o = v.toObject();
        m.binds.append(
            {o.value(QLatin1String("source")).toString(), o.value(QLatin1String("destination")).toString(),
                o.value(QLatin1String("readOnly")).toBool(), o.value(QLatin1String("file")).toString()});
    }
    for (const QJsonValue &v : root.value(QLatin1String("files")).toArray()) {
        const QJsonObject o = v.toObject();
        m.files.append({o.value(QLatin1String("path")).toString(),
            jsonInt64(o.value(QLatin1String("size")), -1), o.value(QLatin1String("sha256")).toString()});
    }
    const QStringList unexpected = unexpectedKeys(m.createBody);
    if (!unexpected.isEmpty()) {
        *error = Tr::tr("manifest.json sets %1, which Berth's export never writes: it was edited. Do not "
                        "import this bundle.")
                     .arg(unexpected.join(QStringLiteral(", ")));
        return m;
    }
    if (m.containerName.isEmpty() || m.image.isEmpty() || m.files.isEmpty()) {
        *error = Tr::tr("manifest.json lacks the container's name, its image or the list of files.");
        return m;
    }
    for (const Volume &v : std::as_const(m.volumes)) {
        const bool listed
            = std::any_of(m.files.begin(), m.files.end(), [&](const File &f) { return f.path == v.file; });
        if (v.name.isEmpty() || v.destination.isEmpty() || !listed) {
            *error = Tr::tr("manifest.json names a volume without its mount point or its file.");
            return m;
        }
    }
    for (const Bind &b : std::as_const(m.binds)) {
        const bool listed = b.file.isEmpty()
            || std::any_of(m.files.begin(), m.files.end(), [&](const File &f) { return f.path == b.file; });
        if (!b.source.startsWith(QLatin1Char('/')) || b.destination.isEmpty() || !listed) {
            *error = Tr::tr("manifest.json names a folder of the source machine without its path, its mount "
                            "point or its file.");
            return m;
        }
    }
    return m;
}

QString BundleManifest::verify(
    const QString &dir, const std::atomic_bool *cancel, const std::function<void()> &also) const
{
    QSet<QString> expected;
    for (const File &f : files) {
        // Only plain relative paths inside the bundle.
        if (f.path.isEmpty() || f.path.startsWith(QLatin1Char('/'))
            || f.path.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return Tr::tr("manifest.json lists \"%1\", a path outside the bundle.").arg(f.path);
        expected.insert(f.path);
    }
    QStringList extra;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(dir).relativeFilePath(it.next());
        if (relative != QLatin1String(FileName) && relative != ChecksumFile::pathFor(QLatin1String(FileName))
            && !expected.contains(relative))
            extra.append(relative);
    }
    if (!extra.isEmpty()) {
        extra.sort();
        return Tr::tr(
            "The bundle holds files its manifest does not list: %1. Somebody changed it; do not import "
            "it.")
            .arg(extra.join(QStringLiteral(", ")));
    }
    // Sizes first (cheap), then every file's sha256 at once, one per core.
    for (const File &f : files) {
        const QFileInfo info(QDir(dir).filePath(f.path));
        if (!info.isFile())
            return Tr::tr("The bundle lacks %1, which its manifest lists.").arg(f.path);
        if (info.size() != f.size)
            return Tr::tr("%1 has %2 bytes, its manifest says %3: the file was changed or cut.")
                .arg(f.path)
                .arg(info.size())
                .arg(f.size);
    }
    QList<QString> errors(files.size());
    QThreadPool pool;
    for (qsizetype i = 0; i < files.size(); ++i) {
        pool.start([&, i] {
            if (cancel && cancel->load()) {
                errors[i] = Tr::tr("Cancelled.");
                return;
            }
            QString error;
            const QByteArray digest = ChecksumFile::compute(QDir(dir).filePath(files[i].path), &error);
            if (!error.isEmpty())
                errors[i] = error;
            else if (QString::fromLatin1(digest) != files[i].sha256)
                errors[i]
                    = Tr::tr("%1 does not match the sha256 in the manifest: it was changed or damaged. Do "
                             "not import this bundle.")
                          .arg(files[i].path);
        });
    }
    if (also)
        also();
    pool.waitForDone();
    for (const QString &error : std::as_const(errors)) {
        if (!error.isEmpty())
            return error;
    }
    return {};
}
