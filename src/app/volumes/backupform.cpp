// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/volumes/backupform.h"

#include "app/actioncontext.h"
#include "app/preferences.h"
#include "app/volumes/volumeactions.h"
#include "jobs/volumebackupjob.h"
#include "model/containermodel.h"

#include <QDir>
#include <QFileInfo>

static_assert(int(BackupForm::Live) == int(VolumeBackupJob::Consistency::Live)
    && int(BackupForm::Pause) == int(VolumeBackupJob::Consistency::Pause)
    && int(BackupForm::Stop) == int(VolumeBackupJob::Consistency::Stop));

BackupForm::BackupForm(QObject *parent)
    : QObject(parent)
{
    // A container that starts or stops meanwhile changes what there is to choose.
    if (ActionContext *c = context())
        c->followListings(this, [this] { Q_EMIT changed(); });
}

ActionContext *BackupForm::context() const
{
    return VolumeActions::instance() ? VolumeActions::instance()->context() : nullptr;
}

void BackupForm::setVolumes(const QStringList &volumes)
{
    if (volumes == m_volumes)
        return;
    m_volumes = volumes;
    Q_EMIT changed();
}

void BackupForm::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    Q_EMIT changed();
}

void BackupForm::setConsistency(Consistency consistency)
{
    if (consistency == m_consistency)
        return;
    m_consistency = consistency;
    Q_EMIT changed();
}

QStringList BackupForm::running() const
{
    return VolumeActions::instance() ? VolumeActions::instance()->runningUsers(m_volumes) : QStringList();
}

QStringList BackupForm::files() const
{
    QStringList names;
    for (const QString &v : m_volumes)
        names << (m_when.isValid() ? VolumeBackupJob::defaultFileName(v, m_when)
                                   : v + QStringLiteral("-YYYYMMDD-HHMMSS.tar.gz"));
    return names;
}

QStringList BackupForm::manualCommands() const
{
    if (m_volumes.isEmpty() || !VolumeActions::instance())
        return {};
    return VolumeActions::instance()->manualBackupCommands(m_volumes.first(), m_folder.trimmed(), m_when);
}

QString BackupForm::command() const
{
    if (m_volumes.isEmpty())
        return {};
    return VolumeBackupJob::commandOf(
        VolumeActions::backupTargets(m_volumes, QDir::cleanPath(m_folder.trimmed()), m_when));
}

QStringList BackupForm::problems() const
{
    QStringList found;
    if (m_volumes.isEmpty())
        found << tr("There is no volume to back up.");
    const QString folder = m_folder.trimmed();
    const QFileInfo info(folder);
    if (folder.isEmpty())
        found << tr("Give the folder for the backup files.");
    else if (!info.isAbsolute())
        found << tr("Give the folder as a full path, starting with /.");
    else if (info.exists() && !info.isDir())
        found << tr("%1 is not a folder.").arg(folder);
    if (m_consistency == Unchosen && !running().isEmpty())
        found << tr("Choose what happens to %1 during the backup.").arg(running().join(QStringLiteral(", ")));
    return found;
}

void BackupForm::openFor(const QStringList &volumes, const QString &container)
{
    m_volumes = volumes;
    m_containerName = container;
    m_folder = Preferences::storedBackupFolder();
    // Unchosen until the user says: a container that starts while the dialog is open is not
    // copied live without their word (with none running, the backup goes live).
    m_consistency = Unchosen;
    m_when = QDateTime::currentDateTime();
    Q_EMIT changed();
}

Job *BackupForm::start()
{
    if (!VolumeActions::instance() || !valid())
        return nullptr;
    return VolumeActions::instance()->backupVolumes(
        m_volumes, QDir::cleanPath(m_folder.trimmed()), m_consistency, m_when);
}
