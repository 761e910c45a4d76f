// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/migrationexportjob.h"

#include "archive/checksumfile.h"
#include "archive/sha256.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/engineinfo.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "jobs/streamsink.h"
#include "learn/dockercommands.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

constexpr QFileDevice::Permissions OwnerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MigrationExportJob)
};

QString manualCommands(const QString &container)
{
    return DockerCommands::text(
               {QStringLiteral("commit"), container, container + QStringLiteral("-migrated")})
        + QStringLiteral(" && ")
        + DockerCommands::text({QStringLiteral("save"), QStringLiteral("-o"), QStringLiteral("image.tar"),
            container + QStringLiteral("-migrated")})
        + QStringLiteral(" && sudo tar -czf volumes/NAME.tar.gz -C /var/lib/docker/volumes/NAME/_data .");
}

} // namespace

MigrationExportJob::MigrationExportJob(
    EngineClient *client, QString container, QString folder, Consistency consistency, QObject *parent)
    : Job(Tr::tr("Export %1 for migration").arg(container), manualCommands(container), parent)
    , m_client(client)
    , m_container(std::move(container))
    , m_folder(std::move(folder))
    , m_consistency(consistency)
{
}

MigrationExportJob::~MigrationExportJob() = default;

QString MigrationExportJob::path(const QString &relative) const
{
    return QDir(m_folder).filePath(relative);
}

void MigrationExportJob::start()
{
    setRunning();
    const QFileInfo folder(m_folder);
    if (folder.exists()
        && (!folder.isDir()
            || !QDir(m_folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))) {
        fail(EngineError(EngineError::InvalidArgument,
            Tr::tr(
                "%1 is not an empty folder. Choose a new folder for the bundle; Berth does not mix it with "
                "other files.")
                .arg(m_folder)));
        return;
    }
    m_madeFolder = !folder.exists();
    if (!QDir().mkpath(m_folder)) {
        fail(EngineError(EngineError::InvalidArgument, Tr::tr("Cannot make the folder %1.").arg(m_folder)));
        return;
    }
    // A bundle holds the container's environment and its volumes' data: for its owner only.
    QFile::setPermissions(m_folder, OwnerOnlyFolder);
    EngineReply *reply = ContainersApi(m_client).inspect(m_container);
    connect(reply, &EngineReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError())
            abandon(reply->error());
        else
            inspected(reply->json().object());
    });
}

void MigrationExportJob::inspected(const QJsonObject &inspect)
{
    if (isAbandoning())
        return;
    m_containerId = inspect.value(QLatin1String("Id")).toString();
    const EngineInfo &info = m_client->info();
    m_manifest = BundleManifest::describe(inspect);
    m_manifest.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (m_includeBinds) {
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
        for (int i = 0; i < m_manifest.binds.size(); ++i) {
            BundleManifest::Bind &b = m_manifest.binds[i];
            QString name = QFileInfo(b.source).fileName().replace(unsafe, QStringLiteral("_"));
            b.file = QStringLiteral("binds/%1-%2.tar.gz")
                         .arg(i + 1)
                         .arg(name.isEmpty() ? QStringLiteral("root") : name);
        }
    }
    m_manifest.source = QJsonObject {{QStringLiteral("name"), info.name},
        {QStringLiteral("version"), info.version}, {QStringLiteral("os"), info.os},
        {QStringLiteral("arch"), info.arch}, {QStringLiteral("endpoint"), info.endpointUrl}};
    const bool running
        = inspect.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool();
    if (m_consistency == Consistency::Stop && running) {
        setProgress(0, -1, Tr::tr("Stopping %1").arg(m_manifest.containerName));
        EngineReply *stopped = ContainersApi(m_client).stop(m_containerId);
        connect(stopped, &EngineReply::finished, this, [this, stopped] {
            stopped->deleteLater();
            if (stopped->error().isError()) {
                abandon(stopped->error());
                return;
            }
            m_stopped = true;
            commit();
        });
        return;
    }
    commit();
}

void MigrationExportJob::commit()
{
    if (isAbandoning())
        return;
    setProgress(0, -1, Tr::tr("Committing %1 to an image").arg(m_manifest.containerName));
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_.-]"));
    CommitOptions options;
    options.repo = QStringLiteral("berth-migrate/")
        + m_manifest.containerName.toLower().replace(unsafe, QStringLiteral("-"));
    options.tag = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    options.pause = m_consistency == Consistency::Pause;
    options.comment = Tr::tr("Berth migration of %1").arg(m_manifest.containerName);
    EngineReply *reply = ContainersApi(m_client).commit(m_containerId, options);
    connect(reply, &EngineReply::finished, this,
        [this, reply, ref = options.repo + QLatin1Char(':') + options.tag] {
            reply->deleteLater();
            if (reply->error().isError()) {
                abandon(reply->error());
                return;
            }
            m_committed = ref;
            m_manifest.image = ref;
            save();
        });
}

void MigrationExportJob::save()
{
    if (isAbandoning())
        return;
    const QString part = QStringLiteral("%1.part").arg(QLatin1String(BundleManifest::ImageFile));
    m_written << part;
    m_sink = new StreamSink(path(part), 0, this);
    connect(m_sink, &StreamSink::progress, this,
        [this](qint64 read) { setProgress(read, -1, Tr::tr("Saving the image (docker save)")); });
    connect(m_sink, &StreamSink::failed, this, &MigrationExportJob::abandon);
    connect(m_sink, &StreamSink::finished, this, [this, part](const QByteArray &digest, qint64) {
        if (isAbandoning())
            return;
        const QString final = QLatin1String(BundleManifest::ImageFile);
        if (!QFile::rename(path(part), path(final))) {
            abandon(EngineError(
                EngineError::InvalidArgument, Tr::tr("Cannot name %1 in %2.").arg(final, m_folder)));
            return;
        }
        m_written.replace(m_written.indexOf(part), final);
        addFile(final, digest);
        // The committed image was only the vehicle: it leaves the source engine again.
        EngineReply *removed = ImagesApi(m_client).remove(std::exchange(m_committed, QString()));
        connect(removed, &EngineReply::finished, this, [this, removed] {
            removed->deleteLater();
            backUpVolumes();
        });
    });
    m_sink->run([this] {
        EngineReply *reply = ImagesApi(m_client).save({m_committed});
        watch(reply);
        return reply;
    });
}

void MigrationExportJob::addFile(const QString &relative, const QByteArray &digest)
{
    m_manifest.files.append({relative, QFileInfo(path(relative)).size(), QString::fromLatin1(digest)});
}

void MigrationExportJob::backUpVolumes()
{
    if (isAbandoning())
        return;
    // Each volume, and each folder of this machine it mounts when asked: one archive each.
    QList<QPair<QString, QString>> items;
    for (const BundleManifest::Volume &v : std::as_const(m_manifest.volumes))
        items.append({v.name, v.file});
    for (const BundleManifest::Bind &b : std::as_const(m_manifest.binds)) {
        if (!b.file.isEmpty())
            items.append({b.source, b.file});
    }
    if (items.isEmpty()) {
        writeManifest();
        return;
    }
    for (auto &[source, file] : items) {
        QDir(m_folder).mkpath(QFileInfo(file).path());
        QFile::setPermissions(path(QFileInfo(file).path()), OwnerOnlyFolder);
        m_written << file << file + QStringLiteral(".sha256") << file + QStringLiteral(".part");
        file = path(file);
    }
    m_backup = new VolumeBackupJob(m_client, items, this);
    // Stopped already, or paused by the backup for all volumes at once.
    m_backup->setConsistency(m_stopped ? Consistency::Live : m_consistency);
    connect(m_backup, &Job::progressChanged, this,
        [this] { setProgress(m_backup->done(), -1, Tr::tr("Backing up the volumes")); });
    connect(m_backup, &Job::finished, this, [this] {
        if (isAbandoning())
            return;
        if (m_backup->state() != Job::Succeeded) {
            abandon(EngineError(
                m_backup->state() == Job::Cancelled ? EngineError::Cancelled : EngineError::Server,
                m_backup->errorString()));
            return;
        }
        QStringList archives;
        for (const BundleManifest::Volume &v : std::as_const(m_manifest.volumes))
            archives << v.file;
        for (const BundleManifest::Bind &b : std::as_const(m_manifest.binds)) {
            if (!b.file.isEmpty())
                archives << b.file;
        }
        for (const QString &archive : std::as_const(archives)) {
            // The manifest has the checksums; a .sha256 beside each would be a file it does not list.
            QFile::remove(path(archive + QStringLiteral(".sha256")));
            const auto files = m_backup->files();
            for (const auto &[target, digest] : files) {
                if (target == path(archive))
                    addFile(archive, digest.toLatin1());
            }
        }
        writeManifest();
    });
    m_backup->start();
}

void MigrationExportJob::writeManifest()
{
    finishWith([this] {
        // Last, and whole or not at all: a bundle without it is incomplete.
        const QByteArray json = m_manifest.toJson();
        QSaveFile file(path(QLatin1String(BundleManifest::FileName)));
        m_written << QLatin1String(BundleManifest::FileName)
                  << ChecksumFile::pathFor(QLatin1String(BundleManifest::FileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0 || !file.commit()) {
            abandon(EngineError(EngineError::InvalidArgument,
                Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())));
            return;
        }
        QFile::setPermissions(file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString error = ChecksumFile::write(file.fileName(), Sha256::hex(json));
        if (!error.isEmpty()) {
            abandon(EngineError(EngineError::InvalidArgument, error));
            return;
        }
        setProgress(done(), done(), Tr::tr("Exported %1 to %2").arg(m_manifest.containerName, m_folder));
        succeed();
    });
}

/// Starts the container again when this job stopped it; then @p then.
void MigrationExportJob::finishWith(const std::function<void()> &then)
{
    if (!std::exchange(m_stopped, false)) {
        then();
        return;
    }
    EngineReply *started = ContainersApi(m_client).start(m_containerId);
    connect(started, &EngineReply::finished, this, [started, then] {
        started->deleteLater();
        then();
    });
}

void MigrationExportJob::undo(const EngineError &error)
{
    if (m_sink)
        m_sink->abort();
    if (m_backup && !m_backup->isFinished())
        m_backup->cancel();
    for (const QString &relative : std::as_const(m_written))
        QFile::remove(path(relative));
    QDir(m_folder).rmdir(QStringLiteral("volumes"));
    QDir(m_folder).rmdir(QStringLiteral("binds"));
    if (m_madeFolder)
        QDir().rmdir(m_folder);
    auto end = [this, error] { finishWith([this, error] { fail(error); }); };
    if (m_committed.isEmpty()) {
        end();
        return;
    }
    EngineReply *removed = ImagesApi(m_client).remove(std::exchange(m_committed, QString()));
    connect(removed, &EngineReply::finished, this, [removed, end] {
        removed->deleteLater();
        end();
    });
}
