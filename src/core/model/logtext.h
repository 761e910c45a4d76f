// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

/// A log line's bytes as a terminal would show them.
namespace LogText {

/// UTF-8 decoded (bytes that are not UTF-8 become U+FFFD), escape sequences removed, a carriage
/// return going back to the start of the line (so the last progress update is what shows), a
/// final carriage return dropped.
QString plain(QByteArrayView line);

/// The same text as Qt rich text: ANSI SGR colours (16, 256 and 24-bit), bold, italic, underline
/// and inverse as styled spans, markup characters escaped, and the ranges of @p marks (positions
/// in plain()) highlighted. @p dark picks the 16 colours that read on a dark background.
QString html(
    QByteArrayView line, const QList<std::pair<qsizetype, qsizetype>> &marks = {}, bool dark = false);

/// Whether the line has anything for html() to style: escape sequences or carriage returns.
bool needsStyling(QByteArrayView line);

} // namespace LogText
