// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <initializer_list>

/**
 * A berthctl command's options, declared once and read after one parse, as the docker CLI reads
 * its own: `-o FILE`, `--output FILE`, `--output=FILE`, flags, short flags together (`-it`),
 * `--` ending the options. Every command uses it; none parses its arguments by hand.
 *
 *     Options options(QStringLiteral("berthctl volume backup VOLUME [-o FILE]"));
 *     options.value({"-o", "--output"}).flag({"--pause-containers"});
 *     if (!options.parse(args)) return failWith(options.error());
 *
 * An option is known by any of its names; the values are kept in the order given.
 */
class Options
{
public:
    /// @p usage: what the command takes, shown with a mistake ("berthctl ps [-a] …").
    explicit Options(const QString &usage);

    /// A flag: there or not (-a, --all).
    Options &flag(std::initializer_list<const char *> names);
    Options &flag(const QString &name);
    /// An option with a value; given again, it adds one (values()).
    Options &value(std::initializer_list<const char *> names);
    /// Everything from the first positional argument on is positional (exec's command and its
    /// own options).
    Options &positionalEndsOptions();

    /// Reads @p args; false with error() when an option is unknown or lacks its value.
    bool parse(const QStringList &args);
    /// What was wrong, with the usage line.
    QString error() const { return m_error; }
    QString usage() const { return m_usage; }
    /// "usage: …" for a mistake parse() cannot see (a missing argument, two of a kind).
    QString usageError() const;

    bool isSet(const QString &name) const;
    /// The last value given, or @p fallback.
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const;
    QStringList positional() const { return m_positional; }

private:
    struct Declared
    {
        QString key; ///< the first name
        bool takesValue = false;
    };
    Options &declare(const QStringList &names, bool takesValue);
    const Declared *find(const QString &name) const;
    bool take(const Declared &option, const QString &given, const QString *value);
    QString keyOf(const QString &name) const;

    QString m_usage;
    QList<QPair<QStringList, Declared>> m_declared;
    bool m_positionalEnds = false;
    QHash<QString, QStringList> m_values; ///< by key; a flag has one empty value per time given
    QStringList m_positional;
    QString m_error;
};
