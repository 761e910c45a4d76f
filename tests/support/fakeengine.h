// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QLocalServer>
#include <QObject>
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
    };

    FakeEngine();
    QString socketPath() const { return m_path; }
    QString host() const { return QStringLiteral("unix://") + m_path; }
    /// Scripts are used in order, one per connection; the last one repeats.
    void setScripts(const QList<Script> &scripts) { m_scripts = scripts; }
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
};
