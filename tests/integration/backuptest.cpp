// SPDX-License-Identifier: GPL-3.0-or-later
// Volume backups against the private engine, checked with the manual method's own tools.
#include "testsupport.h"
#include "volumefixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace TestSupport;
using VolumeFixtures::tree;

namespace {

ProcessResult berthctl(const QStringList &args)
{
    return VolumeFixtures::berthctl(dockerHost(), args);
}

QString trickyVolume()
{
    return VolumeFixtures::trickyVolume(dockerHost());
}

QString mountpoint(const QString &volume)
{
    return VolumeFixtures::mountpoint(dockerHost(), volume);
}

} // namespace

TEST(Backup, ABerthBackupIsTheManualMethodsArchive)
{
    const QString volume = trickyVolume();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("backup.tar.gz"));
    const ProcessResult r
        = berthctl({QStringLiteral("volume"), QStringLiteral("backup"), volume, QStringLiteral("-o"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.startsWith(file.toUtf8())) << r.out.constData();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
        (QStringList {QStringLiteral("backup.tar.gz"), QStringLiteral("backup.tar.gz.sha256")}))
        << "no .part left, the checksum beside it";

    // sha256sum -c agrees, and plain tar -xzf gives back the same tree as the volume's folder.
    ProcessResult check = run(QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("cd \"$0\" && sha256sum -c backup.tar.gz.sha256"), dir.path()});
    EXPECT_EQ(check.exitCode, 0) << check.out.constData() << check.err.constData();
    QDir(dir.path()).mkdir(QStringLiteral("x"));
    ASSERT_EQ(run(QStringLiteral("tar"),
                  {QStringLiteral("-xzf"), file, QStringLiteral("-C"), dir.filePath(QStringLiteral("x"))})
                  .exitCode,
        0);
    const QString data = mountpoint(volume);
    ASSERT_TRUE(QFileInfo(data).isDir()) << qPrintable(data);
    const QByteArray expected = tree(data);
    EXPECT_TRUE(expected.contains("./папка с пробелом/файл 644 1234:1234")) << expected.constData();
    EXPECT_EQ(tree(dir.filePath(QStringLiteral("x"))), expected);
    EXPECT_EQ(run(QStringLiteral("diff"),
                  {QStringLiteral("-r"), QStringLiteral("--no-dereference"), data,
                      dir.filePath(QStringLiteral("x"))})
                  .exitCode,
        0);
    // berthctl's own check reads it back, and no helper is left.
    EXPECT_EQ(berthctl({QStringLiteral("volume"), QStringLiteral("verify"), file}).exitCode, 0);
    const ProcessResult helpers = docker(dockerHost(),
        {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
            QStringLiteral("label=io.github.berth.helper")});
    EXPECT_TRUE(helpers.out.trimmed().isEmpty()) << helpers.out.constData();
    docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("rm"), volume});
}

TEST(Backup, BadInputChangesNothing)
{
    const QString volume = trickyVolume();
    QTemporaryDir dir;
    // A file that is there already: refused, and left as it was.
    const QString taken = dir.filePath(QStringLiteral("taken.tar.gz"));
    QFile f(taken);
    f.open(QIODevice::WriteOnly);
    f.write("mine");
    f.close();
    ProcessResult r
        = berthctl({QStringLiteral("volume"), QStringLiteral("backup"), volume, QStringLiteral("-o"), taken});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("exists already")) << r.err.constData();
    f.open(QIODevice::ReadOnly);
    EXPECT_EQ(f.readAll(), QByteArray("mine"));
    f.close();
    // A volume that is not there: a clear error, no file, and no empty volume made by the try.
    r = berthctl({QStringLiteral("volume"), QStringLiteral("backup"), QStringLiteral("no-such-volume-here"),
        QStringLiteral("-o"), dir.filePath(QStringLiteral("none.tar.gz"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no-such-volume-here")) << r.err.constData();
    EXPECT_NE(run(QStringLiteral("docker"),
                  {QStringLiteral("-H"), dockerHost(), QStringLiteral("volume"), QStringLiteral("inspect"),
                      QStringLiteral("no-such-volume-here")})
                  .exitCode,
        0);
    // A folder that does not exist: an error, and no helper or .part left behind.
    r = berthctl({QStringLiteral("volume"), QStringLiteral("backup"), volume, QStringLiteral("-o"),
        dir.filePath(QStringLiteral("missing/dir/b.tar.gz"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("missing/dir")) << r.err.constData();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
        QStringList {QStringLiteral("taken.tar.gz")});
    const ProcessResult helpers = docker(dockerHost(),
        {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
            QStringLiteral("label=io.github.berth.helper")});
    EXPECT_TRUE(helpers.out.trimmed().isEmpty()) << helpers.out.constData();
    docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("rm"), volume});
}

TEST(Backup, BackupsAndBundlesAreForTheirOwnerOnly)
{
    // Volumes hold databases and secrets: what Berth writes from them is 0600, its folders 0700,
    // whatever the umask.
    const QString volume = VolumeFixtures::emptyVolume(dockerHost());
    QTemporaryDir dir;
    const auto mode = [](const QString &path) {
        return trimmed(run(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%a"), path}).out);
    };
    const QString file = dir.filePath(QStringLiteral("backup.tar.gz"));
    ProcessResult r
        = berthctl({QStringLiteral("volume"), QStringLiteral("backup"), volume, QStringLiteral("-o"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(mode(file), QStringLiteral("600"));
    EXPECT_EQ(mode(file + QStringLiteral(".sha256")), QStringLiteral("600"));

    const QString name = uniqueName(QStringLiteral("berth-private"));
    docker(dockerHost(),
        {QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--network"),
            QStringLiteral("none"), QStringLiteral("-v"), volume + QStringLiteral(":/data"), testImage(),
            QStringLiteral("true")});
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    r = berthctl({QStringLiteral("migrate"), QStringLiteral("export"), name, QStringLiteral("-o"), bundle});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(mode(bundle), QStringLiteral("700"));
    int files = 0;
    for (QDirIterator it(
             bundle, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        EXPECT_EQ(mode(path), QFileInfo(path).isDir() ? QStringLiteral("700") : QStringLiteral("600"))
            << qPrintable(path);
        files += QFileInfo(path).isFile();
    }
    EXPECT_GE(files, 4) << "image, volume, manifest and their checksums";
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), dockerHost(), QStringLiteral("rm"), QStringLiteral("-f"), name});
    run(QStringLiteral("docker"),
        {QStringLiteral("-H"), dockerHost(), QStringLiteral("volume"), QStringLiteral("rm"), volume});
}
