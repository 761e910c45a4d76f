// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/projectlogmodel.h"

#include "learn/dockercommands.h"

ProjectLogModel::ProjectLogModel(
    EngineClient *client, const ComposeProject &project, int tail, QObject *parent)
    : QAbstractListModel(parent)
    , m_project(project.name)
{
    LogsOptions options;
    options.follow = true;
    options.tail = QString::number(tail);
    m_command = DockerCommands::text({QStringLiteral("compose"), QStringLiteral("-p"), project.name,
        QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("--tail"), options.tail});
    m_logs = std::make_unique<ProjectLogs>(client, project, options);
    m_names = m_logs->names();
    for (int i = 0; i < m_names.size(); ++i)
        m_prefixes << m_logs->prefix(i);
    connect(m_logs.get(), &ProjectLogs::linesReady, this, &ProjectLogModel::take);
    connect(m_logs.get(), &ProjectLogs::finished, this, [this] {
        if (m_logs->error().isError())
            m_errorString = m_logs->error().toString();
        Q_EMIT stateChanged();
    });
    m_logs->start();
}

void ProjectLogModel::take(const QList<ProjectLogLine> &lines)
{
    const qsizetype excess = qsizetype(m_lines.size()) + lines.size() - MaxLines;
    if (excess > 0) {
        const int drop = int(std::min<qsizetype>(excess, m_lines.size()));
        if (drop > 0) {
            beginRemoveRows(QModelIndex(), 0, drop - 1);
            m_lines.erase(m_lines.begin(), m_lines.begin() + drop);
            endRemoveRows();
        }
    }
    const qsizetype skip = std::max<qsizetype>(0, lines.size() - MaxLines);
    const int first = int(m_lines.size());
    beginInsertRows(QModelIndex(), first, first + int(lines.size() - skip) - 1);
    for (qsizetype i = skip; i < lines.size(); ++i)
        m_lines.push_back(lines.at(i));
    endInsertRows();
}

QVariant ProjectLogModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const ProjectLogLine &l = m_lines.at(size_t(index.row()));
    switch (role) {
    case PrefixRole:
        return m_prefixes.value(l.source);
    case Qt::DisplayRole:
    case TextRole:
        return QString::fromUtf8(l.text);
    case SourceRole:
        return l.source;
    case StderrRole:
        return l.stderrStream;
    case TimestampRole:
        return QString::fromLatin1(l.timestamp);
    }
    return {};
}

QHash<int, QByteArray> ProjectLogModel::roleNames() const
{
    return {{PrefixRole, "prefix"}, {TextRole, "line"}, {SourceRole, "source"}, {StderrRole, "isStderr"},
        {TimestampRole, "timestamp"}};
}

QString ProjectLogModel::text() const
{
    QString all;
    for (const ProjectLogLine &l : m_lines)
        all += m_prefixes.value(l.source) + QString::fromUtf8(l.text) + QLatin1Char('\n');
    return all;
}

void ProjectLogModel::stop()
{
    if (m_logs && !m_logs->isFinished()) {
        m_logs.reset();
        Q_EMIT stateChanged();
    }
}
