// SPDX-License-Identifier: GPL-3.0-or-later
// Registries: berthctl login/logout/push/pull against the test script's private registry (Debian's
// docker-registry with htpasswd sign-in), next to the docker CLI with the same DOCKER_CONFIG.
#include "registry/dockercredentials.h"
#include "registry/registryclient.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {
QString registry()
{
    const QString r = qEnvironmentVariable("BERTH_TEST_REGISTRY");
    if (r.isEmpty())
        ADD_FAILURE() << "BERTH_TEST_REGISTRY is not set: the test script starts the registry "
                         "(tests/engines.sh berth_registry_start)";
    return r;
}
QString user()
{
    return qEnvironmentVariable("BERTH_TEST_REGISTRY_USER");
}
QString password()
{
    return qEnvironmentVariable("BERTH_TEST_REGISTRY_PASSWORD");
}

/// A docker config folder of the test's own, and the environment berthctl and docker run in.
/// Without a helper (@p helpers false) PATH leads to an empty folder, so that neither Berth nor
/// the docker CLI finds a credential helper and both keep the password in config.json.
class Client
{
public:
    explicit Client(bool helpers)
    {
        EXPECT_TRUE(m_dir.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("DOCKER_CONFIG"), m_dir.filePath(QStringLiteral("docker")));
        m_env.insert(QStringLiteral("HOME"), m_dir.path());
        m_docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
        EXPECT_FALSE(m_docker.isEmpty()) << "no docker CLI on PATH";
        if (!helpers) {
            QDir(m_dir.path()).mkpath(QStringLiteral("bin"));
            m_env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin")));
        }
    }
    QProcessEnvironment &env() { return m_env; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("docker/config.json")); }
    QJsonObject config() const
    {
        QFile f(configPath());
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

    ProcessResult runIn(const QString &program, const QStringList &args, const QByteArray &input = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(program, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            ADD_FAILURE() << qPrintable(program) << " did not finish";
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    }
    ProcessResult berthctl(const QString &host, const QStringList &args, const QByteArray &input = {}) const
    {
        return runIn(berthctlPath(), QStringList {QStringLiteral("--host"), host} + args, input);
    }
    ProcessResult docker(const QString &host, const QStringList &args, const QByteArray &input = {}) const
    {
        return runIn(m_docker, QStringList {QStringLiteral("-H"), host} + args, input);
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_docker;
};

/// An image name of this test's own in the registry.
QString imageName(const QString &prefix)
{
    return registry() + QStringLiteral("/berth-test/") + uniqueName(prefix) + QStringLiteral(":1");
}

/// The manifest digests the docker CLI sees for @p image's name in the registry (RepoDigests;
/// Podman keeps its own manifest's digest there too).
QStringList repoDigests(const QString &host, const QString &image)
{
    const QString repository = image.section(QLatin1Char(':'), 0, -2);
    const ProcessResult r = TestSupport::docker(host,
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
            QStringLiteral("{{json .RepoDigests}}"), image});
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        if (v.toString().startsWith(repository + QLatin1Char('@')))
            out << v.toString().section(QLatin1Char('@'), 1);
    }
    return out;
}

QString imageId(const QString &host, const QString &image)
{
    return trimmed(TestSupport::docker(host,
        {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
            QStringLiteral("{{.Id}}"), image})
                       .out);
}

QString pushedDigest(const QByteArray &out)
{
    // docker push's last line: "1: digest: sha256:… size: 343".
    const qsizetype at = out.indexOf("digest: sha256:");
    return at < 0 ? QString() : QString::fromLatin1(out.mid(at + 8, 71));
}

/// Pushes the test image under a name in the registry with berthctl on @p host, removes it here,
/// and pulls it back with the docker CLI (or berthctl, @p berthPull), both signed in through
/// @p client's config; compares the digest and id with what the docker CLI says.
void pushRemovePull(const Client &client, const QString &host, bool berthPull)
{
    const QString image = imageName(QStringLiteral("push"));
    TestSupport::docker(host, {QStringLiteral("tag"), testImage(), image});
    const QString id = imageId(host, image);
    const ProcessResult pushed = client.berthctl(host, {QStringLiteral("push"), image});
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.constData();
    EXPECT_TRUE(pushed.out.contains("The push refers to repository")) << pushed.out.constData();
    const QString digest = pushedDigest(pushed.out);
    ASSERT_EQ(digest.size(), 71) << pushed.out.constData();
    // Podman may push layers compressed anew (or reuse a blob already there), so what it keeps
    // of its own manifest is not what the registry got; after the pull both agree.
    if (host != podmanHost()) {
        EXPECT_TRUE(repoDigests(host, image).contains(digest))
            << qPrintable(repoDigests(host, image).join(u' '));
    }
    TestSupport::docker(host, {QStringLiteral("rmi"), image});
    ASSERT_NE(client.docker(host, {QStringLiteral("image"), QStringLiteral("inspect"), image}).exitCode, 0);
    const ProcessResult pulled = berthPull ? client.berthctl(host, {QStringLiteral("pull"), image})
                                           : client.docker(host, {QStringLiteral("pull"), image});
    ASSERT_EQ(pulled.exitCode, 0) << pulled.out.constData() << pulled.err.constData();
    EXPECT_EQ(imageId(host, image), id);
    EXPECT_TRUE(repoDigests(host, image).contains(digest)) << qPrintable(repoDigests(host, image).join(u' '));
    TestSupport::docker(host, {QStringLiteral("rmi"), image});
}
} // namespace

// berthctl login keeps the password as docker does without a helper (saying so), and docker pull
// reads it; logout removes it, and a pull then says to sign in.
TEST(Registry, BerthctlLoginThenDockerPull)
{
    Client client(false);
    const ProcessResult login = client.berthctl(dockerHost(),
        {QStringLiteral("login"), QStringLiteral("-u"), user(), QStringLiteral("--password-stdin"),
            registry()},
        password().toUtf8() + "\n");
    ASSERT_EQ(login.exitCode, 0) << login.err.constData();
    EXPECT_EQ(trimmed(login.out), QStringLiteral("Login Succeeded"));
    EXPECT_TRUE(login.err.contains(
        "WARNING! Your password will be stored unencrypted in " + client.configPath().toUtf8()))
        << login.err.constData();
    const QJsonObject entry
        = client.config().value(QStringLiteral("auths")).toObject().value(registry()).toObject();
    EXPECT_EQ(QByteArray::fromBase64(entry.value(QStringLiteral("auth")).toString().toLatin1()),
        (user() + QLatin1Char(':') + password()).toUtf8());
    QFile::Permissions perms = QFile::permissions(client.configPath());
    EXPECT_FALSE(perms & (QFile::ReadGroup | QFile::ReadOther));

    pushRemovePull(client, dockerHost(), false);

    const ProcessResult logout = client.berthctl(dockerHost(), {QStringLiteral("logout"), registry()});
    ASSERT_EQ(logout.exitCode, 0) << logout.err.constData();
    EXPECT_EQ(trimmed(logout.out), QStringLiteral("Removing login credentials for ") + registry());
    EXPECT_FALSE(client.config().value(QStringLiteral("auths")).toObject().contains(registry()));
    const ProcessResult again = client.berthctl(dockerHost(), {QStringLiteral("logout"), registry()});
    EXPECT_EQ(trimmed(again.out), QStringLiteral("Not logged in to ") + registry());

    // Signed out: a pull of a private image is refused, saying where to sign in.
    const ProcessResult refused = client.berthctl(
        dockerHost(), {QStringLiteral("pull"), registry() + QStringLiteral("/berth-test/none:1")});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains("berthctl login " + registry().toUtf8())) << refused.err.constData();
}

// docker login's sign-in (config.json, no helper) is what berthctl push and pull use.
TEST(Registry, DockerLoginThenBerthctlPull)
{
    Client client(false);
    const ProcessResult login = client.docker(dockerHost(),
        {QStringLiteral("login"), QStringLiteral("-u"), user(), QStringLiteral("--password-stdin"),
            registry()},
        password().toUtf8());
    ASSERT_EQ(login.exitCode, 0) << login.err.constData();
    pushRemovePull(client, dockerHost(), true);
}

// A wrong password is refused by the registry through the engine, and nothing is written.
TEST(Registry, WrongPasswordIsRefused)
{
    Client client(false);
    const ProcessResult login = client.berthctl(dockerHost(),
        {QStringLiteral("login"), QStringLiteral("-u"), user(), QStringLiteral("--password-stdin"),
            registry()},
        "not-the-password\n");
    EXPECT_EQ(login.exitCode, 1);
    EXPECT_TRUE(login.err.startsWith("berthctl: ")) << login.err.constData();
    EXPECT_TRUE(login.err.contains("401") || login.err.contains("nauthorized")) << login.err.constData();
    EXPECT_FALSE(login.out.contains("Login Succeeded"));
    EXPECT_FALSE(QFile::exists(client.configPath()));
}

// With credsStore "pass" (a real password store, its gpg key made here), the password goes to the
// helper, config.json holds an empty entry, docker pull reads it through the same helper, and
// logout erases it there. The other way round: docker login stores it, berthctl pull reads it.
TEST(Registry, CredentialHelperRoundTrip)
{
    Client client(true);
    const QString gnupg = client.path(QStringLiteral("gnupg"));
    QDir().mkpath(gnupg);
    QFile::setPermissions(gnupg, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    client.env().insert(QStringLiteral("GNUPGHOME"), gnupg);
    client.env().insert(QStringLiteral("PASSWORD_STORE_DIR"), client.path(QStringLiteral("store")));
    struct AgentStop
    {
        const Client &c;
        ~AgentStop()
        {
            c.runIn(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("all")});
        }
    } agentStop {client};
    ProcessResult key = client.runIn(QStringLiteral("gpg"),
        {QStringLiteral("--batch"), QStringLiteral("--passphrase"), QString(),
            QStringLiteral("--quick-gen-key"), QStringLiteral("berth-test@example.invalid"),
            QStringLiteral("default"), QStringLiteral("default"), QStringLiteral("never")});
    ASSERT_EQ(key.exitCode, 0) << key.err.constData();
    ProcessResult init = client.runIn(
        QStringLiteral("pass"), {QStringLiteral("init"), QStringLiteral("berth-test@example.invalid")});
    ASSERT_EQ(init.exitCode, 0) << init.err.constData();
    QDir().mkpath(client.path(QStringLiteral("docker")));
    {
        QFile f(client.configPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"credsStore": "pass", "berthTestKeep": {"x": 1}})");
    }

    const ProcessResult login = client.berthctl(dockerHost(),
        {QStringLiteral("login"), QStringLiteral("-u"), user(), QStringLiteral("--password-stdin"),
            registry()},
        password().toUtf8());
    ASSERT_EQ(login.exitCode, 0) << login.err.constData();
    EXPECT_FALSE(login.err.contains("unencrypted")) << login.err.constData();
    const QJsonObject config = client.config();
    EXPECT_EQ(config.value(QStringLiteral("auths")).toObject().value(registry()).toObject(), QJsonObject());
    EXPECT_EQ(config.value(QStringLiteral("berthTestKeep")).toObject().value(QStringLiteral("x")).toInt(), 1);
    EXPECT_EQ(config.value(QStringLiteral("credsStore")).toString(), QStringLiteral("pass"));
    // The helper itself holds the password.
    const ProcessResult stored = client.runIn(
        QStringLiteral("docker-credential-pass"), {QStringLiteral("get")}, registry().toUtf8());
    ASSERT_EQ(stored.exitCode, 0) << stored.out.constData();
    const QJsonObject got = QJsonDocument::fromJson(stored.out).object();
    EXPECT_EQ(got.value(QStringLiteral("Username")).toString(), user());
    EXPECT_EQ(got.value(QStringLiteral("Secret")).toString(), password());

    pushRemovePull(client, dockerHost(), false);

    // Berth lists it with who is signed in.
    QProcessEnvironment env = client.env();
    const QList<KnownRegistry> known = DockerCredentials(env).known();
    ASSERT_EQ(known.size(), 1);
    EXPECT_EQ(known.first().server, registry());
    EXPECT_EQ(known.first().username, user());

    const ProcessResult logout = client.berthctl(dockerHost(), {QStringLiteral("logout"), registry()});
    ASSERT_EQ(logout.exitCode, 0) << logout.err.constData();
    const ProcessResult listed
        = client.runIn(QStringLiteral("docker-credential-pass"), {QStringLiteral("list")});
    EXPECT_FALSE(listed.out.contains(registry().toUtf8())) << listed.out.constData();

    // docker login through the same helper; berthctl reads it from there.
    const ProcessResult dockerLogin = client.docker(dockerHost(),
        {QStringLiteral("login"), QStringLiteral("-u"), user(), QStringLiteral("--password-stdin"),
            registry()},
        password().toUtf8());
    ASSERT_EQ(dockerLogin.exitCode, 0) << dockerLogin.err.constData();
    pushRemovePull(client, dockerHost(), true);
}

// Podman's compatible API: signed in by berthctl through Podman (a wrong password refused), push
// with per-layer lines and pull back.
TEST(Registry, PodmanPushAndPull)
{
    Client client(false);
    const ProcessResult wrong = client.berthctl(podmanHost(),
        {QStringLiteral("login"), QStringLiteral("-u"), user(), QStringLiteral("--password-stdin"),
            registry()},
        "not-the-password");
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_FALSE(QFile::exists(client.configPath()));
    const ProcessResult login = client.berthctl(podmanHost(),
        {QStringLiteral("login"), QStringLiteral("-u"), user(), QStringLiteral("--password-stdin"),
            registry()},
        password().toUtf8());
    ASSERT_EQ(login.exitCode, 0) << login.err.constData();
    pushRemovePull(client, podmanHost(), true);
}

// Berth's own registry client: /v2/ with and without the sign-in, the catalog, and a pushed tag
// with the digest the engine reported and the docker CLI sees.
TEST(Registry, ClientListsCatalogAndTags)
{
    Client client(false);
    const ProcessResult login = client.berthctl(dockerHost(),
        {QStringLiteral("login"), QStringLiteral("-u"), user(), QStringLiteral("--password-stdin"),
            registry()},
        password().toUtf8());
    ASSERT_EQ(login.exitCode, 0) << login.err.constData();
    const QString image = imageName(QStringLiteral("browse"));
    const QString repository = image.section(QLatin1Char('/'), 1).section(QLatin1Char(':'), 0, 0);
    TestSupport::docker(dockerHost(), {QStringLiteral("tag"), testImage(), image});
    const ProcessResult pushed = client.berthctl(dockerHost(), {QStringLiteral("push"), image});
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.constData();
    const QString digest = pushedDigest(pushed.out);

    RegistryClient anonymous(RegistryCredential {registry(), {}, {}, {}});
    bool done = false;
    RegistryClient::Result refused;
    anonymous.check([&](RegistryClient::Result r) {
        refused = r;
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }, 30000));
    EXPECT_EQ(refused.status, 401);
    EXPECT_FALSE(refused.ok());

    RegistryClient wrong(RegistryCredential {registry(), user(), QStringLiteral("wrong"), {}});
    done = false;
    wrong.check([&](RegistryClient::Result r) {
        refused = r;
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }, 30000));
    EXPECT_EQ(refused.status, 401);

    const RegistryCredential credential = DockerCredentials(client.env()).get(registry());
    ASSERT_EQ(credential.username, user());
    RegistryClient signedIn(credential);
    done = false;
    RegistryClient::Result checked;
    signedIn.check([&](RegistryClient::Result r) {
        checked = r;
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }, 30000));
    EXPECT_TRUE(checked.ok()) << qPrintable(checked.error);

    QStringList repositories;
    done = false;
    signedIn.catalog([&](RegistryClient::Result r, QStringList names) {
        EXPECT_TRUE(r.ok()) << qPrintable(r.error);
        repositories = names;
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }, 30000));
    EXPECT_TRUE(repositories.contains(repository)) << qPrintable(repositories.join(u' '));

    QList<RegistryTag> tags;
    done = false;
    signedIn.tags(repository, [&](RegistryClient::Result r, QList<RegistryTag> list) {
        EXPECT_TRUE(r.ok()) << qPrintable(r.error);
        tags = list;
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }, 30000));
    ASSERT_EQ(tags.size(), 1);
    EXPECT_EQ(tags.first().name, QStringLiteral("1"));
    EXPECT_EQ(tags.first().digest, digest);
    EXPECT_TRUE(repoDigests(dockerHost(), image).contains(tags.first().digest));
    EXPECT_GT(tags.first().size, 0);
    TestSupport::docker(dockerHost(), {QStringLiteral("rmi"), image});
}
