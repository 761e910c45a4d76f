// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/httpresponseparser.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EngineError)
};
} // namespace

HttpResponseParser::HttpResponseParser(bool headRequest, qsizetype maxHeaderBytes)
    : m_head(headRequest)
    , m_maxHeaderBytes(maxHeaderBytes)
{
}

bool HttpResponseParser::fail(const QString &message)
{
    m_state = State::Error;
    m_error = message;
    return false;
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpResponseParser::keepAlive() const
{
    if (m_framing == Framing::UntilClose || m_state == State::Upgraded)
        return false;
    const QByteArray connection = header("Connection").toLower();
    if (m_version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

bool HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // HTTP/1.1 200 OK
    if (!line.startsWith("HTTP/1."))
        return fail(
            Tr::tr("Not an HTTP response (status line '%1')").arg(QString::fromLatin1(line.left(40))));
    const qsizetype sp1 = line.indexOf(' ');
    if (sp1 < 0)
        return fail(Tr::tr("Malformed HTTP status line"));
    qsizetype sp2 = line.indexOf(' ', sp1 + 1);
    if (sp2 < 0)
        sp2 = line.size();
    const QByteArray code = line.mid(sp1 + 1, sp2 - sp1 - 1);
    bool ok = code.size() == 3;
    const int status = ok ? code.toInt(&ok) : 0;
    if (!ok || status < 100 || status > 599)
        return fail(Tr::tr("Malformed HTTP status code '%1'").arg(QString::fromLatin1(code.left(10))));
    m_version = line.left(sp1);
    m_status = status;
    m_reason = line.mid(sp2 + 1);
    m_headers.clear();
    return true;
}

bool HttpResponseParser::headersDone()
{
    // Interim answers (100 Continue) are followed by the real one.
    if (m_status >= 100 && m_status < 200 && m_status != 101) {
        m_state = State::StatusLine;
        return true;
    }
    if (m_status == 101) {
        m_state = State::Upgraded;
        return true;
    }
    const QByteArray te = header("Transfer-Encoding").toLower();
    const QByteArray cl = header("Content-Length").trimmed();
    if (m_head || m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
    } else if (te.contains("chunked")) {
        m_framing = Framing::Chunked;
    } else if (!cl.isEmpty()) {
        bool ok = true;
        for (char c : cl)
            ok = ok && c >= '0' && c <= '9';
        m_remaining = ok ? cl.toULongLong(&ok) : 0;
        if (!ok)
            return fail(Tr::tr("Malformed Content-Length '%1'").arg(QString::fromLatin1(cl.left(20))));
        // Refused before any of it arrives.
        if (const qint64 cap = bodyCap(); cap > 0 && m_remaining > quint64(cap))
            return tooLarge(cap);
        m_framing = Framing::ContentLength;
    } else {
        m_framing = Framing::UntilClose;
    }
    if (m_framing == Framing::None || (m_framing == Framing::ContentLength && m_remaining == 0))
        m_state = State::Complete;
    else
        m_state = State::Body;
    return true;
}

qint64 HttpResponseParser::bodyCap() const
{
    if (m_maxBody > 0)
        return m_maxBody;
    return m_status >= 400 ? DefaultMaxBufferedBody : 0;
}

bool HttpResponseParser::tooLarge(qint64 cap)
{
    return fail(Tr::tr("The engine's answer is larger than %1 MiB, more than Berth reads at once")
                    .arg(double(cap) / (1024 * 1024)));
}

bool HttpResponseParser::countBody(qint64 bytes)
{
    m_bodyBytes += bytes;
    const qint64 cap = bodyCap();
    return cap > 0 && m_bodyBytes > cap ? tooLarge(cap) : true;
}

bool HttpResponseParser::feedBody(QByteArrayView data)
{
    switch (m_framing) {
    case Framing::ContentLength: {
        const qsizetype take = qsizetype(qMin<quint64>(m_remaining, quint64(data.size())));
        if (!countBody(take))
            return false;
        m_body.append(data.data(), take);
        m_remaining -= quint64(take);
        if (m_remaining == 0) {
            m_state = State::Complete;
            m_excess.append(data.data() + take, data.size() - take);
        }
        return true;
    }
    case Framing::Chunked: {
        const qsizetype before = m_body.size();
        const qsizetype used = m_chunked.feed(data, m_body);
        if (used < 0)
            return fail(m_chunked.errorString());
        if (!countBody(m_body.size() - before))
            return false;
        if (m_chunked.isFinished()) {
            m_state = State::Complete;
            m_excess.append(data.data() + used, data.size() - used);
        }
        return true;
    }
    case Framing::UntilClose:
        if (!countBody(data.size()))
            return false;
        m_body.append(data.data(), data.size());
        return true;
    case Framing::None:
        m_excess.append(data.data(), data.size());
        return true;
    }
    return true;
}

bool HttpResponseParser::feed(QByteArrayView data)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        switch (m_state) {
        case State::StatusLine:
        case State::Headers: {
            const qsizetype nl = data.indexOf('\n', pos);
            const qsizetype end = nl < 0 ? data.size() : nl;
            m_line.append(data.data() + pos, end - pos);
            m_headerBytes += end - pos + (nl < 0 ? 0 : 1);
            if (m_headerBytes > m_maxHeaderBytes)
                return fail(Tr::tr("HTTP header section longer than %1 bytes").arg(m_maxHeaderBytes));
            if (nl < 0)
                return true;
            pos = nl + 1;
            if (m_line.endsWith('\r'))
                m_line.chop(1);
            const QByteArray line = std::exchange(m_line, QByteArray());
            if (m_state == State::StatusLine) {
                if (!parseStatusLine(line))
                    return false;
                m_state = State::Headers;
            } else if (line.isEmpty()) {
                if (!headersDone())
                    return false;
            } else {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    return fail(
                        Tr::tr("Malformed HTTP header line '%1'").arg(QString::fromLatin1(line.left(40))));
                m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            break;
        }
        case State::Body:
            if (!feedBody(data.sliced(pos)))
                return false;
            pos = data.size();
            break;
        case State::Upgraded:
            m_body.append(data.data() + pos, data.size() - pos);
            pos = data.size();
            break;
        case State::Complete:
            m_excess.append(data.data() + pos, data.size() - pos);
            pos = data.size();
            break;
        case State::Error:
            return false;
        }
    }
    return true;
}

void HttpResponseParser::closed()
{
    switch (m_state) {
    case State::StatusLine:
        if (m_status == 0 && m_line.isEmpty() && m_headerBytes == 0)
            fail(Tr::tr("The connection closed before any answer"));
        else
            fail(Tr::tr("The connection closed inside the HTTP headers"));
        break;
    case State::Headers:
        fail(Tr::tr("The connection closed inside the HTTP headers"));
        break;
    case State::Body:
        if (m_framing == Framing::UntilClose)
            m_state = State::Complete;
        else if (m_framing == Framing::Chunked)
            fail(Tr::tr("The connection closed in the middle of the engine's answer"));
        else
            fail(Tr::tr("The connection closed %1 bytes before the announced end of the body")
                     .arg(m_remaining));
        m_closedMidBody = m_framing != Framing::UntilClose;
        break;
    default:
        break;
    }
}
