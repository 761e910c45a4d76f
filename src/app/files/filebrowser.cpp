// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/files/filebrowser.h"

#include "app/actioncontext.h"
#include "app/format.h"
#include "app/volumes/volumeactions.h"
#include "archive/backuplisting.h"
#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "files/filedownloadjob.h"
#include "files/filehead.h"
#include "files/fileroot.h"
#include "files/folderlisting.h"
#include "files/legacytext.h"
#include "jobs/filecopyjob.h"
#include "model/commandhistorymodel.h"
#include "sync/execsession.h"
#include "util/shellwords.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QUrl>

// --- FileListModel ---

int FileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QHash<int, QByteArray> FileListModel::roleNames() const
{
    return {{NameRole, "name"}, {PathRole, "path"}, {KindRole, "kind"}, {SizeRole, "size"},
        {SizeTextRole, "sizeText"}, {ModeTextRole, "modeText"}, {OwnerRole, "owner"},
        {ModifiedTextRole, "modifiedText"}, {LinkTargetRole, "linkTarget"}, {HiddenRole, "hidden"}};
}

namespace {
QString kindOf(const TarEntry &e)
{
    switch (e.type) {
    case TarEntry::Type::Directory:
        return QStringLiteral("folder");
    case TarEntry::Type::SymLink:
        return QStringLiteral("link");
    case TarEntry::Type::HardLink:
        return QStringLiteral("hardlink");
    case TarEntry::Type::CharDevice:
    case TarEntry::Type::BlockDevice:
        return QStringLiteral("device");
    case TarEntry::Type::Fifo:
        return QStringLiteral("fifo");
    case TarEntry::Type::File:
        break;
    }
    return QStringLiteral("file");
}
} // namespace

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const TarEntry &e = m_all.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        // A name that is not UTF-8 as its bytes, escaped, not as the characters they decode to.
        return e.nameIsUndecodable()
            ? BackupListing::displayName(e.rawPath.mid(e.rawPath.lastIndexOf('/') + 1))
            : shownName(e.name());
    case PathRole:
        return e.path;
    case KindRole:
        return kindOf(e);
    case SizeRole:
        return e.size;
    case SizeTextRole:
        return e.type == TarEntry::Type::File ? Format::localSize(e.size) : QString();
    case ModeTextRole:
        return modeText(e);
    case OwnerRole: {
        const QString user = e.userName.isEmpty() ? QString::number(e.uid) : e.userName;
        const QString group = e.groupName.isEmpty() ? QString::number(e.gid) : e.groupName;
        return user == group ? user : user + QLatin1Char(':') + group;
    }
    case ModifiedTextRole:
        return QDateTime::fromSecsSinceEpoch(e.modified)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case LinkTargetRole:
        return shownName(e.linkTarget);
    case HiddenRole:
        return e.name().startsWith(QLatin1Char('.'));
    default:
        return {};
    }
}

QString FileListModel::modeText(const TarEntry &e)
{
    QString text;
    switch (e.type) {
    case TarEntry::Type::Directory:
        text += QLatin1Char('d');
        break;
    case TarEntry::Type::SymLink:
        text += QLatin1Char('l');
        break;
    case TarEntry::Type::CharDevice:
        text += QLatin1Char('c');
        break;
    case TarEntry::Type::BlockDevice:
        text += QLatin1Char('b');
        break;
    case TarEntry::Type::Fifo:
        text += QLatin1Char('p');
        break;
    default:
        text += QLatin1Char('-');
    }
    const int m = e.mode;
    const auto bit = [&](int mask, char c) { text += QLatin1Char((m & mask) ? c : '-'); };
    const auto exec = [&](int mask, int special, char set, char setNoExec) {
        text += QLatin1Char((m & special) ? ((m & mask) ? set : setNoExec) : ((m & mask) ? 'x' : '-'));
    };
    bit(0400, 'r');
    bit(0200, 'w');
    exec(0100, 04000, 's', 'S');
    bit(040, 'r');
    bit(020, 'w');
    exec(010, 02000, 's', 'S');
    bit(04, 'r');
    bit(02, 'w');
    exec(01, 01000, 't', 'T');
    return text;
}

QString FileListModel::shownName(const QString &name)
{
    QString shown;
    shown.reserve(name.size());
    for (const QChar c : name) {
        if (c == QLatin1Char('\n'))
            shown += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            shown += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

void FileListModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    endResetModel();
}

bool FileListModel::accepts(const TarEntry &e) const
{
    const QString name = e.name();
    if (!m_showHidden && name.startsWith(QLatin1Char('.')))
        return false;
    return m_filter.isEmpty() || name.contains(m_filter, Qt::CaseInsensitive);
}

bool FileListModel::before(const TarEntry &a, const TarEntry &b) const
{
    if (a.isDirectory() != b.isDirectory())
        return a.isDirectory(); // folders first, either way
    int order = 0;
    if (m_key == BySize)
        order = a.size < b.size ? -1 : a.size > b.size ? 1 : 0;
    else if (m_key == ByModified)
        order = a.modified < b.modified ? -1 : a.modified > b.modified ? 1 : 0;
    if (order == 0)
        order = QString::compare(a.name(), b.name(), Qt::CaseInsensitive);
    if (order == 0)
        order = QString::compare(a.name(), b.name(), Qt::CaseSensitive);
    return m_ascending ? order < 0 : order > 0;
}

void FileListModel::append(const QList<TarEntry> &entries)
{
    // Rows go in where the order puts them, one insert each, so a view keeps its place while a
    // large folder streams in.
    for (const TarEntry &e : entries) {
        m_all << e;
        if (!accepts(e))
            continue;
        const int index = int(m_all.size()) - 1;
        const auto at = std::upper_bound(m_shown.begin(), m_shown.end(), index,
            [this](int a, int b) { return before(m_all.at(a), m_all.at(b)); });
        const int row = int(at - m_shown.begin());
        beginInsertRows({}, row, row);
        m_shown.insert(row, index);
        endInsertRows();
    }
}

void FileListModel::setView(const QString &filter, bool showHidden, SortKey key, bool ascending)
{
    m_filter = filter;
    m_showHidden = showHidden;
    m_key = key;
    m_ascending = ascending;
    rebuild();
}

void FileListModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all.at(i)))
            m_shown << i;
    }
    std::stable_sort(
        m_shown.begin(), m_shown.end(), [this](int a, int b) { return before(m_all.at(a), m_all.at(b)); });
    endResetModel();
}

// --- FileBrowser ---

FileBrowser::FileBrowser(QObject *parent)
    : QObject(parent)
{
}

FileBrowser::~FileBrowser()
{
    delete m_head;
    delete m_listing;
    delete m_root; // removes a volume's helper
}

void FileBrowser::componentComplete()
{
    m_complete = true;
    if (!m_container.isEmpty() || !m_volume.isEmpty())
        open(QStringLiteral("/"));
}

EngineClient *FileBrowser::client() const
{
    return VolumeActions::instance() && VolumeActions::instance()->context()
        ? VolumeActions::instance()->context()->client()
        : nullptr;
}

void FileBrowser::setContainer(const QString &id)
{
    if (id == m_container)
        return;
    m_container = id;
    resetRoot();
    Q_EMIT rootChanged();
    if (m_complete)
        open(QStringLiteral("/"));
}

void FileBrowser::setVolume(const QString &name)
{
    if (name == m_volume)
        return;
    m_volume = name;
    resetRoot();
    Q_EMIT rootChanged();
    if (m_complete)
        open(QStringLiteral("/"));
}

void FileBrowser::resetRoot()
{
    delete m_head;
    delete m_listing;
    delete m_root;
    m_path.clear();
    m_error.clear();
    m_entries.clear();
    closePreview();
    Q_EMIT pathChanged();
    Q_EMIT loadingChanged();
}

FileRoot *FileBrowser::root()
{
    EngineClient *c = client();
    if (m_root && m_root->client() != c) // the window switched engines
        resetRoot();
    if (!m_root && c && !(m_container.isEmpty() && m_volume.isEmpty()))
        m_root = m_volume.isEmpty() ? FileRoot::container(c, m_container, this)
                                    : FileRoot::volume(c, m_volume, this);
    return m_root;
}

QVariantList FileBrowser::crumbs() const
{
    QVariantList out;
    if (m_path.isEmpty())
        return out;
    out << QVariantMap {{QStringLiteral("name"), m_volume.isEmpty() ? QStringLiteral("/") : m_volume},
        {QStringLiteral("path"), QStringLiteral("/")}};
    QString path;
    for (const QString &part : m_path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += QLatin1Char('/') + part;
        out << QVariantMap {
            {QStringLiteral("name"), FileListModel::shownName(part)}, {QStringLiteral("path"), path}};
    }
    return out;
}

bool FileBrowser::loading() const
{
    return m_listing && m_listing->folder() == m_path && !m_listing->isFinished();
}

QString FileBrowser::progressText() const
{
    if (!loading())
        return {};
    if (m_listing->bytesRead() == 0) // nothing yet, or a folder read by a tool
        return tr("Reading…");
    // The archive stream carries each file whole: say whose content holds the next rows back.
    if (!m_listing->passing().isEmpty() && m_listing->passingSize() >= BigFile) {
        // Named from the folder shown: the stream passes through the folders under it too.
        const QString path = m_listing->passing();
        const QString folder = m_listing->folder();
        const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
        return tr("Reading past %1 (%2 of %3)…")
            .arg(FileListModel::shownName(path.startsWith(prefix) ? path.mid(prefix.size()) : path),
                Format::localSize(m_listing->passingRead()), Format::localSize(m_listing->passingSize()));
    }
    return tr("Reading… %1 read").arg(Format::localSize(m_listing->bytesRead()));
}

QString FileBrowser::summary() const
{
    if (m_path.isEmpty() || !m_error.isEmpty())
        return {};
    const int shown = m_entries.rowCount();
    const int total = m_entries.total();
    if (m_stopped)
        return tr("%n item(s) read, stopped before the end: read the folder again to see all of it.", nullptr,
            total);
    return shown == total ? tr("%n item(s)", nullptr, total)
                          : tr("%1 of %n item(s)", nullptr, total).arg(shown);
}

void FileBrowser::open(const QString &folder)
{
    FileRoot *r = root();
    const QString path = folder.isEmpty() ? QStringLiteral("/") : folder;
    if (isUndecodable(path)) {
        m_error = tr("This name is not UTF-8, so Berth cannot ask the engine for it by name: "
                     "rename it in a terminal, or copy its folder with berthctl cp.");
        Q_EMIT loadingChanged();
        return;
    }
    m_error.clear();
    m_stopped = false;
    m_entries.clear();
    m_path = path;
    Q_EMIT pathChanged();
    if (!r) {
        m_error = tr("Not connected to an engine.");
        Q_EMIT loadingChanged();
        return;
    }
    // A folder seen whole while its parent was read needs no second read.
    if (m_listing && m_listing->knows(path)) {
        m_entries.append(m_listing->entriesOf(path));
        Q_EMIT loadingChanged();
        return;
    }
    delete m_listing;
    m_listing = new FolderListing(r, path, this);
    connect(m_listing, &FolderListing::entriesFound, this, [this](const QList<TarEntry> &entries) {
        m_entries.append(entries);
        Q_EMIT loadingChanged();
    });
    connect(m_listing, &FolderListing::progress, this, &FileBrowser::loadingChanged);
    connect(m_listing, &FolderListing::finished, this, &FileBrowser::loadingChanged);
    connect(m_listing, &FolderListing::failed, this, [this](const EngineError &error) {
        m_entries.clear();
        if (error.kind() != EngineError::NotFound) {
            m_error = error.message();
            Q_EMIT loadingChanged();
            return;
        }
        m_error = tr("%1 is not there (any more): go up, or read the folder again.").arg(m_path);
        Q_EMIT loadingChanged();
        if (m_container.isEmpty() || !client())
            return;
        // The folder, or the container itself? The engine answers both with 404: it is asked.
        EngineReply *reply = ContainersApi(client()).inspect(m_container);
        const QString path = m_path;
        connect(reply, &EngineReply::finished, this, [this, reply, path] {
            reply->deleteLater();
            if (reply->error().kind() == EngineError::NotFound && m_path == path && !m_error.isEmpty()) {
                m_error = tr("The container %1 no longer exists.").arg(shownContainer());
                Q_EMIT loadingChanged();
            }
        });
    });
    m_listing->start();
    Q_EMIT loadingChanged();
}

void FileBrowser::up()
{
    const QString parent = parentFolder(m_path);
    if (!parent.isEmpty())
        open(parent);
}

void FileBrowser::refresh()
{
    delete m_listing;
    open(m_path.isEmpty() ? QStringLiteral("/") : m_path);
}

void FileBrowser::stopListing()
{
    if (!loading())
        return;
    delete m_listing; // aborts its request or exec
    m_stopped = true;
    Q_EMIT loadingChanged();
}

void FileBrowser::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyView();
}

void FileBrowser::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    applyView();
}

void FileBrowser::setSortKey(FileListModel::SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    applyView();
}

void FileBrowser::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    applyView();
}

void FileBrowser::applyView()
{
    m_entries.setView(m_filter, m_showHidden, m_sortKey, !m_descending);
    Q_EMIT viewChanged();
    Q_EMIT loadingChanged(); // the summary
}

bool FileBrowser::canLoadMore() const
{
    return m_previewKind == QLatin1String("text") && m_previewRead < m_previewSize
        && m_previewLimit < MaxPreview;
}

bool FileBrowser::isUndecodable(const QString &path) const
{
    const QList<TarEntry> &all = m_entries.allEntries();
    return std::any_of(all.begin(), all.end(), [&](const TarEntry &e) {
        return (e.path == path || path.startsWith(e.path + QLatin1Char('/'))) && e.nameIsUndecodable();
    });
}

QStringList FileBrowser::previewEncodings() const
{
    QStringList labels;
    for (const QString &encoding : LegacyText::encodings())
        labels << LegacyText::label(encoding);
    return labels;
}

int FileBrowser::previewEncodingIndex() const
{
    return m_previewKind == QLatin1String("text") ? int(LegacyText::encodings().indexOf(m_previewEncoding))
                                                  : -1;
}

void FileBrowser::setPreviewEncoding(int index)
{
    const QStringList known = LegacyText::encodings();
    if (index < 0 || index >= known.size() || m_previewKind != QLatin1String("text"))
        return;
    m_previewChosen = known.at(index);
    describe(m_previewData, m_previewSize, &m_previewKind, &m_previewText, &m_previewImage,
        &m_previewEncoding, m_previewChosen);
    m_previewNote = fileNote(m_previewKind, m_previewRead, m_previewSize);
    Q_EMIT previewChanged();
}

void FileBrowser::preview(const QString &path)
{
    m_previewPath = path;
    m_previewLimit = FirstPreview;
    m_previewChosen.clear();
    if (isUndecodable(path)) {
        // Its bytes became other characters here: asked for by this name, the engine would
        // answer for another file, or none.
        delete m_head;
        m_previewKind = QStringLiteral("error");
        m_previewText.clear();
        m_previewImage.clear();
        m_previewNote = tr("This name is not UTF-8, so Berth cannot ask the engine for it by name: "
                           "rename it in a terminal, or copy its folder with berthctl cp.");
        Q_EMIT previewChanged();
        return;
    }
    readPreview(m_previewLimit);
}

void FileBrowser::loadMore()
{
    if (!canLoadMore())
        return;
    m_previewLimit = qMin(m_previewLimit * 4, MaxPreview);
    readPreview(m_previewLimit);
}

void FileBrowser::closePreview()
{
    delete m_head;
    m_previewPath.clear();
    m_previewKind.clear();
    m_previewText.clear();
    m_previewImage.clear();
    m_previewNote.clear();
    m_previewData.clear();
    m_previewEncoding.clear();
    m_previewChosen.clear();
    m_previewSize = m_previewRead = 0;
    Q_EMIT previewChanged();
}

void FileBrowser::readPreview(qint64 limit)
{
    delete m_head;
    const QString path = m_previewPath; // root() forgets it when the engine changed
    FileRoot *r = root();
    m_previewPath = path;
    if (!r)
        return;
    m_previewKind = QStringLiteral("loading");
    m_previewNote = tr("Reading…");
    Q_EMIT previewChanged();
    m_head = new FileHead(r, m_previewPath, limit, this);
    connect(m_head, &FileHead::failed, this, [this](const EngineError &error) {
        m_previewKind = QStringLiteral("error");
        m_previewText.clear();
        m_previewImage.clear();
        m_previewNote = error.kind() == EngineError::NotFound
            ? tr("%1 is not there (any more).").arg(m_previewPath)
            : error.message();
        Q_EMIT previewChanged();
    });
    connect(m_head, &FileHead::finished, this, [this] {
        const TarEntry e = m_head->entry();
        m_previewText.clear();
        m_previewImage.clear();
        m_previewSize = e.size;
        m_previewRead = m_head->data().size();
        m_previewData.clear();
        m_previewEncoding.clear();
        switch (e.type) {
        case TarEntry::Type::File:
            m_previewData = m_head->data();
            describe(m_previewData, e.size, &m_previewKind, &m_previewText, &m_previewImage,
                &m_previewEncoding, m_previewChosen);
            m_previewNote = fileNote(m_previewKind, m_previewRead, e.size);
            if (m_previewChosen.isEmpty() && m_previewKind == QLatin1String("text")
                && m_previewEncoding != QLatin1String("UTF-8")
                && !m_previewEncoding.startsWith(QLatin1String("UTF-16")))
                m_previewNote
                    = tr("%1. Not UTF-8: read as %2, a guess; pick another encoding if it looks wrong.")
                          .arg(m_previewNote, LegacyText::label(m_previewEncoding));
            break;
        case TarEntry::Type::Directory:
            m_previewKind = QStringLiteral("folder");
            m_previewNote = tr("A folder: open it to see what it holds.");
            break;
        case TarEntry::Type::SymLink:
            m_previewKind = QStringLiteral("link");
            m_previewNote = tr("A link to %1").arg(FileListModel::shownName(e.linkTarget));
            break;
        default:
            m_previewKind = QStringLiteral("special");
            m_previewNote = tr("A device, pipe or socket: it has no content to show.");
        }
        Q_EMIT previewChanged();
    });
    m_head->start();
}

bool FileBrowser::download(const QString &path, bool asArchive, const QString &target, bool replace)
{
    const QUrl url(target);
    const QString local = url.isLocalFile() ? url.toLocalFile() : target;
    if (local.isEmpty() || !client())
        return false;
    if (refuseUndecodable(path))
        return true; // said, and nothing to ask
    if (!replace && QFileInfo::exists(local))
        return false;
    auto *job = new FileDownloadJob(client(), m_container, m_volume, path,
        asArchive ? FileDownloadJob::Kind::FolderArchive : FileDownloadJob::Kind::File, local, replace);
    VolumeActions::instance()->context()->track(job);
    return true;
}

QString FileBrowser::filesTarget(const QString &path, const QString &into)
{
    const QUrl url(into);
    const QString folder = url.isLocalFile() ? url.toLocalFile() : into;
    return folder.isEmpty() ? QString() : QDir(folder).filePath(downloadName(path, false));
}

bool FileBrowser::downloadFiles(const QString &path, const QString &into, bool replace)
{
    const QString target = filesTarget(path, into);
    if (target.isEmpty() || !client())
        return false;
    if (refuseUndecodable(path))
        return true; // said, and nothing to ask
    if (!replace && QFileInfo::exists(target))
        return false;
    FileCopyJob::Spec spec;
    spec.direction = FileCopyJob::Direction::FromEngine;
    spec.volume = !m_volume.isEmpty();
    spec.container = spec.volume ? m_volume : shownContainer();
    // "/." copies what the folder holds into TARGET, made when missing: the root too.
    spec.enginePath = (path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/')) + QLatin1Char('.');
    spec.localPath = target;
    VolumeActions::instance()->context()->track(new FileCopyJob(client(), spec));
    return true;
}

QStringList FileBrowser::upload(const QStringList &sources, bool replace)
{
    if (!client() || m_path.isEmpty() || sources.isEmpty())
        return {};
    QStringList locals;
    QStringList taken;
    for (const QString &source : sources) {
        const QUrl url(source);
        const QString local = url.isLocalFile() ? url.toLocalFile() : source;
        locals << local;
        const QString name = QFileInfo(local).fileName();
        for (const TarEntry &e : m_entries.allEntries()) {
            if (e.name() == name)
                taken << name;
        }
    }
    if (!replace && !taken.isEmpty())
        return taken;
    for (const QString &local : std::as_const(locals)) {
        FileCopyJob::Spec spec;
        spec.direction = FileCopyJob::Direction::ToEngine;
        spec.volume = !m_volume.isEmpty();
        spec.container = spec.volume ? m_volume : shownContainer();
        spec.enginePath = m_path;
        spec.localPath = local;
        auto *job = new FileCopyJob(client(), spec);
        const QString folder = m_path;
        connect(job, &Job::finished, this, [this, job, folder] {
            if (job->state() != Job::Succeeded)
                return;
            if (m_path == folder)
                refresh();
            else if (m_listing && m_listing->knows(folder))
                delete m_listing; // its copy of that folder is old now
        });
        VolumeActions::instance()->context()->track(job);
    }
    return {};
}

QString FileBrowser::downloadName(const QString &path, bool asArchive)
{
    QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (name.isEmpty())
        name = QStringLiteral("files");
    return asArchive ? name + QStringLiteral(".tar.gz") : name;
}

QString FileBrowser::changeBlocker() const
{
    if (!m_volume.isEmpty())
        return tr("Deleting, renaming and making folders need a program running beside the files: do it in "
                  "the Files of a running container that uses this volume. Copying files in works here.");
    if (!m_running)
        return tr("Deleting, renaming and making folders run the container's own tools: start it first.");
    return {};
}

QString FileBrowser::shownContainer() const
{
    return m_containerName.isEmpty() ? m_container : m_containerName;
}

bool FileBrowser::changing() const
{
    return !m_exec.isNull();
}

QString FileBrowser::nameProblem(const QString &name) const
{
    if (name.isEmpty())
        return tr("Give a name.");
    if (name == QLatin1String(".") || name == QLatin1String("..") || name.contains(QLatin1Char('/'))
        || name.contains(QChar(0)))
        return tr("A name cannot be . or .. or hold a /.");
    for (int row = 0; row < m_entries.total(); ++row) {
        // The folder as read, hidden and filtered-out names too.
        if (m_entries.allEntries().at(row).name() == name)
            return tr("%1 exists already here.").arg(name);
    }
    return {};
}

QString FileBrowser::removeCommand(const QString &path) const
{
    return ShellWords::join({QStringLiteral("docker"), QStringLiteral("exec"), shownContainer(),
        QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), path});
}

bool FileBrowser::refuseUndecodable(const QString &path)
{
    if (!isUndecodable(path))
        return false;
    m_changeError = tr("This name is not UTF-8, so Berth cannot ask the engine for it by name: "
                       "rename it in a terminal, or copy its folder with berthctl cp.");
    Q_EMIT changingChanged();
    return true;
}

void FileBrowser::remove(const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("/") || refuseUndecodable(path))
        return;
    change({QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), path});
}

void FileBrowser::rename(const QString &path, const QString &newName)
{
    if (refuseUndecodable(path))
        return;
    const QString problem = nameProblem(newName);
    if (!problem.isEmpty()) {
        m_changeError = problem;
        Q_EMIT changingChanged();
        return;
    }
    const QString parent = parentFolder(path);
    // -n: never over a name that appeared since the folder was read.
    change({QStringLiteral("mv"), QStringLiteral("-n"), QStringLiteral("--"), path,
        (parent == QLatin1String("/") ? parent : parent + QLatin1Char('/')) + newName});
}

void FileBrowser::makeFolder(const QString &name)
{
    const QString problem = nameProblem(name);
    if (!problem.isEmpty()) {
        m_changeError = problem;
        Q_EMIT changingChanged();
        return;
    }
    change({QStringLiteral("mkdir"), QStringLiteral("--"),
        (m_path == QLatin1String("/") ? m_path : m_path + QLatin1Char('/')) + name});
}

void FileBrowser::change(const QStringList &command)
{
    if (!changeBlocker().isEmpty() || m_exec || !client())
        return;
    ActionContext *context = VolumeActions::instance()->context();
    const QString docker = ShellWords::join(
        QStringList {QStringLiteral("docker"), QStringLiteral("exec"), shownContainer()} + command);
    const int row = context->history()->begin(docker);
    m_changeError.clear();
    m_execOutput.clear();
    m_exec = new ExecSession(client(), m_container, this);
    ExecConfig config;
    config.cmd = command;
    m_exec->setExec(config);
    connect(
        m_exec, &ExecSession::framesReceived, this, [this](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const auto &frame : frames) {
                if (m_execOutput.size() < 4096)
                    m_execOutput += frame.data;
            }
        });
    connect(m_exec, &ExecSession::finished, this, [this, context, row, docker, command] {
        ExecSession *exec = m_exec;
        exec->deleteLater();
        m_exec = nullptr;
        const QString output = QString::fromUtf8(m_execOutput).trimmed();
        if (exec->error().isError())
            m_changeError = exec->error().message();
        else if (exec->exitCode() == 126 || exec->exitCode() == 127)
            m_changeError = tr("The container has no %1 program to do this with.").arg(command.first());
        else if (exec->exitCode() != 0)
            m_changeError = output.isEmpty()
                ? tr("%1 ended with exit code %2.").arg(command.first()).arg(exec->exitCode())
                : output.section(QLatin1Char('\n'), 0, 0);
        context->finish(row, docker, m_changeError);
        Q_EMIT changingChanged();
        refresh();
    });
    m_exec->start();
    Q_EMIT changingChanged();
}

QUrl FileBrowser::downloadFolder()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return QUrl::fromLocalFile(QFileInfo(downloads).isDir() ? downloads : QDir::homePath());
}

QString FileBrowser::fileNote(const QString &kind, qint64 read, qint64 size)
{
    if (kind == QLatin1String("binary"))
        return tr("Not text: the first %1 of %2, in hex")
            .arg(Format::localSize(qMin<qint64>(read, HexBytes)), Format::localSize(size));
    if (read >= size)
        return tr("%1, all of it").arg(Format::localSize(size));
    return tr("The first %1 of %2").arg(Format::localSize(read), Format::localSize(size));
}

void FileBrowser::describe(const QByteArray &data, qint64 size, QString *kind, QString *text, QString *image,
    QString *encoding, const QString &chosen)
{
    text->clear();
    image->clear();
    QString ignored;
    if (!encoding)
        encoding = &ignored;
    encoding->clear();
    if (!chosen.isEmpty()) {
        *kind = QStringLiteral("text");
        *encoding = chosen;
        *text = LegacyText::decode(data, chosen);
        return;
    }
    const bool whole = data.size() == size;
    // Pictures, whole only: a cut one cannot be drawn.
    static const QList<QPair<QByteArray, const char *>> pictures {{"\x89PNG\r\n\x1a\n", "image/png"},
        {"\xff\xd8\xff", "image/jpeg"}, {"GIF87a", "image/gif"}, {"GIF89a", "image/gif"},
        {"BM", "image/bmp"}};
    for (const auto &[magic, type] : pictures) {
        if (whole && data.startsWith(magic) && data.size() > magic.size()) {
            *kind = QStringLiteral("image");
            *image = QStringLiteral("data:%1;base64,").arg(QLatin1String(type))
                + QString::fromLatin1(data.toBase64());
            return;
        }
    }
    // UTF-16 with its byte-order mark, or UTF-8 (a character cut at the end of what was read
    // does not count against it). NUL bytes mean it is not text.
    std::optional<QStringConverter::Encoding> sixteen;
    if (data.startsWith("\xff\xfe"))
        sixteen = QStringConverter::Utf16LE;
    else if (data.startsWith("\xfe\xff"))
        sixteen = QStringConverter::Utf16BE;
    if (sixteen) {
        QStringDecoder decoder(*sixteen);
        *text = decoder.decode(data.mid(2));
        *kind = QStringLiteral("text");
        *encoding = QString::fromLatin1(decoder.name());
        return;
    }
    if (!data.contains('\0')) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QByteArrayView view(data);
        if (!whole) {
            // Drop a last character cut in two.
            for (int back = 1; back <= 3 && back <= view.size(); ++back) {
                const auto c = static_cast<unsigned char>(view.at(view.size() - back));
                if ((c & 0x80) == 0)
                    break; // ASCII: nothing is cut
                if ((c & 0xc0) == 0xc0) { // a first byte: is its character whole?
                    const int length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                    if (back < length)
                        view = view.first(view.size() - back);
                    break;
                }
            }
        }
        const QString decoded = decoder.decode(view);
        if (!decoder.hasError()) {
            *kind = QStringLiteral("text");
            *text = decoded;
            *encoding = QStringLiteral("UTF-8");
            return;
        }
    }
    // Not UTF-8, and text all the same: in an 8-bit encoding of old, guessed.
    if (LegacyText::looksLikeText(data)) {
        *kind = QStringLiteral("text");
        *encoding = LegacyText::guess(data);
        *text = LegacyText::decode(data, *encoding);
        return;
    }
    // The bytes, as hexdump -C shows them.
    *kind = QStringLiteral("binary");
    const QByteArray head = data.left(HexBytes);
    for (qsizetype at = 0; at < head.size(); at += 16) {
        const QByteArray line = head.mid(at, 16);
        QString hex;
        QString chars;
        for (int i = 0; i < 16; ++i) {
            if (i == 8)
                hex += QLatin1Char(' ');
            if (i < line.size()) {
                const auto c = static_cast<unsigned char>(line.at(i));
                hex += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                chars += QLatin1Char(c >= 0x20 && c < 0x7f ? char(c) : '.');
            } else {
                hex += QStringLiteral("   ");
            }
        }
        *text += QStringLiteral("%1  %2 |%3|\n").arg(at, 8, 16, QLatin1Char('0')).arg(hex, chars);
    }
}
