// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class ContainerModel;
class EngineClient;
class StatsSession;

/**
 * CPU and memory of the containers whose rows are on screen, into the containers model
 * (CpuTextRole, MemoryTextRole): one stats stream per watched container, owned here, opened
 * on its first watch() and closed on its last unwatch(), or when the engine changes. The rows
 * say what they show; the streams live in C++, not in QML properties.
 */
class UsageFeed : public QObject
{
    Q_OBJECT
public:
    explicit UsageFeed(ContainerModel *model, QObject *parent = nullptr);
    ~UsageFeed() override;

    /// The engine the streams come from: every stream of the previous one closes.
    void setClient(EngineClient *client);
    /// A row of container @p id is shown (counted: each watch() wants an unwatch()).
    void watch(const QString &id);
    void unwatch(const QString &id);
    /// Streams open now (tests).
    int streamCount() const { return int(m_watched.size()); }

private:
    struct Watched
    {
        StatsSession *session = nullptr;
        int count = 0;
    };
    void close(const QString &id, StatsSession *session);

    ContainerModel *m_model;
    QPointer<EngineClient> m_client;
    QHash<QString, Watched> m_watched;
};
