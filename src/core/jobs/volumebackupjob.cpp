// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/volumebackupjob.h"

#include "archive/checksumfile.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/engineinfo.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/volumesapi.h"
#include "jobs/streamsink.h"
#include "jobs/volumehelper.h"
#include "learn/dockercommands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <numeric>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VolumeBackupJob)
};

QString manualCommand(const QString &volume, const QString &target)
{
    return DockerCommands::text(DockerCommands::volumeBackupByHelper(volume, target));
}

} // namespace

VolumeBackupJob::VolumeBackupJob(EngineClient *client, QString volume, QString target, QObject *parent)
    : VolumeBackupJob(client, {{std::move(volume), std::move(target)}}, parent)
{
}

VolumeBackupJob::VolumeBackupJob(
    EngineClient *client, const QList<QPair<QString, QString>> &volumesAndTargets, QObject *parent)
    : Job(volumesAndTargets.size() == 1
            ? Tr::tr("Back up volume %1").arg(volumesAndTargets.value(0).first)
            : Tr::tr("Back up volumes %1")
                  .arg(std::accumulate(volumesAndTargets.begin(), volumesAndTargets.end(), QStringList(),
                      [](QStringList names, const auto &v) {
                          return names << v.first;
                      }).join(QStringLiteral(", "))),
        commandOf(volumesAndTargets), parent)
    , m_client(client)
{
    for (const auto &[volume, target] : volumesAndTargets)
        m_items.append({volume, target, {}});
    select(0);
}

void VolumeBackupJob::select(int index)
{
    m_current = index;
    m_volume = m_items.value(index).volume;
    m_target = m_items.value(index).target;
    m_part = m_target + QStringLiteral(".part");
}

VolumeBackupJob::~VolumeBackupJob() = default;

QString VolumeBackupJob::commandOf(const QList<QPair<QString, QString>> &volumesAndTargets)
{
    return std::accumulate(volumesAndTargets.begin(), volumesAndTargets.end(), QStringList(),
        [](QStringList commands, const auto &v) { return commands << manualCommand(v.first, v.second); })
        .join(QStringLiteral(" && "));
}

QString VolumeBackupJob::defaultFileName(const QString &volume, const QDateTime &when)
{
    return volume + QLatin1Char('-') + when.toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral(".tar.gz");
}

void VolumeBackupJob::start()
{
    setRunning();
    // Nothing is changed before the inputs are known to be good.
    if (m_items.isEmpty()) {
        fail(EngineError(EngineError::InvalidArgument, Tr::tr("Choose the volume to back up.")));
        return;
    }
    for (const Item &item : std::as_const(m_items)) {
        if (item.volume.isEmpty()) {
            fail(EngineError(EngineError::InvalidArgument, Tr::tr("Choose the volume to back up.")));
            return;
        }
        if (QFileInfo::exists(item.target)) {
            fail(EngineError(EngineError::InvalidArgument,
                Tr::tr("%1 exists already; Berth does not write over it. Choose another name.")
                    .arg(item.target)));
            return;
        }
        if (QFileInfo::exists(item.target + QStringLiteral(".part"))) {
            fail(EngineError(EngineError::InvalidArgument,
                Tr::tr("%1 exists (an unfinished backup?). Remove it or choose another name.")
                    .arg(item.target + QStringLiteral(".part"))));
            return;
        }
    }
    inspectFrom(0);
}

void VolumeBackupJob::inspectFrom(int index)
{
    if (index == m_items.size()) {
        VolumeHelper::ensureImage(m_client, this, [this](const EngineError &error) {
            if (isAbandoning()) // cancelled meanwhile: nothing is paused yet, and nothing will be
                return;
            if (error.isError())
                abandon(error);
            else
                quiesce([this] {
                    startHeldStep();
                    createHelper();
                });
        });
        return;
    }
    // A folder of the engine's machine (a container's bind mount): the helper's mount fails
    // by itself when it is missing.
    if (m_items[index].volume.startsWith(QLatin1Char('/'))) {
        inspectFrom(index + 1);
        return;
    }
    // A bind of a name the engine does not know would make an empty volume: ask first.
    EngineReply *inspected = VolumesApi(m_client).inspect(m_items[index].volume);
    connect(inspected, &EngineReply::finished, this, [this, inspected, index] {
        inspected->deleteLater();
        if (isAbandoning())
            return;
        if (inspected->error().isError())
            abandon(inspected->error());
        else
            inspectFrom(index + 1);
    });
}

void VolumeBackupJob::quiesce(const std::function<void()> &then)
{
    QStringList volumes;
    for (const Item &item : std::as_const(m_items))
        volumes << item.volume;
    VolumeHelper::users(m_client, this, volumes,
        [this, then](const EngineError &error, const QList<VolumeHelper::User> &users) {
            if (isAbandoning())
                return;
            if (error.isError()) {
                abandon(error);
                return;
            }
            QList<VolumeHelper::User> running;
            for (const VolumeHelper::User &u : users) {
                if (u.running())
                    running.append(u);
            }
            if (m_consistency == Consistency::Live) {
                for (const VolumeHelper::User &u : running)
                    m_liveUsers.append(u.name);
            }
            if (running.isEmpty() || m_consistency == Consistency::Live) {
                then();
                return;
            }
            auto left = std::make_shared<int>(int(running.size()));
            auto firstError = std::make_shared<EngineError>();
            // All asked for before anything is shown: a cancel from the progress's watchers finds
            // each on its way, and the clean-up waits for their answers.
            for (const VolumeHelper::User &u : running) {
                ContainersApi api(m_client);
                EngineReply *reply = m_consistency == Consistency::Pause ? api.pause(u.id) : api.stop(u.id);
                ++m_quiescing;
                connect(reply, &EngineReply::finished, this, [this, reply, u, left, firstError, then] {
                    reply->deleteLater();
                    --m_quiescing;
                    if (reply->error().isError()) {
                        if (!firstError->isError())
                            *firstError = reply->error();
                    } else {
                        m_quiescedIds.append(u.id);
                        m_quiescedNames.append(u.name);
                    }
                    // Cancelled while they paused: the clean-up waited for the last answer.
                    if (m_quiescing == 0 && m_afterQuiescing) {
                        std::exchange(m_afterQuiescing, {})();
                        return;
                    }
                    if (--*left > 0)
                        return;
                    if (firstError->isError())
                        abandon(*firstError);
                    else if (!isAbandoning())
                        then();
                });
            }
            const QString first = running.first().name;
            setProgress(0, -1,
                m_consistency == Consistency::Pause ? Tr::tr("Pausing %1").arg(first)
                                                    : Tr::tr("Stopping %1").arg(first));
        });
}

void VolumeBackupJob::startHeldStep()
{
    if (!m_whileQuiesced)
        return;
    m_held = true;
    m_whileQuiesced([this, alive = QPointer<VolumeBackupJob>(this)] {
        if (!alive || !std::exchange(m_held, false))
            return;
        for (const auto &next : std::exchange(m_afterHeld, {}))
            next();
    });
}

void VolumeBackupJob::revive(const std::function<void()> &then)
{
    if (m_held) { // after the caller's step: the users stay still for it
        m_afterHeld.append([this, then] { revive(then); });
        return;
    }
    // Each @p then once every unpause or start asked for so far is answered (a clean-up after a
    // cancel may come while the success's are on their way).
    m_afterReviving.append(then);
    const QStringList ids = std::exchange(m_quiescedIds, {});
    m_reviving += int(ids.size());
    for (const QString &id : ids) {
        ContainersApi api(m_client);
        EngineReply *reply = m_consistency == Consistency::Pause ? api.unpause(id) : api.start(id);
        connect(reply, &EngineReply::finished, this, [this, reply] {
            reply->deleteLater();
            --m_reviving;
            revived();
        });
    }
    revived();
}

void VolumeBackupJob::revived()
{
    if (m_reviving > 0)
        return;
    for (const auto &then : std::exchange(m_afterReviving, {}))
        then();
}

void VolumeBackupJob::createHelper()
{
    if (isAbandoning())
        return;
    VolumeHelper::create(m_client, this, m_volume, true, QStringLiteral("backup"), {},
        [this](const EngineError &error, const QString &id) {
            if (isAbandoning()) { // cancelled meanwhile: this helper must go too
                VolumeHelper::remove(m_client, this, id, [] {});
                return;
            }
            if (error.isError()) {
                abandon(error);
                return;
            }
            m_helperId = id;
            streamArchive();
        });
}

void VolumeBackupJob::streamArchive()
{
    if (isAbandoning())
        return;
    const qint64 before = m_read;
    m_sink = new StreamSink(m_part, 6, this);
    connect(m_sink, &StreamSink::progress, this, [this, before](qint64 read) {
        m_read = before + read;
        setProgress(m_read, -1, Tr::tr("Reading the volume and compressing it"));
    });
    connect(m_sink, &StreamSink::failed, this, &VolumeBackupJob::abandon);
    connect(m_sink, &StreamSink::finished, this, &VolumeBackupJob::complete);
    // /vol/. : entries ./, ./file …, the layout of tar -czf … -C _data .
    m_sink->run([this] {
        EngineReply *reply = ContainersApi(m_client).archiveGet(m_helperId, QStringLiteral("/vol/."));
        watch(reply);
        return reply;
    });
}

void VolumeBackupJob::complete(const QByteArray &digest, qint64 size)
{
    if (isAbandoning())
        return;
    // The final name only for a complete file, and never over one that appeared meanwhile.
    if (QFileInfo::exists(m_target) || !QFile::rename(m_part, m_target)) {
        abandon(EngineError(EngineError::InvalidArgument,
            Tr::tr("Cannot name the backup %1 (does it exist now?). It was not kept.").arg(m_target)));
        return;
    }
    const QString error = ChecksumFile::write(m_target, digest);
    if (!error.isEmpty()) {
        // The archive is whole; only its checksum is missing: keep it, and say so.
        QFile::remove(ChecksumFile::pathFor(m_target));
    }
    m_digest = QString::fromLatin1(digest);
    m_items[m_current].digest = m_digest;
    m_archiveBytes += size;
    if (error.isEmpty() && m_current + 1 < m_items.size()) {
        // The next volume, with the containers still paused or stopped.
        VolumeHelper::remove(m_client, this, std::exchange(m_helperId, QString()), [this] {
            if (isAbandoning())
                return;
            delete std::exchange(m_sink, nullptr);
            select(m_current + 1);
            createHelper();
        });
        return;
    }
    cleanUp([this, error] {
        if (!error.isEmpty()) {
            fail(EngineError(EngineError::InvalidArgument,
                Tr::tr("The backup %1 is complete, but its checksum could not be written: %2")
                    .arg(m_target, error)));
            return;
        }
        QStringList targets;
        for (const Item &item : std::as_const(m_items))
            targets << item.target;
        QString detail = Tr::tr("Backed up to %1").arg(targets.join(QStringLiteral(", ")));
        if (m_client->info().podman) {
            // Found on Podman 4.3: its archive endpoint answers every file as root's.
            m_warnings.append(Tr::tr("Podman's archive API does not report file owners: every file in this "
                                     "backup belongs to root. Modes, links and contents are kept."));
        }
        for (const QString &w : std::as_const(m_warnings))
            detail += QLatin1Char('\n') + w;
        setProgress(m_read, m_read, detail);
        succeed();
    });
}

void VolumeBackupJob::undo(const EngineError &error)
{
    if (m_sink)
        m_sink->abort();
    cleanUp([this, error] { fail(error); });
}

void VolumeBackupJob::cleanUp(const std::function<void()> &then)
{
    if (m_quiescing > 0) { // a container pausing or stopping now is set back too, before the end
        m_afterQuiescing = [this, then] { cleanUp(then); };
        return;
    }
    VolumeHelper::remove(
        m_client, this, std::exchange(m_helperId, QString()), [this, then] { revive(then); });
}
