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
        // Asked before it is shown: a cancel from the progress's watchers then finds it on its way.
        m_stopReply = ContainersApi(m_client).stop(m_containerId);
        connect(m_stopReply, &EngineReply::finished, this, [this, stopped = m_stopReply.data()] {
            stopped->deleteLater();
            if (!stopped->error().isError())
                m_stopped = true; // also when cancelled meanwhile: undo() starts it again
            if (isAbandoning())
                return;
            if (stopped->error().isError()) {
                abandon(stopped->error());
                return;
            }
            copy();
        });
        setProgress(0, -1, Tr::tr("Stopping %1").arg(m_manifest.containerName));
        return;
    }
    copy();
}

void MigrationExportJob::copy()
{
    if (isAbandoning())
        return;
    if (!backUpVolumes())
        commit(m_consistency == Consistency::Pause, {});
}

void MigrationExportJob::commit(bool pause, const std::function<void()> &released)
{
    if (isAbandoning()) {
        if (released)
            released();
        return;
    }
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_.-]"));
    CommitOptions options;
    options.repo = QStringLiteral("berth-migrate/")
        + m_manifest.containerName.toLower().replace(unsafe, QStringLiteral("-"));
    options.tag = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    options.pause = pause;
    options.comment = Tr::tr("Berth migration of %1").arg(m_manifest.containerName);
    EngineReply *reply = ContainersApi(m_client).commit(m_containerId, options);
    m_commitReply = reply;
    connect(reply, &EngineReply::finished, this,
        [this, reply, released, ref = options.repo + QLatin1Char(':') + options.tag] {
            reply->deleteLater();
            if (!reply->error().isError())
                m_committed = ref; // also when cancelled meanwhile: undo() removes it
            if (released)
                released(); // the volumes' users may go on once their volumes are read too
            if (isAbandoning())
                return;
            if (reply->error().isError()) {
                abandon(reply->error());
                return;
            }
            m_manifest.image = ref;
            save();
        });
    // Shown once asked for: a cancel from the progress's watchers finds the commit on its way.
    showProgress();
}

void MigrationExportJob::save()
{
    if (isAbandoning())
        return;
    const QString part = QStringLiteral("%1.part").arg(QLatin1String(BundleManifest::ImageFile));
    m_written << part;
    m_sink = new StreamSink(path(part), 0, this);
    connect(m_sink, &StreamSink::progress, this, [this](qint64 read) {
        m_savedBytes = read;
        showProgress();
    });
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
        m_imageDigest = digest;
        // The committed image was only the vehicle: it leaves the source engine again.
        EngineReply *removed = ImagesApi(m_client).remove(std::exchange(m_committed, QString()));
        connect(removed, &EngineReply::finished, this, [this, removed] {
            removed->deleteLater();
            m_imageSaved = true;
            maybeWriteManifest();
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

bool MigrationExportJob::backUpVolumes()
{
    // Each volume, and each folder of this machine it mounts when asked: one archive each.
    QList<QPair<QString, QString>> items;
    for (const BundleManifest::Volume &v : std::as_const(m_manifest.volumes))
        items.append({v.name, v.file});
    for (const BundleManifest::Bind &b : std::as_const(m_manifest.binds)) {
        if (!b.file.isEmpty())
            items.append({b.source, b.file});
    }
    if (items.isEmpty()) {
        m_volumesDone = true;
        return false;
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
    // The commit while the volumes' users are still: one moment for image and volumes, and the
    // engine's compression of the layer (one core on the containerd store) beside the volumes'.
    // The engine pauses the container for it where the backup did not (it was not running).
    m_backup->setWhileQuiesced([this](const std::function<void()> &done) {
        commit(m_consistency == Consistency::Pause && !m_backup->quiescedIds().contains(m_containerId), done);
    });
    connect(m_backup, &Job::progressChanged, this, &MigrationExportJob::showProgress);
    connect(m_backup, &Job::finished, this, [this] {
        if (isAbandoning())
            return;
        if (m_backup->state() != Job::Succeeded) {
            abandon(EngineError(
                m_backup->state() == Job::Cancelled ? EngineError::Cancelled : EngineError::Server,
                m_backup->errorString()));
            return;
        }
        m_volumesDone = true;
        showProgress();
        maybeWriteManifest();
    });
    m_backup->start();
    return true;
}

void MigrationExportJob::showProgress()
{
    const bool committing = m_commitReply && !m_commitReply->isFinished();
    const bool backingUp = m_backup && !m_backup->isFinished();
    const QString name = m_manifest.containerName;
    QString text;
    if (committing)
        text = backingUp ? Tr::tr("Committing %1 to an image and backing up the volumes").arg(name)
                         : Tr::tr("Committing %1 to an image").arg(name);
    else if (!m_imageSaved && m_sink)
        text = backingUp ? Tr::tr("Saving the image (docker save) and backing up the volumes")
                         : Tr::tr("Saving the image (docker save)");
    else if (backingUp)
        text = m_imageSaved ? Tr::tr("Backing up the volumes")
                            : m_backup->detail(); // pausing, before the commit
    setProgress(m_savedBytes + (m_backup ? m_backup->done() : 0), -1, text);
}

void MigrationExportJob::maybeWriteManifest()
{
    if (isAbandoning() || !m_imageSaved || !m_volumesDone)
        return;
    // The image first, then each archive in the manifest's order, as one after the other would.
    addFile(QLatin1String(BundleManifest::ImageFile), m_imageDigest);
    QStringList archives;
    for (const BundleManifest::Volume &v : std::as_const(m_manifest.volumes))
        archives << v.file;
    for (const BundleManifest::Bind &b : std::as_const(m_manifest.binds)) {
        if (!b.file.isEmpty())
            archives << b.file;
    }
    const auto files = m_backup ? m_backup->files() : QList<QPair<QString, QString>>();
    for (const QString &archive : std::as_const(archives)) {
        // The manifest has the checksums; a .sha256 beside each would be a file it does not list.
        QFile::remove(path(archive + QStringLiteral(".sha256")));
        for (const auto &[target, digest] : files) {
            if (target == path(archive))
                addFile(archive, digest.toLatin1());
        }
    }
    writeManifest();
}

void MigrationExportJob::writeManifest()
{
    finishWith([this] {
        if (isAbandoning()) // cancelled while the container started again: undo() removed the rest
            return;
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
    m_startReply = ContainersApi(m_client).start(m_containerId);
    connect(m_startReply, &EngineReply::finished, this, [started = m_startReply.data(), then] {
        started->deleteLater();
        then();
    });
}

void MigrationExportJob::undo(const EngineError &error)
{
    // Steps on their way first: the engine finishes a commit whose answer nobody waits for (its
    // image would stay), and a cancelled backup sets back the containers it paused.
    for (const QPointer<EngineReply> &reply : {m_stopReply, m_commitReply, m_startReply}) {
        if (reply && !reply->isFinished()) {
            connect(
                reply, &EngineReply::finished, this, [this, error] { undo(error); }, Qt::QueuedConnection);
            return;
        }
    }
    if (m_backup && !m_backup->isFinished()) {
        connect(
            m_backup, &Job::finished, this, [this, error] { undo(error); }, Qt::QueuedConnection);
        // Not from inside its own signals (a cancel may come from its progress).
        QMetaObject::invokeMethod(m_backup, &Job::cancel, Qt::QueuedConnection);
        return;
    }
    if (m_sink)
        m_sink->abort();
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
