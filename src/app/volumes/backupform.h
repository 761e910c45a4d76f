// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class ActionContext;
class Job;

/**
 * The backup dialog's backend, as RunForm is the run dialog's: the volumes, the folder and what
 * happens to the containers that use them, with the problems that keep the backup from starting
 * (updated when the containers change), the files it will write and the same by hand. The dialog
 * only shows it and calls start().
 */
class BackupForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList volumes READ volumes WRITE setVolumes NOTIFY changed)
    Q_PROPERTY(QString containerName MEMBER m_containerName NOTIFY changed)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY changed)
    Q_PROPERTY(Consistency consistency READ consistency WRITE setConsistency NOTIFY changed)
    Q_PROPERTY(QStringList running READ running NOTIFY changed)
    Q_PROPERTY(QStringList files READ files NOTIFY changed)
    Q_PROPERTY(QStringList manualCommands READ manualCommands NOTIFY changed)
    Q_PROPERTY(QString command READ command NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)

public:
    /// VolumeBackupJob::Consistency, and not chosen yet.
    enum Consistency { Unchosen = -1, Live = 0, Pause = 1, Stop = 2 };
    Q_ENUM(Consistency)

    explicit BackupForm(QObject *parent = nullptr);

    QStringList volumes() const { return m_volumes; }
    void setVolumes(const QStringList &volumes);
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    Consistency consistency() const { return m_consistency; }
    void setConsistency(Consistency consistency);
    /// The running (or paused) containers that use the volumes: the user says what happens to them.
    QStringList running() const;
    /// NAME-YYYYMMDD-HHMMSS.tar.gz for each volume, as they will be named (the time the dialog
    /// opened).
    QStringList files() const;
    /// The first volume's backup by hand (tar on the engine's machine, or a helper container).
    QStringList manualCommands() const;
    /// The docker command the backup equals, for all the volumes, with the files' real names:
    /// what start() runs and the history records.
    QString command() const;
    /// What keeps the backup from starting, in words; empty when it can.
    QStringList problems() const;
    bool valid() const { return problems().isEmpty(); }

    /// Fills the form for @p volumes (of @p container, when it is a container's): the last folder
    /// used, and nothing to choose when no container that uses them runs.
    Q_INVOKABLE void openFor(const QStringList &volumes, const QString &container = {});
    /// Starts the backup as a job (listed on the Jobs page), or nothing when problems() is not
    /// empty; the folder is remembered for next time.
    Q_INVOKABLE Job *start();

Q_SIGNALS:
    void changed();

private:
    ActionContext *context() const;

    QStringList m_volumes;
    QString m_containerName;
    QString m_folder;
    Consistency m_consistency = Unchosen;
    /// When the dialog opened: it names the files, in the command shown and in the backup.
    QDateTime m_when;
};
