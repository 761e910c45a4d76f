// SPDX-License-Identifier: GPL-3.0-or-later
#include "build/dockerignore.h"

#include "files/copypaths.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DockerIgnore)
};

/// One character of a bracket expression as Go's filepath.Match reads it; false when malformed.
bool classChar(const QString &p, qsizetype *i)
{
    if (*i >= p.size() || p.at(*i) == QLatin1Char('-') || p.at(*i) == QLatin1Char(']'))
        return false;
    if (p.at(*i) == QLatin1Char('\\')) {
        ++*i;
        if (*i >= p.size())
            return false;
    }
    ++*i;
    return true;
}

/// Whether Go's filepath.Match would call @p p a bad pattern (docker refuses those).
bool wellFormed(const QString &p)
{
    for (qsizetype i = 0; i < p.size();) {
        const QChar c = p.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= p.size())
                return false;
            i += 2;
        } else if (c == QLatin1Char('[')) {
            ++i;
            if (i < p.size() && p.at(i) == QLatin1Char('^'))
                ++i;
            int ranges = 0;
            for (;;) {
                if (i < p.size() && p.at(i) == QLatin1Char(']') && ranges > 0) {
                    ++i;
                    break;
                }
                if (!classChar(p, &i))
                    return false;
                if (i < p.size() && p.at(i) == QLatin1Char('-')) {
                    ++i;
                    if (!classChar(p, &i))
                        return false;
                }
                ++ranges;
            }
        } else {
            ++i;
        }
    }
    return true;
}
} // namespace

QString DockerIgnore::cleanPath(const QString &path)
{
    return CopyPaths::clean(path); // Go's filepath.Clean, as docker cp's rules use it too
}

bool DockerIgnore::parse(const QByteArray &text, QString *error)
{
    QStringList patterns;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray bytes = lines.at(n);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        if (n == 0 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        // A comment only where the line starts with it: " #x" is a pattern.
        if (bytes.startsWith('#'))
            continue;
        QString pattern = QString::fromUtf8(bytes).trimmed();
        if (pattern.isEmpty())
            continue;
        const bool exception = pattern.startsWith(QLatin1Char('!'));
        if (exception)
            pattern = pattern.mid(1).trimmed();
        if (!pattern.isEmpty()) {
            pattern = cleanPath(pattern);
            if (pattern.size() > 1 && pattern.startsWith(QLatin1Char('/')))
                pattern.remove(0, 1);
        }
        patterns.append(exception ? QLatin1Char('!') + pattern : pattern);
    }
    return setPatterns(patterns, error);
}

bool DockerIgnore::setPatterns(const QStringList &patterns, QString *error)
{
    m_patterns.clear();
    m_exceptions = false;
    for (QString p : patterns) {
        p = p.trimmed();
        if (p.isEmpty())
            continue;
        p = cleanPath(p);
        Pattern pattern;
        if (p.startsWith(QLatin1Char('!'))) {
            if (p.size() == 1) {
                if (error)
                    *error = Tr::tr(
                        "A line of .dockerignore is only \"!\": an exception needs a pattern after it.");
                m_patterns.clear();
                return false;
            }
            pattern.exception = true;
            m_exceptions = true;
            p.remove(0, 1);
        }
        pattern.cleaned = p;
        if (!wellFormed(p) || !compile(&pattern, error)) {
            if (error)
                *error = Tr::tr(
                    "The .dockerignore pattern \"%1\" is malformed (an unclosed [ or a \\ at the end).")
                             .arg(p);
            m_patterns.clear();
            m_exceptions = false;
            return false;
        }
        m_patterns.append(pattern);
    }
    return true;
}

QStringList DockerIgnore::patterns() const
{
    QStringList out;
    for (const Pattern &p : m_patterns)
        out.append(p.exception ? QLatin1Char('!') + p.cleaned : p.cleaned);
    return out;
}

bool DockerIgnore::compile(Pattern *pattern, QString *error)
{
    Q_UNUSED(error);
    QString re = QStringLiteral("^");
    Kind kind = Kind::Exact;
    const QString &p = pattern->cleaned;
    qsizetype at = 0;
    for (int i = 0; at < p.size(); ++i) {
        const QChar c = p.at(at++);
        const QChar next = at < p.size() ? p.at(at) : QChar();
        if (c == QLatin1Char('*')) {
            if (next == QLatin1Char('*')) {
                ++at;
                // "**/" is read as "**".
                if (at < p.size() && p.at(at) == QLatin1Char('/'))
                    ++at;
                if (at >= p.size()) {
                    // "**" at the end matches everything below, as .gitignore's.
                    if (kind == Kind::Exact) {
                        kind = Kind::Prefix;
                    } else {
                        re += QStringLiteral(".*");
                        kind = Kind::Regexp;
                    }
                } else {
                    re += QStringLiteral("(.*/)?");
                    kind = Kind::Regexp;
                }
                if (i == 0)
                    kind = Kind::Suffix;
            } else {
                re += QStringLiteral("[^/]*");
                kind = Kind::Regexp;
            }
        } else if (c == QLatin1Char('?')) {
            re += QStringLiteral("[^/]");
            kind = Kind::Regexp;
        } else if (QStringLiteral(".+()|{}$").contains(c)) {
            re += QLatin1Char('\\') + c;
        } else if (c == QLatin1Char('\\')) {
            if (at < p.size()) {
                re += QLatin1Char('\\') + p.at(at++);
                kind = Kind::Regexp;
            } else {
                re += QStringLiteral("\\\\");
            }
        } else if (c == QLatin1Char('[') || c == QLatin1Char(']')) {
            re += c;
            kind = Kind::Regexp;
        } else {
            re += c;
        }
    }
    pattern->kind = kind;
    if (kind != Kind::Regexp)
        return true;
    // \z, not $: Go's $ does not match before a final newline.
    pattern->regexp = QRegularExpression(re + QStringLiteral("\\z"));
    return pattern->regexp.isValid();
}

bool DockerIgnore::Pattern::match(const QString &path) const
{
    switch (kind) {
    case Kind::Exact:
        return path == cleaned;
    case Kind::Prefix:
        return path.startsWith(cleaned.left(cleaned.size() - 2));
    case Kind::Suffix: {
        const QString suffix = cleaned.mid(2);
        if (path.endsWith(suffix))
            return true;
        // "**/foo" matches "foo".
        return suffix.startsWith(QLatin1Char('/')) && path == suffix.mid(1);
    }
    case Kind::Regexp:
        return regexp.match(path).hasMatch();
    }
    return false;
}

bool DockerIgnore::matches(const QString &path) const
{
    MatchInfo info;
    return matches(path, {}, &info);
}

bool DockerIgnore::matches(const QString &path, const MatchInfo &parent, MatchInfo *info) const
{
    const bool haveParent = parent.size() == m_patterns.size() && !parent.isEmpty();
    bool matched = false;
    info->fill(false, m_patterns.size());
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        const Pattern &pattern = m_patterns.at(i);
        bool match = haveParent && parent.at(i);
        if (!match) {
            // An exclusion after a match, or an exception before one, cannot change the result.
            if (pattern.exception != matched)
                continue;
            match = pattern.match(path);
            if (!match && !haveParent) {
                const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
                if (slash > 0) {
                    const QStringList dirs = path.left(slash).split(QLatin1Char('/'));
                    for (qsizetype d = 1; d <= dirs.size() && !match; ++d)
                        match = pattern.match(dirs.mid(0, d).join(QLatin1Char('/')));
                }
            }
        }
        (*info)[i] = match;
        if (match)
            matched = !pattern.exception;
    }
    return matched;
}

bool DockerIgnore::mayBringBackUnder(const QString &dir) const
{
    const QString dirSlash = dir + QLatin1Char('/');
    for (const Pattern &p : m_patterns) {
        if (p.exception && (p.cleaned + QLatin1Char('/')).startsWith(dirSlash))
            return true;
    }
    return false;
}
