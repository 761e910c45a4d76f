// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"
#include "app/containers/runform.h"
#include "sync/logsession.h"
#include "sync/statssession.h"
#include "terminal/terminalsession.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class ActionContext;

/**
 * What the user does with containers, for QML: each verb builds its engine request and its
 * docker command from the same values and reports through the shared ActionContext (the models
 * follow by themselves through events). Also the sessions a container's views open: logs, a
 * terminal, live usage — each owned by the view that asked.
 */
class ContainerActions : public QObject, public AppSingleton<ContainerActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList networks READ networks NOTIFY networksChanged)

public:
    explicit ContainerActions(ActionContext *context, QObject *parent = nullptr);

    /// The engine's networks by name, as last asked with refreshNetworks() (the run dialog's
    /// choices, besides typing one).
    QStringList networks() const;
    Q_INVOKABLE void refreshNetworks();

    Q_INVOKABLE void startContainer(const QString &id, const QString &name);
    Q_INVOKABLE void stopContainer(const QString &id, const QString &name);
    Q_INVOKABLE void restartContainer(const QString &id, const QString &name);
    Q_INVOKABLE void pauseContainer(const QString &id, const QString &name);
    Q_INVOKABLE void unpauseContainer(const QString &id, const QString &name);
    Q_INVOKABLE void killContainer(const QString &id, const QString &name);
    Q_INVOKABLE void removeContainer(const QString &id, const QString &name, bool force, bool volumes);
    Q_INVOKABLE void renameContainer(const QString &id, const QString &name, const QString &newName);
    Q_INVOKABLE void commitContainer(const QString &id, const QString &name, const QString &reference);
    /// Creates and starts a container from the run dialog's fields (pulling a missing image
    /// first, as docker run does); containerRun() selects it.
    Q_INVOKABLE void runContainer(RunForm *form);

    /// Names of what docker container prune would remove, for the confirmation.
    Q_INVOKABLE QStringList prunableContainers() const;
    Q_INVOKABLE void pruneContainers();

    /// A container's log for a viewer: the last lines, then following. It belongs to @p owner,
    /// the view that asked (a C++ parent: no JavaScript collector decides when it goes).
    Q_INVOKABLE LogSession *openLogs(const QString &id, QObject *owner);
    /// Where a browser reaches a port the container publishes on @p ip (as the engine lists it):
    /// this computer for an engine here, the other machine for an engine there.
    /// The health check of an inspect answer: status, summary (its words, with the failing
    /// streak), and log (the last results, newest first: heading, exitCode, output).
    Q_INVOKABLE QVariantMap health(const QString &inspectJson) const;
    Q_INVOKABLE QUrl portAddress(const QString &ip, int port) const;
    /// `docker logs` with the viewer's options, for the learner.
    Q_INVOKABLE QString logsCommand(
        const QString &name, bool follow, int tail, const QString &since, bool timestamps) const;
    /// A terminal in a container, started: @p command (a shell words string; "" for its shell,
    /// bash when it has it, else sh), or with @p attach its own TTY. It belongs to @p owner,
    /// the pane that asked.
    Q_INVOKABLE TerminalSession *openTerminal(
        const QString &id, const QString &name, const QString &command, bool attach, QObject *owner);
    /// A running container's resource use, streaming; it belongs to @p owner, the view that
    /// asked, which stops it.
    Q_INVOKABLE StatsSession *openStats(const QString &id, QObject *owner);

Q_SIGNALS:
    void networksChanged();
    /// A container created by runContainer() or a Try-it (its id), so the page can select it;
    /// @p interactive when it was run with -it, so the page opens its terminal.
    void containerRun(const QString &id, bool interactive);

private:
    ActionContext *m_context;
};
