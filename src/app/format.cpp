// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/format.h"

#include "model/displayformat.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace {
/// The unit's name in the user's language.
QString unitName(const QString &unit)
{
    static const QHash<QString, const char *> names {{QStringLiteral("B"), QT_TRANSLATE_NOOP("Format", "B")},
        {QStringLiteral("kB"), QT_TRANSLATE_NOOP("Format", "kB")},
        {QStringLiteral("MB"), QT_TRANSLATE_NOOP("Format", "MB")},
        {QStringLiteral("GB"), QT_TRANSLATE_NOOP("Format", "GB")},
        {QStringLiteral("TB"), QT_TRANSLATE_NOOP("Format", "TB")},
        {QStringLiteral("PB"), QT_TRANSLATE_NOOP("Format", "PB")},
        {QStringLiteral("EB"), QT_TRANSLATE_NOOP("Format", "EB")},
        {QStringLiteral("KiB"), QT_TRANSLATE_NOOP("Format", "KiB")},
        {QStringLiteral("MiB"), QT_TRANSLATE_NOOP("Format", "MiB")},
        {QStringLiteral("GiB"), QT_TRANSLATE_NOOP("Format", "GiB")},
        {QStringLiteral("TiB"), QT_TRANSLATE_NOOP("Format", "TiB")},
        {QStringLiteral("PiB"), QT_TRANSLATE_NOOP("Format", "PiB")},
        {QStringLiteral("EiB"), QT_TRANSLATE_NOOP("Format", "EiB")}};
    const char *name = names.value(unit);
    return name ? Format::tr(name) : unit;
}

/// DisplayFormat's "1.98MB" as "1.98 MB", with the decimal separator and the unit of the user's
/// language; @p digits significant digits, as DisplayFormat wrote it.
QString localized(const QString &text, int digits)
{
    static const QRegularExpression unitAtEnd(QStringLiteral("[A-Za-z]+$"));
    const QRegularExpressionMatch unit = unitAtEnd.match(text);
    bool ok = false;
    const double number = text.left(unit.capturedStart()).toDouble(&ok);
    if (!unit.hasMatch() || !ok)
        return text;
    return QLocale().toString(number, 'g', digits) + QChar(0x00a0) + unitName(unit.captured());
}
} // namespace

Format::Format(QObject *parent)
    : QObject(parent)
{
    // Installing a translator sends the application a LanguageChange.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool Format::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        ++m_language;
        Q_EMIT languageChanged();
    }
    return QObject::eventFilter(watched, event);
}

QString Format::localSize(qint64 bytes, int digits)
{
    return localized(DisplayFormat::humanSize(bytes, digits), digits);
}

QString Format::binarySize(double bytes, int) const
{
    return localized(DisplayFormat::binarySize(qint64(bytes)), 4);
}

QString Format::size(double bytes, int) const
{
    if (bytes < 0)
        return tr("unknown size");
    return localSize(qint64(bytes));
}

QString Format::percent(double percent, int) const
{
    if (percent < 0)
        return QStringLiteral("--");
    return QLocale().toString(percent, 'f', 2) + QLatin1Char('%');
}

QString Format::stateName(const QString &state, int) const
{
    // Every State.Status of Docker's and Podman's (Podman's "stopped" and "configured" too).
    static const QHash<QString, const char *> names {{QStringLiteral("created"), QT_TR_NOOP("created")},
        {QStringLiteral("configured"), QT_TR_NOOP("created")},
        {QStringLiteral("running"), QT_TR_NOOP("running")}, {QStringLiteral("paused"), QT_TR_NOOP("paused")},
        {QStringLiteral("restarting"), QT_TR_NOOP("restarting")},
        {QStringLiteral("removing"), QT_TR_NOOP("removing")},
        {QStringLiteral("exited"), QT_TR_NOOP("exited")}, {QStringLiteral("stopped"), QT_TR_NOOP("exited")},
        {QStringLiteral("dead"), QT_TR_NOOP("dead")}};
    const char *name = names.value(state);
    return name ? tr(name) : state;
}

QString Format::composeStates(const QVariantMap &counts, int) const
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        //: a compose project's containers in one state and how many: running(2), as docker compose ls
        parts << tr("%1(%2)").arg(stateName(it.key())).arg(it.value().toInt());
    return parts.join(QStringLiteral(", "));
}

QString Format::age(const QDateTime &when, int) const
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

namespace {

enum class Part { Program, Option, Value, Operator, Space };

/// The command's words and the spaces between them, quotes kept inside their word.
QList<QPair<Part, QString>> commandWords(const QString &command)
{
    QList<QPair<Part, QString>> words;
    QString word;
    QChar quote;
    const auto endWord = [&] {
        if (!word.isEmpty())
            words.append({Part::Value, word});
        word.clear();
    };
    for (const QChar c : command) {
        if (!quote.isNull()) {
            word += c;
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            word += c;
            quote = c;
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            endWord();
            words.append({Part::Space, QString(c)});
        } else {
            word += c;
        }
    }
    endWord();
    // What each word is: a command starts with its program (after VAR=value settings), then its
    // verb, after a group's name when there is one ("docker container prune", "docker run"),
    // then options and values: "docker stop web" colours web as the value it is.
    static const QRegularExpression subcommand(QStringLiteral("^[a-z][a-z0-9-]*$"));
    static const QStringList groups {QStringLiteral("builder"), QStringLiteral("compose"),
        QStringLiteral("container"), QStringLiteral("context"), QStringLiteral("image"),
        QStringLiteral("network"), QStringLiteral("system"), QStringLiteral("volume")};
    int subcommands = 0;
    static const QRegularExpression setting(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    enum { Start, AfterProgram, Arguments } state = Start;
    for (auto &[part, text] : words) {
        if (part == Part::Space) {
            if (text == QLatin1String("\n"))
                state = Start;
            continue;
        }
        if (text == QLatin1String("&&") || text == QLatin1String("||") || text == QLatin1String("|")
            || text == QLatin1String(";")) {
            part = Part::Operator;
            state = Start;
        } else if (state == Start) {
            if (setting.match(text).hasMatch())
                continue;
            part = Part::Program;
            state = AfterProgram;
            subcommands = 0;
        } else if (text.startsWith(QLatin1Char('-')) && text.size() > 1) {
            part = Part::Option;
            state = Arguments;
        } else if (state == AfterProgram && subcommand.match(text).hasMatch()) {
            part = Part::Program;
            ++subcommands;
            // A verb ends them; a group's name has its verb after it.
            if (subcommands >= 2 || !groups.contains(text))
                state = Arguments;
        } else {
            state = Arguments;
        }
    }
    return words;
}

} // namespace

QString Format::commandHtml(const QString &command, bool dark) const
{
    const QString program = dark ? QStringLiteral("#99c1f1") : QStringLiteral("#1a5fb4");
    const QString option = dark ? QStringLiteral("#dc8add") : QStringLiteral("#813d9c");
    const QString value = dark ? QStringLiteral("#8ff0a4") : QStringLiteral("#26734d");
    const auto span = [](const QString &colour, const QString &text, bool bold = false) {
        return QStringLiteral("<span style=\"color:%1%2\">%3</span>")
            .arg(colour, bold ? QStringLiteral(";font-weight:bold") : QString(), text.toHtmlEscaped());
    };
    QString html;
    for (const auto &[part, text] : commandWords(command)) {
        switch (part) {
        case Part::Space:
            html += text == QLatin1String("\n") ? QStringLiteral("<br>") : QStringLiteral(" ");
            break;
        case Part::Program:
        case Part::Operator:
            html += span(program, text, true);
            break;
        case Part::Option: {
            // --name=value: the option, then its value.
            const qsizetype equals
                = text.startsWith(QLatin1String("--")) ? text.indexOf(QLatin1Char('=')) : -1;
            html += equals > 0 ? span(option, text.left(equals + 1)) + span(value, text.mid(equals + 1))
                               : span(option, text);
            break;
        }
        case Part::Value:
            html += span(value, text);
            break;
        }
    }
    return html;
}
