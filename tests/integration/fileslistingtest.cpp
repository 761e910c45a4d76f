// SPDX-License-Identifier: GPL-3.0-or-later
// The Files view's listing of a volume's folder by Berth's volume tool (lstat only, no content
// read), next to what stat says of the same folder through the volume's mountpoint.
#include "files/fileroot.h"
#include "files/folderlisting.h"
#include "folderstat.h"
#include "testsupport.h"
#include "volumefixtures.h"

#include <QMap>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {

struct Listed
{
    EngineError error;
    QList<TarEntry> entries;
    bool byTool = false;
};

Listed list(FileRoot *root, const QString &folder)
{
    Listed result;
    bool done = false;
    FolderListing listing(root, folder);
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
    result.byTool = listing.isByTool();
    // What the view asks before reading a folder again: the tool read only this one.
    if (result.byTool && !result.error.isError()) {
        EXPECT_FALSE(listing.knows(folder + QStringLiteral("/inner")));
    }
    return result;
}

} // namespace

TEST(FilesListing, AVolumeFolderIsListedByTheVolumeToolAsStatSeesIt)
{
    for (const QString &host : {dockerHost(), podmanHost()}) {
        SCOPED_TRACE(host.toStdString());
        const QString volume = uniqueName(QStringLiteral("berth-files-list"));
        docker(host, {QStringLiteral("volume"), QStringLiteral("create"), volume});
        const auto cleanup = qScopeGuard([&] {
            docker(host, {QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), volume});
        });
        // A 64 MB file of real blocks among names of any bytes, links, a fifo, owners and modes.
        const QString data = VolumeFixtures::mountpoint(host, volume);
        ASSERT_FALSE(data.isEmpty());
        const ProcessResult filled = run(QStringLiteral("sh"),
            {QStringLiteral("-c"),
                QStringLiteral(
                    "cd \"$0\" && dd if=/dev/zero of=big bs=1M count=64 2>/dev/null && mkdir -p 'a "
                    "folder/inner' && "
                    "echo hi > 'a folder/inner/deep' && echo привет > тест && chown 1234:5678 тест && "
                    "chmod 4750 тест && ln -s 'a folder/inner' soft && mkfifo pipe && touch .hidden "
                    "\"$(printf 'bad\\377name')\" \"$(printf 'new\\nline')\" && touch -d '2001-02-03 "
                    "04:05:06Z' big"),
                data});
        ASSERT_EQ(filled.exitCode, 0) << filled.err.constData();

        auto client = connect(host);
        FileRoot *root = FileRoot::volume(client.get(), volume);
        const auto rootGone = qScopeGuard([&] { delete root; });
        const bool toolRuns = !(host == podmanHost() && !currentEngines());
        const Listed top = list(root, QStringLiteral("/"));
        ASSERT_FALSE(top.error.isError()) << qPrintable(top.error.message());
        // Podman 4.3 starts no container in this sandbox (no rlimits): the archive stream lists it.
        EXPECT_EQ(top.byTool, toolRuns);
        const QMap<QByteArray, QString> expected = FolderStat::here(data + QStringLiteral("/"));
        ASSERT_EQ(expected.size(), 8) << "big, a folder, тест, soft, pipe, .hidden and two odd names";
        // Podman 4.3's archive stream (read when the tool cannot run) names every owner 0:0 and
        // rounds a time with a fraction up to the next second; the rest is as stat says.
        const auto asListed = [toolRuns](QMap<QByteArray, QString> map) {
            for (QString &line : map) {
                QStringList fields = line.split(QLatin1Char('|'));
                if (!toolRuns)
                    fields[2] = fields[3] = fields[4] = QStringLiteral("?");
                line = fields.join(QLatin1Char('|'));
            }
            return map;
        };
        EXPECT_EQ(asListed(FolderStat::described(top.entries)), asListed(expected));
        EXPECT_EQ(expected.value("big"), QStringLiteral("regular file|644|0|0|981173106|67108864|"));

        const Listed inner = list(root, QStringLiteral("/a folder"));
        ASSERT_FALSE(inner.error.isError()) << qPrintable(inner.error.message());
        EXPECT_EQ(inner.byTool, toolRuns);
        EXPECT_EQ(asListed(FolderStat::described(inner.entries)),
            asListed(FolderStat::here(data + QStringLiteral("/a folder"))));
        ASSERT_EQ(inner.entries.size(), 1);
        EXPECT_EQ(inner.entries[0].path, QStringLiteral("/a folder/inner"));

        // Not there, a file, or a link to a folder (never followed): NotFound, as the stream says.
        EXPECT_EQ(list(root, QStringLiteral("/missing")).error.kind(), EngineError::NotFound);
        if (toolRuns) {
            EXPECT_EQ(list(root, QStringLiteral("/big")).error.kind(), EngineError::NotFound);
            EXPECT_EQ(list(root, QStringLiteral("/soft")).error.kind(), EngineError::NotFound);
        }
        // The tool's helpers are gone, and the archive's helper with the root.
        delete root;
        root = nullptr;
        EXPECT_TRUE(waitUntil(
            [&] {
                return docker(host,
                    {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                        QStringLiteral("volume=") + volume})
                    .out.trimmed()
                    .isEmpty();
            },
            20000));
    }
}
