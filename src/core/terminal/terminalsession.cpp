// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal/terminalsession.h"

#include "engine/engineclient.h"
#include "engine/execapi.h"
#include "learn/dockercommands.h"
#include "sync/execsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

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
    m_floodHold.setSingleShot(true);
    connect(&m_floodHold, &QTimer::timeout, this, &TerminalSession::feedSome);
}

TerminalSession::~TerminalSession()
{
    if (m_session)
        m_session->disconnect(this); // it is a child: it goes with this, aborting its stream
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
        auto *session = new ExecSession(m_client, m_id, this);
        session->setAttach();
        follow(session);
        return;
    }
    if (!m_requested.isEmpty()) {
        startExec(m_requested);
        return;
    }
    // The shell a person expects: bash where the image has it, else sh (busybox, alpine).
    ExecConfig probe;
    probe.cmd = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("command -v bash || true")};
    auto *probing = new ExecSession(m_client, m_id, this);
    probing->setExec(probe);
    auto found = std::make_shared<QByteArray>();
    connect(
        probing, &ExecSession::framesReceived, this, [found](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const auto &f : frames) {
                if (f.stream == MultiplexedDecoder::Stdout)
                    *found += f.data;
            }
        });
    connect(probing, &ExecSession::finished, this, [this, probing, found] {
        probing->deleteLater();
        if (probing->error().isError())
            return failWith(probing->error());
        const QString bash = QString::fromUtf8(found->trimmed());
        startExec({bash.isEmpty() ? QStringLiteral("sh") : QStringLiteral("bash")});
    });
    probing->start();
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
    auto *session = new ExecSession(m_client, m_id, this);
    session->setExec(config);
    follow(session);
}

void TerminalSession::follow(ExecSession *session)
{
    m_session = session;
    // The size, as docker attach sends it, once the stream is open: a full-screen program
    // redraws at the change (a shell shows its prompt at the next key, as with docker). No keys
    // are sent for the user: a Ctrl+L meant as a redraw reached a shell that had not started its
    // line editor yet as part of the first command.
    session->resize(m_emulator.rows(), m_emulator.columns());
    connect(session, &ExecSession::started, this, [this] { setState(Running); });
    connect(session, &ExecSession::dataReceived, this, [this](const QByteArray &data) {
        m_pending.append(data);
        // A program that writes faster than the screen takes it waits for the screen.
        if (m_pending.size() > PendingLimit && m_session)
            m_session->setReadPaused(true);
        scheduleFeed();
    });
    connect(session, &ExecSession::finished, this, [this] {
        m_streamDone = true;
        scheduleFeed();
    });
    session->start();
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
    m_pending.skipFlood(m_emulator);
    // Reading on while a flood's lines are held, rather than showing lines that will scroll
    // past before the next frame, lets the stream come at the speed the engine sends it.
    if (!m_streamDone && m_pending.isFlood(m_emulator)) {
        if (!m_floodHeld.isValid())
            m_floodHeld.start();
        if (m_floodHeld.elapsed() < FloodHoldMs) {
            if (!m_floodHold.isActive())
                m_floodHold.start(int(FloodHoldMs - m_floodHeld.elapsed()));
            return;
        }
    }
    m_floodHeld.invalidate();
    // A slice at a time, so the window repaints and answers keys while a flood is shown.
    QElapsedTimer clock;
    clock.start();
    while (!m_pending.isEmpty() && clock.elapsed() < SliceMs) {
        const QByteArrayView slice = m_pending.peek(SliceBytes);
        m_emulator.feed(slice);
        m_pending.take(slice.size());
    }
    if (m_session && m_pending.size() < PendingLimit / 4)
        m_session->setReadPaused(false);
    if (!m_pending.isEmpty()) {
        scheduleFeed();
        return;
    }
    if (std::exchange(m_streamDone, false))
        streamEnded();
}

void TerminalSession::streamEnded()
{
    if (!m_session)
        return;
    if (m_session->error().isError() && !m_closing)
        return failWith(m_session->error());
    m_exitCode = m_session->exitCode();
    setState(Ended);
}

void TerminalSession::close()
{
    if (!m_session || m_session->isFinished())
        return;
    m_closing = true;
    m_session->abort();
}

void TerminalSession::write(const QByteArray &bytes)
{
    if (m_session && m_state == Running)
        m_session->write(bytes);
}

void TerminalSession::resize(int rows, int columns)
{
    if (rows == m_emulator.rows() && columns == m_emulator.columns())
        return;
    m_emulator.resize(rows, columns);
    if (m_session)
        m_session->resize(rows, columns);
}
