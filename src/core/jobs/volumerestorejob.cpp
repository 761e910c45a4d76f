// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/volumerestorejob.h"

#include "archive/backuplisting.h"
#include "archive/checksumfile.h"
#include "archive/gunzipdevice.h"
#include "archive/tarfilterdevice.h"
#include "archive/zstddevice.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginelogging.h"
#include "engine/enginereply.h"
#include "engine/volumesapi.h"
#include "jobs/volumebackupjob.h"
#include "jobs/volumehelper.h"
#include "jobs/volumetool.h"
#include "learn/dockercommands.h"
#include "model/displayformat.h"
#include "util/jsonnumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThreadPool>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VolumeRestoreJob)
};

QString manualCommand(const QString &archive, const QString &volume)
{
    return DockerCommands::text(DockerCommands::volumeRestoreByHelper(archive, volume));
}

bool isZstd(const QString &path)
{
    return path.endsWith(QLatin1String(".zst"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".tzst"), Qt::CaseInsensitive);
}

EngineError refusal(const QString &message)
{
    return EngineError(EngineError::InvalidArgument, message);
}

} // namespace

VolumeRestoreJob::VolumeRestoreJob(
    EngineClient *client, QString archive, QString volume, Mode mode, QObject *parent)
    : Job(Tr::tr("Restore %1 into volume %2").arg(QFileInfo(archive).fileName(), volume),
        manualCommand(archive, volume), parent)
    , m_client(client)
    , m_archive(std::move(archive))
    , m_volume(std::move(volume))
    , m_mode(mode)
    , m_safetyFolder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
          + QStringLiteral("/safety-backups"))
{
}

bool VolumeRestoreJob::isValidVolumeName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    return rule.match(name).hasMatch();
}

void VolumeRestoreJob::start()
{
    setRunning();
    // Nothing is changed before the inputs are known to be good.
    const QFileInfo file(m_archive);
    if (!file.isFile()) {
        fail(refusal(Tr::tr("%1 is not there. Choose the backup file to restore.").arg(m_archive)));
        return;
    }
    if (!isValidVolumeName(m_volume)) {
        fail(refusal(Tr::tr("\"%1\" cannot be a volume's name: use letters, digits, '_', '.' and '-', "
                            "starting with a letter or digit.")
                         .arg(m_volume)));
        return;
    }
    // Read to its end by the caller a moment ago (a migration import): not read a second time.
    const bool preChecked = m_preChecked;
    if (preChecked && m_only.isEmpty()) {
        checked(m_contents, TarSelection());
        return;
    }
    setProgress(0, file.size(), Tr::tr("Reading the whole archive and checking it"));
    // Read to the end off the GUI thread; the answer comes back only if the job is still there.
    // A partial restore then reads the headers again, for the chosen paths and their hard links.
    QPointer<VolumeRestoreJob> self(this);
    QThreadPool::globalInstance()->start(
        [self, path = m_archive, stop = stopFlag(), only = m_only, preChecked, contents = m_contents] {
            const ArchiveCheck::Result result = preChecked ? contents : ArchiveCheck::check(path, stop.get());
            TarSelection selection(only);
            if (result.ok() && !only.isEmpty())
                selection.resolve(path, stop.get());
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, result, selection] {
                if (self)
                    self->checked(result, selection);
            });
        });
}

void VolumeRestoreJob::checked(const ArchiveCheck::Result &result, const TarSelection &selection)
{
    if (isFinished())
        return;
    m_contents = result;
    m_selection = selection;
    if (!result.ok()) {
        fail(refusal(Tr::tr("%1 cannot be restored: %2").arg(m_archive, result.error)));
        return;
    }
    if (!selection.error().isEmpty()) {
        fail(refusal(Tr::tr("Nothing was changed: %1").arg(selection.error())));
        return;
    }
    // Only the device nodes that are written need the user's word.
    const qint64 devices = selection.isEmpty() ? result.deviceNodeCount : selection.deviceNodeCount();
    const QStringList deviceNames = selection.isEmpty() ? result.deviceNodes : selection.deviceNodes();
    if (devices > 0 && !m_allowDeviceNodes) {
        fail(refusal(
            Tr::tr("%1 holds %n device node(s) (%2): a container allowed to use devices would reach "
                   "this machine's hardware through them. Nothing was changed; restore them only if you "
                   "trust where the archive comes from (berthctl: --allow-devices; in the window, tick "
                   "the box).",
                nullptr, int(qMin<qint64>(devices, INT_MAX)))
                .arg(QFileInfo(m_archive).fileName(), deviceNames.join(QStringLiteral(", ")))));
        return;
    }
    inspectVolume();
}

void VolumeRestoreJob::inspectVolume()
{
    EngineReply *inspected = VolumesApi(m_client).inspect(m_volume);
    connect(inspected, &EngineReply::finished, this, [this, inspected] {
        inspected->deleteLater();
        if (isAbandoning())
            return;
        if (inspected->error().kind() == EngineError::NotFound) {
            m_exists = false;
        } else if (inspected->error().isError()) {
            fail(inspected->error());
            return;
        } else {
            m_exists = true;
            m_existing = VolumeInfo::fromJson(inspected->json().object());
        }
        checkUsers();
    });
}

void VolumeRestoreJob::checkUsers()
{
    if (!m_exists) {
        createVolume([this] { createHelper([this] { upload(m_archive, [this] { checkModes(); }); }); });
        return;
    }
    VolumeHelper::users(
        m_client, this, {m_volume}, [this](const EngineError &error, const QList<VolumeHelper::User> &users) {
            if (isAbandoning())
                return;
            if (error.isError()) {
                fail(error);
                return;
            }
            QStringList running;
            QStringList all;
            for (const VolumeHelper::User &u : users) {
                all.append(u.name);
                if (u.state == QLatin1String("running") || u.state == QLatin1String("paused")
                    || u.state == QLatin1String("restarting"))
                    running.append(u.name);
            }
            if (!running.isEmpty()) {
                fail(refusal(Tr::tr("Volume %1 is in use by %2, which is running. Writing under a running "
                                    "program can break its files: stop it first, then restore.")
                                 .arg(m_volume, running.join(QStringLiteral(", ")))));
                return;
            }
            if (m_mode == Mode::Replace && !all.isEmpty()) {
                fail(refusal(Tr::tr("Volume %1 is used by %2. Replacing its contents means making the volume "
                                    "again, which the engine refuses while a container refers to it. Remove "
                                    "that container first, or restore into a new volume.")
                                 .arg(m_volume, all.join(QStringLiteral(", ")))));
                return;
            }
            createHelper([this] { checkContents(); });
        });
}

void VolumeRestoreJob::createVolume(const std::function<void()> &then)
{
    VolumeCreateOptions options;
    options.name = m_volume;
    if (m_exists) { // made again with its settings (Replace)
        options.driver = m_existing.driver;
        options.labels = m_existing.labels;
        options.driverOptions = m_existing.options;
    }
    EngineReply *created = VolumesApi(m_client).create(options);
    connect(created, &EngineReply::finished, this, [this, created, then] {
        created->deleteLater();
        if (isAbandoning())
            return;
        if (created->error().isError()) {
            abandon(created->error());
            return;
        }
        m_createdVolume = !m_exists;
        then();
    });
}

void VolumeRestoreJob::createHelper(const std::function<void()> &then)
{
    VolumeHelper::ensureImage(m_client, this, [this, then](const EngineError &error) {
        if (isAbandoning())
            return;
        if (error.isError()) {
            abandon(error);
            return;
        }
        QJsonObject labels;
        if (m_createdVolume)
            labels.insert(QString::fromLatin1(VolumeHelper::CreatedVolumeLabel), m_volume);
        VolumeHelper::create(m_client, this, m_volume, false, QStringLiteral("restore"), labels,
            [this, then](const EngineError &error, const QString &id) {
                if (isAbandoning()) {
                    VolumeHelper::remove(m_client, this, id, [] {});
                    return;
                }
                if (error.isError()) {
                    abandon(error);
                    return;
                }
                m_helperId = id;
                then();
            });
    });
}

void VolumeRestoreJob::checkContents()
{
    setProgress(0, -1, Tr::tr("Looking whether volume %1 holds anything").arg(m_volume));
    VolumeHelper::isEmpty(m_client, this, m_helperId, [this](const EngineError &error, bool empty) {
        if (isAbandoning())
            return;
        if (error.isError()) {
            abandon(error);
            return;
        }
        if (empty) {
            upload(m_archive, [this] { checkModes(); });
            return;
        }
        if (m_mode == Mode::IfEmpty) {
            abandon(refusal(Tr::tr(
                "Volume %1 holds data, and Berth does not write over it unasked. Choose to replace its "
                "contents (they are backed up first; berthctl: --replace) or to merge them (--merge), "
                "or restore into a new volume.")
                                .arg(m_volume)));
            return;
        }
        backUpFirst();
    });
}

void VolumeRestoreJob::backUpFirst()
{
    if (!QDir().mkpath(m_safetyFolder)) {
        abandon(
            refusal(Tr::tr("Cannot make %1 for the backup of the current contents.").arg(m_safetyFolder)));
        return;
    }
    // The safety copies are whole volumes: for this user only.
    QFile::setPermissions(
        m_safetyFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_safety = QDir(m_safetyFolder)
                   .filePath(m_volume + QStringLiteral("-before-restore-")
                       + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
                       + QStringLiteral(".tar.gz"));
    setProgress(0, -1, Tr::tr("Backing up the current contents of %1 first").arg(m_volume));
    m_safetyJob = new VolumeBackupJob(m_client, m_volume, m_safety, this);
    connect(m_safetyJob, &Job::finished, this, [this, job = m_safetyJob.data()] {
        job->deleteLater();
        if (isAbandoning())
            return;
        if (job->state() == Job::Cancelled) {
            m_safety.clear();
            abandon(cancelledError());
            return;
        }
        if (job->state() != Job::Succeeded) {
            m_safety.clear();
            abandon(refusal(Tr::tr("The current contents could not be backed up, so nothing was changed: %1")
                                .arg(job->errorString())));
            return;
        }
        if (m_mode == Mode::Merge)
            upload(m_archive, [this] { checkModes(); });
        else
            recreateVolume([this] { upload(m_archive, [this] { checkModes(); }); });
    });
    m_safetyJob->start();
}

void VolumeRestoreJob::recreateVolume(const std::function<void()> &then)
{
    setProgress(0, -1, Tr::tr("Emptying volume %1").arg(m_volume));
    VolumeHelper::remove(m_client, this, std::exchange(m_helperId, QString()), [this, then] {
        if (isAbandoning() && !m_touched)
            return;
        m_touched = true;
        EngineReply *removed = VolumesApi(m_client).remove(m_volume);
        connect(removed, &EngineReply::finished, this, [this, removed, then] {
            removed->deleteLater();
            if (removed->error().isError()) {
                abandon(removed->error());
                return;
            }
            createVolume([this, then] { createHelper(then); });
        });
    });
}

void VolumeRestoreJob::upload(const QString &path, const std::function<void()> &then)
{
    const qint64 size = QFileInfo(path).size();
    // A partial restore sends the chosen entries only, read and written again here.
    const bool partial = path == m_archive && !m_selection.isEmpty();
    // gzip and zstd are decompressed here (gzip on a thread of its own, while the engine writes
    // the files); bzip2 and xz go as they are, the engine reads them.
    if (partial)
        m_device = new TarFilterDevice(path, m_selection, this);
    else if (isZstd(path))
        m_device = new ZstdDevice(path, this);
    else if (GunzipDevice::isGzip(path))
        m_device = new GunzipDevice(path, this);
    else
        m_device = new QFile(path, this);
    if (!m_device->open(QIODevice::ReadOnly)) {
        const QString error = m_device->errorString();
        delete std::exchange(m_device, nullptr);
        abandon(refusal(Tr::tr("Cannot read %1: %2").arg(path, error)));
        return;
    }
    m_touched = true;
    const QString detail
        = Tr::tr("Writing %1 files (%2) into %3")
              .arg(partial ? m_selection.files() : m_contents.files)
              .arg(DisplayFormat::humanSize(partial ? m_selection.bytes() : m_contents.bytes), m_volume);
    setProgress(0, size, detail);
    m_upload = ContainersApi(m_client).archivePut(m_helperId, QStringLiteral("/vol"), m_device);
    connect(m_upload, &EngineReply::uploadProgress, this, [this, size](qint64 sent) {
        qint64 done = sent;
        if (auto *z = qobject_cast<ZstdDevice *>(m_device))
            done = z->compressedRead();
        else if (auto *g = qobject_cast<GunzipDevice *>(m_device))
            done = g->compressedRead();
        else if (auto *f = qobject_cast<TarFilterDevice *>(m_device))
            done = f->compressedRead();
        setProgress(qMin(done, size), size);
    });
    connect(m_upload, &EngineReply::finished, this, [this, reply = m_upload.data(), then] {
        reply->deleteLater();
        auto *zstdDevice = qobject_cast<ZstdDevice *>(m_device);
        auto *gzipDevice = qobject_cast<GunzipDevice *>(m_device);
        auto *filterDevice = qobject_cast<TarFilterDevice *>(m_device);
        const bool broken = (zstdDevice && zstdDevice->hasError()) || (gzipDevice && gzipDevice->hasError())
            || (filterDevice && filterDevice->hasError());
        const QString deviceError = filterDevice && filterDevice->hasError() ? filterDevice->failure()
            : broken                                                         ? m_device->errorString()
                                                                             : QString();
        m_device->deleteLater();
        m_device = nullptr;
        if (isAbandoning())
            return;
        if (reply->error().isError()) {
            abandon(reply->error());
            return;
        }
        if (!deviceError.isEmpty()) {
            abandon(refusal(deviceError));
            return;
        }
        then();
    });
}

void VolumeRestoreJob::checkModes()
{
    // Docker 20.10 chowns a hard link after setting its mode, which clears setuid/setgid on the
    // file: ask the engine for the modes it ended with, and say which were lost.
    QStringList paths;
    for (const QString &path : std::as_const(m_contents.hardLinkedSetId)) {
        if (m_selection.isEmpty() || m_selection.chooses(BackupListing::normalized(path.toUtf8())))
            paths.append(path);
    }
    paths = paths.mid(0, 50);
    if (paths.isEmpty()) {
        completed();
        return;
    }
    auto left = std::make_shared<int>(int(paths.size()));
    for (const QString &path : std::as_const(paths)) {
        QString inside = path;
        while (inside.startsWith(QLatin1String("./")))
            inside.remove(0, 2);
        EngineReply *stat = ContainersApi(m_client).archiveHead(m_helperId, QStringLiteral("/vol/") + inside);
        connect(stat, &EngineReply::finished, this, [this, stat, inside, left] {
            stat->deleteLater();
            // Go's FileMode: setuid 1 << 23, setgid 1 << 22.
            const qint64 mode = jsonInt64(ContainersApi::parsePathStat(stat).value(QLatin1String("mode")));
            if (!stat->error().isError() && !(mode & ((1LL << 23) | (1LL << 22))))
                m_lostModes.append(inside);
            if (--*left == 0)
                completed();
        });
    }
}

void VolumeRestoreJob::completed()
{
    if (!m_lostModes.isEmpty()) {
        m_lostModes.sort();
        m_warnings.append(
            Tr::tr("The engine did not keep the setuid/setgid bit of these hard-linked files: %1. "
                   "Set it again with chmod inside a container, or restore this archive with "
                   "tar -xzf on the engine's host.")
                .arg(m_lostModes.join(QStringLiteral(", "))));
    }
    VolumeHelper::remove(m_client, this, std::exchange(m_helperId, QString()), [this] {
        removeSafety();
        QString detail;
        if (m_selection.isEmpty()) {
            detail = Tr::tr("Restored %1 files (%2) into volume %3")
                         .arg(m_contents.files)
                         .arg(DisplayFormat::humanSize(m_contents.bytes), m_volume);
        } else {
            QStringList chosen;
            for (const QByteArray &path : m_selection.paths())
                chosen.append(BackupListing::displayName(path));
            detail = Tr::tr("Restored %1 from the backup into volume %2: %3 files (%4)")
                         .arg(chosen.join(QStringLiteral(", ")), m_volume)
                         .arg(m_selection.files())
                         .arg(DisplayFormat::humanSize(m_selection.bytes()));
        }
        for (const QString &w : std::as_const(m_warnings))
            detail += QLatin1Char('\n') + w;
        setProgress(total(), total(), detail);
        succeed();
    });
}

void VolumeRestoreJob::removeSafety()
{
    if (m_safety.isEmpty())
        return;
    QFile::remove(m_safety);
    QFile::remove(ChecksumFile::pathFor(m_safety));
    m_safety.clear();
}

void VolumeRestoreJob::cancel()
{
    if (isFinished())
        return;
    // The safety copy's own cancel ends its job, whose failure abandons this one.
    if (m_safetyJob) {
        m_safetyJob->cancel();
        return;
    }
    Job::cancel();
}

void VolumeRestoreJob::undo(const EngineError &error)
{
    if (m_upload) {
        m_upload->disconnect(this);
        m_upload->abort();
        m_upload->deleteLater();
    }
    if (m_device) {
        m_device->deleteLater();
        m_device = nullptr;
    }
    if (m_rollingBack) { // putting the previous contents back failed too
        VolumeHelper::remove(
            m_client, this, std::exchange(m_helperId, QString()), [this, error] { keepSafety(error); });
        return;
    }
    m_firstError = error;
    VolumeHelper::remove(m_client, this, std::exchange(m_helperId, QString()), [this] { rollback(); });
}

void VolumeRestoreJob::keepSafety(const EngineError &why)
{
    m_keptSafety = std::exchange(m_safety, QString());
    const QString advice = m_keptSafety.isEmpty()
        ? Tr::tr("Volume %1 may hold part of the archive (it was empty before).").arg(m_volume)
        : Tr::tr("Volume %1 may hold part of the archive; its previous contents are kept in %2 "
                 "(berthctl volume restore %2 %1 --replace puts them back).")
              .arg(m_volume, m_keptSafety);
    fail(EngineError(m_firstError.kind(),
        m_firstError.message() + QLatin1Char(' ') + advice + QStringLiteral(" (") + why.message()
            + QLatin1Char(')')));
}

void VolumeRestoreJob::rollback()
{
    if (m_createdVolume) {
        // A volume this job made goes with it.
        EngineReply *removed = VolumesApi(m_client).remove(m_volume, true);
        connect(removed, &EngineReply::finished, this, [this, removed] {
            removed->deleteLater();
            if (removed->error().isError())
                fail(EngineError(m_firstError.kind(),
                    m_firstError.message() + QLatin1Char(' ')
                        + Tr::tr("Volume %1 was made for this restore and could not be removed: remove it "
                                 "with docker volume rm %1.")
                              .arg(m_volume)));
            else
                fail(m_firstError);
        });
        return;
    }
    if (!m_touched) {
        removeSafety();
        fail(m_firstError);
        return;
    }
    // Written over in place (a merge, or into a volume that was empty): set back in place, which
    // works also while a stopped container holds the volume.
    if (m_mode != Mode::Replace && VolumeTool::runsOn(m_client)) {
        rollBackInPlace();
        return;
    }
    rollBackByRecreating();
}

void VolumeRestoreJob::rollBackByRecreating()
{
    // The contents changed: make the volume again and put the previous contents back.
    m_rollingBack = true;
    EngineReply *removed = VolumesApi(m_client).remove(m_volume);
    connect(removed, &EngineReply::finished, this, [this, removed] {
        removed->deleteLater();
        if (removed->error().isError()) {
            keepSafety(removed->error());
            return;
        }
        setAbandoning(false); // the steps below report their failure through abandon()
        createVolume([this] { putSafetyBack(); });
    });
}

void VolumeRestoreJob::rollBackInPlace()
{
    m_rollingBack = true;
    setProgress(0, -1, Tr::tr("Putting the previous contents of %1 back").arg(m_volume));
    // What the archive added is what it holds and the volume did not: listed off the GUI thread.
    QPointer<VolumeRestoreJob> self(this);
    QThreadPool::globalInstance()->start([self, archive = m_archive, safety = m_safety, part = m_selection] {
        QString error;
        const QSet<QString> before
            = safety.isEmpty() ? QSet<QString>() : ArchiveCheck::entryPaths(safety, &error);
        QSet<QString> written;
        if (error.isEmpty())
            written = ArchiveCheck::entryPaths(archive, &error);
        QStringList added;
        for (const QString &path : std::as_const(written))
            if (!before.contains(path) && (part.isEmpty() || part.writes(path.toUtf8())))
                added.append(path);
        // Children before their folders.
        std::sort(added.begin(), added.end(), [](const QString &a, const QString &b) {
            const auto depth = [](const QString &p) { return p.count(QLatin1Char('/')); };
            return depth(a) != depth(b) ? depth(a) > depth(b) : a > b;
        });
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, added, error] {
            if (!self)
                return;
            if (!error.isEmpty()) {
                self->keepSafety(refusal(error));
                return;
            }
            VolumeTool::removePaths(
                self->m_client, self, self->m_volume, added, [self](const EngineError &removed) {
                    if (removed.isError()) {
                        // The engine would not run the tool (some cannot start containers): the
                        // volume is made again instead, which works unless a container holds it.
                        qCWarning(lcEngine) << "the volume tool did not set" << self->m_volume
                                            << "back:" << removed.message();
                        self->rollBackByRecreating();
                        return;
                    }
                    self->putSafetyBack();
                });
        });
    });
}

void VolumeRestoreJob::putSafetyBack()
{
    if (m_safety.isEmpty()) { // it was empty: empty again
        fail(EngineError(m_firstError.kind(),
            m_firstError.message() + QLatin1Char(' ')
                + Tr::tr("Volume %1 is empty again, as it was.").arg(m_volume)));
        return;
    }
    setAbandoning(false); // the steps below report their failure through abandon()
    createHelper([this] {
        upload(m_safety, [this] {
            setAbandoning(true);
            VolumeHelper::remove(m_client, this, std::exchange(m_helperId, QString()), [this] {
                removeSafety();
                fail(EngineError(m_firstError.kind(),
                    m_firstError.message() + QLatin1Char(' ')
                        + Tr::tr("Volume %1 holds its previous contents again.").arg(m_volume)));
            });
        });
    });
}
