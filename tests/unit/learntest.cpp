// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/dockercommands.h"
#include "learn/runoptions.h"
#include "testsupport.h"
#include "util/shellwords.h"

#include <QJsonArray>

#include <gtest/gtest.h>

TEST(ShellWords, QuotesOnlyWhatAShellWouldChange)
{
    EXPECT_EQ(ShellWords::quote(QStringLiteral("nginx:1.25")), QStringLiteral("nginx:1.25"));
    EXPECT_EQ(ShellWords::quote(QStringLiteral("data:/app/data")), QStringLiteral("data:/app/data"));
    EXPECT_EQ(ShellWords::quote(QStringLiteral("привет")), QStringLiteral("привет"));
    EXPECT_EQ(ShellWords::quote(QStringLiteral("two words")), QStringLiteral("'two words'"));
    EXPECT_EQ(ShellWords::quote(QStringLiteral("привет мир")), QStringLiteral("'привет мир'"));
    EXPECT_EQ(ShellWords::quote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    EXPECT_EQ(ShellWords::quote(QStringLiteral("say \"hi\"")), QStringLiteral("'say \"hi\"'"));
    EXPECT_EQ(ShellWords::quote(QStringLiteral("$HOME")), QStringLiteral("'$HOME'"));
    EXPECT_EQ(ShellWords::quote(QString()), QStringLiteral("''"));
}

TEST(ShellWords, SplitIsTheInverseOfJoin)
{
    const QList<QStringList> cases {
        {"sh", "-c", "echo 'hi' \"there\"; exit 3"},
        {"echo", "привет мир", "", "a\\b", "it's", "$HOME", "tab\there"},
        {"single"},
    };
    for (const QStringList &words : cases)
        EXPECT_EQ(ShellWords::split(ShellWords::join(words)), words) << qPrintable(ShellWords::join(words));
    EXPECT_EQ(ShellWords::split(QStringLiteral("sh -c 'echo hi'")), (QStringList {"sh", "-c", "echo hi"}));
    EXPECT_EQ(ShellWords::split(QStringLiteral("  a   \"b c\"  d\\ e ")), (QStringList {"a", "b c", "d e"}));
    QString error;
    EXPECT_TRUE(ShellWords::split(QStringLiteral("echo 'open"), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

namespace {
struct Case
{
    RunOptions options;
    QString command;
};
} // namespace

TEST(RunOptions, CommandPreviewForATableOfInputs)
{
    RunOptions web;
    web.image = QStringLiteral("nginx");
    web.name = QStringLiteral("web");
    web.ports << RunOptions::Port {QString(), QStringLiteral("8080"), QStringLiteral("80")};
    web.mounts << RunOptions::Mount {QStringLiteral("data"), QStringLiteral("/app/data")};

    RunOptions everything;
    everything.image = QStringLiteral("busybox:latest");
    everything.name = QStringLiteral("site-1");
    everything.interactive = true;
    everything.command = QStringLiteral("sh -c 'echo \"привет, мир\"; sleep 1'");
    everything.ports << RunOptions::Port {QStringLiteral("127.0.0.1"), QStringLiteral("5353"),
        QStringLiteral("53"), QStringLiteral("udp")}
                     << RunOptions::Port {QString(), QString(), QStringLiteral("9000")};
    everything.mounts << RunOptions::Mount {QStringLiteral("/srv/my files"), QStringLiteral("/data"), true};
    everything.env << QStringLiteral("GREETING=hello world") << QStringLiteral("EMPTY=");
    everything.workingDir = QStringLiteral("/data");
    everything.user = QStringLiteral("1000:1000");
    everything.restart = QStringLiteral("on-failure:3");
    everything.labels << QStringLiteral("owner=Аня");
    everything.network = QStringLiteral("none");
    everything.memory = QStringLiteral("512m");
    everything.cpus = QStringLiteral("1.5");

    RunOptions removed;
    removed.image = QStringLiteral("alpine");
    removed.autoRemove = true;
    removed.command = QStringLiteral("echo \"it's done\"");

    const QList<Case> cases {
        {web, QStringLiteral("docker run -d --name web -p 8080:80 -v data:/app/data nginx")},
        {everything,
            QStringLiteral(
                "docker run -it --name site-1 -p 127.0.0.1:5353:53/udp -p 9000 -v '/srv/my files:/data:ro' "
                "-e 'GREETING=hello world' -e EMPTY= -w /data -u 1000:1000 --restart on-failure:3 "
                "--label owner=Аня --network none --memory 512m --cpus 1.5 busybox:latest sh -c "
                "'echo \"привет, мир\"; sleep 1'")},
        {removed, QStringLiteral("docker run -d --rm alpine echo 'it'\\''s done'")},
    };
    for (const Case &c : cases) {
        EXPECT_TRUE(c.options.validate().isEmpty());
        EXPECT_EQ(c.options.dockerCommand(), c.command);
        // The command, read back by a shell, gives the same arguments Berth's request uses.
        EXPECT_EQ(ShellWords::split(c.options.dockerCommand()).mid(1), c.options.dockerArguments());
    }
}

TEST(RunOptions, CreateBodyFromTheSameFields)
{
    RunOptions o;
    o.image = QStringLiteral("nginx");
    o.command = QStringLiteral("nginx -g 'daemon off;'");
    o.ports << RunOptions::Port {QString(), QStringLiteral("8080"), QStringLiteral("80")};
    o.mounts << RunOptions::Mount {QStringLiteral("data"), QStringLiteral("/app/data"), true};
    o.env << QStringLiteral("A=1");
    o.restart = QStringLiteral("unless-stopped");
    o.memory = QStringLiteral("1g");
    o.cpus = QStringLiteral("0.5");
    const QJsonObject body = o.toCreateBody();
    EXPECT_EQ(body.value(QLatin1String("Cmd")).toArray(), QJsonArray({"nginx", "-g", "daemon off;"}));
    EXPECT_TRUE(body.value(QLatin1String("ExposedPorts")).toObject().contains(QLatin1String("80/tcp")));
    const QJsonObject host = body.value(QLatin1String("HostConfig")).toObject();
    EXPECT_EQ(host.value(QLatin1String("PortBindings"))
                  .toObject()
                  .value(QLatin1String("80/tcp"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QLatin1String("HostPort"))
                  .toString(),
        QStringLiteral("8080"));
    EXPECT_EQ(host.value(QLatin1String("Binds")).toArray(), QJsonArray({"data:/app/data:ro"}));
    EXPECT_EQ(host.value(QLatin1String("RestartPolicy")).toObject().value(QLatin1String("Name")).toString(),
        QStringLiteral("unless-stopped"));
    EXPECT_EQ(host.value(QLatin1String("Memory")).toInteger(), 1024LL * 1024 * 1024);
    EXPECT_EQ(host.value(QLatin1String("NanoCpus")).toInteger(), 500000000LL);
}

TEST(RunOptions, ValidationSaysWhatToFixBeforeAnythingIsSent)
{
    RunOptions o;
    auto fields = [&] {
        QStringList out;
        for (const auto &p : o.validate())
            out << p.field;
        return out;
    };
    EXPECT_EQ(fields(), QStringList {"image"});
    o.image = QStringLiteral("Not An Image");
    o.name = QStringLiteral("-bad");
    o.command = QStringLiteral("echo 'unclosed");
    o.ports << RunOptions::Port {QString(), QStringLiteral("99999"), QStringLiteral("80")}
            << RunOptions::Port {QString(), QStringLiteral("8080"), QStringLiteral("http")};
    o.mounts << RunOptions::Mount {QStringLiteral("data"), QStringLiteral("relative/path")};
    o.env << QStringLiteral("1BAD=x");
    o.workingDir = QStringLiteral("tmp");
    o.restart = QStringLiteral("sometimes");
    o.memory = QStringLiteral("lots");
    o.cpus = QStringLiteral("-1");
    EXPECT_EQ(fields(),
        (QStringList {"image", "name", "command", "ports", "ports", "mounts", "env", "workingDir", "restart",
            "memory", "cpus"}));
    RunOptions twice;
    twice.image = QStringLiteral("nginx");
    twice.ports << RunOptions::Port {QString(), QStringLiteral("8080"), QStringLiteral("80")}
                << RunOptions::Port {QString(), QStringLiteral("8080"), QStringLiteral("81")};
    ASSERT_EQ(twice.validate().size(), 1);
    EXPECT_TRUE(twice.validate().first().message.contains(QLatin1String("8080")));
    RunOptions conflict;
    conflict.image = QStringLiteral("nginx");
    conflict.autoRemove = true;
    conflict.restart = QStringLiteral("always");
    EXPECT_EQ(conflict.validate().size(), 1);
}

TEST(RunOptions, MemoryAndEnvFiles)
{
    EXPECT_EQ(RunOptions::parseMemory(QStringLiteral("512m")), 512LL * 1024 * 1024);
    EXPECT_EQ(RunOptions::parseMemory(QStringLiteral("1.5G")), qint64(1.5 * 1024 * 1024 * 1024));
    EXPECT_EQ(RunOptions::parseMemory(QStringLiteral("100000")), 100000);
    EXPECT_EQ(RunOptions::parseMemory(QStringLiteral("12mb")), 12LL * 1024 * 1024);
    EXPECT_EQ(RunOptions::parseMemory(QStringLiteral("a lot")), -1);
    // Beyond qint64 (a run option from a file of elsewhere): refused, not converted with UB.
    EXPECT_EQ(RunOptions::parseMemory(QStringLiteral("99999999999999999999t")), -1);
    EXPECT_EQ(RunOptions::parseEnvFile(QStringLiteral("# settings\nA=1\n\n  B=two words  \n")),
        (QStringList {"A=1", "B=two words"}));
}

TEST(DockerCommands, EachAction)
{
    using namespace DockerCommands;
    EXPECT_EQ(text(stop(QStringLiteral("web"))), QStringLiteral("docker stop web"));
    EXPECT_EQ(text(remove(QStringLiteral("web"), true, true)), QStringLiteral("docker rm -f -v web"));
    EXPECT_EQ(text(rename(QStringLiteral("web"), QStringLiteral("новый сайт"))),
        QStringLiteral("docker rename web 'новый сайт'"));
    EXPECT_EQ(text(imagePrune(true)), QStringLiteral("docker image prune -f -a"));
    // From API 1.42 plain prune spares named volumes; Berth removes them too, and says so.
    EXPECT_EQ(text(volumePrune(false)), QStringLiteral("docker volume prune -f"));
    EXPECT_EQ(text(volumePrune(true)), QStringLiteral("docker volume prune -f --all"));
    EXPECT_EQ(text(volumeCreate(QStringLiteral("data"), QStringLiteral("local"), {QStringLiteral("a=b")})),
        QStringLiteral("docker volume create --label a=b data"));
    EXPECT_EQ(text(commit(QStringLiteral("web"), QStringLiteral("my/web:v2"))),
        QStringLiteral("docker commit web my/web:v2"));
}

TEST(RunOptions, PortAndMountLinesAsTheDockerCliWritesThem)
{
    bool ok = false;
    RunOptions::Port p = RunOptions::parsePort(QStringLiteral("127.0.0.1:5353:53/udp"), &ok);
    EXPECT_TRUE(ok);
    EXPECT_EQ(p.hostIp, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(p.hostPort, QStringLiteral("5353"));
    EXPECT_EQ(p.containerPort, QStringLiteral("53"));
    EXPECT_EQ(p.protocol, QStringLiteral("udp"));
    p = RunOptions::parsePort(QStringLiteral("8080:80"), &ok);
    EXPECT_TRUE(ok);
    EXPECT_EQ(p.protocol, QStringLiteral("tcp"));
    p = RunOptions::parsePort(QStringLiteral("80"), &ok);
    EXPECT_TRUE(ok && p.hostPort.isEmpty());
    RunOptions::parsePort(QStringLiteral("1:2:3:4"), &ok);
    EXPECT_FALSE(ok);
    RunOptions::Mount m = RunOptions::parseMount(QStringLiteral("data:/app/data:ro"), &ok);
    EXPECT_TRUE(
        ok && m.readOnly && m.source == QStringLiteral("data") && m.target == QStringLiteral("/app/data"));
    m = RunOptions::parseMount(QStringLiteral("/srv/site:/usr/share/nginx/html"), &ok);
    EXPECT_TRUE(ok && m.isBind() && !m.readOnly);
    RunOptions::parseMount(QStringLiteral("just-a-name"), &ok);
    EXPECT_FALSE(ok);
}

TEST(RunOptions, ReadBackFromTheArgumentsItWrites)
{
    RunOptions o;
    o.image = QStringLiteral("nginx:1.25");
    o.name = QStringLiteral("web");
    o.command = QStringLiteral("nginx -g 'daemon off;'");
    o.ports << RunOptions::Port {QStringLiteral("127.0.0.1"), QStringLiteral("8080"), QStringLiteral("80")};
    o.mounts << RunOptions::Mount {QStringLiteral("data"), QStringLiteral("/app data"), true};
    o.env << QStringLiteral("GREETING=привет мир");
    o.workingDir = QStringLiteral("/app");
    o.user = QStringLiteral("1000");
    o.restart = QStringLiteral("on-failure:3");
    o.labels << QStringLiteral("owner=Аня");
    o.network = QStringLiteral("none");
    o.memory = QStringLiteral("512m");
    o.cpus = QStringLiteral("1.5");
    // The powers a migration's run options may ask for (named before an import applies them).
    o.privileged = true;
    o.capAdd << QStringLiteral("NET_ADMIN");
    o.devices << QStringLiteral("/dev/fuse");
    o.securityOpt << QStringLiteral("seccomp=unconfined");
    o.sysctls << QStringLiteral("net.ipv4.ip_forward=1");
    o.pid = QStringLiteral("host");
    QString error;
    const RunOptions back = RunOptions::fromArguments(o.dockerArguments().mid(1), true, &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    EXPECT_EQ(back.dockerArguments(), o.dockerArguments());
    EXPECT_EQ(back.toCreateBody(), o.toCreateBody());
    // Without an image (the one loaded from a file is used): only options, then the command.
    const RunOptions noImage = RunOptions::fromArguments(
        ShellWords::split(QStringLiteral("-e A=1 --restart=always -- sh -c 'echo -e hi'")), false, &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    EXPECT_EQ(noImage.env, QStringList {QStringLiteral("A=1")});
    EXPECT_EQ(noImage.restart, QStringLiteral("always"));
    EXPECT_EQ(ShellWords::split(noImage.command),
        (QStringList {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo -e hi")}));
    RunOptions::fromArguments({QStringLiteral("--oom-kill-disable")}, false, &error);
    EXPECT_TRUE(error.contains(QLatin1String("--oom-kill-disable"))) << qPrintable(error);
}
