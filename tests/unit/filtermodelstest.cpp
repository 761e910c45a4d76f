// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/containerfiltermodel.h"
#include "model/containermodel.h"
#include "model/textfiltermodel.h"
#include "model/volumemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace {
ContainerInfo make(const char *id, const char *name, const char *state, qint64 created,
    const char *project = "", qint64 size = -1)
{
    ContainerInfo c;
    c.id = QString::fromLatin1(id);
    c.names = {QString::fromUtf8(name)};
    c.image = QStringLiteral("img-") + QString::fromUtf8(name);
    c.state = QString::fromLatin1(state);
    c.created = created;
    c.sizeRw = size;
    if (*project)
        c.labels.insert(QStringLiteral("com.docker.compose.project"), QString::fromLatin1(project));
    return c;
}

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(ContainerModel::NameRole).toString();
    return out;
}
} // namespace

class ContainerFilterModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        model.reconcile({make("a1", "web", "running", 300, "shop", 10),
            make("b2", "db", "running", 100, "shop", 30), make("c3", "cache", "exited", 200, "", 20),
            make("d4", "worker", "paused", 400, "jobs", 5), make("e5", "Ёлка", "created", 50)});
        proxy.setSourceModel(&model);
    }
    ContainerModel model;
    ContainerFilterModel proxy;
    QAbstractItemModelTester tester {&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(ContainerFilterModelTest, NewestFirstByDefault)
{
    EXPECT_EQ(names(proxy), (QStringList {"worker", "web", "cache", "db", "Ёлка"}));
}

TEST_F(ContainerFilterModelTest, StateFilters)
{
    proxy.setStateFilter(ContainerFilterModel::Running);
    EXPECT_EQ(names(proxy), (QStringList {"web", "db"}));
    proxy.setStateFilter(ContainerFilterModel::Exited);
    EXPECT_EQ(names(proxy), (QStringList {"cache", "Ёлка"}))
        << "created-but-never-started counts as not running";
    proxy.setStateFilter(ContainerFilterModel::Paused);
    EXPECT_EQ(names(proxy), QStringList {"worker"});
    EXPECT_EQ(proxy.count(), 1);
}

TEST_F(ContainerFilterModelTest, TextMatchesNameImageAndIdPrefix)
{
    proxy.setFilterText(QStringLiteral("WEB"));
    EXPECT_EQ(names(proxy), QStringList {"web"});
    proxy.setFilterText(QStringLiteral("img-ca"));
    EXPECT_EQ(names(proxy), QStringList {"cache"});
    proxy.setFilterText(QStringLiteral("d4"));
    EXPECT_EQ(names(proxy), QStringList {"worker"});
    proxy.setFilterText(QStringLiteral("ёл"));
    EXPECT_EQ(names(proxy), QStringList {"Ёлка"}) << "case-insensitive beyond ASCII";
    proxy.setFilterText(QStringLiteral("4")); // in no name and not an id prefix
    EXPECT_EQ(proxy.count(), 0);
}

TEST_F(ContainerFilterModelTest, SortKeysAndGrouping)
{
    proxy.setSortKey(ContainerFilterModel::ByName);
    proxy.setDescending(false);
    EXPECT_EQ(names(proxy), (QStringList {"cache", "db", "web", "worker", "Ёлка"}));
    proxy.setSortKey(ContainerFilterModel::ByState);
    EXPECT_EQ(names(proxy).mid(0, 2), (QStringList {"web", "db"})) << "running first, ties by id (a1 < b2)";
    proxy.setSortKey(ContainerFilterModel::BySize);
    proxy.setDescending(true);
    EXPECT_EQ(names(proxy).first(), QStringLiteral("db"));
    proxy.setSortKey(ContainerFilterModel::ByName);
    proxy.setDescending(false);
    proxy.setGroupByProject(true);
    EXPECT_EQ(names(proxy), (QStringList {"worker", "db", "web", "cache", "Ёлка"}))
        << "jobs, shop, then no project";
}

TEST_F(ContainerFilterModelTest, FollowsChangesInTheSource)
{
    proxy.setStateFilter(ContainerFilterModel::Running);
    ContainerInfo stopped = model.rows()[0];
    stopped.state = QStringLiteral("exited");
    model.upsert(stopped);
    EXPECT_EQ(names(proxy), QStringList {"db"});
    model.upsert(make("f6", "new", "running", 500));
    EXPECT_EQ(names(proxy), (QStringList {"new", "db"}));
    model.removeKey(QStringLiteral("b2"));
    EXPECT_EQ(proxy.count(), 1);
}

TEST(TextFilterModel, SearchesListsAndSortsByRole)
{
    VolumeModel volumes;
    VolumeInfo a, b, c;
    a.name = QStringLiteral("data");
    a.size = 300;
    b.name = QStringLiteral("cache");
    b.size = 100;
    c.name = QStringLiteral("logs");
    c.size = 200;
    volumes.reconcile({a, b, c});
    volumes.setUsers({{QStringLiteral("logs"), {QStringLiteral("webserver")}}});
    TextFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&volumes);
    proxy.setFilterRoles({QStringLiteral("name"), QStringLiteral("users")});
    proxy.setSortRoleName(QStringLiteral("size"));
    auto order = [&] {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, 0).data(VolumeModel::NameRole).toString();
        return out;
    };
    EXPECT_EQ(order(), (QStringList {"cache", "logs", "data"}));
    proxy.setDescending(true);
    EXPECT_EQ(order(), (QStringList {"data", "logs", "cache"}));
    proxy.setFilterText(QStringLiteral("WEB"));
    EXPECT_EQ(order(), QStringList {"logs"}) << "found through who uses it";
    proxy.setSortRoleName(QStringLiteral("name"));
    proxy.setFilterText(QString());
    proxy.setDescending(false);
    EXPECT_EQ(order(), (QStringList {"cache", "data", "logs"}));
}
