// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/enginesync.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/networksapi.h"
#include "engine/systemapi.h"
#include "engine/volumesapi.h"
#include "model/containermodel.h"
#include "model/imagemodel.h"
#include "model/networkmodel.h"
#include "model/volumemodel.h"
#include "sync/synclogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace {
constexpr int FirstRetryMs = 500;
constexpr int LongestRetryMs = 30000;

// Container actions that change nothing a list shows.
bool isQuietContainerAction(const QString &action)
{
    return action.startsWith(QLatin1String("exec_")) || action == QLatin1String("attach")
        || action == QLatin1String("detach") || action == QLatin1String("resize")
        || action == QLatin1String("top") || action == QLatin1String("copy")
        || action == QLatin1String("archive-path") || action == QLatin1String("extract-to-dir")
        || action == QLatin1String("export") || action == QLatin1String("commit");
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EngineSync)
};
} // namespace

EngineSync::EngineSync(EngineClient *client, ContainerModel *containers, ImageModel *images,
    VolumeModel *volumes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_containers(containers)
    , m_images(images)
    , m_volumes(volumes)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        setState(State::Connecting);
        m_client->connectToEngine();
    });
    // Derived columns (who uses a volume, how many containers use an image) are recomputed once
    // per burst of container changes, not once per row.
    m_derivedTimer.setSingleShot(true);
    m_derivedTimer.setInterval(0);
    connect(&m_derivedTimer, &QTimer::timeout, this, &EngineSync::updateDerived);
    connectClient();
}

void EngineSync::connectClient()
{
    connect(m_client, &EngineClient::connected, this, &EngineSync::onConnected);
    connect(m_client, &EngineClient::connectionFailed, this, &EngineSync::onConnectionFailed);
}

void EngineSync::setClient(EngineClient *client)
{
    if (client == m_client)
        return;
    stop();
    disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    connectClient();
    m_attempt = 0;
    m_lastError = EngineError();
    m_expectedState.clear();
    // Nothing of the other engine may show under this one's name.
    m_containers->reconcile({});
    m_images->reconcile({});
    m_volumes->reconcile({});
    if (m_networks)
        m_networks->reconcile({});
    for (ResourceListModel *m : models())
        m->setStatus(ResourceListModel::NotConnected);
}

EngineSync::~EngineSync()
{
    abortAll();
}

void EngineSync::setNetworks(NetworkModel *networks)
{
    m_networks = networks;
}

QList<ResourceListModel *> EngineSync::models() const
{
    QList<ResourceListModel *> all {m_containers, m_images, m_volumes};
    if (m_networks)
        all << m_networks;
    return all;
}

void EngineSync::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void EngineSync::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Connecting);
    if (m_client->state() == EngineClient::State::Connected) {
        onConnected();
        return;
    }
    if (m_client->state() != EngineClient::State::Connecting)
        m_client->connectToEngine();
}

void EngineSync::retryNow()
{
    if (m_state != State::WaitingToReconnect)
        return;
    m_reconnectTimer.stop();
    setState(State::Connecting);
    m_client->connectToEngine();
}

int EngineSync::retryInMs() const
{
    return m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : 0;
}

void EngineSync::stop()
{
    m_reconnectTimer.stop();
    abortAll();
    setState(State::Idle);
}

EngineReply *EngineSync::track(EngineReply *reply)
{
    m_inFlight.append(reply);
    connect(reply, &EngineReply::finished, this, [this, reply] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
    });
    return reply;
}

void EngineSync::abortAll()
{
    if (m_events) {
        m_events->disconnect(this);
        m_events->abort();
        m_events->deleteLater();
    }
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const auto &reply : inFlight) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_containerInFlight.clear();
    m_containerDirty.clear();
    m_containerDestroyed.clear();
    m_expectedNetwork.clear();
    m_renamedFrom.clear();
    m_imagesInFlight = m_imagesDirty = false;
    m_loading = false;
    m_pendingEvents.clear();
}

void EngineSync::onConnected()
{
    if (m_state == State::Idle)
        return; // not started
    m_attempt = 0;
    beginLoad();
}

void EngineSync::onConnectionFailed(const EngineError &error)
{
    if (m_state == State::Idle)
        return;
    lost(error);
}

void EngineSync::beginLoad()
{
    abortAll();
    setState(State::Loading);
    m_loading = true;
    m_loadFailed = false;
    for (ResourceListModel *m : models())
        m->setStatus(ResourceListModel::Loading);

    EventsOptions options;
    // Replay from just before the connection, by the engine's own clock, so the listings can go
    // out at once: whatever changes while they are answered arrives through the stream anyway.
    const QDateTime serverTime = m_client->info().serverTime;
    if (serverTime.isValid())
        options.since = QString::number(serverTime.toSecsSinceEpoch() - 1);
    QStringList types {QStringLiteral("container"), QStringLiteral("image"), QStringLiteral("volume")};
    if (m_networks)
        types << QStringLiteral("network");
    options.filters.insert(QStringLiteral("type"), types);
    m_events = SystemApi(m_client).events(options);
    connect(m_events, &EngineReply::jsonReceived, this, &EngineSync::onEvent);
    connect(m_events, &EngineReply::finished, this, &EngineSync::onEventsEnded);
    if (serverTime.isValid()) {
        loadLists();
    } else {
        // No clock to replay from: list only once the stream is open, so nothing is missed.
        connect(m_events, &EngineReply::headersReceived, this, [this] {
            if (m_events && m_events->statusCode() == 200)
                loadLists();
        });
    }
}

void EngineSync::loadLists()
{
    ++m_counters.fullLoads;
    m_listsPending = m_networks ? 4 : 3;

    ContainerListOptions all;
    all.all = true;
    EngineReply *containers = track(ContainersApi(m_client).list(all));
    connect(containers, &EngineReply::finished, this, [this, containers] {
        if (containers->error().isError()) {
            m_containers->setStatus(ResourceListModel::Error, containers->error().toString());
            m_loadFailed = true;
            m_lastError = containers->error();
        } else {
            m_containers->reconcile(ContainersApi::parseList(containers->body()));
        }
        listDone();
    });

    EngineReply *images = track(ImagesApi(m_client).list());
    connect(images, &EngineReply::finished, this, [this, images] {
        if (images->error().isError()) {
            m_images->setStatus(ResourceListModel::Error, images->error().toString());
            m_loadFailed = true;
            m_lastError = images->error();
        } else {
            m_images->reconcile(ImagesApi::parseList(images->body()));
        }
        listDone();
    });

    EngineReply *volumes = track(VolumesApi(m_client).list());
    connect(volumes, &EngineReply::finished, this, [this, volumes] {
        if (volumes->error().isError()) {
            m_volumes->setStatus(ResourceListModel::Error, volumes->error().toString());
            m_loadFailed = true;
            m_lastError = volumes->error();
        } else {
            m_volumes->reconcile(VolumesApi::parseList(volumes->body()));
        }
        listDone();
    });

    if (!m_networks)
        return;
    EngineReply *networks = track(NetworksApi(m_client).list());
    connect(networks, &EngineReply::finished, this, [this, networks] {
        if (networks->error().isError()) {
            // The Networks page says so; the containers, images and volumes are still shown (a
            // network backend that fails must not keep the whole window waiting).
            m_networks->setStatus(ResourceListModel::Error, networks->error().toString());
        } else {
            m_networks->reconcile(NetworksApi::parseList(networks->body()));
        }
        listDone();
    });
}

void EngineSync::listDone()
{
    if (--m_listsPending > 0)
        return;
    if (m_loadFailed) {
        // The engine answered but refused a listing: show it and try the whole load again later.
        abortAll();
        setState(State::WaitingToReconnect);
        scheduleReconnect();
        return;
    }
    m_loading = false;
    updateDerived();
    for (ResourceListModel *m : models()) {
        if (m->status() != ResourceListModel::Error) // the networks' own failure stays said
            m->setStatus(ResourceListModel::Ready);
    }
    setState(State::Live);
    const QList<QJsonObject> pending = std::exchange(m_pendingEvents, {});
    for (const QJsonObject &event : pending)
        applyEvent(event);
    refreshSizes();
    m_client->fetchDetails(); // only now: it would slow the listings down (EngineClient)
    Q_EMIT ready();
}

void EngineSync::onEvent(const QJsonObject &event)
{
    ++m_counters.events;
    if (m_loading)
        m_pendingEvents.append(event);
    else
        applyEvent(event);
}

void EngineSync::applyEvent(const QJsonObject &event)
{
    const QString type = event.value(QLatin1String("Type")).toString();
    const QString action = event.value(QLatin1String("Action")).toString();
    const QString id = event.value(QLatin1String("Actor")).toObject().value(QLatin1String("ID")).toString();
    qCDebug(lcSync) << "event" << type << action << id.left(12);
    Q_EMIT eventReceived(event);
    if (type == QLatin1String("container")) {
        if (isQuietContainerAction(action))
            return;
        if (action == QLatin1String("rename")) {
            QString oldName = event.value(QLatin1String("Actor"))
                                  .toObject()
                                  .value(QLatin1String("Attributes"))
                                  .toObject()
                                  .value(QLatin1String("oldName"))
                                  .toString();
            if (oldName.startsWith(QLatin1Char('/')))
                oldName.remove(0, 1);
            m_renamedFrom.insert(id, oldName);
        }
        if (action == QLatin1String("destroy")) {
            m_containerDirty.remove(id);
            // A listing already under way may still show it: that answer must not bring it back.
            if (m_containerInFlight.contains(id))
                m_containerDestroyed.insert(id);
            m_containers->removeKey(id);
            scheduleDerived();
            return;
        }
        // Docker 20.10 sends pause and unpause before its list shows the new state, and nothing
        // after: the re-list is asked again until it agrees with the event.
        if (action == QLatin1String("pause"))
            m_expectedState.insert(id, {QStringLiteral("paused"), 0});
        else if (action == QLatin1String("unpause"))
            m_expectedState.insert(id, {QStringLiteral("running"), 0});
        else
            m_expectedState.remove(id);
        refreshContainer(id);
    } else if (type == QLatin1String("image")) {
        if (action == QLatin1String("push") || action == QLatin1String("save"))
            return;
        refreshImages();
    } else if (type == QLatin1String("volume")) {
        if (action == QLatin1String("destroy"))
            m_volumes->removeKey(id);
        else if (action == QLatin1String("create") || !m_volumes->find(id))
            refreshVolume(id);
        // mount/unmount: who uses a volume follows the containers' own mounts.
    } else if (type == QLatin1String("network") && m_networks) {
        if (action == QLatin1String("destroy") || action == QLatin1String("remove")) {
            m_networks->removeKey(id);
        } else if (action == QLatin1String("connect") || action == QLatin1String("disconnect")) {
            // The container's own listing carries its networks, and no container event says
            // that they changed; Docker 20.10 sends this before the listing shows the change,
            // so the re-list is asked again until it agrees with the event.
            const QJsonObject attributes = event.value(QLatin1String("Actor"))
                                               .toObject()
                                               .value(QLatin1String("Attributes"))
                                               .toObject();
            const QString container = attributes.value(QLatin1String("container")).toString();
            const NetworkInfo *network = m_networks->find(id);
            const QString name = network ? network->name : attributes.value(QLatin1String("name")).toString();
            if (!container.isEmpty() && !name.isEmpty())
                m_expectedNetwork.insert(container, {name, action == QLatin1String("connect"), 0});
            refreshContainer(container);
            if (!m_networks->find(id))
                refreshNetwork(id);
        } else {
            refreshNetwork(id);
        }
    }
}

void EngineSync::refreshNetwork(const QString &id)
{
    if (id.isEmpty())
        return;
    ++m_counters.networkRefreshes;
    EngineReply *reply = track(NetworksApi(m_client).inspect(id));
    connect(reply, &EngineReply::finished, this, [this, reply, id] {
        if (reply->error().kind() == EngineError::NotFound)
            m_networks->removeKey(id);
        else if (!reply->error().isError())
            m_networks->upsert(NetworkInfo::fromJson(reply->json().object()));
        scheduleDerived();
    });
}

void EngineSync::refreshContainer(const QString &id)
{
    if (id.isEmpty())
        return;
    if (m_containerInFlight.contains(id)) {
        m_containerDirty.insert(id); // one more look once the current one answers
        return;
    }
    m_containerInFlight.insert(id);
    ++m_counters.containerRefreshes;
    ContainerListOptions options;
    options.all = true;
    options.filters.insert(QStringLiteral("id"), {id});
    EngineReply *reply = track(ContainersApi(m_client).list(options));
    connect(reply, &EngineReply::finished, this, [this, reply, id] {
        m_containerInFlight.remove(id);
        if (m_containerDestroyed.remove(id) || reply->error().isError())
            return; // gone meanwhile; or the engine is lost, which the event stream reports itself
        const auto found = ContainersApi::parseList(reply->body());
        // The id filter matches prefixes; only the exact id counts.
        auto it
            = std::find_if(found.begin(), found.end(), [&](const ContainerInfo &c) { return c.id == id; });
        if (it != found.end()) {
            ContainerInfo container = *it;
            // Docker 20.10 answers a re-list right after a rename with both names for a moment,
            // the old one first, and sends no further event: drop the old name ourselves.
            const QString oldName = m_renamedFrom.value(id);
            if (!oldName.isEmpty() && container.names.size() > 1 && container.names.contains(oldName))
                container.names.removeAll(oldName);
            else if (!oldName.isEmpty())
                m_renamedFrom.remove(id); // the engine has caught up
            auto network = m_expectedNetwork.find(id);
            if (network != m_expectedNetwork.end()) {
                auto &[name, connected, tries] = *network;
                if (container.networks.contains(name) == connected || ++tries > 20)
                    m_expectedNetwork.erase(network);
                else if (!m_containerDirty.contains(id))
                    QTimer::singleShot(25 * tries, this, [this, id] { refreshContainer(id); });
            }
            auto expected = m_expectedState.find(id);
            if (expected != m_expectedState.end()) {
                if (container.state == expected->first || ++expected->second > 20) {
                    m_expectedState.erase(expected);
                } else if (!m_containerDirty.contains(id)) {
                    QTimer::singleShot(25 * expected->second, this, [this, id] { refreshContainer(id); });
                }
            }
            m_containers->upsert(container);
        } else
            m_containers->removeKey(id);
        scheduleDerived();
        if (m_containerDirty.remove(id))
            refreshContainer(id);
    });
}

void EngineSync::refreshImages()
{
    if (m_imagesInFlight) {
        m_imagesDirty = true;
        return;
    }
    m_imagesInFlight = true;
    ++m_counters.imageRefreshes;
    EngineReply *reply = track(ImagesApi(m_client).list());
    connect(reply, &EngineReply::finished, this, [this, reply] {
        m_imagesInFlight = false;
        if (!reply->error().isError()) {
            m_images->reconcile(ImagesApi::parseList(reply->body()));
            updateDerived();
        }
        if (std::exchange(m_imagesDirty, false))
            refreshImages();
    });
}

void EngineSync::refreshVolume(const QString &name)
{
    if (name.isEmpty())
        return;
    ++m_counters.volumeRefreshes;
    EngineReply *reply = track(VolumesApi(m_client).inspect(name));
    connect(reply, &EngineReply::finished, this, [this, reply, name] {
        if (reply->error().kind() == EngineError::NotFound)
            m_volumes->removeKey(name);
        else if (!reply->error().isError())
            m_volumes->upsert(VolumeInfo::fromJson(reply->json().object()));
        scheduleDerived();
    });
}

void EngineSync::reload()
{
    if (m_state == State::Live)
        beginLoad();
    else
        retryNow();
}

void EngineSync::refreshContainerSizes()
{
    if (m_state != State::Live)
        return;
    ContainerListOptions options;
    options.all = true;
    options.size = true;
    EngineReply *reply = track(ContainersApi(m_client).list(options));
    connect(reply, &EngineReply::finished, this, [this, reply] {
        if (!reply->error().isError())
            m_containers->reconcile(ContainersApi::parseList(reply->body()));
    });
}

void EngineSync::refreshSizes()
{
    // /system/df walks every volume (and before API 1.42 every layer too): once per load, on a
    // connection of its own.
    DataUsageOptions options;
    options.types = QStringList {QStringLiteral("volume")};
    EngineReply *reply = track(SystemApi(m_client).dataUsage(options));
    connect(reply, &EngineReply::finished, this, [this, reply] {
        if (reply->error().isError())
            return;
        QHash<QString, qint64> sizes;
        for (const VolumeInfo &info : SystemApi::parseVolumes(reply->body()))
            sizes.insert(info.name, info.size);
        m_volumes->setSizes(sizes);
    });
}

void EngineSync::scheduleDerived()
{
    m_derivedTimer.start();
}

void EngineSync::updateDerived()
{
    m_derivedTimer.stop();
    QHash<QString, QStringList> users;
    QHash<QString, int> usage;
    for (const ContainerInfo &c : m_containers->rows()) {
        for (const QString &volume : c.volumeNames())
            users[volume].append(c.name());
        ++usage[c.imageId];
    }
    m_volumes->setUsers(users);
    m_images->setUsage(usage);
    if (!m_networks)
        return;
    QHash<QString, QStringList> attached;
    QHash<QString, QStringList> active;
    for (const ContainerInfo &c : m_containers->rows()) {
        for (const QString &network : c.networks) {
            attached[network].append(c.name());
            if (c.isActive())
                active[network].append(c.name());
        }
    }
    m_networks->setUsers(attached, active);
}

void EngineSync::onEventsEnded()
{
    EngineReply *events = m_events;
    if (!events)
        return;
    m_events = nullptr;
    events->deleteLater();
    if (events->error().kind() == EngineError::Cancelled)
        return;
    EngineError error = events->error();
    if (!error.isError())
        error = EngineError::connection(EngineError::Closed, m_client->endpoint().url(), QString());
    lost(error);
}

void EngineSync::lost(const EngineError &error)
{
    m_lastError = error;
    abortAll();
    const QString reason = error.toString();
    for (ResourceListModel *m : models())
        m->setStatus(ResourceListModel::NotConnected, reason);
    setState(State::WaitingToReconnect);
    qCInfo(lcSync).noquote() << "engine lost:" << error.message();
    Q_EMIT disconnected(error);
    scheduleReconnect();
}

void EngineSync::scheduleReconnect()
{
    const int delay = qMin(LongestRetryMs, FirstRetryMs << qMin(m_attempt, 6));
    ++m_attempt;
    m_reconnectTimer.start(delay);
}
