// SPDX-License-Identifier: GPL-3.0-or-later
// GET /system/df in both shapes: the legacy answer Docker 20.10 gave (with what docker system df
// 28.5 printed for it, captured at the same moment) and the per-type answer of API 1.52.
#include "model/diskusage.h"
#include "testsupport.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {
/// When the 1.41 capture was taken (date +%s right after docker system df -v).
constexpr qint64 CapturedAt = 1796512748;

DiskUsage read(const QString &name)
{
    DiskUsage du;
    QString error;
    EXPECT_TRUE(DiskUsage::parse(fixture(name), &du, &error)) << qPrintable(error);
    return du;
}
} // namespace

TEST(DiskUsage, LegacyAnswerPrintsAsDockerSystemDf)
{
    const DiskUsage du = read(QStringLiteral("system-df-1.41.json"));
    EXPECT_FALSE(du.perType);
    EXPECT_EQ(du.summaryTable(), QString::fromUtf8(fixture(QStringLiteral("system-df-1.41.txt"))));
    EXPECT_EQ(du.summaryJson(), QString::fromUtf8(fixture(QStringLiteral("system-df-1.41.jsonl"))));
    // The ages docker printed were counted from a second or two before CapturedAt.
    const QString expected = QString::fromUtf8(fixture(QStringLiteral("system-df-v-1.41.txt")));
    bool matched = false;
    for (qint64 now = CapturedAt - 3; now <= CapturedAt && !matched; ++now)
        matched = du.verboseTables(now) == expected;
    EXPECT_TRUE(matched) << qPrintable(du.verboseTables(CapturedAt));
}

TEST(DiskUsage, LegacyFiguresAsTheDockerCliSumsThem)
{
    const DiskUsage du = read(QStringLiteral("system-df-1.41.json"));
    // One image used by both containers: nothing of it is reclaimable.
    EXPECT_EQ(du.images.totalCount, 1);
    EXPECT_EQ(du.images.activeCount, 1);
    EXPECT_EQ(du.images.totalSize, 1984132);
    EXPECT_EQ(du.images.reclaimable, 0);
    // The exited container's 45678 bytes go, the running one's 5000 stay.
    EXPECT_EQ(du.containers.totalSize, 45678 + 5000);
    EXPECT_EQ(du.containers.reclaimable, 45678);
    EXPECT_EQ(du.containers.activeCount, 1);
    EXPECT_EQ(du.volumes.totalCount, 2);
    EXPECT_EQ(du.volumes.activeCount, 1);
    EXPECT_EQ(du.volumes.reclaimable, 300000);
    ASSERT_EQ(du.largestVolumes(1).size(), 1);
    EXPECT_EQ(du.largestVolumes(1).first().name, QStringLiteral("berth-dfcap-used"));
    ASSERT_EQ(du.largestContainers(5).size(), 2);
    EXPECT_EQ(du.largestContainers(5).first().container.name(), QStringLiteral("berth-dfcap-exit"));
}

TEST(DiskUsage, PerTypeAnswerOfApi152)
{
    const DiskUsage du = read(QStringLiteral("system-df-1.52.json"));
    EXPECT_TRUE(du.perType);
    // The engine's own figures, not sums of the items.
    EXPECT_EQ(du.images.reclaimable, 7340032);
    EXPECT_EQ(du.buildCache.totalCount, 3);
    EXPECT_EQ(du.summaryTable(),
        QStringLiteral("TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n"
                       "Images          2         1         12.58MB   7.34MB (58%)\n"
                       "Containers      1         0         2.048kB   2.048kB (100%)\n"
                       "Local Volumes   2         1         3MB       1MB (33%)\n"
                       "Build Cache     3         1         250kB     150kB\n"));
    const qint64 now
        = QDateTime::fromString(QStringLiteral("2026-12-05T23:00:00Z"), Qt::ISODate).toSecsSinceEpoch();
    const QString v = du.verboseTables(now);
    EXPECT_TRUE(v.contains(QStringLiteral(
        "REPOSITORY   TAG       IMAGE ID       CREATED       SIZE      SHARED SIZE   UNIQUE SIZE   "
        "CONTAINERS\n"
        "nginx        1.27      111111111111   3 hours ago   5.24MB    0B            5.243MB       1\n"
        "<none>       <none>    222222222222   5 days ago    7.34MB    N/A           N/A           0\n")))
        << qPrintable(v);
    EXPECT_TRUE(
        v.contains(QStringLiteral("333333333333   nginx:1.27   \"nginx -g 'daemon of…\"   1               "
                                  "2.05kB    10 minutes ago   Exited (0) 5 minutes ago   web\n")))
        << qPrintable(v);
    // Build cache: never used first, then oldest use; in use marked with '*'; no share shown.
    EXPECT_TRUE(v.contains(QStringLiteral(
        "\nBuild cache usage: 250kB\n\n"
        "CACHE ID        CACHE TYPE     SIZE      CREATED       LAST USED           USAGE     SHARED\n"
        "a1b2c3d4e5f6    frontend       40kB      3 hours ago                       0         true\n"
        "ndlpt0hhvkqc*   source.local   100kB     2 hours ago   2 hours ago         1         false\n"
        "hw53o5aio51x    regular        150kB     2 hours ago   About an hour ago   3         false\n")))
        << qPrintable(v);
}

TEST(DiskUsage, BrokenAnswersAreRefused)
{
    DiskUsage du;
    QString error;
    EXPECT_FALSE(DiskUsage::parse("not json", &du, &error));
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_FALSE(DiskUsage::parse("[1,2]", &du, &error));
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_FALSE(DiskUsage::parse(R"({"Images":{"a":1}})", &du, &error));
    EXPECT_FALSE(error.isEmpty());
    // Podman 4.3 sends nulls and a LayersSize of 0: empty, not an error.
    EXPECT_TRUE(DiskUsage::parse(
        R"({"LayersSize":0,"Images":null,"Containers":[],"Volumes":null,"BuildCache":null})", &du, &error));
    EXPECT_EQ(du.summaryTable(),
        QStringLiteral("TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n"
                       "Images          0         0         0B        0B\n"
                       "Containers      0         0         0B        0B\n"
                       "Local Volumes   0         0         0B        0B\n"
                       "Build Cache     0         0         0B        0B\n"));
}

// The docker CLI's verbose table leaves out an image whose first tag it cannot parse unless the
// image is dangling in its exact sense: Podman lists a build's intermediate images with the tag
// "<none>:<none>" and a real digest, and docker system df -v shows no row for them (found when
// the Podman 4.3 comparison saw such an image the build tests had just made).
TEST(DiskUsage, VerboseImagesLeaveOutWhatTheDockerCliCannotParse)
{
    const QByteArray answer = R"({"LayersSize":0,"Images":[
        {"Id":"sha256:1111111111111111111111111111111111111111111111111111111111111111","RepoTags":["<none>:<none>"],
         "RepoDigests":["localhost/x@sha256:2222222222222222222222222222222222222222222222222222222222222222"],
         "Created":1,"Size":10,"SharedSize":0,"Containers":0},
        {"Id":"sha256:3333333333333333333333333333333333333333333333333333333333333333","RepoTags":["<none>:<none>"],
         "RepoDigests":["<none>@<none>"],"Created":1,"Size":10,"SharedSize":0,"Containers":0},
        {"Id":"sha256:4444444444444444444444444444444444444444444444444444444444444444","RepoTags":["latest"],
         "RepoDigests":[],"Created":1,"Size":10,"SharedSize":0,"Containers":0},
        {"Id":"sha256:5555555555555555555555555555555555555555555555555555555555555555","RepoTags":["127.0.0.1:5000/berth/app:1"],
         "RepoDigests":[],"Created":1,"Size":10,"SharedSize":0,"Containers":0}],
        "Containers":[],"Volumes":[],"BuildCache":[]})";
    DiskUsage du;
    QString error;
    ASSERT_TRUE(DiskUsage::parse(answer, &du, &error)) << qPrintable(error);
    const QString table = du.verboseTables(1000);
    EXPECT_FALSE(table.contains(QLatin1String("111111111111"))) << qPrintable(table);
    EXPECT_TRUE(table.contains(QLatin1String("333333333333"))) << "dangling: shown as <none>";
    EXPECT_TRUE(table.contains(QLatin1String("444444444444"))) << "Podman's bare latest: shown as <none>";
    EXPECT_TRUE(table.contains(QLatin1String("127.0.0.1:5000/berth/app")));
}
