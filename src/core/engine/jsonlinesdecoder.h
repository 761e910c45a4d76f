// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * Splits a stream of JSON objects (events, pull/import/load progress) fed in arbitrary pieces.
 *
 * Docker ends each object with "\r\n" or "\n"; Podman's load answer is one object with no
 * newline at all, which finish() still delivers. No socket inside.
 */
class JsonLinesDecoder
{
public:
    /// The longest line accepted, as a line is held whole until its newline. Progress and event
    /// objects are well under 64 KiB; 16 MiB stops a stream without newlines from filling memory.
    static constexpr qsizetype MaxLine = 16 * 1024 * 1024;

    /// Returns the complete objects in @p data and what came before it. Blank lines are skipped.
    QList<QJsonObject> feed(QByteArrayView data);
    /// The stream ended: returns an object left without its newline, if any.
    QList<QJsonObject> finish();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    void parseLine(QByteArrayView line, QList<QJsonObject> &out);
    void lineTooLong();

    QByteArray m_pending;
    QString m_error;
};
