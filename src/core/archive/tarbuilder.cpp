// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tarbuilder.h"

#include <cstring>

namespace {
void putOctal(char *field, int width, qint64 value)
{
    const QByteArray s = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, s.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}
} // namespace

void TarBuilder::addEntry(
    const QString &name, char type, const QByteArray &data, int mode, const QString &link)
{
    char header[512] = {};
    const QByteArray n = name.toUtf8();
    std::memcpy(header, n.constData(), size_t(qMin<qsizetype>(n.size(), 100)));
    putOctal(header + 100, 8, mode);
    putOctal(header + 108, 8, 0);
    putOctal(header + 116, 8, 0);
    putOctal(header + 124, 12, data.size());
    putOctal(header + 136, 12, 1700000000);
    header[156] = type;
    const QByteArray l = link.toUtf8();
    std::memcpy(header + 157, l.constData(), size_t(qMin<qsizetype>(l.size(), 100)));
    std::memcpy(header + 257, "ustar\00000", 8);
    std::memset(header + 148, ' ', 8);
    unsigned sum = 0;
    for (unsigned char c : header)
        sum += c;
    putOctal(header + 148, 7, sum);
    m_data.append(header, 512);
    m_data.append(data);
    m_data.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
}

void TarBuilder::addFile(const QString &name, const QByteArray &data, int mode)
{
    addEntry(name, '0', data, mode);
}

void TarBuilder::addDirectory(const QString &name, int mode)
{
    addEntry(name.endsWith(QLatin1Char('/')) ? name : name + QLatin1Char('/'), '5', {}, mode);
}

void TarBuilder::addSymlink(const QString &name, const QString &target)
{
    addEntry(name, '2', {}, 0777, target);
}

QByteArray TarBuilder::finish() const
{
    return m_data + QByteArray(1024, '\0');
}
