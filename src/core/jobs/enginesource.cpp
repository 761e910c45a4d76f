// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/enginesource.h"

#include "archive/tardigest.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginelogging.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/pipedevice.h"
#include "engine/systemapi.h"
#include "jobs/job.h"
#include "jobs/volumehelper.h"
#include "jobs/volumetool.h"
#include "learn/dockercommands.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MigrationImportJob)
};

} // namespace

EngineSource::EngineSource(
    EngineClient *source, EngineClient *target, QString container, QString name, QObject *parent)
    : ImportSource(target, parent)
    , m_source(source)
    , m_container(std::move(container))
    , m_shown(name.isEmpty() ? m_container : std::move(name))
{
}

QString EngineSource::title() const
{
    return Tr::tr("Transfer %1 to %2").arg(m_shown, m_target->endpoint().url());
}

QString EngineSource::command() const
{
    const QString image = m_shown + QStringLiteral("-migrated");
    const QString target = m_target->endpoint().url();
    return DockerCommands::text({QStringLiteral("commit"), m_shown, image}) + QStringLiteral(" && ")
        + DockerCommands::text({QStringLiteral("save"), image}) + QStringLiteral(" | ")
        + DockerCommands::text({QStringLiteral("-H"), target, QStringLiteral("load")})
        + QStringLiteral(" && docker -H %1 volume create NAME && … && docker -H %1 run -d -v NAME:/PATH …")
              .arg(target);
}

void EngineSource::read(const Done &done)
{
    Q_EMIT progress(0, -1, Tr::tr("Committing %1 on the source engine").arg(m_container));
    // The transfer soon has three requests at once on the target (the load, a volume's upload and
    // the checks and helpers beside them): over ssh each connection is a session of its own, opened
    // now at once rather than one after the other when each is needed.
    if (m_target->endpoint().isRemote()) {
        for (int i = 0; i < 3; ++i) {
            EngineReply *ping = SystemApi(m_target).ping();
            connect(ping, &EngineReply::finished, ping, &QObject::deleteLater);
        }
    }
    EngineReply *reply = ContainersApi(m_source).inspect(m_container);
    connect(reply, &EngineReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        if (reply->error().isError())
            return done(reply->error());
        const QJsonObject inspect = reply->json().object();
        m_manifest = BundleManifest::describe(inspect);
        m_containerId = inspect.value(QLatin1String("Id")).toString();
        m_running = inspect.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool();
        done({});
    });
}

ImportSource::Done EngineSource::flow(const Done &done)
{
    ++m_flows;
    return [this, done](const EngineError &error) {
        --m_flows;
        done(error);
        if (m_flows == 0 && m_whenIdle)
            std::exchange(m_whenIdle, {})();
    };
}

void EngineSource::whenIdle(const std::function<void()> &then)
{
    m_stopped = true;
    if (m_flows == 0) {
        then();
    } else if (m_whenIdle) {
        m_whenIdle = [first = m_whenIdle, then] {
            first();
            then();
        };
    } else {
        m_whenIdle = then;
    }
}

void EngineSource::check(const std::shared_ptr<std::atomic_bool> &, const Done &done)
{
    const Done end = flow(done);
    // Paused from before the commit until its volumes are over: the copy fits together. The
    // commit goes on while the job checks the target and the volumes stream over.
    if (!m_running) {
        startCommit();
        return end({});
    }
    EngineReply *paused = ContainersApi(m_source).pause(m_containerId);
    connect(paused, &EngineReply::finished, this, [this, paused, end] {
        paused->deleteLater();
        if (paused->error().isError())
            return end(paused->error());
        m_paused = true;
        if (m_stopped) // release() sets it back
            return end(Job::cancelledError());
        startCommit();
        end({});
    });
}

void EngineSource::startCommit()
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_.-]"));
    const QString repo = QStringLiteral("berth-migrate/")
        + m_manifest.containerName.toLower().replace(unsafe, QStringLiteral("-"));
    const QString tag = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Its name is known now; what it holds once whenCommitted() says so.
    m_manifest.image = repo + QLatin1Char(':') + tag;
    qCDebug(lcEngine) << "transfer: commit starts";
    commit(repo, tag, flow([this](const EngineError &error) {
        qCDebug(lcEngine) << "transfer: commit ended" << error.message();
        m_commitEnded = true;
        m_commitError = error.isError() ? error : (m_stopped ? Job::cancelledError() : EngineError());
        for (const auto &then : std::exchange(m_afterCommit, {}))
            then();
        if (error.isError() && !m_stopped)
            Q_EMIT failed(error);
    }));
}

void EngineSource::whenCommitted(const std::function<void()> &then)
{
    if (m_commitEnded)
        then();
    else
        m_afterCommit << then;
}

void EngineSource::commit(const QString &repo, const QString &tag, const Done &done)
{
    CommitOptions options;
    options.repo = repo;
    options.tag = tag;
    options.pause = false;
    EngineReply *committed = ContainersApi(m_source).commit(m_containerId, options);
    connect(committed, &EngineReply::finished, this,
        [this, committed, done, ref = options.repo + QLatin1Char(':') + options.tag] {
            committed->deleteLater();
            if (committed->error().isError())
                return done(committed->error());
            m_committed = ref;
            if (m_stopped) // release() removes it
                return done(Job::cancelledError());
            // What the image is made of, to find it the same on the target.
            EngineReply *inspected = ImagesApi(m_source).inspect(ref);
            connect(inspected, &EngineReply::finished, this, [this, inspected, done] {
                inspected->deleteLater();
                if (inspected->error().isError())
                    return done(inspected->error());
                m_identity = ImageIdentity::fromInspect(inspected->json().object());
                done({});
            });
        });
}

void EngineSource::dropCommitted()
{
    if (m_committed.isEmpty())
        return;
    const Done removed = flow([](const EngineError &) {});
    EngineReply *r = ImagesApi(m_source).remove(std::exchange(m_committed, QString()));
    connect(r, &EngineReply::finished, this, [r, removed] {
        r->deleteLater();
        removed({});
    });
}

void EngineSource::whenImageKnown(const Done &done)
{
    whenCommitted([this, done] { done(m_commitError); });
}

QIODevice *EngineSource::openImage(QObject *parent, qint64 *size, EngineError *)
{
    // docker save there, straight into docker load here, as soon as the commit is over.
    auto *pipe = new PipeDevice(parent);
    pipe->open(QIODevice::ReadOnly);
    QPointer<PipeDevice> guarded = pipe;
    whenCommitted([this, guarded] {
        if (!guarded)
            return;
        // No image to send: the load ends with what it has (nothing), the job with the commit's error.
        if (m_commitError.isError())
            return guarded->endWithoutSource();
        qCDebug(lcEngine) << "transfer: image stream starts";
        EngineReply *saved = ImagesApi(m_source).save({m_manifest.image});
        guarded->connectSource(saved);
        connect(saved, &EngineReply::finished, this, [this, saved] {
            saved->deleteLater();
            qCDebug(lcEngine) << "transfer: image stream ended";
            if (saved->error().isError()) {
                Q_EMIT failed(saved->error());
                return;
            }
            // Every byte of it has left: the committed image goes now, while the target loads and
            // compares (removing its layer takes a while), not after.
            dropCommitted();
        });
    });
    *size = -1;
    return pipe;
}

void EngineSource::verifyImage(const QString &image, const Done &done)
{
    whenCommitted([this, image, done] {
        if (m_commitError.isError())
            return done(m_commitError);
        // The Ids cannot be compared: the containerd image store (Docker 29, Docker Desktop) names
        // the image by its manifest's digest, the classic store and Podman by its configuration's.
        // The layers' content, platform and configuration say whether it is the same image.
        EngineReply *inspected = ImagesApi(m_target).inspect(image);
        connect(inspected, &EngineReply::finished, this, [this, inspected, done] {
            inspected->deleteLater();
            if (inspected->error().isError())
                return done(inspected->error());
            const ImageIdentity here = ImageIdentity::fromInspect(inspected->json().object());
            if (!m_identity.isValid() || here != m_identity)
                return done(EngineError(EngineError::Server,
                    Tr::tr("The image on the target differs from the one that left the source in %1. "
                           "Nothing was kept; try again.")
                        .arg(here.differences(m_identity))));
            m_verified << Tr::tr("image %1 (the same layers and configuration on both engines)")
                              .arg(here.describe());
            qCDebug(lcEngine) << "transfer: image verified";
            done({});
        });
    });
}

void EngineSource::restoreVolume(int index, const QString &to, const Done &done)
{
    const Done end = flow(done);
    const QString from = m_manifest.volumes[index].name;
    Q_EMIT progress(0, -1, Tr::tr("Copying volume %1").arg(to));
    // The archive goes from one helper straight into the other.
    const auto copy = [this, to, end](const QString &sourceHelper, const QString &targetHelper) {
        auto *pipe = new PipeDevice(this);
        pipe->open(QIODevice::ReadOnly);
        EngineReply *got = ContainersApi(m_source).archiveGet(sourceHelper, QStringLiteral("/vol/."));
        pipe->connectSource(got);
        auto sourceError = std::make_shared<EngineError>();
        connect(got, &EngineReply::finished, this, [got, sourceError] {
            got->deleteLater();
            *sourceError = got->error();
        });
        // What left the source, to compare with what the target holds after.
        auto sent = std::make_shared<TarDigest>();
        connect(pipe, &PipeDevice::passedThrough, this, [this, pipe, sent](const QByteArray &bytes) {
            sent->addData(bytes);
            Q_EMIT progress(pipe->passed(), -1, QString());
        });
        qCDebug(lcEngine) << "transfer: volume stream starts" << to;
        EngineReply *put = ContainersApi(m_target).archivePut(targetHelper, QStringLiteral("/vol"), pipe);
        connect(
            put, &EngineReply::finished, this, [this, put, pipe, sourceError, to, targetHelper, sent, end] {
                put->deleteLater();
                pipe->deleteLater();
                qCDebug(lcEngine) << "transfer: volume stream ended" << to;
                const EngineError error = sourceError->isError() ? *sourceError : put->error();
                if (error.isError() || m_stopped)
                    return end(m_stopped ? Job::cancelledError() : error);
                compare(to, targetHelper, sent, end);
            });
    };
    // A helper on each side, both made at once (over ssh each request waits for the other
    // machine). Each is kept for the cleanup as soon as it is there; the copy starts when both are.
    struct Helpers
    {
        QString source;
        QString target;
        int pending = 2;
        EngineError error;
    };
    auto helpers = std::make_shared<Helpers>();
    const auto made = [this, helpers, copy, end](bool source, const EngineError &error, const QString &id) {
        if (!id.isEmpty()) {
            (source ? m_sourceHelpers : m_targetHelpers) << id;
            (source ? helpers->source : helpers->target) = id;
        }
        if (error.isError() && !helpers->error.isError())
            helpers->error = error;
        if (--helpers->pending > 0)
            return;
        if (helpers->error.isError() || m_stopped)
            return end(m_stopped ? Job::cancelledError() : helpers->error);
        copy(helpers->source, helpers->target);
    };
    const auto makeHelper = [this, made](bool source, const QString &volume) {
        EngineClient *client = source ? m_source.data() : m_target;
        VolumeHelper::ensureImage(
            client, this, [this, client, source, volume, made](const EngineError &error) {
                if (error.isError())
                    return made(source, error, {});
                VolumeHelper::create(client, this, volume, source,
                    source ? QStringLiteral("backup") : QStringLiteral("restore"), {},
                    [source, made](const EngineError &error, const QString &id) { made(source, error, id); });
            });
    };
    makeHelper(true, from);
    makeHelper(false, to);
}

void EngineSource::compare(const QString &name, const QString &targetHelper,
    const std::shared_ptr<TarDigest> &sent, const Done &done)
{
    Q_EMIT progress(0, -1, Tr::tr("Comparing volume %1 on both engines").arg(name));
    if (m_stopped)
        return done(Job::cancelledError());
    // Every path, type, permission, size, link and content sha256 the target holds now.
    const auto judge = [this, targetHelper, sent, name, done](
                           const QByteArray &held, int heldEntries, const QString &heldError) {
        const QByteArray left = sent->finish();
        if (left.isEmpty() || held.isEmpty() || left != held)
            return done(EngineError(EngineError::Server,
                Tr::tr(
                    "Volume %1 is not the same on the target after the copy (%2 entries sent, %3 there%4). "
                    "Nothing was kept; try again.")
                    .arg(name)
                    .arg(sent->entries())
                    .arg(heldEntries)
                    .arg(sent->error().isEmpty() && heldError.isEmpty()
                            ? QString()
                            : QStringLiteral(": ") + sent->error() + heldError)));
        // An anonymous volume by the start of its id, as docker volume ls shows it.
        const QString shown = name.size() == 64 ? name.left(12) : name;
        m_verified << Tr::tr(
            "volume %1: %n entries, each file's sha256 the same on both engines", "", heldEntries)
                          .arg(shown);
        qCDebug(lcEngine) << "transfer: volume verified" << name;
        // The helper goes while the job goes on; release() and stop() wait for it.
        m_targetHelpers.removeAll(targetHelper);
        const Done removed = flow([](const EngineError &) {});
        VolumeHelper::remove(m_target, this, targetHelper, [removed] { removed({}); });
        done({});
    };
    // Read back through the archive API: where the tool cannot run, or could not.
    const auto readBack = [this, targetHelper, judge, done] {
        if (m_stopped)
            return done(Job::cancelledError());
        auto held = std::make_shared<TarDigest>();
        EngineReply *back = ContainersApi(m_target).archiveGet(targetHelper, QStringLiteral("/vol/."));
        connect(back, &EngineReply::dataReceived, this,
            [held](const QByteArray &bytes) { held->addData(bytes); });
        connect(back, &EngineReply::finished, this, [back, held, judge, done] {
            back->deleteLater();
            if (back->error().isError())
                return done(back->error());
            judge(held->finish(), held->entries(), held->error());
        });
    };
    // Read where the volume is by Berth's volume tool, so that its files do not come back over
    // the network.
    if (!VolumeTool::runsOn(m_target))
        return readBack();
    VolumeTool::listEntries(m_target, this, name,
        [this, judge, readBack, done](const EngineError &error, const QStringList &lines) {
            if (m_stopped)
                return done(Job::cancelledError());
            if (error.isError()) {
                qCInfo(lcEngine) << "the volume tool could not list the copy; reading it back:"
                                 << error.message();
                return readBack();
            }
            judge(TarDigest::digestOf(lines), int(lines.size()), QString());
        });
}

void EngineSource::stop(const std::function<void()> &then)
{
    // Once every step on its way has ended, the helpers on the target go (before the volumes
    // they hold).
    whenIdle([this, then] {
        auto pending = std::make_shared<int>(1);
        auto done = [pending, then] {
            if (--*pending == 0)
                then();
        };
        for (const QString &helper : std::exchange(m_targetHelpers, {})) {
            ++*pending;
            VolumeHelper::remove(m_target, this, helper, done);
        }
        done();
    });
}

void EngineSource::release(const std::function<void()> &then)
{
    whenIdle([this, then] { setBack(then); });
}

void EngineSource::setBack(const std::function<void()> &then)
{
    if (!m_source) {
        then();
        return;
    }
    auto steps = std::make_shared<int>(0);
    auto done = [steps, then] {
        if (--*steps == 0)
            then();
    };
    ++*steps; // held until every step is sent
    for (const QString &helper : std::exchange(m_sourceHelpers, {})) {
        ++*steps;
        VolumeHelper::remove(m_source, this, helper, done);
    }
    if (std::exchange(m_paused, false)) {
        ++*steps;
        EngineReply *r = ContainersApi(m_source).unpause(m_containerId);
        connect(r, &EngineReply::finished, this, [r, done] {
            r->deleteLater();
            done();
        });
    }
    if (!m_committed.isEmpty()) {
        ++*steps;
        EngineReply *r = ImagesApi(m_source).remove(std::exchange(m_committed, QString()));
        connect(r, &EngineReply::finished, this, [r, done] {
            r->deleteLater();
            done();
        });
    }
    done();
}
