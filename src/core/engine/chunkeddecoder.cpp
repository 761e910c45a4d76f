// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/chunkeddecoder.h"

#include <QCoreApplication>

namespace {
constexpr qsizetype MaxLine = 4096;
/// The engines send no trailers; a few lines of them are allowed, not an endless stream.
constexpr qsizetype MaxTrailer = 64 * 1024;
} // namespace

qsizetype ChunkedDecoder::fail(const QString &message)
{
    m_state = State::Error;
    m_error = message;
    return -1;
}

qsizetype ChunkedDecoder::feed(QByteArrayView data, QByteArray &out)
{
    qsizetype pos = 0;
    const qsizetype size = data.size();
    while (pos < size) {
        switch (m_state) {
        case State::Size:
        case State::DataEnd:
        case State::Trailer: {
            const qsizetype nl = data.indexOf('\n', pos);
            const qsizetype end = nl < 0 ? size : nl;
            m_line.append(data.data() + pos, end - pos);
            if (m_line.size() > MaxLine)
                return fail(QCoreApplication::translate("EngineError", "Chunk header line too long"));
            if (nl < 0)
                return size;
            pos = nl + 1;
            if (m_line.endsWith('\r'))
                m_line.chop(1);
            const QByteArray line = std::exchange(m_line, QByteArray());

            if (m_state == State::DataEnd) {
                if (!line.isEmpty())
                    return fail(QCoreApplication::translate("EngineError", "Missing CRLF after chunk data"));
                m_state = State::Size;
            } else if (m_state == State::Trailer) {
                if (line.isEmpty()) {
                    m_state = State::Done;
                    return pos;
                }
                m_trailerBytes += line.size() + 2;
                if (m_trailerBytes > MaxTrailer)
                    return fail(QCoreApplication::translate(
                        "EngineError", "The chunked body's trailer is longer than %1 bytes")
                                    .arg(MaxTrailer));
            } else {
                // chunk-size [ ";" chunk-ext ]
                const qsizetype semi = line.indexOf(';');
                const QByteArray hex = (semi < 0 ? line : line.left(semi)).trimmed();
                bool ok = !hex.isEmpty() && hex.size() <= 16;
                for (char c : hex)
                    ok = ok && std::isxdigit(static_cast<unsigned char>(c));
                const quint64 n = ok ? hex.toULongLong(&ok, 16) : 0;
                if (!ok)
                    return fail(QCoreApplication::translate("EngineError", "Bad chunk size '%1'")
                                    .arg(QString::fromLatin1(line.left(32))));
                if (n == 0) {
                    m_state = State::Trailer;
                } else {
                    m_remaining = n;
                    m_state = State::Data;
                }
            }
            break;
        }
        case State::Data: {
            const qsizetype take = qsizetype(qMin<quint64>(m_remaining, quint64(size - pos)));
            out.append(data.data() + pos, take);
            pos += take;
            m_remaining -= quint64(take);
            if (m_remaining == 0)
                m_state = State::DataEnd;
            break;
        }
        case State::Done:
            return pos;
        case State::Error:
            return -1;
        }
    }
    return pos;
}
