// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/format.h"

#include "model/displayformat.h"

#include <QLocale>
#include <QRegularExpression>

QString Format::binarySize(double bytes) const
{
    return DisplayFormat::binarySize(qint64(bytes));
}

QString Format::size(double bytes) const
{
    if (bytes < 0)
        return tr("unknown size");
    QString text = DisplayFormat::humanSize(qint64(bytes));
    // "1.98MB" → "1.98 MB", and the decimal separator of the user's language.
    const qsizetype unit = text.indexOf(QRegularExpression(QStringLiteral("[A-Za-z]")));
    const QString number = text.left(unit);
    return QLocale().toString(number.toDouble(), 'g', 3) + QLatin1Char(' ') + text.mid(unit);
}

QString Format::age(const QDateTime &when) const
{
    if (!when.isValid())
        return tr("unknown age");
    const qint64 s = qMax<qint64>(0, when.secsTo(QDateTime::currentDateTime()));
    if (s < 60)
        return tr("just now");
    if (s < 3600)
        return tr("%n minute(s) ago", "", int(s / 60));
    if (s < 48 * 3600)
        return tr("%n hour(s) ago", "", int(s / 3600));
    if (s < 60 * 86400)
        return tr("%n day(s) ago", "", int(s / 86400));
    if (s < 730 * 86400)
        return tr("%n month(s) ago", "", int(s / (30 * 86400)));
    return tr("%n year(s) ago", "", int(s / (365 * 86400)));
}
