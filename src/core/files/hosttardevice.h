// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <functional>

#include <sys/stat.h>

/**
 * A file or folder of this machine as the tar docker cp uploads (go-archive's TarWithOptions):
 * every entry with its type, mode (setuid and sticky bits too), owner numbers, time in seconds
 * and size; symbolic links as links, never followed; files with several names as one file and
 * hard links to it; devices and fifos as such; sockets left out, as docker leaves them. PAX
 * records carry long or non-ASCII names and a file's capabilities (security.capability, the
 * only extended attribute docker cp carries). Made as it is read, one block at a time, so a large
 * file never sits in memory. Sequential; readChannelFinished() after the last byte.
 *
 * open() lists the tree first and opens every file once, so that what cannot be read is said
 * before a byte goes to the engine. A file that changes size while it is read fails the device
 * (failed()): the upload must then be aborted, never ended, or the engine would keep a part.
 */
class HostTarDevice : public QIODevice
{
    Q_OBJECT
public:
    /// What goes into the archive, asked for every entry below the top (its name without a
    /// trailing /) in the order of the walk: a folder's entry comes before what it holds.
    enum class Choice { Include, LeaveOut, LeaveOutTree };
    using Filter = std::function<Choice(const QByteArray &name, bool isDir)>;

    /// @p path as the entry @p name (its contents as @p name/…); with an empty @p name, the
    /// folder's contents at the top of the archive (a build context).
    HostTarDevice(const QString &path, const QByteArray &name, QObject *parent = nullptr);
    ~HostTarDevice() override;

    /// Before open(): which entries go in (all by default).
    void setFilter(Filter filter) { m_filter = std::move(filter); }
    /// Before open(): every entry owned by @p uid and @p gid (docker build sends 0 and 0).
    void setOwner(uint uid, uint gid)
    {
        m_ownerSet = true;
        m_uid = uid;
        m_gid = gid;
    }
    /// Entries that go into the archive (after open()).
    qsizetype entryCount() const { return m_entries.size(); }

    /// Lists the tree; false with errorString() when something in it cannot be read.
    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    /// Bytes of file content in the tree, and how many went out so far.
    qint64 contentTotal() const { return m_contentTotal; }
    qint64 contentDone() const { return m_contentDone; }
    /// Sockets left out (docker leaves them out too).
    int skipped() const { return m_skipped; }
    bool hasFailed() const { return !m_failure.isEmpty(); }
    QString failure() const { return m_failure; }

Q_SIGNALS:
    void failed(const QString &error);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Entry
    {
        QByteArray hostPath;
        QByteArray name;
        struct stat st;
        QByteArray linkTarget; ///< a symbolic link's target
        QByteArray hardLinkTo; ///< the name of the file this one is another name of
        QByteArray capability; ///< its security.capability, as docker carries it
    };
    bool walk(const QByteArray &hostPath, const QByteArray &name);
    bool walkChildren(const QByteArray &hostPath, const QByteArray &name);
    QByteArray header(const Entry &e) const;
    /// Adds the next piece of the archive to m_buffer; false at the end or on failure.
    bool produce();
    void failWith(const QString &error);

    QString m_path;
    QByteArray m_name;
    Filter m_filter;
    bool m_ownerSet = false;
    uint m_uid = 0;
    uint m_gid = 0;
    QList<Entry> m_entries;
    qsizetype m_next = 0; ///< the entry whose header comes next
    int m_file = -1; ///< the file whose content is being read
    qint64 m_fileLeft = 0;
    qint64 m_filePadding = 0;
    QByteArray m_buffer;
    qsizetype m_bufferOffset = 0;
    bool m_finished = false; ///< the closing blocks are in m_buffer
    qint64 m_contentTotal = 0;
    qint64 m_contentDone = 0;
    int m_skipped = 0;
    QString m_failure;
};
