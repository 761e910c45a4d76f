// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/execlisting.h"

#include "jobs/volumetool.h"

#include <QCoreApplication>
#include <QSet>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExecListing)
};

// find's fields: type letter, permission bits (octal), size, uid, gid, mtime with its fraction;
// then the name and a link's target, each NUL-ended. "FOLDER/" so that a link to a folder is
// listed as the folder it names, as the archive stream's "FOLDER/." is.
constexpr const char *FindFormat = "%y %m %s %U %G %T@\\0%P\\0%l\\0";

// Any POSIX sh (busybox's, dash, bash): the count, the names (NUL-ended, as the shell's glob
// gave them, once), stat's line for each (raw mode in hex, size, uid, gid, mtime: no name, so a
// newline in a name cannot shift them), then each one's link target with "\n." after it (the
// newline readlink writes, and a dot so that $(…) keeps a target's own trailing newlines), or
// nothing for what is not a link. Exit 127: no stat or readlink (as when sh is missing); 3: no
// such folder; 4, 5: stat or readlink failed.
constexpr const char *StatScript
    = R"sh(command -v stat >/dev/null && command -v readlink >/dev/null || exit 127
cd -- "$1" || exit 3
set -- .[!.]* ..?* *
for f; do shift; { [ -e "$f" ] || [ -L "$f" ]; } && set -- "$@" "$f"; done
printf '%d\0' $#
[ $# -eq 0 ] && exit 0
printf '%s\0' "$@"
stat -c '%f %s %u %g %Y' -- "$@" || exit 4
for f; do
  if [ -L "$f" ]; then t=$(readlink -- "$f" && echo .) || exit 5; printf '%s\0' "$t"
  else printf '\0'; fi
done)sh";

/// A decimal number of digits only (no sign, no spaces), up to 19 digits.
bool number(const QByteArray &text, qint64 *value, int base = 10)
{
    if (text.isEmpty() || text.size() > 19)
        return false;
    for (const char c : text) {
        const bool digit = base == 16 ? QByteArrayView("0123456789abcdefABCDEF").contains(c)
                                      : (c >= '0' && c <= (base == 8 ? '7' : '9'));
        if (!digit)
            return false;
    }
    bool ok = false;
    *value = text.toLongLong(&ok, base);
    return ok && *value >= 0;
}

bool goodName(const QByteArray &name)
{
    return !name.isEmpty() && name.size() <= VolumeTool::MaxNameBytes && name != "." && name != ".."
        && !name.contains('/');
}

/// The NUL-ended field at @p at, at most @p limit bytes.
bool field(const QByteArray &output, qsizetype *at, qsizetype limit, QByteArray *out)
{
    const qsizetype end = output.indexOf('\0', *at);
    if (end < 0 || end - *at > limit)
        return false;
    *out = output.mid(*at, end - *at);
    *at = end + 1;
    return true;
}

struct Parser
{
    QList<TarEntry> *entries;
    QString *error;
    bool bad(const QString &why) const
    {
        entries->clear();
        *error = why;
        return false;
    }
    QString which() const { return QString::number(entries->size() + 1); }
};

bool parseFind(const QByteArray &output, QList<TarEntry> *entries, QString *error)
{
    const Parser p {entries, error};
    qsizetype at = 0;
    QByteArray head, name, link;
    while (at < output.size()) {
        if (entries->size() >= VolumeTool::MaxListedEntries)
            return p.bad(Tr::tr("it names more than %1 entries").arg(VolumeTool::MaxListedEntries));
        if (!field(output, &at, 120, &head) || !field(output, &at, VolumeTool::MaxNameBytes, &name)
            || !field(output, &at, VolumeTool::MaxNameBytes, &link))
            return p.bad(Tr::tr("entry %1 is cut short or too long").arg(p.which()));
        const QList<QByteArray> fields = head.split(' ');
        if (fields.size() != 6 || fields[0].size() != 1)
            return p.bad(Tr::tr("entry %1 has no proper header").arg(p.which()));
        TarEntry entry;
        switch (fields[0].at(0)) {
        case 'f':
            entry.type = TarEntry::Type::File;
            break;
        case 'd':
            entry.type = TarEntry::Type::Directory;
            break;
        case 'l':
            entry.type = TarEntry::Type::SymLink;
            break;
        case 'c':
            entry.type = TarEntry::Type::CharDevice;
            break;
        case 'b':
            entry.type = TarEntry::Type::BlockDevice;
            break;
        case 'p':
            entry.type = TarEntry::Type::Fifo;
            break;
        case 's':
        case 'D':
            continue; // a socket or a door: the archive stream leaves them out too
        default:
            return p.bad(Tr::tr("entry %1 has an unknown type").arg(p.which()));
        }
        qint64 mode = 0, size = 0;
        const QList<QByteArray> time = fields[5].split('.');
        if (!number(fields[1], &mode, 8) || !number(fields[2], &size) || !number(fields[3], &entry.uid)
            || !number(fields[4], &entry.gid) || time.size() > 2 || !number(time[0], &entry.modified)
            || (time.size() == 2 && !number(time[1], &entry.modifiedNanoseconds)))
            return p.bad(Tr::tr("entry %1 has a number that is not one").arg(p.which()));
        if (time.size() == 2) // a fraction of any length, as nanoseconds
            entry.modifiedNanoseconds = QByteArray(time[1] + "000000000").left(9).toLongLong();
        if (mode > 07777)
            return p.bad(Tr::tr("entry %1 has a number out of range").arg(p.which()));
        entry.mode = int(mode);
        entry.size = entry.type == TarEntry::Type::File ? size : 0;
        if (!goodName(name))
            return p.bad(Tr::tr("entry %1 is not a name in one folder").arg(p.which()));
        if ((entry.type == TarEntry::Type::SymLink) == link.isEmpty())
            return p.bad(Tr::tr("entry %1's link target does not fit its type").arg(p.which()));
        entry.rawPath = name;
        entry.path = QString::fromUtf8(name);
        entry.rawLinkTarget = link;
        entry.linkTarget = QString::fromUtf8(link);
        entries->append(entry);
    }
    return true;
}

bool parseStat(const QByteArray &output, QList<TarEntry> *entries, QString *error)
{
    const Parser p {entries, error};
    qsizetype at = 0;
    QByteArray text;
    qint64 count = 0;
    if (!field(output, &at, 20, &text) || !number(text, &count))
        return p.bad(Tr::tr("it does not say how many entries it names"));
    if (count > VolumeTool::MaxListedEntries)
        return p.bad(Tr::tr("it names more than %1 entries").arg(VolumeTool::MaxListedEntries));
    QList<QByteArray> names;
    names.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        if (!field(output, &at, VolumeTool::MaxNameBytes, &text) || !goodName(text))
            return p.bad(Tr::tr("name %1 is cut short or not a name in one folder").arg(i + 1));
        names << text;
    }
    QList<TarEntry> found;
    found.reserve(count);
    QSet<qint64> sockets;
    for (qint64 i = 0; i < count; ++i) {
        const qsizetype end = output.indexOf('\n', at);
        if (end < 0 || end - at > 120)
            return p.bad(Tr::tr("the state of entry %1 is cut short or too long").arg(i + 1));
        const QList<QByteArray> fields = output.mid(at, end - at).split(' ');
        at = end + 1;
        qint64 raw = 0, size = 0;
        TarEntry entry;
        if (fields.size() != 5 || !number(fields[0], &raw, 16) || !number(fields[1], &size)
            || !number(fields[2], &entry.uid) || !number(fields[3], &entry.gid)
            || !number(fields[4], &entry.modified))
            return p.bad(Tr::tr("the state of entry %1 has a number that is not one").arg(i + 1));
        switch (raw & 0170000) {
        case 0100000:
            entry.type = TarEntry::Type::File;
            break;
        case 0040000:
            entry.type = TarEntry::Type::Directory;
            break;
        case 0120000:
            entry.type = TarEntry::Type::SymLink;
            break;
        case 0020000:
            entry.type = TarEntry::Type::CharDevice;
            break;
        case 0060000:
            entry.type = TarEntry::Type::BlockDevice;
            break;
        case 0010000:
            entry.type = TarEntry::Type::Fifo;
            break;
        case 0140000:
            sockets.insert(i); // left out below, as the archive stream does
            break;
        default:
            return p.bad(Tr::tr("entry %1 has an unknown type").arg(i + 1));
        }
        if (raw > 0177777)
            return p.bad(Tr::tr("the state of entry %1 has a number out of range").arg(i + 1));
        entry.mode = int(raw & 07777);
        entry.size = entry.type == TarEntry::Type::File ? size : 0;
        entry.rawPath = names.at(i);
        entry.path = QString::fromUtf8(entry.rawPath);
        found << entry;
    }
    for (qint64 i = 0; i < count; ++i) {
        // A target with the "\n." the script puts after it, at most MaxNameBytes long.
        if (!field(output, &at, VolumeTool::MaxNameBytes + 2, &text))
            return p.bad(Tr::tr("the link target of entry %1 is cut short or too long").arg(i + 1));
        TarEntry &entry = found[i];
        const bool link = entry.type == TarEntry::Type::SymLink && !sockets.contains(i);
        if (link != !text.isEmpty() || (link && (!text.endsWith("\n.") || text.size() < 3)))
            return p.bad(Tr::tr("the link target of entry %1 does not fit its type").arg(i + 1));
        entry.rawLinkTarget = text.chopped(link ? 2 : 0);
        entry.linkTarget = QString::fromUtf8(entry.rawLinkTarget);
    }
    if (at != output.size())
        return p.bad(Tr::tr("it says more than it lists"));
    entries->clear();
    for (qint64 i = 0; i < count; ++i) {
        if (!sockets.contains(i))
            entries->append(found.at(i));
    }
    return true;
}

} // namespace

namespace ExecListing {

QStringList command(Method method, const QString &folder)
{
    const QString path = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    if (method == Method::Find)
        return {QStringLiteral("find"), path, QStringLiteral("-mindepth"), QStringLiteral("1"),
            QStringLiteral("-maxdepth"), QStringLiteral("1"), QStringLiteral("-printf"),
            QString::fromLatin1(FindFormat)};
    return {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(StatScript),
        QStringLiteral("berth-list"), path};
}

bool parse(Method method, const QByteArray &output, QList<TarEntry> *entries, QString *error)
{
    entries->clear();
    if (output.size() > MaxOutput) {
        *error = Tr::tr("it is longer than %1 bytes").arg(MaxOutput);
        return false;
    }
    return method == Method::Find ? parseFind(output, entries, error) : parseStat(output, entries, error);
}

QString name(Method method)
{
    switch (method) {
    case Method::Find:
        return QStringLiteral("find");
    case Method::Stat:
        return QStringLiteral("stat");
    case Method::Archive:
        return QStringLiteral("archive");
    case Method::Unknown:
        break;
    }
    return QStringLiteral("?");
}

} // namespace ExecListing
