// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// An Engine API version such as 1.41, comparable as numbers (1.9 < 1.41).
struct ApiVersion
{
    int major = 0;
    int minor = 0;

    static ApiVersion parse(QStringView text)
    {
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        if (dot <= 0)
            return {};
        bool ok1 = false, ok2 = false;
        const int ma = text.left(dot).toInt(&ok1);
        const int mi = text.mid(dot + 1).toInt(&ok2);
        return ok1 && ok2 ? ApiVersion {ma, mi} : ApiVersion {};
    }
    bool isValid() const { return major > 0; }
    QString toString() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }

    friend bool operator<(ApiVersion a, ApiVersion b)
    {
        return a.major != b.major ? a.major < b.major : a.minor < b.minor;
    }
    friend bool operator==(ApiVersion a, ApiVersion b) { return a.major == b.major && a.minor == b.minor; }
    friend bool operator!=(ApiVersion a, ApiVersion b) { return !(a == b); }
    friend bool operator>(ApiVersion a, ApiVersion b) { return b < a; }
    friend bool operator<=(ApiVersion a, ApiVersion b) { return !(b < a); }
    friend bool operator>=(ApiVersion a, ApiVersion b) { return !(a < b); }
};
