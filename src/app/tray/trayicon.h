// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <memory>

class ContainerActions;
class ContainerModel;
class EngineClient;
class QMenu;
class QSystemTrayIcon;
class QWindow;

/**
 * Berth in the desktop's tray, where the desktop has one (a StatusNotifier host or an XEmbed
 * tray; QSystemTrayIcon picks): the icon carries the number of running containers, its menu the
 * containers used last through Berth with Start or Stop, Show Berth and Quit. A click on the
 * icon shows or hides the window. With Preferences::keepInTray, closing the window hides it
 * instead, said once the first time.
 */
class TrayIcon : public QObject, public AppSingleton<TrayIcon>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The desktop has a tray now (Settings says so when it has none).
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)

public:
    /// How many containers used last the menu offers.
    static constexpr int MenuContainers = 5;

    TrayIcon(ContainerModel *containers, ContainerActions *actions, QObject *parent);
    ~TrayIcon() override;

    /// The window the icon shows and hides.
    void setWindow(QWindow *window) { m_window = window; }
    /// The engine whose requests say which containers were used (EngineClient::requestSent).
    void setClient(EngineClient *client);

    bool available() const;
    /// The window is being closed: hide it into the tray instead (true) when the user wants
    /// that and the desktop has a tray; the first time, say that Berth keeps running.
    Q_INVOKABLE bool closeToTray();

    /// The containers the menu offers, newest use first (ids of listed containers).
    QStringList menuContainers() const;
    /// For tests: the icon and its menu as the desktop gets them.
    QSystemTrayIcon *icon() const { return m_icon.get(); }
    QMenu *menu() const { return m_menu.get(); }
    /// The icon's tooltip: how many containers run.
    QString toolTip() const;

Q_SIGNALS:
    void availableChanged();
    /// Said once when the window first closed into the tray (tests).
    void toldKeepsRunning(const QString &message);

private:
    void noteRequest(const QByteArray &method, const QString &path);
    void noteUsed(const QString &id);
    void refresh();
    void fillMenu();
    void toggleWindow();
    void showWindow();

    ContainerModel *m_containers;
    ContainerActions *m_actions;
    QPointer<QWindow> m_window;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_icon;
    QMetaObject::Connection m_requests;
    QStringList m_recent; ///< ids, newest first
    int m_shownCount = -1; ///< the running count the icon shows
    bool m_available = false;
};
