// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/execsession.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginelogging.h"
#include "engine/enginereply.h"

#include <QJsonObject>
#include <QTimer>

ExecSession::ExecSession(EngineClient *client, QString container, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_container(std::move(container))
{
}

ExecSession::~ExecSession()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
    }
}

void ExecSession::start()
{
    if (m_attach) {
        AttachOptions options;
        options.stdinStream = true;
        options.tty = true;
        m_config.tty = true;
        connectStream(ContainersApi(m_client).attach(m_container, options));
        return;
    }
    EngineReply *created = ExecApi(m_client).create(m_container, m_config);
    connect(created, &EngineReply::finished, this, [this, created] {
        created->deleteLater();
        if (m_aborted)
            return finish();
        if (created->error().isError())
            return finish(created->error());
        m_execId = ExecApi::createdId(created);
        connectStream(ExecApi(m_client).start(m_execId, m_config.tty));
    });
}

void ExecSession::connectStream(EngineReply *stream)
{
    m_stream = stream;
    connect(stream, &EngineReply::upgraded, this, [this] {
        m_started = true;
        Q_EMIT started();
        if (m_rows > 0)
            sendSize();
    });
    connect(stream, &EngineReply::dataReceived, this, &ExecSession::dataReceived);
    connect(stream, &EngineReply::framesReceived, this, &ExecSession::framesReceived);
    connect(stream, &EngineReply::finished, this, &ExecSession::streamEnded);
}

void ExecSession::streamEnded()
{
    EngineReply *stream = m_stream;
    m_stream = nullptr;
    if (stream)
        stream->deleteLater();
    if (stream && stream->error().isError() && !m_aborted)
        return finish(stream->error());
    if (m_attach || m_execId.isEmpty())
        return finish();
    EngineReply *inspected = ExecApi(m_client).inspect(m_execId);
    connect(inspected, &EngineReply::finished, this, [this, inspected] {
        inspected->deleteLater();
        const QJsonObject o = inspected->json().object();
        m_exitCode
            = o.value(QLatin1String("Running")).toBool() ? -1 : o.value(QLatin1String("ExitCode")).toInt(-1);
        finish();
    });
}

void ExecSession::finish(const EngineError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_started = false;
    m_error = error;
    Q_EMIT finished();
}

void ExecSession::write(const QByteArray &bytes)
{
    if (m_stream && m_started)
        m_stream->write(bytes);
}

void ExecSession::closeWrite()
{
    if (m_stream)
        m_stream->closeWrite();
}

void ExecSession::abort()
{
    m_aborted = true;
    if (m_stream)
        m_stream->abort();
}

void ExecSession::setReadPaused(bool paused)
{
    if (m_stream)
        m_stream->setReadPaused(paused);
}

void ExecSession::resize(int rows, int columns)
{
    if (rows <= 0 || columns <= 0 || (rows == m_rows && columns == m_columns))
        return;
    m_rows = rows;
    m_columns = columns;
    if (m_started)
        sendSize();
}

void ExecSession::sendSize()
{
    if (!m_started || !m_config.tty)
        return;
    if (m_sizeInFlight) {
        m_sizeChanged = true;
        return;
    }
    m_sizeInFlight = true;
    m_sizeChanged = false;
    EngineReply *r = m_attach ? ContainersApi(m_client).resize(m_container, m_rows, m_columns)
                              : ExecApi(m_client).resize(m_execId, m_rows, m_columns);
    connect(r, &EngineReply::finished, this, [this, r] {
        r->deleteLater();
        m_sizeInFlight = false;
        if (m_sizeChanged) {
            m_sizeAttempts = 0;
            sendSize();
            return;
        }
        if (!r->error().isError() || !m_started) {
            m_sizeAttempts = 0;
            return;
        }
        // As docker does: a process that has not quite started yet, or a connection lost on the
        // way, gets the size a little later; a program left at the wrong size would not say so.
        qCWarning(lcEngine).noquote() << "resize:" << r->error().message();
        if (++m_sizeAttempts < SizeAttempts)
            QTimer::singleShot(m_sizeAttempts * 20, this, &ExecSession::sendSize);
        else
            m_sizeAttempts = 0;
    });
}
