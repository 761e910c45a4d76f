// SPDX-License-Identifier: GPL-3.0-or-later
// Compose projects by their labels against every engine of the suite: a project made of
// containers carrying docker compose v2's labels (this test's own project name), listed as
// docker compose ls lists it, started in the order its depends_on labels give and stopped the
// other way (as the engine's own StartedAt and FinishedAt times show), removed with its volumes
// kept unless -v, and its merged logs line for line what docker logs prints for each container.
#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "engine/logtime.h"
#include "engine/volumesapi.h"
#include "testsupport.h"
#include "volumefixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <limits>

#include <gtest/gtest.h>

#include <algorithm>

using namespace TestSupport;

namespace {

const QString ProjectLabel = QStringLiteral("com.docker.compose.project");

ProcessResult dockerMayFail(const QString &host, const QStringList &args)
{
    return run(QStringLiteral("docker"), QStringList {QStringLiteral("-H"), host} + args);
}

class Projects : public ::testing::TestWithParam<const char *>
{
protected:
    QString host() const { return podman() ? podmanHost() : dockerHost(); }
    bool podman() const { return QLatin1String(GetParam()) == QLatin1String("podman"); }
    /// Podman 4.3 cannot start containers in this sandbox (no rlimits); Podman 5.8 can.
    bool canStart() const { return !podman() || currentEngines(); }

    void TearDown() override
    {
        for (const QString &p : m_projects) {
            const ProcessResult made = dockerMayFail(host(),
                {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                    QStringLiteral("label=%1=%2").arg(ProjectLabel, p)});
            for (const QString &id : QString::fromUtf8(made.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                dockerMayFail(host(), {QStringLiteral("rm"), QStringLiteral("-f"), id});
        }
        for (const QString &c : m_containers)
            dockerMayFail(host(), {QStringLiteral("rm"), QStringLiteral("-f"), c});
        for (const QString &v : m_volumes)
            dockerMayFail(host(), {QStringLiteral("volume"), QStringLiteral("rm"), v});
    }

    /// A project as docker compose v2 makes it: db; cache after db; web after db and cache. The
    /// names sort otherwise (cache, db, web), so an order by name fails the order checks. db
    /// mounts the project's named volume. Each service prints three lines (one on stderr) and
    /// then waits, ending at once on SIGTERM.
    QString makeProject(EngineClient *client)
    {
        const QString project = uniqueName(QStringLiteral("berthproj"));
        m_dir = QStringLiteral("/tmp/") + project;
        m_volume = project + QStringLiteral("_data");
        VolumeCreateOptions volume;
        volume.name = m_volume;
        volume.labels.insert(ProjectLabel, project);
        volume.labels.insert(QStringLiteral("com.docker.compose.volume"), QStringLiteral("data"));
        EngineReply *made = wait(VolumesApi(client).create(volume));
        EXPECT_FALSE(made->error().isError()) << qPrintable(made->error().toString());
        m_volumes << m_volume;
        const QList<QPair<QString, QString>> services {{QStringLiteral("db"), QString()},
            {QStringLiteral("cache"), QStringLiteral("db:service_started:false")},
            {QStringLiteral("web"), QStringLiteral("db:service_started:false,cache:service_started:true")}};
        for (const auto &[service, dependsOn] : services) {
            QJsonObject labels {{ProjectLabel, project},
                {QStringLiteral("com.docker.compose.service"), service},
                {QStringLiteral("com.docker.compose.container-number"), QStringLiteral("1")},
                {QStringLiteral("com.docker.compose.oneoff"), QStringLiteral("False")},
                {QStringLiteral("com.docker.compose.project.working_dir"), m_dir},
                {QStringLiteral("com.docker.compose.project.config_files"),
                    m_dir + QStringLiteral("/compose.yaml,") + m_dir
                        + QStringLiteral("/compose.override.yaml")}};
            if (!dependsOn.isEmpty())
                labels.insert(QStringLiteral("com.docker.compose.depends_on"), dependsOn);
            QJsonObject hostConfig {{QStringLiteral("NetworkMode"), QStringLiteral("none")}};
            if (service == QLatin1String("db"))
                hostConfig.insert(QStringLiteral("Binds"), QJsonArray {m_volume + QStringLiteral(":/data")});
            const QString script
                = QStringLiteral("echo '%1 says hello'; echo '%1 line two'; echo '%1 on stderr' >&2; "
                                 "trap 'exit 0' TERM; sleep 600 & wait")
                      .arg(service);
            const QJsonObject config {{QStringLiteral("Image"), testImage()},
                {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("sh"), QStringLiteral("-c"), script}},
                {QStringLiteral("Labels"), labels}, {QStringLiteral("HostConfig"), hostConfig}};
            const QString name = project + QLatin1Char('-') + service + QStringLiteral("-1");
            EngineReply *created = wait(ContainersApi(client).create(config, name));
            EXPECT_FALSE(created->error().isError()) << qPrintable(created->error().toString());
            m_containers.prepend(name);
        }
        return project;
    }

    ProcessResult berthctl(const QStringList &args) const { return VolumeFixtures::berthctl(host(), args); }

    /// A time of the container's State (StartedAt, FinishedAt) as the engine reports it, in ns.
    qint64 stateTime(const QString &container, const QString &field) const
    {
        const QByteArray text = trimmed(docker(host(),
                                            {QStringLiteral("inspect"), QStringLiteral("--format"),
                                                QStringLiteral("{{.State.%1}}").arg(field), container})
                                            .out)
                                    .toUtf8();
        const qint64 ns = LogTime::parseTimestamp(text);
        EXPECT_GT(ns, 0) << container.toStdString() << " " << field.toStdString() << ": "
                         << text.toStdString();
        return ns;
    }

    QString state(const QString &container) const
    {
        return trimmed(docker(host(),
            {QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.State.Status}}"),
                container})
                           .out);
    }

    QStringList m_containers;
    QStringList m_volumes;
    QStringList m_projects; ///< made by the compose tool: their containers go at the end
    QString m_dir;
    QString m_volume;
};

} // namespace

TEST_P(Projects, ListedAsDockerComposeLsListsThem)
{
    auto client = connect(host());
    const QString project = makeProject(client.get());
    // Not running: only with -a, as docker compose ls.
    ProcessResult ls = berthctl({QStringLiteral("project"), QStringLiteral("ls")});
    ASSERT_EQ(ls.exitCode, 0) << ls.err.constData();
    EXPECT_FALSE(ls.out.contains(project.toUtf8()));
    ls = berthctl({QStringLiteral("project"), QStringLiteral("ls"), QStringLiteral("-a"),
        QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(ls.exitCode, 0) << ls.err.constData();
    QJsonObject mine;
    for (const QJsonValue &v : QJsonDocument::fromJson(ls.out).array()) {
        if (v.toObject().value(QLatin1String("Name")).toString() == project)
            mine = v.toObject();
    }
    ASSERT_FALSE(mine.isEmpty()) << ls.out.constData();
    // The state count as the engine reports the containers' states.
    const QStringList states
        = trimmed(docker(host(),
                      {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
                          QStringLiteral("label=%1=%2").arg(ProjectLabel, project),
                          QStringLiteral("--format"), QStringLiteral("{{.State}}")})
                      .out)
              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(states.size(), 3);
    EXPECT_EQ(mine.value(QLatin1String("Status")).toString(), QStringLiteral("%1(3)").arg(states.first()));
    EXPECT_EQ(mine.value(QLatin1String("ConfigFiles")).toString(),
        m_dir + QStringLiteral("/compose.yaml,") + m_dir + QStringLiteral("/compose.override.yaml"));

    // The table: NAME, STATUS, CONFIG FILES at docker compose's widths.
    ls = berthctl({QStringLiteral("project"), QStringLiteral("ls"), QStringLiteral("-a")});
    const QStringList lines = QString::fromUtf8(ls.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    // Go's tabwriter as docker compose sets it: columns at least 20 wide, 3 spaces after the
    // longest cell, the header's columns where the rows' are.
    const QString header = lines.first();
    const QString status = QStringLiteral("%1(3)").arg(states.first());
    const QString files = mine.value(QLatin1String("ConfigFiles")).toString();
    QString row;
    for (const QString &l : lines) {
        if (l.startsWith(project + QLatin1Char(' ')))
            row = l;
    }
    ASSERT_FALSE(row.isEmpty()) << ls.out.constData();
    EXPECT_TRUE(header.startsWith(QLatin1String("NAME "))) << qPrintable(header);
    EXPECT_GE(header.indexOf(QLatin1String("STATUS")), std::max(20, int(project.size()) + 3));
    EXPECT_EQ(row.indexOf(status), header.indexOf(QLatin1String("STATUS")))
        << qPrintable(header + '\n' + row);
    EXPECT_EQ(row.indexOf(files), header.indexOf(QLatin1String("CONFIG FILES")))
        << qPrintable(header + '\n' + row);
    EXPECT_GE(header.indexOf(QLatin1String("CONFIG FILES")) - header.indexOf(QLatin1String("STATUS")),
        std::max(20, int(status.size()) + 3));
    EXPECT_EQ(row.simplified(), QStringList({project, status, files}).join(QLatin1Char(' ')));

    const ProcessResult missing
        = berthctl({QStringLiteral("project"), QStringLiteral("stop"), project + QStringLiteral("-none")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("no container found for project")) << missing.err.constData();
}

TEST_P(Projects, StartsInDependencyOrderAndStopsTheOtherWay)
{
    auto client = connect(host());
    const QString project = makeProject(client.get());
    const QString db = project + QStringLiteral("-db-1"), cache = project + QStringLiteral("-cache-1"),
                  web = project + QStringLiteral("-web-1");
    const ProcessResult started = berthctl({QStringLiteral("project"), QStringLiteral("start"), project});
    if (!canStart()) {
        // The first container in dependency order is where it stops, with the engine's reason.
        EXPECT_EQ(started.exitCode, 1);
        EXPECT_TRUE(started.err.contains(("berthctl: " + db + ": ").toUtf8())) << started.err.constData();
        const ProcessResult theirs = dockerMayFail(host(), {QStringLiteral("start"), db});
        EXPECT_NE(theirs.exitCode, 0);
        for (const QString &c : {db, cache, web})
            EXPECT_NE(state(c), QStringLiteral("running"));
        return;
    }
    ASSERT_EQ(started.exitCode, 0) << started.err.constData();
    for (const QString &c : {db, cache, web})
        EXPECT_EQ(state(c), QStringLiteral("running")) << qPrintable(c);
    EXPECT_LT(stateTime(db, QStringLiteral("StartedAt")), stateTime(cache, QStringLiteral("StartedAt")));
    EXPECT_LT(stateTime(cache, QStringLiteral("StartedAt")), stateTime(web, QStringLiteral("StartedAt")));
    EXPECT_TRUE(berthctl({QStringLiteral("project"), QStringLiteral("ls")}).out.contains(project.toUtf8()));

    const ProcessResult paused = berthctl({QStringLiteral("project"), QStringLiteral("pause"), project});
    ASSERT_EQ(paused.exitCode, 0) << paused.err.constData();
    for (const QString &c : {db, cache, web})
        EXPECT_EQ(state(c), QStringLiteral("paused")) << qPrintable(c);
    const ProcessResult unpaused = berthctl({QStringLiteral("project"), QStringLiteral("unpause"), project});
    ASSERT_EQ(unpaused.exitCode, 0) << unpaused.err.constData();
    for (const QString &c : {db, cache, web})
        EXPECT_EQ(state(c), QStringLiteral("running")) << qPrintable(c);

    const ProcessResult stopped = berthctl({QStringLiteral("project"), QStringLiteral("stop"), project});
    ASSERT_EQ(stopped.exitCode, 0) << stopped.err.constData();
    for (const QString &c : {db, cache, web})
        EXPECT_EQ(state(c), QStringLiteral("exited")) << qPrintable(c);
    EXPECT_GT(stateTime(db, QStringLiteral("FinishedAt")), stateTime(cache, QStringLiteral("FinishedAt")));
    EXPECT_GT(stateTime(cache, QStringLiteral("FinishedAt")), stateTime(web, QStringLiteral("FinishedAt")));

    const qint64 before = stateTime(web, QStringLiteral("StartedAt"));
    const ProcessResult restarted = berthctl({QStringLiteral("project"), QStringLiteral("restart"), project});
    ASSERT_EQ(restarted.exitCode, 0) << restarted.err.constData();
    EXPECT_GT(stateTime(web, QStringLiteral("StartedAt")), before);
    EXPECT_LT(stateTime(db, QStringLiteral("StartedAt")), stateTime(cache, QStringLiteral("StartedAt")));
    EXPECT_LT(stateTime(cache, QStringLiteral("StartedAt")), stateTime(web, QStringLiteral("StartedAt")));
}

TEST_P(Projects, RemoveKeepsVolumesUnlessAsked)
{
    auto client = connect(host());
    const QString project = makeProject(client.get());
    const QString filter = QStringLiteral("label=%1=%2").arg(ProjectLabel, project);
    if (canStart()) {
        ASSERT_EQ(berthctl({QStringLiteral("project"), QStringLiteral("start"), project}).exitCode, 0);
    }
    // Without -f it asks, and a no leaves everything.
    QProcess asked;
    asked.start(berthctlPath(),
        {QStringLiteral("--host"), host(), QStringLiteral("project"), QStringLiteral("rm"), project});
    asked.write("n\n");
    asked.closeWriteChannel();
    ASSERT_TRUE(asked.waitForFinished(60000));
    const QByteArray question = asked.readAllStandardOutput();
    EXPECT_TRUE(question.contains((project + QStringLiteral("-web-1")).toUtf8())) << question.constData();
    EXPECT_TRUE(question.contains("Volumes are kept")) << question.constData();
    auto listed = [&] {
        return trimmed(
            docker(host(), {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"), filter})
                .out)
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
            .size();
    };
    EXPECT_EQ(listed(), 3);

    const ProcessResult removed
        = berthctl({QStringLiteral("project"), QStringLiteral("rm"), QStringLiteral("-f"), project});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.constData();
    EXPECT_EQ(listed(), 0);
    EXPECT_EQ(
        dockerMayFail(host(), {QStringLiteral("volume"), QStringLiteral("inspect"), m_volume}).exitCode, 0)
        << "the volume went without -v";

    // Again with -v: the volume goes too, and it says so before.
    const QString second = makeProject(client.get());
    QProcess askedV;
    askedV.start(berthctlPath(),
        {QStringLiteral("--host"), host(), QStringLiteral("project"), QStringLiteral("rm"),
            QStringLiteral("-v"), second});
    askedV.write("y\n");
    askedV.closeWriteChannel();
    ASSERT_TRUE(askedV.waitForFinished(60000));
    EXPECT_EQ(askedV.exitCode(), 0) << askedV.readAllStandardError().constData();
    EXPECT_TRUE(askedV.readAllStandardOutput().contains(m_volume.toUtf8()));
    EXPECT_EQ(trimmed(docker(host(),
                  {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                      QStringLiteral("label=%1=%2").arg(ProjectLabel, second)})
                          .out),
        QString());
    EXPECT_NE(
        dockerMayFail(host(), {QStringLiteral("volume"), QStringLiteral("inspect"), m_volume}).exitCode, 0)
        << "the volume is still there after -v";
}

TEST_P(Projects, MergedLogsAreEachContainersDockerLogs)
{
    auto client = connect(host());
    const QString project = makeProject(client.get());
    const QStringList containers {project + QStringLiteral("-db-1"), project + QStringLiteral("-cache-1"),
        project + QStringLiteral("-web-1")};
    if (canStart()) {
        ASSERT_EQ(berthctl({QStringLiteral("project"), QStringLiteral("start"), project}).exitCode, 0);
        for (const QString &c : containers) {
            EXPECT_TRUE(waitUntil(
                [&] {
                    const ProcessResult r = docker(host(), {QStringLiteral("logs"), c});
                    return r.out.count('\n') + r.err.count('\n') >= 3;
                },
                20000))
                << qPrintable(c);
        }
    }
    for (const bool timestamps : {false, true}) {
        QStringList args {QStringLiteral("project"), QStringLiteral("logs")};
        if (timestamps)
            args << QStringLiteral("-t");
        const ProcessResult ours = berthctl(args << project);
        ASSERT_EQ(ours.exitCode, 0) << ours.err.constData();
        EXPECT_FALSE(ours.out.contains('\033')) << "colours when not on a terminal";
        if (!canStart()) {
            EXPECT_EQ(ours.out, QByteArray());
            return;
        }
        // docker compose's prefix: the name without the project, padded to the longest and one.
        if (!timestamps) {
            EXPECT_TRUE(ours.out.contains("db-1     | db says hello\n")) << ours.out.constData();
            EXPECT_TRUE(ours.out.contains("cache-1  | cache on stderr\n")) << ours.out.constData();
        }
        QMap<QString, QStringList> byName;
        QStringList stamps, stampedBy;
        static const QRegularExpression line(QStringLiteral("^(\\S+) +\\| (.*)$"));
        for (const QString &l : QString::fromUtf8(ours.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = line.match(l);
            ASSERT_TRUE(m.hasMatch()) << qPrintable(l);
            byName[project + QLatin1Char('-') + m.captured(1)] << m.captured(2);
            if (timestamps) {
                stamps << m.captured(2).section(QLatin1Char(' '), 0, 0);
                stampedBy << m.captured(1);
            }
        }
        for (const QString &c : containers) {
            QStringList logsArgs {QStringLiteral("logs")};
            if (timestamps)
                logsArgs << QStringLiteral("-t");
            const ProcessResult theirs = docker(host(), logsArgs << c);
            const QStringList out
                = QString::fromUtf8(theirs.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            const QStringList err
                = QString::fromUtf8(theirs.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QStringList mine = byName.value(c);
            // stdout in its order; stderr's lines there too.
            QStringList mineOut;
            for (const QString &l : mine) {
                if (!err.contains(l))
                    mineOut << l;
            }
            EXPECT_EQ(mineOut, out) << qPrintable(c);
            QStringList all = out + err, sortedMine = mine;
            all.sort();
            sortedMine.sort();
            EXPECT_EQ(sortedMine, all) << qPrintable(c);
        }
        if (timestamps) {
            // Merged in the engine's time order. One container's own stream is not strictly in
            // time order (the engine stamps stdout and stderr apart: a stderr line can follow a
            // later stdout one); the merge may add no disorder beyond that.
            qint64 slack = 0, latest = std::numeric_limits<qint64>::min();
            QHash<QString, qint64> latestOf;
            QList<qint64> times;
            for (int i = 0; i < stamps.size(); ++i) {
                const qint64 t = LogTime::parseTimestamp(stamps[i].toUtf8());
                times << t;
                if (latestOf.contains(stampedBy[i]))
                    slack = std::max(slack, latestOf[stampedBy[i]] - t);
                latestOf[stampedBy[i]] = std::max(latestOf.value(stampedBy[i], t), t);
            }
            for (const qint64 t : std::as_const(times)) {
                if (latest != std::numeric_limits<qint64>::min()) {
                    EXPECT_LE(latest - t, slack) << ours.out.constData();
                }
                latest = std::max(latest, t);
            }
        }
    }
}

TEST_P(Projects, UpAndDownWithDebiansDockerCompose)
{
    // Debian's docker-compose 1.29 (installer/install-deps.sh --test), pointed by berthctl at this
    // engine; no network for the containers, nothing pulled.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = uniqueName(QStringLiteral("berthup"));
    m_projects << project;
    QFile file(dir.filePath(QStringLiteral("docker-compose.yml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("version: \"3.7\"\nservices:\n"
                              "  db:\n    image: %1\n    network_mode: none\n"
                              "    command: sh -c \"echo db is up; trap 'exit 0' TERM; sleep 600 & wait\"\n"
                              "  web:\n    image: %1\n    network_mode: none\n    depends_on: [db]\n"
                              "    command: sh -c \"echo web is up; trap 'exit 0' TERM; sleep 600 & wait\"\n")
                   .arg(testImage())
                   .toUtf8());
    file.close();
    const ProcessResult up = berthctl({QStringLiteral("project"), QStringLiteral("up"), QStringLiteral("-f"),
        file.fileName(), QStringLiteral("-p"), project});
    // What the compose tool made, as the engine lists it.
    const QStringList made
        = trimmed(docker(host(),
                      {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
                          QStringLiteral("label=%1=%2").arg(ProjectLabel, project),
                          QStringLiteral("--format"), QStringLiteral("{{.Names}}")})
                      .out)
              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_TRUE(
        up.err.contains(("docker-compose -f " + file.fileName() + " -p " + project + " up -d").toUtf8()))
        << up.err.constData();
    if (!canStart()) {
        EXPECT_NE(up.exitCode, 0) << "Podman 4.3 cannot start containers here";
        EXPECT_FALSE(made.isEmpty());
        return;
    }
    ASSERT_EQ(up.exitCode, 0) << up.err.constData();
    ASSERT_EQ(made.size(), 2) << qPrintable(made.join(u','));
    ProcessResult ls = berthctl({QStringLiteral("project"), QStringLiteral("ls"), QStringLiteral("--format"),
        QStringLiteral("json")});
    bool listed = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(ls.out).array()) {
        if (v.toObject().value(QLatin1String("Name")).toString() == project) {
            listed = true;
            EXPECT_EQ(v.toObject().value(QLatin1String("Status")).toString(), QStringLiteral("running(2)"));
        }
    }
    EXPECT_TRUE(listed) << ls.out.constData();
    // docker-compose v1 names containers PROJECT_SERVICE_1: shown whole, as docker compose logs does.
    for (const QString &c : made) {
        ASSERT_TRUE(waitUntil(
            [&] {
                return docker(host(), {QStringLiteral("logs"), c}).out.count('\n') >= 1;
            },
            20000));
    }
    const ProcessResult logs = berthctl({QStringLiteral("project"), QStringLiteral("logs"), project});
    ASSERT_EQ(logs.exitCode, 0) << logs.err.constData();
    for (const QString &c : made) {
        const QString line = trimmed(docker(host(), {QStringLiteral("logs"), c}).out);
        EXPECT_TRUE(QString::fromUtf8(logs.out).contains(
            QRegularExpression(QStringLiteral("(^|\n)%1 +\\| %2\n")
                                   .arg(QRegularExpression::escape(c), QRegularExpression::escape(line)))))
            << logs.out.constData();
    }
    const ProcessResult down = berthctl({QStringLiteral("project"), QStringLiteral("down"),
        QStringLiteral("-f"), file.fileName(), QStringLiteral("-p"), project});
    ASSERT_EQ(down.exitCode, 0) << down.err.constData();
    EXPECT_EQ(trimmed(docker(host(),
                  {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                      QStringLiteral("label=%1=%2").arg(ProjectLabel, project)})
                          .out),
        QString());
}

TEST_P(Projects, WithoutAComposeToolItSaysWhatToInstall)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("compose.yaml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("services:\n  a:\n    image: busybox\n");
    file.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BERTH_COMPOSE"), dir.filePath(QStringLiteral("no-such-docker-compose")));
    p.setProcessEnvironment(env);
    p.start(berthctlPath(),
        {QStringLiteral("--host"), host(), QStringLiteral("project"), QStringLiteral("up"),
            QStringLiteral("-f"), file.fileName()});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    EXPECT_TRUE(err.contains("No compose tool is installed")) << err.constData();
    EXPECT_TRUE(err.contains("sudo apt install docker-compose")) << err.constData();
}

INSTANTIATE_TEST_SUITE_P(Engines, Projects, ::testing::Values("docker", "podman"),
    [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });

// Docker runs health checks itself (Podman through systemd timers, which the test engines have
// not): a dependency with condition service_healthy is started, then waited for until healthy.
TEST(ProjectsOnDocker, ADependencyWantedHealthyIsWaitedFor)
{
    const QString host = dockerHost();
    auto client = connect(host);
    const QString project = uniqueName(QStringLiteral("berthhealth"));
    const QString db = project + QStringLiteral("-db-1"), web = project + QStringLiteral("-web-1");
    struct Cleanup
    {
        QString host;
        QStringList names;
        ~Cleanup()
        {
            for (const QString &n : names)
                dockerMayFail(host, {QStringLiteral("rm"), QStringLiteral("-f"), n});
        }
    } cleanup {host, {web, db}};
    const auto make = [&](const QString &service, const QString &name, const QJsonObject &extra) {
        QJsonObject labels {{ProjectLabel, project}, {QStringLiteral("com.docker.compose.service"), service},
            {QStringLiteral("com.docker.compose.container-number"), QStringLiteral("1")}};
        if (service == QLatin1String("web"))
            labels.insert(
                QStringLiteral("com.docker.compose.depends_on"), QStringLiteral("db:service_healthy:false"));
        QJsonObject config {{QStringLiteral("Image"), testImage()}, {QStringLiteral("Labels"), labels},
            {QStringLiteral("HostConfig"),
                QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            config.insert(it.key(), it.value());
        EngineReply *created = wait(ContainersApi(client.get()).create(config, name));
        EXPECT_FALSE(created->error().isError()) << qPrintable(created->error().toString());
    };
    // db is healthy two seconds after it starts.
    make(QStringLiteral("db"), db,
        {{QStringLiteral("Cmd"),
             QJsonArray {QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("sleep 2; touch /ready; trap 'exit 0' TERM; sleep 600 & wait")}},
            {QStringLiteral("Healthcheck"),
                QJsonObject {{QStringLiteral("Test"),
                                 QJsonArray {QStringLiteral("CMD-SHELL"), QStringLiteral("test -f /ready")}},
                    {QStringLiteral("Interval"), 300000000}, {QStringLiteral("Retries"), 100}}}});
    make(QStringLiteral("web"), web,
        {{QStringLiteral("Cmd"),
            QJsonArray {QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("trap 'exit 0' TERM; sleep 600 & wait")}}});
    const ProcessResult started
        = VolumeFixtures::berthctl(host, {QStringLiteral("project"), QStringLiteral("start"), project});
    ASSERT_EQ(started.exitCode, 0) << started.err.constData();
    EXPECT_TRUE(started.err.contains((" Container " + db + "  Healthy").toUtf8())) << started.err.constData();
    // web started once db had been up two seconds (when its check can pass), as the engine
    // recorded both; without the wait it starts a moment after db.
    const auto startedAt = [&](const QString &c) {
        return LogTime::parseTimestamp(trimmed(docker(host,
                                                   {QStringLiteral("inspect"), QStringLiteral("--format"),
                                                       QStringLiteral("{{.State.StartedAt}}"), c})
                                                   .out)
                                           .toUtf8());
    };
    EXPECT_GE(startedAt(web) - startedAt(db), qint64(2000000000));
    EXPECT_EQ(trimmed(docker(host,
                  {QStringLiteral("inspect"), QStringLiteral("--format"),
                      QStringLiteral("{{.State.Health.Status}}"), db})
                          .out),
        QStringLiteral("healthy"));
}
