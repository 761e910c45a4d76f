// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/options.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berthctl)
};
} // namespace

Options::Options(const QString &usage)
    : m_usage(usage)
{
}

namespace {
QStringList listOf(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list << QLatin1String(n);
    return list;
}
} // namespace

Options &Options::declare(const QStringList &names, bool takesValue)
{
    Q_ASSERT(!names.isEmpty());
    m_declared.append({names, Declared {names.first(), takesValue}});
    return *this;
}

Options &Options::flag(std::initializer_list<const char *> names)
{
    return declare(listOf(names), false);
}

Options &Options::flag(const QString &name)
{
    return declare({name}, false);
}

Options &Options::value(std::initializer_list<const char *> names)
{
    return declare(listOf(names), true);
}

Options &Options::positionalEndsOptions()
{
    m_positionalEnds = true;
    return *this;
}

const Options::Declared *Options::find(const QString &name) const
{
    for (const auto &[names, declared] : m_declared) {
        if (names.contains(name))
            return &declared;
    }
    return nullptr;
}

QString Options::keyOf(const QString &name) const
{
    const Declared *d = find(name);
    Q_ASSERT_X(d, "Options", "an option read is declared first");
    return d ? d->key : QString();
}

bool Options::take(const Declared &option, const QString &given, const QString *value)
{
    if (option.takesValue && !value) {
        m_error = Tr::tr("%1 needs a value. Usage: %2").arg(given, m_usage);
        return false;
    }
    if (!option.takesValue && value) {
        m_error = Tr::tr("%1 takes no value. Usage: %2").arg(given, m_usage);
        return false;
    }
    m_values[option.key].append(value ? *value : QString());
    return true;
}

bool Options::parse(const QStringList &args)
{
    m_values.clear();
    m_positional.clear();
    m_error.clear();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--")) {
            m_positional << args.mid(i + 1);
            return true;
        }
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            if (m_positionalEnds) {
                m_positional << args.mid(i);
                return true;
            }
            m_positional << a;
            continue;
        }
        // --name=value
        const qsizetype eq = a.startsWith(QLatin1String("--")) ? a.indexOf(QLatin1Char('=')) : -1;
        const QString name = eq > 0 ? a.left(eq) : a;
        if (const Declared *option = find(name)) {
            if (eq > 0) {
                const QString value = a.mid(eq + 1);
                if (!take(*option, name, &value))
                    return false;
            } else if (option->takesValue) {
                if (i + 1 >= args.size())
                    return take(*option, name, nullptr);
                const QString value = args[++i];
                if (!take(*option, name, &value))
                    return false;
            } else if (!take(*option, name, nullptr)) {
                return false;
            }
            continue;
        }
        // Short flags together: -it is -i -t.
        bool together = a.size() > 2 && !a.startsWith(QLatin1String("--"));
        for (qsizetype k = 1; together && k < a.size(); ++k) {
            const Declared *option = find(QStringLiteral("-") + a[k]);
            together = option && !option->takesValue;
        }
        if (!together) {
            m_error = Tr::tr("unknown option '%1'. Usage: %2").arg(a, m_usage);
            return false;
        }
        for (qsizetype k = 1; k < a.size(); ++k)
            take(*find(QStringLiteral("-") + a[k]), a, nullptr);
    }
    return true;
}

QString Options::usageError() const
{
    return Tr::tr("usage: %1").arg(m_usage);
}

bool Options::isSet(const QString &name) const
{
    return m_values.contains(keyOf(name));
}

QString Options::value(const QString &name, const QString &fallback) const
{
    const QStringList v = m_values.value(keyOf(name));
    return v.isEmpty() ? fallback : v.last();
}

QStringList Options::values(const QString &name) const
{
    return m_values.value(keyOf(name));
}
