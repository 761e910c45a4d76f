// SPDX-License-Identifier: GPL-3.0-or-later
#include "learn/dockercommands.h"

#include "engine/imagesapi.h"

#include <QFileInfo>

#include "util/shellwords.h"

namespace DockerCommands {

QStringList start(const QString &container)
{
    return {QStringLiteral("start"), container};
}

QStringList stop(const QString &container)
{
    return {QStringLiteral("stop"), container};
}

QStringList restart(const QString &container)
{
    return {QStringLiteral("restart"), container};
}

QStringList pause(const QString &container)
{
    return {QStringLiteral("pause"), container};
}

QStringList unpause(const QString &container)
{
    return {QStringLiteral("unpause"), container};
}

QStringList kill(const QString &container)
{
    return {QStringLiteral("kill"), container};
}

QStringList remove(const QString &container, bool force, bool volumes)
{
    QStringList args {QStringLiteral("rm")};
    if (force)
        args << QStringLiteral("-f");
    if (volumes)
        args << QStringLiteral("-v");
    return args << container;
}

QStringList rename(const QString &container, const QString &newName)
{
    return {QStringLiteral("rename"), container, newName};
}

QStringList logs(const QString &container, bool follow, int tail, const QString &since, bool timestamps)
{
    QStringList args {QStringLiteral("logs")};
    if (follow)
        args << QStringLiteral("-f");
    if (timestamps)
        args << QStringLiteral("-t");
    if (tail >= 0)
        args << QStringLiteral("--tail") << QString::number(tail);
    if (!since.trimmed().isEmpty())
        args << QStringLiteral("--since") << since.trimmed();
    return args << container;
}

QStringList containerPrune()
{
    return {QStringLiteral("container"), QStringLiteral("prune"), QStringLiteral("-f")};
}

QStringList commit(const QString &container, const QString &reference)
{
    QStringList args {QStringLiteral("commit"), container};
    if (!reference.isEmpty())
        args << reference;
    return args;
}

QStringList pull(const QString &reference)
{
    return {QStringLiteral("pull"), reference};
}

QStringList push(const QString &reference)
{
    return {QStringLiteral("push"), reference};
}

QStringList build(const QString &folder, const QString &dockerfile, const BuildOptions &options)
{
    QStringList args {QStringLiteral("build")};
    for (const QString &tag : options.tags)
        args << QStringLiteral("-t") << tag;
    if (!dockerfile.isEmpty())
        args << QStringLiteral("-f") << dockerfile;
    for (const auto &[key, value] : options.buildArgs)
        args << QStringLiteral("--build-arg") << key + QLatin1Char('=') + value;
    if (!options.target.isEmpty())
        args << QStringLiteral("--target") << options.target;
    if (options.noCache)
        args << QStringLiteral("--no-cache");
    if (options.pull)
        args << QStringLiteral("--pull");
    if (options.quiet)
        args << QStringLiteral("-q");
    args << QStringLiteral("--force-rm");
    if (!options.networkMode.isEmpty())
        args << QStringLiteral("--network") << options.networkMode;
    for (const QString &limit : options.ulimits)
        args << QStringLiteral("--ulimit") << limit;
    args << folder;
    return args;
}

QString buildText(const QStringList &arguments)
{
    return QStringLiteral("DOCKER_BUILDKIT=0 ") + text(arguments);
}

QStringList tag(const QString &source, const QString &target)
{
    return {QStringLiteral("tag"), source, target};
}

QStringList removeImage(const QString &image, bool force)
{
    QStringList args {QStringLiteral("rmi")};
    if (force)
        args << QStringLiteral("-f");
    return args << image;
}

QStringList imagePrune(bool all)
{
    QStringList args {QStringLiteral("image"), QStringLiteral("prune"), QStringLiteral("-f")};
    if (all)
        args << QStringLiteral("-a");
    return args;
}

QStringList volumeCreate(const QString &name, const QString &driver, const QStringList &labels)
{
    QStringList args {QStringLiteral("volume"), QStringLiteral("create")};
    if (!driver.isEmpty() && driver != QLatin1String("local"))
        args << QStringLiteral("--driver") << driver;
    for (const QString &l : labels)
        args << QStringLiteral("--label") << l;
    if (!name.isEmpty())
        args << name;
    return args;
}

QStringList volumeRemove(const QString &name)
{
    return {QStringLiteral("volume"), QStringLiteral("rm"), name};
}

QStringList volumePrune(bool all)
{
    QStringList args {QStringLiteral("volume"), QStringLiteral("prune"), QStringLiteral("-f")};
    if (all)
        args << QStringLiteral("--all");
    return args;
}

QStringList networkCreate(const QString &name, const QString &driver, const QString &subnet,
    const QString &gateway, bool internal, const QStringList &labels)
{
    QStringList args {QStringLiteral("network"), QStringLiteral("create")};
    if (!driver.isEmpty() && driver != QLatin1String("bridge"))
        args << QStringLiteral("--driver") << driver;
    if (!subnet.isEmpty())
        args << QStringLiteral("--subnet") << subnet;
    if (!gateway.isEmpty())
        args << QStringLiteral("--gateway") << gateway;
    if (internal)
        args << QStringLiteral("--internal");
    for (const QString &l : labels)
        args << QStringLiteral("--label") << l;
    args << name;
    return args;
}

QStringList networkRemove(const QString &name)
{
    return {QStringLiteral("network"), QStringLiteral("rm"), name};
}

QStringList networkPrune()
{
    return {QStringLiteral("network"), QStringLiteral("prune"), QStringLiteral("-f")};
}

QStringList networkConnect(const QString &network, const QString &container, const QStringList &aliases)
{
    QStringList args {QStringLiteral("network"), QStringLiteral("connect")};
    for (const QString &a : aliases)
        args << QStringLiteral("--alias") << a;
    args << network << container;
    return args;
}

QStringList networkDisconnect(const QString &network, const QString &container)
{
    return {QStringLiteral("network"), QStringLiteral("disconnect"), network, container};
}

QString text(const QStringList &arguments)
{
    return QStringLiteral("docker ") + ShellWords::join(arguments);
}

QStringList volumeBackupByHelper(const QString &volume, const QString &file)
{
    const QFileInfo info(file);
    return {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-v"),
        volume + QStringLiteral(":/data:ro"), QStringLiteral("-v"),
        info.absolutePath() + QStringLiteral(":/backup"), QStringLiteral("busybox"), QStringLiteral("tar"),
        QStringLiteral("czf"), QStringLiteral("/backup/") + info.fileName(), QStringLiteral("-C"),
        QStringLiteral("/data"), QStringLiteral(".")};
}

QStringList volumeRestoreByHelper(const QString &file, const QString &volume)
{
    const QFileInfo info(file);
    return {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-v"),
        volume + QStringLiteral(":/data"), QStringLiteral("-v"),
        info.absolutePath() + QStringLiteral(":/backup:ro"), QStringLiteral("busybox"), QStringLiteral("tar"),
        QStringLiteral("xzf"), QStringLiteral("/backup/") + info.fileName(), QStringLiteral("-C"),
        QStringLiteral("/data")};
}

QStringList builderPrune()
{
    return {QStringLiteral("builder"), QStringLiteral("prune"), QStringLiteral("-a"), QStringLiteral("-f")};
}

} // namespace DockerCommands
