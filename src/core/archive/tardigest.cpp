// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tardigest.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TarDigest)
};
} // namespace

TarDigest::TarDigest()
{
    m_reader.onContent = [this](QByteArrayView data) { m_content.addData(data); };
    m_reader.onEntryEnd = [this](const TarEntry &entry) { endEntry(entry); };
}

void TarDigest::addData(QByteArrayView data)
{
    m_reader.addData(data);
}

void TarDigest::endEntry(const TarEntry &entry)
{
    QByteArray sha;
    qint64 size = 0;
    char type = char(entry.type);
    if (entry.type == TarEntry::Type::File) {
        sha = m_content.hexResult();
        size = entry.size;
        m_contentBytes += entry.size;
        m_files.insert(entry.path, {size, sha});
    } else if (entry.type == TarEntry::Type::HardLink) { // the file it names
        const auto target = m_files.constFind(normalisedTarPath(entry.linkTarget));
        if (target == m_files.constEnd()) {
            m_error = Tr::tr("a hard link names %1, which comes nowhere before it").arg(entry.linkTarget);
            m_reader.stop();
            return;
        }
        type = '0';
        size = target->first;
        sha = target->second;
        m_files.insert(entry.path, *target);
    }
    if (!entry.path.isEmpty()) { // the volume's own folder is not compared
        m_lines << entry.path + QLatin1Char('\t') + QLatin1Char(type) + QLatin1Char('\t')
                + QString::number(entry.mode & 0777, 8) + QLatin1Char('\t') + QString::number(size)
                + QLatin1Char('\t') + QString::fromLatin1(sha) + QLatin1Char('\t')
                + (type == '2' ? entry.linkTarget : QString());
    }
}

QByteArray TarDigest::finish()
{
    if (!m_error.isEmpty())
        return {};
    if (!m_reader.finish()) {
        m_error = m_reader.error();
        return {};
    }
    return digestOf(m_lines);
}

QString TarDigest::error() const
{
    return m_error.isEmpty() ? m_reader.error() : m_error;
}

QByteArray TarDigest::digestOf(QStringList lines)
{
    lines.sort();
    return Sha256::hex(lines.join(QLatin1Char('\n')).toUtf8());
}
