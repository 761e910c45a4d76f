// SPDX-License-Identifier: GPL-3.0-or-later
// The Files view's listing of one volume folder (FolderListing: by Berth's volume tool, lstat
// only, where the tool runs; from the archive API's stream otherwise): time to the first rows
// and to the whole folder, next to `docker run --rm -v VOL:/v IMAGE ls -la /v` on the
// same engine in the same run. One run each (a benchmark, not a test).
// Usage: berth_bench_files --host unix:///path/docker.sock --volume VOLUME --image IMAGE
//    or: berth_bench_files --host … --container CONTAINER --folder FOLDER (a running container's
//        folder: through its own tools by exec, and from the archive stream, files-exec-bench.sh)
#include "benchsupport.h"
#include "engine/engineclient.h"
#include "files/execlisting.h"
#include "files/fileroot.h"
#include "files/folderlisting.h"
#include "jobs/volumetool.h"
#include "util/allocator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace BenchSupport;

namespace {

struct Timing
{
    double first = -1;
    double whole = -1;
    qsizetype rows = 0;
    ExecListing::Method method = ExecListing::Method::Unknown;
};

/// One listing of @p folder: seconds to the first rows and to the whole folder.
Timing timeListing(FileRoot *root, const QString &folder)
{
    Timing t;
    QElapsedTimer clock;
    FolderListing listing(root, folder);
    QObject::connect(&listing, &FolderListing::entriesFound, [&](const QList<TarEntry> &entries) {
        if (t.first < 0)
            t.first = clock.nsecsElapsed() / 1e9;
        t.rows += entries.size();
    });
    QObject::connect(&listing, &FolderListing::finished, [&] { t.whole = clock.nsecsElapsed() / 1e9; });
    QObject::connect(&listing, &FolderListing::failed, [](const EngineError &error) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error.toString()));
        std::exit(1);
    });
    clock.start();
    listing.start();
    spinUntil([&] { return t.whole >= 0; }, 600000);
    t.method = listing.method();
    return t;
}

/// A running container's folder: through its tools (the first run finds which), then from the
/// archive stream, next to `docker exec CONTAINER ls -la FOLDER`.
int benchContainer(EngineClient *client, const QString &host, const QString &container, const QString &folder)
{
    FileRoot *byExec = FileRoot::container(client, container);
    const Timing probing = timeListing(byExec, folder); // tries find, then stat
    const Timing exec = timeListing(byExec, folder);
    FileRoot *byArchive = FileRoot::container(client, container);
    byArchive->setLister(ExecListing::Method::Archive);
    const Timing archive = timeListing(byArchive, folder);
    const double ls = processSeconds(QStringLiteral("docker"),
        {QStringLiteral("-H"), host, QStringLiteral("exec"), container, QStringLiteral("ls"),
            QStringLiteral("-la"), folder});
    std::printf("files: %lld rows in %s (by %s)\n", qlonglong(exec.rows), qPrintable(folder),
        qPrintable(ExecListing::name(exec.method)));
    std::printf("exec listing, first (finds the tool): first rows %8.3f s, whole %8.3f s\n", probing.first,
        probing.whole);
    std::printf(
        "exec listing:                         first rows %8.3f s, whole %8.3f s\n", exec.first, exec.whole);
    std::printf("archive stream listing:               first rows %8.3f s, whole %8.3f s (%lld rows)\n",
        archive.first, archive.whole, qlonglong(archive.rows));
    std::printf("docker exec … ls -la:                 %8.3f s\n", ls);
    delete byExec;
    delete byArchive;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    Allocator::tuneForStreaming(); // before any buffer is made (util/allocator.h)
    QCoreApplication app(argc, argv);
    const QString host = option(QStringLiteral("--host"));
    const QString volume = option(QStringLiteral("--volume"));
    const QString container = option(QStringLiteral("--container"));
    const QString image = option(QStringLiteral("--image"));
    EngineClient client(EndpointResolver::parseHost(host.mid(7), QStringLiteral("bench")).endpoint);
    if (!client.waitForConnected()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(client.lastError().toString()));
        return 1;
    }
    if (!container.isEmpty())
        return benchContainer(
            &client, host, container, option(QStringLiteral("--folder"), QStringLiteral("/")));
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
