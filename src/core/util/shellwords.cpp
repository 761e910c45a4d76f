// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/shellwords.h"

#include <QCoreApplication>

namespace ShellWords {

namespace {
bool isSafe(QChar c)
{
    if (c.unicode() > 127)
        return c.isLetterOrNumber(); // Cyrillic and other letters need no quotes in bash or zsh
    return c.isLetterOrNumber() || QStringLiteral("_@%+=:,./-").contains(c);
}
} // namespace

QString quote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (const QChar c : word)
        safe = safe && isSafe(c);
    if (safe)
        return word;
    QString out = QStringLiteral("'");
    for (const QChar c : word) {
        if (c == QLatin1Char('\''))
            out += QLatin1String("'\\''");
        else
            out += c;
    }
    return out + QLatin1Char('\'');
}

QString join(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &w : words)
        quoted << quote(w);
    return quoted.join(QLatin1Char(' '));
}

QStringList split(const QString &text, QString *error)
{
    QStringList words;
    QString current;
    bool inWord = false;
    enum { Plain, Single, Double } mode = Plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (mode) {
        case Plain:
            if (c.isSpace()) {
                if (inWord)
                    words << std::exchange(current, QString());
                inWord = false;
            } else if (c == QLatin1Char('\'')) {
                mode = Single;
                inWord = true;
            } else if (c == QLatin1Char('"')) {
                mode = Double;
                inWord = true;
            } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
                current += text[++i];
                inWord = true;
            } else {
                current += c;
                inWord = true;
            }
            break;
        case Single:
            if (c == QLatin1Char('\''))
                mode = Plain;
            else
                current += c;
            break;
        case Double:
            if (c == QLatin1Char('"'))
                mode = Plain;
            else if (c == QLatin1Char('\\') && i + 1 < text.size()
                && QStringLiteral("\"\\$`").contains(text[i + 1]))
                current += text[++i];
            else
                current += c;
            break;
        }
    }
    if (mode != Plain) {
        if (error)
            *error = QCoreApplication::translate("ShellWords", "A quote is not closed.");
        return {};
    }
    if (inWord)
        words << current;
    if (error)
        error->clear();
    return words;
}

} // namespace ShellWords
