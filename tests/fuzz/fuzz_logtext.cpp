// SPDX-License-Identifier: GPL-3.0-or-later
// The log viewer's text and ANSI renderer, with highlight ranges taken from the input.
#include "model/logtext.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString plain = LogText::plain(line);
    // Marks as the search makes them: inside plain(), from the input's first bytes.
    QList<std::pair<qsizetype, qsizetype>> marks;
    if (size >= 2 && !plain.isEmpty()) {
        const qsizetype from = data[0] % plain.size();
        marks.append({from, qMin<qsizetype>(data[1], plain.size() - from)});
    }
    (void)LogText::html(line, marks, size > 0 && (data[0] & 1));
    (void)LogText::needsStyling(line);
    return 0;
}
