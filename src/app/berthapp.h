// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineclient.h"
#include "model/commandhistorymodel.h"
#include "model/containermodel.h"
#include "model/imagemodel.h"
#include "model/networkmodel.h"
#include "model/volumemodel.h"

#include <QObject>
#include <memory>

class ActionContext;
class Actions;
class ContainerActions;
class ContainerAlerts;
class DesktopNotifier;
class EngineStatus;
class Engines;
class EngineSync;
class ImageActions;
class LearnActions;
class DiskActions;
class MigrationActions;
class Models;
class NetworkActions;
class RegistryActions;
class ProjectActions;
class Preferences;
class QQmlApplicationEngine;
class QQuickWindow;
class TrayIcon;
class UsageFeed;
class VolumeActions;

/**
 * The composition root: builds the engine client, the models, the sync and the QML-facing
 * objects, connects them, and loads the QML. main.cpp and the in-process GUI tests share it.
 */
class BerthApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString host; ///< --host; empty: discovery
        QString language; ///< --lang; empty: the stored choice or the system's
    };

    explicit BerthApp(const Options &options, QObject *parent = nullptr);
    ~BerthApp() override;

    /// An endpoint that cannot be used (an unsupported scheme): say so and stop.
    EngineError endpointError() const { return m_endpointError; }
    /// Loads the QML and starts following the engine. False if the QML could not load.
    bool start();

    QQuickWindow *window() const;
    QQmlApplicationEngine *qmlEngine() const { return m_qml.get(); }
    /// The client of the engine the window shows.
    EngineClient *client() const;
    Engines *engines() const { return m_engines.get(); }
    EngineSync *sync() const { return m_sync.get(); }
    EngineStatus *status() const { return m_status.get(); }
    ContainerModel *containers() { return &m_containers; }
    ImageModel *images() { return &m_images; }
    VolumeModel *volumes() { return &m_volumes; }
    NetworkModel *networks() { return &m_networks; }
    /// What every feature's actions share (the engine, the history, the jobs).
    ActionContext *actionContext() const { return m_actionContext.get(); }
    Actions *actions() const { return m_actions.get(); }
    UsageFeed *usage() const { return m_usage.get(); }
    ContainerAlerts *alerts() const { return m_alerts.get(); }
    DesktopNotifier *notifier() const { return m_notifier.get(); }
    TrayIcon *tray() const { return m_tray.get(); }

Q_SIGNALS:
    /// The window exists (emitted from start(), before the first frame).
    void windowCreated();

private:
    /// The window where it was when Berth last closed (Preferences keeps it).
    void restoreWindowGeometry();
    void saveWindowGeometry();

    EngineError m_endpointError;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Engines> m_engines; ///< owns every engine's client
    ContainerModel m_containers;
    ImageModel m_images;
    VolumeModel m_volumes;
    NetworkModel m_networks;
    CommandHistoryModel m_history;
    std::unique_ptr<EngineSync> m_sync;
    std::unique_ptr<EngineStatus> m_status;
    std::unique_ptr<UsageFeed> m_usage; ///< the rows' CPU and memory streams
    std::unique_ptr<Models> m_models;
    std::unique_ptr<ActionContext> m_actionContext;
    std::unique_ptr<Actions> m_actions;
    std::unique_ptr<ContainerActions> m_containerActions;
    std::unique_ptr<ImageActions> m_imageActions;
    std::unique_ptr<VolumeActions> m_volumeActions;
    std::unique_ptr<NetworkActions> m_networkActions;
    std::unique_ptr<MigrationActions> m_migrationActions;
    std::unique_ptr<LearnActions> m_learnActions;
    std::unique_ptr<ContainerAlerts> m_alerts;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<RegistryActions> m_registryActions;
    std::unique_ptr<DiskActions> m_diskActions;
    std::unique_ptr<ProjectActions> m_projectActions;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<QQmlApplicationEngine> m_qml;
};
