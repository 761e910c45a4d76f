// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/copypaths.h"

#include <QStringList>

namespace CopyPaths {

Argument split(const QString &argument)
{
    if (argument.startsWith(QLatin1Char('/')))
        return {QString(), argument};
    const qsizetype colon = argument.indexOf(QLatin1Char(':'));
    // "./file:name" is a local path; so is anything without a ':'.
    if (colon < 0 || argument.startsWith(QLatin1Char('.')))
        return {QString(), argument};
    return {argument.left(colon), argument.mid(colon + 1)};
}

QString clean(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    const bool rooted = path.startsWith(QLatin1Char('/'));
    QStringList out;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!out.isEmpty() && out.last() != QLatin1String(".."))
                out.removeLast();
            else if (!rooted)
                out.append(part);
            continue;
        }
        out.append(part);
    }
    const QString joined = out.join(QLatin1Char('/'));
    if (rooted)
        return QLatin1Char('/') + joined;
    return joined.isEmpty() ? QStringLiteral(".") : joined;
}

QString base(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (p == QLatin1String("/"))
        return p;
    return p.mid(p.lastIndexOf(QLatin1Char('/')) + 1);
}

QString dir(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return clean(slash < 0 ? QString() : path.left(slash + 1));
}

bool hasTrailingSeparator(const QString &path)
{
    return path.endsWith(QLatin1Char('/'));
}

bool specifiesCurrentDir(const QString &path)
{
    return base(path) == QLatin1String(".");
}

bool assertsDirectory(const QString &path)
{
    return hasTrailingSeparator(path) || specifiesCurrentDir(path);
}

QString preserveTrailingDotOrSeparator(const QString &cleaned, const QString &original)
{
    QString out = cleaned;
    if (!specifiesCurrentDir(out) && specifiesCurrentDir(original)) {
        if (!hasTrailingSeparator(out))
            out += QLatin1Char('/');
        out += QLatin1Char('.');
    }
    if (!hasTrailingSeparator(out) && hasTrailingSeparator(original))
        out += QLatin1Char('/');
    return out;
}

QPair<QString, QString> splitDirEntry(const QString &path)
{
    QString cleaned = clean(path);
    if (specifiesCurrentDir(path))
        cleaned += QStringLiteral("/.");
    return {dir(cleaned), base(cleaned)};
}

QString resolveLink(const QString &linkPath, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target;
    return clean(splitDirEntry(linkPath).first + QLatin1Char('/') + target);
}

QPair<QString, QString> rebaseAfterLink(const QString &path, const QString &resolved)
{
    QString out = resolved;
    if (specifiesCurrentDir(path) && !specifiesCurrentDir(out))
        out += QStringLiteral("/.");
    if (hasTrailingSeparator(path) && !hasTrailingSeparator(out))
        out += QLatin1Char('/');
    return {out, base(path) != base(out) ? base(path) : QString()};
}

Plan plan(const Info &source, const Info &destination)
{
    Plan p;
    const auto [dstDir, dstBase] = splitDirEntry(destination.path);
    const QString srcBase
        = source.rebaseName.isEmpty() ? splitDirEntry(source.path).second : source.rebaseName;
    if (destination.exists && destination.isDir) {
        // Into the folder as it is; only a followed link keeps its own name.
        p.dstDir = destination.path;
        if (!source.rebaseName.isEmpty()) {
            p.from = splitDirEntry(source.path).second;
            p.to = source.rebaseName;
        }
        return p;
    }
    if (destination.exists && source.isDir) {
        p.error = Plan::CannotCopyDir;
        return p;
    }
    if (!destination.exists && !source.isDir && assertsDirectory(destination.path)) {
        p.error = Plan::DirNotExists;
        return p;
    }
    // The top entry takes the destination's name, in the destination's folder.
    p.dstDir = dstDir;
    p.from = source.rebaseName.isEmpty() ? srcBase : splitDirEntry(source.path).second;
    p.to = dstBase;
    return p;
}

QByteArray rebase(const QByteArray &name, const QByteArray &from, const QByteArray &to)
{
    if (from.isEmpty() && to.isEmpty()) // no rename: the name as it is, absolute ones too
        return name;
    QByteArray oldBase = from;
    QByteArray newBase = to;
    while (oldBase.endsWith('/'))
        oldBase.chop(1);
    while (newBase.endsWith('/'))
        newBase.chop(1);
    if (oldBase.isEmpty()) {
        QByteArray n = name;
        while (n.startsWith('/'))
            n.remove(0, 1);
        return newBase.isEmpty() ? n : newBase + '/' + n;
    }
    if (!name.startsWith(oldBase))
        return name;
    const QByteArray suffix = name.mid(oldBase.size());
    if (!suffix.isEmpty() && !suffix.startsWith('/'))
        return name;
    return newBase + suffix;
}

} // namespace CopyPaths
