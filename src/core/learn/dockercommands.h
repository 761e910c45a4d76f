// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

struct BuildOptions;

/**
 * The docker CLI arguments equal to each action Berth performs (after the word `docker`).
 * The actions build their engine request and their command from the same values.
 */
namespace DockerCommands {
QStringList start(const QString &container);
QStringList stop(const QString &container);
QStringList restart(const QString &container);
QStringList pause(const QString &container);
QStringList unpause(const QString &container);
QStringList kill(const QString &container);
QStringList remove(const QString &container, bool force, bool volumes);
QStringList rename(const QString &container, const QString &newName);
QStringList containerPrune();
/// docker logs [-f] [-t] [--tail N] [--since T] CONTAINER; a negative tail is all lines.
QStringList logs(
    const QString &container, bool follow, int tail, const QString &since, bool timestamps = false);
QStringList commit(const QString &container, const QString &reference);
QStringList pull(const QString &reference);
QStringList push(const QString &reference);
/// docker build with the classic builder's options Berth sends; @p dockerfile as the user gave
/// it (empty for the folder's Dockerfile). Shown after DOCKER_BUILDKIT=0 (buildText()).
QStringList build(const QString &folder, const QString &dockerfile, const BuildOptions &options);
/// "DOCKER_BUILDKIT=0 docker build …": the classic builder, which is what Berth asks for.
QString buildText(const QStringList &arguments);
QStringList tag(const QString &source, const QString &target);
QStringList removeImage(const QString &image, bool force);
QStringList imagePrune(bool all);
QStringList volumeCreate(const QString &name, const QString &driver, const QStringList &labels);
QStringList volumeRemove(const QString &name);
/// With @p all (docker CLI 23 and API 1.42 on) named volumes go too, not only anonymous ones.
QStringList volumePrune(bool all);
/// docker network create with the options Berth's dialog has; @p labels as KEY=VALUE.
QStringList networkCreate(const QString &name, const QString &driver, const QString &subnet,
    const QString &gateway, bool internal, const QStringList &labels);
QStringList networkRemove(const QString &name);
QStringList networkPrune();
QStringList networkConnect(const QString &network, const QString &container, const QStringList &aliases);
QStringList networkDisconnect(const QString &network, const QString &container);
/// A volume into FILE (a .tar.gz) with a throw-away busybox container: the manual method that
/// works on any engine.
QStringList volumeBackupByHelper(const QString &volume, const QString &file);
/// FILE (a .tar.gz) into a volume, the same way.
QStringList volumeRestoreByHelper(const QString &file, const QString &volume);
/// "docker …", quoted for a POSIX shell.
QString text(const QStringList &arguments);
/// docker builder prune -a -f: every build cache record no build uses (SystemApi::pruneBuildCache).
QStringList builderPrune();
} // namespace DockerCommands
