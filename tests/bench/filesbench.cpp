// SPDX-License-Identifier: GPL-3.0-or-later
// The Files view's listing of one volume folder (FolderListing: by Berth's volume tool, lstat
// only, where the tool runs; from the archive API's stream otherwise): time to the first rows
// and to the whole folder, next to `docker run --rm -v VOL:/v IMAGE ls -la /v` on the
// same engine in the same run. One run each (a benchmark, not a test).
// Usage: berth_bench_files --host unix:///path/docker.sock --volume VOLUME --image IMAGE
#include "benchsupport.h"
#include "engine/engineclient.h"
#include "files/fileroot.h"
#include "files/folderlisting.h"
#include "jobs/volumetool.h"
#include "util/allocator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace BenchSupport;

int main(int argc, char *argv[])
{
    Allocator::tuneForStreaming(); // before any buffer is made (util/allocator.h)
    QCoreApplication app(argc, argv);
    const QString host = option(QStringLiteral("--host"));
    const QString volume = option(QStringLiteral("--volume"));
    const QString image = option(QStringLiteral("--image"));
    EngineClient client(EndpointResolver::parseHost(host.mid(7), QStringLiteral("bench")).endpoint);
    if (!client.waitForConnected()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(client.lastError().toString()));
        return 1;
    }
    // The helper first (made once per Files window), so the figure is the listing's own.
    FileRoot *root = FileRoot::volume(&client, volume);
    bool prepared = false;
    root->prepare([&](const EngineError &error, const QString &) {
        if (error.isError()) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error.toString()));
            std::exit(1);
        }
        prepared = true;
    });
    spinUntil([&] { return prepared; }, 60000);

    // Twice: the first may make the tool's image on the engine (once per engine and tool).
    QElapsedTimer clock;
    double first = -1;
    double whole = -1;
    qsizetype rows = 0;
    double coldWhole = -1;
    for (int run = 0; run < 2; ++run) {
        first = whole = -1;
        rows = 0;
        FolderListing listing(root, QStringLiteral("/"));
        QObject::connect(&listing, &FolderListing::entriesFound, [&](const QList<TarEntry> &entries) {
            if (first < 0)
                first = clock.nsecsElapsed() / 1e9;
            rows += entries.size();
        });
        QObject::connect(&listing, &FolderListing::finished, [&] { whole = clock.nsecsElapsed() / 1e9; });
        QObject::connect(&listing, &FolderListing::failed, [](const EngineError &error) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error.toString()));
            std::exit(1);
        });
        clock.start();
        listing.start();
        spinUntil([&] { return whole >= 0; }, 600000);
        if (run == 0)
            coldWhole = whole;
    }

    const double ls = processSeconds(QStringLiteral("docker"),
        {QStringLiteral("-H"), host, QStringLiteral("run"), QStringLiteral("--rm"),
            QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-v"),
            volume + QStringLiteral(":/v:ro"), image, QStringLiteral("ls"), QStringLiteral("-la"),
            QStringLiteral("/v")});
    std::printf("files: %lld rows in the volume's top folder (by %s)\n", qlonglong(rows),
        VolumeTool::runsOn(&client) ? "Berth's volume tool" : "the archive API");
    std::printf("window listing, first run whole: %8.3f s\n", coldWhole);
    std::printf("window listing, first rows:      %8.3f s\n", first);
    std::printf("window listing, whole folder:    %8.3f s\n", whole);
    std::printf("docker run --rm … ls -la /v:     %8.3f s   ratio whole/ls %.2f\n", ls, whole / ls);
    delete root; // removes the helper
    spinUntil([] { return false; }, 1000);
    return 0;
}
