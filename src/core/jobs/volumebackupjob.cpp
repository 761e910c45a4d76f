// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumebackupjob.h"

#include "checksumfile.h"
#include "containersapi.h"
#include "dockercommands.h"
#include "engineclient.h"
#include "enginereply.h"
#include "gzipsink.h"
#include "imagesapi.h"
#include "volumesapi.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VolumeBackupJob)
};

/// Compressed blocks waiting beyond this pause the engine's stream (it sends faster than gzip).
constexpr qint64 HighWater = 32 << 20;
constexpr qint64 LowWater = 8 << 20;

QString manualCommand(const QString &volume, const QString &target)
{
    const QFileInfo file(target);
    return DockerCommands::text({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-v"),
        volume + QStringLiteral(":/data:ro"), QStringLiteral("-v"),
        file.absolutePath() + QStringLiteral(":/backup"), QStringLiteral("busybox"), QStringLiteral("tar"),
        QStringLiteral("czf"), QStringLiteral("/backup/") + file.fileName(), QStringLiteral("-C"),
        QStringLiteral("/data"), QStringLiteral(".")});
}

} // namespace

VolumeBackupJob::VolumeBackupJob(EngineClient *client, QString volume, QString target, QObject *parent)
    : Job(Tr::tr("Back up volume %1").arg(volume), manualCommand(volume, target), parent)
    , m_client(client)
    , m_volume(std::move(volume))
    , m_target(std::move(target))
    , m_part(m_target + QStringLiteral(".part"))
{
}

VolumeBackupJob::~VolumeBackupJob()
{
    m_thread.quit();
    m_thread.wait();
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
    if (m_volume.isEmpty()) {
        fail(EngineError(EngineError::InvalidArgument, Tr::tr("Choose the volume to back up.")));
        return;
    }
    if (QFileInfo::exists(m_target)) {
        fail(EngineError(EngineError::InvalidArgument,
            Tr::tr("%1 exists already; Berth does not write over it. Choose another name.").arg(m_target)));
        return;
    }
    if (QFileInfo::exists(m_part)) {
        fail(EngineError(EngineError::InvalidArgument,
            Tr::tr("%1 exists (an unfinished backup?). Remove it or choose another name.").arg(m_part)));
        return;
    }
    // A bind of a name the engine does not know would make an empty volume: ask first.
    EngineReply *inspected = VolumesApi(m_client).inspect(m_volume);
    connect(inspected, &EngineReply::finished, this, [this, inspected] {
        inspected->deleteLater();
        if (inspected->error().isError()) {
            abandon(inspected->error());
            return;
        }
        ensureHelperImage([this] { createHelper(); });
    });
}

void VolumeBackupJob::ensureHelperImage(const std::function<void()> &then)
{
    EngineReply *inspected = ImagesApi(m_client).inspect(QString::fromLatin1(HelperImage));
    connect(inspected, &EngineReply::finished, this, [this, inspected, then] {
        inspected->deleteLater();
        if (!inspected->error().isError()) {
            then();
            return;
        }
        if (inspected->error().kind() != EngineError::NotFound) {
            abandon(inspected->error());
            return;
        }
        // An image with no files at all, from an empty tar: nothing to pull, nothing to run.
        ImageImportOptions options;
        options.repo = QString::fromLatin1(HelperImage).section(QLatin1Char(':'), 0, 0);
        options.tag = QString::fromLatin1(HelperImage).section(QLatin1Char(':'), 1);
        options.changes << QStringLiteral("LABEL %1=image").arg(QString::fromLatin1(HelperLabel));
        EngineReply *imported = ImagesApi(m_client).importTar(QByteArray(1024, '\0'), options);
        connect(imported, &EngineReply::finished, this, [this, imported, then] {
            imported->deleteLater();
            if (imported->error().isError())
                abandon(imported->error());
            else
                then();
        });
    });
}

void VolumeBackupJob::createHelper()
{
    if (m_abandoning)
        return;
    const QJsonObject config {{QStringLiteral("Image"), QString::fromLatin1(HelperImage)},
        {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("none")}},
        {QStringLiteral("Labels"),
            QJsonObject {{QString::fromLatin1(HelperLabel), QStringLiteral("backup")}}},
        {QStringLiteral("HostConfig"),
            QJsonObject {{QStringLiteral("Binds"), QJsonArray {m_volume + QStringLiteral(":/vol:ro")}},
                {QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
    const QString name
        = QStringLiteral("berth-backup-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    EngineReply *created = ContainersApi(m_client).create(config, name);
    connect(created, &EngineReply::finished, this, [this, created] {
        created->deleteLater();
        if (created->error().isError()) {
            abandon(created->error());
            return;
        }
        m_helperId = created->json().object().value(QLatin1String("Id")).toString();
        streamArchive();
    });
}

void VolumeBackupJob::streamArchive()
{
    if (m_abandoning)
        return;
    m_sink = new GzipSink(m_part);
    m_sink->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_sink, &QObject::deleteLater);
    m_thread.start();

    connect(m_sink, &GzipSink::opened, this, [this](const QString &error) {
        if (!error.isEmpty()) {
            abandon(EngineError(EngineError::InvalidArgument, error));
            return;
        }
        // /vol/. : entries ./, ./file …, the layout of tar -czf … -C _data .
        m_archive = ContainersApi(m_client).archiveGet(m_helperId, QStringLiteral("/vol/."));
        watch(m_archive);
        connect(m_archive, &EngineReply::dataReceived, this, [this](const QByteArray &block) {
            m_read += block.size();
            m_queued += block.size();
            QMetaObject::invokeMethod(m_sink, [sink = m_sink, block] { sink->write(block); });
            if (m_queued > HighWater && m_archive)
                m_archive->setReadPaused(true);
            setProgress(m_read, -1, Tr::tr("Reading the volume and compressing it"));
        });
        connect(m_archive, &EngineReply::finished, this, [this, reply = m_archive.data()] {
            reply->deleteLater();
            if (reply->error().isError()) {
                abandon(reply->error());
                return;
            }
            m_streamEnded = true;
            QMetaObject::invokeMethod(m_sink, &GzipSink::finish);
        });
    });
    connect(m_sink, &GzipSink::written, this, [this](qint64 in) {
        m_queued -= in;
        if (m_archive && m_archive->isReadPaused() && m_queued < LowWater)
            m_archive->setReadPaused(false);
    });
    connect(m_sink, &GzipSink::failed, this,
        [this](const QString &error) { abandon(EngineError(EngineError::InvalidArgument, error)); });
    connect(m_sink, &GzipSink::finished, this, &VolumeBackupJob::complete);
    QMetaObject::invokeMethod(m_sink, &GzipSink::open);
}

void VolumeBackupJob::complete(const QByteArray &digest, qint64 size)
{
    if (m_abandoning)
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
    m_archiveBytes = size;
    removeHelper([this, error] {
        if (!error.isEmpty()) {
            fail(EngineError(EngineError::InvalidArgument,
                Tr::tr("The backup %1 is complete, but its checksum could not be written: %2")
                    .arg(m_target, error)));
            return;
        }
        setProgress(m_read, m_read, Tr::tr("Backed up to %1").arg(m_target));
        succeed();
    });
}

void VolumeBackupJob::cancel()
{
    if (isFinished() || m_abandoning)
        return;
    abandon(EngineError(EngineError::Cancelled, QCoreApplication::translate("Job", "Cancelled.")));
}

void VolumeBackupJob::abandon(const EngineError &error)
{
    if (isFinished() || m_abandoning)
        return;
    m_abandoning = true;
    if (m_archive) {
        m_archive->disconnect(this);
        m_archive->abort();
        m_archive->deleteLater();
    }
    if (m_sink)
        QMetaObject::invokeMethod(m_sink, &GzipSink::discard, Qt::BlockingQueuedConnection);
    removeHelper([this, error] { fail(error); });
}

void VolumeBackupJob::removeHelper(const std::function<void()> &then)
{
    if (m_helperId.isEmpty()) {
        then();
        return;
    }
    ContainerRemoveOptions options;
    options.force = true;
    EngineReply *removed = ContainersApi(m_client).remove(std::exchange(m_helperId, QString()), options);
    connect(removed, &EngineReply::finished, this, [removed, then] {
        removed->deleteLater();
        then();
    });
}
