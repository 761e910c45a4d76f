// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineerror.h"
#include "engine/execapi.h"
#include "engine/multiplexeddecoder.h"

#include <QObject>
#include <QPointer>

class EngineClient;
class EngineReply;

/**
 * A program's streams in a container, as `docker exec` and `docker attach` have them: the exec
 * made and started (or the container attached), the hijacked stream's output, standard input and
 * its end, the TTY's size, and at the end the exit code. The window's terminal and
 * `berthctl exec` both run on it.
 *
 * Sizes go one request at a time, so that they land in order, the newest after the one out; a
 * failed one is asked again a little later, as docker does (a process not quite started yet).
 */
class ExecSession : public QObject
{
    Q_OBJECT

public:
    ExecSession(EngineClient *client, QString container, QObject *parent = nullptr);
    ~ExecSession() override;

    /// Set before start(): the command and its streams (docker exec's options).
    void setExec(const ExecConfig &config) { m_config = config; }
    /// Set before start(), instead of setExec(): the container's own TTY (docker attach), with
    /// standard input.
    void setAttach() { m_attach = true; }

    void start();
    /// Bytes for the program's standard input (once started()).
    void write(const QByteArray &bytes);
    /// The end of standard input: the program reads its EOF, its output goes on.
    void closeWrite();
    /// Ends the stream at once (an attach detaches; an exec's TTY closes).
    void abort();
    /// The TTY's size in characters.
    void resize(int rows, int columns);
    /// While paused, nothing more is read from the engine (the reader is behind).
    void setReadPaused(bool paused);

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    /// Why it could not start, or broke; none when the program ended (or was detached).
    EngineError error() const { return m_error; }
    /// The program's exit code once finished; -1 for an attach, or when it could not be read.
    int exitCode() const { return m_exitCode; }
    QString execId() const { return m_execId; }

Q_SIGNALS:
    /// The stream is open: input may go.
    void started();
    /// Output of a TTY: one raw stream.
    void dataReceived(const QByteArray &bytes);
    /// Output without a TTY: stdout and stderr apart.
    void framesReceived(const QList<MultiplexedDecoder::Frame> &frames);
    /// The stream ended and, for an exec, its exit code is read (or the start failed: error()).
    void finished();

private:
    void connectStream(EngineReply *stream);
    void streamEnded();
    void finish(const EngineError &error = {});
    void sendSize();

    EngineClient *m_client;
    QString m_container;
    ExecConfig m_config;
    bool m_attach = false;
    QString m_execId;
    QPointer<EngineReply> m_stream;
    bool m_started = false;
    bool m_finished = false;
    bool m_aborted = false;
    EngineError m_error;
    int m_exitCode = -1;
    int m_rows = 0;
    int m_columns = 0;
    bool m_sizeInFlight = false;
    bool m_sizeChanged = false;
    int m_sizeAttempts = 0;
    static constexpr int SizeAttempts = 10;
};
