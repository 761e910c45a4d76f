// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QLocalServer>
#include <QObject>
#include <QPointer>

#include <functional>

class QLocalSocket;
#include <QString>
#include <QTemporaryDir>

/**
 * A scriptable stand-in for what a real engine will not do on demand: malformed or truncated
 * answers, a connection dropped mid-stream, a server that is not an engine at all.
 * Each accepted connection gets the next script: bytes to send, then optionally a close.
 */
class FakeEngine : public QObject
{
    Q_OBJECT
public:
    struct Script
    {
        QByteArray response;
        bool closeAfter = true;
        int delayMs = 0; ///< answer this much later
        bool keepAsStream = false; ///< remember the connection for pushToStreams()
    };
    /// Answers by request target ("/v1.41/containers/json?all=1") instead of by connection.
    using Handler = std::function<Script(const QByteArray &target)>;

    FakeEngine();
    QString socketPath() const { return m_path; }
    QString host() const { return QStringLiteral("unix://") + m_path; }
    /// Scripts are used in order, one per connection; the last one repeats.
    void setScripts(const QList<Script> &scripts) { m_scripts = scripts; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Writes @p bytes to every open stream a handler answered with keepAsStream.
    void pushToStreams(const QByteArray &bytes);
    /// A 200 JSON answer on a keep-alive connection.
    static Script json(const QByteArray &body, int delayMs = 0);
    /// A plausible engine that answers /_ping and /version, then @p extra for the next connection.
    static QList<Script> engineThen(const QList<Script> &extra, const QByteArray &apiVersion = "1.41");
    /// The requests received, raw.
    QList<QByteArray> requests() const { return m_requests; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QLocalServer m_server;
    QList<Script> m_scripts;
    int m_next = 0;
    QList<QByteArray> m_requests;
    Handler m_handler;
    QList<QPointer<QLocalSocket>> m_streams;
};
