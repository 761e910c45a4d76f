// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/logsession.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/logtime.h"
#include "engine/systemapi.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <deque>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogSession)
};

/// A message's timestamp and what follows it; the time is -1 when the message has none.
std::pair<qint64, QByteArrayView> splitTimestamp(QByteArrayView message)
{
    qsizetype length = 0;
    const qint64 ns = LogTime::parseTimestamp(message, &length);
    if (ns < 0 || length >= message.size() || message[length] != ' ')
        return {-1, message};
    return {ns, message.sliced(length + 1)};
}

} // namespace

LogSession::LogSession(EngineClient *client, const QString &containerId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_id(containerId)
{
    m_commit.setSingleShot(true);
    connect(&m_commit, &QTimer::timeout, this, [this] { m_model.commit(); });
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(250);
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        // The stream paused: what waits without a newline (a prompt) is shown as it is.
        if (!m_rawPending.isEmpty())
            takeRaw({});
        m_model.flush();
        backlogTaken();
    });
}

void LogSession::backlogTaken()
{
    // The first pause (or the end) of the first answer: the lines the engine had are all in, and
    // if the tail or since cut some off, there are earlier ones.
    if (!std::exchange(m_backlogPending, false))
        return;
    m_hasEarlier = (m_tail >= 0 && m_model.lineCount() >= m_tail) || !m_sinceValue.isEmpty();
    Q_EMIT stateChanged();
}

LogSession::~LogSession()
{
    stop();
}

void LogSession::setState(State state, const QString &error)
{
    if (state == m_state && error == m_error)
        return;
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged();
}

bool LogSession::settle(QPointer<EngineReply> &slot, EngineReply *reply)
{
    reply->deleteLater();
    if (slot == reply)
        slot = nullptr;
    if (!reply->error().isError())
        return true;
    if (reply->error().kind() != EngineError::Cancelled)
        setState(Failed, reply->error().toString());
    return false;
}

void LogSession::dropReply(QPointer<EngineReply> &reply)
{
    if (EngineReply *r = reply.data()) {
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    reply = nullptr;
}

void LogSession::stop()
{
    dropReply(m_inspect);
    dropReply(m_log);
    dropReply(m_events);
    dropReply(m_earlier);
    dropReply(m_check);
    m_quiet.stop();
    m_commit.stop();
}

QString LogSession::start(int tail, const QString &since)
{
    QString error;
    const QString sinceValue = LogTime::toEngine(since, QDateTime::currentDateTimeUtc(), &error);
    if (!error.isEmpty())
        return error;
    m_tail = tail;
    m_sinceText = since.trimmed();
    m_sinceValue = sinceValue;
    begin(false);
    return {};
}

void LogSession::begin(bool withTimes)
{
    stop();
    m_withTimes = withTimes;
    m_firstNs = m_lastNs = -1;
    m_rawPending.clear();
    m_hasEarlier = false;
    m_startedAgain = false;
    m_streamWithoutTimes = m_linesWithoutTimes = m_still = false;
    m_messages = 0;
    m_model.clear();
    setState(Loading);
    // The container's Config.Tty decides how its log is framed; State.Running whether to follow.
    m_inspect = ContainersApi(m_client).inspect(m_id);
    connect(m_inspect, &EngineReply::finished, this, [this, reply = m_inspect.data()] {
        if (!settle(m_inspect, reply))
            return;
        const QJsonObject info = reply->json().object();
        const QJsonObject state = info.value(QLatin1String("State")).toObject();
        m_tty = ContainersApi::hasTty(info);
        m_running = state.value(QLatin1String("Running")).toBool();
        m_still = !m_running;
        m_startedAt = state.value(QLatin1String("StartedAt")).toString();
        openLog(false);
    });
}

bool LogSession::stillLogWithoutTimes() const
{
    // A TTY log has no messages to count, and a since cut is in time order, not the file's.
    return !m_timesWanted && !m_withTimes && m_still && !m_tty && m_sinceValue.isEmpty();
}

void LogSession::setTimestamps(bool wanted)
{
    if (wanted == m_timesWanted)
        return;
    m_timesWanted = wanted;
    Q_EMIT timestampsChanged();
    if (wanted && m_linesWithoutTimes)
        begin(true);
}

void LogSession::openLog(bool resume)
{
    dropReply(m_log);
    LogsOptions options;
    options.tty = m_tty;
    options.follow = m_follow && m_running;
    m_streamWithoutTimes = !resume && m_tail < 0 && stillLogWithoutTimes();
    m_linesWithoutTimes = m_linesWithoutTimes || m_streamWithoutTimes;
    options.timestamps = !m_streamWithoutTimes;
    if (resume) {
        m_still = false; // a new run
        if (m_lastNs >= 0)
            options.since = LogTime::engineValue(m_lastNs + 1);
    } else {
        if (m_tail >= 0)
            options.tail = QString::number(m_tail);
        options.since = m_sinceValue;
        m_backlogPending = true;
    }
    m_log = ContainersApi(m_client).logs(m_id, options);
    if (m_follow && !m_events)
        watchForStart();
    EngineReply *reply = m_log;
    connect(reply, &EngineReply::headersReceived, this, [this, reply] {
        if (reply->statusCode() == 200 && m_follow && m_running)
            setState(Following);
    });
    connect(
        reply, &EngineReply::framesReceived, this, [this](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const MultiplexedDecoder::Frame &frame : frames)
                take(frame.stream == MultiplexedDecoder::Stderr ? LogBuffer::Stderr : LogBuffer::Stdout,
                    frame.data);
            batchTaken();
        });
    connect(reply, &EngineReply::dataReceived, this, [this](const QByteArray &bytes) {
        takeRaw(bytes);
        batchTaken();
    });
    connect(reply, &EngineReply::finished, this, [this, reply] { onLogEnded(reply); });
}

void LogSession::batchTaken()
{
    // The first lines show at once; after that, rows go to the view at most every
    // CommitIntervalMs: a socket read holds a few hundred lines, and each insertion costs the
    // view a layout and a frame whatever its size.
    if (m_model.count() == 0) {
        m_model.commit();
    } else if (!m_commit.isActive()) {
        // A backlog streams as fast as the engine sends it: fewer, larger insertions leave the
        // engine and the renderer the CPU (a software-rendered desktop redraws on each).
        m_commit.start(m_backlogPending ? BacklogCommitIntervalMs : CommitIntervalMs);
    }
    m_quiet.start();
}

void LogSession::take(LogBuffer::Stream stream, QByteArrayView message)
{
    if (m_messages >= 0)
        ++m_messages;
    if (m_streamWithoutTimes) {
        m_model.append(stream, message, -1);
        return;
    }
    const auto [ns, payload] = splitTimestamp(message);
    if (ns >= 0) {
        m_lastNs = ns;
        if (m_firstNs < 0)
            m_firstNs = ns;
    }
    m_model.append(stream, payload, ns < 0 ? -1 : ns / 1000000);
}

void LogSession::takeRaw(QByteArrayView bytes)
{
    // A TTY log is one byte stream; each message still starts with its timestamp, and messages
    // end at newlines. With no bytes: the stream paused, so the open rest goes in as it is.
    m_rawPending.append(bytes);
    qsizetype start = 0;
    for (qsizetype nl = m_rawPending.indexOf('\n'); nl >= 0; nl = m_rawPending.indexOf('\n', start)) {
        take(LogBuffer::Stdout, QByteArrayView(m_rawPending).sliced(start, nl + 1 - start));
        start = nl + 1;
    }
    if (bytes.isEmpty() && start < m_rawPending.size()) {
        take(LogBuffer::Stdout, QByteArrayView(m_rawPending).sliced(start));
        start = m_rawPending.size();
    }
    m_rawPending.remove(0, start);
}

void LogSession::onLogEnded(EngineReply *reply)
{
    reply->deleteLater();
    if (m_log == reply)
        m_log = nullptr;
    m_quiet.stop();
    m_commit.stop();
    if (!m_rawPending.isEmpty())
        takeRaw({});
    m_model.flush();
    backlogTaken();
    const bool withoutTimes = m_streamWithoutTimes;
    if (reply->error().isError()) {
        m_streamWithoutTimes = false;
        if (reply->error().kind() != EngineError::Cancelled)
            setState(Failed, reply->error().toString());
        return;
    }
    if (withoutTimes) {
        // The cursor for the container's next run is the last message's time; had it started
        // meanwhile, the lines would not be the log's, so they are asked again with their times.
        // Until then m_streamWithoutTimes stays set: a change of follow waits for the outcome.
        confirmStill(
            true,
            [this] {
                m_streamWithoutTimes = false;
                streamEnded();
            },
            [this](bool) { begin(true); });
        return;
    }
    streamEnded();
}

void LogSession::confirmStill(
    bool cursor, std::function<void()> still, std::function<void(bool startedAgain)> moved)
{
    auto inspect = [this, still, moved] {
        m_check = ContainersApi(m_client).inspect(m_id);
        connect(m_check, &EngineReply::finished, this, [this, reply = m_check.data(), still, moved] {
            if (!settle(m_check, reply))
                return;
            const QJsonObject state = reply->json().object().value(QLatin1String("State")).toObject();
            const bool startedAgain = std::exchange(m_startedAgain, false);
            if (m_still && !startedAgain && !state.value(QLatin1String("Running")).toBool()
                && state.value(QLatin1String("StartedAt")).toString() == m_startedAt)
                still();
            else
                moved(startedAgain);
        });
    };
    if (!cursor) {
        inspect();
        return;
    }
    LogsOptions options;
    options.timestamps = true;
    options.tail = QStringLiteral("1");
    m_check = ContainersApi(m_client).logs(m_id, options);
    auto last = std::make_shared<qint64>(-1);
    connect(
        m_check, &EngineReply::framesReceived, this, [last](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const MultiplexedDecoder::Frame &frame : frames) {
                const qint64 ns = splitTimestamp(frame.data).first;
                if (ns >= 0)
                    *last = ns;
            }
        });
    connect(m_check, &EngineReply::finished, this, [this, reply = m_check.data(), last, inspect] {
        if (!settle(m_check, reply))
            return;
        m_lastNs = *last;
        inspect();
    });
}

void LogSession::streamEnded()
{
    if (!m_follow) {
        dropReply(m_events);
        setState(Loaded);
    } else if (std::exchange(m_startedAgain, false)) {
        // It started again before its old stream's end was read here.
        m_running = true;
        openLog(true);
    } else {
        // The container stopped (or was not running): the watch follows its next run.
        m_running = false;
        if (!m_events)
            watchForStart();
        setState(Stopped);
    }
}

void LogSession::watchForStart()
{
    // Open for as long as the session follows, not only once the log has ended: a container
    // that restarts at once would otherwise start before the watch does, and be missed.
    EventsOptions options;
    options.filters.insert(QStringLiteral("type"), {QStringLiteral("container")});
    options.filters.insert(QStringLiteral("container"), {m_id});
    options.filters.insert(QStringLiteral("event"), {QStringLiteral("start")});
    m_events = SystemApi(m_client).events(options);
    connect(m_events, &EngineReply::jsonReceived, this, [this](const QJsonObject &) {
        if (m_log || m_check) {
            m_startedAgain = true; // the stream of the run before has not ended here yet
            return;
        }
        m_running = true;
        openLog(true);
    });
    connect(m_events, &EngineReply::finished, this, [this, reply = m_events.data()] {
        reply->deleteLater();
        if (m_events != reply)
            return;
        m_events = nullptr;
        if (reply->error().isError() && reply->error().kind() != EngineError::Cancelled)
            setState(Failed, reply->error().toString());
    });
}

void LogSession::setFollow(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    Q_EMIT followChanged();
    // A still log's answer ends by itself, and its end (once confirmed) sees the new choice.
    if (m_state == Idle || m_state == Failed || m_inspect || m_streamWithoutTimes)
        return;
    if (!follow) {
        dropReply(m_events);
        if (m_log) {
            dropReply(m_log);
            m_model.flush();
        }
        setState(Loaded);
    } else {
        // Catch up from the last line and follow; a stopped container ends the stream at once,
        // and the session then waits for it to start.
        m_running = true;
        setState(Following);
        openLog(true);
    }
}

void LogSession::loadEarlier(int count)
{
    if (m_firstNs < 0 || m_earlier || m_check)
        return;
    if (count < 0 && !m_log && m_messages >= 0 && stillLogWithoutTimes()) {
        loadAllWithoutTimes();
        return;
    }
    // The engine applies tail before until, so "the N lines before T" is asked as a tail long
    // enough to reach past what is shown, and cut here at the first line shown.
    LogsOptions options;
    options.tty = m_tty;
    options.timestamps = true;
    if (count >= 0)
        options.tail = QString::number(m_model.lineCount() + count + 1000);
    m_earlier = ContainersApi(m_client).logs(m_id, options);
    struct Message
    {
        LogBuffer::Stream stream;
        QByteArray bytes;
        qint64 ns;
    };
    auto messages = std::make_shared<QList<Message>>();
    auto raw = std::make_shared<QByteArray>();
    const qint64 before = m_firstNs;
    auto keep = [messages, before](LogBuffer::Stream stream, QByteArrayView message) {
        const auto [ns, payload] = splitTimestamp(message);
        if (ns >= 0 && ns < before)
            messages->append({stream, payload.toByteArray(), ns});
    };
    connect(m_earlier, &EngineReply::framesReceived, this,
        [keep](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const MultiplexedDecoder::Frame &frame : frames)
                keep(frame.stream == MultiplexedDecoder::Stderr ? LogBuffer::Stderr : LogBuffer::Stdout,
                    frame.data);
        });
    connect(
        m_earlier, &EngineReply::dataReceived, this, [raw](const QByteArray &bytes) { raw->append(bytes); });
    connect(m_earlier, &EngineReply::finished, this,
        [this, reply = m_earlier.data(), messages, raw, keep, count] {
            if (!settle(m_earlier, reply))
                return;
            for (qsizetype start = 0; start < raw->size();) {
                const qsizetype nl = raw->indexOf('\n', start);
                const qsizetype end = nl < 0 ? raw->size() : nl + 1;
                keep(LogBuffer::Stdout, QByteArrayView(*raw).sliced(start, end - start));
                start = end;
            }
            // Whole lines only: count the lines the kept messages make, from the end.
            qsizetype first = 0;
            if (count >= 0) {
                qsizetype lines = 0;
                first = messages->size();
                while (first > 0 && lines < count) {
                    --first;
                    if ((*messages)[first].bytes.endsWith('\n'))
                        ++lines;
                }
                // A partial message belongs to the line after it: start where a line starts.
                while (first > 0 && !(*messages)[first - 1].bytes.endsWith('\n'))
                    --first;
            }
            LogBuffer earlier;
            for (qsizetype i = first; i < messages->size(); ++i) {
                const Message &m = (*messages)[i];
                earlier.append(m.stream, m.bytes, m.ns / 1000000);
            }
            earlier.flush();
            if (first < messages->size())
                m_firstNs = (*messages)[first].ns;
            m_hasEarlier = first > 0;
            if (count < 0)
                m_tail = -1;
            m_messages = -1; // what is shown is no longer the log's last messages, counted
            m_model.prepend(earlier);
            Q_EMIT stateChanged();
        });
}

void LogSession::loadAllWithoutTimes()
{
    // The log is still and what is shown is its last m_messages messages: the lines before them
    // are the whole log but those, counted from its end, with no times to cut at.
    LogsOptions options;
    options.timestamps = false;
    m_earlier = ContainersApi(m_client).logs(m_id, options);
    struct Earlier
    {
        LogBuffer lines;
        qsizetype messages = 0;
        std::deque<std::pair<LogBuffer::Stream, QByteArray>> last; ///< at most the shown count
    };
    auto earlier = std::make_shared<Earlier>();
    const qsizetype shown = m_messages;
    connect(m_earlier, &EngineReply::framesReceived, this,
        [earlier, shown](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const MultiplexedDecoder::Frame &frame : frames) {
                earlier->last.emplace_back(
                    frame.stream == MultiplexedDecoder::Stderr ? LogBuffer::Stderr : LogBuffer::Stdout,
                    frame.data);
                if (qsizetype(earlier->last.size()) > shown) {
                    const auto &[stream, bytes] = earlier->last.front();
                    earlier->lines.append(stream, bytes);
                    ++earlier->messages;
                    earlier->last.pop_front();
                }
            }
        });
    connect(m_earlier, &EngineReply::finished, this, [this, reply = m_earlier.data(), earlier] {
        if (!settle(m_earlier, reply))
            return;
        confirmStill(
            false,
            [this, earlier] {
                earlier->lines.flush();
                m_model.prepend(earlier->lines);
                m_messages += earlier->messages;
                m_linesWithoutTimes = m_linesWithoutTimes || earlier->messages > 0;
                m_hasEarlier = false;
                m_tail = -1;
                Q_EMIT stateChanged();
            },
            [this](bool startedAgain) {
                // It ran meanwhile: the earlier lines are those before the first one's time.
                m_still = false;
                loadEarlier(-1);
                if (startedAgain) {
                    m_running = true;
                    openLog(true);
                }
            });
    });
}
