// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineerror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVariantList>

#include <atomic>
#include <memory>

class EngineReply;

/**
 * A long operation the user can watch and cancel: its state, progress in bytes (when the total
 * is known), speed, and the engine's message when it fails. Subclasses start the work and feed
 * progress.
 *
 * How a job ends early is the same for every job: cancel() and any failure after the first
 * change go through abandon(), once. It raises the stop flag that worker threads poll, aborts the
 * watched transfer and calls undo(), where the job puts back what it changed and then fails;
 * steps still in flight check isAbandoning() and stop.
 */
class Job : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(QString command READ command CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(qint64 done READ done NOTIFY progressChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY progressChanged)
    Q_PROPERTY(double fraction READ fraction NOTIFY progressChanged)
    Q_PROPERTY(double bytesPerSecond READ bytesPerSecond NOTIFY progressChanged)
    Q_PROPERTY(QString detail READ detail NOTIFY progressChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(QVariantList parts READ parts NOTIFY progressChanged)

public:
    enum State { Queued, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    Job(QString title, QString command, QObject *parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    QString command() const { return m_command; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state >= Succeeded; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    /// 0…1, or -1 while the total is unknown.
    double fraction() const { return m_total > 0 ? double(m_done) / double(m_total) : -1.0; }
    double bytesPerSecond() const;
    QString detail() const { return m_detail; }
    QString errorString() const { return m_errorString; }
    /// The job's parts, each {name, status, done, total, fraction} (a pull's layers); empty when
    /// the job is one piece.
    virtual QVariantList parts() const { return {}; }

    virtual void start() = 0;
    /// What a job cancelled by the user ends with.
    static EngineError cancelledError();
    /// Stops the job and undoes what it changed: abandon() with cancelledError().
    Q_INVOKABLE virtual void cancel();

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    void finished();

protected:
    /// A job that is set up as one of several kinds names itself once it knows which; before
    /// it is shown anywhere (the properties are constant).
    void describe(const QString &title, const QString &command)
    {
        m_title = title;
        m_command = command;
    }
    void setRunning();
    void setProgress(qint64 done, qint64 total, const QString &detail = QString());
    void succeed();
    void fail(const EngineError &error);
    /// The reply abandon() aborts.
    void watch(EngineReply *reply);

    /// Ends the job early with @p error, once (later calls do nothing): the stop flag is raised,
    /// the watched reply aborted, and undo() runs.
    void abandon(const EngineError &error);
    /// abandon() ran: a step that finishes now stops instead of going on.
    bool isAbandoning() const { return m_abandoning; }
    /// For an undo whose own steps report their failure through abandon() again (false), and
    /// are done (true).
    void setAbandoning(bool abandoning) { m_abandoning = abandoning; }
    /// Raised by abandon() and when the job goes: a worker thread stops between two pieces.
    const std::shared_ptr<std::atomic_bool> &stopFlag() const { return m_stop; }
    /// Puts back what the job changed and then fails with @p error (a failure of its own may say
    /// more). By default nothing was changed: the job fails.
    virtual void undo(const EngineError &error);

private:
    void setState(State state);

    QString m_title;
    QString m_command;
    State m_state = Queued;
    qint64 m_done = 0;
    qint64 m_total = -1;
    QString m_detail;
    QString m_errorString;
    QElapsedTimer m_clock;
    QPointer<EngineReply> m_reply;
    bool m_abandoning = false;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};
