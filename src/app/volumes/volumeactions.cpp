// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/volumes/volumeactions.h"

#include "app/actioncontext.h"
#include "app/format.h"
#include "app/preferences.h"
#include "engine/volumesapi.h"
#include "jobs/volumebackupjob.h"
#include "jobs/volumehelper.h"
#include "jobs/volumerestorejob.h"
#include "learn/dockercommands.h"
#include "model/containermodel.h"
#include "model/volumemodel.h"
#include "util/shellwords.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

VolumeActions::VolumeActions(ActionContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void VolumeActions::createVolume(const QString &name, const QString &driver, const QString &labels)
{
    VolumeCreateOptions options;
    options.name = name.trimmed();
    options.driver = driver.trimmed();
    QStringList labelList;
    options.labels = ActionContext::parseLabels(labels, &labelList);
    m_context->perform(DockerCommands::volumeCreate(options.name, options.driver, labelList),
        VolumesApi(m_context->client()).create(options));
}

void VolumeActions::removeVolume(const QString &name)
{
    const VolumeInfo *volume = m_context->volumes()->find(name);
    if (volume && !volume->users.isEmpty()) {
        m_context->refuse(DockerCommands::volumeRemove(name),
            tr("The volume %1 is used by %2. Remove those containers first.")
                .arg(name, volume->users.join(QStringLiteral(", "))));
        return;
    }
    m_context->perform(DockerCommands::volumeRemove(name), VolumesApi(m_context->client()).remove(name));
}

QStringList VolumeActions::prunableVolumes() const
{
    // Every unused volume, named and anonymous: VolumesApi::prune asks for that at every API version.
    QStringList names;
    for (const VolumeInfo &v : m_context->volumes()->rows()) {
        if (v.users.isEmpty())
            names << v.name;
    }
    return names;
}

QString VolumeActions::volumePruneFreed() const
{
    qint64 total = 0;
    for (const VolumeInfo &v : m_context->volumes()->rows()) {
        if (!v.users.isEmpty())
            continue;
        if (v.size < 0)
            return {}; // not measured yet: nothing rather than too little
        total += v.size;
    }
    return total > 0 ? Format::localSize(total, 4) : QString();
}

QString VolumeActions::volumePruneCommand() const
{
    return DockerCommands::text(
        DockerCommands::volumePrune(VolumesApi(m_context->client()).pruneSparesNamed()));
}

void VolumeActions::pruneVolumes()
{
    const VolumesApi api(m_context->client());
    m_context->perform(DockerCommands::volumePrune(api.pruneSparesNamed()), api.prune());
}

void VolumeActions::backupVolume(const QString &name, const QUrl &folder)
{
    backupVolumes({name}, folder.isLocalFile() ? folder.toLocalFile() : folder.toString(), BackupForm::Live);
}

QList<QPair<QString, QString>> VolumeActions::backupTargets(
    const QStringList &names, const QString &folder, const QDateTime &when)
{
    QList<QPair<QString, QString>> items;
    for (const QString &name : names)
        items.append({name,
            QDir(folder).filePath(VolumeBackupJob::defaultFileName(
                name, when.isValid() ? when : QDateTime::currentDateTime()))});
    return items;
}

Job *VolumeActions::backupVolumes(const QStringList &names, const QString &folder,
    BackupForm::Consistency consistency, const QDateTime &when)
{
    Preferences::rememberBackupFolder(folder);
    // One job for all: the containers that use them are paused or stopped once, not per volume.
    auto *job = new VolumeBackupJob(m_context->client(), backupTargets(names, folder, when));
    job->setConsistency(consistency == BackupForm::Unchosen ? VolumeBackupJob::Consistency::Live
                                                            : VolumeBackupJob::Consistency(int(consistency)));
    m_context->track(job);
    return job;
}

Job *VolumeActions::restoreVolume(const QString &file, const QString &volume, RestoreForm::Mode mode,
    bool allowDevices, const QStringList &only)
{
    auto *job = new VolumeRestoreJob(m_context->client(), file, volume, VolumeRestoreJob::Mode(int(mode)));
    job->setAllowDeviceNodes(allowDevices);
    job->setOnly(only);
    m_context->track(job);
    return job;
}

bool VolumeActions::volumeExists(const QString &name) const
{
    return m_context->volumes()->rowOf(name) >= 0;
}

QString VolumeActions::freeVolumeName(const QString &name) const
{
    QString free = name;
    for (int n = 2; volumeExists(free) && n < 1000; ++n)
        free = name + QLatin1Char('-') + QString::number(n);
    return free;
}

QStringList VolumeActions::runningUsers(const QStringList &volumes) const
{
    QStringList out;
    for (const ContainerInfo &c : m_context->containers()->rows()) {
        if (c.state != QLatin1String("running") && c.state != QLatin1String("paused"))
            continue;
        const QStringList mounted = c.volumeNames();
        if (std::any_of(
                volumes.begin(), volumes.end(), [&](const QString &v) { return mounted.contains(v); }))
            out.append(c.name());
    }
    return out;
}

QStringList VolumeActions::volumesOf(const QString &containerId) const
{
    const ContainerModel *containers = m_context->containers();
    const int row = containers->rowOf(containerId);
    return row < 0 ? QStringList() : containers->rows().at(row).volumeNames();
}

QString VolumeActions::backupFolder() const
{
    return Preferences::storedBackupFolder();
}

QString VolumeActions::volumeNameFor(const QString &file)
{
    QString name = QFileInfo(file).fileName();
    static const QRegularExpression suffix(
        QStringLiteral("(-\\d{8}-\\d{6})?\\.(tar(\\.(gz|bz2|xz|zst))?|tgz|tzst)$"),
        QRegularExpression::CaseInsensitiveOption);
    name.remove(suffix);
    static const QRegularExpression unsafe(QStringLiteral("[^a-zA-Z0-9_.-]"));
    name.replace(unsafe, QStringLiteral("-"));
    while (!name.isEmpty() && !name.front().isLetterOrNumber())
        name.remove(0, 1);
    return VolumeRestoreJob::isValidVolumeName(name) ? name : QString();
}

QString VolumeActions::latestBackupOf(const QString &volume) const
{
    const QDir dir(backupFolder());
    const QStringList found
        = dir.entryList({volume + QStringLiteral("-") + QString(8, QLatin1Char('?')) + QLatin1Char('-')
                            + QString(6, QLatin1Char('?')) + QStringLiteral(".tar.gz")},
            QDir::Files, QDir::Name);
    return found.isEmpty() ? QString() : dir.filePath(found.last());
}

QStringList VolumeActions::manualBackupCommands(
    const QString &volume, const QString &folder, const QDateTime &when) const
{
    const QString file = backupTargets({volume}, folder, when).value(0).second;
    return {ShellWords::join({QStringLiteral("sudo"), QStringLiteral("tar"), QStringLiteral("-czvf"), file,
                QStringLiteral("-C"), QStringLiteral("/var/lib/docker/volumes/%1/_data").arg(volume),
                QStringLiteral(".")}),
        DockerCommands::text(DockerCommands::volumeBackupByHelper(volume, file))};
}

QStringList VolumeActions::manualRestoreCommands(const QString &file, const QString &volume) const
{
    return {DockerCommands::text({QStringLiteral("volume"), QStringLiteral("create"), volume}),
        ShellWords::join({QStringLiteral("sudo"), QStringLiteral("tar"), QStringLiteral("-xzvf"), file,
            QStringLiteral("-C"), QStringLiteral("/var/lib/docker/volumes/%1/_data").arg(volume)}),
        DockerCommands::text(DockerCommands::volumeRestoreByHelper(file, volume))};
}

void VolumeActions::removeLeftoverHelpers()
{
    VolumeHelper::removeLeftovers(
        m_context->client(), this, [this](int, const ImportJournal::Outcome &imports) {
            // Said once, on the banner: what went back is the import's own undo; what stayed was
            // used since, and only the user decides about it.
            if (!imports.kept.isEmpty())
                Q_EMIT m_context->failed(QString(),
                    tr("An import that was cut short left these behind, and they were used since, so "
                       "Berth kept them: %1.")
                        .arg(imports.kept.join(QStringLiteral("; "))));
        });
}
