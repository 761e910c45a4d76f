// SPDX-License-Identifier: GPL-3.0-or-later
// The models under QAbstractItemModelTester, counting the signals each kind of update emits.
#include "engine/containersapi.h"
#include "engine/httpresponseparser.h"
#include "engine/imagesapi.h"
#include "engine/systemapi.h"
#include "model/containermodel.h"
#include "model/containerstats.h"
#include "model/imageidentity.h"
#include "model/imagemodel.h"
#include "model/networkmodel.h"
#include "model/volumemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {
ContainerInfo container(
    const QString &id, const QString &name, const QString &state = QStringLiteral("running"))
{
    ContainerInfo c;
    c.id = id;
    c.names = {name};
    c.image = QStringLiteral("busybox");
    c.state = state;
    c.status = state == QLatin1String("running") ? QStringLiteral("Up 1 second")
                                                 : QStringLiteral("Exited (3) 1 second ago");
    return c;
}

/// Every signal a view would see.
struct Spies
{
    explicit Spies(QAbstractItemModel *m)
        : inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , changed(m, &QAbstractItemModel::dataChanged)
        , reset(m, &QAbstractItemModel::modelReset)
        , layout(m, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        inserted.clear();
        removed.clear();
        changed.clear();
        reset.clear();
        layout.clear();
    }
    QSignalSpy inserted, removed, changed, reset, layout;
};

QList<int> rolesOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(2).value<QList<int>>();
}
} // namespace

TEST(ContainerModel, FirstLoadIsOneInsertOfAllRows)
{
    ContainerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Spies spies(&model);
    model.reconcile({container(QStringLiteral("a"), QStringLiteral("one")),
        container(QStringLiteral("b"), QStringLiteral("two")),
        container(QStringLiteral("c"), QStringLiteral("three"), QStringLiteral("exited"))});
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(spies.inserted.count(), 1);
    EXPECT_EQ(spies.changed.count(), 0);
    EXPECT_EQ(spies.reset.count(), 0);
    EXPECT_EQ(model.runningCount(), 2);
    EXPECT_EQ(model.data(model.index(2), ContainerModel::ExitCodeRole).toInt(), 3);
    EXPECT_EQ(model.rowOf(QStringLiteral("b")), 1);
}

TEST(ContainerModel, OneContainerChangesOneRowWithTheChangedRolesOnly)
{
    ContainerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ContainerInfo> rows {container(QStringLiteral("a"), QStringLiteral("one")),
        container(QStringLiteral("b"), QStringLiteral("two")),
        container(QStringLiteral("c"), QStringLiteral("three"))};
    model.reconcile(rows);
    Spies spies(&model);

    rows[1].state = QStringLiteral("paused");
    rows[1].status = QStringLiteral("Up 2 seconds (Paused)");
    model.reconcile(rows);
    ASSERT_EQ(spies.changed.count(), 1);
    EXPECT_EQ(spies.changed.at(0).at(0).value<QModelIndex>().row(), 1);
    EXPECT_EQ(spies.changed.at(0).at(1).value<QModelIndex>().row(), 1);
    const QList<int> roles = rolesOf(spies.changed, 0);
    EXPECT_TRUE(roles.contains(ContainerModel::StateRole));
    EXPECT_TRUE(roles.contains(ContainerModel::StatusRole));
    EXPECT_TRUE(roles.contains(ContainerModel::RunningRole));
    EXPECT_FALSE(roles.contains(ContainerModel::NameRole));
    EXPECT_FALSE(roles.contains(ContainerModel::ImageRole));
    EXPECT_EQ(spies.inserted.count() + spies.removed.count() + spies.reset.count() + spies.layout.count(), 0);
    EXPECT_EQ(model.runningCount(), 2);

    // The same data again: no signal at all.
    spies.clear();
    model.reconcile(rows);
    EXPECT_EQ(spies.changed.count(), 0);

    // A rename through upsert: names only.
    spies.clear();
    ContainerInfo renamed = rows[2];
    renamed.names = {QStringLiteral("renamed")};
    model.upsert(renamed);
    ASSERT_EQ(spies.changed.count(), 1);
    EXPECT_EQ(spies.changed.at(0).at(0).value<QModelIndex>().row(), 2);
    EXPECT_TRUE(rolesOf(spies.changed, 0).contains(ContainerModel::NameRole));
    EXPECT_FALSE(rolesOf(spies.changed, 0).contains(ContainerModel::StateRole));
}

TEST(ContainerModel, RemovalsComeInContiguousRunsAndInsertsAtTheEnd)
{
    ContainerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ContainerInfo> rows;
    for (int i = 0; i < 10; ++i)
        rows << container(QString::number(i), QStringLiteral("c%1").arg(i));
    model.reconcile(rows);
    Spies spies(&model);

    // Remove 2,3,4 and 7; add two new ones.
    QList<ContainerInfo> fresh;
    for (int i : {0, 1, 5, 6, 8, 9})
        fresh << rows[i];
    fresh << container(QStringLiteral("x"), QStringLiteral("x"))
          << container(QStringLiteral("y"), QStringLiteral("y"));
    model.reconcile(fresh);
    EXPECT_EQ(spies.removed.count(), 2) << "one signal per contiguous run";
    EXPECT_EQ(spies.inserted.count(), 1);
    EXPECT_EQ(spies.changed.count(), 0);
    EXPECT_EQ(spies.reset.count(), 0);
    ASSERT_EQ(model.rowCount(), 8);
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.data(model.index(r), ContainerModel::NameRole).toString();
    EXPECT_EQ(names,
        (QStringList {QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c5"), QStringLiteral("c6"),
            QStringLiteral("c8"), QStringLiteral("c9"), QStringLiteral("x"), QStringLiteral("y")}));
    for (int r = 0; r < model.rowCount(); ++r)
        EXPECT_EQ(model.rowOf(model.data(model.index(r), ContainerModel::IdRole).toString()), r)
            << "index rebuilt";

    spies.clear();
    model.removeKey(QStringLiteral("c5")); // not a key: ids are keys
    EXPECT_EQ(spies.removed.count(), 0);
    model.removeKey(QStringLiteral("5"));
    EXPECT_EQ(spies.removed.count(), 1);
    EXPECT_EQ(model.rowOf(QStringLiteral("y")), 6);
}

TEST(ContainerModel, ParsesARecordedListing)
{
    HttpResponseParser http;
    ASSERT_TRUE(http.feed(TestSupport::fixture(QStringLiteral("containers-json.http"))));
    const auto list = ContainersApi::parseList(http.takeBody());
    ASSERT_FALSE(list.isEmpty());
    ContainerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reconcile(list);
    EXPECT_EQ(model.rowCount(), list.size());
    for (int r = 0; r < model.rowCount(); ++r) {
        EXPECT_EQ(model.data(model.index(r), ContainerModel::IdRole).toString().size(), 64);
        EXPECT_FALSE(
            model.data(model.index(r), ContainerModel::NameRole).toString().startsWith(QLatin1Char('/')));
    }
}

TEST(ContainerModel, SizesSurviveAListingWithoutThem)
{
    ContainerModel model;
    ContainerInfo withSize = container(QStringLiteral("a"), QStringLiteral("one"));
    withSize.sizeRw = 1234;
    model.reconcile({withSize});
    Spies spies(&model);
    model.reconcile({container(QStringLiteral("a"), QStringLiteral("one"))});
    EXPECT_EQ(spies.changed.count(), 0);
    EXPECT_EQ(model.data(model.index(0), ContainerModel::SizeRwRole).toLongLong(), 1234);
}

TEST(ContainerModel, ComposeAndHealthFromLabelsAndStatus)
{
    ContainerInfo c = container(QStringLiteral("a"), QStringLiteral("web-1"));
    c.labels.insert(QStringLiteral("com.docker.compose.project"), QStringLiteral("shop"));
    c.labels.insert(QStringLiteral("com.docker.compose.service"), QStringLiteral("web"));
    c.status = QStringLiteral("Up 3 minutes (healthy)");
    ContainerModel model;
    model.reconcile({c});
    EXPECT_EQ(
        model.data(model.index(0), ContainerModel::ComposeProjectRole).toString(), QStringLiteral("shop"));
    EXPECT_EQ(
        model.data(model.index(0), ContainerModel::ComposeServiceRole).toString(), QStringLiteral("web"));
    EXPECT_EQ(model.data(model.index(0), ContainerModel::HealthRole).toString(), QStringLiteral("healthy"));
    EXPECT_EQ(model.data(model.index(0), ContainerModel::ExitCodeRole).toInt(), -1);
}

TEST(ImageModel, UsageIsDerivedAndTouchesOnlyChangedRows)
{
    ImageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ImageInfo> images;
    for (const char *id : {"sha256:1", "sha256:2", "sha256:3"}) {
        ImageInfo i;
        i.id = QString::fromLatin1(id);
        i.repoTags = {QStringLiteral("img:%1").arg(QLatin1String(id).right(1))};
        images << i;
    }
    images[2].repoTags.clear();
    model.reconcile(images);
    EXPECT_TRUE(model.data(model.index(2), ImageModel::DanglingRole).toBool());
    model.setUsage({{QStringLiteral("sha256:1"), 2}});
    Spies spies(&model);
    model.setUsage({{QStringLiteral("sha256:1"), 2}, {QStringLiteral("sha256:2"), 1}});
    ASSERT_EQ(spies.changed.count(), 1);
    EXPECT_EQ(spies.changed.at(0).at(0).value<QModelIndex>().row(), 1);
    EXPECT_EQ(rolesOf(spies.changed, 0), (QList<int> {ImageModel::ContainersRole, ImageModel::InUseRole}));
    // A fresh listing (count -1) keeps the derived count.
    spies.clear();
    model.reconcile(images);
    EXPECT_EQ(spies.changed.count(), 0);
    EXPECT_EQ(model.data(model.index(0), ImageModel::ContainersRole).toInt(), 2);
}

TEST(ImageInfo, ReadsTheListOfApi141AndOfTheContainerdStoreAt152)
{
    // Docker 20.10 (API 1.41): VirtualSize beside Size, "<none>" placeholders, Containers -1.
    const QList<ImageInfo> old = ImagesApi::parseList(R"([{"Containers":-1,"Created":1700000000,
        "Id":"sha256:e5dc","Labels":null,"ParentId":"","RepoDigests":["<none>@<none>"],
        "RepoTags":["<none>:<none>"],"SharedSize":-1,"Size":1234,"VirtualSize":1234}])");
    ASSERT_EQ(old.size(), 1);
    EXPECT_TRUE(old[0].isDangling());
    EXPECT_TRUE(old[0].repoDigests.isEmpty());
    EXPECT_EQ(old[0].size, 1234);
    EXPECT_EQ(old[0].containers, -1);
    // API 1.52 with the containerd store (v1.52 spec's ImageSummary): no VirtualSize, no ParentId,
    // empty lists for an untagged image, the index's Descriptor, Manifests only when asked.
    const QList<ImageInfo> now = ImagesApi::parseList(
        R"([{"Id":"sha256:ec3f0931a6e6b6855d76b2d7b0be30e81860baccd891b2e243280bf1cd8ad710",
        "RepoTags":["example:1.0"],"RepoDigests":[],"Created":1644009612,"Size":172064416,
        "SharedSize":-1,"Labels":{"com.example.some-label":"some-value"},"Containers":2,
        "Descriptor":{"mediaType":"application/vnd.oci.image.index.v1+json",
          "digest":"sha256:ec3f0931a6e6b6855d76b2d7b0be30e81860baccd891b2e243280bf1cd8ad710","size":1024}},
        {"Id":"sha256:0b1c","RepoTags":[],"RepoDigests":[],"Created":1644009000,"Size":1000,
         "SharedSize":-1,"Containers":-1}])");
    ASSERT_EQ(now.size(), 2);
    EXPECT_EQ(now[0].size, 172064416);
    EXPECT_EQ(now[0].containers, 2);
    EXPECT_EQ(now[0].repoTags, QStringList {QStringLiteral("example:1.0")});
    EXPECT_TRUE(now[0].parentId.isEmpty());
    EXPECT_TRUE(now[1].isDangling());
    EXPECT_EQ(now[1].shortId(), QStringLiteral("0b1c"));
}

TEST(ImageIdentity, TheSameImageInTheClassicAndTheContainerdStoreIsTheSameDespiteItsIds)
{
    // Recorded: an image committed on Docker 20.10 (API 1.41), saved and loaded into Docker 28.5
    // with the containerd image store (API 1.51). The Ids differ; the image does not.
    const QJsonObject classic
        = QJsonDocument::fromJson(TestSupport::fixture(QStringLiteral("image-inspect-classic-1.41.json")))
              .object();
    const QJsonObject containerd
        = QJsonDocument::fromJson(TestSupport::fixture(QStringLiteral("image-inspect-containerd-1.51.json")))
              .object();
    ASSERT_NE(classic.value(QLatin1String("Id")), containerd.value(QLatin1String("Id")));
    const ImageIdentity a = ImageIdentity::fromInspect(classic);
    const ImageIdentity b = ImageIdentity::fromInspect(containerd);
    ASSERT_TRUE(a.isValid());
    EXPECT_EQ(a.layers.size(), 2);
    EXPECT_TRUE(a.config.contains(QLatin1String("ExposedPorts")));
    EXPECT_TRUE(a.config.contains(QLatin1String("Env")));
    EXPECT_FALSE(a.config.contains(QLatin1String("Hostname"))) << "the container's, not the image's";
    EXPECT_EQ(a, b) << qPrintable(a.differences(b));
    EXPECT_TRUE(a.differences(b).isEmpty());

    // A layer, the platform or the configuration changed: another image, and the words say what.
    QJsonObject otherLayer = containerd;
    QJsonObject rootFs = otherLayer.value(QLatin1String("RootFS")).toObject();
    QJsonArray layers = rootFs.value(QLatin1String("Layers")).toArray();
    layers.replace(
        1, QStringLiteral("sha256:0000000000000000000000000000000000000000000000000000000000000000"));
    rootFs.insert(QLatin1String("Layers"), layers);
    otherLayer.insert(QLatin1String("RootFS"), rootFs);
    EXPECT_NE(a, ImageIdentity::fromInspect(otherLayer));
    EXPECT_TRUE(a.differences(ImageIdentity::fromInspect(otherLayer)).contains(QLatin1String("layers")));
    QJsonObject otherArch = containerd;
    otherArch.insert(QLatin1String("Architecture"), QStringLiteral("arm64"));
    EXPECT_TRUE(a.differences(ImageIdentity::fromInspect(otherArch)).contains(QLatin1String("arm64")));
    QJsonObject otherCmd = containerd;
    QJsonObject config = otherCmd.value(QLatin1String("Config")).toObject();
    config.insert(QLatin1String("Cmd"), QJsonArray {QStringLiteral("true")});
    otherCmd.insert(QLatin1String("Config"), config);
    EXPECT_TRUE(a.differences(ImageIdentity::fromInspect(otherCmd)).contains(QLatin1String("Cmd")));
    EXPECT_FALSE(ImageIdentity::fromInspect(QJsonObject {}).isValid());
}

TEST(SystemApi, VolumeSizesFromTheLegacyListAndFromTheApi152Items)
{
    // API 1.41: the legacy "Volumes" list.
    const QList<VolumeInfo> old = SystemApi::parseVolumes(R"({"LayersSize":0,"Images":[],"Containers":[],
        "Volumes":[{"Name":"data","Driver":"local","Mountpoint":"/var/lib/docker/volumes/data/_data",
          "Scope":"local","UsageData":{"Size":4096,"RefCount":1}}],"BuildCache":[]})");
    ASSERT_EQ(old.size(), 1);
    EXPECT_EQ(old[0].name, QStringLiteral("data"));
    EXPECT_EQ(old[0].size, 4096);
    EXPECT_EQ(old[0].refCount, 1);
    // API 1.52 with verbose=1 (v1.52 spec's SystemDataUsageResponse): per-type usage, the list
    // in VolumeUsage.Items, no legacy fields.
    const QList<VolumeInfo> now = SystemApi::parseVolumes(R"({
        "ImageUsage":{"ActiveCount":1,"TotalCount":4,"Reclaimable":12345678,"TotalSize":98765432},
        "ContainerUsage":{"ActiveCount":1,"TotalCount":4,"Reclaimable":12345678,"TotalSize":98765432},
        "VolumeUsage":{"ActiveCount":1,"TotalCount":2,"Reclaimable":0,"TotalSize":8192,"Items":[
          {"Name":"data","Driver":"local","Mountpoint":"/var/lib/docker/volumes/data/_data","Scope":"local",
           "UsageData":{"Size":8192,"RefCount":1}},
          {"Name":"0f3a","Driver":"local","Scope":"local","UsageData":{"Size":0,"RefCount":0}}]},
        "BuildCacheUsage":{"ActiveCount":0,"TotalCount":0,"Reclaimable":0,"TotalSize":0}})");
    ASSERT_EQ(now.size(), 2);
    EXPECT_EQ(now[0].name, QStringLiteral("data"));
    EXPECT_EQ(now[0].size, 8192);
    EXPECT_EQ(now[1].size, 0);
    EXPECT_TRUE(SystemApi::parseVolumes(R"({"VolumeUsage":{"TotalCount":0}})").isEmpty());
}

TEST(VolumeModel, UsersFollowAndSurviveRelisting)
{
    VolumeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    VolumeInfo data;
    data.name = QStringLiteral("data");
    VolumeInfo anon;
    anon.name = QString(64, QLatin1Char('a'));
    model.reconcile({data, anon});
    EXPECT_TRUE(model.data(model.index(1), VolumeModel::AnonymousRole).toBool());
    Spies spies(&model);
    model.setUsers({{QStringLiteral("data"), {QStringLiteral("web"), QStringLiteral("db")}}});
    ASSERT_EQ(spies.changed.count(), 1);
    EXPECT_EQ(model.data(model.index(0), VolumeModel::UsersRole).toStringList(),
        (QStringList {QStringLiteral("db"), QStringLiteral("web")}));
    EXPECT_TRUE(model.data(model.index(0), VolumeModel::InUseRole).toBool());
    spies.clear();
    model.reconcile({data, anon});
    EXPECT_EQ(spies.changed.count(), 0) << "a listing does not forget who uses a volume";
    model.setUsers({});
    EXPECT_EQ(spies.changed.count(), 1);
    EXPECT_FALSE(model.data(model.index(0), VolumeModel::InUseRole).toBool());
    model.setSizes({{QStringLiteral("data"), 4096}});
    EXPECT_EQ(model.data(model.index(0), VolumeModel::SizeRole).toLongLong(), 4096);
    EXPECT_EQ(model.data(model.index(1), VolumeModel::SizeRole).toLongLong(), -1);
}

TEST(NetworkModel, ParsesBothEnginesAndFollowsUsers)
{
    // Podman 4's internal network: its missing gateway written as Go's nil.
    const NetworkInfo podman = NetworkInfo::fromJson(QJsonDocument::fromJson(R"({"Name":"inner","Id":"16db",
        "Driver":"bridge","Scope":"local","Internal":true,"IPAM":{"Config":[{"Subnet":"10.89.1.0/24",
        "Gateway":"\u003cnil\u003e"}]},"Labels":{"a":"b"}})")
                                                         .object());
    EXPECT_EQ(podman.subnets, QStringList {QStringLiteral("10.89.1.0/24")});
    EXPECT_TRUE(podman.gateways.isEmpty());
    EXPECT_TRUE(podman.internal);
    NetworkInfo bridge;
    bridge.id = QStringLiteral("5b7d");
    bridge.name = QStringLiteral("bridge");
    NetworkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reconcile({podman, bridge});
    EXPECT_TRUE(model.data(model.index(1), NetworkModel::PredefinedRole).toBool());
    EXPECT_FALSE(model.data(model.index(0), NetworkModel::PredefinedRole).toBool());
    Spies spies(&model);
    model.setUsers({{QStringLiteral("inner"), {QStringLiteral("web"), QStringLiteral("db")}}}, {});
    ASSERT_EQ(spies.changed.count(), 1);
    EXPECT_EQ(model.data(model.index(0), NetworkModel::UsersRole).toStringList(),
        (QStringList {QStringLiteral("db"), QStringLiteral("web")}));
    EXPECT_TRUE(model.data(model.index(0), NetworkModel::InUseRole).toBool());
    spies.clear();
    model.reconcile({podman, bridge});
    EXPECT_EQ(spies.changed.count(), 0) << "a listing does not forget who is attached";
    model.setUsers({}, {});
    EXPECT_EQ(spies.changed.count(), 1);
    EXPECT_FALSE(model.data(model.index(0), NetworkModel::InUseRole).toBool());
}

TEST(ResourceListModel, StatusCarriesTheReason)
{
    VolumeModel model;
    QSignalSpy spy(&model, &ResourceListModel::statusChanged);
    EXPECT_EQ(model.status(), ResourceListModel::NotConnected);
    model.setStatus(ResourceListModel::Error, QStringLiteral("boom"));
    EXPECT_EQ(model.errorString(), QStringLiteral("boom"));
    model.setStatus(ResourceListModel::Error, QStringLiteral("boom"));
    EXPECT_EQ(spy.count(), 1);
}

TEST(ContainerStats, ReducedAsDockerStatsDoes)
{
    // Recorded from Docker 20.10 (cgroup v1) with a busy loop inside; docker stats --no-stream
    // showed 101.00% (its own sample, a moment later) and "520KiB / 23.54GiB" for the same container at that
    // moment.
    const QJsonObject json
        = QJsonDocument::fromJson(TestSupport::fixture(QStringLiteral("stats-busy.json"))).object();
    const ContainerStats s = ContainerStats::fromJson(json);
    // (6584829317 - 5576939040) / (54934670000000 - 54932660000000) × 2 CPUs × 100
    EXPECT_NEAR(s.cpuPercent, 100.2876, 0.0001);
    EXPECT_EQ(s.cpuText(), QStringLiteral("100.29%"));
    EXPECT_EQ(s.memoryUsed, 532480) << "usage less total_inactive_file (0 here)";
    EXPECT_EQ(s.memoryText(), QStringLiteral("520KiB / 23.54GiB"));
    EXPECT_EQ(s.memoryPercentText(), QStringLiteral("0.00%"));
    EXPECT_EQ(s.networkText(), QStringLiteral("0B / 0B")) << "no network";
    EXPECT_EQ(s.pids, 1);

    // cgroup v2 (Podman, newer Docker): inactive_file; blkio per op; several networks summed.
    const QJsonObject v2 = QJsonDocument::fromJson(R"({
        "read": "2026-11-30T00:00:01Z",
        "cpu_stats": {"cpu_usage": {"total_usage": 500000000}, "system_cpu_usage": 4000000000, "online_cpus": 4},
        "precpu_stats": {"cpu_usage": {"total_usage": 0}, "system_cpu_usage": 0},
        "memory_stats": {"usage": 10485760, "limit": 104857600, "stats": {"inactive_file": 2097152}},
        "networks": {"eth0": {"rx_bytes": 1000, "tx_bytes": 10}, "eth1": {"rx_bytes": 234, "tx_bytes": 638}},
        "blkio_stats": {"io_service_bytes_recursive": [
            {"major": 8, "minor": 0, "op": "read", "value": 4096},
            {"major": 8, "minor": 0, "op": "write", "value": 1500000},
            {"major": 8, "minor": 16, "op": "Read", "value": 4096}]},
        "pids_stats": {"current": 7}})")
                               .object();
    const ContainerStats t = ContainerStats::fromJson(v2);
    EXPECT_EQ(t.cpuPercent, -1) << "the first sample of a stream has nothing to compare with";
    EXPECT_EQ(t.cpuText(), QStringLiteral("--"));
    EXPECT_EQ(t.memoryUsed, 8388608);
    EXPECT_EQ(t.memoryText(), QStringLiteral("8MiB / 100MiB"));
    EXPECT_EQ(t.memoryPercentText(), QStringLiteral("8.00%"));
    EXPECT_EQ(t.networkText(), QStringLiteral("1.23kB / 648B"));
    EXPECT_EQ(t.blockText(), QStringLiteral("8.19kB / 1.5MB"));
    EXPECT_EQ(t.pids, 7);
}
