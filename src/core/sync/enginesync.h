// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineerror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <tuple>

class ContainerModel;
class EngineClient;
class EngineReply;
class ImageModel;
class NetworkModel;
class ResourceListModel;
class VolumeModel;

/**
 * Keeps the container, image, volume and (when given one) network models true: the first listing, then the
 * engine's event stream, each event updating exactly the rows it concerns. No polling anywhere.
 *
 * The event stream is opened before the listings, and events that arrive while they load are
 * replayed afterwards, so nothing that happens in between is lost. When the engine goes away
 * the models go to NotConnected with the reason; Berth reconnects with backoff and a full
 * diff against fresh listings reconciles whatever was missed.
 */
class EngineSync : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Loading, Live, WaitingToReconnect };
    Q_ENUM(State)

    EngineSync(EngineClient *client, ContainerModel *containers, ImageModel *images, VolumeModel *volumes,
        QObject *parent = nullptr);
    ~EngineSync() override;

    /// Keeps @p networks true too, from the next start() on (the window's; tests that need no
    /// networks leave it out).
    void setNetworks(NetworkModel *networks);

    void start();
    void stop();
    /// Follows another engine from now on: stops, empties the models and forgets this engine's
    /// state; start() again to load the new one's lists.
    void setClient(EngineClient *client);
    /// Lists the containers once with their sizes (slow on a big host: the engine measures each
    /// one's writable layer); the sizes then stay in the model until the next such call.
    void refreshContainerSizes();
    /// Lists everything again and reconciles (the user's F5); the event stream stays.
    void reload();
    /// While waiting to reconnect: try now.
    void retryNow();
    /// Milliseconds until the next reconnection attempt, 0 when none is planned.
    int retryInMs() const;
    State state() const { return m_state; }
    EngineError lastError() const { return m_lastError; }

    /// Counters for tests and benchmarks: how the models were kept true.
    struct Counters
    {
        int fullLoads = 0; ///< listings of all three resources (first load, reconnects)
        int containerRefreshes = 0; ///< one container re-listed after an event
        int imageRefreshes = 0;
        int volumeRefreshes = 0;
        int networkRefreshes = 0;
        int events = 0;
    };
    Counters counters() const { return m_counters; }

Q_SIGNALS:
    void stateChanged();
    /// Every model is Ready after a load (first or after a reconnect).
    void ready();
    /// The engine went away; the models say why. A reconnect follows.
    void disconnected(const EngineError &error);
    /// Each event of the engine's stream, as it is applied (ContainerAlerts reads them).
    void eventReceived(const QJsonObject &event);

private:
    void setState(State state);
    void connectClient();
    void onConnected();
    void onConnectionFailed(const EngineError &error);
    void beginLoad();
    void loadLists();
    void listDone();
    void onEvent(const QJsonObject &event);
    void applyEvent(const QJsonObject &event);
    void onEventsEnded();
    void lost(const EngineError &error);
    void scheduleReconnect();
    void refreshContainer(const QString &id);
    void refreshImages();
    void refreshVolume(const QString &name);
    void refreshNetwork(const QString &id);
    /// Every model this sync keeps true, for their shared status.
    QList<ResourceListModel *> models() const;
    void refreshSizes();
    void scheduleDerived();
    void updateDerived();
    void abortAll();
    EngineReply *track(EngineReply *reply);

    EngineClient *m_client;
    ContainerModel *m_containers;
    ImageModel *m_images;
    VolumeModel *m_volumes;
    NetworkModel *m_networks = nullptr;
    State m_state = State::Idle;
    EngineError m_lastError;
    QPointer<EngineReply> m_events;
    QList<QPointer<EngineReply>> m_inFlight;
    bool m_loading = false;
    int m_listsPending = 0;
    bool m_loadFailed = false;
    QList<QJsonObject> m_pendingEvents;
    QSet<QString> m_containerInFlight;
    QSet<QString> m_containerDirty;
    /// The state a pause or unpause event promised, and how often the list was asked since.
    QHash<QString, QPair<QString, int>> m_expectedState;
    /// The network a connect (true) or disconnect (false) event promised a container, and how
    /// often it was listed since: Docker 20.10 sends the event before the listing shows it.
    QHash<QString, std::tuple<QString, bool, int>> m_expectedNetwork;
    QSet<QString> m_containerDestroyed;
    QHash<QString, QString> m_renamedFrom; ///< container id → its name before a rename event
    bool m_imagesInFlight = false;
    bool m_imagesDirty = false;
    QTimer m_reconnectTimer;
    QTimer m_derivedTimer;
    int m_attempt = 0;
    Counters m_counters;
};
