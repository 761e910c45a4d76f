// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineerror.h"
#include "terminal/pendingoutput.h"
#include "terminal/terminalemulator.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class EngineClient;
class ExecSession;

/**
 * A terminal on a container: `docker exec -it` (a shell, bash when the container has it, else
 * sh, or a command of the user's) or `docker attach` (the TTY of a container started with -it).
 * The engine's hijacked raw stream feeds a TerminalEmulator, whose keyboard output goes back;
 * a resize reaches the engine, which tells the program (SIGWINCH). Closing an attach detaches:
 * the container runs on.
 */
class TerminalSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString command READ command NOTIFY stateChanged)
    Q_PROPERTY(int exitCode READ exitCode NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)

public:
    enum State {
        Idle,
        Starting,
        Running,
        Ended, ///< the program ended (exitCode()), or an attach was detached
        Failed, ///< it could not start, or the connection broke (errorString())
    };
    Q_ENUM(State)
    enum class Mode { Exec, Attach };

    TerminalSession(
        EngineClient *client, QString containerId, QString containerName, QObject *parent = nullptr);
    ~TerminalSession() override;

    /// Set before start(). Exec: @p command to run, or empty for the container's shell.
    void setCommand(const QStringList &command) { m_requested = command; }
    void setMode(Mode mode) { m_mode = mode; }

    State state() const { return m_state; }
    /// What it equals on the command line: docker exec -it NAME bash, docker attach NAME.
    QString command() const;
    int exitCode() const { return m_exitCode; }
    QString errorString() const { return m_error; }
    QString title() const { return m_emulator.title(); }
    TerminalEmulator *emulator() { return &m_emulator; }
    /// Output arrives faster than the screen takes it (more than a slice waits, or a flood's
    /// lines are held): a view need not show every step.
    bool flooding() const { return m_pending.size() > SliceBytes || m_floodHeld.isValid(); }

    Q_INVOKABLE void start();
    /// Ends the exec (its TTY closes) or detaches from the container.
    Q_INVOKABLE void close();
    /// The terminal's size in characters, for the emulator and the program.
    Q_INVOKABLE void resize(int rows, int columns);
    /// Bytes for the program as if typed.
    void write(const QByteArray &bytes);

Q_SIGNALS:
    void stateChanged();
    void titleChanged();

private:
    void setState(State state);
    void failWith(const EngineError &error);
    void startExec(const QStringList &command);
    /// The session's streams into the emulator, and its end into the state.
    void follow(ExecSession *session);
    void scheduleFeed();
    /// Feeds the emulator what arrived, a few milliseconds at a time.
    void feedSome();
    void streamEnded();

    EngineClient *m_client;
    QString m_id;
    QString m_name;
    Mode m_mode = Mode::Exec;
    QStringList m_requested;
    QStringList m_running; ///< the command the exec runs
    QPointer<ExecSession> m_session; ///< the program's streams (exec or attach)
    TerminalEmulator m_emulator;
    State m_state = Idle;
    int m_exitCode = -1;
    QString m_error;
    bool m_closing = false;
    /// What arrived and the emulator has not taken yet.
    PendingOutput m_pending;
    bool m_feedScheduled = false;
    /// A flood's lines are held while more arrive, at most FloodHoldMs at a time (the screen
    /// still moves at that pace): most of them scroll away unread (PendingOutput::skipFlood()).
    QElapsedTimer m_floodHeld;
    QTimer m_floodHold;
    static constexpr int FloodHoldMs = 30;
    bool m_streamDone = false;
    static constexpr qsizetype SliceBytes = 16 * 1024;
    static constexpr int SliceMs = 8;
    /// Reading from the engine pauses beyond this much waiting.
    static constexpr qsizetype PendingLimit = 4 * 1024 * 1024;
};
