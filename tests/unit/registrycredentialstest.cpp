// SPDX-License-Identifier: GPL-3.0-or-later
// DockerCredentials and RegistryClient's parsers: config.json as the docker CLI writes it, the
// header the engine reads, a registry's challenge and manifest.
#include "registry/dockercredentials.h"
#include "registry/registryclient.h"
#include "registry/registrymessages.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
QProcessEnvironment envFor(const QTemporaryDir &dir)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_CONFIG"), dir.path());
    env.insert(QStringLiteral("PATH"), dir.filePath(QStringLiteral("no-helpers")));
    return env;
}
} // namespace

TEST(RegistryCredentials, ServerKeysAsTheDockerCliWritesThem)
{
    const QString hub = QStringLiteral("https://index.docker.io/v1/");
    EXPECT_EQ(DockerCredentials::serverKey(QString()), hub);
    EXPECT_EQ(DockerCredentials::serverKey(QStringLiteral("docker.io")), hub);
    EXPECT_EQ(DockerCredentials::serverKey(QStringLiteral("registry-1.docker.io")), hub);
    EXPECT_EQ(DockerCredentials::serverKey(QStringLiteral("https://ghcr.io/v2/")), QStringLiteral("ghcr.io"));
    EXPECT_EQ(
        DockerCredentials::serverKey(QStringLiteral("localhost:5000")), QStringLiteral("localhost:5000"));
    EXPECT_EQ(DockerCredentials::registryOf(QStringLiteral("busybox")), hub);
    EXPECT_EQ(DockerCredentials::registryOf(QStringLiteral("team/app:1")), hub);
    EXPECT_EQ(DockerCredentials::registryOf(QStringLiteral("127.0.0.1:5000/team/app:1")),
        QStringLiteral("127.0.0.1:5000"));
    EXPECT_EQ(DockerCredentials::registryOf(QStringLiteral("localhost/app")), QStringLiteral("localhost"));
    EXPECT_EQ(
        DockerCredentials::registryOf(QStringLiteral("ghcr.io/me/app@sha256:00")), QStringLiteral("ghcr.io"));
    EXPECT_TRUE(DockerCredentials::isLoopback(QStringLiteral("127.0.0.1:5000")));
    EXPECT_TRUE(DockerCredentials::isLoopback(QStringLiteral("127.3.4.5")));
    EXPECT_TRUE(DockerCredentials::isLoopback(QStringLiteral("localhost:5000")));
    EXPECT_TRUE(DockerCredentials::isLoopback(QStringLiteral("[::1]:5000")));
    EXPECT_FALSE(DockerCredentials::isLoopback(QStringLiteral("ghcr.io")));
    EXPECT_FALSE(DockerCredentials::isLoopback(QStringLiteral("10.0.0.1:5000")));
}

TEST(RegistryCredentials, ReadsAuthsAndWritesKeepingOtherKeys)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    {
        QFile f(dir.filePath(QStringLiteral("config.json")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        // As docker login wrote it; "https://" keys match their host; other keys survive.
        f.write(R"({"auths": {"https://reg.example:5000/v1/": {"auth": "dTpwOnc="},
                   "tok.example": {"auth": "dTo=", "identitytoken": "T0K"}},
                   "currentContext": "x", "proxies": {"default": {"httpProxy": "p"}}})");
    }
    const DockerCredentials credentials(envFor(dir));
    const RegistryCredential c = credentials.get(QStringLiteral("reg.example:5000"));
    EXPECT_EQ(c.username, QStringLiteral("u"));
    EXPECT_EQ(c.password, QStringLiteral("p:w")); // a colon in a password is kept
    EXPECT_EQ(credentials.get(QStringLiteral("tok.example")).identityToken, QStringLiteral("T0K"));
    EXPECT_TRUE(credentials.get(QStringLiteral("none.example")).isEmpty());

    bool plain = false;
    EXPECT_EQ(credentials.store(
                  {QStringLiteral("new.example"), QStringLiteral("me"), QStringLiteral("pw"), {}}, &plain),
        QString());
    EXPECT_TRUE(plain);
    QFile f(dir.filePath(QStringLiteral("config.json")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(config.value(QStringLiteral("currentContext")).toString(), QStringLiteral("x"));
    EXPECT_TRUE(config.value(QStringLiteral("proxies")).toObject().contains(QStringLiteral("default")));
    EXPECT_EQ(config.value(QStringLiteral("auths"))
                  .toObject()
                  .value(QStringLiteral("new.example"))
                  .toObject()
                  .value(QStringLiteral("auth"))
                  .toString(),
        QString::fromLatin1(QByteArray("me:pw").toBase64()));
    EXPECT_FALSE(QFile::permissions(f.fileName()) & (QFile::ReadGroup | QFile::ReadOther));

    bool existed = false;
    EXPECT_EQ(credentials.erase(QStringLiteral("https://reg.example:5000/v1/"), &existed), QString());
    EXPECT_TRUE(existed);
    EXPECT_TRUE(credentials.get(QStringLiteral("reg.example:5000")).isEmpty());
    EXPECT_EQ(credentials.erase(QStringLiteral("reg.example:5000"), &existed), QString());
    EXPECT_FALSE(existed);
}

TEST(RegistryCredentials, BrokenConfigAndMissingHelperAreSaid)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("config.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{not json");
    f.close();
    const DockerCredentials credentials(envFor(dir));
    QString error;
    EXPECT_TRUE(credentials.get(QStringLiteral("x.example"), &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("not valid JSON"))) << qPrintable(error);
    // Nothing is written over a file Berth cannot read.
    EXPECT_FALSE(
        credentials.store({QStringLiteral("x.example"), QStringLiteral("u"), QStringLiteral("p"), {}})
            .isEmpty());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("{not json"));
    f.close();

    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"credsStore": "missing-helper"})");
    f.close();
    EXPECT_EQ(credentials.helperFor(QStringLiteral("x.example")), QStringLiteral("missing-helper"));
    credentials.get(QStringLiteral("x.example"), &error);
    EXPECT_TRUE(error.contains(QLatin1String("docker-credential-missing-helper is not installed")))
        << qPrintable(error);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"credsStore": "../../bin/sh"})");
    f.close();
    credentials.get(QStringLiteral("x.example"), &error);
    EXPECT_TRUE(error.contains(QLatin1String("is not valid"))) << qPrintable(error);
}

TEST(RegistryCredentials, HeaderAndBodyTheEngineReads)
{
    const QByteArray header = DockerCredentials::registryAuthHeader(
        {QStringLiteral("r.example"), QStringLiteral("u"), QStringLiteral("p?>"), {}});
    EXPECT_FALSE(header.contains('+'));
    EXPECT_FALSE(header.contains('/'));
    const QJsonObject o
        = QJsonDocument::fromJson(QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding)).object();
    EXPECT_EQ(o.value(QStringLiteral("username")).toString(), QStringLiteral("u"));
    EXPECT_EQ(o.value(QStringLiteral("password")).toString(), QStringLiteral("p?>"));
    EXPECT_EQ(o.value(QStringLiteral("serveraddress")).toString(), QStringLiteral("r.example"));
    EXPECT_TRUE(DockerCredentials::registryAuthHeader({QStringLiteral("r.example"), {}, {}, {}}).isEmpty());
    const QJsonObject token = QJsonDocument::fromJson(
        DockerCredentials::authBody({QStringLiteral("r.example"), {}, {}, QStringLiteral("T")}))
                                  .object();
    EXPECT_EQ(token.value(QStringLiteral("identitytoken")).toString(), QStringLiteral("T"));
    EXPECT_FALSE(token.contains(QStringLiteral("password")));
}

TEST(RegistryClientParsing, ChallengeAndManifest)
{
    const QByteArray bearer
        = R"(Bearer realm="https://auth.example/token",service="reg.example",scope="repository:a/b:pull")";
    EXPECT_EQ(RegistryClient::challengeScheme(bearer), QStringLiteral("bearer"));
    EXPECT_EQ(RegistryClient::challengeParameter(bearer, QStringLiteral("realm")),
        QStringLiteral("https://auth.example/token"));
    EXPECT_EQ(RegistryClient::challengeParameter(bearer, QStringLiteral("scope")),
        QStringLiteral("repository:a/b:pull"));
    EXPECT_EQ(RegistryClient::challengeScheme(R"(Basic realm="x")"), QStringLiteral("basic"));
    int platforms = -1;
    EXPECT_EQ(
        RegistryClient::manifestSize(
            R"({"schemaVersion":2,"config":{"size":100},"layers":[{"size":1000},{"size":24}]})", &platforms),
        1124);
    EXPECT_EQ(platforms, 0);
    EXPECT_EQ(RegistryClient::manifestSize(R"({"schemaVersion":2,"manifests":[{},{}]})", &platforms), -1);
    EXPECT_EQ(platforms, 2);
    EXPECT_EQ(RegistryClient::manifestSize("garbage"), -1);
    EXPECT_EQ(RegistryClient::manifestSize(R"({"config":{"size":1},"layers":[{"size":-5}]})"), -1);
}

// The engines' certs.d folders, as Berth reads them for its own client: only the registry's own
// host:port folder, only *.crt, nothing outside; and the engine's TLS failure worded with the
// file each engine reads.
TEST(RegistryCredentials, CertsDirAuthoritiesAndTheTlsMessage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A real certificate: openssl makes one for the test.
    const QString folder = dir.filePath(QStringLiteral("docker/10.0.0.1:5000"));
    QDir().mkpath(folder);
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
            QStringLiteral("/CN=berth-unit"), QStringLiteral("-keyout"),
            dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"),
            folder + QStringLiteral("/ca.crt")});
    ASSERT_TRUE(openssl.waitForFinished(30000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().constData();
    // A client's certificate (*.cert) is not an authority; another registry's folder is not read.
    QFile::copy(folder + QStringLiteral("/ca.crt"), folder + QStringLiteral("/client.cert"));
    QDir().mkpath(dir.filePath(QStringLiteral("docker/10.0.0.2:5000")));
    QFile::copy(
        folder + QStringLiteral("/ca.crt"), dir.filePath(QStringLiteral("docker/10.0.0.2:5000/ca.crt")));
    const QStringList roots {
        dir.filePath(QStringLiteral("docker")), dir.filePath(QStringLiteral("containers"))};
    const QList<QSslCertificate> found
        = RegistryClient::certsDirAuthorities(QStringLiteral("10.0.0.1:5000"), roots);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("berth-unit"));
    EXPECT_TRUE(RegistryClient::certsDirAuthorities(QStringLiteral("10.0.0.3:5000"), roots).isEmpty());
    EXPECT_TRUE(
        RegistryClient::certsDirAuthorities(QStringLiteral("../docker/10.0.0.1:5000"), roots).isEmpty());

    const EngineError x509(EngineError::Server,
        QStringLiteral("Get \"https://10.0.0.1:5000/v2/\": x509: certificate signed by unknown authority"),
        500);
    EXPECT_TRUE(RegistryMessages::isUntrustedCertificate(x509));
    const QString docker
        = RegistryMessages::withCertificateHint(x509, QStringLiteral("10.0.0.1:5000"), false).message();
    EXPECT_TRUE(docker.contains(QLatin1String("/etc/docker/certs.d/10.0.0.1:5000/ca.crt")))
        << qPrintable(docker);
    EXPECT_TRUE(docker.contains(QLatin1String("x509: certificate signed by unknown authority")));
    EXPECT_TRUE(RegistryMessages::withCertificateHint(x509, QStringLiteral("10.0.0.1:5000"), true)
                    .message()
                    .contains(QLatin1String("/etc/containers/certs.d/10.0.0.1:5000/ca.crt")));
    const EngineError denied(
        EngineError::Server, QStringLiteral("unauthorized: authentication required"), 500);
    EXPECT_FALSE(RegistryMessages::isUntrustedCertificate(denied));
    EXPECT_EQ(RegistryMessages::withCertificateHint(denied, QStringLiteral("10.0.0.1:5000"), false).message(),
        denied.message());
}
