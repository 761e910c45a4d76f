// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/networks/networkactions.h"

#include "app/actioncontext.h"
#include "engine/enginereply.h"
#include "engine/networksapi.h"
#include "learn/dockercommands.h"
#include "model/containermodel.h"
#include "model/networkmodel.h"

#include <QRegularExpression>

namespace {
QStringList aliasList(const QString &aliases)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return aliases.split(separators, Qt::SkipEmptyParts);
}
} // namespace

NetworkActions::NetworkActions(ActionContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void NetworkActions::createNetwork(const QString &name, const QString &driver, const QString &subnet,
    const QString &gateway, bool internal, const QString &labels)
{
    NetworkCreateOptions options;
    options.name = name.trimmed();
    options.driver = driver.trimmed();
    options.subnet = subnet.trimmed();
    options.gateway = gateway.trimmed();
    options.internal = internal;
    QStringList labelList;
    options.labels = ActionContext::parseLabels(labels, &labelList);
    m_context->perform(DockerCommands::networkCreate(options.name, options.driver, options.subnet,
                           options.gateway, options.internal, labelList),
        NetworksApi(m_context->client()).create(options));
}

QString NetworkActions::createCommand(const QString &name, const QString &driver, const QString &subnet,
    const QString &gateway, bool internal, const QString &labels) const
{
    QStringList labelList;
    ActionContext::parseLabels(labels, &labelList);
    return DockerCommands::text(DockerCommands::networkCreate(
        name.trimmed(), driver.trimmed(), subnet.trimmed(), gateway.trimmed(), internal, labelList));
}

void NetworkActions::removeNetwork(const QString &name)
{
    const NetworksApi api(m_context->client());
    m_context->perform(DockerCommands::networkRemove(name), api.remove(name), {},
        [this, api, name](const EngineError &error) {
            // Docker 20.10 does not name the containers, Podman says to force them away.
            const QStringList users = api.blockingUsers(name, m_context->containers()->rows());
            return error.kind() == EngineError::NotFound || users.isEmpty()
                ? error.toString()
                : NetworksApi::inUseMessage(name, users);
        });
}

QStringList NetworkActions::prunableNetworks() const
{
    return NetworksApi(m_context->client())
        .prunable(m_context->networkModel()->rows(), m_context->containers()->rows());
}

QString NetworkActions::networkPruneCommand() const
{
    return DockerCommands::text(DockerCommands::networkPrune());
}

void NetworkActions::pruneNetworks()
{
    m_context->perform(DockerCommands::networkPrune(), NetworksApi(m_context->client()).prune());
}

void NetworkActions::connectContainer(
    const QString &network, const QString &container, const QString &aliases)
{
    const QStringList list = aliasList(aliases);
    m_context->perform(DockerCommands::networkConnect(network, container, list),
        NetworksApi(m_context->client()).connect(network, container, list));
}

QString NetworkActions::connectCommand(
    const QString &network, const QString &container, const QString &aliases) const
{
    return DockerCommands::text(DockerCommands::networkConnect(network, container, aliasList(aliases)));
}

void NetworkActions::disconnectContainer(const QString &network, const QString &container)
{
    m_context->perform(DockerCommands::networkDisconnect(network, container),
        NetworksApi(m_context->client()).disconnect(network, container));
}

QString NetworkActions::disconnectCommand(const QString &network, const QString &container) const
{
    return DockerCommands::text(DockerCommands::networkDisconnect(network, container));
}

QStringList NetworkActions::connectableContainers(const QString &network) const
{
    QStringList names;
    for (const ContainerInfo &c : m_context->containers()->rows()) {
        if (!c.networks.contains(network))
            names << c.name();
    }
    names.sort();
    return names;
}

QStringList NetworkActions::networksOf(const QString &containerId) const
{
    const ContainerModel *containers = m_context->containers();
    const int row = containers->rowOf(containerId);
    return row < 0 ? QStringList() : containers->rows().at(row).networks;
}

QStringList NetworkActions::otherNetworks(const QString &containerId) const
{
    const QStringList attached = networksOf(containerId);
    QStringList names;
    for (const NetworkInfo &n : m_context->networkModel()->rows()) {
        // host and none take no second network; attaching there is refused anyway.
        if (!attached.contains(n.name) && n.driver != QLatin1String("host")
            && n.driver != QLatin1String("null"))
            names << n.name;
    }
    names.sort();
    return names;
}
