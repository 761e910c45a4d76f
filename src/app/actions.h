// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"
#include "jobs/jobsmodel.h"
#include "model/commandhistorymodel.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class ActionContext;

/**
 * What every page shares, for QML: the command history, the jobs, the outcome of every action
 * (the banner listens here), an object's full description, the clipboard. The verbs are each
 * feature's own: ContainerActions, ImageActions, VolumeActions, NetworkActions, MigrationActions,
 * LearnActions.
 */
class Actions : public QObject, public AppSingleton<Actions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(CommandHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(JobsModel *jobs READ jobs CONSTANT)

public:
    explicit Actions(ActionContext *context, QObject *parent = nullptr);

    CommandHistoryModel *history() const;
    JobsModel *jobs() const;

    /// Fetches the engine's full description of a container, image, volume or network (@p kind);
    /// answered by inspected().
    Q_INVOKABLE void inspect(const QString &kind, const QString &key);
    Q_INVOKABLE void copyToClipboard(const QString &text);
    /// A path for a URL from a file dialog.
    Q_INVOKABLE QString localPath(const QUrl &url) const;

Q_SIGNALS:
    void succeeded(const QString &command);
    /// A failure for the banner: what was tried, the engine's message and what to do.
    void failed(const QString &command, const QString &message);
    void inspected(const QString &kind, const QString &key, const QString &json);

private:
    ActionContext *m_context;
};
