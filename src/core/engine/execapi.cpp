// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/execapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const char *const ExecId = QT_TRANSLATE_NOOP("EngineError", "exec id");
}

EngineReply *ExecApi::create(const QString &containerId, const ExecConfig &config) const
{
    if (containerId.isEmpty())
        return refuseEmpty(QT_TRANSLATE_NOOP("EngineError", "container id or name"));
    if (config.cmd.isEmpty())
        return refuseEmpty(QT_TRANSLATE_NOOP("EngineError", "command"));
    QJsonObject body {
        {QStringLiteral("Cmd"), QJsonArray::fromStringList(config.cmd)},
        {QStringLiteral("Tty"), config.tty},
        {QStringLiteral("AttachStdin"), config.attachStdin},
        {QStringLiteral("AttachStdout"), config.attachStdout},
        {QStringLiteral("AttachStderr"), config.attachStderr},
        {QStringLiteral("Privileged"), config.privileged},
    };
    if (!config.env.isEmpty())
        body.insert(QStringLiteral("Env"), QJsonArray::fromStringList(config.env));
    if (!config.workingDir.isEmpty())
        body.insert(QStringLiteral("WorkingDir"), config.workingDir);
    if (!config.user.isEmpty())
        body.insert(QStringLiteral("User"), config.user);
    EngineRequest r
        = EngineRequest::post(QStringLiteral("/containers/") + seg(containerId) + QStringLiteral("/exec"));
    r.setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return send(r);
}

QString ExecApi::createdId(const EngineReply *reply)
{
    return reply->json().object().value(QLatin1String("Id")).toString();
}

EngineReply *ExecApi::start(const QString &execId, bool tty, bool detach) const
{
    if (execId.isEmpty())
        return refuseEmpty(ExecId);
    EngineRequest r = EngineRequest::post(QStringLiteral("/exec/") + seg(execId) + QStringLiteral("/start"),
        detach ? EngineRequest::Mode::Buffered : EngineRequest::Mode::Hijack);
    r.hijackMultiplexed = !tty;
    r.setJsonBody(
        QJsonDocument(QJsonObject {{QStringLiteral("Detach"), detach}, {QStringLiteral("Tty"), tty}})
            .toJson(QJsonDocument::Compact));
    return send(r);
}

EngineReply *ExecApi::resize(const QString &execId, int rows, int columns) const
{
    if (execId.isEmpty())
        return refuseEmpty(ExecId);
    EngineRequest r = EngineRequest::post(QStringLiteral("/exec/") + seg(execId) + QStringLiteral("/resize"));
    r.addQuery(QStringLiteral("h"), QString::number(rows));
    r.addQuery(QStringLiteral("w"), QString::number(columns));
    return send(r);
}

EngineReply *ExecApi::inspect(const QString &execId) const
{
    if (execId.isEmpty())
        return refuseEmpty(ExecId);
    return send(EngineRequest::get(QStringLiteral("/exec/") + seg(execId) + QStringLiteral("/json")));
}
