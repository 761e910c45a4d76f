// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/volumetool.h"

#include "archive/tarbuilder.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/multiplexeddecoder.h"
#include "jobs/volumehelper.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VolumeTool)
};

constexpr const char *Program = "berth-volume-tool";
constexpr const char *List = "berth-remove-list";

template<typename F> void whenFinished(EngineReply *reply, QObject *context, F then)
{
    QObject::connect(reply, &EngineReply::finished, context, [reply, then] {
        reply->deleteLater();
        then(reply);
    });
}

/// The tool image, made from a tar holding the one program unless the engine has it.
void ensureImage(EngineClient *client, QObject *context, const std::function<void(const EngineError &)> &done)
{
    whenFinished(ImagesApi(client).inspect(VolumeTool::imageName()), context,
        [client, context, done](EngineReply *inspected) {
            if (inspected->error().kind() != EngineError::NotFound) {
                done(inspected->error());
                return;
            }
            TarBuilder tar;
            tar.addFile(QString::fromLatin1(Program), VolumeTool::binary(), 0755);
            ImageImportOptions options;
            options.repo = VolumeTool::imageName();
            options.changes << QStringLiteral("LABEL %1=image").arg(QString::fromLatin1(VolumeHelper::Label));
            whenFinished(ImagesApi(client).importTar(tar.finish(), options), context,
                [done](EngineReply *imported) { done(imported->error()); });
        });
}

/// What the tool wrote on stderr, for the error.
QString said(const QByteArray &logs)
{
    MultiplexedDecoder decoder;
    QByteArray text;
    for (const MultiplexedDecoder::Frame &frame : decoder.feed(logs))
        text += frame.data;
    return QString::fromUtf8(text.left(2000)).trimmed();
}

} // namespace

namespace VolumeTool {

QString architecture()
{
#if defined(__x86_64__)
    return QStringLiteral("amd64");
#elif defined(__aarch64__)
    return QStringLiteral("arm64");
#elif defined(__arm__)
    return QStringLiteral("arm");
#elif defined(__i386__)
    return QStringLiteral("386");
#elif defined(__powerpc64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return QStringLiteral("ppc64le");
#elif defined(__s390x__)
    return QStringLiteral("s390x");
#elif defined(__riscv) && __riscv_xlen == 64
    return QStringLiteral("riscv64");
#else
    return QStringLiteral("unknown");
#endif
}

QString imageName()
{
    static const QString name = QStringLiteral("berth-helper:tool-")
        + QString::fromLatin1(
            QCryptographicHash::hash(binary(), QCryptographicHash::Sha256).toHex().left(12));
    return name;
}

bool runsOn(const EngineClient *client, QString *why)
{
    // Engines name architectures as Go does; Podman says x86_64 in some versions.
    QString arch = client->info().arch;
    if (arch == QLatin1String("x86_64"))
        arch = QStringLiteral("amd64");
    else if (arch == QLatin1String("aarch64"))
        arch = QStringLiteral("arm64");
    if (arch == architecture() && client->info().os != QLatin1String("windows"))
        return true;
    if (why)
        *why = Tr::tr("the engine runs on %1/%2, and Berth's volume tool is built for linux/%3")
                   .arg(client->info().os, client->info().arch, architecture());
    return false;
}

void removePaths(EngineClient *client, QObject *context, const QString &volume, const QStringList &paths,
    const std::function<void(const EngineError &)> &done)
{
    if (paths.isEmpty()) {
        done(EngineError());
        return;
    }
    QString why;
    if (!runsOn(client, &why)) {
        done(EngineError(EngineError::InvalidArgument, why));
        return;
    }
    ensureImage(client, context, [client, context, volume, paths, done](const EngineError &error) {
        if (error.isError()) {
            done(error);
            return;
        }
        const QJsonObject config {{QStringLiteral("Image"), imageName()},
            {QStringLiteral("Cmd"),
                QJsonArray {QLatin1Char('/') + QString::fromLatin1(Program), QStringLiteral("remove"),
                    QStringLiteral("/vol"), QLatin1Char('/') + QString::fromLatin1(List)}},
            {QStringLiteral("User"), QStringLiteral("0")},
            {QStringLiteral("Labels"),
                QJsonObject {{QString::fromLatin1(VolumeHelper::Label), QStringLiteral("tool")},
                    {QString::fromLatin1(VolumeHelper::OwnerLabel), VolumeHelper::owner()}}},
            {QStringLiteral("HostConfig"),
                QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")},
                    {QStringLiteral("Binds"), QJsonArray {volume + QStringLiteral(":/vol")}}}}};
        const QString name
            = QStringLiteral("berth-tool-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        whenFinished(ContainersApi(client).create(config, name), context,
            [client, context, paths, done](EngineReply *created) {
                if (created->error().isError()) {
                    done(created->error());
                    return;
                }
                const QString id = created->json().object().value(QLatin1String("Id")).toString();
                // Ends with the helper removed, whatever happened.
                const auto finish = [client, context, id, done](const EngineError &error) {
                    VolumeHelper::remove(client, context, id, [done, error] { done(error); });
                };
                QByteArray list;
                for (const QString &p : paths)
                    list += p.toUtf8() + '\0';
                TarBuilder tar;
                tar.addFile(QString::fromLatin1(List), list, 0600);
                whenFinished(ContainersApi(client).archivePut(id, QStringLiteral("/"), tar.finish()), context,
                    [client, context, id, finish](EngineReply *put) {
                        if (put->error().isError())
                            return finish(put->error());
                        whenFinished(ContainersApi(client).start(id), context,
                            [client, context, id, finish](EngineReply *started) {
                                if (started->error().isError())
                                    return finish(started->error());
                                whenFinished(ContainersApi(client).wait(id), context,
                                    [client, context, id, finish](EngineReply *waited) {
                                        if (waited->error().isError())
                                            return finish(waited->error());
                                        const int status = waited->json()
                                                               .object()
                                                               .value(QLatin1String("StatusCode"))
                                                               .toInt(-1);
                                        if (status == 0)
                                            return finish(EngineError());
                                        LogsOptions options;
                                        options.stdoutStream = false;
                                        whenFinished(ContainersApi(client).logs(id, options), context,
                                            [finish, status](EngineReply *logs) {
                                                finish(EngineError(EngineError::Server,
                                                    Tr::tr("Berth's volume tool could not remove everything "
                                                           "(exit %1): %2")
                                                        .arg(status)
                                                        .arg(said(logs->body()))));
                                            });
                                    });
                            });
                    });
            });
    });
}

} // namespace VolumeTool
