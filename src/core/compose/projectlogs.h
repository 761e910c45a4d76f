// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/composeproject.h"
#include "engine/containersapi.h"
#include "engine/engineerror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>

class EngineClient;
class EngineReply;

/// One line of a project's merged logs.
struct ProjectLogLine
{
    int source = 0; ///< which container: an index into ProjectLogs::names()
    qint64 timeNs = -1; ///< the engine's timestamp, nanoseconds since the epoch
    QByteArray timestamp; ///< as the engine wrote it (for -t)
    QByteArray text; ///< without its newline
    bool stderrStream = false;
};

/**
 * The logs of every container of a project, as one stream, as docker compose logs reads them:
 * one log request per container (the engine's timestamps always asked for). Without follow the
 * lines are merged in time order as they come (each container's stream is in order, so a line
 * goes once every other stream has one waiting or has ended; a stream far ahead is paused).
 * With follow, what was written until the start is read that way first, then every container
 * is followed from that time on and each line goes as it comes. Lines longer than MaxLine are
 * cut there.
 */
class ProjectLogs : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxLine = 1 << 20;

    /// @p options: follow, tail, since, until; timestamps and tty are set per container.
    ProjectLogs(EngineClient *client, const ComposeProject &project, const LogsOptions &options,
        QObject *parent = nullptr);
    ~ProjectLogs() override;

    /// The containers' names in the logs (ComposeProject::logName), in the project's order.
    QStringList names() const { return m_names; }
    /// The width docker compose pads a name to: the longest name and one more.
    int nameWidth() const;
    /// "web-1  | ": the name padded to nameWidth(), then " | ".
    QString prefix(int source) const;

    void start();
    void stop();
    bool isFinished() const { return m_finished; }
    EngineError error() const { return m_error; }

Q_SIGNALS:
    void linesReady(const QList<ProjectLogLine> &lines);
    /// Every stream ended (never with follow while a container runs), or one failed (error()).
    void finished();

private:
    struct Source
    {
        QString id;
        bool tty = false;
        QPointer<EngineReply> reply;
        QByteArray open[2]; ///< a line not yet ended, per stream
        std::deque<ProjectLogLine> waiting; ///< complete lines not yet merged
        bool ended = false;
    };
    void open(int index);
    void take(int index, bool stderrStream, QByteArrayView bytes);
    void endLine(int index, bool stderrStream, QByteArray line);
    void ended(int index, EngineReply *reply);
    void merge();
    void finish(const EngineError &error = {});

    EngineClient *m_client;
    LogsOptions m_options;
    QStringList m_names;
    QList<Source> m_sources;
    EngineError m_error;
    bool m_finished = false;
    bool m_following = false; ///< the backlog is out; lines now go as they come
    QString m_backlogEnd; ///< with follow: the time the backlog ends and following starts
};
