// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

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

} // namespace TestSupport
