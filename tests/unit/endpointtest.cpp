// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
QProcessEnvironment envWith(
    const QTemporaryDir &home, std::initializer_list<std::pair<const char *, QString>> vars)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    for (const auto &v : vars)
        env.insert(QString::fromLatin1(v.first), v.second);
    return env;
}

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

TEST(EndpointResolver, ExplicitHostWinsOverEverything)
{
    QTemporaryDir home;
    const EndpointResolver r(envWith(home, {{"DOCKER_HOST", QStringLiteral("unix:///from/env.sock")}}));
    const auto got = r.resolve(QStringLiteral("unix:///explicit.sock"));
    EXPECT_EQ(got.endpoint.socketPath, QStringLiteral("/explicit.sock"));
    EXPECT_EQ(got.endpoint.source, QStringLiteral("--host"));
    EXPECT_EQ(got.endpoint.url(), QStringLiteral("unix:///explicit.sock"));
}

TEST(EndpointResolver, DockerHostThenContext)
{
    QTemporaryDir home;
    // The context "refnotes-ctx" lives under the sha256 of its name (checked against the docker CLI).
    write(home.path() + QStringLiteral("/.docker/config.json"),
        R"({"auths":{},"currentContext":"refnotes-ctx"})");
    const QByteArray id = QCryptographicHash::hash("refnotes-ctx", QCryptographicHash::Sha256).toHex();
    // The directory the docker CLI created for this name, as the protocol notes record it.
    EXPECT_TRUE(id.startsWith("bf6c64e9") && id.endsWith("98be2")) << id.constData();
    write(home.path() + QStringLiteral("/.docker/contexts/meta/") + QString::fromLatin1(id)
            + QStringLiteral("/meta.json"),
        R"({"Name":"refnotes-ctx","Metadata":{},"Endpoints":{"docker":{"Host":"unix:///ctx/docker.sock","SkipTLSVerify":false}}})");

    const auto withHost
        = EndpointResolver(envWith(home, {{"DOCKER_HOST", QStringLiteral("unix:///env.sock")}})).resolve();
    EXPECT_EQ(withHost.endpoint.socketPath, QStringLiteral("/env.sock"));
    EXPECT_EQ(withHost.endpoint.source, QStringLiteral("DOCKER_HOST"));

    const auto fromContext = EndpointResolver(envWith(home, {})).resolve();
    EXPECT_FALSE(fromContext.error.isError()) << qPrintable(fromContext.error.message());
    EXPECT_EQ(fromContext.endpoint.socketPath, QStringLiteral("/ctx/docker.sock"));
    EXPECT_TRUE(fromContext.endpoint.source.contains(QLatin1String("refnotes-ctx")));

    const auto missingContext
        = EndpointResolver(envWith(home, {{"DOCKER_CONTEXT", QStringLiteral("nope")}})).resolve();
    EXPECT_TRUE(missingContext.error.isError());
    EXPECT_TRUE(missingContext.error.message().contains(QLatin1String("nope")));
}

TEST(EndpointResolver, WellKnownSocketsInOrder)
{
    QTemporaryDir home, runtime;
    const EndpointResolver r(envWith(home, {{"XDG_RUNTIME_DIR", runtime.path()}}));
    const QStringList list = r.wellKnownSockets();
    ASSERT_GE(list.size(), 4);
    EXPECT_EQ(list.first(), runtime.path() + QStringLiteral("/docker.sock")) << "rootless docker first";
    EXPECT_LT(list.indexOf(QStringLiteral("/var/run/docker.sock")),
        list.indexOf(runtime.path() + QStringLiteral("/podman/podman.sock")));
    EXPECT_EQ(list.last(), QStringLiteral("/run/podman/podman.sock"));

    // The first socket present wins; with none, the standard place is named.
    const QString podman = runtime.path() + QStringLiteral("/podman/podman.sock");
    QStringList present {podman, QStringLiteral("/run/podman/podman.sock")};
    auto exists = [&present](const QString &p) { return present.contains(p); };
    const QProcessEnvironment env = envWith(home, {{"XDG_RUNTIME_DIR", runtime.path()}});
    EXPECT_EQ(EndpointResolver(env, exists).resolve().endpoint.socketPath, podman);
    present << QStringLiteral("/var/run/docker.sock");
    EXPECT_EQ(
        EndpointResolver(env, exists).resolve().endpoint.socketPath, QStringLiteral("/var/run/docker.sock"));
    present.clear();
    EXPECT_EQ(
        EndpointResolver(env, exists).resolve().endpoint.socketPath, QStringLiteral("/var/run/docker.sock"));
    EXPECT_EQ(EndpointResolver(env, exists).resolve().endpoint.source, QStringLiteral("default"));
}

TEST(EndpointResolver, UnsupportedSchemesAreClearErrors)
{
    const auto tcp
        = EndpointResolver::parseHost(QStringLiteral("tcp://10.0.0.1:2375"), QStringLiteral("DOCKER_HOST"));
    EXPECT_TRUE(tcp.error.isError());
    EXPECT_TRUE(tcp.error.message().contains(QLatin1String("tcp://")));
    EXPECT_TRUE(tcp.error.message().contains(QLatin1String("unix://")));
    const auto ssh = EndpointResolver::parseHost(QStringLiteral("ssh://me@host"), QStringLiteral("--host"));
    EXPECT_TRUE(ssh.error.isError());
    EXPECT_TRUE(EndpointResolver::parseHost(QStringLiteral("unix://"), QStringLiteral("x")).error.isError());
    const auto pipe
        = EndpointResolver::parseHost(QStringLiteral("npipe:////./pipe/docker_engine"), QStringLiteral("x"));
    EXPECT_EQ(pipe.endpoint.socketPath, QStringLiteral("docker_engine"));
}
