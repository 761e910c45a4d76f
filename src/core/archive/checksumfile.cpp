// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/checksumfile.h"

#include "archive/sha256.h"
#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumFile)
};
} // namespace

namespace ChecksumFile {

QString pathFor(const QString &archivePath)
{
    return archivePath + QStringLiteral(".sha256");
}

QByteArray compute(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    Sha256 hash;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            *error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
            return {};
        }
        if (n == 0)
            return hash.hexResult();
        hash.addData(QByteArrayView(block.constData(), n));
    }
}

QString write(const QString &archivePath, const QByteArray &hexDigest)
{
    QSaveFile file(pathFor(archivePath));
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    file.write(hexDigest + "  " + QFileInfo(archivePath).fileName().toUtf8() + '\n');
    if (!file.commit())
        return Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    // Private like the archive beside it.
    QFile::setPermissions(file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QByteArray read(const QString &archivePath, QString *error)
{
    QFile file(pathFor(archivePath));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    // "<hex>  <name>" or "<hex> *<name>" (binary mode), as sha256sum writes them.
    static const QRegularExpression line(QStringLiteral("^([0-9a-fA-F]{64}) [ *](.+)$"));
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(file.readLine(4096)).trimmed());
    if (!m.hasMatch()) {
        *error = Tr::tr("%1 is not a checksum file (sha256sum's \"<digest>  <name>\").").arg(file.fileName());
        return {};
    }
    return m.captured(1).toLower().toLatin1();
}

} // namespace ChecksumFile
