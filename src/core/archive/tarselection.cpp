// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tarselection.h"

#include "archive/backuplisting.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TarSelection)
};

} // namespace

TarSelection::TarSelection(const QStringList &paths)
{
    for (const QString &given : paths) {
        QByteArray bytes = given.toUtf8();
        while (bytes.startsWith('/')) // the volume's top, as the user sees it
            bytes.remove(0, 1);
        bool escapes = false;
        const QByteArray path = BackupListing::normalized(bytes, &escapes);
        if (escapes) {
            m_error = Tr::tr("\"%1\" leads outside the volume: a backup holds nothing there.").arg(given);
            return;
        }
        if (path.isEmpty()) {
            m_error = Tr::tr("\"%1\" is the whole backup: name the files or folders in it to restore.")
                          .arg(given);
            return;
        }
        if (m_chosen.contains(path))
            continue;
        m_chosen.insert(path);
        m_order.append(path);
        m_parents.insert(QByteArray());
        for (qsizetype slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1))
            m_parents.insert(path.left(slash));
    }
}

bool TarSelection::chooses(const QByteArray &path) const
{
    QByteArray p = path;
    while (!p.isEmpty()) {
        if (m_chosen.contains(p))
            return true;
        const qsizetype slash = p.lastIndexOf('/');
        if (slash < 0)
            return false;
        p.truncate(slash);
    }
    return false;
}

bool TarSelection::writes(const QByteArray &path) const
{
    return m_parents.contains(path) || chooses(path);
}

QByteArray TarSelection::linkTarget(const QByteArray &path, const QByteArray &target) const
{
    if (chooses(target))
        return target;
    const QByteArray root = m_roots.value(path, target);
    if (chooses(root))
        return root;
    const QByteArray carrier = m_carriers.value(root);
    return carrier == path ? QByteArray() : carrier;
}

bool TarSelection::resolve(const QString &archive, const std::atomic_bool *cancel)
{
    if (!m_error.isEmpty())
        return false;
    m_roots.clear();
    m_carriers.clear();
    m_files = 0;
    m_bytes = 0;
    m_deviceNodeCount = 0;
    m_deviceNodes.clear();
    QSet<QByteArray> found;
    const QString error = BackupListing::read(
        archive,
        [&](const BackupListing::Entry &e) {
            if (e.refused || e.path.isEmpty())
                return true;
            // The chosen paths this entry shows are there: itself, or a folder it is in.
            for (QByteArray p = e.path;;) {
                if (m_chosen.contains(p))
                    found.insert(p);
                const qsizetype slash = p.lastIndexOf('/');
                if (slash < 0)
                    break;
                p.truncate(slash);
            }
            if (e.type == BackupListing::Type::HardLink) {
                const QByteArray root = m_roots.value(e.target, e.target);
                m_roots.insert(e.path, root);
                if (chooses(e.path) && !chooses(root) && !m_carriers.contains(root)) {
                    m_carriers.insert(root, e.path);
                    ++m_files;
                    m_bytes += e.size; // the target's
                }
            } else if (e.type == BackupListing::Type::File && chooses(e.path)) {
                ++m_files;
                m_bytes += e.size;
            } else if ((e.type == BackupListing::Type::CharDevice
                           || e.type == BackupListing::Type::BlockDevice)
                && chooses(e.path) && ++m_deviceNodeCount <= 5) {
                m_deviceNodes.append(BackupListing::displayName(e.path));
            }
            return true;
        },
        cancel);
    if (!error.isEmpty()) {
        m_error = error;
        return false;
    }
    QStringList missing;
    for (const QByteArray &path : std::as_const(m_order)) {
        if (!found.contains(path))
            missing.append(QLatin1Char('"') + BackupListing::displayName(path) + QLatin1Char('"'));
    }
    if (!missing.isEmpty()) {
        m_error = Tr::tr("The backup %1 holds no %2.")
                      .arg(QFileInfo(archive).fileName(), missing.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}
