// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/composeproject.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace {
const QLatin1String WorkingDirLabel("com.docker.compose.project.working_dir");
const QLatin1String ConfigFilesLabel("com.docker.compose.project.config_files");
const QLatin1String DependsOnLabel("com.docker.compose.depends_on");
const QLatin1String NumberLabel("com.docker.compose.container-number");
/// More services than any real project has: a label naming more is cut there.
constexpr int MaxDependencies = 1000;

bool byServiceThenName(const ContainerInfo &a, const ContainerInfo &b)
{
    if (a.composeService() != b.composeService())
        return a.composeService() < b.composeService();
    return a.name() < b.name();
}
} // namespace

QList<ComposeProject> ComposeProject::fromContainers(const QList<ContainerInfo> &containers)
{
    QMap<QString, ComposeProject> projects;
    for (const ContainerInfo &c : containers) {
        const QString name = c.composeProject();
        if (name.isEmpty())
            continue;
        ComposeProject &p = projects[name];
        p.name = name;
        p.containers.append(c);
        if (p.workingDir.isEmpty())
            p.workingDir = c.labels.value(WorkingDirLabel);
        if (p.configFiles.isEmpty())
            p.configFiles = c.labels.value(ConfigFilesLabel).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    QList<ComposeProject> list;
    for (ComposeProject &p : projects) {
        std::sort(p.containers.begin(), p.containers.end(), byServiceThenName);
        list.append(p);
    }
    return list;
}

ComposeProject ComposeProject::find(const QList<ContainerInfo> &containers, const QString &name)
{
    QList<ContainerInfo> mine;
    for (const ContainerInfo &c : containers) {
        if (c.composeProject() == name)
            mine.append(c);
    }
    return fromContainers(mine).value(0);
}

QStringList ComposeProject::services() const
{
    QStringList names;
    for (const ContainerInfo &c : containers) {
        if (!names.contains(c.composeService()))
            names.append(c.composeService());
    }
    std::sort(names.begin(), names.end());
    return names;
}

QMap<QString, int> ComposeProject::stateCounts() const
{
    QMap<QString, int> counts; // sorted by state, as docker compose ls sorts them
    for (const ContainerInfo &c : containers)
        ++counts[c.state];
    return counts;
}

QString ComposeProject::status() const
{
    const QMap<QString, int> counts = stateCounts();
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1(%2)").arg(it.key()).arg(it.value());
    return parts.join(QLatin1String(", "));
}

bool ComposeProject::isActive() const
{
    return std::any_of(
        containers.begin(), containers.end(), [](const ContainerInfo &c) { return c.isActive(); });
}

QStringList ComposeProject::dependsOn(const ContainerInfo &container)
{
    QStringList services;
    const QStringList entries
        = container.labels.value(DependsOnLabel).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QString service = entry.section(QLatin1Char(':'), 0, 0).trimmed();
        if (!service.isEmpty() && !services.contains(service))
            services.append(service);
        if (services.size() >= MaxDependencies)
            break;
    }
    return services;
}

QStringList ComposeProject::healthyDependencies(const ContainerInfo &container)
{
    QStringList services;
    const QStringList entries
        = container.labels.value(DependsOnLabel).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QString service = entry.section(QLatin1Char(':'), 0, 0).trimmed();
        if (entry.section(QLatin1Char(':'), 1, 1).trimmed() == QLatin1String("service_healthy")
            && !service.isEmpty() && !services.contains(service))
            services.append(service);
        if (services.size() >= MaxDependencies)
            break;
    }
    return services;
}

QStringList ComposeProject::startOrder() const
{
    const QStringList all = services();
    QMap<QString, QSet<QString>> waitsFor; // service → the services of this project it waits for
    for (const QString &s : all)
        waitsFor[s];
    for (const ContainerInfo &c : containers) {
        for (const QString &d : dependsOn(c)) {
            if (d != c.composeService() && all.contains(d))
                waitsFor[c.composeService()].insert(d);
        }
    }
    QStringList order;
    QSet<QString> placed;
    while (order.size() < all.size()) {
        // The first service by name whose dependencies are all placed; in a cycle, the first left.
        QString next;
        for (const QString &s : all) {
            if (placed.contains(s))
                continue;
            if (next.isEmpty())
                next = s;
            const QSet<QString> &deps = waitsFor.value(s);
            if (std::all_of(deps.begin(), deps.end(), [&](const QString &d) { return placed.contains(d); })) {
                next = s;
                break;
            }
        }
        order.append(next);
        placed.insert(next);
    }
    return order;
}

QList<ContainerInfo> ComposeProject::containersInStartOrder() const
{
    QList<ContainerInfo> ordered;
    for (const QString &service : startOrder()) {
        for (const ContainerInfo &c : containers) {
            if (c.composeService() == service)
                ordered.append(c);
        }
    }
    return ordered;
}

QString ComposeProject::logName(const ContainerInfo &container)
{
    const QString project = container.composeProject();
    const QString name = container.name();
    const QString number = container.labels.value(NumberLabel);
    // docker compose's own default name: PROJECT-SERVICE-NUMBER; the prefix goes in its logs.
    if (!project.isEmpty() && !number.isEmpty()
        && name == QStringList {project, container.composeService(), number}.join(QLatin1Char('-')))
        return name.mid(project.size() + 1);
    return name;
}
