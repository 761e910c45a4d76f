// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/displayformat.h"

#include "model/imagereference.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace DisplayFormat {

QString humanDuration(qint64 seconds)
{
    if (seconds < 1)
        return QStringLiteral("Less than a second");
    if (seconds == 1)
        return QStringLiteral("1 second");
    if (seconds < 60)
        return QStringLiteral("%1 seconds").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes == 1)
        return QStringLiteral("About a minute");
    if (minutes < 60)
        return QStringLiteral("%1 minutes").arg(minutes);
    const qint64 hours = qint64(double(seconds) / 3600.0 + 0.5);
    if (hours == 1)
        return QStringLiteral("About an hour");
    if (hours < 48)
        return QStringLiteral("%1 hours").arg(hours);
    if (hours < 24 * 7 * 2)
        return QStringLiteral("%1 days").arg(hours / 24);
    if (hours < 24 * 30 * 2)
        return QStringLiteral("%1 weeks").arg(hours / 24 / 7);
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1 months").arg(hours / 24 / 30);
    return QStringLiteral("%1 years").arg(seconds / 3600 / 24 / 365);
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};

/// One of humanDuration()'s phrases, translated; empty when it is not one.
QString localDuration(const QString &phrase)
{
    if (phrase == QLatin1String("Less than a second"))
        return Tr::tr("Less than a second");
    if (phrase == QLatin1String("About a minute"))
        return Tr::tr("About a minute");
    if (phrase == QLatin1String("About an hour"))
        return Tr::tr("About an hour");
    static const QRegularExpression counted(
        QStringLiteral("^(\\d+) (second|minute|hour|day|week|month|year)s?$"));
    const QRegularExpressionMatch m = counted.match(phrase);
    if (!m.hasMatch())
        return {};
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("second"))
        return Tr::tr("%n second(s)", nullptr, n);
    if (unit == QLatin1String("minute"))
        return Tr::tr("%n minute(s)", nullptr, n);
    if (unit == QLatin1String("hour"))
        return Tr::tr("%n hour(s)", nullptr, n);
    if (unit == QLatin1String("day"))
        return Tr::tr("%n day(s)", nullptr, n);
    if (unit == QLatin1String("week"))
        return Tr::tr("%n week(s)", nullptr, n);
    if (unit == QLatin1String("month"))
        return Tr::tr("%n month(s)", nullptr, n);
    return Tr::tr("%n year(s)", nullptr, n);
}

} // namespace

QString localStatus(const QString &status)
{
    // The engine's forms (daemon/container State.String): Up D [(Paused)|(healthy)|(unhealthy)|
    // (health: starting)], Restarting (N) D ago, Exited (N) D ago, Created, Removal In Progress, Dead.
    static const QRegularExpression up(
        QStringLiteral("^Up (.+?)(?: \\((Paused|healthy|unhealthy|health: starting)\\))?$"));
    static const QRegularExpression ended(QStringLiteral("^(Exited|Restarting) \\((-?\\d+)\\) (.+) ago$"));
    QRegularExpressionMatch m = up.match(status);
    if (m.hasMatch()) {
        const QString duration = localDuration(m.captured(1));
        if (duration.isEmpty())
            return status;
        const QString note = m.captured(2);
        if (note.isEmpty())
            return Tr::tr("Up %1").arg(duration);
        if (note == QLatin1String("Paused"))
            return Tr::tr("Up %1 (Paused)").arg(duration);
        if (note == QLatin1String("healthy"))
            return Tr::tr("Up %1 (healthy)").arg(duration);
        if (note == QLatin1String("unhealthy"))
            return Tr::tr("Up %1 (unhealthy)").arg(duration);
        return Tr::tr("Up %1 (health: starting)").arg(duration);
    }
    m = ended.match(status);
    if (m.hasMatch()) {
        const QString duration = localDuration(m.captured(3));
        if (duration.isEmpty())
            return status;
        return (m.captured(1) == QLatin1String("Exited") ? Tr::tr("Exited (%1) %2 ago")
                                                         : Tr::tr("Restarting (%1) %2 ago"))
            .arg(m.captured(2), duration);
    }
    if (status == QLatin1String("Created"))
        return Tr::tr("Created");
    if (status == QLatin1String("Removal In Progress"))
        return Tr::tr("Removal In Progress");
    if (status == QLatin1String("Dead"))
        return Tr::tr("Dead");
    return status;
}

namespace {
/// Go's units.CustomSize: @p bytes in steps of @p base, with @p digits significant digits.
QString customSize(qint64 bytes, double base, const char *const units[7], int digits)
{
    double size = double(bytes);
    int i = 0;
    while (size >= base && i < 6) {
        size /= base;
        ++i;
    }
    QString number = QString::number(size, 'g', digits);
    // Go's %g writes a negative size below -10^digits with an exponent ("-2.131e+06B", as docker
    // system df shows Podman 4.3's negative reclaimable space), as Qt does.
    if (number.contains(QLatin1Char('e')) && size >= 0)
        number = QString::number(qRound64(size));
    return number + QLatin1String(units[i]);
}
} // namespace

QString humanSize(qint64 bytes)
{
    // docker's HumanSizeWithPrecision(size, 3): decimal units.
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    return customSize(bytes, 1000.0, units, 3);
}

QString humanSize(qint64 bytes, int digits)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    return customSize(bytes, 1000.0, units, digits);
}

QString binarySize(qint64 bytes)
{
    // docker's BytesSize: binary units, 4 significant digits (memory in docker stats).
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    return customSize(bytes, 1024.0, units, 4);
}

namespace {
QString formGroup(const QString &key, int first, int last)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    QString type = parts.value(0);
    QString ip;
    if (parts.size() > 1) {
        ip = parts.value(0);
        type = parts.value(1);
    }
    QString group = QString::number(first);
    if (first != last)
        group += QLatin1Char('-') + QString::number(last);
    if (!ip.isEmpty())
        group = ip + QLatin1Char(':') + group + QLatin1String("->") + group;
    return group + QLatin1Char('/') + type;
}

QString joinHostPort(const QString &ip, int port)
{
    if (ip.contains(QLatin1Char(':')))
        return QLatin1Char('[') + ip + QLatin1String("]:") + QString::number(port);
    return ip + QLatin1Char(':') + QString::number(port);
}
} // namespace

QString ports(QList<PortInfo> list)
{
    std::sort(list.begin(), list.end(), [](const PortInfo &a, const PortInfo &b) {
        if (a.privatePort != b.privatePort)
            return a.privatePort < b.privatePort;
        if (a.ip != b.ip)
            return a.ip < b.ip;
        if (a.publicPort != b.publicPort)
            return a.publicPort < b.publicPort;
        return a.type < b.type;
    });
    struct Group
    {
        int first;
        int last;
    };
    QMap<QString, Group> groups;
    QStringList order;
    QStringList result;
    QStringList hostMappings;
    for (const PortInfo &p : std::as_const(list)) {
        const int current = p.privatePort;
        QString key = p.type;
        if (!p.ip.isEmpty()) {
            if (p.publicPort != current) {
                hostMappings << QStringLiteral("%1->%2/%3")
                                    .arg(joinHostPort(p.ip, p.publicPort))
                                    .arg(p.privatePort)
                                    .arg(p.type);
                continue;
            }
            key = p.ip + QLatin1Char('/') + p.type;
        }
        auto it = groups.find(key);
        if (it == groups.end()) {
            groups.insert(key, {current, current});
            order << key;
            continue;
        }
        if (current == it->last + 1) {
            it->last = current;
            continue;
        }
        result << formGroup(key, it->first, it->last);
        *it = {current, current};
    }
    for (const QString &key : std::as_const(order))
        result << formGroup(key, groups[key].first, groups[key].last);
    result << hostMappings;
    return result.join(QLatin1String(", "));
}

QString ellipsis(const QString &text, int width)
{
    const QList<uint> code = text.toUcs4();
    if (code.size() <= width)
        return text;
    if (width <= 1)
        return QStringLiteral("…").left(width);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(code.constData()), width - 1)
        + QStringLiteral("…");
}

QString goQuote(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString familiarImage(const QString &image, const QString &imageId)
{
    if (image.isEmpty())
        return QStringLiteral("<no image>");
    auto truncateId = [](QString id) {
        const qsizetype colon = id.indexOf(QLatin1Char(':'));
        if (colon >= 0 && id.left(colon).startsWith(QLatin1String("sha")))
            id = id.mid(colon + 1);
        return id.left(12);
    };
    if (image.startsWith(QLatin1String("sha256:")) || truncateId(image) == truncateId(imageId))
        return truncateId(image);
    // A name with a tag shows without its digest, as docker ps shows it.
    const ImageReference reference = ImageReference::parse(image);
    if (reference.hasTag() && !reference.digest().isEmpty())
        return reference.withoutDigest().familiar();
    return reference.familiar();
}

QString table(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size() - 1; ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], int(row[c].toUcs4().size()));
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            line += row[c];
            if (c < row.size() - 1)
                line += QString(std::max(10, widths[c] + 3) - int(row[c].toUcs4().size()), QLatin1Char(' '));
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Compare the numbers without leading zeros: longer is larger, then digit by digit.
            QStringView x = QStringView(a).mid(i, ei - i), y = QStringView(b).mid(j, ej - j);
            while (x.size() > 1 && x.front() == QLatin1Char('0'))
                x = x.mid(1);
            while (y.size() > 1 && y.front() == QLatin1Char('0'))
                y = y.mid(1);
            if (x.size() != y.size())
                return x.size() < y.size();
            if (x != y)
                return x < y;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j)
        return a.size() - i < b.size() - j;
    return a < b; // equal but for leading zeros: a fixed order all the same
}

} // namespace DisplayFormat
