// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"
#include "model/diskusage.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class ActionContext;
class EngineReply;

/// What one clean-up removes, for its confirmation (DiskActions::cleanupPlan): QML reads it as
/// a value.
class CleanupPlan
{
    Q_GADGET
    QML_VALUE_TYPE(cleanupPlan)
    /// "name — size" for each item that goes
    Q_PROPERTY(QStringList items MEMBER items)
    Q_PROPERTY(QStringList names MEMBER names)
    /// the space it frees, as a text, and in bytes
    Q_PROPERTY(QString freed MEMBER freed)
    Q_PROPERTY(qint64 freedBytes MEMBER freedBytes)
    /// the docker command it equals
    Q_PROPERTY(QString command MEMBER command)

public:
    QStringList items;
    QStringList names;
    QString freed;
    qint64 freedBytes = 0;
    QString command;
};

/**
 * The Disk use page's backend: the engine's /system/df (images, containers, volumes, build
 * cache: total, in use, reclaimable, the largest of each) and the clean-ups, each listing exactly
 * what goes with its size, the space it frees and the docker command it equals. A clean-up runs
 * only through cleanUp() after the page's confirmation of that list, and reads the figures again.
 */
class DiskActions : public QObject, public AppSingleton<DiskActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)
    /// One map per kind (images, containers, volumes, buildCache): key, title, total, active,
    /// size, reclaimable (texts), reclaimableBytes, command, largest (a list of {name, size}).
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY changed)

public:
    enum Status { NotConnected, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit DiskActions(ActionContext *context, QObject *parent = nullptr);

    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }
    QVariantList kinds() const;

    /// Asks the engine again (slow on a big host: it walks every layer and volume).
    Q_INVOKABLE void refresh();
    /// What the clean-up of @p kind removes, from the last figures.
    Q_INVOKABLE CleanupPlan cleanupPlan(const QString &kind) const;
    /// The space removing @p names of @p kind ("images": as the images prune lists them,
    /// "containers": by name) frees, from the last figures: a text, or "" while the figures
    /// are not in or do not know one of them (the prune confirmations ask refresh() on opening).
    Q_INVOKABLE QString freedBy(const QString &kind, const QStringList &names) const;
    /// Runs the clean-up of @p kind (the engine's prune, as its docker command) and reads the
    /// figures again when it ends.
    Q_INVOKABLE void cleanUp(const QString &kind);

Q_SIGNALS:
    void changed();

private:
    void setStatus(Status status, const QString &error = {});

    ActionContext *m_context;
    DiskUsage m_usage;
    Status m_status = NotConnected;
    QString m_errorString;
    QPointer<EngineReply> m_reply;
};
