// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

#include <csignal>

namespace TestSupport {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(BERTH_FIXTURES_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "missing fixture " << qPrintable(f.fileName());
        return {};
    }
    return f.readAll();
}

static QString requiredEnv(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        ADD_FAILURE() << name
                      << " is not set: run the tests through tests/run-tests.sh, which starts "
                         "the private engines. A missing engine is a failure, not a skip.";
    return value;
}

void useEngineSet()
{
    if (!currentEngines())
        return;
    for (const char *name :
        {"DOCKER_HOST", "DOCKER2_HOST", "DOCKER2_PIDFILE", "DOCKER2_START", "PODMAN_HOST"}) {
        const QByteArray current = qgetenv(QByteArray("BERTH_TEST_CURRENT_") + name);
        if (current.isEmpty())
            qunsetenv(QByteArray("BERTH_TEST_") + name);
        else
            qputenv(QByteArray("BERTH_TEST_") + name, current);
    }
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QStringLiteral(BERTH_SCREENSHOTS_DIR))
        + (currentEngines() ? QStringLiteral("/current") : QString());
    QDir().mkpath(dir);
    return dir;
}

bool currentEngines()
{
    return qgetenv("BERTH_TEST_ENGINES") == "current";
}

QString dockerHost()
{
    return requiredEnv("BERTH_TEST_DOCKER_HOST");
}

QString podmanHost()
{
    return requiredEnv("BERTH_TEST_PODMAN_HOST");
}

QString testImage()
{
    const QString image = qEnvironmentVariable("BERTH_TEST_IMAGE");
    return image.isEmpty() ? QStringLiteral("berth-test/busybox:latest") : image;
}

std::unique_ptr<EngineClient> connect(const QString &host)
{
    const auto resolved = EndpointResolver::parseHost(host, QStringLiteral("test"));
    auto client = std::make_unique<EngineClient>(resolved.endpoint);
    if (!client->waitForConnected(20000))
        ADD_FAILURE() << "cannot connect to " << qPrintable(host) << ": "
                      << qPrintable(client->lastError().toString());
    return client;
}

EngineReply *wait(EngineReply *reply, int msecs)
{
    if (!reply->waitForFinished(msecs))
        ADD_FAILURE() << "no answer within " << msecs << " ms for " << reply->request().method.constData()
                      << " " << qPrintable(reply->request().path);
    return reply;
}

bool waitUntil(const std::function<bool()> &condition, int msecs)
{
    // The thread sleeps between events: processEvents() with a time limit never does, and a
    // spinning test takes a core from the engine it talks to. The timer wakes it to look again.
    QDeadlineTimer deadline(msecs);
    QTimer wake;
    wake.start(20);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QString uniqueName(const QString &prefix)
{
    return prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

QString berthctlPath()
{
    return QStringLiteral(BERTHCTL_PATH);
}

ProcessResult run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        ADD_FAILURE() << qPrintable(program) << " did not finish";
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

ProcessResult docker(const QString &host, const QStringList &args)
{
    ProcessResult r = run(QStringLiteral("docker"), QStringList {QStringLiteral("-H"), host} + args);
    if (r.exitCode != 0)
        ADD_FAILURE() << "docker " << qPrintable(args.join(u' ')) << ": " << r.err.constData();
    return r;
}

QString berthPath()
{
    return QStringLiteral(BERTH_PATH);
}

SecondEngine::SecondEngine()
    : m_host(qEnvironmentVariable("BERTH_TEST_DOCKER2_HOST"))
    , m_pidFile(qEnvironmentVariable("BERTH_TEST_DOCKER2_PIDFILE"))
    , m_startScript(qEnvironmentVariable("BERTH_TEST_DOCKER2_START"))
{
    if (m_host.isEmpty() || m_pidFile.isEmpty()) {
        ADD_FAILURE() << "the test script starts a second private dockerd (BERTH_TEST_DOCKER2_HOST)";
        return;
    }
    QFile pf(m_pidFile);
    if (!pf.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "no pidfile " << qPrintable(m_pidFile);
        return;
    }
    m_pid = pf.readAll().trimmed().toLongLong();
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(m_pid));
    if (!cmdline.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "dockerd " << m_pid << " is not running";
        return;
    }
    for (const QByteArray &a : cmdline.readAll().split('\0')) {
        if (!a.isEmpty())
            m_args << QString::fromLocal8Bit(a);
    }
    m_program = m_args.takeFirst();
}

namespace {
/// Gone, or a zombie nobody has reaped yet.
bool processGone(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return true;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) == "Z";
}
} // namespace

bool SecondEngine::stop(int signal)
{
    if (!valid() || ::kill(pid_t(m_pid), signal) != 0)
        return false;
    if (!waitUntil([this] { return processGone(m_pid); }, 60000))
        return false;
    // A killed dockerd leaves its pidfile; while it is an unreaped zombie the next one refuses it.
    QFile::remove(m_pidFile);
    // Its containerd goes with it, a moment later; a restart before that finds it half-alive.
    const int at = m_args.indexOf(QStringLiteral("--exec-root"));
    QFile pidFile(m_args.value(at + 1) + QStringLiteral("/containerd/containerd.pid"));
    const qint64 containerd
        = at >= 0 && pidFile.open(QIODevice::ReadOnly) ? pidFile.readAll().trimmed().toLongLong() : 0;
    if (!waitUntil([containerd] { return processGone(containerd); }, 60000))
        return false;
    // An unreaped zombie still counts as running for dockerd, which would wait for it forever.
    pidFile.close();
    pidFile.remove();
    return true;
}

bool SecondEngine::start()
{
    if (!valid())
        return false;
    QProcess restarted;
    if (m_startScript.isEmpty()) {
        restarted.setProgram(m_program);
        restarted.setArguments(m_args);
    } else {
        restarted.setProgram(QStringLiteral("sh"));
        restarted.setArguments({m_startScript});
    }
    const QString log = QFileInfo(m_pidFile).dir().filePath(QStringLiteral("log.restarted"));
    restarted.setStandardOutputFile(log, QIODevice::Append);
    restarted.setStandardErrorFile(log, QIODevice::Append);
    if (!restarted.startDetached(&m_pid))
        return false;
    return waitUntil(
        [this] {
            return run(QStringLiteral("docker"), {QStringLiteral("-H"), m_host, QStringLiteral("version")})
                       .exitCode
                == 0;
        },
        60000);
}

} // namespace TestSupport
