// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/logmodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class EngineClient;
class EngineReply;

/**
 * One container's log in a viewer: streams GET /containers/{id}/logs (the last lines, then
 * follows) into a LogModel. The engine's timestamps give each line its time and the cursors for
 * "load earlier" and for resuming. While following, it also watches the container's start
 * events: when it stops and starts again, the session follows the new run from where it left off.
 *
 * A still log (the container is not running) is asked for whole without timestamps while no
 * one wants the times: the engine writes a million lines a fifth faster so. Such a load is
 * checked afterwards (the container has not started since, by its StartedAt) and the last
 * message's time asked on its own as the cursor; had it started, the load is done again with
 * the times.
 */
class LogSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(LogModel *model READ model CONSTANT)
    Q_PROPERTY(QString containerId READ containerId CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(bool follow READ follow WRITE setFollow NOTIFY followChanged)
    Q_PROPERTY(bool tty READ tty NOTIFY stateChanged)
    Q_PROPERTY(bool hasEarlier READ hasEarlier NOTIFY stateChanged)
    Q_PROPERTY(QString since READ since NOTIFY stateChanged)
    /// The last lines asked for, -1 for all (since a time, or after "Load all").
    Q_PROPERTY(int tail READ tail NOTIFY stateChanged)
    /// Whether the lines' times are wanted (a time column shown, or copied and saved with them).
    Q_PROPERTY(bool timestamps READ timestamps WRITE setTimestamps NOTIFY timestampsChanged)

public:
    enum State {
        Idle,
        Loading, ///< asking for the lines
        Following, ///< the lines so far are in; new ones arrive as written
        Loaded, ///< everything asked for is in (not following, or the container is not running)
        Stopped, ///< was following; the container stopped; resumes when it starts again
        Failed,
    };
    Q_ENUM(State)

    static constexpr int DefaultTail = 1000;
    /// How often arriving lines become rows, at most.
    static constexpr int CommitIntervalMs = 50;
    /// The same while the lines the engine already had are coming.
    static constexpr int BacklogCommitIntervalMs = 500;

    LogSession(EngineClient *client, const QString &containerId, QObject *parent = nullptr);
    ~LogSession() override;

    LogModel *model() { return &m_model; }
    QString containerId() const { return m_id; }
    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    bool follow() const { return m_follow; }
    void setFollow(bool follow);
    bool tty() const { return m_tty; }
    /// Whether lines before the first one shown may exist (the tail cut them off).
    bool hasEarlier() const { return m_hasEarlier; }
    QString since() const { return m_sinceText; }
    int tail() const { return m_tail; }
    bool timestamps() const { return m_timesWanted; }
    /// Wanting them while some lines came without (see above) loads the log again with them.
    void setTimestamps(bool wanted);

    /// Starts (again): the last @p tail lines (all with a negative number), or those since
    /// @p since (what a user types: 10m, 2h, a date; see LogTime::toEngine). Returns an error
    /// for a since that is not a time, before anything changes.
    Q_INVOKABLE QString start(int tail = DefaultTail, const QString &since = QString());
    /// The @p count lines before the first one shown (all of them with a negative count).
    Q_INVOKABLE void loadEarlier(int count = DefaultTail);
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void stateChanged();
    void followChanged();
    void timestampsChanged();

private:
    void setState(State state, const QString &error = QString());
    /// start() after its checks: with the times when @p withTimes, else as the log allows.
    void begin(bool withTimes);
    void openLog(bool resume);
    /// Whether a whole answer may come without timestamps (see the class comment).
    bool stillLogWithoutTimes() const;
    /// After an answer without times: asks the last message's time (@p cursor) and whether the
    /// container is still as it was when the shown lines came; then @p still, or @p moved (told
    /// whether a start event came meanwhile, which it then has to follow).
    void confirmStill(bool cursor, std::function<void()> still, std::function<void(bool startedAgain)> moved);
    void loadAllWithoutTimes();
    void streamEnded();
    void take(LogBuffer::Stream stream, QByteArrayView message);
    void takeRaw(QByteArrayView bytes);
    void onLogEnded(EngineReply *reply);
    void watchForStart();
    void backlogTaken();
    void batchTaken();
    void dropReply(QPointer<EngineReply> &reply);
    /// A finished @p reply, held in @p slot, goes; false when it failed (the session then has
    /// failed too, unless it was cancelled).
    bool settle(QPointer<EngineReply> &slot, EngineReply *reply);

    EngineClient *m_client;
    QString m_id;
    LogModel m_model;
    State m_state = Idle;
    QString m_error;
    bool m_follow = true;
    bool m_tty = false;
    bool m_running = false;
    bool m_hasEarlier = false;
    bool m_startedAgain = false; ///< a start event came while the old stream was open
    bool m_backlogPending = false; ///< the first answer's lines are still coming
    bool m_timesWanted = true;
    bool m_withTimes = false; ///< this start() asks with the times whatever the log
    bool m_streamWithoutTimes = false; ///< the open answer was asked without them
    bool m_linesWithoutTimes = false; ///< some lines shown (or coming) came without them
    /// The container was not running when the shown lines were asked, and has not run since here
    /// (m_startedAt is its StartedAt then): its log is as it was.
    bool m_still = false;
    QString m_startedAt;
    /// The messages shown, when they are exactly the log's last ones (else -1).
    qsizetype m_messages = 0;
    int m_tail = DefaultTail;
    QString m_sinceValue; ///< as the engine takes it
    QString m_sinceText;
    qint64 m_firstNs = -1; ///< the time of the first line shown
    qint64 m_lastNs = -1; ///< of the last message taken
    QByteArray m_rawPending; ///< a TTY log's bytes after the last newline
    QPointer<EngineReply> m_inspect;
    QPointer<EngineReply> m_log;
    QPointer<EngineReply> m_events;
    QPointer<EngineReply> m_earlier;
    QPointer<EngineReply> m_check; ///< confirmStill()'s requests
    QTimer m_commit; ///< lines that arrived become rows when it fires
    QTimer m_quiet; ///< shows a line without a newline (a prompt) once the stream pauses
};
