// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

/**
 * The part of a volume backup a partial restore writes: the chosen files and folders (a folder
 * with everything under it) and the folders on the way to them, with the archive's modes and
 * owners. A hard link whose target is not chosen still gets the content: the target's entry is
 * written under the first chosen link's name, and the other chosen links to it point there.
 * Paths are bytes as BackupListing::normalized() gives them. A value: copy it freely.
 */
class TarSelection
{
public:
    TarSelection() = default;
    /// @p paths as the user names them ("etc/app.conf", "/data/", "./x"): "/" is the volume's top.
    explicit TarSelection(const QStringList &paths);

    /// Nothing chosen: the whole archive.
    bool isEmpty() const { return m_chosen.isEmpty() && m_error.isEmpty(); }
    /// What was wrong with the paths or the archive (a path it does not hold is named); empty
    /// when the selection can be used.
    QString error() const { return m_error; }
    /// The chosen paths, normalised, in the order given.
    QList<QByteArray> paths() const { return m_order; }

    /// Reads @p archive's headers (contents skipped): every chosen path must be in it, and each
    /// hard link's target is known. False with error() otherwise.
    bool resolve(const QString &archive, const std::atomic_bool *cancel = nullptr);

    /// @p path is chosen, or under a chosen folder.
    bool chooses(const QByteArray &path) const;
    /// The restore writes @p path: chosen, or a folder on the way to a chosen path.
    bool writes(const QByteArray &path) const;
    /// A folder on the way to a chosen path ("" is the top).
    bool isParent(const QByteArray &path) const { return m_parents.contains(path); }
    /// For an entry that is not chosen but is the target of chosen hard links: the link whose
    /// name it is written under; empty for any other.
    QByteArray carrierOf(const QByteArray &path) const { return m_carriers.value(path); }
    /// Where the chosen hard link @p path points in the restored volume, once resolve() knows
    /// the archive: its target when that is written, else the carrier; empty when @p path is
    /// itself the carrier (written with the content instead).
    QByteArray linkTarget(const QByteArray &path, const QByteArray &target) const;

    /// Regular files written (carriers included) and their bytes, once resolved.
    qint64 files() const { return m_files; }
    qint64 bytes() const { return m_bytes; }
    /// Device nodes written, and the first few of their paths.
    qint64 deviceNodeCount() const { return m_deviceNodeCount; }
    QStringList deviceNodes() const { return m_deviceNodes; }

private:
    QSet<QByteArray> m_chosen;
    QList<QByteArray> m_order;
    QSet<QByteArray> m_parents;
    QHash<QByteArray, QByteArray> m_roots; ///< hard link → the entry holding the content
    QHash<QByteArray, QByteArray> m_carriers; ///< unchosen content entry → chosen link
    qint64 m_files = 0;
    qint64 m_bytes = 0;
    qint64 m_deviceNodeCount = 0;
    QStringList m_deviceNodes;
    QString m_error;
};
