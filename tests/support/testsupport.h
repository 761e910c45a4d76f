// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineclient.h"
#include "engine/enginereply.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <ostream>

// Readable values in GoogleTest's failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QByteArray &b, std::ostream *os)
{
    *os << '"' << b.toStdString() << '"';
}

namespace TestSupport {
/// The suite runs once against Debian 12's engines and once against the current ones (Docker 28.5
/// started as Docker 29, Podman 5.8). With BERTH_TEST_ENGINES=current, the BERTH_TEST_CURRENT_*
/// variables the test script sets take the place of the BERTH_TEST_* ones, for this process and
/// the programs it starts. Called by the test mains before any test.
void useEngineSet();
/// Where the GUI tests save screenshots (made if missing): BERTH_SCREENSHOT_DIR, or the build's
/// screenshots folder; current/ in it for the current engines.
QString screenshotDir();
/// Whether this run is against the current engines.
bool currentEngines();
/// The bytes of tests/fixtures/NAME.
QByteArray fixture(const QString &name);
/// The private engine's socket from BERTH_TEST_DOCKER_HOST. A missing engine fails the test:
/// the test script always starts one, so its absence is a broken run, never a skip.
QString dockerHost();
QString podmanHost();
/// The busybox image the test script imported (BERTH_TEST_IMAGE).
QString testImage();
/// A connected client for @p host, or a failed test.
std::unique_ptr<EngineClient> connect(const QString &host);
/// Waits for @p reply and returns it; a timeout fails the calling test.
EngineReply *wait(EngineReply *reply, int msecs = 60000);
/// Spins the event loop until @p condition holds or @p msecs pass.
bool waitUntil(const std::function<bool()> &condition, int msecs = 10000);
/// A short unique name for throw-away objects.
QString uniqueName(const QString &prefix);
QString berthctlPath();

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out, err;
};
/// Runs a program to its end (60 s at most).
ProcessResult run(const QString &program, const QStringList &args);
/// A program's output as one trimmed line of text.
inline QString trimmed(const QByteArray &out)
{
    return QString::fromUtf8(out).trimmed();
}
/// The docker CLI on @p host, the reference the tests compare Berth with.
ProcessResult docker(const QString &host, const QStringList &args);
QString berthPath();

/// The second private dockerd (BERTH_TEST_DOCKER2_*), which tests may stop and start again.
class SecondEngine
{
public:
    /// Reads its pid and command line; a missing engine fails the calling test.
    SecondEngine();
    QString host() const { return m_host; }
    bool valid() const { return !m_program.isEmpty(); }
    /// Sends @p signal and waits until the process is gone.
    bool stop(int signal);
    /// Starts it again as it was started and waits until it answers.
    bool start();

private:
    QString m_host;
    QString m_pidFile;
    qint64 m_pid = 0;
    QString m_program;
    QStringList m_args;
    QString m_startScript; ///< how an engine in a chroot starts again (BERTH_TEST_DOCKER2_START)
};
} // namespace TestSupport
