// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal/terminalsession.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginelogging.h"
#include "engine/enginereply.h"
#include "engine/execapi.h"
#include "learn/dockercommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TerminalSession)
};
} // namespace

TerminalSession::TerminalSession(
    EngineClient *client, QString containerId, QString containerName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_id(std::move(containerId))
    , m_name(std::move(containerName))
    , m_emulator(24, 80)
{
    connect(&m_emulator, &TerminalEmulator::output, this, &TerminalSession::write);
    connect(&m_emulator, &TerminalEmulator::titleChanged, this, &TerminalSession::titleChanged);
}

TerminalSession::~TerminalSession()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
    }
}

QString TerminalSession::command() const
{
    const QString name = m_name.isEmpty() ? m_id.left(12) : m_name;
    if (m_mode == Mode::Attach)
        return DockerCommands::text({QStringLiteral("attach"), name});
    const QStringList cmd = !m_running.isEmpty() ? m_running
        : !m_requested.isEmpty()                 ? m_requested
                                                 : QStringList {QStringLiteral("sh")};
    return DockerCommands::text(QStringList {QStringLiteral("exec"), QStringLiteral("-it"), name} + cmd);
}

void TerminalSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void TerminalSession::failWith(const EngineError &error)
{
    m_error = error.kind() == EngineError::Conflict
        ? Tr::tr("%1 is not running: start it first, then open a terminal in it.").arg(m_name)
        : error.toString();
    setState(Failed);
}

void TerminalSession::start()
{
    if (m_state != Idle)
        return;
    setState(Starting);
    if (m_mode == Mode::Attach) {
        startAttach();
        return;
    }
    if (!m_requested.isEmpty()) {
        startExec(m_requested);
        return;
    }
    // The shell a person expects: bash where the image has it, else sh (busybox, alpine).
    ExecConfig probe;
    probe.cmd = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("command -v bash || true")};
    EngineReply *created = ExecApi(m_client).create(m_id, probe);
    connect(created, &EngineReply::finished, this, [this, created] {
        created->deleteLater();
        if (created->error().isError())
            return failWith(created->error());
        EngineReply *ran = ExecApi(m_client).start(ExecApi::createdId(created), false);
        auto found = std::make_shared<QByteArray>();
        connect(
            ran, &EngineReply::framesReceived, this, [found](const QList<MultiplexedDecoder::Frame> &frames) {
                for (const auto &f : frames) {
                    if (f.stream == MultiplexedDecoder::Stdout)
                        *found += f.data;
                }
            });
        connect(ran, &EngineReply::finished, this, [this, ran, found] {
            ran->deleteLater();
            if (ran->error().isError())
                return failWith(ran->error());
            const QString bash = QString::fromUtf8(found->trimmed());
            startExec({bash.isEmpty() ? QStringLiteral("sh") : QStringLiteral("bash")});
        });
    });
}

void TerminalSession::startExec(const QStringList &command)
{
    m_running = command;
    Q_EMIT stateChanged(); // the command is known
    ExecConfig config;
    config.cmd = command;
    config.tty = true;
    config.attachStdin = true;
    // Colours and full-screen programs work as in a desktop terminal.
    config.env = {QStringLiteral("TERM=xterm-256color")};
    EngineReply *created = ExecApi(m_client).create(m_id, config);
    connect(created, &EngineReply::finished, this, [this, created] {
        created->deleteLater();
        if (created->error().isError())
            return failWith(created->error());
        m_execId = ExecApi::createdId(created);
        connectStream(ExecApi(m_client).start(m_execId, true));
    });
}

void TerminalSession::startAttach()
{
    AttachOptions options;
    options.stdinStream = true;
    options.tty = true;
    connectStream(ContainersApi(m_client).attach(m_id, options));
}

void TerminalSession::connectStream(EngineReply *stream)
{
    m_stream = stream;
    connect(stream, &EngineReply::upgraded, this, [this] {
        setState(Running);
        // The size, as docker attach sends it: a full-screen program redraws at the change (a
        // shell shows its prompt at the next key, as with docker). No keys are sent for the
        // user: a Ctrl+L meant as a redraw reached a shell that had not started its line editor
        // yet as part of the first command.
        sendSize();
    });
    connect(stream, &EngineReply::dataReceived, this, [this](const QByteArray &data) {
        m_pending.append(data);
        // A program that writes faster than the screen takes it waits for the screen.
        if (m_pending.size() - m_pendingAt > PendingLimit && m_stream)
            m_stream->setReadPaused(true);
        scheduleFeed();
    });
    connect(stream, &EngineReply::finished, this, [this] {
        m_streamDone = true;
        scheduleFeed();
    });
}

void TerminalSession::scheduleFeed()
{
    if (m_feedScheduled)
        return;
    m_feedScheduled = true;
    QMetaObject::invokeMethod(this, &TerminalSession::feedSome, Qt::QueuedConnection);
}

void TerminalSession::feedSome()
{
    m_feedScheduled = false;
    // A slice at a time, so the window repaints and answers keys while a flood is shown.
    QElapsedTimer clock;
    clock.start();
    while (m_pendingAt < m_pending.size() && clock.elapsed() < SliceMs) {
        const qsizetype n = qMin<qsizetype>(m_pending.size() - m_pendingAt, SliceBytes);
        m_emulator.feed(QByteArrayView(m_pending.constData() + m_pendingAt, n));
        m_pendingAt += n;
    }
    if (m_pendingAt == m_pending.size()) {
        m_pending.clear();
        m_pendingAt = 0;
    } else if (m_pendingAt >= m_pending.size() / 2) {
        m_pending.remove(0, m_pendingAt);
        m_pendingAt = 0;
    }
    if (m_stream && m_pending.size() - m_pendingAt < PendingLimit / 4)
        m_stream->setReadPaused(false);
    if (!m_pending.isEmpty()) {
        scheduleFeed();
        return;
    }
    if (std::exchange(m_streamDone, false))
        streamEnded();
}

void TerminalSession::streamEnded()
{
    EngineReply *stream = m_stream;
    m_stream = nullptr;
    if (stream)
        stream->deleteLater();
    if (stream && stream->error().isError() && !m_closing) {
        failWith(stream->error());
        return;
    }
    if (m_mode == Mode::Attach || m_execId.isEmpty()) {
        setState(Ended);
        return;
    }
    EngineReply *inspected = ExecApi(m_client).inspect(m_execId);
    connect(inspected, &EngineReply::finished, this, [this, inspected] {
        inspected->deleteLater();
        const QJsonObject o = inspected->json().object();
        m_exitCode
            = o.value(QLatin1String("Running")).toBool() ? -1 : o.value(QLatin1String("ExitCode")).toInt(-1);
        setState(Ended);
    });
}

void TerminalSession::close()
{
    if (!m_stream)
        return;
    m_closing = true;
    m_stream->abort();
}

void TerminalSession::write(const QByteArray &bytes)
{
    if (m_stream && m_state == Running)
        m_stream->write(bytes);
}

void TerminalSession::resize(int rows, int columns)
{
    if (rows == m_emulator.rows() && columns == m_emulator.columns())
        return;
    m_emulator.resize(rows, columns);
    sendSize();
}

void TerminalSession::sendSize()
{
    if (m_state != Running)
        return;
    if (m_sizeInFlight) {
        m_sizeChanged = true;
        return;
    }
    m_sizeInFlight = true;
    m_sizeChanged = false;
    EngineReply *r = m_mode == Mode::Attach
        ? ContainersApi(m_client).resize(m_id, m_emulator.rows(), m_emulator.columns())
        : ExecApi(m_client).resize(m_execId, m_emulator.rows(), m_emulator.columns());
    connect(r, &EngineReply::finished, this, [this, r] {
        r->deleteLater();
        m_sizeInFlight = false;
        if (m_sizeChanged) {
            m_sizeAttempts = 0;
            sendSize();
            return;
        }
        if (!r->error().isError() || m_state != Running) {
            m_sizeAttempts = 0;
            return;
        }
        // As docker does: a process that has not quite started yet, or a connection lost on the
        // way, gets the size a little later; a program left at the wrong size would not say so.
        qCWarning(lcEngine).noquote() << "resize:" << r->error().message();
        if (++m_sizeAttempts < SizeAttempts)
            QTimer::singleShot(m_sizeAttempts * 20, this, &TerminalSession::sendSize);
        else
            m_sizeAttempts = 0;
    });
}
