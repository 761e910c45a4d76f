// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarreader.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQml/QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

class EngineClient;
class ExecSession;
class FileHead;
class FileRoot;
class FolderListing;

/// One folder's entries as the Files view shows them: folders first, then by the chosen column.
class FileListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a FileBrowser")
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        PathRole,
        KindRole, ///< "folder", "file", "link", "hardlink", "device", "fifo"
        SizeRole,
        SizeTextRole,
        ModeTextRole, ///< "drwxr-xr-x"
        OwnerRole,
        ModifiedTextRole,
        LinkTargetRole,
        HiddenRole,
    };
    enum SortKey { ByName, BySize, ByModified };
    Q_ENUM(SortKey)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void clear();
    void append(const QList<TarEntry> &entries);
    void setView(const QString &filter, bool showHidden, SortKey key, bool ascending);
    int total() const { return int(m_all.size()); }
    /// Every entry of the folder, shown or not, in the order read.
    const QList<TarEntry> &allEntries() const { return m_all; }

    /// "drwxr-xr-x" for @p entry, as ls -l writes it.
    static QString modeText(const TarEntry &entry);
    /// A name as it may be shown: controls (a newline …) written as \n or \xNN.
    static QString shownName(const QString &name);

private:
    void rebuild();
    bool accepts(const TarEntry &entry) const;
    bool before(const TarEntry &a, const TarEntry &b) const;

    QList<TarEntry> m_all;
    QList<int> m_shown; ///< indexes into m_all, in view order
    QString m_filter;
    bool m_showHidden = true;
    SortKey m_key = ByName;
    bool m_ascending = true;
};

/**
 * The Files view's backend: a container's files (running or stopped) or a volume's, one
 * folder at a time (FolderListing), and a preview of one file (FileHead). QML sets container
 * or volume and calls open(); the current engine is the one the window shows.
 */
class FileBrowser : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(QString container READ container WRITE setContainer NOTIFY rootChanged)
    Q_PROPERTY(QString volume READ volume WRITE setVolume NOTIFY rootChanged)
    Q_PROPERTY(QString path READ path NOTIFY pathChanged)
    /// The path's folders from the root: [{name, path}].
    Q_PROPERTY(QVariantList crumbs READ crumbs NOTIFY pathChanged)
    Q_PROPERTY(FileListModel *entries READ entries CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY loadingChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY loadingChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY viewChanged)
    Q_PROPERTY(bool showHidden READ showHidden WRITE setShowHidden NOTIFY viewChanged)
    Q_PROPERTY(FileListModel::SortKey sortKey READ sortKey WRITE setSortKey NOTIFY viewChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY viewChanged)
    // The preview.
    Q_PROPERTY(QString previewPath READ previewPath NOTIFY previewChanged)
    /// "", "loading", "text", "image", "binary", "folder", "link", "special", "error"
    Q_PROPERTY(QString previewKind READ previewKind NOTIFY previewChanged)
    Q_PROPERTY(QString previewText READ previewText NOTIFY previewChanged)
    Q_PROPERTY(QString previewImage READ previewImage NOTIFY previewChanged)
    Q_PROPERTY(QString previewNote READ previewNote NOTIFY previewChanged)
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY previewChanged)
    /// The encodings a text preview may be read as (their labels), and the one it is read as
    /// (-1: none of them, e.g. UTF-16 or not text).
    Q_PROPERTY(QStringList previewEncodings READ previewEncodings NOTIFY previewChanged)
    Q_PROPERTY(int previewEncodingIndex READ previewEncodingIndex NOTIFY previewChanged)
    // Changes: through the running container's own tools (exec).
    /// Set by the view: whether the container runs (a volume's files are never changed here).
    Q_PROPERTY(bool running MEMBER m_running NOTIFY rootChanged)
    /// The container's name, for the docker commands shown (its id otherwise).
    Q_PROPERTY(QString containerName MEMBER m_containerName NOTIFY rootChanged)
    Q_PROPERTY(QString changeBlocker READ changeBlocker NOTIFY rootChanged)
    Q_PROPERTY(bool changing READ changing NOTIFY changingChanged)
    Q_PROPERTY(QString changeError READ changeError NOTIFY changingChanged)

public:
    /// A preview reads this much of a file first, and four times more for each "load more".
    static constexpr qint64 FirstPreview = 64 * 1024;
    static constexpr qint64 MaxPreview = 16 * 1024 * 1024;
    /// What a preview shows of a file that is not text.
    static constexpr qint64 HexBytes = 4096;

    explicit FileBrowser(QObject *parent = nullptr);
    ~FileBrowser() override;
    void classBegin() override { }
    /// Opens the root, as a change of container or volume does later.
    void componentComplete() override;

    QString container() const { return m_container; }
    void setContainer(const QString &id);
    QString volume() const { return m_volume; }
    void setVolume(const QString &name);
    QString path() const { return m_path; }
    QVariantList crumbs() const;
    FileListModel *entries() { return &m_entries; }
    bool loading() const;
    QString progressText() const;
    QString error() const { return m_error; }
    QString summary() const;
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    bool showHidden() const { return m_showHidden; }
    void setShowHidden(bool show);
    FileListModel::SortKey sortKey() const { return m_sortKey; }
    void setSortKey(FileListModel::SortKey key);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    QString previewPath() const { return m_previewPath; }
    QString previewKind() const { return m_previewKind; }
    QString previewText() const { return m_previewText; }
    QString previewImage() const { return m_previewImage; }
    QString previewNote() const { return m_previewNote; }
    bool canLoadMore() const;
    QStringList previewEncodings() const;
    int previewEncodingIndex() const;

    /// Lists @p folder (absolute; "/" is the root).
    Q_INVOKABLE void open(const QString &folder);
    Q_INVOKABLE void up();
    /// Reads the folder again (and forgets the folders seen under it).
    Q_INVOKABLE void refresh();
    /// Stops reading the folder: the rows read so far stay, and the summary says the list is
    /// incomplete. Nothing is left running on the engine.
    Q_INVOKABLE void stopListing();
    /// A file whose content the archive stream carries is named in the progress from this size.
    static constexpr qint64 BigFile = 8 * 1024 * 1024;
    /// Shows the start of @p path in the preview.
    Q_INVOKABLE void preview(const QString &path);
    Q_INVOKABLE void loadMore();
    Q_INVOKABLE void closePreview();
    /// Reads the preview's bytes again as the encoding previewEncodings()[@p index].
    Q_INVOKABLE void setPreviewEncoding(int index);
    /// Downloads @p path (a file as it is, or anything as a .tar.gz with @p asArchive) to the file
    /// @p target (a URL or a path) as a job on the Jobs page. Without @p replace an existing
    /// target is left alone and false returned: the view asks first, then calls again.
    Q_INVOKABLE bool download(
        const QString &path, bool asArchive, const QString &target, bool replace = false);
    /// Downloads the folder @p path as files, as docker cp CONTAINER:PATH/. FOLDER/NAME does,
    /// into a folder named as it is inside @p into (a URL or a path): a job, written under
    /// temporary names until complete. Without @p replace an existing FOLDER/NAME is left alone
    /// and false returned: the view asks before copying into it (replacing files of the same
    /// name), then calls again.
    Q_INVOKABLE bool downloadFiles(const QString &path, const QString &into, bool replace = false);
    /// Where downloadFiles() puts @p path inside @p into, as a path here.
    Q_INVOKABLE static QString filesTarget(const QString &path, const QString &into);
    /// Copies files and folders of this computer (URLs or paths) into the current folder, as
    /// docker cp does, one job each. Without @p replace nothing starts when a name is taken
    /// here: those names come back, for the view to ask; empty when the copies started.
    Q_INVOKABLE QStringList upload(const QStringList &sources, bool replace = false);
    /// A name for @p path's download: its own, or FOLDER.tar.gz.
    Q_INVOKABLE static QString downloadName(const QString &path, bool asArchive);
    /// Why files cannot be deleted, renamed or made here ("" when they can): a volume's files
    /// and a stopped container's are read through the archive API, which changes nothing.
    QString changeBlocker() const;
    bool changing() const;
    QString changeError() const { return m_changeError; }
    /// Deletes @p path (a folder with what it holds): rm -rf in the container.
    Q_INVOKABLE void remove(const QString &path);
    /// Renames @p path to @p newName in its folder; refused when that name is taken.
    Q_INVOKABLE void rename(const QString &path, const QString &newName);
    /// Makes the folder @p name in the current one.
    Q_INVOKABLE void makeFolder(const QString &name);
    /// What is wrong with @p name as a new name in the current folder; "" when it is fine.
    Q_INVOKABLE QString nameProblem(const QString &name) const;
    /// The docker command each change runs.
    Q_INVOKABLE QString removeCommand(const QString &path) const;

    /// Where downloads go first: the user's Downloads folder (or home), as a URL.
    Q_INVOKABLE static QUrl downloadFolder();

    /// The preview of @p data, the start of a file of @p size bytes: UTF-8 or UTF-16 text, text
    /// in a guessed 8-bit encoding (LegacyText), a picture (when whole), or the bytes in hex.
    /// Sets kind, text, image, and @p encoding (the QStringDecoder name the text was read as,
    /// "" when not text). With @p chosen, the bytes are read as that encoding, whatever they are.
    static void describe(const QByteArray &data, qint64 size, QString *kind, QString *text, QString *image,
        QString *encoding = nullptr, const QString &chosen = {});
    /// What a preview of kind @p kind says about how much of the file it shows: @p read bytes
    /// of @p size.
    static QString fileNote(const QString &kind, qint64 read, qint64 size);

Q_SIGNALS:
    void rootChanged();
    void pathChanged();
    void loadingChanged();
    void viewChanged();
    void previewChanged();
    void changingChanged();

private:
    EngineClient *client() const;
    FileRoot *root();
    void resetRoot();
    void applyView();
    void readPreview(qint64 limit);
    QString shownContainer() const;
    /// Whether @p path (or a folder it is in) is an entry of the folder shown whose name is not
    /// UTF-8: decoded, it names something else.
    bool isUndecodable(const QString &path) const;
    /// Says so in changeError when @p path is undecodable; true then.
    bool refuseUndecodable(const QString &path);
    /// Runs @p command in the container (as `docker exec`), then reads the folder again.
    void change(const QStringList &command);

    bool m_complete = false;
    bool m_running = false;
    bool m_stopped = false; ///< the folder's reading was stopped before its end
    QString m_containerName;
    QPointer<ExecSession> m_exec;
    QByteArray m_execOutput;
    QString m_changeError;
    QString m_container;
    QString m_volume;
    QPointer<FileRoot> m_root;
    QPointer<FolderListing> m_listing; ///< the current folder's, or the last one read whole
    QString m_path;
    QString m_error;
    FileListModel m_entries;
    QString m_filter;
    bool m_showHidden = true;
    FileListModel::SortKey m_sortKey = FileListModel::ByName;
    bool m_descending = false;

    QPointer<FileHead> m_head;
    QString m_previewPath;
    QString m_previewKind;
    QString m_previewText;
    QString m_previewImage;
    QString m_previewNote;
    QByteArray m_previewData; ///< the bytes read of the file previewed
    QString m_previewEncoding; ///< what previewText was read as ("" when not text)
    QString m_previewChosen; ///< the encoding the user picked for this file, "" for the guess
    qint64 m_previewLimit = FirstPreview;
    qint64 m_previewSize = 0;
    qint64 m_previewRead = 0;
};
