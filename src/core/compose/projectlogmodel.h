// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/projectlogs.h"

#include <QAbstractListModel>

#include <deque>
#include <memory>

/**
 * A project's merged logs as rows for a log window: each line with its container's prefix as
 * docker compose logs prints it ("web-1  | ") and which container it came from (the window's
 * colour). Follows while the containers run; at most MaxLines, the oldest going first.
 */
class ProjectLogModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString project READ project CONSTANT)
    Q_PROPERTY(QString command READ command CONSTANT)
    Q_PROPERTY(bool following READ following NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(QStringList names READ names CONSTANT)

public:
    static constexpr int MaxLines = 100000;
    enum Role {
        PrefixRole = Qt::UserRole + 1, ///< "web-1  | ": the container's name padded, then " | "
        TextRole, ///< the line, without its newline
        SourceRole, ///< int: which container (an index into names), for its colour
        StderrRole, ///< bool: written to stderr
        TimestampRole, ///< the engine's RFC 3339 timestamp
    };
    Q_ENUM(Role)

    /// Starts reading: the last @p tail lines of each container, merged, then following.
    ProjectLogModel(EngineClient *client, const ComposeProject &project, int tail, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_lines.size());
    }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString project() const { return m_project; }
    QString command() const { return m_command; }
    bool following() const { return m_logs && !m_logs->isFinished(); }
    QString errorString() const { return m_errorString; }
    QStringList names() const { return m_names; }
    /// The whole text as docker compose logs --no-color prints it.
    Q_INVOKABLE QString text() const;
    Q_INVOKABLE void stop();
    /// stop(), and goes once the event loop is back (the log window closes).
    Q_INVOKABLE void release()
    {
        stop();
        deleteLater();
    }

Q_SIGNALS:
    void stateChanged();

private:
    void take(const QList<ProjectLogLine> &lines);

    QString m_project;
    QString m_command;
    std::unique_ptr<ProjectLogs> m_logs;
    std::deque<ProjectLogLine> m_lines;
    QStringList m_names;
    QStringList m_prefixes;
    QString m_errorString;
};
