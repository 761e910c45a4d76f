// SPDX-License-Identifier: GPL-3.0-or-later
// Volume restores against the private engines: round trips with the manual tar method both ways,
// every archive format, and the faults that must leave nothing damaged.
#include "archive/archivecheck.h"
#include "archive/tarbuilder.h"
#include "engine/engineclient.h"
#include "jobs/volumebackupjob.h"
#include "jobs/volumerestorejob.h"
#include "testsupport.h"
#include "volumefixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/mount.h>

using namespace TestSupport;
using namespace VolumeFixtures;

namespace {

QString host()
{
    return dockerHost();
}

ProcessResult restore(const QString &file, const QString &volume, const QStringList &extra = {})
{
    return berthctl(
        host(), QStringList {QStringLiteral("volume"), QStringLiteral("restore"), file, volume} + extra);
}

/// A Berth backup of @p volume into @p dir.
QString backUp(const QString &h, const QString &volume, const QString &file)
{
    const ProcessResult r = berthctl(
        h, {QStringLiteral("volume"), QStringLiteral("backup"), volume, QStringLiteral("-o"), file});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return file;
}

void removeVolumes(const QString &h, const QStringList &volumes)
{
    for (const QString &v : volumes)
        run(QStringLiteral("docker"),
            {QStringLiteral("-H"), h, QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"),
                v});
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Runs @p job to its end; @p onProgress may cancel it.
void runJob(Job &job, const std::function<void()> &onProgress = {}, int msecs = 120000)
{
    if (onProgress)
        QObject::connect(&job, &Job::progressChanged, &job, onProgress);
    job.start();
    EXPECT_TRUE(waitUntil([&] { return job.isFinished(); }, msecs)) << "the job did not end";
}

/// Runs a restore and cancels it once half the archive is uploaded; where it was cancelled.
double cancelHalfWayThroughTheUpload(VolumeRestoreJob &job)
{
    double cancelledAt = -1;
    runJob(job, [&] {
        if (cancelledAt < 0 && job.fraction() >= 0.5 && job.detail().startsWith(QLatin1String("Writing"))) {
            cancelledAt = job.fraction();
            job.cancel();
        }
    });
    return cancelledAt;
}

} // namespace

TEST(Restore, RoundTripsBothWaysWithTheManualMethod)
{
    const QString source = trickyVolume(host(), 100);
    const QByteArray expected = volumeTree(host(), source);
    ASSERT_TRUE(expected.contains("./big 644 0:0 2 regular file")) << expected.constData();
    ASSERT_TRUE(expected.contains("./tool 4755 0:0 1 regular file")) << expected.constData();
    ASSERT_TRUE(expected.contains("./папка с пробелом/файл 644 1234:1234")) << expected.constData();
    ASSERT_TRUE(expected.contains("'./link' -> 'big'")) << expected.constData();
    QTemporaryDir dir;

    // Berth's backup restores in Berth into a new volume, which it makes.
    const QString berthFile = backUp(host(), source, dir.filePath(QStringLiteral("berth.tar.gz")));
    const QString fromBerth = uniqueName(QStringLiteral("berth-restored"));
    ProcessResult r = restore(berthFile, fromBerth);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains(fromBerth.toUtf8())) << r.out.constData();
    EXPECT_EQ(volumeTree(host(), fromBerth), expected);

    // The manual method's archive (tar -czf … -C _data .) restores in Berth to the same tree.
    const QString manualFile = dir.filePath(QStringLiteral("manual.tar.gz"));
    ASSERT_EQ(run(QStringLiteral("tar"),
                  {QStringLiteral("-czf"), manualFile, QStringLiteral("-C"), mountpoint(host(), source),
                      QStringLiteral(".")})
                  .exitCode,
        0);
    const QString fromManual = uniqueName(QStringLiteral("berth-restored"));
    r = restore(manualFile, fromManual);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(volumeTree(host(), fromManual), expected);
    // And the folder on the host matches too, owners and modes included.
    EXPECT_EQ(tree(mountpoint(host(), fromManual)), tree(mountpoint(host(), source)));
    EXPECT_TRUE(helpers(host()).isEmpty()) << helpers(host()).constData();
    removeVolumes(host(), {source, fromBerth, fromManual});
}

TEST(Restore, EveryArchiveFormat)
{
    const QString source = trickyVolume(host());
    const QByteArray expected = volumeTree(host(), source);
    const QString data = mountpoint(host(), source);
    QTemporaryDir dir;
    const QList<QPair<QString, QString>> formats {{QStringLiteral("a.tar"), QStringLiteral("-cf")},
        {QStringLiteral("a.tgz"), QStringLiteral("-czf")},
        {QStringLiteral("a.tar.bz2"), QStringLiteral("-cjf")},
        {QStringLiteral("a.tar.xz"), QStringLiteral("-cJf")},
        {QStringLiteral("a.tar.zst"), QStringLiteral("--zstd")}};
    QStringList made {source};
    for (const auto &[name, flag] : formats) {
        SCOPED_TRACE(name.toStdString());
        const QString file = dir.filePath(name);
        QStringList args {flag};
        if (flag == QLatin1String("--zstd"))
            args << QStringLiteral("-cf");
        args << file << QStringLiteral("-C") << data << QStringLiteral(".");
        const ProcessResult made_ = run(QStringLiteral("tar"), args);
        ASSERT_EQ(made_.exitCode, 0) << made_.err.constData();
        const QString target = uniqueName(QStringLiteral("berth-restored"));
        made << target;
        const ProcessResult r = restore(file, target);
        ASSERT_EQ(r.exitCode, 0) << r.err.constData();
        EXPECT_EQ(volumeTree(host(), target), expected);
    }
    removeVolumes(host(), made);
}

TEST(Restore, RefusesBadArchivesBeforeChangingAnything)
{
    QTemporaryDir dir;
    const QString source = trickyVolume(host());
    const QString good = backUp(host(), source, dir.filePath(QStringLiteral("good.tar.gz")));
    const QByteArray bytes = readFile(good);
    ASSERT_GT(bytes.size(), 100000);

    QByteArray corrupt = bytes;
    for (int i = 0; i < 64; ++i)
        corrupt[corrupt.size() / 2 + i] = char(corrupt[corrupt.size() / 2 + i] ^ 0x5a);
    writeFile(dir.filePath(QStringLiteral("corrupt.tar.gz")), corrupt);
    writeFile(dir.filePath(QStringLiteral("truncated.tar.gz")), bytes.left(bytes.size() / 2));
    writeFile(dir.filePath(QStringLiteral("wrongsum.tar.gz")), bytes);
    writeFile(
        dir.filePath(QStringLiteral("wrongsum.tar.gz.sha256")), QByteArray(64, 'a') + "  wrongsum.tar.gz\n");
    TarBuilder absolute;
    absolute.addFile(QStringLiteral("./ok"), "fine");
    absolute.addFile(QStringLiteral("/etc/evil"), "outside");
    writeFile(dir.filePath(QStringLiteral("absolute.tar")), absolute.finish());
    TarBuilder dotdot;
    dotdot.addDirectory(QStringLiteral("./a"));
    dotdot.addFile(QStringLiteral("./a/../../evil"), "outside");
    writeFile(dir.filePath(QStringLiteral("dotdot.tar")), dotdot.finish());

    // An existing volume with data, which --replace would otherwise empty.
    const QString existing = trickyVolume(host());
    const QByteArray before = volumeTree(host(), existing);
    const QList<QPair<QString, QByteArray>> cases {{QStringLiteral("missing.tar.gz"), "is not there"},
        {QStringLiteral("corrupt.tar.gz"), "cannot be restored"},
        {QStringLiteral("truncated.tar.gz"), "cannot be restored"},
        {QStringLiteral("wrongsum.tar.gz"), "checksum"}, {QStringLiteral("absolute.tar"), "/etc/evil"},
        {QStringLiteral("dotdot.tar"), "../../evil"}};
    for (const auto &[name, message] : cases) {
        SCOPED_TRACE(name.toStdString());
        const QString fresh = uniqueName(QStringLiteral("berth-never"));
        ProcessResult r = restore(dir.filePath(name), fresh);
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(message)) << r.err.constData();
        EXPECT_FALSE(volumeExists(host(), fresh))
            << "no volume is made for an archive that cannot be restored";
        r = restore(dir.filePath(name), existing, {QStringLiteral("--replace")});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(message)) << r.err.constData();
    }
    EXPECT_EQ(volumeTree(host(), existing), before);
    EXPECT_TRUE(helpers(host()).isEmpty()) << helpers(host()).constData();
    // A bad volume name is refused before anything happens, with the rule.
    const ProcessResult r = restore(good, QStringLiteral("-bad name"));
    EXPECT_EQ(r.exitCode, 1);
    removeVolumes(host(), {source, existing});
}

TEST(Restore, AVolumeWithDataNeedsTheUsersWord)
{
    QTemporaryDir dir;
    const QString source = emptyVolume(host());
    inVolume(host(), source, QStringLiteral("echo from-archive > /v/a && mkdir /v/d && echo x > /v/d/x"));
    const QString file = backUp(host(), source, dir.filePath(QStringLiteral("a.tar.gz")));
    const QString target = emptyVolume(host());
    inVolume(host(), target, QStringLiteral("echo mine > /v/mine && echo old > /v/a"));
    const QByteArray before = volumeTree(host(), target);

    ProcessResult r = restore(file, target);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("holds data")) << r.err.constData();
    EXPECT_EQ(volumeTree(host(), target), before);

    // In use by a running container: refused whatever the mode, and the container keeps running.
    const QString user = trimmed(docker(host(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("-v"), target + QStringLiteral(":/data"), testImage(), QStringLiteral("sleep"),
            QStringLiteral("1000")})
                                     .out);
    for (const QString &mode : {QStringLiteral("--merge"), QStringLiteral("--replace")}) {
        r = restore(file, target, {mode});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains("running")) << r.err.constData();
    }
    EXPECT_EQ(volumeTree(host(), target), before);
    // Stopped, it still refers to the volume: merging is fine, replacing (making it again) is not.
    docker(host(), {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), user});
    r = restore(file, target, {QStringLiteral("--replace")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("Remove that container first")) << r.err.constData();
    EXPECT_EQ(volumeTree(host(), target), before);
    r = restore(file, target, {QStringLiteral("--merge")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(inVolume(host(), target, QStringLiteral("cat /v/mine /v/a /v/d/x")),
        QByteArray("mine\nfrom-archive\nx\n"));
    docker(host(), {QStringLiteral("rm"), user});

    // Replace: the archive's files only, with the volume's labels kept.
    const QString labelled = uniqueName(QStringLiteral("berth-vol"));
    docker(host(),
        {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"),
            QStringLiteral("keep=me"), labelled});
    inVolume(host(), labelled, QStringLiteral("echo mine > /v/mine"));
    r = restore(file, labelled, {QStringLiteral("--replace")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(volumeTree(host(), labelled), volumeTree(host(), source));
    EXPECT_EQ(trimmed(docker(host(),
                  {QStringLiteral("volume"), QStringLiteral("inspect"), QStringLiteral("--format"),
                      QStringLiteral("{{.Labels.keep}}"), labelled})
                          .out),
        QStringLiteral("me"));
    EXPECT_TRUE(helpers(host()).isEmpty()) << helpers(host()).constData();
    removeVolumes(host(), {source, target, labelled});
}

TEST(Restore, CancelHalfWayLeavesEverythingAsItWas)
{
    QTemporaryDir dir;
    QTemporaryDir safety;
    auto client = connect(host());
    const QString source = trickyVolume(host(), 120);
    const QString file = backUp(host(), source, dir.filePath(QStringLiteral("big.tar.gz")));

    {
        SCOPED_TRACE("restore into a new volume");
        const QString fresh = uniqueName(QStringLiteral("berth-cancelled"));
        VolumeRestoreJob job(client.get(), file, fresh, VolumeRestoreJob::Mode::IfEmpty);
        const double cancelledAt = cancelHalfWayThroughTheUpload(job);
        EXPECT_EQ(job.state(), Job::Cancelled) << job.errorString().toStdString();
        EXPECT_GE(cancelledAt, 0.5);
        EXPECT_LT(cancelledAt, 1.0);
        EXPECT_FALSE(volumeExists(host(), fresh)) << "the volume the restore made goes with it";
    }
    {
        SCOPED_TRACE("replacing the contents of a volume");
        const QString target = emptyVolume(host());
        inVolume(host(), target,
            QStringLiteral("echo precious > /v/precious && mkdir /v/keep && chmod 700 /v/keep"));
        const QByteArray before = volumeTree(host(), target);
        VolumeRestoreJob job(client.get(), file, target, VolumeRestoreJob::Mode::Replace);
        job.setSafetyFolder(safety.path());
        const double cancelledAt = cancelHalfWayThroughTheUpload(job);
        EXPECT_EQ(job.state(), Job::Cancelled) << job.errorString().toStdString();
        EXPECT_GE(cancelledAt, 0.5);
        EXPECT_TRUE(job.errorString().contains(QLatin1String("previous contents again")))
            << job.errorString().toStdString();
        EXPECT_EQ(volumeTree(host(), target), before);
        EXPECT_TRUE(QDir(safety.path()).isEmpty()) << "the safety backup goes once the volume is back";
        removeVolumes(host(), {target});
    }
    {
        SCOPED_TRACE("a backup");
        const QString target = dir.filePath(QStringLiteral("cancelled.tar.gz"));
        VolumeBackupJob job(client.get(), source, target);
        runJob(job, [&] {
            if (job.done() >= 60 * 1000 * 1000 && job.state() == Job::Running)
                job.cancel();
        });
        EXPECT_EQ(job.state(), Job::Cancelled);
        EXPECT_FALSE(QFileInfo::exists(target));
        EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
        EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".sha256")));
    }
    EXPECT_TRUE(waitUntil([&] { return helpers(host()).isEmpty(); })) << helpers(host()).constData();
    removeVolumes(host(), {source});
}

namespace {
/// A merge cancelled half-way on @p h, with a stopped container on the volume: set back in place.
void failedMergeIsSetBackInPlace(const QString &h)
{
    // The volume cannot be made again while a container refers to it, stopped or not: what the
    // merge added is taken back by Berth's volume tool and the safety copy is written over the rest.
    QTemporaryDir dir;
    QTemporaryDir safety;
    auto client = connect(h);
    const QString source = trickyVolume(h, 120);
    const QString file = backUp(h, source, dir.filePath(QStringLiteral("big.tar.gz")));
    for (const bool empty : {false, true}) {
        SCOPED_TRACE(empty ? "an empty volume" : "a volume with data");
        const QString target = emptyVolume(h);
        if (!empty)
            inVolume(h, target,
                QStringLiteral("echo precious > /v/precious && mkdir -p /v/keep/deep && chmod 700 /v/keep && "
                               "echo mine > /v/keep/deep/f && echo old > /v/big"));
        const QString user = trimmed(docker(h,
            {QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
                QStringLiteral("-v"), target + QStringLiteral(":/data"), testImage(), QStringLiteral("true")})
                                         .out);
        // (An empty volume's tree is no listing at all.)
        const auto tree = [&] {
            return empty ? inVolume(h, target, QStringLiteral("ls -A /v; true")) : volumeTree(h, target);
        };
        const QByteArray before = tree();
        VolumeRestoreJob job(client.get(), file, target,
            empty ? VolumeRestoreJob::Mode::IfEmpty : VolumeRestoreJob::Mode::Merge);
        job.setSafetyFolder(safety.path());
        const double cancelledAt = cancelHalfWayThroughTheUpload(job);
        EXPECT_EQ(job.state(), Job::Cancelled) << job.errorString().toStdString();
        EXPECT_GE(cancelledAt, 0.5);
        EXPECT_TRUE(job.errorString().contains(
            empty ? QLatin1String("empty again") : QLatin1String("previous contents again")))
            << job.errorString().toStdString();
        EXPECT_EQ(tree(), before);
        EXPECT_TRUE(QDir(safety.path()).isEmpty()) << "the safety backup goes once the volume is back";
        docker(h, {QStringLiteral("rm"), user});
        removeVolumes(h, {target});
    }
    EXPECT_TRUE(waitUntil([&] { return helpers(h).isEmpty(); })) << helpers(h).constData();
    removeVolumes(h, {source});
}
} // namespace

TEST(Restore, AFailedMergeIsSetBackInPlaceEvenWithAStoppedContainerOnTheVolume)
{
    failedMergeIsSetBackInPlace(host());
}

TEST(Restore, DeviceNodesNeedTheUsersWord)
{
    // A device node in a volume is a door to this machine's hardware for a container allowed to use
    // devices: an archive holding one is restored only with --allow-devices.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("devices.tar.gz"));
    const ProcessResult made = run(QStringLiteral("python3"),
        {QStringLiteral("-c"), QStringLiteral(R"(
import io, sys, tarfile
out = tarfile.open(sys.argv[1], 'w:gz')
ok = tarfile.TarInfo('data.txt'); ok.size = 3; out.addfile(ok, io.BytesIO(b'hi\n'))
dev = tarfile.TarInfo('disk'); dev.type = tarfile.BLKTYPE; dev.devmajor, dev.devminor = 8, 0
out.addfile(dev)
out.close()
)"),
            file});
    ASSERT_EQ(made.exitCode, 0) << made.err.constData();
    const QString volume = uniqueName(QStringLiteral("berth-devices"));
    ProcessResult r = restore(file, volume);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("1 device node (disk)")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("--allow-devices")) << r.err.constData();
    EXPECT_FALSE(volumeExists(host(), volume)) << "nothing was made";
    r = restore(file, volume, {QStringLiteral("--allow-devices")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(
        trimmed(inVolume(host(), volume, QStringLiteral("stat -c '%F %t:%T' /v/disk; cat /v/data.txt"))),
        QStringLiteral("block special file 8:0\nhi"));
    removeVolumes(host(), {volume});
}

TEST(Restore, DiskFullWhileWritingLeavesNoFile)
{
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkpath(small));
    ASSERT_EQ(::mount("tmpfs", small.toLocal8Bit().constData(), "tmpfs", 0, "size=8m"), 0)
        << "the tests run as root (the test script needs it for the private engines)";
    const QString source = trickyVolume(host(), 30); // random: 30 MB compressed too
    const ProcessResult r = berthctl(host(),
        {QStringLiteral("volume"), QStringLiteral("backup"), source, QStringLiteral("-o"),
            small + QStringLiteral("/b.tar.gz")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("No space left on device")) << r.err.constData();
    EXPECT_TRUE(QDir(small).isEmpty())
        << QDir(small).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ').toStdString();
    EXPECT_TRUE(helpers(host()).isEmpty()) << helpers(host()).constData();
    ::umount(small.toLocal8Bit().constData());
    removeVolumes(host(), {source});
}

TEST(Restore, EngineKilledMidBackupAndMidRestoreLeavesNothingBehind)
{
    SecondEngine engine;
    ASSERT_TRUE(engine.valid());
    const QString h = engine.host();
    QTemporaryDir dir;
    const QString source = trickyVolume(h, 150);
    const QString complete = backUp(h, source, dir.filePath(QStringLiteral("complete.tar.gz")));

    {
        SCOPED_TRACE("mid-backup");
        const QString target = dir.filePath(QStringLiteral("killed.tar.gz"));
        QProcess backup;
        backup.start(berthctlPath(),
            {QStringLiteral("--host"), h, QStringLiteral("volume"), QStringLiteral("backup"), source,
                QStringLiteral("-o"), target});
        ASSERT_TRUE(
            waitUntil([&] { return QFileInfo(target + QStringLiteral(".part")).size() > 2000000; }, 30000))
            << "the backup did not start writing";
        ASSERT_EQ(::kill(pid_t(backup.processId()), SIGSTOP), 0); // as for the restore below
        EXPECT_FALSE(QFileInfo::exists(target)) << "the backup was held before it was done";
        ASSERT_TRUE(engine.stop(SIGKILL));
        ASSERT_EQ(::kill(pid_t(backup.processId()), SIGCONT), 0);
        ASSERT_TRUE(backup.waitForFinished(30000));
        EXPECT_EQ(backup.exitCode(), 1);
        EXPECT_FALSE(backup.readAllStandardError().isEmpty());
        EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("killed*")}, QDir::Files).isEmpty())
            << "neither the file nor its .part";
        ASSERT_TRUE(engine.start());
    }
    {
        SCOPED_TRACE("mid-restore into a new volume");
        const QString fresh = uniqueName(QStringLiteral("berth-killed"));
        QProcess restoring;
        restoring.start(berthctlPath(),
            {QStringLiteral("--host"), h, QStringLiteral("volume"), QStringLiteral("restore"), complete,
                fresh});
        // The upload has begun once the helper exists and the volume holds some of the archive.
        // The rest of it takes a second or two, less than a loaded machine may need between a
        // look and a kill: the restore is held still (SIGSTOP) the moment it is seen writing, so
        // the engine dies in the middle of it, always.
        ASSERT_TRUE(waitUntil([&] { return volumeExists(h, fresh) && !helpers(h).isEmpty(); }, 30000))
            << "the restore did not start";
        const QString big = mountpoint(h, fresh) + QStringLiteral("/big");
        ASSERT_TRUE(waitUntil([&] { return QFileInfo(big).size() > 10000000; }, 30000))
            << "the restore did not start writing";
        ASSERT_EQ(::kill(pid_t(restoring.processId()), SIGSTOP), 0);
        EXPECT_LT(QFileInfo(big).size(), 150000000) << "the restore was held before it was done";
        ASSERT_TRUE(engine.stop(SIGKILL));
        ASSERT_EQ(::kill(pid_t(restoring.processId()), SIGCONT), 0);
        ASSERT_TRUE(restoring.waitForFinished(30000));
        EXPECT_EQ(restoring.exitCode(), 1);
        ASSERT_TRUE(engine.start());
        EXPECT_FALSE(helpers(h).isEmpty()) << "the engine was gone: the helper is still there";
        // The next Berth job removes what the dead one left: its helper, and the volume it made.
        const ProcessResult r = berthctl(h,
            {QStringLiteral("volume"), QStringLiteral("backup"), source, QStringLiteral("-o"),
                dir.filePath(QStringLiteral("after.tar.gz"))});
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        EXPECT_TRUE(helpers(h).isEmpty()) << helpers(h).constData();
        EXPECT_FALSE(volumeExists(h, fresh)) << "an unfinished restore's volume is removed";
        EXPECT_EQ(readFile(dir.filePath(QStringLiteral("after.tar.gz"))).size(), readFile(complete).size());
    }
    removeVolumes(h, {source});
}

TEST(Restore, SaysWhenTheEngineDropsTheSetuidBitOfAHardLinkedFile)
{
    // Docker 20.10 chowns a hard link after setting the mode, which clears setuid: the engine's
    // doing, which Berth cannot undo through the API, so it must say so instead of hiding it.
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    QDir().mkpath(src);
    writeFile(src + QStringLiteral("/tool"), "#!/bin/sh\n");
    ASSERT_EQ(run(QStringLiteral("sh"),
                  {QStringLiteral("-c"),
                      QStringLiteral("cd \"$0\" && chmod 4755 tool && ln tool tool-link && "
                                     "echo plain > plain && chmod 4755 plain"),
                      src})
                  .exitCode,
        0);
    const QString file = dir.filePath(QStringLiteral("links.tar.gz"));
    ASSERT_EQ(run(QStringLiteral("tar"),
                  {QStringLiteral("-czf"), file, QStringLiteral("-C"), src, QStringLiteral(".")})
                  .exitCode,
        0);
    EXPECT_EQ(ArchiveCheck::check(file).hardLinkedSetId.size(), 1);
    const QString target = uniqueName(QStringLiteral("berth-restored"));
    const ProcessResult r = restore(file, target);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QByteArray modes = inVolume(host(), target, QStringLiteral("stat -c '%n %a' /v/tool /v/plain"));
    EXPECT_TRUE(modes.contains("/v/plain 4755")) << modes.constData() << " (a file without links keeps it)";
    if (modes.contains("/v/tool 4755")) {
        EXPECT_FALSE(r.err.contains("setuid")) << r.err.constData();
    } else {
        EXPECT_TRUE(r.err.contains("did not keep the setuid/setgid bit")) << r.err.constData();
        EXPECT_TRUE(r.err.contains("tool")) << r.err.constData();
        EXPECT_FALSE(r.err.contains("plain")) << r.err.constData();
    }
    removeVolumes(host(), {target});
}

TEST(Backup, AllVolumesOfAContainerWithOnePause)
{
    // The container is paused once for both volumes, so the two files fit together.
    const QString a = trickyVolume(host());
    const QString b = emptyVolume(host());
    inVolume(host(), b, QStringLiteral("echo second > /v/b"));
    const QString user = trimmed(docker(host(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("-v"), a + QStringLiteral(":/a"), QStringLiteral("-v"), b + QStringLiteral(":/b"),
            testImage(), QStringLiteral("sleep"), QStringLiteral("1000")})
                                     .out);
    const QString since = trimmed(run(QStringLiteral("date"), {QStringLiteral("+%s")}).out);
    QTemporaryDir dir;
    auto client = connect(host());
    VolumeBackupJob job(client.get(),
        {{a, dir.filePath(QStringLiteral("a.tar.gz"))}, {b, dir.filePath(QStringLiteral("b.tar.gz"))}});
    job.setConsistency(VolumeBackupJob::Consistency::Pause);
    runJob(job);
    ASSERT_EQ(job.state(), Job::Succeeded) << job.errorString().toStdString();
    EXPECT_EQ(job.quiesced().size(), 1);
    for (const QString &name : {QStringLiteral("a.tar.gz"), QStringLiteral("b.tar.gz")})
        EXPECT_EQ(berthctl(host(), {QStringLiteral("volume"), QStringLiteral("verify"), dir.filePath(name)})
                      .exitCode,
            0)
            << qPrintable(name);
    EXPECT_EQ(
        trimmed(docker(host(),
            {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), user})
                    .out),
        QStringLiteral("running"));
    const QString until
        = QString::number(trimmed(run(QStringLiteral("date"), {QStringLiteral("+%s")}).out).toLongLong() + 1);
    const QByteArray events = docker(host(),
        {QStringLiteral("events"), QStringLiteral("--since"), since, QStringLiteral("--until"), until,
            QStringLiteral("--filter"), QStringLiteral("container=") + user, QStringLiteral("--format"),
            QStringLiteral("{{.Action}}")})
                                  .out;
    EXPECT_EQ(events.count("unpause"), 1) << events.constData();
    EXPECT_EQ(events.count("pause") - events.count("unpause"), 1) << events.constData();
    docker(host(), {QStringLiteral("rm"), QStringLiteral("-f"), user});
    removeVolumes(host(), {a, b});
}
