// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/volumehelper.h"

#include "archive/tarnumber.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/volumesapi.h"
#include "jobs/importjournal.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <memory>
#include <unistd.h>

namespace VolumeHelper {

namespace {

/// Runs @p then once @p reply finished, in @p context, and deletes the reply.
template<typename F> void whenFinished(EngineReply *reply, QObject *context, F then)
{
    QObject::connect(reply, &EngineReply::finished, context, [reply, then] {
        reply->deleteLater();
        then(reply);
    });
}

bool makerIsGone(const QString &owner)
{
    const QString host = owner.section(QLatin1Char(':'), 0, -2);
    bool ok = false;
    const qint64 pid = owner.section(QLatin1Char(':'), -1).toLongLong(&ok);
    // Another host's helper: its maker may be running there.
    if (!ok || host != QHostInfo::localHostName())
        return false;
    return pid != ::getpid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

bool ownerIsGone(const QString &owner)
{
    return makerIsGone(owner);
}

QString owner()
{
    return QHostInfo::localHostName() + QLatin1Char(':') + QString::number(::getpid());
}

void ensureImage(EngineClient *client, QObject *context, const Done &done)
{
    whenFinished(ImagesApi(client).inspect(QString::fromLatin1(Image)), context,
        [client, context, done](EngineReply *inspected) {
            if (!inspected->error().isError() || inspected->error().kind() != EngineError::NotFound) {
                done(inspected->error());
                return;
            }
            // An image with no files at all, from an empty tar: nothing to pull, nothing to run.
            // The tag inside repo: Podman ignores a separate tag parameter on import.
            ImageImportOptions options;
            options.repo = QString::fromLatin1(Image);
            options.changes << QStringLiteral("LABEL %1=image").arg(QString::fromLatin1(Label));
            whenFinished(ImagesApi(client).importTar(QByteArray(1024, '\0'), options), context,
                [done](EngineReply *imported) { done(imported->error()); });
        });
}

void create(EngineClient *client, QObject *context, const QString &volume, bool readOnly,
    const QString &purpose, const QJsonObject &labels,
    const std::function<void(const EngineError &, const QString &id)> &done)
{
    QJsonObject allLabels = labels;
    allLabels.insert(QString::fromLatin1(Label), purpose);
    allLabels.insert(QString::fromLatin1(OwnerLabel), owner());
    QJsonObject hostConfig {{QStringLiteral("NetworkMode"), QStringLiteral("none")}};
    if (volume.startsWith(QLatin1Char('/'))) {
        // A folder of the engine's machine: a bind mount, which (unlike -v) is never made up when
        // the folder is missing.
        hostConfig.insert(QStringLiteral("Mounts"),
            QJsonArray {QJsonObject {{QStringLiteral("Type"), QStringLiteral("bind")},
                {QStringLiteral("Source"), volume}, {QStringLiteral("Target"), QStringLiteral("/vol")},
                {QStringLiteral("ReadOnly"), readOnly}}});
    } else {
        hostConfig.insert(QStringLiteral("Binds"),
            QJsonArray {volume + (readOnly ? QStringLiteral(":/vol:ro") : QStringLiteral(":/vol"))});
    }
    const QJsonObject config {{QStringLiteral("Image"), QString::fromLatin1(Image)},
        {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("none")}}, {QStringLiteral("Labels"), allLabels},
        {QStringLiteral("HostConfig"), hostConfig}};
    const QString name = QStringLiteral("berth-") + purpose + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::Id128).left(12);
    whenFinished(ContainersApi(client).create(config, name), context, [done](EngineReply *created) {
        done(created->error(), created->json().object().value(QLatin1String("Id")).toString());
    });
}

void remove(EngineClient *client, QObject *context, const QString &id, const std::function<void()> &done)
{
    if (id.isEmpty()) {
        done();
        return;
    }
    ContainerRemoveOptions options;
    options.force = true;
    whenFinished(ContainersApi(client).remove(id, options), context, [done](EngineReply *) { done(); });
}

qint64 countTarEntries(const QByteArray &tar, qint64 atLeast, bool *ended)
{
    *ended = false;
    qint64 entries = 0;
    qint64 pos = 0;
    while (pos + 512 <= tar.size()) {
        const char *header = tar.constData() + pos;
        if (std::all_of(header, header + 512, [](char c) { return c == 0; })) {
            *ended = true;
            return entries;
        }
        const char type = header[156];
        // A damaged size (negative, or not a number) would move backwards or nowhere.
        const qint64 size = tarNumber(header + 124, 12);
        if (size < 0)
            return -1;
        pos += 512 + (size + 511) / 512 * 512;
        // PAX and GNU long-name headers describe the next entry; they are not entries.
        if (type == 'x' || type == 'g' || type == 'L' || type == 'K')
            continue;
        if (++entries >= atLeast)
            return entries;
    }
    return -1;
}

void isEmpty(EngineClient *client, QObject *context, const QString &id,
    const std::function<void(const EngineError &, bool empty)> &done)
{
    EngineReply *reply = ContainersApi(client).archiveGet(id, QStringLiteral("/vol/."));
    auto buffer = std::make_shared<QByteArray>();
    auto answered = std::make_shared<bool>(false);
    QObject::connect(
        reply, &EngineReply::dataReceived, context, [reply, buffer, answered, done](const QByteArray &b) {
            if (*answered)
                return;
            buffer->append(b);
            bool ended = false;
            // "./" is the volume itself; a second entry is content.
            const qint64 n = countTarEntries(*buffer, 2, &ended);
            if (n < 0)
                return;
            *answered = true;
            reply->abort();
            done(EngineError(), n < 2);
        });
    whenFinished(reply, context, [buffer, answered, done](EngineReply *r) {
        if (*answered)
            return;
        *answered = true;
        if (r->error().isError()) {
            done(r->error(), false);
            return;
        }
        bool ended = false;
        done(EngineError(), countTarEntries(*buffer, 2, &ended) < 2);
    });
}

void users(EngineClient *client, QObject *context, const QStringList &volumes,
    const std::function<void(const EngineError &, const QList<User> &)> &done)
{
    ContainerListOptions options;
    options.all = true;
    // The engine filters by volume name; a host folder's users are found by their mounts' source.
    const bool folders = std::any_of(
        volumes.begin(), volumes.end(), [](const QString &v) { return v.startsWith(QLatin1Char('/')); });
    if (!folders)
        options.filters.insert(QStringLiteral("volume"), volumes); // any of them
    whenFinished(ContainersApi(client).list(options), context, [done, folders, volumes](EngineReply *listed) {
        QList<User> out;
        for (const QJsonValue &v : listed->json().array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("Labels")).toObject().contains(QLatin1String(Label)))
                continue;
            if (folders) {
                const QJsonArray mounts = o.value(QLatin1String("Mounts")).toArray();
                const bool uses = std::any_of(mounts.begin(), mounts.end(), [&](const QJsonValue &m) {
                    const QJsonObject mount = m.toObject();
                    return volumes.contains(mount.value(QLatin1String("Name")).toString())
                        || volumes.contains(mount.value(QLatin1String("Source")).toString());
                });
                if (!uses)
                    continue;
            }
            QString name = o.value(QLatin1String("Names")).toArray().first().toString();
            if (name.startsWith(QLatin1Char('/')))
                name.remove(0, 1);
            out.append(
                {o.value(QLatin1String("Id")).toString(), name, o.value(QLatin1String("State")).toString()});
        }
        done(listed->error(), out);
    });
}

void removeLeftovers(EngineClient *client, QObject *context,
    const std::function<void(int helpers, const ImportJournal::Outcome &imports)> &finished)
{
    // Helpers first, then what an import cut short had made.
    const auto done = [client, context, finished](int helpers) {
        ImportJournal::rollBackLeftovers(client, context,
            [finished, helpers](const ImportJournal::Outcome &imports) { finished(helpers, imports); });
    };
    ContainerListOptions options;
    options.all = true;
    options.filters.insert(QStringLiteral("label"), {QString::fromLatin1(Label)});
    whenFinished(ContainersApi(client).list(options), context, [client, context, done](EngineReply *listed) {
        QList<QPair<QString, QString>> gone; // helper id, volume its restore created
        for (const QJsonValue &v : listed->json().array()) {
            const QJsonObject labels = v.toObject().value(QLatin1String("Labels")).toObject();
            if (makerIsGone(labels.value(QLatin1String(OwnerLabel)).toString()))
                gone.append({v.toObject().value(QLatin1String("Id")).toString(),
                    labels.value(QLatin1String(CreatedVolumeLabel)).toString()});
        }
        if (gone.isEmpty()) {
            done(0);
            return;
        }
        auto left = std::make_shared<int>(int(gone.size()));
        for (const auto &[id, volume] : gone) {
            remove(client, context, id,
                [client, context, done, left, volume = volume, count = int(gone.size())] {
                    auto finished = [done, left, count] {
                        if (--*left == 0)
                            done(count);
                    };
                    if (volume.isEmpty()) {
                        finished();
                        return;
                    }
                    whenFinished(VolumesApi(client).remove(volume), context,
                        [finished](EngineReply *) { finished(); });
                });
        }
    });
}

} // namespace VolumeHelper
