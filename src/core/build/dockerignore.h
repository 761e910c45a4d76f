// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

/**
 * A .dockerignore file's patterns, matched as docker matches them (moby's patternmatcher and
 * ignorefile): lines starting with # are comments, blanks are dropped, a leading ! makes an
 * exception, each pattern is cleaned as a path and loses a leading /. `*` and `?` never cross a
 * /, `**` crosses any number of folders (and a pattern that starts with it and has no other
 * wildcard is a plain suffix test: `**foo` matches `barfoo`), a pattern that matches a folder
 * matches everything in it, and the last pattern that matches decides.
 */
class DockerIgnore
{
public:
    /// Per pattern, whether it matched a folder on the way (what docker keeps while walking).
    using MatchInfo = QList<bool>;

    DockerIgnore() = default;
    /// The patterns of a .dockerignore file's text; false with @p error for a malformed one.
    bool parse(const QByteArray &text, QString *error = nullptr);
    /// Patterns as the engine's excludes are written (already cleaned; "!" for exceptions).
    bool setPatterns(const QStringList &patterns, QString *error = nullptr);
    /// The patterns as cleaned, exceptions with their "!".
    QStringList patterns() const;
    bool isEmpty() const { return m_patterns.isEmpty(); }
    bool hasExceptions() const { return m_exceptions; }

    /// Whether @p path (relative, with /) is left out; its folders are looked at too.
    bool matches(const QString &path) const;
    /// The same, with the result of its folder (@p parent, empty for a top-level entry);
    /// @p info receives this entry's, for the entries inside it.
    bool matches(const QString &path, const MatchInfo &parent, MatchInfo *info) const;
    /// A folder that is left out may still hold entries an exception brings back (docker walks
    /// into it then): an exception pattern that starts with @p dir/.
    bool mayBringBackUnder(const QString &dir) const;

    /// A path cleaned as Go's filepath.Clean cleans it ("a//b/./c/.." → "a/b").
    static QString cleanPath(const QString &path);

private:
    enum class Kind { Exact, Prefix, Suffix, Regexp };
    struct Pattern
    {
        QString cleaned;
        bool exception = false;
        Kind kind = Kind::Exact;
        QRegularExpression regexp;
        bool match(const QString &path) const;
    };
    static bool compile(Pattern *pattern, QString *error);

    QList<Pattern> m_patterns;
    bool m_exceptions = false;
};
