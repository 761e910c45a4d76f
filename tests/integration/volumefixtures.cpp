// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumefixtures.h"

#include <gtest/gtest.h>

using namespace TestSupport;

namespace VolumeFixtures {

ProcessResult berthctl(const QString &host, const QStringList &args)
{
    return run(berthctlPath(), QStringList {QStringLiteral("--host"), host} + args);
}

QByteArray tree(const QString &root)
{
    return run(QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("cd \"$0\" && find . -printf '%p %m %U:%G %s %l\\n' | sort"),
            root})
        .out;
}

QByteArray inVolume(const QString &host, const QString &volume, const QString &script)
{
    return docker(host,
        {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("-v"), volume + QStringLiteral(":/v"), testImage(), QStringLiteral("sh"),
            QStringLiteral("-c"), script})
        .out;
}

QByteArray volumeTree(const QString &host, const QString &volume)
{
    // busybox find has no -printf: stat prints the fields (a hard link shows as a link count of
    // 2); contents are compared by their sha256 (folder sizes differ between file systems).
    return inVolume(host, volume,
        QStringLiteral(
            "cd /v && find . | sort | while IFS= read -r f; do stat -c '%n %a %u:%g %h %F %N' \"$f\"; "
            "[ -f \"$f\" ] && [ ! -L \"$f\" ] && sha256sum \"$f\"; done"));
}

QString trickyVolume(const QString &host, int bigMegabytes)
{
    const QString name = uniqueName(QStringLiteral("berth-vol"));
    docker(host, {QStringLiteral("volume"), QStringLiteral("create"), name});
    inVolume(host, name,
        QStringLiteral(
            "mkdir -p '/v/папка с пробелом/вложенная' /v/empty && echo привет > '/v/папка с "
            "пробелом/файл' "
            "&& head -c %1 /dev/urandom > /v/big && ln -s big /v/link && ln /v/big /v/hard "
            "&& touch /v/emptyfile && chmod 600 /v/emptyfile && echo tool > /v/tool && chmod 4755 /v/tool "
            "&& chown 1234:1234 '/v/папка с пробелом/файл' && seq 1 20000 > /v/numbers")
            .arg(qint64(bigMegabytes) * 1000 * 1000));
    return name;
}

QString emptyVolume(const QString &host)
{
    const QString name = uniqueName(QStringLiteral("berth-vol"));
    docker(host, {QStringLiteral("volume"), QStringLiteral("create"), name});
    return name;
}

QString mountpoint(const QString &host, const QString &volume)
{
    const ProcessResult r = docker(host,
        {QStringLiteral("volume"), QStringLiteral("inspect"), QStringLiteral("--format"),
            QStringLiteral("{{.Mountpoint}}"), volume});
    return QString::fromUtf8(r.out).trimmed();
}

bool volumeExists(const QString &host, const QString &volume)
{
    return run(QStringLiteral("docker"),
               {QStringLiteral("-H"), host, QStringLiteral("volume"), QStringLiteral("inspect"), volume})
               .exitCode
        == 0;
}

QByteArray helpers(const QString &host)
{
    return docker(host,
        {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
            QStringLiteral("label=io.github.berth.helper")})
        .out.trimmed();
}

} // namespace VolumeFixtures
