// SPDX-License-Identifier: GPL-3.0-or-later
// Engines on "another machine", as the test script makes it: an sshd on a loopback port whose
// root reaches the private engines through the docker CLI (docker system dial-stdio), and the
// first private engine listening with TLS on a loopback port. berthctl over each, next to the
// docker CLI on the engine's own socket; each failure provoked and read as the user would.
#include "testsupport.h"
#include "volumefixtures.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace TestSupport;

namespace {

QString socketOf(const QString &unixHost)
{
    return unixHost.startsWith(QLatin1String("unix://")) ? unixHost.mid(7) : unixHost;
}

/// The engine that listens with TLS, on its own socket (the same in either engine set).
QString tlsEngine()
{
    return qEnvironmentVariable("BERTH_TEST_TLS_ENGINE");
}

/// ssh://root@127.0.0.1:PORT/path/to/the/engine.sock
QString overSsh(const QString &unixHost)
{
    return QStringLiteral("ssh://root@127.0.0.1:") + qEnvironmentVariable("BERTH_TEST_SSH_PORT")
        + socketOf(unixHost);
}

/// berthctl with @p env added to (or, with an empty value, taken from) the environment, and
/// @p input on its stdin.
ProcessResult berthctlWith(
    const QMap<QString, QString> &env, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it) {
        if (it.value().isEmpty())
            e.remove(it.key());
        else
            e.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(e);
    p.start(berthctlPath(), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        ADD_FAILURE() << "berthctl did not finish";
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

ProcessResult berthctlAt(const QString &host, const QStringList &args, const QByteArray &input = {})
{
    return berthctlWith({}, QStringList {QStringLiteral("--host"), host} + args, input);
}

// The same listing read twice a second apart: ages tick with the clock ("8 minutes ago" becomes
// "9 minutes ago", a fresh image's "2 seconds ago" "3 seconds ago") and a table's column widths
// follow them. Everything else must stay byte for byte.
QByteArray withoutAges(const QByteArray &listing)
{
    static const QRegularExpression age(
        QStringLiteral(R"((Less than a|About an?|\d+) (second|minute|hour|day|week|month|year)s?( ago)?)"));
    static const QRegularExpression padding(QStringLiteral(" {2,}"));
    return QString::fromUtf8(listing)
        .replace(age, QStringLiteral("<age>"))
        .replace(padding, QStringLiteral("  "))
        .toUtf8();
}

/// The ids `ps -a --format json` lists, in its order.
QStringList psIds(const QByteArray &json)
{
    QStringList ids;
    for (const QByteArray &line : json.split('\n')) {
        if (!line.isEmpty())
            ids << QJsonDocument::fromJson(line).object().value(QLatin1String("Id")).toString();
    }
    return ids;
}

/// A container with known output on both streams, run to its end.
QString containerWithOutput()
{
    const QString name = uniqueName(QStringLiteral("berth-remote"));
    docker(dockerHost(),
        {QStringLiteral("run"), QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--name"),
            name, testImage(), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("for i in $(seq 1 2000); do echo \"line $i ünïcode\"; done; echo oops >&2; printf "
                           "'no newline'")});
    return name;
}

} // namespace

TEST(Remote, OverSshListsLogsAndExecsAsOnTheEnginesOwnSocket)
{
    const QString ssh = overSsh(dockerHost());
    const ProcessResult version = berthctlAt(ssh, {QStringLiteral("version")});
    ASSERT_EQ(version.exitCode, 0) << version.err.constData();
    EXPECT_TRUE(version.out.contains(ssh.toUtf8())) << version.out.constData();

    const QString name = containerWithOutput();
    const ProcessResult local = berthctlAt(dockerHost(),
        {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("json")});
    const ProcessResult remote = berthctlAt(ssh,
        {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(remote.exitCode, 0) << remote.err.constData();
    EXPECT_EQ(psIds(remote.out), psIds(local.out));
    EXPECT_TRUE(psIds(remote.out).size() >= 1);

    // Logs byte for byte as docker's, each stream to its own.
    const ProcessResult logs = berthctlAt(ssh, {QStringLiteral("logs"), name});
    const ProcessResult theirs = docker(dockerHost(), {QStringLiteral("logs"), name});
    ASSERT_EQ(logs.exitCode, 0) << logs.err.constData();
    EXPECT_EQ(logs.out, theirs.out);
    EXPECT_EQ(logs.err, theirs.err);
    EXPECT_TRUE(logs.out.endsWith("no newline"));

    // exec -i: stdin goes over ssh and its end reaches the program.
    const QString sleeper = uniqueName(QStringLiteral("berth-remote-exec"));
    docker(dockerHost(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("--name"), sleeper, testImage(), QStringLiteral("sleep"), QStringLiteral("1000")});
    const QByteArray input = QByteArray("hello over ssh\n").repeated(5000);
    const ProcessResult exec = berthctlAt(ssh,
        {QStringLiteral("exec"), QStringLiteral("-i"), sleeper, QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("wc -l; exit 3")},
        input);
    EXPECT_EQ(exec.exitCode, 3) << exec.err.constData();
    EXPECT_EQ(exec.out.trimmed(), QByteArray("5000"));
    docker(dockerHost(), {QStringLiteral("rm"), QStringLiteral("-f"), name, sleeper});
}

TEST(Remote, AVolumeOfTheOtherMachineIsBackedUpHereAndRestoredThere)
{
    // The backup file is written on this machine from the other's volume, over ssh; restored
    // from here into a new volume there; the same entries, modes, owners and contents after.
    const QString ssh = overSsh(dockerHost());
    const QString source = VolumeFixtures::trickyVolume(dockerHost());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("remote.tar.gz"));
    ProcessResult r = berthctlAt(
        ssh, {QStringLiteral("volume"), QStringLiteral("backup"), source, QStringLiteral("-o"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(QFileInfo::exists(file + QStringLiteral(".sha256")));
    const QString target = VolumeFixtures::emptyVolume(dockerHost());
    docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("rm"), target});
    r = berthctlAt(ssh, {QStringLiteral("volume"), QStringLiteral("restore"), file, target});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QByteArray before = VolumeFixtures::volumeTree(dockerHost(), source);
    EXPECT_FALSE(before.isEmpty());
    EXPECT_EQ(VolumeFixtures::volumeTree(dockerHost(), target), before);
    EXPECT_TRUE(VolumeFixtures::helpers(dockerHost()).isEmpty()) << "the helpers there are gone";
    docker(dockerHost(), {QStringLiteral("volume"), QStringLiteral("rm"), source, target});
}

TEST(Remote, PodmanOverSshAsOnItsOwnSocket)
{
    // Podman's socket on the other machine, named in the address; the docker CLI there carries it.
    // (Created, not started: Podman cannot start containers in this sandbox, see podmantest.cpp.)
    const QString ssh = overSsh(podmanHost());
    const QString name = uniqueName(QStringLiteral("berth-remote-podman"));
    docker(podmanHost(),
        {QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("--name"), name, QStringLiteral("-v"), name + QStringLiteral(":/data"),
            testImage(), QStringLiteral("true")});
    for (const QStringList &list : {QStringList {QStringLiteral("ps"), QStringLiteral("-a"),
                                        QStringLiteral("--format"), QStringLiteral("json")},
             QStringList {QStringLiteral("volume"), QStringLiteral("ls")},
             QStringList {QStringLiteral("images")}}) {
        const ProcessResult remote = berthctlAt(ssh, list);
        ASSERT_EQ(remote.exitCode, 0) << remote.err.constData();
        EXPECT_EQ(withoutAges(remote.out), withoutAges(berthctlAt(podmanHost(), list).out))
            << qPrintable(list.join(QLatin1Char(' ')));
        EXPECT_TRUE(remote.out.contains(name.toUtf8()) || list.first() == QLatin1String("images"))
            << remote.out.constData();
    }
    const ProcessResult version = berthctlAt(ssh, {QStringLiteral("version")});
    EXPECT_TRUE(version.out.contains("Podman")) << version.out.constData();
    docker(podmanHost(), {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), name});
}

TEST(Remote, SshFailuresSayWhatToDo)
{
    const QString dir = qEnvironmentVariable("BERTH_TEST_SSH_DIR");
    const QString ssh = overSsh(dockerHost());
    // Each with a shared-connection folder of its own: a connection made with the good key would
    // otherwise serve the next attempts, as it should for one user.
    QTemporaryDir runtime(QStringLiteral("/tmp/bs-XXXXXX"));
    const auto attempt = [&](const QString &config, const QString &host) {
        return berthctlWith({{QStringLiteral("BERTH_SSH_COMMAND"),
                                 QStringLiteral("ssh -F ") + dir + QLatin1Char('/') + config},
                                {QStringLiteral("XDG_RUNTIME_DIR"), runtime.filePath(config)}},
            {QStringLiteral("--host"), host, QStringLiteral("ps")});
    };
    ProcessResult r = attempt(QStringLiteral("stranger"), ssh);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("could not sign in to root@127.0.0.1")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("ssh-add")) << r.err.constData();

    r = attempt(QStringLiteral("unknown"), ssh);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("does not know 127.0.0.1's host key")) << r.err.constData();
    EXPECT_TRUE(r.err.contains(QStringLiteral("ssh -p %1 root@127.0.0.1 true")
                                   .arg(qEnvironmentVariable("BERTH_TEST_SSH_PORT"))
                                   .toUtf8()))
        << r.err.constData();

    r = attempt(QStringLiteral("config"), overSsh(QStringLiteral("/nowhere/docker.sock")));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no engine listens")) << r.err.constData();

    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    r = attempt(QStringLiteral("config"), QStringLiteral("ssh://root@127.0.0.1:%1").arg(port));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("refused the ssh connection")) << r.err.constData();

    // A machine without the docker command.
    r = attempt(QStringLiteral("config"),
        QStringLiteral("ssh://root@127.0.0.1:") + qEnvironmentVariable("BERTH_TEST_SSH_NODOCKER_PORT"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("has no docker command")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("docker system dial-stdio")) << r.err.constData();

    // A user there who may not use the engine's socket (not in the docker group).
    r = attempt(QStringLiteral("config"),
        QStringLiteral("ssh://root@127.0.0.1:") + qEnvironmentVariable("BERTH_TEST_SSH_NOBODY_PORT"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("may not use the engine's socket")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("usermod -aG docker")) << r.err.constData();

    r = berthctlAt(QStringLiteral("ssh://root:secret@127.0.0.1"), {QStringLiteral("ps")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("never passes passwords")) << r.err.constData();
}

TEST(Remote, OverTlsWithTheEnginesCertificates)
{
    const QString tls = qEnvironmentVariable("BERTH_TEST_TLS_HOST");
    const QString certs = qEnvironmentVariable("BERTH_TEST_TLS_CERTS");
    ASSERT_FALSE(tls.isEmpty()) << "the test script starts the first engine with a TLS port";
    const QStringList ps {
        QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("json")};
    const QMap<QString, QString> trusted {{QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
        {QStringLiteral("DOCKER_CERT_PATH"), certs}};
    ProcessResult r = berthctlWith(trusted, QStringList {QStringLiteral("--host"), tls} + ps);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(psIds(r.out), psIds(berthctlAt(tlsEngine(), ps).out));
    // The same through the docker CLI's own variables, for comparison.
    const ProcessResult version
        = berthctlWith(trusted, {QStringLiteral("--host"), tls, QStringLiteral("version")});
    EXPECT_TRUE(version.out.contains(tls.toUtf8())) << version.out.constData();

    // An engine whose certificate another authority signed.
    r = berthctlWith({{QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
                         {QStringLiteral("DOCKER_CERT_PATH"), certs + QStringLiteral("/other")}},
        {QStringLiteral("--host"), tls, QStringLiteral("ps")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("not signed by the authority")) << r.err.constData();

    // The right engine under a name its certificate is not for.
    QString byName = tls;
    byName.replace(QLatin1String("127.0.0.1"), QLatin1String("localhost"));
    r = berthctlWith(trusted, {QStringLiteral("--host"), byName, QStringLiteral("ps")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("not localhost")) << r.err.constData();

    // exec -i over TLS: stdin's end reaches the program (a close_notify, as the docker CLI's
    // CloseWrite) while its output still comes back.
    const QString sleeper = uniqueName(QStringLiteral("berth-tls-exec"));
    docker(tlsEngine(),
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("--name"), sleeper, testImage(), QStringLiteral("sleep"), QStringLiteral("1000")});
    const QByteArray input = QByteArray("hello over tls\n").repeated(20000);
    r = berthctlWith(trusted,
        {QStringLiteral("--host"), tls, QStringLiteral("exec"), QStringLiteral("-i"), sleeper,
            QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("wc -l; sleep 1; echo after; exit 3")},
        input);
    EXPECT_EQ(r.exitCode, 3) << r.err.constData();
    EXPECT_EQ(r.out, QByteArray("20000\nafter\n"));
    docker(tlsEngine(), {QStringLiteral("rm"), QStringLiteral("-f"), sleeper});

    // Plain TCP is refused unless asked for, saying why.
    r = berthctlWith(
        {{QStringLiteral("DOCKER_TLS_VERIFY"), QString()}, {QStringLiteral("DOCKER_CERT_PATH"), QString()}},
        {QStringLiteral("--host"), tls, QStringLiteral("ps")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("anyone who reaches that port is root")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("BERTH_PLAIN_TCP=1")) << r.err.constData();
}

TEST(Remote, TlsFailuresOfTheOtherSideSayWhatToDo)
{
    // A server whose certificate expired, and a plain HTTP server asked for TLS: real servers
    // (openssl s_server, Python's http.server) on loopback ports, as an engine would be.
    const QString certs = qEnvironmentVariable("BERTH_TEST_TLS_CERTS");
    const QMap<QString, QString> trusted {{QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
        {QStringLiteral("DOCKER_CERT_PATH"), certs}};
    const auto freePort = [] {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return probe.serverPort();
    };
    const auto serve = [](QProcess &server, const QString &program, const QStringList &args, quint16 port) {
        server.start(program, args);
        EXPECT_TRUE(server.waitForStarted());
        EXPECT_TRUE(waitUntil(
            [&] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, port);
                return s.waitForConnected(200);
            },
            10000))
            << qPrintable(program) << " did not listen";
    };
    const quint16 expiredPort = freePort();
    QProcess expired;
    serve(expired, QStringLiteral("openssl"),
        {QStringLiteral("s_server"), QStringLiteral("-quiet"), QStringLiteral("-www"),
            QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(expiredPort),
            QStringLiteral("-cert"), certs + QStringLiteral("/expired-cert.pem"), QStringLiteral("-key"),
            certs + QStringLiteral("/server-key.pem")},
        expiredPort);
    ProcessResult r = berthctlWith(trusted,
        {QStringLiteral("--host"), QStringLiteral("tcp://127.0.0.1:%1").arg(expiredPort),
            QStringLiteral("ps")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("its certificate expired on 2020-01-02")) << r.err.constData();
    expired.kill();
    expired.waitForFinished();

    const quint16 plainPort = freePort();
    QTemporaryDir empty;
    QProcess plain;
    plain.setWorkingDirectory(empty.path());
    serve(plain, QStringLiteral("python3"),
        {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"), QString::number(plainPort)},
        plainPort);
    r = berthctlWith(trusted,
        {QStringLiteral("--host"), QStringLiteral("tcp://127.0.0.1:%1").arg(plainPort),
            QStringLiteral("ps")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("it may speak plain TCP")) << r.err.constData();
    plain.kill();
    plain.waitForFinished();
}

TEST(Remote, DockerContextsAsTheDockerCliWritesThem)
{
    // Contexts made with the docker CLI (ssh, and TCP with its TLS files) are used by Berth.
    QTemporaryDir config;
    const QString tls = qEnvironmentVariable("BERTH_TEST_TLS_HOST");
    const QString certs = qEnvironmentVariable("BERTH_TEST_TLS_CERTS");
    const QMap<QString, QString> env {{QStringLiteral("DOCKER_CONFIG"), config.path()},
        {QStringLiteral("DOCKER_HOST"), QString()}, {QStringLiteral("DOCKER_TLS_VERIFY"), QString()},
        {QStringLiteral("DOCKER_CERT_PATH"), QString()}};
    const auto dockerCli = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("DOCKER_CONFIG"), config.path());
        e.remove(QStringLiteral("DOCKER_HOST"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral("docker"), args);
        p.waitForFinished(30000);
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
    };
    dockerCli({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("berth-ssh"),
        QStringLiteral("--docker"), QStringLiteral("host=") + overSsh(dockerHost())});
    dockerCli({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("berth-tls"),
        QStringLiteral("--docker"),
        QStringLiteral("host=%1,ca=%2/ca.pem,cert=%2/cert.pem,key=%2/key.pem").arg(tls, certs)});
    const QStringList ps {
        QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("json")};
    for (const auto &[context, engine] : {std::pair {QStringLiteral("berth-ssh"), dockerHost()},
             std::pair {QStringLiteral("berth-tls"), tlsEngine()}}) {
        SCOPED_TRACE(context.toStdString());
        const QStringList local = psIds(berthctlAt(engine, ps).out);
        QMap<QString, QString> withContext = env;
        withContext.insert(QStringLiteral("DOCKER_CONTEXT"), context);
        const ProcessResult r = berthctlWith(withContext,
            {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.constData();
        EXPECT_EQ(psIds(r.out), local);
    }
}

TEST(Remote, ContextsMadeByBerthAreTheDockerClis)
{
    // Berth writes the store the docker CLI reads: the CLI uses a context Berth made (its TLS
    // files included), and both list the same contexts with the same endpoints.
    QTemporaryDir config;
    const QString tls = qEnvironmentVariable("BERTH_TEST_TLS_HOST");
    const QString certs = qEnvironmentVariable("BERTH_TEST_TLS_CERTS");
    const QMap<QString, QString> env {{QStringLiteral("DOCKER_CONFIG"), config.path()},
        {QStringLiteral("DOCKER_HOST"), QString()}, {QStringLiteral("DOCKER_CONTEXT"), QString()}};
    const auto dockerCli = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("DOCKER_CONFIG"), config.path());
        e.remove(QStringLiteral("DOCKER_HOST"));
        e.remove(QStringLiteral("DOCKER_CONTEXT"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral("docker"), args);
        p.waitForFinished(30000);
        const QByteArray err = p.readAllStandardError();
        EXPECT_EQ(p.exitCode(), 0) << args.join(u' ').toStdString() << ": " << err.constData();
        return p.readAllStandardOutput();
    };
    ProcessResult r = berthctlWith(env,
        {QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("berth-tls"),
            QStringLiteral("--docker"),
            QStringLiteral("host=%1,ca=%2/ca.pem,cert=%2/cert.pem,key=%2/key.pem").arg(tls, certs),
            QStringLiteral("--description"), QStringLiteral("made by Berth")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(r.out, QByteArray("berth-tls\n"));
    r = berthctlWith(env,
        {QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("berth-unix"),
            QStringLiteral("--docker"), QStringLiteral("host=") + tlsEngine()});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    // The docker CLI reaches the engine through each, TLS files and all.
    const QByteArray expected
        = dockerCli({QStringLiteral("-H"), tlsEngine(), QStringLiteral("ps"), QStringLiteral("-aq")});
    EXPECT_EQ(dockerCli({QStringLiteral("--context"), QStringLiteral("berth-tls"), QStringLiteral("ps"),
                  QStringLiteral("-aq")}),
        expected);
    EXPECT_EQ(dockerCli({QStringLiteral("--context"), QStringLiteral("berth-unix"), QStringLiteral("ps"),
                  QStringLiteral("-aq")}),
        expected);
    // Both list the same names and endpoints; the one Berth uses is the CLI's current one.
    dockerCli({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("made-by-docker"),
        QStringLiteral("--docker"), QStringLiteral("host=ssh://someone@elsewhere")});
    r = berthctlWith(env, {QStringLiteral("context"), QStringLiteral("use"), QStringLiteral("berth-unix")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(
        dockerCli({QStringLiteral("context"), QStringLiteral("show")}).trimmed(), QByteArray("berth-unix"));
    const QByteArray theirs = dockerCli({QStringLiteral("context"), QStringLiteral("ls"),
        QStringLiteral("--format"), QStringLiteral("{{.Name}} {{.DockerEndpoint}} {{.Current}}")});
    r = berthctlWith(env,
        {QStringLiteral("context"), QStringLiteral("ls"), QStringLiteral("--format"),
            QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    QByteArray ours;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        ours += (o.value(QLatin1String("Name")).toString() + QLatin1Char(' ')
                    + (o.value(QLatin1String("Name")).toString() == QLatin1String("default")
                            ? QStringLiteral("unix:///var/run/docker.sock")
                            : o.value(QLatin1String("DockerEndpoint")).toString())
                    + (o.value(QLatin1String("Current")).toBool() ? QStringLiteral(" true")
                                                                  : QStringLiteral(" false")))
                    .toUtf8()
            + '\n';
    }
    EXPECT_EQ(ours, theirs);
    // Without --host, berthctl follows the current context; --context picks another.
    r = berthctlWith(env, {QStringLiteral("ps"), QStringLiteral("-a")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    r = berthctlWith(
        env, {QStringLiteral("--context"), QStringLiteral("berth-tls"), QStringLiteral("version")});
    EXPECT_TRUE(r.out.contains(tls.toUtf8())) << r.out.constData() << r.err.constData();
    r = berthctlWith(env, {QStringLiteral("--context"), QStringLiteral("nope"), QStringLiteral("ps")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no context named nope")) << r.err.constData();
    // The current one is not removed without force; the others go, for the CLI too.
    r = berthctlWith(env, {QStringLiteral("context"), QStringLiteral("rm"), QStringLiteral("berth-unix")});
    EXPECT_EQ(r.exitCode, 1);
    r = berthctlWith(env, {QStringLiteral("context"), QStringLiteral("rm"), QStringLiteral("berth-tls")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_FALSE(dockerCli({QStringLiteral("context"), QStringLiteral("ls"), QStringLiteral("-q")})
                     .contains("berth-tls"));
    r = berthctlWith(
        env, {QStringLiteral("context"), QStringLiteral("inspect"), QStringLiteral("berth-unix")});
    EXPECT_TRUE(r.out.contains(tlsEngine().toUtf8())) << r.out.constData();
}
