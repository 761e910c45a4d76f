// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarreader.h"
#include "testsupport.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <gtest/gtest.h>

/// What the Files tests compare a listing with: stat's words for each entry of a folder, read
/// here or inside a container, and a listing's entries in the same words.
namespace FolderStat {

/// What stat says of each entry of the folder $0 (busybox's stat and GNU's both), NUL-separated.
inline const char *const Script = R"sh(cd "$0" || exit 1
for p in * .[!.]*; do
  [ -e "$p" ] || [ -L "$p" ] || continue
  s=$(stat -c '%F|%a|%u|%g|%Y' "$p")
  if [ -L "$p" ]; then x="-|$(readlink "$p")"
  elif [ -f "$p" ]; then x="$(stat -c %s "$p")|"
  else x="-|"; fi
  printf '%s|%s\0%s\0' "$s" "$x" "$p"
done)sh";

/// Script's output: name → "type|mode|uid|gid|mtime|size|link".
inline QMap<QByteArray, QString> lines(const TestSupport::ProcessResult &r)
{
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    QMap<QByteArray, QString> out;
    const QList<QByteArray> parts = r.out.split('\0');
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        QString line = QString::fromUtf8(parts[i]);
        line.replace(QLatin1String("regular empty file|"), QLatin1String("regular file|"));
        out.insert(parts[i + 1], line);
    }
    return out;
}

/// What GNU stat says here of @p folder (a volume's, through its mountpoint: the tests run as root).
inline QMap<QByteArray, QString> here(const QString &folder)
{
    return lines(
        TestSupport::run(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromUtf8(Script), folder}));
}

/// What `docker exec CONTAINER sh -c Script` says of @p folder's entries.
inline QMap<QByteArray, QString> inContainer(
    const QString &host, const QString &container, const QString &folder)
{
    return lines(TestSupport::docker(host,
        {QStringLiteral("exec"), container, QStringLiteral("sh"), QStringLiteral("-c"),
            QString::fromUtf8(Script), folder}));
}

inline QString typeWord(TarEntry::Type type)
{
    switch (type) {
    case TarEntry::Type::File:
        return QStringLiteral("regular file");
    case TarEntry::Type::Directory:
        return QStringLiteral("directory");
    case TarEntry::Type::SymLink:
        return QStringLiteral("symbolic link");
    case TarEntry::Type::Fifo:
        return QStringLiteral("fifo");
    default:
        return QStringLiteral("other");
    }
}

/// A listing's entries in stat's words, by the last part of each name.
inline QMap<QByteArray, QString> described(const QList<TarEntry> &entries)
{
    QMap<QByteArray, QString> out;
    for (const TarEntry &e : entries) {
        // A tar names a folder with a "/" after it.
        const QByteArray raw = e.rawPath.endsWith('/') ? e.rawPath.chopped(1) : e.rawPath;
        out.insert(raw.mid(raw.lastIndexOf('/') + 1),
            QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                .arg(typeWord(e.type), QString::number(e.mode, 8))
                .arg(e.uid)
                .arg(e.gid)
                .arg(e.modified)
                .arg(e.type == TarEntry::Type::File ? QString::number(e.size) : QStringLiteral("-"),
                    e.type == TarEntry::Type::SymLink ? e.linkTarget : QString()));
    }
    return out;
}

} // namespace FolderStat
