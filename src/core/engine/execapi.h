// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/apibase.h"

#include <QStringList>

struct ExecConfig
{
    QStringList cmd;
    QStringList env;
    QString workingDir;
    QString user;
    bool tty = false;
    bool attachStdin = false;
    bool attachStdout = true;
    bool attachStderr = true;
    bool privileged = false;
};

/// Exec calls: a command run inside a running container.
class ExecApi : public ApiBase
{
public:
    using ApiBase::ApiBase;

    /// Answers {"Id": exec id}. A stopped container is refused by the engine with 409.
    EngineReply *create(const QString &containerId, const ExecConfig &config) const;
    static QString createdId(const EngineReply *reply);
    /// Hijacked stream; multiplexed unless @p tty. With @p detach the engine answers at once.
    EngineReply *start(const QString &execId, bool tty, bool detach = false) const;
    EngineReply *resize(const QString &execId, int rows, int columns) const;
    /// Running, ExitCode, Pid …
    EngineReply *inspect(const QString &execId) const;
};
