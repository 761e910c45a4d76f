// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/migration/migrationactions.h"

#include "app/actioncontext.h"
#include "app/engines.h"
#include "app/preferences.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "jobs/enginesource.h"
#include "jobs/migrationexportjob.h"
#include "jobs/migrationimportjob.h"
#include "learn/runoptions.h"
#include "util/shellwords.h"

#include <QFileInfo>
#include <QJsonObject>

MigrationActions::MigrationActions(ActionContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

Job *MigrationActions::exportContainer(
    const QString &id, const QString &folder, int consistency, bool includeBinds)
{
    Preferences::rememberBackupFolder(QFileInfo(folder).absolutePath());
    auto *job = new MigrationExportJob(
        m_context->client(), id, folder, MigrationExportJob::Consistency(qBound(0, consistency, 2)));
    job->setIncludeBinds(includeBinds);
    m_context->track(job);
    return job;
}

Job *MigrationActions::transferContainer(
    const QString &id, const QString &name, const QString &target, bool start, int allowedPowers)
{
    const QString title = tr("Transfer to %1").arg(target);
    // An engine on the window's list goes as the list knows it (a context's TLS files with it).
    EndpointResolver::Result resolved;
    if (!Engines::instance() || !Engines::instance()->endpointFor(target.trimmed(), &resolved.endpoint))
        resolved = EndpointResolver().resolve(target.trimmed());
    if (resolved.error.isError()) {
        Q_EMIT m_context->failed(title, resolved.error.toString());
        return nullptr;
    }
    // The other engine's client lives as long as the job.
    auto *other = new EngineClient(resolved.endpoint, this);
    // From the engine the window showed when asked, even if it switched meanwhile. Made now (for
    // whoever started it), listed and started once the other engine answers.
    auto *job = new MigrationImportJob(other, new EngineSource(m_context->client(), other, id, name));
    job->setStart(start);
    job->setAllowedPowers(allowedPowers);
    job->setParent(other);
    connect(
        other, &EngineClient::connected, this,
        [this, other, job] {
            m_context->track(job);
            connect(job, &Job::finished, other, &QObject::deleteLater);
        },
        Qt::SingleShotConnection);
    connect(
        other, &EngineClient::connectionFailed, this,
        [this, other, title](const EngineError &error) {
            Q_EMIT m_context->failed(title, error.toString());
            other->deleteLater(); // and the job that never started with it
        },
        Qt::SingleShotConnection);
    other->connectToEngine();
    return job;
}

Job *MigrationActions::importBundle(const QString &folder, const QString &name, bool start, int onConflict,
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
    return job;
}

Job *MigrationActions::importLooseFiles(const QString &image, const QVariantList &volumes,
    const QString &name, const QString &runArgs, bool start, int allowedPowers, QString *error)
{
    QString unread;
    const QStringList words = ShellWords::split(runArgs, &unread);
    const RunOptions run = unread.isEmpty() ? RunOptions::fromArguments(words, false, &unread) : RunOptions();
    if (!unread.isEmpty()) {
        if (error)
            *error = unread;
        return nullptr;
    }
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
    return job;
}
