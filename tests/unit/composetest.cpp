// SPDX-License-Identifier: GPL-3.0-or-later
// Compose projects read from labels: grouping, docker compose ls's status, the depends_on label
// as compose v2 writes it, the order of starting (cycles and compose v1's missing label too) and
// the names in the merged logs.
#include "compose/composeproject.h"
#include "compose/projectjob.h"

#include <gtest/gtest.h>

namespace {
ContainerInfo container(const QString &project, const QString &service, const QString &state,
    const QString &dependsOn = {}, const QString &name = {})
{
    ContainerInfo c;
    c.id = project + service + state;
    c.names << (name.isEmpty() ? project + QLatin1Char('-') + service + QStringLiteral("-1") : name);
    c.state = state;
    c.labels.insert(QStringLiteral("com.docker.compose.project"), project);
    c.labels.insert(QStringLiteral("com.docker.compose.service"), service);
    c.labels.insert(QStringLiteral("com.docker.compose.container-number"), QStringLiteral("1"));
    c.labels.insert(
        QStringLiteral("com.docker.compose.project.working_dir"), QStringLiteral("/srv/") + project);
    c.labels.insert(
        QStringLiteral("com.docker.compose.project.config_files"), QStringLiteral("/srv/a.yml,/srv/b.yml"));
    if (!dependsOn.isEmpty())
        c.labels.insert(QStringLiteral("com.docker.compose.depends_on"), dependsOn);
    return c;
}
} // namespace

TEST(ComposeProject, GroupsByLabelWithFolderAndFiles)
{
    ContainerInfo plain;
    plain.id = QStringLiteral("x");
    const QList<ComposeProject> projects = ComposeProject::fromContainers(
        {container(QStringLiteral("b"), QStringLiteral("web"), QStringLiteral("running")), plain,
            container(QStringLiteral("a"), QStringLiteral("db"), QStringLiteral("exited")),
            container(QStringLiteral("b"), QStringLiteral("db"), QStringLiteral("running"))});
    ASSERT_EQ(projects.size(), 2);
    EXPECT_EQ(projects.at(0).name, QStringLiteral("a"));
    EXPECT_EQ(projects.at(1).services(), (QStringList {QStringLiteral("db"), QStringLiteral("web")}));
    EXPECT_EQ(projects.at(1).workingDir, QStringLiteral("/srv/b"));
    EXPECT_EQ(projects.at(1).configFiles,
        (QStringList {QStringLiteral("/srv/a.yml"), QStringLiteral("/srv/b.yml")}));
    EXPECT_FALSE(projects.at(0).isActive());
    EXPECT_TRUE(projects.at(1).isActive());
}

TEST(ComposeProject, StatusAsDockerComposeLs)
{
    const ComposeProject p = ComposeProject::fromContainers(
        {container(QStringLiteral("p"), QStringLiteral("a"), QStringLiteral("running")),
            container(QStringLiteral("p"), QStringLiteral("b"), QStringLiteral("exited")),
            container(QStringLiteral("p"), QStringLiteral("c"), QStringLiteral("running"))})
                                 .value(0);
    EXPECT_EQ(p.status(), QStringLiteral("exited(1), running(2)"));
}

TEST(ComposeProject, DependsOnLabelAsComposeV2WritesIt)
{
    EXPECT_EQ(ComposeProject::dependsOn(
                  container(QStringLiteral("p"), QStringLiteral("web"), QStringLiteral("created"),
                      QStringLiteral("db:service_started:false,cache:service_healthy:true"))),
        (QStringList {QStringLiteral("db"), QStringLiteral("cache")}));
    EXPECT_EQ(ComposeProject::dependsOn(container(QStringLiteral("p"), QStringLiteral("web"),
                  QStringLiteral("created"), QStringLiteral("db:service_started"))),
        QStringList {QStringLiteral("db")});
    EXPECT_TRUE(ComposeProject::dependsOn(
        container(QStringLiteral("p"), QStringLiteral("web"), QStringLiteral("created")))
                    .isEmpty());
}

TEST(ComposeProject, HealthyDependenciesAreThoseWithThatCondition)
{
    EXPECT_EQ(ComposeProject::healthyDependencies(container(QStringLiteral("p"), QStringLiteral("web"),
                  QStringLiteral("created"),
                  QStringLiteral("db:service_started:false,cache:service_healthy:true,q:service_healthy"))),
        (QStringList {QStringLiteral("cache"), QStringLiteral("q")}));
}

TEST(ComposeProject, StartOrderFollowsDependencies)
{
    const QString p = QStringLiteral("p");
    const ComposeProject project = ComposeProject::fromContainers(
        {container(p, QStringLiteral("web"), QStringLiteral("created"),
             QStringLiteral("db:service_started:false,cache:service_healthy:true")),
            container(p, QStringLiteral("cache"), QStringLiteral("created"),
                QStringLiteral("db:service_started:false")),
            container(p, QStringLiteral("db"), QStringLiteral("created")),
            container(p, QStringLiteral("admin"), QStringLiteral("created"),
                QStringLiteral("missing:service_started:false"))})
                                       .value(0);
    EXPECT_EQ(project.startOrder(),
        (QStringList {
            QStringLiteral("admin"), QStringLiteral("db"), QStringLiteral("cache"), QStringLiteral("web")}));
    // docker-compose v1 writes no depends_on label: by name.
    const ComposeProject v1
        = ComposeProject::fromContainers({container(p, QStringLiteral("web"), QStringLiteral("created")),
                                             container(p, QStringLiteral("db"), QStringLiteral("created"))})
              .value(0);
    EXPECT_EQ(v1.startOrder(), (QStringList {QStringLiteral("db"), QStringLiteral("web")}));
    // A cycle is broken by name, and every service still comes once.
    const ComposeProject cycle
        = ComposeProject::fromContainers({container(p, QStringLiteral("a"), QStringLiteral("created"),
                                              QStringLiteral("b:service_started:false")),
                                             container(p, QStringLiteral("b"), QStringLiteral("created"),
                                                 QStringLiteral("a:service_started:false")),
                                             container(p, QStringLiteral("c"), QStringLiteral("created"),
                                                 QStringLiteral("b:service_started:false"))})
              .value(0);
    EXPECT_EQ(
        cycle.startOrder(), (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

TEST(ComposeProject, LogNamesAsDockerComposeLogs)
{
    EXPECT_EQ(ComposeProject::logName(
                  container(QStringLiteral("shop"), QStringLiteral("web"), QStringLiteral("running"))),
        QStringLiteral("web-1"));
    // container_name, and docker-compose v1's names, are shown whole.
    EXPECT_EQ(ComposeProject::logName(container(QStringLiteral("shop"), QStringLiteral("web"),
                  QStringLiteral("running"), {}, QStringLiteral("frontend"))),
        QStringLiteral("frontend"));
    EXPECT_EQ(ComposeProject::logName(container(QStringLiteral("shop"), QStringLiteral("web"),
                  QStringLiteral("running"), {}, QStringLiteral("shop_web_1"))),
        QStringLiteral("shop_web_1"));
}

TEST(ComposeProject, DockerCommands)
{
    EXPECT_EQ(ProjectJob::dockerCommand(ProjectJob::Stop, QStringLiteral("shop")),
        (QStringList {QStringLiteral("compose"), QStringLiteral("-p"), QStringLiteral("shop"),
            QStringLiteral("stop")}));
    EXPECT_EQ(ProjectJob::dockerCommand(ProjectJob::Remove, QStringLiteral("shop"), true),
        (QStringList {QStringLiteral("compose"), QStringLiteral("-p"), QStringLiteral("shop"),
            QStringLiteral("down"), QStringLiteral("-v")}));
}
