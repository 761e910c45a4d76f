// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"

#include <QDateTime>
#include <QPointer>

#include <QStringList>

#include <functional>

class EngineClient;
class StreamSink;

/**
 * A volume to NAME-YYYYMMDD-HHMMSS.tar.gz, as DESIGN.md's verified recipe does it: an empty
 * helper image (made once, labelled), a helper container that mounts the volume and is never
 * started, GET …/archive?path=/vol/. gzipped on a worker thread into FILE.part, synced, then
 * renamed, and FILE.sha256 beside it (sha256sum -c reads it). The layout is the manual method's
 * (tar -czf … -C _data .), so either restores the other's. The helper goes on success, failure
 * and cancel; the .part goes unless complete.
 */
class VolumeBackupJob : public Job
{
    Q_OBJECT
public:
    struct Item
    {
        QString volume;
        QString target;
        QString digest;
    };

    /// What to do with running containers that use the volume while it is read.
    enum class Consistency {
        Live, ///< read it as it is (a database writing meanwhile may give an inconsistent copy)
        Pause, ///< pause them, unpause afterwards
        Stop, ///< stop them, start them afterwards
    };
    Q_ENUM(Consistency)

    /// @p target is the file to write (refused if it exists).
    VolumeBackupJob(EngineClient *client, QString volume, QString target, QObject *parent = nullptr);
    /// Several volumes (a container's), each to its file, one after the other; the containers
    /// that use any of them are paused or stopped once for all of them.
    VolumeBackupJob(EngineClient *client, const QList<QPair<QString, QString>> &volumesAndTargets,
        QObject *parent = nullptr);
    ~VolumeBackupJob() override;

    /// NAME-YYYYMMDD-HHMMSS.tar.gz, in local time.
    static QString defaultFileName(
        const QString &volume, const QDateTime &when = QDateTime::currentDateTime());
    /// The docker command a backup of these volumes equals (what the history records for it).
    static QString commandOf(const QList<QPair<QString, QString>> &volumesAndTargets);

    /// Set before start(); Live by default.
    void setConsistency(Consistency consistency) { m_consistency = consistency; }
    /// A step of the caller's that needs the volumes' users held still too (the migration
    /// export's commit, so that image and volumes are of one moment): it starts once they are
    /// paused or stopped, beside the reading of the volumes, and they are set back only after it
    /// has called @c done, also when the volumes were read first or the job was cancelled. The
    /// step never starts when the job ends before that. Set before start().
    using HeldStep = std::function<void(const std::function<void()> &done)>;
    void setWhileQuiesced(HeldStep step) { m_whileQuiesced = std::move(step); }
    /// The containers paused or stopped for the backup (and set back afterwards).
    QStringList quiesced() const { return m_quiescedNames; }
    /// Their ids, while they are paused or stopped.
    QStringList quiescedIds() const { return m_quiescedIds; }
    /// With Live: the containers that were running while the volume was read.
    QStringList liveUsers() const { return m_liveUsers; }
    /// What the user should know about a backup that succeeded.
    QStringList warnings() const { return m_warnings; }

    /// Each volume's file and its sha256 (hex), once written.
    QList<QPair<QString, QString>> files() const
    {
        QList<QPair<QString, QString>> out;
        for (const Item &item : m_items)
            out.append({item.target, item.digest});
        return out;
    }

    QString target() const { return m_target; }
    QString digest() const { return m_digest; }
    qint64 archiveBytes() const { return m_archiveBytes; }

    void start() override;

protected:
    /// Removes the helper and the .part, sets back the containers, then fails with @p error.
    void undo(const EngineError &error) override;

private:
    /// Makes item @p index the current one (m_volume, m_target, m_part).
    void select(int index);
    void inspectFrom(int index);
    void quiesce(const std::function<void()> &then);
    /// The caller's held step (setWhileQuiesced), once the users are still.
    void startHeldStep();
    /// Unpauses or starts what quiesce() paused or stopped; runs @p then when all answered.
    void revive(const std::function<void()> &then);
    /// The revive() callers waiting, once no unpause or start is on its way.
    void revived();
    void createHelper();
    void streamArchive();
    void complete(const QByteArray &digest, qint64 size);
    /// Removes the helper and sets back the containers.
    void cleanUp(const std::function<void()> &then);

    EngineClient *m_client;
    QList<Item> m_items;
    int m_current = 0;
    QString m_volume;
    QString m_target;
    QString m_part;
    QString m_helperId;
    Consistency m_consistency = Consistency::Live;
    QStringList m_quiescedIds;
    QStringList m_quiescedNames;
    QStringList m_liveUsers;
    QStringList m_warnings;
    QString m_digest;
    qint64 m_archiveBytes = 0;
    qint64 m_read = 0;
    StreamSink *m_sink = nullptr; ///< the current volume's file
    int m_quiescing = 0; ///< pauses or stops asked for, not yet answered
    std::function<void()> m_afterQuiescing; ///< the clean-up, waiting for them
    HeldStep m_whileQuiesced;
    bool m_held = false; ///< the held step runs: revive() waits for it
    QList<std::function<void()>> m_afterHeld;
    int m_reviving = 0; ///< unpauses or starts asked for, not yet answered
    QList<std::function<void()>> m_afterReviving;
};
