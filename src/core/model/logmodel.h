// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/logbuffer.h"

#include <QAbstractListModel>
#include <QRegularExpression>
#include <QThreadPool>

#include <atomic>
#include <memory>

/**
 * The log viewer's rows over a LogBuffer: all lines, or only stdout, only stderr, or only the
 * lines matching the search. Lines arrive in batches (one beginInsertRows a batch). Searching a
 * large log runs on a pool thread over a snapshot of the buffer, with progress; lines that
 * arrive meanwhile are searched as they come.
 */
class LogModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int lineCount READ lineCount NOTIFY countChanged)
    Q_PROPERTY(StreamFilter streamFilter READ streamFilter WRITE setStreamFilter NOTIFY filterChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchChanged)
    Q_PROPERTY(bool caseSensitive READ caseSensitive WRITE setCaseSensitive NOTIFY searchChanged)
    Q_PROPERTY(bool regularExpression READ regularExpression WRITE setRegularExpression NOTIFY searchChanged)
    Q_PROPERTY(bool onlyMatches READ onlyMatches WRITE setOnlyMatches NOTIFY filterChanged)
    Q_PROPERTY(QString searchError READ searchError NOTIFY searchChanged)
    Q_PROPERTY(int matchCount READ matchCount NOTIFY matchesChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)
    Q_PROPERTY(double searchProgress READ searchProgress NOTIFY searchingChanged)
    Q_PROPERTY(bool darkColours READ darkColours WRITE setDarkColours NOTIFY darkColoursChanged)

public:
    enum Role {
        TextRole = Qt::UserRole + 1, ///< plain text, cut at MaxShown characters
        StyledTextRole, ///< rich text: ANSI colours and the search's marks
        StderrRole, ///< bool
        TimeRole, ///< QDateTime (local), invalid when unknown
        LineNumberRole, ///< 1-based, in the whole log
        TruncatedRole, ///< longer than MaxShown: the view offers "expand"
        MatchRole, ///< bool: matches the search
    };
    Q_ENUM(Role)
    enum StreamFilter { AllStreams, StdoutOnly, StderrOnly };
    Q_ENUM(StreamFilter)

    /// Characters of a line a row shows before it offers "expand".
    static constexpr int MaxShown = 10000;
    /// Lines above which a new search goes to a pool thread.
    static constexpr int BackgroundSearchLines = 20000;

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const LogBuffer &buffer() const { return m_buffer; }
    int count() const { return rowCount(); }
    int lineCount() const { return int(m_buffer.lineCount()); }

    /// Adds what the engine sent; its complete lines become rows at commit().
    void append(LogBuffer::Stream stream, QByteArrayView bytes, qint64 timeMs);
    /// Shows the lines appended since the last commit, in one insertion: once a batch.
    void commit();
    /// Ends the open lines and commits (the stream ended, or went quiet on a prompt).
    void flush();
    /// Lines older than the ones shown ("load earlier"), put in front of them.
    void prepend(const LogBuffer &earlier);
    Q_INVOKABLE void clear();

    StreamFilter streamFilter() const { return m_streamFilter; }
    void setStreamFilter(StreamFilter filter);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    bool caseSensitive() const { return m_caseSensitive; }
    void setCaseSensitive(bool on);
    bool regularExpression() const { return m_regex; }
    void setRegularExpression(bool on);
    bool onlyMatches() const { return m_onlyMatches; }
    void setOnlyMatches(bool on);
    QString searchError() const { return m_searchError; }
    int matchCount() const { return int(m_matches.size()); }
    bool searching() const { return m_searching; }
    double searchProgress() const { return m_searchProgress; }
    bool darkColours() const { return m_dark; }
    void setDarkColours(bool dark);

    /// The row of the next (or previous) matching line after @p row, wrapping; -1 when none.
    Q_INVOKABLE int nextMatch(int row, bool backwards = false) const;
    /// The whole line, however long (the "expand" of a truncated row).
    Q_INVOKABLE QString fullText(int row) const;
    /// The rows' text as a file would hold it, one line each.
    Q_INVOKABLE QString text(int firstRow, int lastRow, bool timestamps, bool streamMarkers) const;
    /// Writes the shown lines to @p path (through a temporary name); returns an error or "".
    Q_INVOKABLE QString save(const QString &path, bool timestamps, bool streamMarkers) const;

Q_SIGNALS:
    void countChanged();
    void filterChanged();
    void searchChanged();
    void matchesChanged();
    void searchingChanged();
    void darkColoursChanged();

private:
    bool streamShown(qsizetype line) const;
    bool filtered() const { return m_streamFilter != AllStreams || (m_onlyMatches && m_searchActive); }
    qsizetype lineAt(int row) const;
    void restartSearch();
    void rebuildRows();
    void addLines(qsizetype from, qsizetype to);
    QList<std::pair<qsizetype, qsizetype>> marksIn(const QString &text) const;

    LogBuffer m_buffer;
    QList<quint32> m_rows; ///< the lines shown, when filtered()
    QList<quint32> m_matches; ///< the lines matching the search, ascending
    StreamFilter m_streamFilter = AllStreams;
    QString m_searchText;
    bool m_caseSensitive = false;
    bool m_regex = false;
    bool m_onlyMatches = false;
    bool m_searchActive = false;
    QString m_searchError;
    QRegularExpression m_pattern;
    bool m_searching = false;
    double m_searchProgress = 0;
    bool m_dark = false;
    /// Shared with a search thread: it stops when the generation moves on.
    std::shared_ptr<std::atomic<int>> m_generation;
    qsizetype m_committed = 0; ///< lines the rows know of
    qsizetype m_searchEnd = 0; ///< a running search covers the lines below this
    QThreadPool m_pool;
};
