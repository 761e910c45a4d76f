// SPDX-License-Identifier: GPL-3.0-or-later
// docker cp's path rules, and tars written into and read from folders of this machine.
#include "archive/tarbuilder.h"
#include "files/copypaths.h"
#include "files/execlisting.h"
#include "files/hosttardevice.h"
#include "files/tarextractor.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// Every entry under @p root: path, type and mode, size, link target, content.
QStringList tree(const QString &root, const QString &at = QString())
{
    QStringList out;
    for (const QString &name : entries(root + at)) {
        const QString path = at + QLatin1Char('/') + name;
        struct stat st
        {
        };
        EXPECT_EQ(::lstat(QFile::encodeName(root + path).constData(), &st), 0);
        QString line = path + QLatin1Char(' ') + QString::number(st.st_mode, 8);
        if (S_ISLNK(st.st_mode)) {
            QByteArray target(4096, '\0');
            target.truncate(::readlink(QFile::encodeName(root + path).constData(), target.data(), 4096));
            line += QStringLiteral(" -> ") + QFile::decodeName(target);
        } else if (S_ISREG(st.st_mode)) {
            QFile f(root + path);
            EXPECT_TRUE(f.open(QIODevice::ReadOnly));
            line += QLatin1Char(' ') + QString::number(st.st_size) + QLatin1Char(' ')
                + QString::fromLatin1(f.readAll().toHex().left(40)) + QStringLiteral(" links ")
                + QString::number(st.st_nlink);
        }
        out << line;
        if (S_ISDIR(st.st_mode))
            out << tree(root, path);
    }
    return out;
}

} // namespace

TEST(CopyPaths, SplitsAsDockerCp)
{
    EXPECT_EQ(CopyPaths::split(QStringLiteral("web:/etc/hosts")).container, QStringLiteral("web"));
    EXPECT_EQ(CopyPaths::split(QStringLiteral("web:/etc/hosts")).path, QStringLiteral("/etc/hosts"));
    EXPECT_EQ(CopyPaths::split(QStringLiteral("/abs/a:b")).container, QString());
    EXPECT_EQ(CopyPaths::split(QStringLiteral("./a:b")).container, QString());
    EXPECT_EQ(CopyPaths::split(QStringLiteral("file")).path, QStringLiteral("file"));
    EXPECT_EQ(CopyPaths::clean(QStringLiteral("/a//b/./c/../d/")), QStringLiteral("/a/b/d"));
    EXPECT_EQ(CopyPaths::clean(QStringLiteral("/../x")), QStringLiteral("/x"));
    EXPECT_EQ(CopyPaths::preserveTrailingDotOrSeparator(QStringLiteral("/a/b"), QStringLiteral("a/b/.")),
        QStringLiteral("/a/b/."));
    const auto [dir, base] = CopyPaths::splitDirEntry(QStringLiteral("/a/b/."));
    EXPECT_EQ(dir, QStringLiteral("/a/b"));
    EXPECT_EQ(base, QStringLiteral("."));
    EXPECT_EQ(CopyPaths::rebase("./x/y", ".", "new"), QByteArray("new/x/y"));
    EXPECT_EQ(CopyPaths::rebase("srcs/x", "src", "new"), QByteArray("srcs/x"));
}

TEST(CopyPaths, PlansAsPrepareArchiveCopy)
{
    using CopyPaths::Plan;
    // A folder into an existing folder: as it is.
    Plan p
        = CopyPaths::plan({QStringLiteral("/s/dir"), true, true, {}}, {QStringLiteral("/d"), true, true, {}});
    EXPECT_EQ(p.dstDir, QStringLiteral("/d"));
    EXPECT_TRUE(p.from.isEmpty());
    // A folder to a new name: its parent, renamed.
    p = CopyPaths::plan(
        {QStringLiteral("/s/dir"), true, true, {}}, {QStringLiteral("/d/new"), false, false, {}});
    EXPECT_EQ(p.dstDir, QStringLiteral("/d"));
    EXPECT_EQ(p.from, QStringLiteral("dir"));
    EXPECT_EQ(p.to, QStringLiteral("new"));
    // A folder's contents to a new name.
    p = CopyPaths::plan(
        {QStringLiteral("/s/dir/."), true, true, {}}, {QStringLiteral("/d/new"), false, false, {}});
    EXPECT_EQ(p.from, QStringLiteral("."));
    EXPECT_EQ(p.to, QStringLiteral("new"));
    // A folder onto a file, a file onto "missing/".
    EXPECT_EQ(
        CopyPaths::plan({QStringLiteral("/s/dir"), true, true, {}}, {QStringLiteral("/d/f"), true, false, {}})
            .error,
        Plan::CannotCopyDir);
    EXPECT_EQ(CopyPaths::plan(
                  {QStringLiteral("/s/f"), true, false, {}}, {QStringLiteral("/d/m/"), false, false, {}})
                  .error,
        Plan::DirNotExists);
    // A followed link keeps the link's name in an existing folder.
    p = CopyPaths::plan({QStringLiteral("/s/target"), true, false, QStringLiteral("link")},
        {QStringLiteral("/d"), true, true, {}});
    EXPECT_EQ(p.from, QStringLiteral("target"));
    EXPECT_EQ(p.to, QStringLiteral("link"));
}

TEST(TarExtractor, RefusesAbsoluteNamesAndDotDotAndLeavesNothing)
{
    for (const QString &name :
        {QStringLiteral("/etc/evil"), QStringLiteral("../evil"), QStringLiteral("a/../../evil")}) {
        QTemporaryDir dest;
        TarBuilder tar;
        tar.addFile(QStringLiteral("fine"), "ok");
        tar.addFile(name, "evil");
        {
            TarExtractor x(dest.path());
            EXPECT_FALSE(x.feed(tar.finish())) << qPrintable(name);
            EXPECT_FALSE(x.error().isEmpty());
            EXPECT_FALSE(x.commit());
        }
        EXPECT_TRUE(entries(dest.path()).isEmpty()) << qPrintable(entries(dest.path()).join(u' '));
        EXPECT_FALSE(QFile::exists(dest.filePath(QStringLiteral("../evil"))));
    }
}

TEST(TarExtractor, NeverWritesThroughASymbolicLink)
{
    QTemporaryDir outside;
    QTemporaryDir dest;
    // A link the archive makes, then a file "through" it.
    TarBuilder tar;
    tar.addSymlink(QStringLiteral("esc"), outside.path());
    tar.addFile(QStringLiteral("esc/pwned"), "evil");
    {
        TarExtractor x(dest.path());
        EXPECT_FALSE(x.feed(tar.finish()));
        EXPECT_TRUE(x.error().contains(QStringLiteral("symbolic link"))) << qPrintable(x.error());
    }
    EXPECT_TRUE(entries(outside.path()).isEmpty());
    EXPECT_TRUE(entries(dest.path()).isEmpty());
    // A link that is there already.
    ASSERT_EQ(::symlink(QFile::encodeName(outside.path()).constData(),
                  QFile::encodeName(dest.filePath(QStringLiteral("there"))).constData()),
        0);
    TarBuilder second;
    second.addFile(QStringLiteral("there/pwned"), "evil");
    {
        TarExtractor x(dest.path());
        EXPECT_FALSE(x.feed(second.finish()));
    }
    EXPECT_TRUE(entries(outside.path()).isEmpty());
    EXPECT_EQ(entries(dest.path()), QStringList {QStringLiteral("there")});
}

TEST(TarExtractor, ShowsNothingUntilCommitAndReplacesInPlace)
{
    QTemporaryDir dest;
    QFile old(dest.filePath(QStringLiteral("file")));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    TarBuilder tar;
    tar.addDirectory(QStringLiteral("dir"), 0555);
    tar.addFile(QStringLiteral("dir/inner"), "inner", 0600);
    tar.addFile(QStringLiteral("file"), "new", 04755);
    const QByteArray bytes = tar.finish();
    TarExtractor x(dest.path());
    ASSERT_TRUE(x.feed(bytes)) << qPrintable(x.error());
    // Only temporary names beside the old file, which is still the old one.
    const QStringList during = entries(dest.path());
    EXPECT_EQ(during.size(), 3);
    EXPECT_TRUE(during.contains(QStringLiteral("file")));
    EXPECT_EQ(during.filter(QStringLiteral(".berth-part-")).size(), 2);
    QFile check(dest.filePath(QStringLiteral("file")));
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray("old"));
    check.close();
    ASSERT_TRUE(x.commit()) << qPrintable(x.error());
    EXPECT_EQ(entries(dest.path()), (QStringList {QStringLiteral("dir"), QStringLiteral("file")}));
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray("new"));
    struct stat st
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(dest.filePath(QStringLiteral("file"))).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 04755u);
    ASSERT_EQ(::stat(QFile::encodeName(dest.filePath(QStringLiteral("dir"))).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0555u);
    ::chmod(QFile::encodeName(dest.filePath(QStringLiteral("dir"))).constData(), 0755);
}

TEST(TarExtractor, ATruncatedStreamLeavesNothing)
{
    QTemporaryDir dest;
    TarBuilder tar;
    tar.addDirectory(QStringLiteral("dir"));
    tar.addFile(QStringLiteral("dir/big"), QByteArray(100000, 'x'));
    const QByteArray bytes = tar.finish();
    for (const qsizetype cut : {qsizetype(700), qsizetype(50000), bytes.size() - 1024 - 10}) {
        TarExtractor x(dest.path());
        ASSERT_TRUE(x.feed(bytes.left(cut)));
        EXPECT_FALSE(x.commit()) << cut;
        x.abort();
        EXPECT_TRUE(entries(dest.path()).isEmpty()) << cut << qPrintable(entries(dest.path()).join(u' '));
    }
}

TEST(HostTarDevice, RoundTripsATreeThroughTheExtractor)
{
    QTemporaryDir source;
    const QString root = source.filePath(QStringLiteral("top"));
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/пустая папка")));
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/") + QString(120, QLatin1Char('n'))));
    QFile f(root + QStringLiteral("/файл с пробелом"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(700000, 'z'));
    f.close();
    ASSERT_EQ(::chmod(QFile::encodeName(f.fileName()).constData(), 04711), 0);
    ASSERT_EQ(::link(QFile::encodeName(f.fileName()).constData(),
                  QFile::encodeName(root + QStringLiteral("/hard")).constData()),
        0);
    ASSERT_EQ(::symlink("файл с пробелом", QFile::encodeName(root + QStringLiteral("/link")).constData()), 0);
    HostTarDevice device(root, "copy");
    ASSERT_TRUE(device.open(QIODevice::ReadOnly)) << qPrintable(device.errorString());
    EXPECT_EQ(device.contentTotal(), 700000);
    QTemporaryDir dest;
    TarExtractor x(dest.path());
    QByteArray all;
    for (;;) {
        const QByteArray chunk = device.read(65536);
        if (chunk.isEmpty())
            break;
        all += chunk;
        ASSERT_TRUE(x.feed(chunk)) << qPrintable(x.error());
    }
    EXPECT_EQ(all.size() % 512, 0);
    ASSERT_TRUE(x.commit()) << qPrintable(x.error());
    QStringList expected = tree(source.path());
    expected.replaceInStrings(QStringLiteral("/top"), QStringLiteral("/copy"));
    EXPECT_EQ(tree(dest.path()).join(u'\n'), expected.join(u'\n'));
    EXPECT_TRUE(tree(dest.path())
                    .contains(QStringLiteral(
                        "/copy/hard 104711 700000 7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a links 2")));
}

// --- ExecListing: a running container's folder through its own find or stat ---

namespace {

/// A literal's bytes, NULs included.
template<qsizetype N> QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

/// Runs ExecListing's command for @p method here (GNU find, dash and GNU stat: what a Debian
/// container has) and parses its output.
bool listHere(ExecListing::Method method, const QString &folder, QList<TarEntry> *entries, QString *error)
{
    QStringList command = ExecListing::command(method, folder);
    QProcess process;
    process.start(command.takeFirst(), command);
    EXPECT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().constData();
    return ExecListing::parse(method, process.readAllStandardOutput(), entries, error);
}

/// What lstat says of each entry of @p folder: name → "type mode size uid gid mtime link". Its
/// names as readdir gives their bytes (QDir would decode them).
QMap<QByteArray, QString> lstatOf(const QString &folder)
{
    QMap<QByteArray, QString> out;
    const QByteArray dirPath = QFile::encodeName(folder);
    DIR *dir = ::opendir(dirPath.constData());
    if (!dir)
        return out;
    const auto closed = qScopeGuard([dir] { ::closedir(dir); });
    while (const dirent *d = ::readdir(dir)) {
        const QByteArray raw(d->d_name);
        if (raw == "." || raw == "..")
            continue;
        const QByteArray path = dirPath + '/' + raw;
        struct stat st = {};
        if (::lstat(path.constData(), &st) != 0)
            continue;
        char type = '?';
        if (S_ISREG(st.st_mode))
            type = 'f';
        else if (S_ISDIR(st.st_mode))
            type = 'd';
        else if (S_ISLNK(st.st_mode))
            type = 'l';
        else if (S_ISFIFO(st.st_mode))
            type = 'p';
        else if (S_ISSOCK(st.st_mode))
            continue; // left out, as the archive stream does
        QByteArray link(4096, '\0');
        const ssize_t n = S_ISLNK(st.st_mode) ? ::readlink(path.constData(), link.data(), link.size()) : 0;
        link.truncate(n > 0 ? n : 0);
        out.insert(raw,
            QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                .arg(QChar::fromLatin1(type), QString::number(st.st_mode & 07777, 8))
                .arg(S_ISREG(st.st_mode) ? qint64(st.st_size) : 0)
                .arg(st.st_uid)
                .arg(st.st_gid)
                .arg(qint64(st.st_mtime))
                .arg(QString::fromUtf8(link.toHex())));
    }
    return out;
}

QMap<QByteArray, QString> describedEntries(const QList<TarEntry> &entries)
{
    QMap<QByteArray, QString> out;
    for (const TarEntry &e : entries) {
        char type = '?';
        switch (e.type) {
        case TarEntry::Type::File:
            type = 'f';
            break;
        case TarEntry::Type::Directory:
            type = 'd';
            break;
        case TarEntry::Type::SymLink:
            type = 'l';
            break;
        case TarEntry::Type::Fifo:
            type = 'p';
            break;
        default:
            break;
        }
        out.insert(e.rawPath,
            QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                .arg(QChar::fromLatin1(type), QString::number(e.mode, 8))
                .arg(e.size)
                .arg(e.uid)
                .arg(e.gid)
                .arg(e.modified)
                .arg(QString::fromUtf8(e.rawLinkTarget.toHex())));
    }
    return out;
}

} // namespace

TEST(ExecListing, FindAndStatListAFolderAsLstatSeesIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString d = dir.path();
    // Names of any bytes: spaces, a newline, Cyrillic, not UTF-8, hidden ones, one like a
    // glob; a sparse big file, links (one ending in a newline), a fifo, a folder, a socket.
    const TestSupport::ProcessResult made = TestSupport::run(QStringLiteral("sh"),
        {QStringLiteral("-c"),
            QStringLiteral(
                "cd \"$0\" && truncate -s 3G big && echo hi > 'a b' && touch \"$(printf 'new\\nline')\" "
                "тест .h ..x '*' \"$(printf 'bad\\377name')\" && chmod 4751 тест && mkdir sub && "
                "ln -s 'a b' soft && ln -s \"$(printf 'to\\n')\" odd && mkfifo pipe && "
                "python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind(\"sock\")' && "
                "touch -h -d '2001-02-03 04:05:06.5Z' soft"),
            d});
    ASSERT_EQ(made.exitCode, 0) << made.err.constData();
    const QMap<QByteArray, QString> expected = lstatOf(d);
    ASSERT_EQ(expected.size(), 12);
    for (const auto method : {ExecListing::Method::Find, ExecListing::Method::Stat}) {
        SCOPED_TRACE(ExecListing::name(method).toStdString());
        QList<TarEntry> entries;
        QString error;
        ASSERT_TRUE(listHere(method, d, &entries, &error)) << qPrintable(error);
        EXPECT_EQ(describedEntries(entries), expected);
        // The path as the archive stream names it: the bare name, decoded.
        for (const TarEntry &e : entries)
            EXPECT_EQ(e.path, QString::fromUtf8(e.rawPath));
    }
    // An empty folder: no entries, no error.
    QList<TarEntry> none;
    QString error;
    EXPECT_TRUE(listHere(ExecListing::Method::Stat, d + QStringLiteral("/sub"), &none, &error))
        << qPrintable(error);
    EXPECT_TRUE(none.isEmpty());
    EXPECT_TRUE(listHere(ExecListing::Method::Find, d + QStringLiteral("/sub"), &none, &error))
        << qPrintable(error);
    EXPECT_TRUE(none.isEmpty());
    TestSupport::run(QStringLiteral("rm"), {QStringLiteral("-rf"), d}); // a name QDir cannot remove
}

TEST(ExecListing, RefusesOutputItCannotReadWithoutGuessing)
{
    const auto refused = [](ExecListing::Method method, const QByteArray &output) {
        QList<TarEntry> entries;
        QString error;
        const bool ok = ExecListing::parse(method, output, &entries, &error);
        EXPECT_TRUE(ok || entries.isEmpty());
        return !ok && !error.isEmpty();
    };
    using M = ExecListing::Method;
    const QByteArray findOk = bytes("f 644 5 0 0 1700000000.5000000000\0a b\0\0l 777 3 0 0 1\0s\0a b\0");
    QList<TarEntry> entries;
    QString error;
    ASSERT_TRUE(ExecListing::parse(M::Find, findOk, &entries, &error)) << qPrintable(error);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].modifiedNanoseconds, 500000000);
    EXPECT_EQ(entries[1].size, 0); // a link's size is its target's length: not a file's size
    EXPECT_TRUE(refused(M::Find, findOk.chopped(1))); // cut short
    EXPECT_TRUE(refused(M::Find, bytes("f 644 5 0 0 1\0a/b\0\0"))); // not one folder's
    EXPECT_TRUE(refused(M::Find, bytes("f 644 5 0 0 1\0..\0\0")));
    EXPECT_TRUE(refused(M::Find, bytes("f 644 5 0 0 1\0a\0t\0"))); // a file with a target
    EXPECT_TRUE(refused(M::Find, bytes("l 777 1 0 0 1\0a\0\0"))); // a link without
    EXPECT_TRUE(refused(M::Find, bytes("f 644 -5 0 0 1\0a\0\0"))); // a sign
    EXPECT_TRUE(refused(M::Find, bytes("f 17777 5 0 0 1\0a\0\0"))); // mode too big
    EXPECT_TRUE(refused(M::Find, bytes("x 644 5 0 0 1\0a\0\0"))); // unknown type
    EXPECT_TRUE(refused(M::Find, QByteArray("find: unrecognized: -printf\n"))); // busybox's
    EXPECT_TRUE(refused(M::Find, bytes("f 644 5 0 0\0a\0\0"))); // a field missing

    const QByteArray statOk = bytes("2\0a\nb\0l\0"
                                    "81a4 5 0 0 1\na1ff 1 0 0 2\n\0x\n.\0");
    ASSERT_TRUE(ExecListing::parse(M::Stat, statOk, &entries, &error)) << qPrintable(error);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].rawPath, QByteArray("a\nb"));
    EXPECT_EQ(entries[0].size, 5);
    EXPECT_EQ(entries[1].linkTarget, QStringLiteral("x"));
    EXPECT_TRUE(refused(M::Stat, statOk.chopped(1))); // cut short
    EXPECT_TRUE(refused(M::Stat, statOk + "x")); // more than it lists
    // One stat line fewer than names (a name gone between the glob and stat).
    EXPECT_TRUE(refused(M::Stat,
        bytes("2\0a\0l\0"
              "81a4 5 0 0 1\n\0\0")));
    // The link's target field without the "\n." after it, and a file with a target.
    EXPECT_TRUE(refused(M::Stat,
        bytes("1\0l\0"
              "a1ff 1 0 0 2\nx\0")));
    EXPECT_TRUE(refused(M::Stat,
        bytes("1\0a\0"
              "81a4 5 0 0 1\nx\n.\0")));
    EXPECT_TRUE(refused(M::Stat,
        bytes("1\0a\0"
              "81a4 5 0 0 1 2\n\0"))); // a field too many
    EXPECT_TRUE(refused(M::Stat, QByteArray("x\0"))); // no count
    EXPECT_TRUE(refused(M::Stat, bytes("99999999\0"))); // too many
}
