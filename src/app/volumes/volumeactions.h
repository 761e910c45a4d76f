// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"
#include "app/volumes/backupform.h"
#include "app/volumes/restoreform.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class ActionContext;
class Job;

/**
 * What the user does with volumes, for QML: create, remove, prune, and the guided backup and
 * restore (jobs), with what the dialogs need to know before they start one.
 */
class VolumeActions : public QObject, public AppSingleton<VolumeActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit VolumeActions(ActionContext *context, QObject *parent = nullptr);

    Q_INVOKABLE void createVolume(const QString &name, const QString &driver, const QString &labels);
    Q_INVOKABLE void removeVolume(const QString &name);
    /// Names of what docker volume prune would remove, for the confirmation.
    Q_INVOKABLE QStringList prunableVolumes() const;
    /// The docker command that removes what prunableVolumes() lists, on this engine.
    Q_INVOKABLE QString volumePruneCommand() const;
    /// The space docker volume prune would free, as the Disk use page says it ("1.2GB"), or ""
    /// while a volume it would remove has not been measured yet.
    Q_INVOKABLE QString volumePruneFreed() const;
    Q_INVOKABLE void pruneVolumes();
    /// Whether a volume of that name is on the engine (as the volume list knows it).
    Q_INVOKABLE bool volumeExists(const QString &name) const;

    /// The volume to NAME-YYYYMMDD-HHMMSS.tar.gz (+ .sha256) in @p folder, as a job.
    Q_INVOKABLE void backupVolume(const QString &name, const QUrl &folder);
    /// One backup job for @p names into @p folder (a local path), with @p consistency applied
    /// once for all of them (not chosen: live); the job, listed on the Jobs page.
    /// @p when names the files (NAME-YYYYMMDD-HHMMSS.tar.gz); now when not given.
    Q_INVOKABLE Job *backupVolumes(const QStringList &names, const QString &folder,
        BackupForm::Consistency consistency, const QDateTime &when = {});
    /// The volumes and the files backupVolumes() writes them to.
    static QList<QPair<QString, QString>> backupTargets(
        const QStringList &names, const QString &folder, const QDateTime &when);
    /// The archive into @p volume (made when missing).
    /// @p allowDevices: the archive's device nodes are restored too (the user ticked it). The
    /// job, listed on the Jobs page. @p only: just these paths of the archive (all when empty).
    Q_INVOKABLE Job *restoreVolume(const QString &file, const QString &volume, RestoreForm::Mode mode,
        bool allowDevices = false, const QStringList &only = {});
    /// The running (or paused) containers that mount any of @p volumes, by name (for the forms).
    QStringList runningUsers(const QStringList &volumes) const;
    /// @p name, or with -2, -3 … after it: a name no volume has yet.
    QString freeVolumeName(const QString &name) const;
    /// The named volumes a container mounts.
    Q_INVOKABLE QStringList volumesOf(const QString &containerId) const;
    /// Where the last backup went (the home folder at first), as a local path.
    Q_INVOKABLE QString backupFolder() const;
    /// The volume name a backup file suggests: NAME-YYYYMMDD-HHMMSS.tar.gz → NAME.
    static QString volumeNameFor(const QString &file);
    /// The newest backup of @p volume in the backup folder, or "".
    Q_INVOKABLE QString latestBackupOf(const QString &volume) const;
    /// The manual commands a backup or restore equals, for learning (the tar method on the
    /// engine's host, and the helper-container method that works anywhere).
    /// @p when names the file (now when not given).
    Q_INVOKABLE QStringList manualBackupCommands(
        const QString &volume, const QString &folder, const QDateTime &when = {}) const;
    Q_INVOKABLE QStringList manualRestoreCommands(const QString &file, const QString &volume) const;

    /// Removes helpers a Berth that stopped mid-job left behind (on each connection).
    void removeLeftoverHelpers();
    /// What the actions share (for the forms of this feature).
    ActionContext *context() const { return m_context; }

private:
    ActionContext *m_context;
};
