// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/filecopyjob.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/volumesapi.h"
#include "files/hosttardevice.h"
#include "files/tarextractor.h"
#include "jobs/volumehelper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileCopyJob)
};

// Go's os.FileMode bits, as the engine's path stat gives them.
constexpr quint32 ModeDir = 1u << 31;
constexpr quint32 ModeSymlink = 1u << 27;
constexpr quint32 ModeDevice = 1u << 26;
constexpr quint32 ModeIrregular = 1u << 19;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Go's filepath.Abs, keeping a trailing "/" or "/.".
QString absolute(const QString &path)
{
    const QString joined
        = path.startsWith(QLatin1Char('/')) ? path : QDir::currentPath() + QLatin1Char('/') + path;
    return CopyPaths::preserveTrailingDotOrSeparator(CopyPaths::clean(joined), path);
}

QByteArray local(const QString &path)
{
    return QFile::encodeName(path);
}

/// What DEST here is, following links at its end (go-archive's CopyInfoDestinationPath); its
/// folder must exist.
bool destinationInfo(const QString &given, CopyPaths::Info *info, QString *error)
{
    QString path = given;
    struct stat st
    {
    };
    int rc = ::lstat(local(path).constData(), &st);
    for (int n = 0; rc == 0 && S_ISLNK(st.st_mode); ++n) {
        if (n > 10) {
            *error = Tr::tr("Too many symbolic links in %1.").arg(given);
            return false;
        }
        QByteArray target(4096, '\0');
        const ssize_t length = ::readlink(local(path).constData(), target.data(), size_t(target.size()));
        if (length < 0) {
            *error = Tr::tr("Cannot read %1: %2").arg(path, systemError(errno));
            return false;
        }
        target.truncate(length);
        path = CopyPaths::resolveLink(path, QFile::decodeName(target));
        rc = ::lstat(local(path).constData(), &st);
    }
    if (rc == 0) {
        *info = {path, true, S_ISDIR(st.st_mode), {}};
        return true;
    }
    if (errno != ENOENT) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, systemError(errno));
        return false;
    }
    const QString parent = CopyPaths::splitDirEntry(path).first;
    if (::stat(local(parent).constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        *error = Tr::tr("The folder %1 does not exist.").arg(parent);
        return false;
    }
    *info = {path, false, false, {}};
    return true;
}

/// What SRC here is (go-archive's CopyInfoSourcePath): links before its last element are
/// followed, the last one only with -L.
bool sourceInfo(const QString &path, bool followLink, CopyPaths::Info *info, QString *error)
{
    QString resolved;
    QString rebaseName;
    if (followLink) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty()) {
            *error = Tr::tr("%1 does not exist.").arg(path);
            return false;
        }
        std::tie(resolved, rebaseName) = CopyPaths::rebaseAfterLink(path, canonical);
    } else {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const QString dirPart = path.left(slash + 1);
        const QString basePart = path.mid(slash + 1);
        const QString dir = QFileInfo(dirPart).canonicalFilePath();
        if (dir.isEmpty()) {
            *error = Tr::tr("%1 does not exist.").arg(dirPart);
            return false;
        }
        resolved = (dir == QLatin1String("/") ? QString() : dir) + QLatin1Char('/') + basePart;
        if (CopyPaths::hasTrailingSeparator(path) && CopyPaths::base(path) != CopyPaths::base(resolved))
            rebaseName = CopyPaths::base(path);
    }
    struct stat st
    {
    };
    if (::lstat(local(resolved).constData(), &st) != 0) {
        *error = errno == ENOENT ? Tr::tr("%1 does not exist.").arg(path)
                                 : Tr::tr("Cannot read %1: %2").arg(path, systemError(errno));
        return false;
    }
    *info = {resolved, true, S_ISDIR(st.st_mode), rebaseName};
    return true;
}

quint32 statMode(const EngineReply *reply)
{
    return quint32(ContainersApi::parsePathStat(reply).value(QLatin1String("mode")).toDouble());
}
} // namespace

FileCopyJob::FileCopyJob(EngineClient *client, Spec spec, QObject *parent)
    : Job(spec.direction == Direction::FromEngine
            ? Tr::tr("Copy %1 from %2").arg(spec.enginePath, spec.container)
            : Tr::tr("Copy %1 to %2").arg(spec.localPath, spec.container),
        (spec.volume ? QStringLiteral("berthctl volume cp ") : QStringLiteral("docker cp "))
            + (spec.direction == Direction::FromEngine
                    ? spec.container + QLatin1Char(':') + spec.enginePath + QLatin1Char(' ') + spec.localPath
                    : spec.localPath + QLatin1Char(' ') + spec.container + QLatin1Char(':')
                        + spec.enginePath),
        parent)
    , m_client(client)
    , m_spec(std::move(spec))
{
}

FileCopyJob::~FileCopyJob() = default;

EngineError FileCopyJob::refused(const QString &message) const
{
    return EngineError(EngineError::InvalidArgument, message);
}

QString FileCopyJob::inEngine(const QString &path) const
{
    if (!m_spec.volume)
        return path;
    // Inside the volume, whatever the path says: "/.." stays at its top.
    const QString inside = CopyPaths::clean(QLatin1Char('/') + path);
    return CopyPaths::preserveTrailingDotOrSeparator(
        inside == QLatin1String("/") ? QStringLiteral("/vol") : QStringLiteral("/vol") + inside,
        path.isEmpty() ? QStringLiteral("/") : path);
}

QString FileCopyJob::shownEngine(const QString &path) const
{
    return m_spec.container + QLatin1Char(':') + path;
}

void FileCopyJob::start()
{
    setRunning();
    setProgress(0, -1, Tr::tr("Starting"));
    if (m_spec.localPath.isEmpty() || (m_spec.enginePath.isEmpty() && !m_spec.volume)) {
        fail(refused(Tr::tr("Neither the source nor the destination can be empty.")));
        return;
    }
    if (m_spec.localPath == QLatin1String("-") && !m_stream) {
        fail(refused(Tr::tr("Nothing to read or write the tar with.")));
        return;
    }
    prepare();
}

void FileCopyJob::prepare()
{
    if (!m_spec.volume) {
        EngineReply *inspected = ContainersApi(m_client).inspect(m_spec.container);
        watch(inspected);
        connect(inspected, &EngineReply::finished, this, [this, inspected] {
            inspected->deleteLater();
            if (isAbandoning())
                return;
            if (inspected->error().isError()) {
                fail(inspected->error());
                return;
            }
            const QJsonObject container = inspected->json().object();
            // By the name given, as docker cp asks: the engine's messages then name it so.
            m_id = m_spec.container;
            m_readOnlyRoot = container.value(QLatin1String("HostConfig"))
                                 .toObject()
                                 .value(QLatin1String("ReadonlyRootfs"))
                                 .toBool();
            for (const QJsonValue &mount : container.value(QLatin1String("Mounts")).toArray())
                m_mounts.append({mount.toObject().value(QLatin1String("Destination")).toString(),
                    mount.toObject().value(QLatin1String("RW")).toBool()});
            run();
        });
        return;
    }
    // A helper's bind of a name the engine does not know would make an empty volume: ask first.
    EngineReply *inspected = VolumesApi(m_client).inspect(m_spec.container);
    watch(inspected);
    connect(inspected, &EngineReply::finished, this, [this, inspected] {
        inspected->deleteLater();
        if (isAbandoning())
            return;
        if (inspected->error().isError()) {
            fail(inspected->error());
            return;
        }
        VolumeHelper::ensureImage(m_client, this, [this](const EngineError &error) {
            if (isAbandoning())
                return;
            if (error.isError()) {
                fail(error);
                return;
            }
            const bool readOnly = m_spec.direction == Direction::FromEngine;
            m_helperPending = true;
            VolumeHelper::create(m_client, this, m_spec.container, readOnly, QStringLiteral("copy"), {},
                [this](const EngineError &error, const QString &id) {
                    m_helperPending = false;
                    if (isAbandoning()) { // cancelled meanwhile: this helper must go too, then the job ends
                        VolumeHelper::remove(m_client, this, id, [this] { fail(m_undoError); });
                        return;
                    }
                    if (error.isError()) {
                        fail(error);
                        return;
                    }
                    m_id = id;
                    m_helper = true;
                    run();
                });
        });
    });
}

void FileCopyJob::run()
{
    if (m_spec.direction == Direction::FromEngine)
        download();
    else
        upload();
}

void FileCopyJob::download()
{
    QString srcPath = inEngine(m_spec.enginePath);
    if (m_spec.localPath != QLatin1String("-")) {
        m_destination = absolute(m_spec.localPath);
        // docker cp's check of DEST before anything is read.
        const QString parent = CopyPaths::dir(CopyPaths::clean(m_destination));
        struct stat st
        {
        };
        if (::stat(local(parent).constData(), &st) != 0) {
            abandon(refused(Tr::tr("The folder %1 does not exist.").arg(parent)));
            return;
        }
        if (::stat(local(m_destination).constData(), &st) == 0 && !S_ISDIR(st.st_mode)
            && !S_ISREG(st.st_mode)) {
            abandon(refused(Tr::tr("%1 must be a folder or a regular file.").arg(m_destination)));
            return;
        }
    }
    const auto get = [this](const QString &path, const QString &rebaseName) {
        setProgress(0, -1, Tr::tr("Reading %1").arg(shownEngine(m_spec.enginePath)));
        EngineReply *reply = ContainersApi(m_client).archiveGet(m_id, path);
        m_transfer = reply;
        watch(reply);
        connect(reply, &EngineReply::headersReceived, this, [this, reply, path, rebaseName] {
            if (reply->statusCode() >= 300 || m_spec.localPath == QLatin1String("-"))
                return;
            CopyPaths::Info source {path, true, (statMode(reply) & ModeDir) != 0, rebaseName};
            CopyPaths::Info destination;
            QString error;
            if (!destinationInfo(m_destination, &destination, &error)) {
                abandon(refused(error));
                return;
            }
            const CopyPaths::Plan plan = CopyPaths::plan(source, destination);
            if (plan.error == CopyPaths::Plan::CannotCopyDir) {
                abandon(refused(Tr::tr("Cannot copy a folder onto the file %1.").arg(m_destination)));
                return;
            }
            if (plan.error == CopyPaths::Plan::DirNotExists) {
                abandon(refused(Tr::tr("The folder %1 does not exist (a file cannot become a folder).")
                                    .arg(m_destination)));
                return;
            }
            m_extractor = std::make_unique<TarExtractor>(plan.dstDir, local(plan.from), local(plan.to));
            if (!m_extractor->error().isEmpty())
                abandon(refused(m_extractor->error()));
        });
        connect(reply, &EngineReply::dataReceived, this, [this](const QByteArray &data) {
            if (isAbandoning())
                return;
            if (m_spec.localPath == QLatin1String("-")) {
                if (m_stream->write(data) != data.size()) {
                    abandon(refused(Tr::tr("Cannot write the tar: %1").arg(m_stream->errorString())));
                    return;
                }
                m_copied += data.size();
            } else if (m_extractor) {
                if (!m_extractor->feed(data)) {
                    abandon(refused(m_extractor->error()));
                    return;
                }
                m_copied = m_extractor->contentBytes();
            }
            setProgress(m_copied, -1);
        });
        connect(reply, &EngineReply::finished, this, [this, reply, path] {
            reply->deleteLater();
            if (isAbandoning())
                return;
            if (reply->error().isError()) {
                abandon(missingInVolume(reply->error(), path));
                return;
            }
            if (m_extractor && !m_extractor->commit()) {
                abandon(refused(m_extractor->error()));
                return;
            }
            cleanUp([this] { succeed(); });
        });
    };
    if (m_spec.volume && CopyPaths::clean(QLatin1Char('/') + m_spec.enginePath) == QLatin1String("/")
        && !CopyPaths::specifiesCurrentDir(srcPath)) {
        // The volume itself: copied under its own name, not the helper's mount point.
        get(srcPath, m_spec.container);
        return;
    }
    if (!m_spec.followLink) {
        get(srcPath, QString());
        return;
    }
    EngineReply *stat = ContainersApi(m_client).archiveHead(m_id, srcPath);
    watch(stat);
    connect(stat, &EngineReply::finished, this, [this, stat, srcPath, get] {
        stat->deleteLater();
        if (isAbandoning())
            return;
        const QJsonObject info = ContainersApi::parsePathStat(stat);
        if (stat->error().isError()
            || !(quint32(info.value(QLatin1String("mode")).toDouble()) & ModeSymlink)) {
            get(srcPath, QString());
            return;
        }
        const QString target
            = CopyPaths::resolveLink(srcPath, info.value(QLatin1String("linkTarget")).toString());
        const auto [path, rebaseName] = CopyPaths::rebaseAfterLink(srcPath, target);
        get(path, rebaseName);
    });
}

void FileCopyJob::statDestination(const QString &path, bool followed,
    const std::function<void(bool exists, bool isDir, quint32 mode)> &then)
{
    EngineReply *stat = ContainersApi(m_client).archiveHead(m_id, path);
    watch(stat);
    connect(stat, &EngineReply::finished, this, [this, stat, path, followed, then] {
        stat->deleteLater();
        if (isAbandoning())
            return;
        // As docker cp: a failed stat is taken as "not there"; the upload says what is wrong.
        if (stat->error().isError()) {
            then(false, false, 0);
            return;
        }
        const QJsonObject info = ContainersApi::parsePathStat(stat);
        const quint32 mode = quint32(info.value(QLatin1String("mode")).toDouble());
        if ((mode & ModeSymlink) && !followed) {
            const QString target
                = CopyPaths::resolveLink(path, info.value(QLatin1String("linkTarget")).toString());
            m_destination = target;
            statDestination(target, true, then);
            return;
        }
        then(true, (mode & ModeDir) != 0, mode);
    });
}

void FileCopyJob::upload()
{
    m_destination = inEngine(m_spec.enginePath);
    statDestination(m_destination, false, [this](bool exists, bool isDir, quint32 mode) {
        if (mode & (ModeDevice | ModeIrregular)) {
            abandon(refused(Tr::tr("The destination %1 must be a folder or a regular file.")
                                .arg(shownEngine(m_spec.enginePath))));
            return;
        }
        if (m_spec.localPath == QLatin1String("-")) {
            if (!isDir) {
                abandon(refused(
                    Tr::tr("The destination %1 must be a folder.").arg(shownEngine(m_spec.enginePath))));
                return;
            }
            sendUpload(m_destination, m_stream);
            return;
        }
        CopyPaths::Info source;
        QString error;
        if (!sourceInfo(absolute(m_spec.localPath), m_spec.followLink, &source, &error)) {
            abandon(refused(error));
            return;
        }
        const CopyPaths::Plan plan = CopyPaths::plan(source, {m_destination, exists, isDir, {}});
        if (plan.error == CopyPaths::Plan::CannotCopyDir) {
            abandon(refused(
                Tr::tr("Cannot copy a folder onto the file %1.").arg(shownEngine(m_spec.enginePath))));
            return;
        }
        if (plan.error == CopyPaths::Plan::DirNotExists) {
            abandon(refused(Tr::tr("The folder %1 does not exist (a file cannot become a folder).")
                                .arg(shownEngine(m_spec.enginePath))));
            return;
        }
        const auto [sourceDir, sourceBase] = CopyPaths::splitDirEntry(source.path);
        const QString name = plan.from.isEmpty() ? sourceBase : plan.to;
        m_tar = new HostTarDevice(CopyPaths::clean(source.path), local(name), this);
        if (!m_tar->open(QIODevice::ReadOnly)) {
            abandon(refused(m_tar->errorString()));
            return;
        }
        if (m_tar->skipped() > 0)
            m_warnings << Tr::tr(
                "%n socket(s) left out, as docker cp leaves them out.", nullptr, m_tar->skipped());
        connect(m_tar, &HostTarDevice::failed, this, [this](const QString &error) {
            // Never end the upload: the engine would keep what it got as a whole archive.
            abandon(refused(error));
        });
        sendUpload(plan.dstDir, m_tar);
    });
}

void FileCopyJob::sendUpload(const QString &dstDir, QIODevice *tar)
{
    setProgress(
        0, m_tar ? m_tar->contentTotal() : -1, Tr::tr("Writing to %1").arg(shownEngine(m_spec.enginePath)));
    EngineReply *reply = ContainersApi(m_client).archivePut(m_id, dstDir, tar, true, m_spec.copyOwners);
    m_transfer = reply;
    watch(reply);
    connect(reply, &EngineReply::uploadProgress, this, [this](qint64 sent) {
        m_copied = m_tar ? m_tar->contentDone() : sent;
        setProgress(m_copied, m_tar ? m_tar->contentTotal() : -1);
    });
    connect(reply, &EngineReply::finished, this, [this, reply, dstDir] {
        reply->deleteLater();
        if (isAbandoning())
            return;
        const EngineError error = reply->error();
        if (error.isError()) {
            abandon(missingInVolume(uploadError(error, dstDir), dstDir));
            return;
        }
        if (m_tar && m_tar->hasFailed()) {
            abandon(refused(m_tar->failure()));
            return;
        }
        cleanUp([this] { succeed(); });
    });
}

EngineError FileCopyJob::missingInVolume(const EngineError &error, const QString &path) const
{
    // The engine names the helper and its mount point; the user knows the volume and a path in it.
    if (!m_spec.volume || error.kind() != EngineError::NotFound)
        return error;
    QString inside = path.mid(4); // after "/vol"
    if (inside.isEmpty())
        inside = QStringLiteral("/");
    return EngineError(EngineError::NotFound,
        Tr::tr("There is no %1 in the volume %2.").arg(inside, m_spec.container), error.httpStatus());
}

EngineError FileCopyJob::uploadError(const EngineError &error, const QString &dstDir) const
{
    // Decided by what the container is, not by the engine's words (Docker 20.10 answers 500,
    // Docker 29 400): the deepest mount that holds the folder, or the root file system.
    if (error.kind() != EngineError::InvalidArgument && error.kind() != EngineError::Server)
        return error;
    QString mountPoint;
    bool writable = !m_readOnlyRoot;
    for (const auto &[destination, rw] : m_mounts) {
        const bool holds = dstDir == destination || dstDir.startsWith(destination + QLatin1Char('/'));
        if (holds && destination.size() > mountPoint.size()) {
            mountPoint = destination;
            writable = rw;
        }
    }
    if (writable)
        return error;
    const QString what = mountPoint.isEmpty()
        ? Tr::tr("Cannot write to %1: the container's root file system is read-only (--read-only); nothing "
                 "was copied. Copy into a volume or tmpfs it mounts instead. (The engine: %2)")
              .arg(shownEngine(m_spec.enginePath), error.message())
        : Tr::tr(
            "Cannot write to %1: the container mounts %2 read-only; nothing was copied. (The engine: %3)")
              .arg(shownEngine(m_spec.enginePath), mountPoint, error.message());
    return EngineError(EngineError::InvalidArgument, what);
}

void FileCopyJob::cleanUp(const std::function<void()> &then)
{
    if (!m_helper) {
        then();
        return;
    }
    m_helper = false;
    VolumeHelper::remove(m_client, this, std::exchange(m_id, QString()), then);
}

void FileCopyJob::undo(const EngineError &error)
{
    if (m_extractor)
        m_extractor->abort();
    if (m_helperPending) { // the helper being made is removed when the engine answers
        m_undoError = error;
        return;
    }
    cleanUp([this, error] { fail(error); });
}
