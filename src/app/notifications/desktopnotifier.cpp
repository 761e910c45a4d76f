// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/notifications/desktopnotifier.h"

#include "app/preferences.h"
#include "jobs/job.h"
#include "jobs/jobsmodel.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QWindow>

#include <memory>

Q_LOGGING_CATEGORY(lcNotify, "berth.notify")

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
/// The desktop file's name (installer/), so the desktop shows Berth's icon and name.
const QString DesktopEntry = QStringLiteral("io.github.berth.Berth");
} // namespace

DesktopNotifier::DesktopNotifier(ContainerAlerts *alerts, JobsModel *jobs, QObject *parent)
    : QObject(parent)
{
    m_groupTimer.setSingleShot(true);
    m_groupTimer.setInterval(GroupMs);
    connect(&m_groupTimer, &QTimer::timeout, this, &DesktopNotifier::flush);
    connect(alerts, &ContainerAlerts::alerted, this, &DesktopNotifier::onAlert);
    connect(jobs, &QAbstractItemModel::rowsInserted, this,
        [this, jobs](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                watchJob(
                    qobject_cast<Job *>(jobs->data(jobs->index(row), JobsModel::JobRole).value<QObject *>()));
        });
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_problem = tr("This desktop has no session bus (D-Bus), so Berth cannot show notifications.");
        return;
    }
    bus.connect(QString(), Path, Interface, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    bus.connect(
        QString(), Path, Interface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

void DesktopNotifier::onAlert(const ContainerAlerts::Alert &alert)
{
    static const char *const keys[] = {"stopped", "unhealthy", "restarting"};
    if (!Preferences::notifies(QString::fromLatin1(keys[int(alert.kind)])))
        return;
    QString summary;
    switch (alert.kind) {
    case ContainerAlerts::Kind::Stopped:
        summary = tr("Container %1 stopped").arg(alert.name);
        break;
    case ContainerAlerts::Kind::Unhealthy:
        summary = tr("Container %1 is unhealthy").arg(alert.name);
        break;
    case ContainerAlerts::Kind::Restarting:
        summary = tr("Container %1 keeps restarting").arg(alert.name);
        break;
    }
    queue({summary, alert.text(), alert.containerId, true});
}

void DesktopNotifier::watchJob(Job *job)
{
    if (!job)
        return;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(job, &Job::finished, this, [this, job, clock] {
        const bool hidden = !m_window || !m_window->isVisible() || !m_window->isActive()
            || m_window->visibility() == QWindow::Minimized;
        if (clock->elapsed() < m_longJobMs || !hidden || !Preferences::notifies(QStringLiteral("jobs")))
            return;
        QString body;
        switch (job->state()) {
        case Job::Succeeded:
            body = tr("Finished.");
            break;
        case Job::Failed:
            body = tr("Failed: %1").arg(job->errorString());
            break;
        default:
            body = tr("Cancelled.");
            break;
        }
        queue({job->title(), body, QStringLiteral("jobs"), job->state() == Job::Failed});
    });
}

void DesktopNotifier::queue(const Pending &pending)
{
    m_pending.append(pending);
    if (!m_groupTimer.isActive())
        m_groupTimer.start();
}

void DesktopNotifier::flush()
{
    const QList<Pending> pending = std::exchange(m_pending, {});
    if (pending.isEmpty())
        return;
    if (pending.size() == 1) {
        send(pending[0].summary, pending[0].body, pending[0].target, pending[0].urgent);
        return;
    }
    QStringList lines;
    bool urgent = false;
    for (const Pending &p : pending) {
        lines << p.summary + QStringLiteral(": ") + p.body;
        urgent = urgent || p.urgent;
    }
    send(tr("Berth: %n notification(s)", nullptr, int(pending.size())), lines.join(QLatin1Char('\n')),
        QStringLiteral("containers"), urgent);
}

void DesktopNotifier::send(const QString &summary, const QString &body, const QString &target, bool urgent)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), DesktopEntry);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1)));
    // The body may be read as markup by the service: a container's name is not markup.
    call << QStringLiteral("Berth") << uint(0) << DesktopEntry << summary << body.toHtmlEscaped()
         << QStringList {QStringLiteral("default"), tr("Open")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, summary, body, target] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcNotify) << "no notification:" << reply.error().name() << reply.error().message();
            if (m_problem.isEmpty()) {
                m_problem = tr(
                    "The desktop's notification service did not answer (%1), so Berth cannot show "
                    "notifications. A desktop with notifications (GNOME, KDE, Xfce, or dunst) shows them.")
                                .arg(reply.error().name());
                Q_EMIT availableChanged();
            }
            return;
        }
        if (!m_problem.isEmpty()) {
            m_problem.clear();
            Q_EMIT availableChanged();
        }
        m_targets.insert(reply.value(), target);
        Q_EMIT sent(reply.value(), summary, body);
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_targets.constFind(id);
    if (it == m_targets.cend() || action != QLatin1String("default"))
        return; // another application's, or not the click
    const QString target = it.value();
    if (m_window) {
        m_window->show();
        m_window->raise();
        m_window->requestActivate();
    }
    if (target == QLatin1String("jobs") || target == QLatin1String("containers"))
        Q_EMIT pageRequested(target);
    else
        Q_EMIT containerRequested(target);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_targets.remove(id);
}
