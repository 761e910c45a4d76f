// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineerror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVariantList>

class EngineReply;

/**
 * A long operation the user can watch and cancel: its state, progress in bytes (when the total
 * is known), speed, and the engine's message when it fails. Subclasses start the work and feed
 * progress; cancel() really stops the transfer.
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
    /// Stops the job; a job with more to undo than one transfer does it in its own cancel().
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
    /// The reply cancel() aborts.
    void watch(EngineReply *reply);

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
};
