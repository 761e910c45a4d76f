// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QMap>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>

/**
 * What to send to the engine and how to decode its answer. Built by the *Api classes;
 * the path has no version prefix, EngineClient adds the negotiated one.
 */
struct EngineRequest
{
    /// How the answer's body is decoded and delivered.
    enum class Mode {
        Buffered, ///< whole body kept; pooled keep-alive connection
        Stream, ///< raw body bytes as they come (save, archive get, TTY logs)
        JsonLines, ///< one JSON object per line (events, pull, import, load, stats)
        Multiplexed, ///< 8-byte framed stdout/stderr (logs of a non-TTY container)
        Hijack, ///< 101 UPGRADED, then a raw two-way stream (attach, exec start)
    };

    QByteArray method = "GET";
    QString path;
    /// Query items in decoded form; encoded when sent (so '+', '&', '=' in values survive).
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    /// A body streamed from a device instead of @c body (image load, archive put). Not owned;
    /// it must outlive the reply.
    QPointer<QIODevice> bodyDevice;
    Mode mode = Mode::Buffered;
    /// For Hijack: whether the output is multiplexed (no TTY) or raw (TTY).
    bool hijackMultiplexed = false;
    /// False for the few calls made before the version is known (/_ping, /version).
    bool versioned = true;
    /// 0 means no limit (streams). Counted from the start of the request.
    int timeoutMs = 0;

    static EngineRequest get(const QString &path, Mode mode = Mode::Buffered)
    {
        EngineRequest r;
        r.path = path;
        r.mode = mode;
        return r;
    }
    static EngineRequest post(const QString &path, Mode mode = Mode::Buffered)
    {
        EngineRequest r = get(path, mode);
        r.method = "POST";
        return r;
    }
    /// Percent-encodes one path segment (an id or a name may hold '/', '?', spaces …).
    static QString segment(const QString &value);
    EngineRequest &addQuery(const QString &key, const QString &value)
    {
        query.append({key, value});
        return *this;
    }
    EngineRequest &addQuery(const QString &key, bool value)
    {
        return addQuery(key, value ? QStringLiteral("1") : QStringLiteral("0"));
    }
    /// The engine's filters parameter: {"label":["a=b"],"status":["exited"]}. Nothing when empty.
    EngineRequest &addFilters(const QMap<QString, QStringList> &filters);
    QString encodedQuery() const;
    void setJsonBody(const QByteArray &json)
    {
        body = json;
        contentType = "application/json";
    }
};
