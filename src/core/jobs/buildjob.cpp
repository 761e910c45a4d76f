// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/buildjob.h"

#include "build/buildcontext.h"
#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "files/hosttardevice.h"
#include "learn/dockercommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BuildJob)
};

constexpr qsizetype MaxOutput = 1024 * 1024;

QString titleOf(const QString &folder, const BuildOptions &options)
{
    const QString what = options.tags.isEmpty() ? QFileInfo(folder).fileName() : options.tags.first();
    return Tr::tr("Build %1").arg(what.isEmpty() ? folder : what);
}
} // namespace

BuildJob::BuildJob(
    EngineClient *client, QString folder, QString dockerfile, BuildOptions options, QObject *parent)
    : Job(titleOf(folder, options),
        DockerCommands::buildText(DockerCommands::build(folder, dockerfile, options)), parent)
    , m_client(client)
    , m_folder(std::move(folder))
    , m_dockerfile(std::move(dockerfile))
    , m_options(std::move(options))
{
}

BuildJob::~BuildJob() = default;

void BuildJob::start()
{
    setRunning();
    m_clock.start();
    BuildContext context(m_folder, m_dockerfile);
    if (!context.open(this)) {
        fail(EngineError(EngineError::InvalidArgument, context.errorString()));
        return;
    }
    m_context = context.device();
    m_options.dockerfile = context.dockerfileInContext();
    const qint64 total = m_context->contentTotal();
    setProgress(0, total, Tr::tr("Sending the build context"));
    connect(m_context, &HostTarDevice::failed, this, [this](const QString &error) {
        // Never end the upload: the engine would build from a part of the folder.
        abandon(EngineError(EngineError::InvalidArgument, error));
    });
    EngineReply *reply = ImagesApi(m_client).build(m_context, m_options);
    watch(reply);
    connect(reply, &EngineReply::uploadProgress, this, [this](qint64 sent) {
        m_contextBytes = sent;
        if (!m_context)
            return;
        if (m_contextSentMs < 0 && m_context->atEnd()) {
            m_contextSentMs = m_clock.elapsed();
            setProgress(m_context->contentTotal(), m_context->contentTotal(), Tr::tr("Building"));
            Q_EMIT contextSent(sent);
            return;
        }
        setProgress(m_context->contentDone(), m_context->contentTotal());
    });
    connect(reply, &EngineReply::jsonReceived, this, &BuildJob::applyMessage);
    connect(reply, &EngineReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (isAbandoning())
            return;
        if (!m_pending.isEmpty())
            readLine(std::exchange(m_pending, QString()));
        EngineError error = reply->error();
        if (!error.isError() && m_context && m_context->hasFailed())
            error = EngineError(EngineError::InvalidArgument, m_context->failure());
        if (!error.isError() && m_imageId.isEmpty())
            error = EngineError(
                EngineError::Protocol, Tr::tr("The engine ended the build without naming the image."));
        if (error.isError()) {
            m_failedLine = lineOfError(error.message());
            abandon(error);
            return;
        }
        succeed();
    });
}

void BuildJob::applyMessage(const QJsonObject &message)
{
    const QString stream = message.value(QLatin1String("stream")).toString();
    if (!stream.isEmpty()) {
        appendOutput(stream);
        m_pending += stream;
        qsizetype newline;
        while ((newline = m_pending.indexOf(QLatin1Char('\n'))) >= 0) {
            const QString line = m_pending.left(newline);
            m_pending.remove(0, newline + 1);
            readLine(line);
        }
        if (m_pending.size() > 64 * 1024)
            m_pending.clear();
    }
    const QJsonObject aux = message.value(QLatin1String("aux")).toObject();
    const QString id = aux.value(QLatin1String("ID")).toString();
    if (id.startsWith(QLatin1String("sha256:")))
        m_imageId = id;
    // An error message fails the reply at the end of the stream; it is the job's errorString(),
    // not output (berthctl prints it on stderr, as docker build).
}

void BuildJob::readLine(const QString &text)
{
    const QString line = text.trimmed();
    // Docker 20.10 says this without an arrow.
    if (line.startsWith(QLatin1String("Removing intermediate container "))) {
        m_containers.removeAll(line.mid(32).trimmed());
        return;
    }
    // Docker: "Step 2/5 : RUN …", " ---> Running in ID", " ---> Using cache", " ---> ID".
    // Podman: "STEP 2/5: RUN …", "--> Using cache ID", "--> ID".
    static const QRegularExpression step(
        QStringLiteral("^(?:\\[\\d+/\\d+\\] )?(?:Step|STEP) \\d+/\\d+ ?: ?(\\S+)"));
    static const QRegularExpression arrow(QStringLiteral("^-{2,3}> (.*)$"));
    // Podman 4 prints 11 digits of an id, Docker 12.
    static const QRegularExpression shortId(QStringLiteral("^[0-9a-f]{11,64}$"));
    const QRegularExpressionMatch s = step.match(line);
    if (s.hasMatch()) {
        m_fromStep = s.captured(1).compare(QLatin1String("FROM"), Qt::CaseInsensitive) == 0;
        m_cached = false;
        setProgress(done(), total(), line);
        return;
    }
    const QRegularExpressionMatch a = arrow.match(line);
    if (!a.hasMatch())
        return;
    const QString rest = a.captured(1);
    if (rest.startsWith(QLatin1String("Using cache"))) {
        m_cached = true;
    } else if (rest.startsWith(QLatin1String("Running in "))) {
        m_containers.append(rest.mid(11).trimmed());
    } else if (rest.startsWith(QLatin1String("Removed intermediate container "))) {
        m_containers.removeAll(rest.mid(31).trimmed());
    } else if (shortId.match(rest).hasMatch() && !m_fromStep && !m_cached && !m_made.contains(rest)) {
        m_made.append(rest);
    }
    // Buildah's working container of the next step is named after the image of this one, made
    // by this build (its stage's first container, named after the base image, may be another
    // build's and stays). Podman 4 keeps it when a build is cancelled.
    if (m_client->info().podman && shortId.match(rest).hasMatch() && m_made.contains(rest)
        && !m_workingFrom.contains(rest))
        m_workingFrom.append(rest);
}

void BuildJob::appendOutput(const QString &text)
{
    m_output += text;
    if (m_output.size() > MaxOutput)
        m_output.remove(0, m_output.size() - MaxOutput);
    Q_EMIT outputAdded(text);
}

int BuildJob::lineOfError(const QString &message)
{
    // Docker: "dockerfile parse error line 6: unknown instruction: FOO", "Dockerfile:6 …".
    static const QRegularExpression line(
        QStringLiteral("(?:\\bline (\\d+)\\b|[Dd]ockerfile[^:\\s]*:(\\d+)\\b)"));
    const QRegularExpressionMatch m = line.match(message);
    if (!m.hasMatch())
        return 0;
    return (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt();
}

void BuildJob::undo(const EngineError &error)
{
    if (!m_pending.isEmpty())
        readLine(std::exchange(m_pending, QString()));
    setProgress(done(), total(), Tr::tr("Removing what the build made"));
    if (!m_workingFrom.isEmpty()) {
        nameWorkingContainers(error);
        return;
    }
    // A step's container first (the engine removes it itself, but may not have yet; Podman's
    // buildah holds its working container until the build has ended: asked again meanwhile).
    if (!m_containers.isEmpty()) {
        const QString id = m_containers.last();
        EngineReply *reply = ContainersApi(m_client).remove(id, {true, false});
        connect(reply, &EngineReply::finished, this, [this, reply, error] {
            reply->deleteLater();
            const EngineError removed = reply->error();
            if (removed.isError() && removed.kind() != EngineError::NotFound && ++m_removeTries < 40) {
                QTimer::singleShot(500, this, [this, error] { undo(error); });
                return;
            }
            m_removeTries = 0;
            m_containers.removeLast();
            undo(error);
        });
        return;
    }
    removeNext(error);
}

void BuildJob::nameWorkingContainers(const EngineError &error)
{
    if (m_workingFrom.isEmpty()) {
        undo(error);
        return;
    }
    // Printed with 11 digits, named with 12: the image's id read first.
    const QString image = m_workingFrom.takeFirst();
    EngineReply *reply = ImagesApi(m_client).inspect(image);
    connect(reply, &EngineReply::finished, this, [this, reply, image, error] {
        reply->deleteLater();
        QString id = reply->json().object().value(QLatin1String("Id")).toString();
        if (id.startsWith(QLatin1String("sha256:")))
            id = id.mid(7);
        if (!reply->error().isError() && id.startsWith(image))
            m_containers.append(id.left(12) + QStringLiteral("-working-container"));
        nameWorkingContainers(error);
    });
}

void BuildJob::removeNext(const EngineError &error)
{
    if (m_made.isEmpty()) {
        fail(error);
        return;
    }
    // Newest first, each alone (noprune): the images under them are the cache of other builds.
    const QString id = m_made.last();
    EngineReply *reply = ImagesApi(m_client).remove(id, false, true);
    connect(reply, &EngineReply::finished, this, [this, reply, error] {
        reply->deleteLater();
        // Podman ends a build some time after the connection closed; until then its step's
        // container holds the image (409). Asked again for at most 20 seconds.
        if (reply->error().kind() == EngineError::Conflict && ++m_removeTries < 40) {
            QTimer::singleShot(500, this, [this, error] { removeNext(error); });
            return;
        }
        m_removeTries = 0;
        m_made.removeLast();
        removeNext(error);
    });
}
