// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"
#include "sync/containeralerts.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class Job;
class JobsModel;
#include <QWindow>

/**
 * Says what the user would otherwise miss through the desktop's notification service
 * (org.freedesktop.Notifications on the session bus): ContainerAlerts' alerts, and a long job
 * that finished while the window was hidden or in the background. Each kind has its switch in
 * Preferences. Alerts that come together are said as one notification; clicking one opens the
 * container (or the jobs page, or the containers page for a group).
 */
class DesktopNotifier : public QObject, public AppSingleton<DesktopNotifier>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// False once the desktop has no notification service (said in Settings, with the reason).
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY availableChanged)

public:
    /// A job shorter than this is not worth a notification.
    static constexpr qint64 LongJobMs = 10 * 1000;
    /// Tests: another threshold for a job.
    void setLongJobMs(qint64 ms) { m_longJobMs = ms; }
    /// Alerts this close together are said as one.
    static constexpr int GroupMs = 1500;

    DesktopNotifier(ContainerAlerts *alerts, JobsModel *jobs, QObject *parent);

    /// The window whose visibility decides whether a finished job is worth a notification.
    void setWindow(QWindow *window) { m_window = window; }
    bool available() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    /// One notification now (tests, and flush()): @p target is a container id, "jobs" or
    /// "containers". Returns false when the service could not be asked.
    void send(const QString &summary, const QString &body, const QString &target, bool urgent);

Q_SIGNALS:
    void availableChanged();
    /// The user clicked a notification: show the container (@p containerId) or the page.
    void containerRequested(const QString &containerId);
    void pageRequested(const QString &page);
    /// A notification went out (its id from the service): for tests and the log.
    void sent(uint id, const QString &summary, const QString &body);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    struct Pending
    {
        QString summary;
        QString body;
        QString target;
        bool urgent = false;
    };
    void onAlert(const ContainerAlerts::Alert &alert);
    void watchJob(Job *job);
    void queue(const Pending &pending);
    void flush();

    QPointer<QWindow> m_window;
    QList<Pending> m_pending;
    QTimer m_groupTimer;
    QHash<uint, QString> m_targets; ///< notification id → what a click opens
    QString m_problem;
    qint64 m_longJobMs = LongJobMs;
};
