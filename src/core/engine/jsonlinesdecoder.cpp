// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/jsonlinesdecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

void JsonLinesDecoder::parseLine(QByteArrayView line, QList<QJsonObject> &out)
{
    line = line.trimmed();
    if (line.isEmpty())
        return;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("EngineError", "Malformed JSON in stream: %1")
                          .arg(QString::fromUtf8(line.first(qMin<qsizetype>(80, line.size())).toByteArray()));
        return;
    }
    out.append(doc.object());
}

void JsonLinesDecoder::lineTooLong()
{
    m_pending.clear();
    if (m_error.isEmpty())
        m_error
            = QCoreApplication::translate("EngineError", "A JSON line in the stream is longer than %1 MiB")
                  .arg(MaxLine / (1024 * 1024));
}

QList<QJsonObject> JsonLinesDecoder::feed(QByteArrayView data)
{
    QList<QJsonObject> out;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = data.indexOf('\n', start);
        if (nl < 0)
            break;
        if (m_pending.size() + (nl - start) > MaxLine) {
            lineTooLong();
            return out;
        }
        if (m_pending.isEmpty()) {
            parseLine(data.sliced(start, nl - start), out);
        } else {
            m_pending.append(data.data() + start, nl - start);
            parseLine(m_pending, out);
            m_pending.clear();
        }
        start = nl + 1;
    }
    if (m_pending.size() + (data.size() - start) > MaxLine) {
        lineTooLong();
        return out;
    }
    m_pending.append(data.data() + start, data.size() - start);
    return out;
}

QList<QJsonObject> JsonLinesDecoder::finish()
{
    QList<QJsonObject> out;
    parseLine(m_pending, out);
    m_pending.clear();
    return out;
}
