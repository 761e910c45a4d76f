// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/volumetool.h"

#include "archive/tarbuilder.h"
#include "archive/tarnumber.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginelogging.h"
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
/// The most of a tool's answer read (a listing: about 150 bytes per entry).
constexpr qsizetype MaxAnswer = qsizetype(512) << 20;

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

namespace {

/// What a run of the tool ended with: an error (the engine's, or the tool's non-zero exit with
/// what it said), and the file it was asked to write, when there is one.
using RunDone = std::function<void(const EngineError &error, int status, const QByteArray &output)>;

/// The one file a tar of the archive API holds (its PAX records skipped), or "" with @p ok false.
QByteArray onlyFile(const QByteArray &tar, bool *ok)
{
    *ok = false;
    qint64 at = 0;
    while (at + 512 <= tar.size()) {
        const char *header = tar.constData() + at;
        const qint64 size = tarNumber(header + 124, 12);
        if (size < 0 || at + 512 + size > tar.size())
            return {};
        const char type = header[156];
        if (type == '0' || type == 0) {
            *ok = true;
            return tar.mid(at + 512, size);
        }
        if (type != 'x' && type != 'g')
            return {};
        at += 512 + (size + 511) / 512 * 512;
    }
    return {};
}

/// Runs the tool on @p volume with @p args; @p upload (a tar) goes to its / first, and the file
/// @p output it writes comes back. A non-zero exit is @p failure's words ("… (exit %1): %2",
/// with what the tool said). The volume is mounted read-only when @p readOnly. The helper
/// container is removed whatever happens.
void runTool(EngineClient *client, QObject *context, const QString &volume, const QStringList &args,
    const QByteArray &upload, const QString &output, const QString &failure, const RunDone &done,
    bool readOnly = false)
{
    QString why;
    if (!runsOn(client, &why)) {
        done(EngineError(EngineError::InvalidArgument, why), -1, {});
        return;
    }
    ensureImage(client, context,
        [client, context, volume, args, upload, output, failure, done, readOnly](const EngineError &error) {
            if (error.isError()) {
                done(error, -1, {});
                return;
            }
            QJsonArray command {QLatin1Char('/') + QString::fromLatin1(Program)};
            for (const QString &arg : args)
                command << arg;
            const QJsonObject config {{QStringLiteral("Image"), imageName()},
                {QStringLiteral("Cmd"), command}, {QStringLiteral("User"), QStringLiteral("0")},
                {QStringLiteral("Labels"),
                    QJsonObject {{QString::fromLatin1(VolumeHelper::Label), QStringLiteral("tool")},
                        {QString::fromLatin1(VolumeHelper::OwnerLabel), VolumeHelper::owner()}}},
                {QStringLiteral("HostConfig"),
                    QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")},
                        {QStringLiteral("Binds"),
                            QJsonArray {volume
                                + (readOnly ? QStringLiteral(":/vol:ro") : QStringLiteral(":/vol"))}}}}};
            const QString name
                = QStringLiteral("berth-tool-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
            whenFinished(ContainersApi(client).create(config, name), context,
                [client, context, upload, output, failure, done](EngineReply *created) {
                    if (created->error().isError()) {
                        done(created->error(), -1, {});
                        return;
                    }
                    const QString id = created->json().object().value(QLatin1String("Id")).toString();
                    // Ends with the helper removed, whatever happened.
                    const auto finish = [client, context, id, done](
                                            const EngineError &error, int status, const QByteArray &out) {
                        VolumeHelper::remove(
                            client, context, id, [done, error, status, out] { done(error, status, out); });
                    };
                    const auto collect = [client, context, id, output, failure, finish](int status) {
                        if (status != 0) {
                            LogsOptions options;
                            options.stdoutStream = false;
                            whenFinished(ContainersApi(client).logs(id, options), context,
                                [finish, status, failure](EngineReply *logs) {
                                    finish(EngineError(EngineError::Server,
                                               QString(failure).arg(status).arg(said(logs->body()))),
                                        status, {});
                                });
                            return;
                        }
                        if (output.isEmpty())
                            return finish(EngineError(), 0, {});
                        // The answer streams: gathered here, about 150 bytes per entry (capped).
                        EngineReply *got = ContainersApi(client).archiveGet(id, output);
                        auto tar = std::make_shared<QByteArray>();
                        QObject::connect(
                            got, &EngineReply::dataReceived, context, [tar](const QByteArray &bytes) {
                                if (tar->size() < MaxAnswer)
                                    tar->append(bytes);
                            });
                        whenFinished(got, context, [finish, tar](EngineReply *reply) {
                            if (reply->error().isError())
                                return finish(reply->error(), 0, {});
                            bool ok = false;
                            const QByteArray answer = *tar + reply->body();
                            const QByteArray file = onlyFile(answer, &ok);
                            if (!ok) {
                                // What came, for a report: its size and the first header's type.
                                qCWarning(lcEngine).noquote()
                                    << "volume tool answer:" << answer.size() << "bytes, type"
                                    << (answer.size() > 156 ? QByteArray(1, answer.at(156)).toHex() : "none")
                                    << "size field" << (answer.size() >= 136 ? answer.mid(124, 12) : "none");
                                return finish(EngineError(EngineError::Server,
                                                  Tr::tr("The engine sent the volume tool's answer in a form "
                                                         "Berth cannot read (%1 bytes).")
                                                      .arg(answer.size())),
                                    0, {});
                            }
                            finish(EngineError(), 0, file);
                        });
                    };
                    const auto start = [client, context, id, finish, collect] {
                        whenFinished(ContainersApi(client).start(id), context,
                            [client, context, id, finish, collect](EngineReply *started) {
                                if (started->error().isError())
                                    return finish(started->error(), -1, {});
                                whenFinished(ContainersApi(client).wait(id), context,
                                    [finish, collect](EngineReply *waited) {
                                        if (waited->error().isError())
                                            return finish(waited->error(), -1, {});
                                        collect(waited->json()
                                                    .object()
                                                    .value(QLatin1String("StatusCode"))
                                                    .toInt(-1));
                                    });
                            });
                    };
                    if (upload.isEmpty())
                        return start();
                    whenFinished(ContainersApi(client).archivePut(id, QStringLiteral("/"), upload), context,
                        [finish, start](EngineReply *put) {
                            if (put->error().isError())
                                return finish(put->error(), -1, {});
                            start();
                        });
                });
        });
}

} // namespace

void removePaths(EngineClient *client, QObject *context, const QString &volume, const QStringList &paths,
    const std::function<void(const EngineError &)> &done)
{
    if (paths.isEmpty()) {
        done(EngineError());
        return;
    }
    QByteArray list;
    for (const QString &p : paths)
        list += p.toUtf8() + '\0';
    TarBuilder tar;
    tar.addFile(QString::fromLatin1(List), list, 0600);
    runTool(client, context, volume,
        {QStringLiteral("remove"), QStringLiteral("/vol"), QLatin1Char('/') + QString::fromLatin1(List)},
        tar.finish(), {}, Tr::tr("Berth's volume tool could not remove everything (exit %1): %2"),
        [done](const EngineError &error, int, const QByteArray &) { done(error); });
}

void listEntries(EngineClient *client, QObject *context, const QString &volume,
    const std::function<void(const EngineError &, const QStringList &)> &done)
{
    runTool(client, context, volume,
        {QStringLiteral("digest"), QStringLiteral("/vol"), QStringLiteral("/berth-digest")}, {},
        QStringLiteral("/berth-digest"),
        Tr::tr("Berth's volume tool could not read all of the volume (exit %1): %2"),
        [done](const EngineError &error, int, const QByteArray &output) {
            QStringList lines;
            if (!error.isError()) {
                for (const QByteArray &record : output.split('\0')) {
                    if (!record.isEmpty())
                        lines << QString::fromUtf8(record);
                }
            }
            done(error, lines);
        });
}

bool parseFolderListing(const QByteArray &output, QList<TarEntry> *entries, QString *error)
{
    entries->clear();
    const auto bad = [entries, error](const QString &why) {
        entries->clear();
        *error = why;
        return false;
    };
    qsizetype at = 0;
    // The next NUL-ended field, at most @p limit bytes, or false.
    const auto next = [&output, &at](qsizetype limit, QByteArray *field) {
        const qsizetype end = output.indexOf('\0', at);
        if (end < 0 || end - at > limit)
            return false;
        *field = output.mid(at, end - at);
        at = end + 1;
        return true;
    };
    QByteArray head, name, link;
    while (at < output.size()) {
        if (entries->size() >= MaxListedEntries)
            return bad(Tr::tr("it names more than %1 entries").arg(MaxListedEntries));
        if (!next(120, &head) || !next(MaxNameBytes, &name) || !next(MaxNameBytes, &link))
            return bad(Tr::tr("entry %1 is cut short or too long").arg(entries->size() + 1));
        const QList<QByteArray> fields = head.split(' ');
        bool ok[6] = {};
        if (fields.size() != 6 || fields[0].size() != 1)
            return bad(Tr::tr("entry %1 has no proper header").arg(entries->size() + 1));
        TarEntry entry;
        const char type = fields[0].at(0);
        if (!QByteArrayView("023456").contains(type))
            return bad(Tr::tr("entry %1 has an unknown type").arg(entries->size() + 1));
        entry.type = TarEntry::Type(type);
        const qint64 mode = fields[1].toLongLong(&ok[1], 8);
        entry.size = fields[2].toLongLong(&ok[2]);
        entry.uid = fields[3].toLongLong(&ok[3]);
        entry.gid = fields[4].toLongLong(&ok[4]);
        entry.modified = fields[5].toLongLong(&ok[5]);
        for (int i = 1; i < 6; ++i) {
            if (!ok[i] || fields[i].startsWith('-') || fields[i].startsWith('+'))
                return bad(Tr::tr("entry %1 has a number that is not one").arg(entries->size() + 1));
        }
        if (mode > 07777 || (type != '0' && entry.size != 0))
            return bad(Tr::tr("entry %1 has a number out of range").arg(entries->size() + 1));
        entry.mode = int(mode);
        if (name.isEmpty() || name == "." || name == ".." || name.contains('/'))
            return bad(Tr::tr("entry %1 is not a name in one folder").arg(entries->size() + 1));
        if (type != '2' && !link.isEmpty())
            return bad(Tr::tr("entry %1 has a link target but is no link").arg(entries->size() + 1));
        entry.rawPath = name;
        entry.path = QString::fromUtf8(name);
        entry.linkTarget = QString::fromUtf8(link);
        entries->append(entry);
    }
    return true;
}

void listFolder(EngineClient *client, QObject *context, const QString &volume, const QString &folder,
    const std::function<void(const EngineError &, const QList<TarEntry> &)> &done)
{
    runTool(
        client, context, volume,
        {QStringLiteral("list"), QStringLiteral("/vol"), folder.isEmpty() ? QStringLiteral("/") : folder,
            QStringLiteral("/berth-list")},
        {}, QStringLiteral("/berth-list"),
        Tr::tr("Berth's volume tool could not read the folder (exit %1): %2"),
        [done, folder](const EngineError &error, int status, const QByteArray &output) {
            if (status == 3) { // not there, or not a folder
                done(EngineError(EngineError::NotFound, error.message()), {});
                return;
            }
            if (error.isError()) {
                done(error, {});
                return;
            }
            QList<TarEntry> entries;
            QString why;
            if (!parseFolderListing(output, &entries, &why)) {
                done(EngineError::protocol(
                         Tr::tr("Berth's volume tool sent a damaged list of %1: %2.").arg(folder, why)),
                    {});
                return;
            }
            done(EngineError(), entries);
        },
        true);
}

} // namespace VolumeTool
