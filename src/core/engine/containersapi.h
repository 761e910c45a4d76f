// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/apibase.h"
#include "model/containerinfo.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

struct ContainerListOptions
{
    bool all = false;
    bool size = false;
    int limit = -1;
    QMap<QString, QStringList> filters;
};

struct ContainerRemoveOptions
{
    bool force = false;
    bool volumes = false; ///< also its anonymous volumes
};

struct LogsOptions
{
    bool follow = false;
    bool stdoutStream = true;
    bool stderrStream = true;
    bool timestamps = false;
    QString since; ///< unix seconds (fractions allowed)
    QString until;
    QString tail; ///< "all" or a number; empty: all
    /// A TTY container's logs are raw bytes, not frames. Decided by the container's
    /// Config.Tty, never by the answer's Content-Type.
    bool tty = false;
};

struct AttachOptions
{
    bool stream = true;
    bool stdinStream = false;
    bool stdoutStream = true;
    bool stderrStream = true;
    bool logs = false;
    QString detachKeys;
    bool tty = false;
};

struct CommitOptions
{
    QString repo;
    QString tag;
    QString comment;
    QString author;
    bool pause = true;
    QStringList changes; ///< Dockerfile instructions, e.g. CMD ["/bin/sh"]
    QJsonObject config; ///< container config overrides
};

/// Container calls, one engine request each.
class ContainersApi : public ApiBase
{
public:
    using ApiBase::ApiBase;

    EngineReply *list(const ContainerListOptions &options = {}) const;
    static QList<ContainerInfo> parseList(const QByteArray &body);
    /// Whether a container (its inspect answer) has a TTY: its logs and attach are then one
    /// raw stream, not stdout and stderr in frames.
    static bool hasTty(const QJsonObject &inspect);
    EngineReply *inspect(const QString &id, bool size = false) const;
    /// @p config is the create body: Image, Cmd, Env, HostConfig …
    EngineReply *create(const QJsonObject &config, const QString &name = QString()) const;
    EngineReply *start(const QString &id) const; ///< 304 (already running) is success
    EngineReply *stop(const QString &id, int timeoutSeconds = -1) const; ///< 304 is success
    EngineReply *restart(const QString &id, int timeoutSeconds = -1) const;
    EngineReply *pause(const QString &id) const;
    EngineReply *unpause(const QString &id) const;
    EngineReply *kill(const QString &id, const QString &signal = QString()) const;
    EngineReply *rename(const QString &id, const QString &newName) const;
    EngineReply *remove(const QString &id, const ContainerRemoveOptions &options = {}) const;
    EngineReply *prune(const QMap<QString, QStringList> &filters = {}) const;
    /// Multiplexed frames, or raw bytes for a TTY container.
    EngineReply *logs(const QString &id, const LogsOptions &options = {}) const;
    /// A tar stream of @p path inside the container.
    EngineReply *archiveGet(const QString &id, const QString &path) const;
    /// HEAD: the stat of @p path, read with parsePathStat().
    EngineReply *archiveHead(const QString &id, const QString &path) const;
    static QJsonObject parsePathStat(const EngineReply *reply);
    /// Extracts a tar (plain, gzip, bzip2 or xz) into @p path. @p tar must outlive the reply.
    /// @p copyUIDGID: the owners in the tar, not the container's root (docker cp -a).
    EngineReply *archivePut(const QString &id, const QString &path, QIODevice *tar,
        bool noOverwriteDirNonDir = true, bool copyUIDGID = false) const;
    EngineReply *archivePut(const QString &id, const QString &path, const QByteArray &tar,
        bool noOverwriteDirNonDir = true) const;
    EngineReply *commit(const QString &id, const CommitOptions &options = {}) const;
    /// Blocks in the engine until the condition holds; answers {"StatusCode": n}.
    EngineReply *wait(const QString &id, const QString &condition = QString()) const;
    /// One-shot or streaming statistics (JSON lines when streaming).
    EngineReply *stats(const QString &id, bool stream, bool oneShot = false) const;
    /// Hijacked two-way stream; multiplexed unless the container has a TTY.
    EngineReply *attach(const QString &id, const AttachOptions &options = {}) const;
    EngineReply *resize(const QString &id, int rows, int columns) const;
};
