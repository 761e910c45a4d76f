// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a volume archive before a restore: checksum, paths, whole data, what it holds.
#include "archivecheck.h"
#include "checksumfile.h"
#include "tarbuilder.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

/// The volume of the tests: Cyrillic and spaces in names, an empty folder, a link.
QByteArray volumeTar()
{
    TarBuilder tar;
    tar.addDirectory(QStringLiteral("./"));
    tar.addFile(QStringLiteral("./readme.txt"), "hello\n");
    tar.addDirectory(QStringLiteral("./данные/"));
    tar.addFile(QStringLiteral("./данные/файл с пробелом"), QByteArray(5000, 'x'), 0600);
    tar.addDirectory(QStringLiteral("./empty/"));
    tar.addSymlink(QStringLiteral("./link"), QStringLiteral("readme.txt"));
    return tar.finish();
}

QString gzipped(const QString &path)
{
    QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-kf"), path});
    return path + QStringLiteral(".gz");
}

} // namespace

TEST(ArchiveCheck, TellsWhatAVolumeArchiveHolds)
{
    QTemporaryDir dir;
    const QString tar = write(dir, QStringLiteral("vol.tar"), volumeTar());
    for (const QString &path : {tar, gzipped(tar)}) {
        const ArchiveCheck::Result r = ArchiveCheck::check(path);
        ASSERT_TRUE(r.ok()) << qPrintable(r.error);
        EXPECT_EQ(r.files, 2);
        EXPECT_EQ(r.directories, 2);
        EXPECT_EQ(r.links, 1);
        EXPECT_EQ(r.bytes, 5006);
        EXPECT_EQ(r.topLevel, (QStringList {"empty", "link", "readme.txt", "данные"}));
        EXPECT_FALSE(r.checksumVerified);
    }
    EXPECT_EQ(ArchiveCheck::check(tar).compression, QStringLiteral("none"));
    EXPECT_EQ(ArchiveCheck::check(gzipped(tar)).compression, QStringLiteral("gzip"));
}

TEST(ArchiveCheck, AChecksumBesideItMustMatch)
{
    QTemporaryDir dir;
    const QString path = gzipped(write(dir, QStringLiteral("vol.tar"), volumeTar()));
    QString error;
    const QByteArray digest = ChecksumFile::compute(path, &error);
    ASSERT_EQ(digest.size(), 64) << qPrintable(error);
    ASSERT_EQ(ChecksumFile::write(path, digest), QString());
    // The file sha256sum -c reads, and that it agrees.
    QProcess check;
    check.setWorkingDirectory(dir.path());
    check.start(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("vol.tar.gz.sha256")});
    ASSERT_TRUE(check.waitForFinished());
    EXPECT_EQ(check.exitCode(), 0) << check.readAll().constData();
    EXPECT_TRUE(ArchiveCheck::check(path).checksumVerified);

    // One byte changed: refused, with what to do.
    QFile f(path);
    f.open(QIODevice::ReadWrite);
    f.seek(f.size() - 10);
    const char c = f.peek(1).at(0);
    f.write(QByteArray(1, char(c ^ 0x55)));
    f.close();
    const ArchiveCheck::Result r = ArchiveCheck::check(path);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("does not match its checksum"))) << qPrintable(r.error);
    // A checksum file that is not one is an error too, not silently ignored.
    write(dir, QStringLiteral("vol.tar.gz.sha256"), "not a checksum\n");
    EXPECT_TRUE(ArchiveCheck::check(path).error.contains(QStringLiteral("not a checksum file")));
}

TEST(ArchiveCheck, RefusesPathsOutsideTheVolume)
{
    for (const QString &bad :
        {QStringLiteral("/etc/passwd"), QStringLiteral("./../outside"), QStringLiteral("a/../../b")}) {
        QTemporaryDir dir;
        TarBuilder tar;
        tar.addFile(QStringLiteral("./fine"), "ok");
        tar.addFile(bad, "evil");
        const ArchiveCheck::Result r
            = ArchiveCheck::check(write(dir, QStringLiteral("bad.tar"), tar.finish()));
        EXPECT_FALSE(r.ok()) << qPrintable(bad);
        EXPECT_TRUE(r.error.contains(bad) && r.error.contains(QStringLiteral("outside the volume")))
            << qPrintable(r.error);
    }
    EXPECT_TRUE(ArchiveCheck::escapes(QStringLiteral("..")));
    EXPECT_FALSE(ArchiveCheck::escapes(QStringLiteral("./a..b/c..")));
}

TEST(ArchiveCheck, MissingTruncatedAndNotAnArchive)
{
    QTemporaryDir dir;
    EXPECT_TRUE(ArchiveCheck::check(dir.filePath(QStringLiteral("nope.tar.gz")))
                    .error.contains(QStringLiteral("does not exist")));
    const QString whole = gzipped(write(dir, QStringLiteral("vol.tar"), volumeTar()));
    QFile f(whole);
    f.open(QIODevice::ReadOnly);
    const QByteArray bytes = f.readAll();
    const ArchiveCheck::Result cut
        = ArchiveCheck::check(write(dir, QStringLiteral("cut.tar.gz"), bytes.left(bytes.size() / 2)));
    EXPECT_FALSE(cut.ok());
    EXPECT_TRUE(cut.error.contains(QStringLiteral("cut.tar.gz"))) << qPrintable(cut.error);
    EXPECT_FALSE(
        ArchiveCheck::check(write(dir, QStringLiteral("notes.tar"), "just some text, not a tar\n")).ok());
    EXPECT_FALSE(ArchiveCheck::check(write(dir, QStringLiteral("empty.tar"), QByteArray(1024, '\0'))).ok());
}
