// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/dockercontexts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DockerContexts)
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.read(1 << 20)).object() : QJsonObject();
}

/// Written whole under a temporary name, then renamed; private, as the CLI writes them.
bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(data);
    if (!f.commit())
        return false;
    return QFile::setPermissions(path, permissions);
}
} // namespace

DockerContexts::DockerContexts(QProcessEnvironment env)
    : m_env(std::move(env))
{
}

QString DockerContexts::configDir() const
{
    const QString dir = m_env.value(QStringLiteral("DOCKER_CONFIG"));
    if (!dir.isEmpty())
        return dir;
    return m_env.value(QStringLiteral("HOME"), QDir::homePath()) + QStringLiteral("/.docker");
}

QString DockerContexts::idOf(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString DockerContexts::metaPath(const QString &name) const
{
    return configDir() + QStringLiteral("/contexts/meta/") + idOf(name) + QStringLiteral("/meta.json");
}

QString DockerContexts::tlsFolder(const QString &name) const
{
    return configDir() + QStringLiteral("/contexts/tls/") + idOf(name) + QStringLiteral("/docker");
}

bool DockerContexts::isValidName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$"));
    return rule.match(name).hasMatch();
}

QString DockerContexts::current() const
{
    const QString fromEnv = m_env.value(QStringLiteral("DOCKER_CONTEXT"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString stored = readJson(configDir() + QStringLiteral("/config.json"))
                               .value(QLatin1String("currentContext"))
                               .toString();
    return stored.isEmpty() ? QStringLiteral("default") : stored;
}

bool DockerContexts::find(const QString &name, Context *found) const
{
    Context unused;
    Context *out = found ? found : &unused;
    const QString cur = current();
    if (name == QLatin1String("default")) {
        out->name = name;
        out->description = Tr::tr("Current DOCKER_HOST based configuration");
        out->host = m_env.value(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///var/run/docker.sock"));
        out->current = cur == name;
        return true;
    }
    const QJsonObject meta = readJson(metaPath(name));
    if (meta.value(QLatin1String("Name")).toString() != name)
        return false;
    const QJsonObject docker
        = meta.value(QLatin1String("Endpoints")).toObject().value(QLatin1String("docker")).toObject();
    out->name = name;
    out->description
        = meta.value(QLatin1String("Metadata")).toObject().value(QLatin1String("Description")).toString();
    out->host = docker.value(QLatin1String("Host")).toString();
    out->skipTlsVerify = docker.value(QLatin1String("SkipTLSVerify")).toBool();
    const QString tls = tlsFolder(name);
    out->tlsFolder = QFileInfo::exists(tls + QStringLiteral("/ca.pem"))
            || QFileInfo::exists(tls + QStringLiteral("/cert.pem"))
        ? tls
        : QString();
    out->current = cur == name;
    return true;
}

QList<DockerContexts::Context> DockerContexts::list() const
{
    QList<Context> out;
    Context c;
    find(QStringLiteral("default"), &c);
    out << c;
    QList<Context> stored;
    const QDir meta(configDir() + QStringLiteral("/contexts/meta"));
    for (const QString &id : meta.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString name = readJson(meta.filePath(id) + QStringLiteral("/meta.json"))
                                 .value(QLatin1String("Name"))
                                 .toString();
        Context found;
        if (!name.isEmpty() && idOf(name) == id && find(name, &found))
            stored << found;
    }
    out += stored;
    // Sorted by name, "default" among them, as docker context ls does.
    std::sort(out.begin(), out.end(), [](const Context &a, const Context &b) { return a.name < b.name; });
    return out;
}

QString DockerContexts::create(const QString &name, const QString &host, const QString &description,
    const TlsFiles &tls, bool skipTlsVerify) const
{
    if (!isValidName(name) || name == QLatin1String("default"))
        return Tr::tr(
            "\"%1\" cannot name a context: use letters, digits, '.', '_' and '-', starting with a letter "
            "or digit (and not \"default\").")
            .arg(name);
    Context existing;
    if (find(name, &existing))
        return Tr::tr("A context named %1 exists already (docker context rm %1 removes it).").arg(name);
    // The TLS files first: a context is there once its meta.json is.
    const QString folder = tlsFolder(name);
    const QList<QPair<QString, QString>> files {{tls.ca, QStringLiteral("ca.pem")},
        {tls.cert, QStringLiteral("cert.pem")}, {tls.key, QStringLiteral("key.pem")}};
    for (const auto &[from, to] : files) {
        if (from.isEmpty())
            continue;
        QFile in(from);
        if (!in.open(QIODevice::ReadOnly))
            return Tr::tr("Cannot read %1: %2").arg(from, in.errorString());
        if (!writeFile(folder + QLatin1Char('/') + to, in.read(1 << 20),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            QDir(QFileInfo(folder).path()).removeRecursively();
            return Tr::tr("Cannot write the context's TLS files in %1.").arg(folder);
        }
    }
    const QJsonObject meta {{QStringLiteral("Name"), name},
        {QStringLiteral("Metadata"), QJsonObject {{QStringLiteral("Description"), description}}},
        {QStringLiteral("Endpoints"),
            QJsonObject {{QStringLiteral("docker"),
                QJsonObject {
                    {QStringLiteral("Host"), host}, {QStringLiteral("SkipTLSVerify"), skipTlsVerify}}}}}};
    if (!writeFile(metaPath(name), QJsonDocument(meta).toJson(QJsonDocument::Compact),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        QDir(QFileInfo(folder).path()).removeRecursively();
        return Tr::tr("Cannot write %1.").arg(metaPath(name));
    }
    return {};
}

QString DockerContexts::remove(const QString &name, bool force) const
{
    if (name == QLatin1String("default"))
        return Tr::tr("The default context cannot be removed.");
    Context c;
    if (!find(name, &c))
        return Tr::tr("There is no context named %1 (docker context ls lists them).").arg(name);
    if (c.current && !force)
        return Tr::tr(
            "%1 is the current context: choose another first (docker context use default), or force it.")
            .arg(name);
    QDir(QFileInfo(metaPath(name)).path()).removeRecursively();
    QDir(QFileInfo(tlsFolder(name)).path()).removeRecursively();
    if (c.current)
        use(QStringLiteral("default"));
    return {};
}

QString DockerContexts::use(const QString &name) const
{
    Context c;
    if (!find(name, &c))
        return Tr::tr("There is no context named %1 (docker context ls lists them).").arg(name);
    const QString path = configDir() + QStringLiteral("/config.json");
    QJsonObject config = readJson(path);
    if (name == QLatin1String("default"))
        config.remove(QStringLiteral("currentContext"));
    else
        config.insert(QStringLiteral("currentContext"), name);
    if (!writeFile(path, QJsonDocument(config).toJson(), QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Tr::tr("Cannot write %1.").arg(path);
    return {};
}

QByteArray DockerContexts::inspect(const QString &name) const
{
    Context c;
    if (!find(name, &c))
        return {};
    QJsonObject tlsMaterial;
    if (!c.tlsFolder.isEmpty()) {
        QJsonArray names;
        for (const QString &f :
            {QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")}) {
            if (QFileInfo::exists(c.tlsFolder + QLatin1Char('/') + f))
                names << f;
        }
        tlsMaterial.insert(QStringLiteral("docker"), names);
    }
    const QJsonObject o {{QStringLiteral("Name"), c.name},
        {QStringLiteral("Metadata"), QJsonObject {{QStringLiteral("Description"), c.description}}},
        {QStringLiteral("Endpoints"),
            QJsonObject {{QStringLiteral("docker"),
                QJsonObject {
                    {QStringLiteral("Host"), c.host}, {QStringLiteral("SkipTLSVerify"), c.skipTlsVerify}}}}},
        {QStringLiteral("TLSMaterial"), tlsMaterial},
        {QStringLiteral("Storage"),
            QJsonObject {{QStringLiteral("MetadataPath"),
                             name == QLatin1String("default") ? QStringLiteral("<IN MEMORY>")
                                                              : QFileInfo(metaPath(name)).path()},
                {QStringLiteral("TLSPath"),
                    name == QLatin1String("default") ? QStringLiteral("<IN MEMORY>")
                                                     : QFileInfo(tlsFolder(name)).path()}}}};
    return QJsonDocument(QJsonArray {o}).toJson(QJsonDocument::Indented);
}
