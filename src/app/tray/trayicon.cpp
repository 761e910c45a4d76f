// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/tray/trayicon.h"

#include "app/containers/containeractions.h"
#include "app/notifications/desktopnotifier.h"
#include "app/preferences.h"
#include "engine/engineclient.h"
#include "model/containermodel.h"

#include <QAction>
#include <QApplication>
#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWindow>

namespace {

/// How many used containers are remembered between runs (more than the menu shows, so that
/// removed ones leave room).
constexpr int RememberedContainers = 12;

/// The application's icon with the running count in a badge at its lower right.
QIcon badgedIcon(int running)
{
    const QIcon base = QGuiApplication::windowIcon();
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        if (running > 0 && size >= 22) {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const QString text = running > 99 ? QStringLiteral("99+") : QString::number(running);
            const int height = size * 11 / 20;
            const int width = qMin(size, height + (int(text.size()) - 1) * height / 3);
            const QRectF badge(size - width, size - height, width, height);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x2e, 0x9d, 0x4f));
            painter.drawRoundedRect(badge, height / 2.0, height / 2.0);
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(qMax(7, height * 3 / 4));
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(badge, Qt::AlignCenter, text);
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

/// The container a request of this Berth used, or "" (path as EngineClient sends it:
/// "/v1.41/containers/ID/start"). Only what a user does counts: not the rows' usage streams,
/// the listings or inspections Berth makes by itself.
QString usedContainer(const QByteArray &method, const QString &path)
{
    static const QRegularExpression posted(
        QStringLiteral("^(?:/v[0-9.]+)?/containers/([^/?]+)/"
                       "(?:start|stop|restart|pause|unpause|kill|exec|attach|rename)(?:\\?|$)"));
    static const QRegularExpression read(QStringLiteral("^(?:/v[0-9.]+)?/containers/([^/?]+)/logs(?:\\?|$)"));
    const QRegularExpressionMatch match = (method == "POST" ? posted : read).match(path);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

TrayIcon::TrayIcon(ContainerModel *containers, ContainerActions *actions, QObject *parent)
    : QObject(parent)
    , m_containers(containers)
    , m_actions(actions)
    , m_recent(Preferences::recentContainers())
{
    // The icon and its menu are widgets: only in a QApplication (Berth's; not Qt Quick Test's).
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    m_menu = std::make_unique<QMenu>();
    m_icon = std::make_unique<QSystemTrayIcon>();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_icon->setContextMenu(m_menu.get());
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::fillMenu);
    connect(
        m_icon.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                toggleWindow();
        });
    connect(m_containers, &ContainerModel::runningCountChanged, this, &TrayIcon::refresh);
    connect(m_containers, &QAbstractItemModel::modelReset, this, &TrayIcon::refresh);
    fillMenu(); // a StatusNotifier host reads the menu before it is opened
    refresh();

    // A tray can come (a panel started after Berth) or go (it crashed): follow it, and never
    // leave the window hidden in a tray that is gone.
    auto *watch = new QTimer(this);
    watch->setInterval(5000);
    connect(watch, &QTimer::timeout, this, &TrayIcon::refresh);
    watch->start();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setClient(EngineClient *client)
{
    disconnect(m_requests);
    if (client)
        m_requests = connect(client, &EngineClient::requestSent, this, &TrayIcon::noteRequest);
}

bool TrayIcon::available() const
{
    return m_icon && QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::refresh()
{
    const bool now = available();
    if (now != m_available) {
        m_available = now;
        Q_EMIT availableChanged();
        if (!now && m_window && !m_window->isVisible())
            showWindow();
    }
    if (!m_icon)
        return;
    const int running = m_containers->runningCount();
    if (running != m_shownCount) {
        m_shownCount = running;
        m_icon->setIcon(badgedIcon(running));
        m_icon->setToolTip(toolTip());
        fillMenu();
    }
    m_icon->setVisible(m_available);
}

QString TrayIcon::toolTip() const
{
    return tr("Berth: %n container(s) running", nullptr, m_containers->runningCount());
}

void TrayIcon::noteRequest(const QByteArray &method, const QString &path)
{
    const QString used = usedContainer(method, path);
    if (used.isEmpty())
        return;
    // Berth names containers by id; a name or a short id is found among the rows.
    for (int row = 0; row < m_containers->rowCount(); ++row) {
        const QModelIndex index = m_containers->index(row);
        const QString id = index.data(ContainerModel::IdRole).toString();
        if (id == used || (used.size() >= 12 && id.startsWith(used))
            || index.data(ContainerModel::NamesRole).toStringList().contains(used)) {
            noteUsed(id);
            return;
        }
    }
}

void TrayIcon::noteUsed(const QString &id)
{
    if (m_recent.value(0) == id)
        return;
    m_recent.removeAll(id);
    m_recent.prepend(id);
    while (m_recent.size() > RememberedContainers)
        m_recent.removeLast();
    Preferences::storeRecentContainers(m_recent);
}

QStringList TrayIcon::menuContainers() const
{
    QStringList shown;
    for (const QString &id : m_recent) {
        if (shown.size() < MenuContainers && m_containers->contains(id))
            shown.append(id);
    }
    // Until enough were used through Berth, the running ones fill the menu.
    for (int row = 0; row < m_containers->rowCount() && shown.size() < MenuContainers; ++row) {
        const QModelIndex index = m_containers->index(row);
        const QString id = index.data(ContainerModel::IdRole).toString();
        if (index.data(ContainerModel::RunningRole).toBool() && !shown.contains(id))
            shown.append(id);
    }
    return shown;
}

void TrayIcon::fillMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    QAction *count = m_menu->addAction(tr("%n container(s) running", nullptr, m_containers->runningCount()));
    count->setEnabled(false);
    m_menu->addSeparator();
    const QStringList ids = menuContainers();
    for (const QString &id : ids) {
        QModelIndex index;
        for (int row = 0; row < m_containers->rowCount() && !index.isValid(); ++row) {
            if (m_containers->index(row).data(ContainerModel::IdRole).toString() == id)
                index = m_containers->index(row);
        }
        const QString name = index.data(ContainerModel::NameRole).toString();
        const QString state = index.data(ContainerModel::StateRole).toString();
        QAction *action = nullptr;
        if (state == QLatin1String("paused")) {
            action = m_menu->addAction(QIcon(QStringLiteral(":/icons/media-playback-start-symbolic.svg")),
                tr("Resume %1").arg(name), this, [this, id, name] { m_actions->unpauseContainer(id, name); });
        } else if (index.data(ContainerModel::RunningRole).toBool()) {
            action = m_menu->addAction(QIcon(QStringLiteral(":/icons/media-playback-stop-symbolic.svg")),
                tr("Stop %1").arg(name), this, [this, id, name] { m_actions->stopContainer(id, name); });
        } else {
            action = m_menu->addAction(QIcon(QStringLiteral(":/icons/media-playback-start-symbolic.svg")),
                tr("Start %1").arg(name), this, [this, id, name] { m_actions->startContainer(id, name); });
        }
        action->setData(id);
    }
    if (ids.isEmpty())
        m_menu->addAction(tr("No containers used yet"))->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("Show Berth"), this, &TrayIcon::showWindow);
    m_menu->addAction(tr("Quit Berth"), qApp, &QCoreApplication::quit);
}

void TrayIcon::toggleWindow()
{
    if (m_window && m_window->isVisible() && !(m_window->windowStates() & Qt::WindowMinimized))
        m_window->hide();
    else
        showWindow();
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    if (m_window->windowStates() & Qt::WindowMinimized)
        m_window->setWindowStates(m_window->windowStates() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

bool TrayIcon::closeToTray()
{
    Preferences *preferences = Preferences::instance();
    if (!preferences || !preferences->keepInTray() || !m_window)
        return false;
    refresh();
    if (!m_available)
        return false;
    m_window->hide();
    if (!Preferences::toldKeepsRunning()) {
        Preferences::setToldKeepsRunning();
        const QString title = tr("Berth is still running");
        const QString message
            = tr("Closing the window leaves Berth in the tray. Its menu shows it again or quits.");
        DesktopNotifier *notifier = DesktopNotifier::instance();
        if (notifier && notifier->available())
            notifier->send(title, message, QStringLiteral("containers"), false);
        else
            m_icon->showMessage(title, message);
        Q_EMIT toldKeepsRunning(message);
    }
    return true;
}
