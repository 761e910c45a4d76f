// SPDX-License-Identifier: GPL-3.0-or-later
// docker cp's path rules, and tars written into and read from folders of this machine.
#include "archive/tarbuilder.h"
#include "files/copypaths.h"
#include "files/hosttardevice.h"
#include "files/tarextractor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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
