// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeengine.h"

#include <QLocalSocket>
#include <QTimer>

FakeEngine::FakeEngine()
{
    m_path = m_dir.path() + QStringLiteral("/fake.sock");
    m_server.listen(m_path);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            const Script connectionScript
                = m_scripts.isEmpty() ? Script {} : m_scripts.value(qMin(m_next, int(m_scripts.size()) - 1));
            ++m_next;
            auto *received = new QByteArray;
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket, connectionScript, received] {
                received->append(socket->readAll());
                if (!received->contains("\r\n\r\n"))
                    return;
                const QByteArray request = *received;
                m_requests.append(request);
                received->clear();
                Script script = connectionScript;
                if (m_handler) {
                    const QByteArray line = request.left(request.indexOf("\r\n"));
                    script = m_handler(
                        line.mid(line.indexOf(' ') + 1, line.lastIndexOf(' ') - line.indexOf(' ') - 1));
                    if (script.keepAsStream)
                        m_streams.append(socket);
                }
                QTimer::singleShot(script.delayMs, socket, [socket, script] {
                    socket->write(script.response);
                    socket->flush();
                    if (script.closeAfter)
                        socket->disconnectFromServer();
                });
            });
            connect(socket, &QLocalSocket::disconnected, socket, [socket, received] {
                delete received;
                socket->deleteLater();
            });
        }
    });
}

void FakeEngine::pushToStreams(const QByteArray &bytes)
{
    m_streams.removeAll(nullptr);
    for (const auto &socket : std::as_const(m_streams)) {
        socket->write(bytes);
        socket->flush();
    }
}

FakeEngine::Script FakeEngine::json(const QByteArray &body, int delayMs)
{
    return {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body,
        false, delayMs};
}

QList<FakeEngine::Script> FakeEngine::engineThen(const QList<Script> &extra, const QByteArray &apiVersion)
{
    const QByteArray version = "{\"Version\":\"99.0-fake\",\"ApiVersion\":\"" + apiVersion
        + "\",\"MinAPIVersion\":\"1.12\",\"Os\":\"linux\",\"Arch\":\"amd64\"}\n";
    QList<Script> scripts {
        {"HTTP/1.1 200 OK\r\nApi-Version: " + apiVersion + "\r\nContent-Length: 2\r\n\r\nOK", true},
        {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(version.size()) + "\r\n\r\n" + version,
            true},
    };
    return scripts + extra;
}
