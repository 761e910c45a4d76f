// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/endpoint.h"

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

TEST(EndpointResolver, AnotherMachineBySshOrTcp)
{
    QTemporaryDir home;
    const auto ssh = EndpointResolver::parseHost(
        QStringLiteral("ssh://me@box.lan:2222/run/user/1000/docker.sock"), QStringLiteral("--host"));
    ASSERT_FALSE(ssh.error.isError()) << ssh.error.message().toStdString();
    EXPECT_EQ(ssh.endpoint.kind, Endpoint::Kind::Ssh);
    EXPECT_EQ(ssh.endpoint.user, QStringLiteral("me"));
    EXPECT_EQ(ssh.endpoint.host, QStringLiteral("box.lan"));
    EXPECT_EQ(ssh.endpoint.port, 2222);
    EXPECT_EQ(ssh.endpoint.socketPath, QStringLiteral("/run/user/1000/docker.sock"));
    EXPECT_EQ(ssh.endpoint.url(), QStringLiteral("ssh://me@box.lan:2222/run/user/1000/docker.sock"));
    EXPECT_TRUE(ssh.endpoint.isRemote());
    const auto bare = EndpointResolver::parseHost(QStringLiteral("ssh://box"), QStringLiteral("x"));
    EXPECT_EQ(bare.endpoint.url(), QStringLiteral("ssh://box"));
    EXPECT_TRUE(
        bare.endpoint.user.isEmpty() && bare.endpoint.port == -1 && bare.endpoint.socketPath.isEmpty());
    // No password ever goes through Berth.
    EXPECT_TRUE(
        EndpointResolver::parseHost(QStringLiteral("ssh://me:pw@box"), QStringLiteral("x")).error.isError());

    // TCP takes TLS as the docker CLI does; plain TCP only when asked for.
    const auto plain = EndpointResolver::parseHost(
        QStringLiteral("tcp://10.0.0.1:2375"), QStringLiteral("DOCKER_HOST"), envWith(home, {}));
    EXPECT_TRUE(plain.error.isError());
    EXPECT_TRUE(plain.error.message().contains(QLatin1String("BERTH_PLAIN_TCP=1")));
    const auto asked = EndpointResolver::parseHost(QStringLiteral("tcp://10.0.0.1:2375"), QStringLiteral("x"),
        envWith(home, {{"BERTH_PLAIN_TCP", QStringLiteral("1")}}));
    EXPECT_FALSE(asked.error.isError());
    EXPECT_FALSE(asked.endpoint.tls.enabled);
    const auto tls = EndpointResolver::parseHost(QStringLiteral("tcp://box:2376"), QStringLiteral("x"),
        envWith(home, {{"DOCKER_TLS_VERIFY", QStringLiteral("1")}}));
    ASSERT_FALSE(tls.error.isError());
    EXPECT_TRUE(tls.endpoint.tls.enabled && tls.endpoint.tls.verify);
    EXPECT_EQ(tls.endpoint.tls.caFile, home.path() + QStringLiteral("/.docker/ca.pem"));
    EXPECT_EQ(tls.endpoint.url(), QStringLiteral("tcp://box:2376"));
    const auto certPath = EndpointResolver::parseHost(QStringLiteral("tcp://box:2376"), QStringLiteral("x"),
        envWith(home, {{"DOCKER_CERT_PATH", QStringLiteral("/certs")}}));
    EXPECT_TRUE(certPath.endpoint.tls.enabled);
    EXPECT_FALSE(certPath.endpoint.tls.verify) << "DOCKER_TLS_VERIFY unset: TLS without checking, as docker";
    EXPECT_EQ(certPath.endpoint.tls.keyFile, QStringLiteral("/certs/key.pem"));

    EXPECT_TRUE(
        EndpointResolver::parseHost(QStringLiteral("https://box"), QStringLiteral("x")).error.isError());
    EXPECT_TRUE(EndpointResolver::parseHost(QStringLiteral("tcp://"), QStringLiteral("x")).error.isError());
    EXPECT_TRUE(EndpointResolver::parseHost(QStringLiteral("unix://"), QStringLiteral("x")).error.isError());
    const auto pipe
        = EndpointResolver::parseHost(QStringLiteral("npipe:////./pipe/docker_engine"), QStringLiteral("x"));
    EXPECT_EQ(pipe.endpoint.socketPath, QStringLiteral("docker_engine"));
}

TEST(EndpointResolver, AContextsTlsFilesAndSkipTlsVerify)
{
    QTemporaryDir home;
    const QByteArray id = QCryptographicHash::hash("remote", QCryptographicHash::Sha256).toHex();
    write(home.path() + QStringLiteral("/.docker/contexts/meta/") + QString::fromLatin1(id)
            + QStringLiteral("/meta.json"),
        R"({"Name":"remote","Metadata":{},"Endpoints":{"docker":{"Host":"tcp://box:2376","SkipTLSVerify":true}}})");
    const QString tlsFolder = home.path() + QStringLiteral("/.docker/contexts/tls/") + QString::fromLatin1(id)
        + QStringLiteral("/docker");
    write(tlsFolder + QStringLiteral("/ca.pem"), "x");
    const auto got
        = EndpointResolver(envWith(home, {{"DOCKER_CONTEXT", QStringLiteral("remote")}})).resolve();
    ASSERT_FALSE(got.error.isError()) << got.error.message().toStdString();
    EXPECT_EQ(got.endpoint.kind, Endpoint::Kind::Tcp);
    EXPECT_TRUE(got.endpoint.tls.enabled);
    EXPECT_FALSE(got.endpoint.tls.verify);
    EXPECT_EQ(got.endpoint.tls.caFile, tlsFolder + QStringLiteral("/ca.pem"));
    EXPECT_EQ(got.endpoint.tls.certFile, tlsFolder + QStringLiteral("/cert.pem"));
}
