// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a volume archive before a restore: checksum, paths, whole data, what it holds.
#include "archive/archivecheck.h"
#include "archive/checksumfile.h"
#include "archive/gunzipdevice.h"
#include "archive/gzipsink.h"
#include "archive/tarbuilder.h"
#include "archive/tardigest.h"
#include "archive/tarreader.h"
#include "archive/zstddevice.h"
#include "jobs/volumehelper.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

#include <gtest/gtest.h>

#include <sys/stat.h>

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

namespace {

/// Runs a GzipSink on its own thread over @p input, handed in blocks of @p blockSize.
QByteArray sinkOutput(const QString &path, const QByteArray &input, qsizetype blockSize, QByteArray *digest)
{
    QThread thread;
    auto *sink = new GzipSink(path);
    sink->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, sink, &QObject::deleteLater);
    thread.start();
    qint64 written = 0;
    bool done = false;
    QObject::connect(
        sink, &GzipSink::written, sink, [&written](qint64 n) { written += n; }, Qt::DirectConnection);
    QObject::connect(sink, &GzipSink::finished, qApp, [&](const QByteArray &d, qint64) {
        *digest = d;
        done = true;
    });
    QMetaObject::invokeMethod(sink, &GzipSink::open);
    for (qsizetype at = 0; at < input.size(); at += blockSize) {
        const QByteArray block = input.mid(at, blockSize);
        QMetaObject::invokeMethod(sink, [sink, block] { sink->write(block); });
    }
    QMetaObject::invokeMethod(sink, &GzipSink::finish);
    EXPECT_TRUE(TestSupport::waitUntil([&] { return done; }, 30000));
    thread.quit();
    thread.wait();
    EXPECT_EQ(written, input.size()) << "every byte handed in is reported written";
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QByteArray gunzip(const QByteArray &gz)
{
    QProcess p;
    p.start(QStringLiteral("gzip"), {QStringLiteral("-dc")});
    p.write(gz);
    p.closeWriteChannel();
    p.waitForFinished();
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
    return p.readAllStandardOutput();
}

} // namespace

TEST(GzipSink, ParallelMembersAreOneStandardGzipFile)
{
    QTemporaryDir dir;
    // 3.5 blocks of compressible but not trivial bytes, handed in odd-sized pieces.
    QByteArray input;
    // qint64: i * 7919 passes INT_MAX before the input is long enough.
    for (qint64 i = 0; input.size() < GzipSink::BlockSize * 7 / 2; ++i)
        input += QByteArray::number(i * 7919 % 100003) + (i % 13 ? " " : "\n");
    QByteArray digest;
    const QByteArray gz = sinkOutput(dir.filePath(QStringLiteral("a.gz")), input, 77777, &digest);
    EXPECT_EQ(gunzip(gz), input);
    EXPECT_LT(gz.size(), input.size() / 2);
    EXPECT_EQ(digest, QCryptographicHash::hash(gz, QCryptographicHash::Sha256).toHex());
    // Four members: one per block (each starts with the gzip magic and method).
    EXPECT_EQ(gz.count(QByteArray("\x1f\x8b\x08", 3)), 4);
    // The same input gives the same bytes: a backup of an unchanged volume has the same checksum.
    QByteArray again;
    EXPECT_EQ(sinkOutput(dir.filePath(QStringLiteral("b.gz")), input, 4096, &again), gz);
    // Nothing in: still a valid (empty) gzip file.
    QByteArray emptyDigest;
    EXPECT_EQ(gunzip(sinkOutput(dir.filePath(QStringLiteral("c.gz")), {}, 1, &emptyDigest)), QByteArray());
}

TEST(ArchiveCheck, EveryGzipMemberMustBeWhole)
{
    // Two members, as Berth and pigz write them: the second one's header damaged. libarchive
    // alone stops quietly after the first member and calls that the whole archive.
    QTemporaryDir dir;
    TarBuilder tar;
    tar.addDirectory(QStringLiteral("./"));
    tar.addFile(QStringLiteral("./a"), QByteArray(3000, 'a'));
    const QByteArray first = tar.finish().chopped(1024); // ./ and ./a, no end blocks
    TarBuilder rest;
    rest.addFile(QStringLiteral("./b"), QByteArray(3000, 'b'));
    const QString p1 = write(dir, QStringLiteral("1"), first);
    const QString p2 = write(dir, QStringLiteral("2"), rest.finish());
    QFile g1(gzipped(p1)), g2(gzipped(p2));
    g1.open(QIODevice::ReadOnly);
    g2.open(QIODevice::ReadOnly);
    const QByteArray m1 = g1.readAll(), m2 = g2.readAll();
    const ArchiveCheck::Result whole = ArchiveCheck::check(write(dir, QStringLiteral("ok.tar.gz"), m1 + m2));
    ASSERT_TRUE(whole.ok()) << qPrintable(whole.error);
    EXPECT_EQ(whole.files, 2);
    QByteArray broken = m2;
    broken[0] = 'X';
    EXPECT_FALSE(ArchiveCheck::check(write(dir, QStringLiteral("bad.tar.gz"), m1 + broken)).ok());
    EXPECT_FALSE(ArchiveCheck::check(write(dir, QStringLiteral("tail.tar.gz"), m1 + m2 + "garbage")).ok());
}

TEST(ArchiveCheck, NamesSetuidFilesThatHaveHardLinks)
{
    // Docker 20.10 drops setuid/setgid on those when it extracts: the restore must say which.
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    QDir().mkpath(src);
    const QString tar = dir.filePath(QStringLiteral("links.tar"));
    ASSERT_EQ(
        QProcess::execute(QStringLiteral("sh"),
            {QStringLiteral("-c"),
                QStringLiteral(
                    "cd \"$0\" && echo a > tool && chmod 4755 tool && ln tool tool2 && echo b > "
                    "alone && chmod 2755 alone && echo c > plain && ln plain plain2 && tar -cf \"$1\" ."),
                src, tar}),
        0);
    const ArchiveCheck::Result r = ArchiveCheck::check(tar);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error);
    EXPECT_EQ(r.hardLinkedSetId.size(), 1) << qPrintable(r.hardLinkedSetId.join(u' '));
    EXPECT_TRUE(r.hardLinkedSetId.value(0).startsWith(QLatin1String("./tool")))
        << qPrintable(r.hardLinkedSetId.join(u' '));
}

TEST(ZstdDevice, ReadsWhatZstdWroteAndNoticesACut)
{
    QTemporaryDir dir;
    const QByteArray input = volumeTar().repeated(50);
    const QString plain = write(dir, QStringLiteral("v.tar"), input);
    ASSERT_EQ(
        QProcess::execute(QStringLiteral("zstd"), {QStringLiteral("-q"), QStringLiteral("-k"), plain}), 0)
        << "zstd is in the test packages";
    auto readAll = [](const QString &path, bool *error) {
        ZstdDevice d(path);
        EXPECT_TRUE(d.open(QIODevice::ReadOnly));
        QByteArray out;
        for (;;) {
            const QByteArray b = d.read(1000);
            if (b.isEmpty())
                break;
            out += b;
        }
        *error = d.hasError();
        return out;
    };
    bool error = true;
    EXPECT_EQ(readAll(plain + QStringLiteral(".zst"), &error), input);
    EXPECT_FALSE(error);
    QFile z(plain + QStringLiteral(".zst"));
    z.open(QIODevice::ReadOnly);
    const QByteArray zst = z.readAll();
    const QString cut = write(dir, QStringLiteral("cut.tar.zst"), zst.left(zst.size() - 10));
    readAll(cut, &error);
    EXPECT_TRUE(error);
}

TEST(VolumeHelper, CountsTarEntriesFromTheStartOfAStream)
{
    TarBuilder one;
    one.addDirectory(QStringLiteral("./"));
    const QByteArray empty = one.finish();
    bool ended = false;
    EXPECT_EQ(VolumeHelper::countTarEntries(empty, 2, &ended), 1);
    EXPECT_TRUE(ended);
    EXPECT_EQ(VolumeHelper::countTarEntries(empty.left(512), 2, &ended), -1) << "more bytes needed";
    TarBuilder two;
    two.addDirectory(QStringLiteral("./"));
    two.addFile(QStringLiteral("./a-file-with-a-very-long-name-") + QString(120, QLatin1Char('x')),
        QByteArray(2000, 'a'));
    const QByteArray full = two.finish();
    // The entry counts once its header is there, before its data.
    EXPECT_EQ(VolumeHelper::countTarEntries(full, 2, &ended), 2);
    EXPECT_FALSE(ended);
}

TEST(VolumeHelper, ADamagedTarSizeStopsTheCountInsteadOfLoopingOrOverflowing)
{
    // Found by the fuzzer: a negative base-256 size moved the position backwards (an endless
    // loop) and shifted a negative value (undefined behaviour).
    TarBuilder one;
    one.addFile(QStringLiteral("./a"), QByteArray(10, 'a'));
    for (const QByteArray &size : {QByteArray("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xfe", 12),
             QByteArray("\x80\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 12),
             QByteArray("12x4567\0\0\0\0\0", 12)}) {
        QByteArray tar = one.finish();
        tar.replace(124, 12, size);
        bool ended = true;
        EXPECT_EQ(VolumeHelper::countTarEntries(tar, 5, &ended), -1) << size.toHex().constData();
        EXPECT_FALSE(ended);
    }
}

TEST(GunzipDevice, ReadsBerthsMembersInParallelAndAnyOtherGzip)
{
    QTemporaryDir dir;
    QByteArray input;
    for (qint64 i = 0; input.size() < GzipSink::BlockSize * 5 / 2; ++i) // qint64: i * 104729 passes INT_MAX
        input += QByteArray::number(i * 104729 % 7919) + ' ';
    QByteArray digest;
    const QByteArray berth = sinkOutput(dir.filePath(QStringLiteral("berth.gz")), input, 65536, &digest);
    const QString foreignPath = write(dir, QStringLiteral("foreign"), input);
    QFile foreignFile(gzipped(foreignPath));
    foreignFile.open(QIODevice::ReadOnly);
    const QByteArray foreign = foreignFile.readAll();
    auto readAll = [&](const QString &name, const QByteArray &bytes, bool *error) {
        GunzipDevice d(write(dir, name, bytes));
        EXPECT_TRUE(d.open(QIODevice::ReadOnly));
        QByteArray out;
        while (!d.atEnd() || d.bytesAvailable() > 0) {
            const QByteArray b = d.read(100000);
            if (b.isEmpty() && !d.waitForReadyRead(5000) && !d.atEnd())
                break;
            out += b;
        }
        *error = d.hasError();
        return out;
    };
    bool error = true;
    EXPECT_EQ(readAll(QStringLiteral("a.gz"), berth, &error), input);
    EXPECT_FALSE(error);
    EXPECT_EQ(readAll(QStringLiteral("b.gz"), foreign, &error), input);
    EXPECT_FALSE(error);
    // Berth's members, then a foreign one: the rest is read the slow way, nothing lost.
    EXPECT_EQ(readAll(QStringLiteral("c.gz"), berth + foreign, &error), input + input);
    EXPECT_FALSE(error);
    // A damaged member, and a cut one, are errors, never short data taken for the whole.
    QByteArray damaged = berth;
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x40);
    readAll(QStringLiteral("d.gz"), damaged, &error);
    EXPECT_TRUE(error);
    readAll(QStringLiteral("e.gz"), berth.chopped(100), &error);
    EXPECT_TRUE(error);
}

namespace {
/// The digest of @p tar fed in pieces of @p piece bytes.
QByteArray digestOf(const QByteArray &tar, int piece, QString *error = nullptr)
{
    TarDigest d;
    for (qsizetype at = 0; at < tar.size(); at += piece)
        d.addData(QByteArrayView(tar.constData() + at, qMin<qsizetype>(piece, tar.size() - at)));
    const QByteArray result = d.finish();
    if (error)
        *error = d.error();
    return result;
}

QByteArray gnuTar(const QString &dir, const QStringList &options)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"),
        options
            + QStringList {
                QStringLiteral("-cf"), QStringLiteral("-"), QStringLiteral("-C"), dir, QStringLiteral(".")});
    tar.waitForFinished(30000);
    EXPECT_EQ(tar.exitCode(), 0) << tar.readAllStandardError().constData();
    return tar.readAllStandardOutput();
}
} // namespace

TEST(TarDigest, TheSameTreeInAnyTarFormatGivesTheSameDigest)
{
    QTemporaryDir dir;
    const QString root = dir.path();
    QDir().mkpath(root + QStringLiteral("/empty dir"));
    QDir().mkpath(root + QStringLiteral("/папка/") + QString(120, QLatin1Char('n'))); // a long path
    auto write = [&](const QString &name, const QByteArray &data) {
        QFile f(root + QLatin1Char('/') + name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(QStringLiteral("a file"), QByteArray(70000, 'x'));
    write(QStringLiteral("empty"), {});
    write(QStringLiteral("папка/") + QString(120, QLatin1Char('n')) + QStringLiteral("/deep"), "deep\n");
    ASSERT_EQ(::link(QFile::encodeName(root + QStringLiteral("/a file")).constData(),
                  QFile::encodeName(root + QStringLiteral("/hard")).constData()),
        0);
    ASSERT_TRUE(QFile::link(QStringLiteral("a file"), root + QStringLiteral("/link")));

    const QByteArray gnu = gnuTar(root, {QStringLiteral("--format=gnu")});
    const QByteArray pax = gnuTar(root, {QStringLiteral("--format=pax"), QStringLiteral("--sort=name")});
    ASSERT_NE(gnu, pax);
    QString error;
    const QByteArray digest = digestOf(gnu, 65536, &error);
    ASSERT_FALSE(digest.isEmpty()) << qPrintable(error);
    EXPECT_EQ(digestOf(pax, 65536), digest) << "GNU long names and PAX records, other order";
    for (int piece : {1, 511, 513, 4096})
        EXPECT_EQ(digestOf(gnu, piece), digest) << piece << "-byte pieces";
    TarDigest counted;
    counted.addData(gnu);
    counted.finish();
    EXPECT_EQ(counted.entries(), 8)
        << "a file, empty, hard, link, empty dir, папка, its long folder and deep";
    EXPECT_EQ(counted.contentBytes(), 70000 + 5) << "a hard link's bytes are in the stream once";

    // What the digest must tell apart.
    write(QStringLiteral("empty"), "changed");
    EXPECT_NE(digestOf(gnuTar(root, {}), 65536), digest) << "content";
    write(QStringLiteral("empty"), {});
    QFile::setPermissions(root + QStringLiteral("/empty"), QFile::ReadOwner);
    EXPECT_NE(digestOf(gnuTar(root, {}), 65536), digest) << "permissions";
    QFile::setPermissions(root + QStringLiteral("/empty"),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    EXPECT_EQ(digestOf(gnuTar(root, {}), 65536), digest) << "and back";
    QFile::remove(root + QStringLiteral("/link"));
    ASSERT_TRUE(QFile::link(QStringLiteral("empty"), root + QStringLiteral("/link")));
    EXPECT_NE(digestOf(gnuTar(root, {}), 65536), digest) << "a symlink's target";
}

TEST(TarDigest, PrefixesDoNotMatterAndABrokenStreamIsAnError)
{
    TarBuilder dotted;
    dotted.addDirectory(QStringLiteral("./"));
    dotted.addFile(QStringLiteral("./f"), "data");
    TarBuilder plain; // as Podman writes it
    plain.addFile(QStringLiteral("f"), "data");
    const QByteArray tar = dotted.finish();
    EXPECT_EQ(digestOf(tar, 100), digestOf(plain.finish(), 100));

    QString error;
    EXPECT_TRUE(digestOf(tar.left(700), 100, &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("ends in the middle"))) << qPrintable(error);
    QByteArray damaged = tar;
    damaged[520] = 'X'; // the second header's name
    EXPECT_TRUE(digestOf(damaged, 100, &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("checksum"))) << qPrintable(error);
}

TEST(TarReader, EveryHeaderFieldFromGnuAndPaxArchivesInAnyPieces)
{
    QTemporaryDir dir;
    const QString root = dir.path();
    const QString longName = QStringLiteral("папка/") + QString(120, QLatin1Char('n'));
    QDir().mkpath(root + QLatin1Char('/') + longName);
    QFile f(root + QStringLiteral("/tool"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(70000, 'x'));
    f.close();
    ASSERT_EQ(::chmod(QFile::encodeName(f.fileName()).constData(), 04750), 0);
    ASSERT_TRUE(QFile::link(longName, root + QStringLiteral("/link")));
    for (const QString &format : {QStringLiteral("--format=gnu"), QStringLiteral("--format=pax")}) {
        const QByteArray tar = gnuTar(root,
            {format, QStringLiteral("--sort=name"), QStringLiteral("--owner=1234"),
                QStringLiteral("--group=5678"), QStringLiteral("--mtime=@1700000000")});
        for (int piece : {1, 100, 512, 65536}) {
            TarReader reader;
            QList<TarEntry> entries;
            qint64 content = 0;
            reader.onEntry = [&](const TarEntry &e) { entries << e; };
            reader.onContent = [&](QByteArrayView data) { content += data.size(); };
            for (qsizetype at = 0; at < tar.size(); at += piece)
                reader.addData(QByteArrayView(tar).sliced(at, qMin<qsizetype>(piece, tar.size() - at)));
            ASSERT_TRUE(reader.finish()) << qPrintable(reader.error());
            EXPECT_TRUE(reader.atEnd());
            ASSERT_EQ(entries.size(), 5) << qPrintable(format) << " in " << piece << "-byte pieces";
            EXPECT_EQ(entries[0].path, QString()) << "the archive's own ./";
            EXPECT_EQ(entries[1].path, QStringLiteral("link"));
            EXPECT_EQ(entries[1].type, TarEntry::Type::SymLink);
            EXPECT_EQ(entries[1].linkTarget, longName) << "a long link target";
            EXPECT_EQ(entries[3].path, QStringLiteral("папка"));
            EXPECT_EQ(entries[4].path, longName) << "a long name";
            EXPECT_TRUE(entries[4].isDirectory());
            EXPECT_EQ(entries[4].name(), QString(120, QLatin1Char('n')));
            const TarEntry &tool = entries[2];
            EXPECT_EQ(tool.path, QStringLiteral("tool"));
            EXPECT_EQ(tool.size, 70000);
            EXPECT_EQ(tool.mode, 04750);
            EXPECT_EQ(tool.uid, 1234);
            EXPECT_EQ(tool.gid, 5678);
            EXPECT_EQ(tool.modified, 1700000000);
            EXPECT_EQ(content, 70000) << "only the file's bytes, not padding or headers";
        }
    }
}

TEST(TarReader, StopsWhenAskedAndSaysWhatIsDamaged)
{
    TarBuilder tar;
    tar.addFile(QStringLiteral("a"), QByteArray(2000, 'a'));
    tar.addFile(QStringLiteral("b"), "b");
    const QByteArray bytes = tar.finish();
    TarReader reader;
    QStringList seen;
    reader.onEntry = [&](const TarEntry &e) {
        seen << e.path;
        reader.stop();
    };
    reader.onContent = [&](QByteArrayView) { ADD_FAILURE() << "no content after stop()"; };
    reader.addData(bytes);
    EXPECT_EQ(seen, QStringList {QStringLiteral("a")});

    TarReader cut;
    cut.addData(QByteArrayView(bytes).first(1000));
    EXPECT_FALSE(cut.finish());
    EXPECT_TRUE(cut.error().contains(QLatin1String("ends in the middle"))) << qPrintable(cut.error());
    QByteArray damaged = bytes;
    damaged[2] = 'X';
    TarReader wrong;
    wrong.addData(damaged);
    EXPECT_FALSE(wrong.finish());
    EXPECT_TRUE(wrong.error().contains(QLatin1String("checksum"))) << qPrintable(wrong.error());
    // A name that is not UTF-8 is kept as it came and said to be undecodable.
    TarBuilder latin;
    latin.addFile(QString::fromLatin1("caf\xe9"), "x");
    QByteArray raw = latin.finish();
    TarReader named;
    TarEntry entry;
    named.onEntry = [&](const TarEntry &e) { entry = e; };
    named.addData(raw);
    EXPECT_TRUE(named.finish());
    EXPECT_FALSE(entry.nameIsUndecodable()) << "TarBuilder writes UTF-8";
    raw[3] = char(0xe9); // "caf" + a Latin-1 é, the checksum fixed below
    raw[4] = 0;
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(raw[i]);
    const QByteArray octal = QByteArray::number(sum, 8).rightJustified(6, '0');
    memcpy(raw.data() + 148, octal.constData(), 6);
    raw[154] = 0;
    raw[155] = ' ';
    TarReader latin1;
    latin1.onEntry = [&](const TarEntry &e) { entry = e; };
    latin1.addData(raw);
    ASSERT_TRUE(latin1.finish()) << qPrintable(latin1.error());
    EXPECT_EQ(entry.rawPath, QByteArray("caf\xe9"));
    EXPECT_TRUE(entry.nameIsUndecodable());
}

TEST(ArchiveCheck, EntryPathsAreNormalisedAndIncludeTheFoldersOnTheWay)
{
    // What a merge added is told by these paths: "./" prefixes, trailing slashes and folders the
    // archive does not list (extraction makes them) must not make a difference.
    TarBuilder tar;
    tar.addFile(QStringLiteral("./a/b/c"), "x");
    tar.addDirectory(QStringLiteral("./d"));
    tar.addSymlink(QStringLiteral("e"), QStringLiteral("/etc"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.tar"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(tar.finish());
    f.close();
    QString error;
    const QSet<QString> paths = ArchiveCheck::entryPaths(path, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(paths,
        (QSet<QString> {QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("a/b/c"),
            QStringLiteral("d"), QStringLiteral("e")}));
    // Cut short: an error, not a partial list.
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(tar.finish().left(600));
    f.close();
    EXPECT_TRUE(ArchiveCheck::entryPaths(path, &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

namespace {
/// One PAX record, "LEN key=value\n", its length counting itself.
QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const qsizetype rest = 1 + key.size() + 1 + value.size() + 1;
    qsizetype length = rest + 1;
    while (QByteArray::number(length).size() + rest != length)
        ++length;
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}
} // namespace

TEST(TarReader, ReadsWhatCpNeedsAndSkipsAKindItDoesNotKnow)
{
    // What cp's extractor reads (the one reader since cp's own went): PAX owners past the
    // header's octal, times to the nanosecond, xattrs, a link target's bytes; and an entry of an
    // unknown type whose content is skipped, the stream staying in step.
    TarBuilder tar;
    tar.addEntry(QStringLiteral("PaxHeaders/f"), 'x',
        paxRecord("uid", "3000000000") + paxRecord("gid", "7") + paxRecord("mtime", "1700000000.25")
            + paxRecord("SCHILY.xattr.security.capability", QByteArray("\x01\x00\x00\x02", 4))
            + paxRecord("linkpath", "caf\xe9"),
        0644);
    tar.addSymlink(QStringLiteral("f"), QStringLiteral("ignored"));
    tar.addEntry(QStringLiteral("odd"), 'S', QByteArray(1500, '\0'), 0644);
    tar.addFile(QStringLiteral("after"), "after\n");
    const QByteArray bytes = tar.finish();
    for (int piece : {1, 512, 100000}) {
        TarReader reader;
        QList<TarEntry> entries;
        QByteArray content;
        int ends = 0;
        reader.onEntry = [&](const TarEntry &e) { entries << e; };
        reader.onContent = [&](QByteArrayView data) { content += data.toByteArray(); };
        reader.onEntryEnd = [&](const TarEntry &) { ++ends; };
        for (qsizetype at = 0; at < bytes.size(); at += piece)
            reader.addData(QByteArrayView(bytes).sliced(at, qMin<qsizetype>(piece, bytes.size() - at)));
        ASSERT_TRUE(reader.finish()) << qPrintable(reader.error());
        ASSERT_EQ(entries.size(), 3) << piece;
        const TarEntry &f = entries[0];
        EXPECT_EQ(f.type, TarEntry::Type::SymLink);
        EXPECT_EQ(f.uid, 3000000000LL);
        EXPECT_EQ(f.gid, 7);
        EXPECT_EQ(f.modified, 1700000000);
        EXPECT_EQ(f.modifiedNanoseconds, 250000000);
        EXPECT_EQ(f.rawLinkTarget, QByteArray("caf\xe9"));
        ASSERT_EQ(f.xattrs.size(), 1);
        EXPECT_EQ(f.xattrs[0].first, QByteArray("security.capability"));
        EXPECT_EQ(f.xattrs[0].second, QByteArray("\x01\x00\x00\x02", 4));
        EXPECT_EQ(char(entries[1].type), 'S');
        EXPECT_EQ(entries[1].size, 0) << "not a file's content";
        EXPECT_EQ(entries[2].path, QStringLiteral("after"));
        EXPECT_TRUE(entries[2].xattrs.isEmpty()) << "a PAX record is for the next entry only";
        EXPECT_EQ(entries[2].modifiedNanoseconds, 0);
        EXPECT_EQ(content, QByteArray("after\n")) << "the unknown kind's bytes are not given";
        EXPECT_EQ(ends, 3);
    }
}
