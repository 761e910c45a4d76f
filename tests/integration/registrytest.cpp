// SPDX-License-Identifier: GPL-3.0-or-later
// Registries: berthctl login/logout/push/pull against the test script's private registry (Debian's
// docker-registry with htpasswd sign-in), next to the docker CLI with the same DOCKER_CONFIG.
#include "engine/engineclient.h"
#include "jobs/pulljob.h"
#include "jobs/pushjob.h"
#include "privatekeyring.h"
#include "registry/dockercredentials.h"
#include "registry/registryclient.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>

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

namespace {
/// The longest the event loop went without turning while it is measured: a 10 ms timer's gaps.
class LoopWatch
{
public:
    LoopWatch()
    {
        m_tick.setInterval(10);
        QObject::connect(
            &m_tick, &QTimer::timeout, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_tick.start();
    }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

/// A credential helper docker-credential-slowtest in @p client's PATH (its own folder) that
/// waits as long as the file "delay" says (a key store waiting for its passphrase), then gives
/// the test registry's sign-in; it writes its process id to "helper.pid". config.json names it.
void slowHelper(Client &client)
{
    QDir().mkpath(client.path(QStringLiteral("docker")));
    QFile script(client.path(QStringLiteral("bin/docker-credential-slowtest")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\n[ \"$1\" = get ] || exit 0\n"
                                "echo $$ >'%1'\n"
                                "server=$(/bin/cat)\n"
                                "/bin/sleep \"$(/bin/cat '%2')\"\n"
                                "printf '{\"ServerURL\":\"%s\",\"Username\":\"%s\",\"Secret\":\"%s\"}' "
                                "\"$server\" '%3' '%4'\n")
                     .arg(client.path(QStringLiteral("helper.pid")), client.path(QStringLiteral("delay")),
                         user(), password())
                     .toUtf8());
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile config(client.configPath());
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write(R"({"credsStore": "slowtest"})");
}

void setDelay(Client &client, int seconds)
{
    QFile delay(client.path(QStringLiteral("delay")));
    ASSERT_TRUE(delay.open(QIODevice::WriteOnly));
    delay.write(QByteArray::number(seconds));
}

bool processGone(qint64 pid)
{
    // A process killed but not yet reaped is a zombie: gone too.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) == "Z";
}

/// Runs @p job (set up with @p client's environment) to its end; the longest stop of the event
/// loop while the credential helper ran goes to @p longest.
void runToEnd(RegistryJob &job, Client &client, qint64 *longest)
{
    job.setEnvironment(client.env());
    LoopWatch watch;
    job.start();
    bool helperSeen = false;
    EXPECT_TRUE(waitUntil(
        [&] {
            helperSeen = helperSeen || job.lookingUpCredential();
            if (helperSeen && !job.lookingUpCredential())
                *longest = watch.longest();
            return job.isFinished();
        },
        180000));
    EXPECT_TRUE(helperSeen);
}

void slowHelperRun(const QString &host)
{
    Client client(false);
    slowHelper(client);
    if (::testing::Test::HasFatalFailure())
        return;
    auto engine = connect(host);

    // The helper takes 30 s: the job runs, the event loop turns, and cancel kills the helper.
    setDelay(client, 30);
    const QString image = imageName(QStringLiteral("slow"));
    {
        PullJob job(engine.get(), image);
        job.setEnvironment(client.env());
        LoopWatch watch;
        job.start();
        ASSERT_TRUE(waitUntil(
            [&] {
                return job.lookingUpCredential() && QFile::exists(client.path(QStringLiteral("helper.pid")));
            },
            10000));
        waitUntil([] { return false; }, 1500);
        EXPECT_EQ(job.state(), Job::Running);
        QFile pidFile(client.path(QStringLiteral("helper.pid")));
        ASSERT_TRUE(pidFile.open(QIODevice::ReadOnly));
        const qint64 pid = pidFile.readAll().trimmed().toLongLong();
        ASSERT_GT(pid, 0);
        EXPECT_FALSE(processGone(pid));
        job.cancel();
        EXPECT_EQ(job.state(), Job::Cancelled);
        EXPECT_TRUE(waitUntil([&] { return processGone(pid); }, 5000))
            << "the helper " << pid << " still runs";
        EXPECT_LT(watch.longest(), 150) << "the event loop stopped for " << watch.longest() << " ms";
        waitUntil([] { return false; }, 200);
        EXPECT_EQ(job.state(), Job::Cancelled);
    }

    // The helper answers after 2 s: its sign-in pushes the image, and pulls it back.
    setDelay(client, 2);
    TestSupport::docker(host, {QStringLiteral("tag"), testImage(), image});
    const QString id = imageId(host, image);
    qint64 longest = -1;
    {
        PushJob push(engine.get(), image);
        runToEnd(push, client, &longest);
        ASSERT_EQ(push.state(), Job::Succeeded) << qPrintable(push.errorString());
        EXPECT_EQ(push.digest().size(), 71);
        EXPECT_GE(longest, 0);
        EXPECT_LT(longest, 150) << "the event loop stopped for " << longest << " ms";
    }
    TestSupport::docker(host, {QStringLiteral("rmi"), image});
    ASSERT_NE(client.docker(host, {QStringLiteral("image"), QStringLiteral("inspect"), image}).exitCode, 0);
    {
        PullJob pull(engine.get(), image);
        runToEnd(pull, client, &longest);
        ASSERT_EQ(pull.state(), Job::Succeeded) << qPrintable(pull.errorString());
        EXPECT_LT(longest, 150) << "the event loop stopped for " << longest << " ms";
    }
    EXPECT_EQ(imageId(host, image), id);
    TestSupport::docker(host, {QStringLiteral("rmi"), image});
}
} // namespace

// A credential helper that takes its time (a key store waiting for its passphrase) runs beside
// the event loop, which keeps turning; cancelling the job meanwhile kills the helper and ends the
// job as cancelled. When it answers, its sign-in pushes and pulls (the registry wants one).
TEST(Registry, SlowCredentialHelperLeavesTheLoopTurning)
{
    slowHelperRun(dockerHost());
}

TEST(Registry, SlowCredentialHelperLeavesTheLoopTurningPodman)
{
    slowHelperRun(podmanHost());
}

namespace {
QString tlsRegistry()
{
    const QString r = qEnvironmentVariable("BERTH_TEST_TLS_REGISTRY");
    if (r.isEmpty())
        ADD_FAILURE() << "BERTH_TEST_TLS_REGISTRY is not set: the test script starts it "
                         "(tests/engines.sh berth_registry_tls_start)";
    return r;
}

/// The CA certificate placed in certs.d files for the test's span, then taken away with its
/// folder (only the test registry's own host:port folder).
class PlacedAuthority
{
public:
    explicit PlacedAuthority(const QStringList &files)
    {
        const QString ca = qEnvironmentVariable("BERTH_TEST_TLS_REGISTRY_CA");
        EXPECT_TRUE(QFile::exists(ca)) << "BERTH_TEST_TLS_REGISTRY_CA: " << qPrintable(ca);
        for (const QString &file : files) {
            // Every folder made here goes again, deepest first (certs.d itself may be new).
            for (QString folder = QFileInfo(file).path(); !QDir(folder).exists();
                 folder = QFileInfo(folder).path())
                m_folders << folder;
            QDir().mkpath(QFileInfo(file).path());
            QFile::remove(file);
            EXPECT_TRUE(QFile::copy(ca, file)) << qPrintable(file);
            m_files << file;
        }
    }
    ~PlacedAuthority()
    {
        for (const QString &file : m_files)
            QFile::remove(file);
        for (const QString &folder : m_folders)
            QDir().rmdir(folder);
    }

private:
    QStringList m_files;
    QStringList m_folders;
};

RegistryClient::Result checkWith(const RegistryCredential &credential, bool podman)
{
    RegistryClient client(credential);
    client.setEngineIsPodman(podman);
    bool done = false;
    RegistryClient::Result result;
    client.check([&](RegistryClient::Result r) {
        result = r;
        done = true;
    });
    EXPECT_TRUE(waitUntil([&] { return done; }, 30000));
    return result;
}

void tlsRun(const QString &host, bool podman)
{
    const QString server = tlsRegistry();
    ASSERT_FALSE(server.isEmpty());
    // Where the engine reads the registry's authority, as the message names it; the current
    // engines run in a chroot, whose / is BERTH_TEST_CURRENT_ENGINES_ROOT here.
    const QString named
        = (podman ? QStringLiteral("/etc/containers/certs.d/") : QStringLiteral("/etc/docker/certs.d/"))
        + server + QStringLiteral("/ca.crt");
    const QString engineRoot
        = currentEngines() ? qEnvironmentVariable("BERTH_TEST_CURRENT_ENGINES_ROOT") : QString();
    ASSERT_TRUE(!currentEngines() || QDir(engineRoot + QStringLiteral("/etc")).exists())
        << "BERTH_TEST_CURRENT_ENGINES_ROOT: " << qPrintable(engineRoot);
    for (const QString &root : {engineRoot, QString()}) {
        for (const char *dir : {"/etc/docker/certs.d/", "/etc/containers/certs.d/"})
            ASSERT_FALSE(QFile::exists(root + QLatin1String(dir) + server)) << "left from before: " << dir;
    }
    Client client(false);
    const QString image
        = server + QStringLiteral("/berth-test/") + uniqueName(QStringLiteral("tls")) + QStringLiteral(":1");

    // Not trusted yet: the sign-in, a pull and Berth's own check each say where the file goes.
    const ProcessResult refusedLogin = client.berthctl(host,
        {QStringLiteral("login"), QStringLiteral("-u"), user(), QStringLiteral("--password-stdin"), server},
        password().toUtf8());
    EXPECT_EQ(refusedLogin.exitCode, 1);
    EXPECT_TRUE(refusedLogin.err.contains(named.toUtf8())) << refusedLogin.err.constData();
    EXPECT_FALSE(QFile::exists(client.configPath()));
    const ProcessResult refusedPull = client.berthctl(host, {QStringLiteral("pull"), image});
    EXPECT_NE(refusedPull.exitCode, 0);
    EXPECT_TRUE(refusedPull.err.contains(named.toUtf8())) << refusedPull.err.constData();
    const RegistryClient::Result untrusted = checkWith({server, user(), password(), {}}, podman);
    EXPECT_TRUE(untrusted.untrustedCertificate) << qPrintable(untrusted.error);
    EXPECT_TRUE(untrusted.error.contains(named)) << qPrintable(untrusted.error);

    // The authority where the message says (for the engine), and in the host's folder of the same
    // name for Berth's own client (the same file unless the engine runs in its chroot).
    PlacedAuthority placed({engineRoot + named, named});
    const ProcessResult login = client.berthctl(host,
        {QStringLiteral("login"), QStringLiteral("-u"), user(), QStringLiteral("--password-stdin"), server},
        password().toUtf8());
    ASSERT_EQ(login.exitCode, 0) << login.err.constData();
    const RegistryClient::Result trusted = checkWith(DockerCredentials(client.env()).get(server), podman);
    EXPECT_TRUE(trusted.ok()) << qPrintable(trusted.error);
    EXPECT_EQ(trusted.status, 200);

    TestSupport::docker(host, {QStringLiteral("tag"), testImage(), image});
    const QString id = imageId(host, image);
    const ProcessResult pushed = client.berthctl(host, {QStringLiteral("push"), image});
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.constData();
    const QString digest = pushedDigest(pushed.out);
    EXPECT_EQ(digest.size(), 71) << pushed.out.constData();
    TestSupport::docker(host, {QStringLiteral("rmi"), image});
    ASSERT_NE(client.docker(host, {QStringLiteral("image"), QStringLiteral("inspect"), image}).exitCode, 0);
    const ProcessResult pulled = client.berthctl(host, {QStringLiteral("pull"), image});
    ASSERT_EQ(pulled.exitCode, 0) << pulled.err.constData();
    EXPECT_EQ(imageId(host, image), id);
    EXPECT_TRUE(repoDigests(host, image).contains(digest)) << qPrintable(repoDigests(host, image).join(u' '));

    // Berth's own client lists the tag over TLS with the digest the push gave.
    RegistryClient browser(DockerCredentials(client.env()).get(server));
    const QString repository = image.section(QLatin1Char('/'), 1).section(QLatin1Char(':'), 0, 0);
    bool done = false;
    QList<RegistryTag> tags;
    browser.tags(repository, [&](RegistryClient::Result r, QList<RegistryTag> list) {
        EXPECT_TRUE(r.ok()) << qPrintable(r.error);
        tags = list;
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }, 30000));
    ASSERT_EQ(tags.size(), 1);
    EXPECT_EQ(tags.first().digest, digest);
    TestSupport::docker(host, {QStringLiteral("rmi"), image});
}
} // namespace

// A registry with a self-signed TLS certificate (its own authority): until the authority is in
// the engine's certs.d, the sign-in, a pull and Berth's own check fail saying the exact file it
// goes to; with it there, sign-in, push, pull and the tags work, Berth's client trusting the same
// file.
TEST(Registry, SelfSignedTlsRegistryDocker)
{
    tlsRun(dockerHost(), false);
}

TEST(Registry, SelfSignedTlsRegistryPodman)
{
    tlsRun(podmanHost(), true);
}

// A registry that cannot be reached (a closed port) and one that rate-limits (a loopback fake
// that answers every request 429 with a registry's error body, as Docker Hub does: no real
// registry limits on demand) each get their own words, the registry's message kept.
TEST(Registry, UnreachableAndRateLimitedAreSaid)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const QString closedServer = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const RegistryClient::Result unreachable = checkWith({closedServer, {}, {}, {}}, false);
    EXPECT_FALSE(unreachable.ok());
    EXPECT_EQ(unreachable.status, 0);
    EXPECT_TRUE(unreachable.error.contains(QLatin1String("cannot be reached")))
        << qPrintable(unreachable.error);
    EXPECT_TRUE(unreachable.error.contains(closedServer)) << qPrintable(unreachable.error);

    QTcpServer limiting;
    ASSERT_TRUE(limiting.listen(QHostAddress::LocalHost));
    const QByteArray body
        = R"({"errors":[{"code":"TOOMANYREQUESTS","message":"You have reached your pull rate limit (berth-test)."}]})";
    int requests = 0;
    QObject::connect(&limiting, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = limiting.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, body, &requests] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++requests;
                socket->write("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
                              "Retry-After: 60\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    const QString limitingServer = QStringLiteral("127.0.0.1:%1").arg(limiting.serverPort());
    const RegistryClient::Result limited = checkWith({limitingServer, user(), password(), {}}, false);
    EXPECT_EQ(requests, 1);
    EXPECT_EQ(limited.status, 429);
    EXPECT_TRUE(limited.error.contains(QLatin1String("too many requests"))) << qPrintable(limited.error);
    EXPECT_TRUE(limited.error.contains(QLatin1String("You have reached your pull rate limit (berth-test)")))
        << qPrintable(limited.error);
}

// The desktop's secret store, offered where docker would pick another store (here pass, whose
// password store is not set up) or none: the sign-in goes to docker-credential-secretservice in a
// real Secret Service (GNOME Keyring on a session bus of the test's own), config.json gets
// "credsStore": "secretservice" and an empty entry, no password; the docker CLI then pushes and
// pulls with it, and berthctl too. Not offered when config.json keeps another registry's password
// (docker would stop finding it) nor once a store is named.
TEST(Registry, DesktopSecretStoreSharedWithDocker)
{
    Client client(false);
    for (const char *tool : {"pass", "docker-credential-pass", "docker-credential-secretservice"}) {
        const QString found = QStandardPaths::findExecutable(QLatin1String(tool));
        ASSERT_FALSE(found.isEmpty()) << tool << " is not installed (installer/install-deps.sh --test)";
        ASSERT_TRUE(QFile::link(found, client.path(QStringLiteral("bin/") + QLatin1String(tool))));
    }
    PrivateKeyring keyring;
    ASSERT_TRUE(keyring.ready());
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"})
        client.env().insert(QLatin1String(name), keyring.env().value(QLatin1String(name)));
    const DockerCredentials credentials(client.env());
    QDir().mkpath(client.path(QStringLiteral("docker")));

    // Another registry's password in config.json: not offered.
    {
        QFile f(client.configPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"auths": {"registry.example.invalid": {"auth": "dTpw"}}})");
    }
    EXPECT_FALSE(credentials.secretStoreOffered(registry()));
    QFile::remove(client.configPath());

    EXPECT_EQ(credentials.helperFor(registry()), QStringLiteral("pass"));
    ASSERT_TRUE(credentials.secretStoreOffered(registry()));
    bool plainText = true;
    const QString stored = credentials.store(
        {registry(), user(), password(), {}}, &plainText, DockerCredentials::secretStoreHelper());
    ASSERT_TRUE(stored.isEmpty()) << qPrintable(stored);
    EXPECT_FALSE(plainText);
    const QJsonObject config = client.config();
    EXPECT_EQ(config.value(QStringLiteral("credsStore")).toString(), QStringLiteral("secretservice"));
    EXPECT_EQ(config.value(QStringLiteral("auths")).toObject().value(registry()).toObject(), QJsonObject());
    QFile raw(client.configPath());
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    EXPECT_FALSE(raw.readAll().contains(password().toUtf8()));
    EXPECT_FALSE(credentials.secretStoreOffered(registry()));

    // The key ring itself holds it, as the helper reads it for docker.
    const ProcessResult got = client.runIn(client.path(QStringLiteral("bin/docker-credential-secretservice")),
        {QStringLiteral("get")}, registry().toUtf8());
    ASSERT_EQ(got.exitCode, 0) << got.out.constData() << got.err.constData();
    const QJsonObject entry = QJsonDocument::fromJson(got.out).object();
    EXPECT_EQ(entry.value(QStringLiteral("Username")).toString(), user());
    EXPECT_EQ(entry.value(QStringLiteral("Secret")).toString(), password());
    EXPECT_EQ(credentials.get(registry()).password, password());

    // berthctl pushes with it and the docker CLI pulls; then the other way round.
    pushRemovePull(client, dockerHost(), false);
    pushRemovePull(client, dockerHost(), true);
}
