// SPDX-License-Identifier: GPL-3.0-or-later
// A container's folder listed by the container's own tools (ExecListing: find or stat through
// exec), so a 5 GB file is not read; a stopped container's, and one without those tools, from
// the archive stream, row by row, saying which big file it reads past. Compared with what the
// docker CLI and stat say of the same files.
#include "engine/engineclient.h"
#include "files/execlisting.h"
#include "files/fileroot.h"
#include "files/folderlisting.h"
#include "folderstat.h"
#include "testsupport.h"
#include "volumefixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {

struct Listed
{
    EngineError error;
    QList<TarEntry> entries;
    ExecListing::Method method = ExecListing::Method::Unknown;
    QStringList requests; ///< "METHOD PATH" of every request sent while listing
};

Listed list(EngineClient *client, FileRoot *root, const QString &folder)
{
    Listed result;
    bool done = false;
    FolderListing listing(root, folder);
    const auto watch = QObject::connect(
        client, &EngineClient::requestSent, [&](const QByteArray &method, const QString &path) {
            result.requests << QString::fromLatin1(method) + QLatin1Char(' ') + path;
        });
    QObject::connect(&listing, &FolderListing::entriesFound,
        [&](const QList<TarEntry> &entries) { result.entries << entries; });
    QObject::connect(&listing, &FolderListing::finished, [&] { done = true; });
    QObject::connect(&listing, &FolderListing::failed, [&](const EngineError &e) {
        result.error = e;
        done = true;
    });
    listing.start();
    EXPECT_TRUE(waitUntil([&] { return done; }, 120000))
        << "the listing of " << qPrintable(folder) << " ended";
    QObject::disconnect(watch);
    result.method = listing.method();
    return result;
}

bool usedArchive(const Listed &listed)
{
    for (const QString &r : listed.requests) {
        if (r.contains(QLatin1String("/archive")))
            return true;
    }
    return false;
}

int execs(const Listed &listed)
{
    int n = 0;
    for (const QString &r : listed.requests)
        n += r.startsWith(QLatin1String("POST")) && r.contains(QLatin1String("/exec"))
            && !r.contains(QLatin1String("/exec/"));
    return n;
}

/// Fills @p dir with a big sparse file (5 GB; 1 GB where this file system cannot hold a sparse
/// one), small files named with spaces, a newline and Cyrillic, a hidden one, a link, a folder.
void fill(const QString &dir)
{
    const ProcessResult filled = run(QStringLiteral("sh"),
        {QStringLiteral("-c"),
            QStringLiteral(
                "cd \"$0\" && truncate -s 64M probe && b=$(stat -c %b probe) && rm probe && "
                "if [ \"$b\" -lt 1024 ]; then truncate -s 5G big.bin; else truncate -s 1G big.bin; fi && "
                "echo hi > 'a b' && printf 'x%.0s' $(seq 300) > \"$(printf 'new\\nline')\" && "
                "echo привет > тест && chmod 4750 тест && chown 1234:5678 тест && touch .hidden && "
                "ln -s 'a b' soft && mkdir -p sub/inner && echo deep > sub/file && "
                "touch -d '2001-02-03 04:05:06Z' big.bin"),
            dir});
    ASSERT_EQ(filled.exitCode, 0) << filled.err.constData();
}

/// The hosts whose engines run containers here (Podman 4.3 starts none in this sandbox).
QStringList runningHosts()
{
    return currentEngines() ? QStringList {dockerHost(), podmanHost()} : QStringList {dockerHost()};
}

/// An image made of @p programs of this machine and the libraries they load, nothing else (no
/// shell): `docker import` of a tar, no registry needed.
QString importImage(const QString &host, const QString &tag, const QStringList &programs)
{
    const ProcessResult made = run(QStringLiteral("sh"),
        QStringList {QStringLiteral("-c"),
            QStringLiteral("set -e; f=\"$*\"; libs=$(ldd \"$@\" | grep -o '/[^ ]*' | sort -u); "
                           "tar -chf - $f $libs 2>/dev/null | docker -H \"$0\" import - \"$TAG\" >/dev/null")
                .replace(QLatin1String("$TAG"), tag),
            host}
            + programs);
    EXPECT_EQ(made.exitCode, 0) << made.err.constData();
    return tag;
}

/// A running container of @p image with @p volume at /d, without network.
QString runWithVolume(
    const QString &host, const QString &image, const QString &volume, const QStringList &cmd)
{
    const QString name = uniqueName(QStringLiteral("berth-files-exec"));
    const ProcessResult r = docker(host,
        QStringList {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"),
            QStringLiteral("none"), QStringLiteral("--name"), name, QStringLiteral("-v"),
            volume + QStringLiteral(":/d"), image}
            + cmd);
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return name;
}

} // namespace

TEST(FilesExec, ARunningContainersFolderIsListedByItsOwnToolsWithoutReadingTheBigFile)
{
    for (const QString &host : runningHosts()) {
        SCOPED_TRACE(host.toStdString());
        const QString volume = uniqueName(QStringLiteral("berth-files-exec"));
        docker(host, {QStringLiteral("volume"), QStringLiteral("create"), volume});
        QStringList containers;
        QStringList images;
        const auto cleanup = qScopeGuard([&] {
            for (const QString &c : std::as_const(containers))
                docker(host, {QStringLiteral("rm"), QStringLiteral("-f"), c});
            for (const QString &i : std::as_const(images))
                docker(host, {QStringLiteral("rmi"), QStringLiteral("-f"), i});
            docker(host, {QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), volume});
        });
        const QString data = VolumeFixtures::mountpoint(host, volume);
        ASSERT_FALSE(data.isEmpty());
        fill(data);
        auto client = connect(host);

        // Busybox: no find -printf, so sh with stat.
        const QString busybox
            = runWithVolume(host, testImage(), volume, {QStringLiteral("sleep"), QStringLiteral("1000")});
        containers << busybox;
        {
            FileRoot *root = FileRoot::container(client.get(), busybox);
            const auto rootGone = qScopeGuard([&] { delete root; });
            const Listed top = list(client.get(), root, QStringLiteral("/d"));
            ASSERT_FALSE(top.error.isError()) << qPrintable(top.error.message());
            EXPECT_EQ(top.method, ExecListing::Method::Stat);
            EXPECT_FALSE(usedArchive(top)) << qPrintable(top.requests.join(QLatin1Char('\n')));
            const QMap<QByteArray, QString> expected
                = FolderStat::inContainer(host, busybox, QStringLiteral("/d"));
            ASSERT_EQ(expected.size(), 7) << "big.bin, a b, new\\nline, тест, .hidden, soft, sub";
            EXPECT_EQ(FolderStat::described(top.entries), expected);
            EXPECT_GE(expected.value("big.bin").split(QLatin1Char('|')).value(5).toLongLong(), 1LL << 30);
            // The way found is kept: the next folder is one exec, no probing.
            const Listed sub = list(client.get(), root, QStringLiteral("/d/sub"));
            ASSERT_FALSE(sub.error.isError()) << qPrintable(sub.error.message());
            EXPECT_EQ(execs(sub), 1);
            EXPECT_EQ(FolderStat::described(sub.entries),
                FolderStat::inContainer(host, busybox, QStringLiteral("/d/sub")));
            // A folder that is not there: the archive stream says so, as before.
            EXPECT_EQ(
                list(client.get(), root, QStringLiteral("/d/missing")).error.kind(), EngineError::NotFound);
        }

        // GNU find and nothing else (no shell): find -printf.
        const QString findImage = importImage(host,
            uniqueName(QStringLiteral("berth-test/files-find")).toLower() + QStringLiteral(":1"),
            {QStringLiteral("/usr/bin/find"), QStringLiteral("/usr/bin/sleep")});
        images << findImage;
        const QString withFind = runWithVolume(
            host, findImage, volume, {QStringLiteral("/usr/bin/sleep"), QStringLiteral("1000")});
        containers << withFind;
        {
            FileRoot *root = FileRoot::container(client.get(), withFind);
            const auto rootGone = qScopeGuard([&] { delete root; });
            const Listed top = list(client.get(), root, QStringLiteral("/d"));
            ASSERT_FALSE(top.error.isError()) << qPrintable(top.error.message());
            EXPECT_EQ(top.method, ExecListing::Method::Find);
            EXPECT_FALSE(usedArchive(top));
            EXPECT_EQ(FolderStat::described(top.entries), FolderStat::here(data));
        }

        // Neither (a program alone, as in a distroless image): the archive stream lists.
        const QString bareImage = importImage(host,
            uniqueName(QStringLiteral("berth-test/files-bare")).toLower() + QStringLiteral(":1"),
            {QStringLiteral("/usr/bin/sleep")});
        images << bareImage;
        const QString bare = runWithVolume(
            host, bareImage, volume, {QStringLiteral("/usr/bin/sleep"), QStringLiteral("1000")});
        containers << bare;
        {
            FileRoot *root = FileRoot::container(client.get(), bare);
            const auto rootGone = qScopeGuard([&] { delete root; });
            const Listed sub = list(client.get(), root, QStringLiteral("/d/sub"));
            ASSERT_FALSE(sub.error.isError()) << qPrintable(sub.error.message());
            EXPECT_EQ(sub.method, ExecListing::Method::Archive);
            EXPECT_TRUE(usedArchive(sub));
            EXPECT_EQ(root->lister(), ExecListing::Method::Archive);
            // The archive names owners as the engine does; types, modes, sizes, links as stat.
            const auto noOwners = [](QMap<QByteArray, QString> map) {
                for (QString &line : map) {
                    QStringList f = line.split(QLatin1Char('|'));
                    f[2] = f[3] = f[4] = QStringLiteral("?");
                    line = f.join(QLatin1Char('|'));
                }
                return map;
            };
            EXPECT_EQ(noOwners(FolderStat::described(sub.entries)),
                noOwners(FolderStat::here(data + QStringLiteral("/sub"))));
            // Known now: the next folder goes straight to the archive, no exec tried.
            const Listed again = list(client.get(), root, QStringLiteral("/d/sub/inner"));
            EXPECT_FALSE(again.error.isError());
            EXPECT_EQ(execs(again), 0);
        }
    }
}

TEST(FilesExec, AStoppedContainersFolderShowsTheRowsBeforeABigFileAndHowFarItIs)
{
    for (const QString &host : {dockerHost(), podmanHost()}) {
        SCOPED_TRACE(host.toStdString());
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        // Small files whose names sort before big.bin (the archive walks a folder in name order),
        // the big one (sparse here, whole in the stream), and one after it.
        const ProcessResult made = run(QStringLiteral("sh"),
            {QStringLiteral("-c"),
                QStringLiteral(
                    "mkdir \"$0/d\" && cd \"$0/d\" && for i in 1 2 3 4 5; do echo $i > \"a $i\"; done && "
                    "echo я > Ёлка && truncate -s 256M big.bin && echo z > zz"),
                dir.path()});
        ASSERT_EQ(made.exitCode, 0) << made.err.constData();
        const QString name = uniqueName(QStringLiteral("berth-files-stopped"));
        ASSERT_EQ(docker(host,
                      {QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
                          QStringLiteral("--name"), name, testImage(), QStringLiteral("true")})
                      .exitCode,
            0);
        const auto cleanup = qScopeGuard([&] {
            docker(host, {QStringLiteral("rm"), QStringLiteral("-f"), name});
        });
        const ProcessResult copied = docker(
            host, {QStringLiteral("cp"), dir.path() + QStringLiteral("/d"), name + QStringLiteral(":/d")});
        ASSERT_EQ(copied.exitCode, 0) << copied.err.constData();

        auto client = connect(host);
        FileRoot *root = FileRoot::container(client.get(), name);
        const auto rootGone = qScopeGuard([&] { delete root; });
        FolderListing listing(root, QStringLiteral("/d"));
        QList<TarEntry> arrived;
        QStringList beforeBig; ///< the rows there when big.bin's content began to pass
        bool sawBig = false;
        qint64 passedMidway = 0; ///< a read of big.bin's content between its start and its end
        qint64 passingSize = 0;
        bool done = false;
        EngineError error;
        QObject::connect(
            &listing, &FolderListing::entriesFound, [&](const QList<TarEntry> &e) { arrived << e; });
        QObject::connect(&listing, &FolderListing::progress, [&] {
            if (listing.passing() != QLatin1String("/d/big.bin"))
                return;
            if (!sawBig) {
                sawBig = true;
                for (const TarEntry &e : std::as_const(arrived))
                    beforeBig << e.name();
            }
            passingSize = listing.passingSize();
            if (listing.passingRead() > 0 && listing.passingRead() < listing.passingSize())
                passedMidway = listing.passingRead();
        });
        QObject::connect(&listing, &FolderListing::finished, [&] { done = true; });
        QObject::connect(&listing, &FolderListing::failed, [&](const EngineError &e) {
            error = e;
            done = true;
        });
        listing.start();
        ASSERT_TRUE(waitUntil([&] { return done; }, 120000));
        ASSERT_FALSE(error.isError()) << qPrintable(error.message());
        EXPECT_EQ(listing.method(), ExecListing::Method::Archive);
        // All of them, and the ones the stream had before big.bin were shown before its content.
        QStringList order;
        for (const TarEntry &e : std::as_const(arrived))
            order << e.name();
        QStringList expected = QDir(dir.path() + QStringLiteral("/d")).entryList(QDir::Files);
        QStringList sortedOrder = order;
        sortedOrder.sort();
        expected.sort();
        EXPECT_EQ(sortedOrder, expected);
        ASSERT_TRUE(sawBig) << "big.bin's content was seen passing";
        EXPECT_EQ(beforeBig, order.mid(0, order.indexOf(QStringLiteral("big.bin")) + 1));
        EXPECT_GE(beforeBig.size(), 6) << "a 1 … a 5 and big.bin itself came first";
        EXPECT_EQ(passingSize, QFileInfo(dir.path() + QStringLiteral("/d/big.bin")).size());
        EXPECT_GT(passedMidway, 0) << "how far into big.bin the stream was, while it passed";

        // Stopped while big.bin passes: nothing more comes, and the root reads again after.
        FolderListing stopped(root, QStringLiteral("/d"));
        int after = 0;
        bool stoppedIt = false;
        QObject::connect(&stopped, &FolderListing::progress, [&] {
            if (!stoppedIt && stopped.passing() == QLatin1String("/d/big.bin")) {
                stoppedIt = true;
                stopped.abort();
            }
        });
        QObject::connect(&stopped, &FolderListing::entriesFound, [&] { after += stoppedIt; });
        QObject::connect(&stopped, &FolderListing::finished, [&] { ++after; });
        QObject::connect(&stopped, &FolderListing::failed, [&] { ++after; });
        stopped.start();
        ASSERT_TRUE(waitUntil([&] { return stoppedIt; }, 60000));
        QTest::qWait(500);
        EXPECT_EQ(after, 0);
    }
}
