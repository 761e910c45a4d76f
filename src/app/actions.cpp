// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/actions.h"

#include "app/actioncontext.h"
#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/networksapi.h"
#include "engine/volumesapi.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>

Actions::Actions(ActionContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(context, &ActionContext::succeeded, this, &Actions::succeeded);
    connect(context, &ActionContext::failed, this, &Actions::failed);
}

CommandHistoryModel *Actions::history() const
{
    return m_context->history();
}

JobsModel *Actions::jobs() const
{
    return m_context->jobs();
}

void Actions::inspect(const QString &kind, const QString &key)
{
    EngineClient *client = m_context->client();
    EngineReply *reply = kind == QLatin1String("image") ? ImagesApi(client).inspect(key)
        : kind == QLatin1String("volume")               ? VolumesApi(client).inspect(key)
        : kind == QLatin1String("network")              ? NetworksApi(client).inspect(key)
                                                        : ContainersApi(client).inspect(key);
    connect(reply, &EngineReply::finished, this, [this, reply, kind, key] {
        reply->deleteLater();
        const QString text = reply->error().isError()
            ? reply->error().toString()
            : QString::fromUtf8(QJsonDocument::fromJson(reply->body()).toJson(QJsonDocument::Indented));
        Q_EMIT inspected(kind, key, text);
    });
}

void Actions::copyToClipboard(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

QString Actions::localPath(const QUrl &url) const
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}
