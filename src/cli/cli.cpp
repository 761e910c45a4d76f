// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "jobs/job.h"
#include "jobs/volumehelper.h"

#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>

#include <fcntl.h>

#include <unistd.h>

namespace Cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int failWith(const QString &message)
{
    out().flush();
    std::fprintf(stderr, "berthctl: %s\n", message.toLocal8Bit().constData());
    return 1;
}

bool finish(EngineReply *reply, QString *error)
{
    reply->waitForFinished(120000);
    if (!reply->isFinished()) {
        *error = Tr::tr("The engine did not answer in time.");
        return false;
    }
    if (reply->error().isError()) {
        *error = reply->error().toString();
        return false;
    }
    return true;
}

bool runJob(Job &job, const std::function<QString()> &progress)
{
    const bool terminal = isatty(fileno(stderr));
    QObject::connect(&job, &Job::progressChanged, [terminal, progress] {
        if (terminal)
            std::fprintf(stderr, "\r\033[K%s", qPrintable(progress()));
    });
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    if (terminal)
        std::fprintf(stderr, "\n");
    return job.state() == Job::Succeeded;
}

namespace {
int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(interruptPipe[1], &byte, 1);
}
} // namespace

bool runJobCancellable(Job &job, const std::function<QString()> &progress)
{
    if (interruptPipe[0] < 0 && ::pipe2(interruptPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return runJob(job, progress);
    struct sigaction action
    {
    };
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocked read of stdin returns
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    QSocketNotifier notifier(interruptPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &job, [&job] {
        char byte;
        while (::read(interruptPipe[0], &byte, 1) > 0) { }
        job.cancel();
    });
    return runJob(job, progress);
}

void warnAboutTransport(const Endpoint &endpoint)
{
    if (endpoint.kind != Endpoint::Kind::Tcp)
        return;
    if (!endpoint.tls.enabled)
        std::fprintf(stderr, "%s\n",
            qPrintable(Tr::tr("berthctl: warning: %1 is plain TCP: anyone on the way can read it, and anyone "
                              "who reaches the port is root on that machine.")
                           .arg(endpoint.url())));
    else if (!endpoint.tls.verify)
        std::fprintf(stderr, "%s\n",
            qPrintable(Tr::tr("berthctl: warning: the certificate of %1 is not checked (SkipTLSVerify, or "
                              "DOCKER_TLS_VERIFY unset): another machine could pretend to be it.")
                           .arg(endpoint.url())));
}

void removeLeftoverHelpers(EngineClient &client)
{
    QEventLoop loop;
    QObject context;
    VolumeHelper::removeLeftovers(&client, &context, [&loop](int, const ImportJournal::Outcome &imports) {
        if (!imports.undone.isEmpty())
            std::fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("berthctl: an import cut short was undone: %1.")
                               .arg(imports.undone.join(QStringLiteral("; ")))));
        if (!imports.kept.isEmpty())
            std::fprintf(stderr, "%s\n",
                qPrintable(Tr::tr("berthctl: an import cut short left what was changed since; kept: %1.")
                               .arg(imports.kept.join(QStringLiteral("; ")))));
        loop.quit();
    });
    loop.exec();
}

void writeRaw(FILE *to, QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

} // namespace Cli
