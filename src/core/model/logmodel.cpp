// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/logmodel.h"

#include "model/logtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogModel)
};

/// What a search looks for, copied into the thread that runs it.
struct Query
{
    QString text;
    Qt::CaseSensitivity cs = Qt::CaseInsensitive;
    QRegularExpression pattern;
    bool regex = false;

    bool matches(QByteArrayView line) const
    {
        // Plain text with nothing to decode first: compare bytes where the case must match.
        if (!regex && cs == Qt::CaseSensitive && !LogText::needsStyling(line))
            return line.contains(QByteArrayView(textUtf8));
        const QString shown = LogText::plain(line);
        return regex ? pattern.match(shown).hasMatch() : shown.contains(text, cs);
    }
    QByteArray textUtf8;
};

Query queryOf(const QString &text, bool caseSensitive, bool regex, const QRegularExpression &pattern)
{
    return {text, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive, pattern, regex, text.toUtf8()};
}

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_generation(std::make_shared<std::atomic<int>>(0))
{
    m_pool.setMaxThreadCount(1);
}

LogModel::~LogModel()
{
    ++*m_generation;
    m_pool.waitForDone();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(filtered() ? m_rows.size() : m_committed);
}

qsizetype LogModel::lineAt(int row) const
{
    return filtered() ? qsizetype(m_rows.value(row)) : row;
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    return {{TextRole, "text"}, {StyledTextRole, "styledText"}, {StderrRole, "stderr"}, {TimeRole, "time"},
        {LineNumberRole, "lineNumber"}, {TruncatedRole, "truncated"}, {MatchRole, "match"}};
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype line = lineAt(index.row());
    switch (role) {
    case TextRole:
    case Qt::DisplayRole:
        return LogText::plain(m_buffer.line(line)).left(MaxShown);
    case StyledTextRole: {
        // Empty when plain text shows it all: the view then skips the rich-text layout.
        const QByteArrayView bytes = m_buffer.line(line);
        const QString shown = LogText::plain(bytes).left(MaxShown);
        const auto marks = marksIn(shown);
        if (marks.isEmpty() && !bytes.contains('\x1b'))
            return QString();
        return LogText::html(bytes.first(qMin(bytes.size(), qsizetype(MaxShown) * 4)), marks, m_dark);
    }
    case StderrRole:
        return m_buffer.stream(line) == LogBuffer::Stderr;
    case TimeRole: {
        const qint64 ms = m_buffer.timeMs(line);
        return ms < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms);
    }
    case LineNumberRole:
        return int(line + 1);
    case TruncatedRole:
        return m_buffer.line(line).size() > MaxShown && LogText::plain(m_buffer.line(line)).size() > MaxShown;
    case MatchRole:
        return m_searchActive && std::binary_search(m_matches.cbegin(), m_matches.cend(), quint32(line));
    }
    return {};
}

QList<std::pair<qsizetype, qsizetype>> LogModel::marksIn(const QString &text) const
{
    QList<std::pair<qsizetype, qsizetype>> marks;
    if (!m_searchActive)
        return marks;
    if (m_regex) {
        auto it = m_pattern.globalMatch(text);
        while (it.hasNext() && marks.size() < 1000) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                marks.append({m.capturedStart(), m.capturedLength()});
        }
    } else {
        const Qt::CaseSensitivity cs = m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (qsizetype at = text.indexOf(m_searchText, 0, cs); at >= 0 && marks.size() < 1000;
             at = text.indexOf(m_searchText, at + m_searchText.size(), cs))
            marks.append({at, m_searchText.size()});
    }
    return marks;
}

void LogModel::append(LogBuffer::Stream stream, QByteArrayView bytes, qint64 timeMs)
{
    m_buffer.append(stream, bytes, timeMs);
}

void LogModel::commit()
{
    const qsizetype to = m_buffer.lineCount();
    if (to > m_committed)
        addLines(m_committed, to);
}

void LogModel::flush()
{
    m_buffer.flush();
    commit();
}

bool LogModel::streamShown(qsizetype line) const
{
    switch (m_streamFilter) {
    case AllStreams:
        return true;
    case StdoutOnly:
        return m_buffer.stream(line) == LogBuffer::Stdout;
    case StderrOnly:
        return m_buffer.stream(line) == LogBuffer::Stderr;
    }
    return true;
}

void LogModel::addLines(qsizetype from, qsizetype to)
{
    // New lines are searched as they come (a batch is small); an older part may be searching
    // on the pool meanwhile.
    QList<quint32> newMatches;
    if (m_searchActive) {
        const Query q = queryOf(m_searchText, m_caseSensitive, m_regex, m_pattern);
        for (qsizetype line = from; line < to; ++line) {
            if (q.matches(m_buffer.line(line)))
                newMatches.append(quint32(line));
        }
        m_matches += newMatches;
    }
    if (!filtered()) {
        beginInsertRows({}, int(from), int(to - 1));
        m_committed = to;
        endInsertRows();
    } else {
        m_committed = to;
        QList<quint32> shown;
        if (m_onlyMatches && m_searchActive) {
            if (!m_searching) {
                for (quint32 line : std::as_const(newMatches)) {
                    if (streamShown(line))
                        shown.append(line);
                }
            }
        } else {
            for (qsizetype line = from; line < to; ++line) {
                if (streamShown(line))
                    shown.append(quint32(line));
            }
        }
        if (!shown.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + shown.size() - 1));
            m_rows += shown;
            endInsertRows();
        }
    }
    Q_EMIT countChanged();
    if (!newMatches.isEmpty())
        Q_EMIT matchesChanged();
}

void LogModel::prepend(const LogBuffer &earlier)
{
    if (earlier.lineCount() == 0)
        return;
    beginResetModel();
    LogBuffer joined = earlier;
    joined.flush();
    for (qsizetype i = 0; i < m_buffer.lineCount(); ++i) {
        joined.append(m_buffer.stream(i), m_buffer.line(i), m_buffer.timeMs(i));
        joined.append(m_buffer.stream(i), "\n", -1);
    }
    m_buffer = joined;
    m_committed = m_buffer.lineCount();
    endResetModel();
    restartSearch();
    Q_EMIT countChanged();
}

void LogModel::clear()
{
    ++*m_generation;
    beginResetModel();
    m_buffer.clear();
    m_rows.clear();
    m_matches.clear();
    m_committed = 0;
    endResetModel();
    if (m_searching) {
        m_searching = false;
        Q_EMIT searchingChanged();
    }
    Q_EMIT countChanged();
    Q_EMIT matchesChanged();
}

void LogModel::setStreamFilter(StreamFilter filter)
{
    if (filter == m_streamFilter)
        return;
    m_streamFilter = filter;
    rebuildRows();
    Q_EMIT filterChanged();
}

void LogModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    restartSearch();
}

void LogModel::setCaseSensitive(bool on)
{
    if (on == m_caseSensitive)
        return;
    m_caseSensitive = on;
    restartSearch();
}

void LogModel::setRegularExpression(bool on)
{
    if (on == m_regex)
        return;
    m_regex = on;
    restartSearch();
}

void LogModel::setOnlyMatches(bool on)
{
    if (on == m_onlyMatches)
        return;
    m_onlyMatches = on;
    rebuildRows();
    Q_EMIT filterChanged();
}

void LogModel::setDarkColours(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (m_committed > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {StyledTextRole});
    Q_EMIT darkColoursChanged();
}

void LogModel::rebuildRows()
{
    beginResetModel();
    m_rows.clear();
    if (filtered()) {
        if (m_onlyMatches && m_searchActive) {
            if (!m_searching) {
                for (quint32 line : std::as_const(m_matches)) {
                    if (streamShown(line))
                        m_rows.append(line);
                }
            }
        } else {
            for (qsizetype line = 0; line < m_committed; ++line) {
                if (streamShown(line))
                    m_rows.append(quint32(line));
            }
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

void LogModel::restartSearch()
{
    const int generation = ++*m_generation;
    m_matches.clear();
    m_searchError.clear();
    m_searchActive = !m_searchText.isEmpty();
    if (m_searchActive && m_regex) {
        m_pattern = QRegularExpression(m_searchText,
            m_caseSensitive ? QRegularExpression::NoPatternOption
                            : QRegularExpression::CaseInsensitiveOption);
        if (!m_pattern.isValid()) {
            m_searchError = Tr::tr("Not a valid regular expression: %1").arg(m_pattern.errorString());
            m_searchActive = false;
        }
    }
    const bool wasSearching = m_searching;
    m_searching = false;
    m_searchProgress = 0;
    m_searchEnd = m_committed;
    if (m_searchActive) {
        const Query query = queryOf(m_searchText, m_caseSensitive, m_regex, m_pattern);
        if (m_committed < BackgroundSearchLines) {
            for (qsizetype line = 0; line < m_committed; ++line) {
                if (query.matches(m_buffer.line(line)))
                    m_matches.append(quint32(line));
            }
        } else {
            // A snapshot (shared until the buffer grows) searched on the pool; the lines that
            // arrive meanwhile are searched as they come, into m_matches.
            m_searching = true;
            const LogBuffer snapshot = m_buffer;
            const qsizetype end = m_committed;
            const auto current = m_generation;
            m_pool.start([this, snapshot, end, query, current, generation] {
                QList<quint32> found;
                for (qsizetype line = 0; line < end; ++line) {
                    if ((line & 0xfff) == 0) {
                        if (current->load() != generation)
                            return;
                        const double progress = double(line) / double(end);
                        QMetaObject::invokeMethod(this, [this, progress, current, generation] {
                            if (current->load() == generation) {
                                m_searchProgress = progress;
                                Q_EMIT searchingChanged();
                            }
                        });
                    }
                    if (query.matches(snapshot.line(line)))
                        found.append(quint32(line));
                }
                QMetaObject::invokeMethod(this, [this, found, current, generation] {
                    if (current->load() != generation)
                        return;
                    m_matches = found + m_matches;
                    m_searching = false;
                    m_searchProgress = 1;
                    Q_EMIT searchingChanged();
                    Q_EMIT matchesChanged();
                    if (m_onlyMatches)
                        rebuildRows();
                    else if (m_committed > 0)
                        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {StyledTextRole, MatchRole});
                });
            });
        }
    }
    Q_EMIT searchChanged();
    Q_EMIT matchesChanged();
    if (wasSearching != m_searching)
        Q_EMIT searchingChanged();
    if (m_onlyMatches)
        rebuildRows();
    else if (m_committed > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {StyledTextRole, MatchRole});
}

int LogModel::nextMatch(int row, bool backwards) const
{
    if (m_matches.isEmpty() || m_committed == 0)
        return -1;
    const int rows = rowCount();
    // Walk the rows from @p row; a filtered view is short, an unfiltered one maps line = row.
    if (!filtered()) {
        const quint32 line = quint32(qBound(0, row, rows - 1));
        if (backwards) {
            auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), line);
            return it == m_matches.cbegin() ? int(m_matches.last()) : int(*(it - 1));
        }
        auto it = std::upper_bound(m_matches.cbegin(), m_matches.cend(), line);
        return it == m_matches.cend() ? int(m_matches.first()) : int(*it);
    }
    for (int step = 1; step <= rows; ++step) {
        const int r = ((row + (backwards ? -step : step)) % rows + rows) % rows;
        if (std::binary_search(m_matches.cbegin(), m_matches.cend(), m_rows[r]))
            return r;
    }
    return -1;
}

QString LogModel::fullText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return LogText::plain(m_buffer.line(lineAt(row)));
}

QString LogModel::text(int firstRow, int lastRow, bool timestamps, bool streamMarkers) const
{
    QString out;
    firstRow = qMax(0, firstRow);
    lastRow = qMin(lastRow, rowCount() - 1);
    for (int row = firstRow; row <= lastRow; ++row) {
        const qsizetype line = lineAt(row);
        if (timestamps) {
            const qint64 ms = m_buffer.timeMs(line);
            if (ms >= 0)
                out += QDateTime::fromMSecsSinceEpoch(ms).toString(
                    QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz "));
        }
        if (streamMarkers)
            out += m_buffer.stream(line) == LogBuffer::Stderr ? QStringLiteral("stderr ")
                                                              : QStringLiteral("stdout ");
        out += LogText::plain(m_buffer.line(line));
        out += QLatin1Char('\n');
    }
    return out;
}

QString LogModel::save(const QString &path, bool timestamps, bool streamMarkers) const
{
    if (path.isEmpty())
        return Tr::tr("Choose a file to save the log to.");
    // QSaveFile writes a temporary file and renames it only once everything is written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    const int rows = rowCount();
    for (int first = 0; first < rows; first += 10000) {
        if (file.write(text(first, qMin(rows, first + 10000) - 1, timestamps, streamMarkers).toUtf8()) < 0)
            return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}
