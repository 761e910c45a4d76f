// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl images.
#include "cli/cli.h"
#include "cli/options.h"

#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "model/displayformat.h"
#include "model/imagereference.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Cli;

int cmdImages(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl images [--format json]"));
    options.value({"--format"});
    if (!options.parse(args))
        return failWith(options.error());
    if (!options.positional().isEmpty()
        || options.value("--format", QStringLiteral("json")) != QLatin1String("json"))
        return failWith(options.usageError());
    const bool json = options.isSet("--format");
    EngineReply *reply = ImagesApi(&client).list();
    QString error;
    if (!finish(reply, &error))
        return failWith(error);
    const QList<ImageInfo> images = ImagesApi::parseList(reply->body());
    if (json) {
        for (const QJsonValue &v : reply->json().array())
            out() << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<QStringList> rows {{QStringLiteral("REPOSITORY"), QStringLiteral("TAG"), QStringLiteral("IMAGE ID"),
        QStringLiteral("CREATED"), QStringLiteral("SIZE")}};
    for (const ImageInfo &i : images) {
        const QString created = DisplayFormat::humanDuration(now - i.created) + QStringLiteral(" ago");
        const QStringList tags
            = i.repoTags.isEmpty() ? QStringList {QStringLiteral("<none>:<none>")} : i.repoTags;
        for (const QString &t : tags) {
            const ImageReference reference = ImageReference::parse(t);
            rows << QStringList {reference.repository(), reference.tag(), i.shortId(), created,
                DisplayFormat::humanSize(i.size)};
        }
    }
    out() << DisplayFormat::table(rows);
    return 0;
}
