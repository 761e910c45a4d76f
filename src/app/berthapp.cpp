// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/berthapp.h"

#include "app/actioncontext.h"
#include "app/actions.h"
#include "app/containers/containeractions.h"
#include "app/disk/diskactions.h"
#include "app/engines.h"
#include "app/enginestatus.h"
#include "app/images/imageactions.h"
#include "app/learn/learnactions.h"
#include "app/migration/migrationactions.h"
#include "app/models.h"
#include "app/networks/networkactions.h"
#include "app/notifications/desktopnotifier.h"
#include "app/preferences.h"
#include "app/projects/projectactions.h"
#include "app/registries/registryactions.h"
#include "app/tray/trayicon.h"
#include "app/volumes/volumeactions.h"
#include "engine/endpoint.h"
#include "sync/containeralerts.h"
#include "sync/enginesync.h"
#include "sync/usagefeed.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Berth_BackendPlugin)
Q_IMPORT_QML_PLUGIN(BerthPlugin)

BerthApp::BerthApp(const Options &options, QObject *parent)
    : QObject(parent)
{
    m_preferences = std::make_unique<Preferences>(options.language, nullptr);
    Preferences::setInstance(m_preferences.get());
    connect(m_preferences.get(), &Preferences::languageChanged, &m_containers, &ContainerModel::retranslate);

    // --host first, then the engine chosen in the settings, then docker's own order.
    const QString chosen = options.host.isEmpty() ? Preferences::startEngine() : options.host;
    const EndpointResolver::Result resolved = EndpointResolver().resolve(chosen);
    m_endpointError = resolved.error;
    m_engines = std::make_unique<Engines>(resolved.endpoint, nullptr);
    Engines::setInstance(m_engines.get());
    // The engines' labels are made in C++, in the language of the moment.
    connect(m_preferences.get(), &Preferences::languageChanged, m_engines.get(), &Engines::changed);
    EngineClient *client = m_engines->current();
    m_sync = std::make_unique<EngineSync>(client, &m_containers, &m_images, &m_volumes);
    m_sync->setNetworks(&m_networks);
    m_status = std::make_unique<EngineStatus>(client, m_sync.get());
    EngineStatus::setInstance(m_status.get());
    m_usage = std::make_unique<UsageFeed>(&m_containers);
    m_usage->setClient(client);
    m_models = std::make_unique<Models>(&m_containers, &m_images, &m_volumes, &m_networks, m_usage.get());
    Models::setInstance(m_models.get());
    // Each feature's actions, over what they share.
    m_actionContext = std::make_unique<ActionContext>(
        client, &m_containers, &m_images, &m_volumes, &m_networks, &m_history);
    ActionContext *context = m_actionContext.get();
    m_actions = std::make_unique<Actions>(context);
    Actions::setInstance(m_actions.get());
    m_containerActions = std::make_unique<ContainerActions>(context);
    ContainerActions::setInstance(m_containerActions.get());
    m_imageActions = std::make_unique<ImageActions>(context);
    ImageActions::setInstance(m_imageActions.get());
    m_volumeActions = std::make_unique<VolumeActions>(context);
    VolumeActions::setInstance(m_volumeActions.get());
    m_networkActions = std::make_unique<NetworkActions>(context);
    NetworkActions::setInstance(m_networkActions.get());
    m_migrationActions = std::make_unique<MigrationActions>(context);
    MigrationActions::setInstance(m_migrationActions.get());
    m_learnActions = std::make_unique<LearnActions>(context);
    LearnActions::setInstance(m_learnActions.get());
    // What the user would otherwise miss, said through the desktop's notifications.
    m_alerts = std::make_unique<ContainerAlerts>();
    m_alerts->setClient(client);
    connect(m_sync.get(), &EngineSync::eventReceived, m_alerts.get(), &ContainerAlerts::onEvent);
    m_notifier = std::make_unique<DesktopNotifier>(m_alerts.get(), context->jobs(), nullptr);
    DesktopNotifier::setInstance(m_notifier.get());
    connect(this, &BerthApp::windowCreated, this, [this] { m_notifier->setWindow(window()); });
    m_registryActions = std::make_unique<RegistryActions>(context);
    RegistryActions::setInstance(m_registryActions.get());
    m_diskActions = std::make_unique<DiskActions>(context);
    DiskActions::setInstance(m_diskActions.get());
    // The page's titles and sizes are made in C++, in the language of the moment.
    connect(m_preferences.get(), &Preferences::languageChanged, m_diskActions.get(), &DiskActions::changed);
    m_projectActions = std::make_unique<ProjectActions>(context);
    ProjectActions::setInstance(m_projectActions.get());
    m_tray = std::make_unique<TrayIcon>(&m_containers, m_containerActions.get(), nullptr);
    TrayIcon::setInstance(m_tray.get());
    m_tray->setClient(client);
    connect(this, &BerthApp::windowCreated, this, [this] { m_tray->setWindow(window()); });
    // Each connection (the first and after a restart) removes helpers a dead Berth left behind.
    connect(m_sync.get(), &EngineSync::ready, m_volumeActions.get(), &VolumeActions::removeLeftoverHelpers);
    // The window shows one engine at a time; the others' clients live on for their jobs.
    connect(m_engines.get(), &Engines::switched, this, [this](EngineClient *client) {
        m_usage->setClient(client); // first: rows the switch makes watch the new engine
        m_sync->setClient(client);
        m_status->setClient(client);
        m_actionContext->setClient(client);
        m_alerts->setClient(client);
        m_tray->setClient(client);
        m_sync->start();
    });
}

EngineClient *BerthApp::client() const
{
    return m_engines->current();
}

BerthApp::~BerthApp()
{
    saveWindowGeometry();
    // QML goes first: it holds bindings to everything else.
    m_qml.reset();
}

void BerthApp::restoreWindowGeometry()
{
    QQuickWindow *w = window();
    bool maximized = false;
    const QRect stored = Preferences::storedWindowGeometry(&maximized);
    if (!w || !stored.isValid())
        return;
    // Only where a screen still shows at least half of it (a monitor may have gone since).
    for (const QScreen *screen : QGuiApplication::screens()) {
        const QRect shown = screen->availableGeometry().intersected(stored);
        if (qint64(shown.width()) * shown.height() * 2 >= qint64(stored.width()) * stored.height()) {
            w->setGeometry(stored);
            break;
        }
    }
    if (maximized)
        w->showMaximized();
}

void BerthApp::saveWindowGeometry()
{
    QQuickWindow *w = window();
    if (!w)
        return;
    const bool maximized = w->windowStates() & Qt::WindowMaximized;
    // The normal size of a maximized window is what it goes back to; Qt keeps no such thing, so
    // the last normal one stays stored.
    bool wasMaximized = false;
    const QRect normal = maximized ? Preferences::storedWindowGeometry(&wasMaximized) : w->geometry();
    Preferences::storeWindowGeometry(normal.isValid() ? normal : w->geometry(), maximized);
}

bool BerthApp::start()
{
    m_qml = std::make_unique<QQmlApplicationEngine>();
    m_preferences->setEngine(m_qml.get());
    m_qml->load(QUrl(QStringLiteral("qrc:/Berth/Main.qml")));
    if (m_qml->rootObjects().isEmpty())
        return false;
    restoreWindowGeometry();
    Q_EMIT windowCreated();
    m_sync->start();
    return true;
}

QQuickWindow *BerthApp::window() const
{
    return m_qml ? qobject_cast<QQuickWindow *>(m_qml->rootObjects().value(0)) : nullptr;
}
