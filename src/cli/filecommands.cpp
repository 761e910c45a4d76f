// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl cp and volume cp: docker cp's syntax both ways, through the archive API.
#include "cli/cli.h"
#include "cli/options.h"

#include "files/copypaths.h"
#include "jobs/filecopyjob.h"
#include "model/displayformat.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <unistd.h>

using namespace Cli;

namespace {

/// Standard input as an upload's body: read as the upload asks for it (blocking, which
/// berthctl can afford), ended at end of file.
class StdinDevice : public QIODevice
{
public:
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_ended; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_ended)
            return 0;
        const ssize_t n = ::read(STDIN_FILENO, data, size_t(maxSize));
        if (n < 0 && errno == EINTR) { // Ctrl+C: the event loop sees it, then the upload asks again
            QMetaObject::invokeMethod(this, &QIODevice::readyRead, Qt::QueuedConnection);
            return 0;
        }
        if (n < 0) {
            setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
            return -1;
        }
        if (n == 0) {
            m_ended = true;
            QMetaObject::invokeMethod(this, &QIODevice::readChannelFinished, Qt::QueuedConnection);
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool m_ended = false;
};

/// Runs @p job with Ctrl+C (and SIGTERM) cancelling it, so that it cleans up after itself.
bool runCancellable(FileCopyJob &job)
{
    // A closed stdout ("cp CONTAINER:SRC - | head") fails the copy, which then cleans up.
    ::signal(SIGPIPE, SIG_IGN);
    return runJobCancellable(job, [&job] {
        return job.total() > 0
            ? Tr::tr("%1 of %2")
                  .arg(DisplayFormat::humanSize(job.done()), DisplayFormat::humanSize(job.total()))
            : Tr::tr("%1 copied").arg(DisplayFormat::humanSize(job.done()));
    });
}

int runCopy(EngineClient &client, const Options &options, bool volume)
{
    const QStringList positional = options.positional();
    if (positional.size() != 2)
        return failWith(options.usageError());
    const CopyPaths::Argument source = CopyPaths::split(positional[0]);
    const CopyPaths::Argument destination = CopyPaths::split(positional[1]);
    if (positional[0].isEmpty() || positional[1].isEmpty())
        return failWith(Tr::tr("Neither the source nor the destination can be empty."));
    if (!source.container.isEmpty() && !destination.container.isEmpty())
        return failWith(volume ? Tr::tr("Copying between volumes is not supported.")
                               : Tr::tr("Copying between containers is not supported."));
    if (source.container.isEmpty() && destination.container.isEmpty())
        return failWith(volume ? Tr::tr("One side must be a volume: VOLUME:PATH.")
                               : Tr::tr("One side must be a container: CONTAINER:PATH."));
    FileCopyJob::Spec spec;
    spec.volume = volume;
    spec.followLink = options.isSet("-L");
    spec.copyOwners = options.isSet("-a");
    if (!source.container.isEmpty()) {
        spec.direction = FileCopyJob::Direction::FromEngine;
        spec.container = source.container;
        spec.enginePath = source.path;
        spec.localPath = destination.path;
    } else {
        spec.direction = FileCopyJob::Direction::ToEngine;
        spec.container = destination.container;
        spec.enginePath = destination.path;
        spec.localPath = source.path;
    }
    if (volume)
        removeLeftoverHelpers(client);
    FileCopyJob job(&client, spec);
    QFile stdoutFile;
    StdinDevice stdinDevice;
    if (spec.localPath == QLatin1String("-")) {
        if (spec.direction == FileCopyJob::Direction::FromEngine) {
            out().flush();
            stdoutFile.open(
                STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
            job.setStream(&stdoutFile);
        } else {
            stdinDevice.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
            job.setStream(&stdinDevice);
        }
    }
    const bool ok = runCancellable(job);
    for (const QString &w : job.warnings())
        std::fprintf(stderr, "berthctl: %s\n", qPrintable(w));
    if (!ok)
        return failWith(job.errorString());
    // As docker cp: the summary only when someone watches (stdout a terminal), never with "-".
    if (spec.localPath != QLatin1String("-") && isatty(STDOUT_FILENO))
        std::fprintf(stderr, "%s\n",
            qPrintable(Tr::tr("Successfully copied %1 to %2")
                           .arg(DisplayFormat::humanSize(job.copiedBytes()),
                               spec.direction == FileCopyJob::Direction::FromEngine
                                   ? job.destination()
                                   : spec.container + QLatin1Char(':') + job.destination())));
    return 0;
}

} // namespace

int cmdCp(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl cp [-a] [-L] CONTAINER:SRC DEST|-  or  berthctl cp [-a] [-L] "
                                   "SRC|- CONTAINER:DEST"));
    options.flag({"-a", "--archive"}).flag({"-L", "--follow-link"}).flag({"-q", "--quiet"});
    if (!options.parse(args))
        return failWith(options.error());
    return runCopy(client, options, false);
}

int cmdVolumeCp(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl volume cp [-a] [-L] VOLUME:SRC DEST|-  or  berthctl volume cp "
                                   "[-a] [-L] SRC|- VOLUME:DEST"));
    options.flag({"-a", "--archive"}).flag({"-L", "--follow-link"}).flag({"-q", "--quiet"});
    if (!options.parse(args))
        return failWith(options.error());
    return runCopy(client, options, true);
}
