// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/folderlisting.h"

#include "engine/containersapi.h"
#include "engine/enginelogging.h"
#include "engine/enginereply.h"
#include "files/fileroot.h"
#include "jobs/volumetool.h"
#include "sync/execsession.h"

QString parentFolder(const QString &path)
{
    if (path == QLatin1String("/") || path.isEmpty())
        return {};
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

namespace {
QString joined(const QString &folder, const QString &relative)
{
    return folder.endsWith(QLatin1Char('/')) ? folder + relative : folder + QLatin1Char('/') + relative;
}
} // namespace

FolderListing::FolderListing(FileRoot *root, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_folder(folder)
{
    m_reader.onEntry = [this](const TarEntry &e) {
        m_passing = e.type == TarEntry::Type::File && e.size > 0 ? joined(m_folder, e.path) : QString();
        m_passingSize = m_passing.isEmpty() ? 0 : e.size;
        m_passingRead = 0;
        entry(e);
    };
    m_reader.onContent = [this](QByteArrayView piece) { m_passingRead += piece.size(); };
    m_reader.onEntryEnd = [this](const TarEntry &) {
        m_passing.clear();
        m_passingSize = m_passingRead = 0;
    };
}

FolderListing::~FolderListing()
{
    abort();
}

void FolderListing::start()
{
    // A volume's folder from Berth's volume tool where it runs: lstat only, no content passes.
    if (m_root->isVolume() && m_root->client() && m_root->toolRuns()
        && VolumeTool::runsOn(m_root->client())) {
        readWithTool();
        return;
    }
    // A container's folder through its own tools, unless it showed it has none.
    const ExecListing::Method lister = m_root->lister();
    if (!m_root->isVolume() && m_root->client() && lister != ExecListing::Method::Archive) {
        readWithExec(lister == ExecListing::Method::Unknown ? ExecListing::Method::Find : lister);
        return;
    }
    readArchive();
}

void FolderListing::readWithExec(ExecListing::Method method)
{
    m_method = method;
    m_execOutput.clear();
    m_execTooLong = false;
    m_root->prepare([self = QPointer(this), method](const EngineError &error, const QString &id) {
        if (!self || self->m_finished)
            return;
        if (error.isError()) {
            self->m_finished = true;
            Q_EMIT self->failed(error);
            return;
        }
        ExecConfig config;
        config.cmd = ExecListing::command(method, self->m_folder);
        config.attachStderr = false; // what a tool says of itself is not needed, nor kept
        auto *exec = new ExecSession(self->m_root->client(), id, self);
        self->m_exec = exec;
        exec->setExec(config);
        connect(exec, &ExecSession::framesReceived, self,
            [self = self.data(), exec](const QList<MultiplexedDecoder::Frame> &frames) {
                for (const auto &frame : frames) {
                    if (frame.stream != MultiplexedDecoder::Stdout)
                        continue;
                    self->m_execOutput += frame.data;
                    if (self->m_execOutput.size() > ExecListing::MaxOutput) {
                        // Bounded: the archive stream lists a folder this big instead.
                        self->m_execTooLong = true;
                        self->m_execOutput.clear();
                        exec->abort();
                        return;
                    }
                }
            });
        connect(
            exec, &ExecSession::finished, self, [self = self.data(), method] { self->execEnded(method); });
        exec->start();
    });
}

void FolderListing::execEnded(ExecListing::Method method)
{
    ExecSession *exec = m_exec;
    if (!exec)
        return;
    exec->deleteLater();
    m_exec = nullptr;
    const EngineError error = exec->error();
    const int code = exec->exitCode();
    const QByteArray output = std::exchange(m_execOutput, {});
    QList<TarEntry> entries;
    QString why;
    if (!error.isError() && !m_execTooLong && code == 0
        && ExecListing::parse(method, output, &entries, &why)) {
        m_root->setLister(method);
        m_finished = true;
        for (TarEntry &entry : entries)
            entry.path = joined(m_folder, entry.path);
        m_tree[m_folder] = entries;
        m_whole = true;
        if (!entries.isEmpty())
            Q_EMIT entriesFound(entries);
        Q_EMIT finished();
        return;
    }
    // Not running (409), or gone (404: the archive says so as the view expects), or the engine
    // could not run it: the archive stream lists the folder.
    if (error.isError() || m_execTooLong) {
        qCInfo(lcEngine).noquote() << "listing through exec failed, reading the archive:"
                                   << (m_execTooLong ? QStringLiteral("too long") : error.message());
        readArchive();
        return;
    }
    qCInfo(lcEngine).noquote() << "listing with" << ExecListing::name(method) << "failed (exit" << code
                               << (why.isEmpty() ? QString() : QStringLiteral(", ") + why) << "), next way";
    const bool missing = code == 126 || code == 127; // not there, or not runnable
    if (m_root->lister() == ExecListing::Method::Unknown) {
        if (method == ExecListing::Method::Find) {
            readWithExec(ExecListing::Method::Stat);
            return;
        }
        if (missing) // neither find's -printf nor sh with stat: the archive for every folder
            m_root->setLister(ExecListing::Method::Archive);
    }
    // A tool that works elsewhere failed here (a folder the container's user may not read, a
    // folder that is not there): the archive stream, read as root, says what is.
    readArchive();
}

void FolderListing::readArchive()
{
    m_byTool = false;
    m_method = ExecListing::Method::Archive;
    m_root->prepare([self = QPointer(this)](const EngineError &error, const QString &id) {
        if (!self)
            return;
        if (error.isError()) {
            self->m_finished = true;
            Q_EMIT self->failed(error);
            return;
        }
        self->read(id);
    });
}

void FolderListing::readWithTool()
{
    m_byTool = true;
    // The client is the context: the tool's helper is removed also when the listing went first.
    VolumeTool::listFolder(m_root->client(), m_root->client(), m_root->volumeName(), m_folder,
        [self = QPointer(this)](const EngineError &error, const QList<TarEntry> &entries) {
            if (!self || self->m_finished)
                return;
            if (error.isError() && error.kind() != EngineError::NotFound) {
                // The engine could not run the tool (Podman 4.3 in a sandbox without rlimits
                // starts no container), or its answer was not believed: the archive stream
                // still lists the folder, and this volume's next folders go that way too.
                qCWarning(lcEngine).noquote()
                    << "volume tool listing failed, reading the archive:" << error.message();
                self->m_root->setToolRuns(false);
                self->readArchive();
                return;
            }
            self->m_finished = true;
            if (error.isError()) {
                Q_EMIT self->failed(error);
                return;
            }
            QList<TarEntry> found;
            found.reserve(entries.size());
            for (TarEntry entry : entries) {
                entry.path = joined(self->m_folder, entry.path);
                found << entry;
            }
            self->m_tree[self->m_folder] = found;
            self->m_whole = true;
            if (!found.isEmpty())
                Q_EMIT self->entriesFound(found);
            Q_EMIT self->finished();
        });
}

void FolderListing::abort()
{
    if (m_byTool)
        m_finished = true; // the tool's answer, when it comes, is not heard
    if (m_exec) {
        m_exec->disconnect(this);
        m_exec->abort();
        m_exec->deleteLater();
        m_exec = nullptr;
        m_finished = true;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FolderListing::read(const QString &containerId)
{
    // "FOLDER/." names the entries "./NAME" on Docker and "NAME" on Podman, the folder's own
    // name never: the same for the root, a volume's /vol and any folder.
    const QString path = m_root->containerPath(m_folder);
    m_reply
        = ContainersApi(m_root->client())
              .archiveGet(containerId,
                  path.endsWith(QLatin1Char('/')) ? path + QLatin1Char('.') : path + QStringLiteral("/."));
    connect(m_reply, &EngineReply::dataReceived, this, [this](const QByteArray &data) {
        m_read += data.size();
        m_reader.addData(data);
        if (m_finished)
            return; // failed on an entry of this piece
        if (!m_reader.error().isEmpty()) {
            abort();
            m_finished = true;
            Q_EMIT failed(EngineError::protocol(
                tr("The engine's list of %1 is damaged: %2.").arg(m_folder, m_reader.error())));
            return;
        }
        if (!m_batch.isEmpty())
            Q_EMIT entriesFound(std::exchange(m_batch, {}));
        Q_EMIT progress(m_read);
    });
    connect(m_reply, &EngineReply::finished, this, [this] {
        m_reply->deleteLater();
        m_finished = true;
        if (m_reply->error().isError()) {
            Q_EMIT failed(m_reply->error());
            return;
        }
        if (!m_reader.finish()) {
            Q_EMIT failed(EngineError::protocol(
                tr("The engine's list of %1 ended early: %2.").arg(m_folder, m_reader.error())));
            return;
        }
        if (!m_batch.isEmpty())
            Q_EMIT entriesFound(std::exchange(m_batch, {}));
        m_whole = true;
        Q_EMIT finished();
    });
}

void FolderListing::entry(TarEntry entry)
{
    const QString relative = entry.path;
    if (relative.isEmpty())
        return; // the folder itself
    if (relative.startsWith(QLatin1Char('/'))
        || relative.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
        m_reader.stop();
        abort();
        m_finished = true;
        m_batch.clear();
        Q_EMIT failed(EngineError::protocol(
            tr("The engine's list of %1 names %2, which is outside it: the list is not shown.")
                .arg(m_folder, relative)));
        return;
    }
    entry.path = joined(m_folder, relative);
    if (!entry.linkTarget.isEmpty() && entry.type == TarEntry::Type::HardLink)
        entry.linkTarget
            = joined(m_folder, normalisedTarPath(entry.linkTarget)); // named from the archive's root
    const bool direct = !relative.contains(QLatin1Char('/'));
    if (direct) {
        m_batch << entry;
        m_tree[m_folder] << entry;
        return;
    }
    if (m_capped)
        return;
    if (++m_kept > MaxKeptEntries) {
        m_capped = true;
        m_tree = {{m_folder, m_tree.value(m_folder)}};
        return;
    }
    m_tree[parentFolder(entry.path)] << entry;
}

bool FolderListing::knows(const QString &folder) const
{
    if (!m_whole)
        return false;
    // The tools read the one folder; the archive stream brings the folders under it too.
    return folder == m_folder
        || (m_method == ExecListing::Method::Archive && !m_byTool && !m_capped
            && folder.startsWith(joined(m_folder, {})));
}

QList<TarEntry> FolderListing::entriesOf(const QString &folder) const
{
    return m_tree.value(folder);
}
