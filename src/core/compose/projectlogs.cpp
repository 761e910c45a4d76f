// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/projectlogs.h"

#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/logtime.h"

#include <QDateTime>
#include <QJsonObject>

namespace {
/// A stream this many lines ahead of the others is paused until they catch up.
constexpr size_t PauseAt = 4096;
} // namespace

ProjectLogs::ProjectLogs(
    EngineClient *client, const ComposeProject &project, const LogsOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
    m_options.timestamps = true;
    for (const ContainerInfo &c : project.containers) {
        m_names << ComposeProject::logName(c);
        Source s;
        s.id = c.id;
        m_sources.append(s);
    }
}

ProjectLogs::~ProjectLogs()
{
    stop();
}

int ProjectLogs::nameWidth() const
{
    int width = 0;
    for (const QString &n : m_names)
        width = std::max(width, int(n.size()));
    return width + 1;
}

QString ProjectLogs::prefix(int source) const
{
    return m_names.value(source).leftJustified(nameWidth(), QLatin1Char(' ')) + QLatin1String(" | ");
}

void ProjectLogs::start()
{
    if (m_sources.isEmpty()) {
        finish();
        return;
    }
    for (int i = 0; i < m_sources.size(); ++i) {
        // A TTY container's log is raw bytes, not frames: its Config.Tty says which.
        EngineReply *inspected = ContainersApi(m_client).inspect(m_sources.at(i).id);
        m_sources[i].reply = inspected;
        connect(inspected, &EngineReply::finished, this, [this, i, inspected] {
            inspected->deleteLater();
            if (m_finished)
                return;
            if (inspected->error().isError()) {
                finish(inspected->error());
                return;
            }
            m_sources[i].tty = ContainersApi::hasTty(inspected->json().object());
            open(i);
        });
    }
}

void ProjectLogs::open(int index)
{
    LogsOptions options = m_options;
    options.tty = m_sources.at(index).tty;
    if (m_options.follow && m_options.until.isEmpty()) {
        // What was written before now first, merged in time order, then each line as it comes.
        if (m_backlogEnd.isEmpty())
            m_backlogEnd = LogTime::engineValue(QDateTime::currentMSecsSinceEpoch() * 1000000);
        options.follow = m_following;
        if (m_following) {
            options.since = m_backlogEnd;
            options.tail.clear();
        } else {
            options.until = m_backlogEnd;
        }
    }
    EngineReply *reply = ContainersApi(m_client).logs(m_sources.at(index).id, options);
    m_sources[index].reply = reply;
    connect(reply, &EngineReply::framesReceived, this,
        [this, index](const QList<MultiplexedDecoder::Frame> &frames) {
            for (const MultiplexedDecoder::Frame &f : frames)
                take(index, f.stream == MultiplexedDecoder::Stderr, f.data);
            merge();
        });
    connect(reply, &EngineReply::dataReceived, this, [this, index](const QByteArray &bytes) {
        take(index, false, bytes);
        merge();
    });
    connect(reply, &EngineReply::finished, this, [this, index, reply] { ended(index, reply); });
}

void ProjectLogs::take(int index, bool stderrStream, QByteArrayView bytes)
{
    QByteArray &open = m_sources[index].open[stderrStream ? 1 : 0];
    while (!bytes.isEmpty()) {
        const qsizetype nl = bytes.indexOf('\n');
        const QByteArrayView piece = nl < 0 ? bytes : bytes.first(nl);
        const qsizetype room = MaxLine - open.size();
        open.append(piece.first(std::min(room, piece.size())));
        if (nl < 0)
            break;
        QByteArray line;
        line.swap(open);
        endLine(index, stderrStream, std::move(line));
        bytes = bytes.sliced(nl + 1);
    }
}

void ProjectLogs::endLine(int index, bool stderrStream, QByteArray line)
{
    ProjectLogLine l;
    l.source = index;
    l.stderrStream = stderrStream;
    if (line.endsWith('\r') && m_sources.at(index).tty)
        line.chop(1);
    qsizetype length = 0;
    l.timeNs = LogTime::parseTimestamp(line, &length);
    if (l.timeNs >= 0) {
        l.timestamp = line.left(length);
        l.text = line.mid(length + 1);
    } else {
        l.text = std::move(line);
    }
    m_sources[index].waiting.push_back(std::move(l));
}

void ProjectLogs::ended(int index, EngineReply *reply)
{
    reply->deleteLater();
    if (m_finished)
        return;
    Source &s = m_sources[index];
    s.reply = nullptr;
    s.ended = true;
    for (int stream = 0; stream < 2; ++stream) {
        if (!s.open[stream].isEmpty()) {
            QByteArray rest;
            rest.swap(s.open[stream]);
            endLine(index, stream == 1, std::move(rest));
        }
    }
    const EngineError error = reply->error();
    merge();
    if (error.isError()) {
        finish(error);
        return;
    }
    if (!std::all_of(m_sources.begin(), m_sources.end(), [](const Source &x) { return x.ended; }))
        return;
    if (m_options.follow && m_options.until.isEmpty() && !m_following) {
        m_following = true;
        for (int i = 0; i < m_sources.size(); ++i) {
            m_sources[i].ended = false;
            open(i);
        }
        return;
    }
    finish();
}

void ProjectLogs::merge()
{
    QList<ProjectLogLine> out;
    if (m_following) {
        for (Source &s : m_sources) {
            while (!s.waiting.empty()) {
                out.append(std::move(s.waiting.front()));
                s.waiting.pop_front();
            }
        }
    } else {
        for (;;) {
            // The earliest first line, once every stream still open has a line waiting.
            int best = -1;
            bool blocked = false;
            for (int i = 0; i < m_sources.size(); ++i) {
                const Source &s = m_sources.at(i);
                if (s.waiting.empty()) {
                    if (!s.ended)
                        blocked = true;
                    continue;
                }
                if (best < 0 || s.waiting.front().timeNs < m_sources.at(best).waiting.front().timeNs)
                    best = i;
            }
            if (blocked || best < 0)
                break;
            out.append(std::move(m_sources[best].waiting.front()));
            m_sources[best].waiting.pop_front();
        }
        for (Source &s : m_sources) {
            if (s.reply)
                s.reply->setReadPaused(s.waiting.size() >= PauseAt);
        }
    }
    if (!out.isEmpty())
        Q_EMIT linesReady(out);
}

void ProjectLogs::stop()
{
    for (Source &s : m_sources) {
        if (s.reply) {
            EngineReply *r = s.reply;
            s.reply = nullptr;
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }
}

void ProjectLogs::finish(const EngineError &error)
{
    if (m_finished)
        return;
    m_error = error;
    stop();
    m_finished = true;
    Q_EMIT finished();
}
