// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"

#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QQmlEngine>
#include <QRect>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QJSEngine;

/// The user's choices, kept with QSettings. The language applies at once, without a restart.
class Preferences : public QObject, public AppSingleton<Preferences>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(
        bool showExplanations READ showExplanations WRITE setShowExplanations NOTIFY showExplanationsChanged)
    /// Removing one container asks first (prunes always list what goes).
    Q_PROPERTY(bool confirmRemovals READ confirmRemovals WRITE setConfirmRemovals NOTIFY storedChanged)
    /// The welcome was shown (once, at the first connection).
    Q_PROPERTY(bool welcomed READ welcomed WRITE setWelcomed NOTIFY storedChanged)
    /// The engine to connect to at start ("" for the one found as docker finds it).
    Q_PROPERTY(QString startEngine READ startEngine WRITE setStartEngine NOTIFY storedChanged)
    /// Where backups and bundles go first (the last folder used, else the home folder).
    Q_PROPERTY(QString backupFolder READ backupFolder WRITE setBackupFolder NOTIFY storedChanged)
    /// Desktop notifications, a switch per kind (all on until turned off): a container that
    /// stopped unasked, turned unhealthy, keeps restarting; a long job done while Berth was hidden.
    Q_PROPERTY(bool notifyStopped READ notifyStopped WRITE setNotifyStopped NOTIFY storedChanged)
    Q_PROPERTY(bool notifyUnhealthy READ notifyUnhealthy WRITE setNotifyUnhealthy NOTIFY storedChanged)
    Q_PROPERTY(bool notifyRestarting READ notifyRestarting WRITE setNotifyRestarting NOTIFY storedChanged)
    Q_PROPERTY(bool notifyJobs READ notifyJobs WRITE setNotifyJobs NOTIFY storedChanged)
    /// Closing the window leaves Berth running in the tray (off until the user turns it on).
    Q_PROPERTY(bool keepInTray READ keepInTray WRITE setKeepInTray NOTIFY storedChanged)

public:
    /// @p forcedLanguage (from --lang) wins over the stored choice for this run. No default
    /// arguments: a default-constructible singleton would be built a second time by QML 6.4
    /// instead of being fetched through create().
    Preferences(const QString &forcedLanguage, QObject *parent);
    /// Gives the application the system's palette back.
    ~Preferences() override;
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    /// "" for the system's language, or "en", "ru".
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool showExplanations() const { return m_showExplanations; }
    /// "" to follow the system's colours, or "light", "dark": the application's palette.
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    void setShowExplanations(bool show);
    bool confirmRemovals() const;
    void setConfirmRemovals(bool confirm);
    bool welcomed() const;
    bool notifyStopped() const { return notifies(QStringLiteral("stopped")); }
    void setNotifyStopped(bool on) { setNotifies(QStringLiteral("stopped"), on); }
    bool notifyUnhealthy() const { return notifies(QStringLiteral("unhealthy")); }
    void setNotifyUnhealthy(bool on) { setNotifies(QStringLiteral("unhealthy"), on); }
    bool notifyRestarting() const { return notifies(QStringLiteral("restarting")); }
    void setNotifyRestarting(bool on) { setNotifies(QStringLiteral("restarting"), on); }
    bool notifyJobs() const { return notifies(QStringLiteral("jobs")); }
    void setNotifyJobs(bool on) { setNotifies(QStringLiteral("jobs"), on); }
    bool keepInTray() const;
    void setKeepInTray(bool keep);
    /// Whether Berth has said once that it keeps running in the tray.
    static bool toldKeepsRunning();
    static void setToldKeepsRunning();
    /// The containers used last through Berth (ids, newest first) for the tray's menu.
    static QStringList recentContainers();
    static void storeRecentContainers(const QStringList &ids);
    /// The switch of one kind: stopped, unhealthy, restarting, jobs.
    static bool notifies(const QString &kind);
    void setNotifies(const QString &kind, bool on);
    void setWelcomed(bool welcomed);
    static QString startEngine();
    void setStartEngine(const QString &url);
    QString backupFolder() const { return storedBackupFolder(); }
    /// The one rule for it: the stored folder while it exists, else the home folder.
    static QString storedBackupFolder();
    /// How far the user got in a Learn page Try-it flow (0: not started), kept between runs.
    Q_INVOKABLE int tryProgress(const QString &flow) const;
    Q_INVOKABLE void setTryProgress(const QString &flow, int step);
    void setBackupFolder(const QString &folder);
    /// The folder a backup or an export just went to, for next time (through the instance, so
    /// the settings page follows).
    static void rememberBackupFolder(const QString &folder);
    /// Where the window was when Berth last closed (an invalid rect before the first time), and
    /// whether it was maximized.
    static QRect storedWindowGeometry(bool *maximized);
    static void storeWindowGeometry(const QRect &geometry, bool maximized);
    /// The widths the user gave a table's columns by dragging their headers' edges, column name →
    /// pixels (only the ones changed; a stored value out of bounds is left out).
    Q_INVOKABLE QVariantMap columnWidths(const QString &table) const;
    Q_INVOKABLE void setColumnWidth(const QString &table, const QString &column, int width);
    /// The width the user dragged a pane to (0: never dragged), e.g. the containers' details.
    Q_INVOKABLE int paneWidth(const QString &pane) const;
    Q_INVOKABLE void setPaneWidth(const QString &pane, int width);
    /// The bounds of a stored width: narrower or wider is not believed.
    static constexpr int MinimumWidth = 24;
    static constexpr int MaximumWidth = 4000;
    /// The engines the user added to the switcher, by URL.
    static QStringList addedEngines();
    static void storeAddedEngines(const QStringList &urls);

Q_SIGNALS:
    void languageChanged();
    void showExplanationsChanged();
    void themeChanged();
    void storedChanged();

private:
    void apply();
    void applyTheme();

    QPointer<QQmlEngine> m_engine;
    QString m_language;
    bool m_showExplanations = true;
    QString m_theme;
    QPalette m_systemPalette; ///< the system's own, for theme ""
};
