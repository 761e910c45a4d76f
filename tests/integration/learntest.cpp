// SPDX-License-Identifier: GPL-3.0-or-later
// The docker command Berth shows does what Berth does: the same options run once through
// Berth's request and once through the shown command in a real shell with the real docker CLI.
#include "engine/containersapi.h"
#include "learn/runoptions.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {
QJsonObject comparable(const QJsonObject &inspect)
{
    const QJsonObject config = inspect.value(QLatin1String("Config")).toObject();
    const QJsonObject host = inspect.value(QLatin1String("HostConfig")).toObject();
    QJsonObject out;
    for (const char *key :
        {"Cmd", "Env", "WorkingDir", "User", "Labels", "ExposedPorts", "Tty", "OpenStdin", "Image"})
        out.insert(QLatin1String("Config.") + QLatin1String(key), config.value(QLatin1String(key)));
    for (const char *key :
        {"Binds", "PortBindings", "RestartPolicy", "AutoRemove", "NetworkMode", "Memory", "NanoCpus"})
        out.insert(QLatin1String("HostConfig.") + QLatin1String(key), host.value(QLatin1String(key)));
    // The docker CLI passes -e and -v through Go maps: their order changes from run to run and
    // means nothing to the engine, so compare them as sets.
    for (const char *key : {"Config.Env", "HostConfig.Binds"}) {
        QStringList values;
        for (const QJsonValue &v : out.value(QLatin1String(key)).toArray())
            values << v.toString();
        values.sort();
        out.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    }
    return out;
}
} // namespace

TEST(Learn, TheShownDockerRunCommandCreatesTheSameContainerAsBerth)
{
    RunOptions o;
    o.image = testImage();
    o.name = uniqueName(QStringLiteral("berth-learn"));
    o.command = QStringLiteral("sh -c 'echo \"привет, мир\"; sleep 100'");
    o.ports << RunOptions::Port {QStringLiteral("127.0.0.1"), QStringLiteral("18080"), QStringLiteral("80")}
            << RunOptions::Port {QString(), QString(), QStringLiteral("53"), QStringLiteral("udp")};
    o.mounts << RunOptions::Mount {uniqueName(QStringLiteral("berth-learn-vol")), QStringLiteral("/data")}
             << RunOptions::Mount {QStringLiteral("/tmp"), QStringLiteral("/host tmp"), true};
    o.env << QStringLiteral("GREETING=hello world") << QStringLiteral("NAME=Аня");
    o.workingDir = QStringLiteral("/data");
    o.user = QStringLiteral("1000:1000");
    o.restart = QStringLiteral("on-failure:3");
    o.labels << QStringLiteral("owner=Аня Петрова") << QStringLiteral("quote=it's");
    o.network = QStringLiteral("none");
    o.memory = QStringLiteral("64m");
    o.cpus = QStringLiteral("0.5");
    ASSERT_TRUE(o.validate().isEmpty());

    // Through the shown command, in a real shell.
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), dockerHost());
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), o.dockerCommand()});
    ASSERT_TRUE(shell.waitForFinished(60000));
    ASSERT_EQ(shell.exitCode(), 0) << qPrintable(o.dockerCommand()) << "\n"
                                   << shell.readAllStandardError().constData();
    const QString cliId = QString::fromUtf8(shell.readAllStandardOutput()).trimmed();

    // Through Berth's request, from the same options.
    auto client = connect(dockerHost());
    ContainersApi api(client.get());
    EngineReply *created = wait(api.create(o.toCreateBody(), o.name + QStringLiteral("-berth")));
    ASSERT_FALSE(created->error().isError()) << qPrintable(created->error().message());
    const QString berthId = created->json().object().value(QLatin1String("Id")).toString();
    ASSERT_FALSE(wait(api.start(berthId))->error().isError());

    const QJsonObject fromCli = comparable(wait(api.inspect(cliId))->json().object());
    const QJsonObject fromBerth = comparable(wait(api.inspect(berthId))->json().object());
    for (auto it = fromCli.begin(); it != fromCli.end(); ++it)
        EXPECT_EQ(it.value(), fromBerth.value(it.key()))
            << qPrintable(it.key()) << ": docker gave "
            << QJsonDocument(QJsonArray {it.value()}).toJson(QJsonDocument::Compact).constData() << ", Berth "
            << QJsonDocument(QJsonArray {fromBerth.value(it.key())})
                   .toJson(QJsonDocument::Compact)
                   .constData();
    EXPECT_EQ(fromCli.value(QLatin1String("Config.Cmd")).toArray().at(2).toString(),
        QStringLiteral("echo \"привет, мир\"; sleep 100"));

    wait(api.remove(cliId, {true, true}));
    wait(api.remove(berthId, {true, true}));
    docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("rm"), o.mounts[0].source});
}
