// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/migration/migrationactions.h"

#include "app/actioncontext.h"
#include "app/engines.h"
#include "app/preferences.h"
#include "archive/bundlemanifest.h"
#include "engine/containersapi.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "jobs/enginesource.h"
#include "jobs/hostports.h"
#include "jobs/migrationexportjob.h"
#include "jobs/migrationimportjob.h"
#include "learn/runoptions.h"
#include "model/containermodel.h"
#include "util/shellwords.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace {

/// Powers as the import dialog lists them: [{power, what}].
QVariantList powerList(const QList<BundleManifest::PowerRequest> &requests)
{
    QVariantList list;
    for (const BundleManifest::PowerRequest &r : requests)
        list << QVariantMap {{QStringLiteral("power"), int(r.power)}, {QStringLiteral("what"), r.what}};
    return list;
}

} // namespace

MigrationActions::MigrationActions(ActionContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void MigrationActions::exportContainer(
    const QString &id, const QString &folder, int consistency, bool includeBinds)
{
    Preferences::rememberBackupFolder(QFileInfo(folder).absolutePath());
    auto *job = new MigrationExportJob(
        m_context->client(), id, folder, MigrationExportJob::Consistency(qBound(0, consistency, 2)));
    job->setIncludeBinds(includeBinds);
    m_context->track(job);
}

void MigrationActions::transferContainer(
    const QString &id, const QString &name, const QString &target, bool start, int allowedPowers)
{
    const QString title = tr("Transfer to %1").arg(target);
    // An engine on the window's list goes as the list knows it (a context's TLS files with it).
    EndpointResolver::Result resolved;
    if (!Engines::instance() || !Engines::instance()->endpointFor(target.trimmed(), &resolved.endpoint))
        resolved = EndpointResolver().resolve(target.trimmed());
    if (resolved.error.isError()) {
        Q_EMIT m_context->failed(title, resolved.error.toString());
        return;
    }
    // The other engine's client lives as long as the job.
    auto *other = new EngineClient(resolved.endpoint, this);
    connect(
        other, &EngineClient::connected, this,
        [this, other, source = m_context->client(), id, name, start, allowedPowers] {
            // From the engine the window showed when asked, even if it switched meanwhile.
            auto *job = new MigrationImportJob(other, new EngineSource(source, other, id, name));
            job->setStart(start);
            job->setAllowedPowers(allowedPowers);
            connect(job, &Job::finished, other, &QObject::deleteLater);
            m_context->track(job);
        },
        Qt::SingleShotConnection);
    connect(
        other, &EngineClient::connectionFailed, this,
        [this, other, title](const EngineError &error) {
            Q_EMIT m_context->failed(title, error.toString());
            other->deleteLater();
        },
        Qt::SingleShotConnection);
    other->connectToEngine();
}

QString MigrationActions::bundleFolderFor(const QString &container) const
{
    return QDir(Preferences::storedBackupFolder())
        .filePath(container + QStringLiteral("-migration-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QVariantMap MigrationActions::bundleSummary(const QString &folder) const
{
    QFile file(QDir(folder).filePath(QLatin1String(BundleManifest::FileName)));
    if (!file.open(QIODevice::ReadOnly))
        return {{QStringLiteral("ok"), false},
            {QStringLiteral("error"),
                tr("%1 has no manifest.json: choose the folder a Berth export made.").arg(folder)}};
    QString error;
    const BundleManifest m = BundleManifest::fromJson(file.readAll(), &error);
    if (!error.isEmpty())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
    QVariantList volumes;
    for (const BundleManifest::Volume &v : m.volumes)
        volumes << QVariantMap {{QStringLiteral("name"), v.name},
            {QStringLiteral("destination"), v.destination}, {QStringLiteral("anonymous"), v.anonymous}};
    QVariantList ports;
    for (const HostPorts::Binding &b :
        HostPorts::of(m.createBody.value(QLatin1String("HostConfig")).toObject())) {
        if (!b.hostPort.isEmpty())
            ports << QVariantMap {{QStringLiteral("containerPort"), b.containerPort},
                {QStringLiteral("hostIp"), b.hostIp}, {QStringLiteral("hostPort"), b.hostPort}};
    }
    QVariantList binds;
    for (const BundleManifest::Bind &b : m.binds)
        binds << QVariantMap {{QStringLiteral("source"), b.source},
            {QStringLiteral("destination"), b.destination}, {QStringLiteral("migrated"), !b.file.isEmpty()},
            {QStringLiteral("file"), b.file}};
    return {{QStringLiteral("ok"), true}, {QStringLiteral("containerName"), m.containerName},
        {QStringLiteral("image"), m.image}, {QStringLiteral("originalImage"), m.originalImage},
        {QStringLiteral("source"),
            m.source.value(QLatin1String("name")).toString() + QLatin1Char(' ')
                + m.source.value(QLatin1String("version")).toString()},
        {QStringLiteral("createdAt"), m.createdAt}, {QStringLiteral("volumes"), volumes},
        {QStringLiteral("binds"), binds}, {QStringLiteral("ports"), ports},
        {QStringLiteral("powers"), powerList(BundleManifest::powersOf(m.createBody))}};
}

void MigrationActions::readContainerPowers(const QString &id)
{
    EngineReply *reply = ContainersApi(m_context->client()).inspect(id);
    connect(reply, &EngineReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        // Unread, the list is empty and the transfer itself refuses what was not allowed.
        Q_EMIT containerPowersRead(id,
            reply->error().isError() ? QVariantList()
                                     : powerList(BundleManifest::powersOf(
                                         BundleManifest::createBodyFrom(reply->json().object()))));
    });
}

QVariantList MigrationActions::runArgsPowers(const QString &runArgs) const
{
    QString error;
    const QStringList words = ShellWords::split(runArgs, &error);
    const RunOptions run = error.isEmpty() ? RunOptions::fromArguments(words, false, &error) : RunOptions();
    if (!error.isEmpty())
        return {};
    return powerList(BundleManifest::powersOf(run.toCreateBody()));
}

QString MigrationActions::folderProblem(const QString &path) const
{
    const QFileInfo info(path.trimmed());
    if (path.trimmed().isEmpty() || !info.isAbsolute())
        return tr("give a full path, starting with /");
    if (info.exists() && !info.isDir())
        return tr("exists here and is not a folder");
    if (info.exists()
        && !QDir(info.filePath())
                .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return tr("exists here and is not empty");
    return {};
}

void MigrationActions::importBundle(const QString &folder, const QString &name, bool start, int onConflict,
    const QVariantMap &volumeMap, const QVariantMap &portMap, const QVariantMap &bindMap, int allowedPowers)
{
    auto *job = new MigrationImportJob(m_context->client(), new BundleSource(m_context->client(), folder));
    job->setAllowedPowers(allowedPowers);
    job->setName(name.trimmed());
    job->setStart(start);
    job->setOnConflict(MigrationImportJob::OnConflict(qBound(0, onConflict, 3)));
    QMap<QString, QString> map;
    for (auto it = volumeMap.begin(); it != volumeMap.end(); ++it) {
        if (!it.value().toString().trimmed().isEmpty())
            map.insert(it.key(), it.value().toString().trimmed());
    }
    job->setVolumeMap(map);
    QMap<QString, QString> ports;
    for (auto it = portMap.begin(); it != portMap.end(); ++it) {
        const QString port = it.value().toString().trimmed();
        if (!port.isEmpty() && port != it.key())
            ports.insert(it.key(), port);
    }
    job->setPortMap(ports);
    QMap<QString, QString> folders;
    for (auto it = bindMap.begin(); it != bindMap.end(); ++it) {
        if (!it.value().toString().trimmed().isEmpty())
            folders.insert(it.key(), it.value().toString().trimmed());
    }
    job->setBindMap(folders);
    m_context->track(job);
}

QString MigrationActions::hostPortUse(
    const QString &hostIp, const QString &port, const QString &protocol) const
{
    bool ok = false;
    const int number = port.trimmed().toInt(&ok);
    if (!ok || number <= 0 || number > 65535)
        return port.trimmed().isEmpty() ? QString() : tr("%1 is not a port number (1 to 65535).").arg(port);
    const QString type = protocol.isEmpty() ? QStringLiteral("tcp") : protocol;
    for (const ContainerInfo &c : m_context->containers()->rows()) {
        for (const PortInfo &p : c.ports) {
            if (p.publicPort == number && p.type == type)
                return tr("taken here by the container %1").arg(c.name());
        }
    }
    if (HostPorts::heldOnThisMachine(hostIp, number, type))
        return tr("taken here by another program");
    return {};
}

QString MigrationActions::importLooseFiles(const QString &image, const QVariantList &volumes,
    const QString &name, const QString &runArgs, bool start, int allowedPowers)
{
    QString error;
    const QStringList words = ShellWords::split(runArgs, &error);
    const RunOptions run = error.isEmpty() ? RunOptions::fromArguments(words, false, &error) : RunOptions();
    if (!error.isEmpty())
        return error;
    QJsonObject body = run.toCreateBody();
    body.remove(QStringLiteral("Image"));
    QList<LooseFilesSource::Volume> loose;
    for (const QVariant &v : volumes) {
        const QVariantMap m = v.toMap();
        loose.append(
            {m.value(QStringLiteral("file")).toString(), m.value(QStringLiteral("name")).toString().trimmed(),
                m.value(QStringLiteral("path")).toString().trimmed()});
    }
    auto *job = new MigrationImportJob(
        m_context->client(), new LooseFilesSource(m_context->client(), image, loose, body));
    job->setAllowedPowers(allowedPowers);
    job->setName(name.trimmed());
    job->setStart(start);
    m_context->track(job);
    return {};
}
