// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/filedownloadjob.h"

#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "files/fileroot.h"
#include "jobs/streamsink.h"
#include "util/shellwords.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileDownloadJob)
};

QString titleFor(const QString &path, FileDownloadJob::Kind kind)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    return kind == FileDownloadJob::Kind::File ? Tr::tr("Download %1").arg(name)
                                               : Tr::tr("Download %1 as an archive").arg(name);
}

/// The docker command that does the same.
QString commandFor(const QString &container, const QString &volume, const QString &path,
    FileDownloadJob::Kind kind, const QString &target)
{
    const QString quotedTarget = ShellWords::quote(target);
    if (!volume.isEmpty()) {
        const QString inside = ShellWords::quote(QStringLiteral("/v") + path);
        const QString mount = QStringLiteral("-v %1:/v:ro").arg(ShellWords::quote(volume));
        if (kind == FileDownloadJob::Kind::File)
            return QStringLiteral("docker run --rm %1 busybox cat %2 > %3").arg(mount, inside, quotedTarget);
        // The archive Berth asks for: the folder under its own name, the volume's top as "./".
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const QString parent = QStringLiteral("/v") + path.left(slash);
        const QString name = path == QLatin1String("/") ? QStringLiteral(".") : path.mid(slash + 1);
        return QStringLiteral("docker run --rm %1 busybox tar -cC %2 %3 | gzip > %4")
            .arg(mount, ShellWords::quote(path == QLatin1String("/") ? QStringLiteral("/v") : parent),
                ShellWords::quote(name), quotedTarget);
    }
    const QString source = ShellWords::quote(container + QLatin1Char(':') + path);
    return kind == FileDownloadJob::Kind::File
        ? QStringLiteral("docker cp %1 %2").arg(source, quotedTarget)
        : QStringLiteral("docker cp %1 - | gzip > %2").arg(source, quotedTarget);
}
} // namespace

FileDownloadJob::FileDownloadJob(EngineClient *client, const QString &container, const QString &volume,
    const QString &path, Kind kind, const QString &target, bool replace, QObject *parent)
    : Job(titleFor(path, kind), commandFor(container, volume, path, kind, target), parent)
    , m_root(volume.isEmpty() ? FileRoot::container(client, container, this)
                              : FileRoot::volume(client, volume, this))
    , m_path(path)
    , m_kind(kind)
    , m_target(target)
    , m_replace(replace)
{
    // A finished job stays listed: what it read through goes now.
    connect(this, &Job::finished, m_root, &QObject::deleteLater);
    m_reader.onEntry = [this](const TarEntry &e) {
        if (m_seen) {
            m_reader.stop(); // a file's archive holds one entry
            return;
        }
        m_seen = true;
        if (e.type != TarEntry::Type::File) {
            m_reader.stop();
            abandon(EngineError(EngineError::InvalidArgument,
                e.isDirectory() ? Tr::tr("%1 is a folder: download it as an archive.").arg(m_path)
                    : e.type == TarEntry::Type::SymLink
                    ? Tr::tr("%1 is a link to %2: download what it points to.").arg(m_path, e.linkTarget)
                    : Tr::tr("%1 is a device, pipe or socket: it has no content to download.").arg(m_path)));
            return;
        }
        m_size = e.size;
        setProgress(0, m_size, Tr::tr("Downloading"));
    };
    m_reader.onContent = [this](QByteArrayView data) {
        if (m_file.write(data.data(), data.size()) != data.size()) {
            m_reader.stop();
            abandon(EngineError(EngineError::InvalidArgument,
                Tr::tr("Cannot write %1: %2").arg(partPath(), m_file.errorString())));
            return;
        }
        m_written += data.size();
        setProgress(m_written, m_size, Tr::tr("Downloading"));
    };
    m_reader.onEntryEnd = [this](const TarEntry &) {
        m_reader.stop();
        complete();
    };
}

FileDownloadJob::~FileDownloadJob()
{
    if (m_reply)
        m_reply->abort();
    if (m_file.isOpen()) {
        m_file.close();
        QFile::remove(partPath());
    }
}

void FileDownloadJob::start()
{
    setRunning();
    if (!m_replace && QFileInfo::exists(m_target)) {
        fail(EngineError(EngineError::InvalidArgument,
            Tr::tr("%1 exists already: choose another name, or agree to replace it.").arg(m_target)));
        return;
    }
    if (QFileInfo::exists(partPath())) {
        fail(EngineError(EngineError::InvalidArgument,
            Tr::tr("%1 exists (another download into the same name?): remove it or choose another name.")
                .arg(partPath())));
        return;
    }
    m_root->prepare([this](const EngineError &error, const QString &id) {
        if (isAbandoning())
            return;
        if (error.isError())
            return abandon(error);
        if (m_kind == Kind::File)
            readFile(id);
        else
            readFolder(id);
    });
}

void FileDownloadJob::readFile(const QString &containerId)
{
    m_file.setFileName(partPath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        abandon(EngineError(EngineError::InvalidArgument,
            Tr::tr("Cannot write %1: %2").arg(partPath(), m_file.errorString())));
        return;
    }
    m_reply = ContainersApi(m_root->client()).archiveGet(containerId, m_root->containerPath(m_path));
    watch(m_reply);
    connect(m_reply, &EngineReply::dataReceived, this, [this](const QByteArray &data) {
        m_reader.addData(data);
        if (!m_reader.error().isEmpty())
            abandon(EngineError::protocol(m_reader.error()));
    });
    connect(m_reply, &EngineReply::finished, this, [this] {
        m_reply->deleteLater();
        // Ended by what was read (its last byte, or an entry refused), or by the job: said already.
        if (isAbandoning() || isFinished() || m_reader.atEnd() || m_reader.isStopped())
            return;
        if (m_reply->error().isError())
            return abandon(m_reply->error());
        if (!m_seen)
            return abandon(EngineError::protocol(Tr::tr("The engine sent nothing for %1.").arg(m_path)));
        if (!m_reader.finish())
            abandon(EngineError::protocol(m_reader.error()));
    });
}

void FileDownloadJob::readFolder(const QString &containerId)
{
    m_sink = new StreamSink(partPath(), 6, this);
    connect(m_sink, &StreamSink::progress, this,
        [this](qint64 read) { setProgress(read, -1, Tr::tr("Reading and compressing")); });
    connect(m_sink, &StreamSink::failed, this, &FileDownloadJob::abandon);
    connect(m_sink, &StreamSink::finished, this, [this] { complete(); });
    m_sink->run([this, containerId] {
        // A volume's top as "./…" (not the helper's "vol/…"), anything else under its own name.
        const QString path = m_root->isVolume() && m_path == QLatin1String("/")
            ? QStringLiteral("/vol/.")
            : m_root->containerPath(m_path);
        EngineReply *reply = ContainersApi(m_root->client()).archiveGet(containerId, path);
        watch(reply);
        return reply;
    });
}

void FileDownloadJob::complete()
{
    if (isAbandoning() || isFinished())
        return;
    if (m_file.isOpen()) {
        const bool flushed = m_file.flush() && ::fsync(m_file.handle()) == 0;
        m_file.close();
        if (!flushed) {
            abandon(EngineError(EngineError::InvalidArgument,
                Tr::tr("Cannot write %1: %2").arg(partPath(), m_file.errorString())));
            return;
        }
    }
    // The final name only for a whole file; over an existing one only with the user's word.
    const bool named = m_replace
        ? ::rename(QFile::encodeName(partPath()).constData(), QFile::encodeName(m_target).constData()) == 0
        : !QFileInfo::exists(m_target) && QFile::rename(partPath(), m_target);
    if (!named) {
        abandon(EngineError(EngineError::InvalidArgument,
            Tr::tr("Cannot name the download %1 (does it exist now?). It was not kept.").arg(m_target)));
        return;
    }
    if (m_reply)
        m_reply->abort();
    const qint64 size = QFileInfo(m_target).size();
    setProgress(size, size, Tr::tr("Saved as %1").arg(m_target));
    succeed();
}

void FileDownloadJob::undo(const EngineError &error)
{
    if (m_sink)
        m_sink->abort(); // deletes its .part
    if (m_file.isOpen())
        m_file.close();
    QFile::remove(partPath());
    fail(error);
}
