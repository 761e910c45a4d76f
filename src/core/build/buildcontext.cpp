// SPDX-License-Identifier: GPL-3.0-or-later
#include "build/buildcontext.h"

#include "files/hosttardevice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BuildContext)
};
} // namespace

BuildContext::BuildContext(QString folder, QString dockerfile)
    : m_folder(std::move(folder))
    , m_dockerfile(std::move(dockerfile))
{
}

bool BuildContext::open(QObject *parent)
{
    const QFileInfo folder(m_folder);
    if (!folder.exists()) {
        m_error = Tr::tr("The folder %1 does not exist.").arg(m_folder);
        return false;
    }
    if (!folder.isDir()) {
        m_error = Tr::tr(
            "%1 is not a folder: docker build needs the folder that holds what the Dockerfile copies.")
                      .arg(m_folder);
        return false;
    }
    const QString root = folder.canonicalFilePath();
    QString dockerfile = m_dockerfile;
    if (dockerfile.isEmpty()) {
        dockerfile = QDir(root).filePath(QStringLiteral("Dockerfile"));
        // As the docker CLI: a lowercase dockerfile when there is no Dockerfile.
        const QString lower = QDir(root).filePath(QStringLiteral("dockerfile"));
        if (!QFileInfo::exists(dockerfile) && QFileInfo::exists(lower))
            dockerfile = lower;
    } else if (QFileInfo(dockerfile).isRelative()) {
        dockerfile = QDir(root).filePath(dockerfile);
    }
    const QFileInfo file(dockerfile);
    if (!file.exists()) {
        m_error = Tr::tr(
            "There is no Dockerfile at %1. Choose the Dockerfile with -f (in the dialog: Dockerfile).")
                      .arg(QDir::cleanPath(dockerfile));
        return false;
    }
    if (!file.isFile()) {
        m_error = Tr::tr("The Dockerfile %1 is not a file.").arg(QDir::cleanPath(dockerfile));
        return false;
    }
    m_dockerfilePath = file.canonicalFilePath();
    const QString relative = QDir(root).relativeFilePath(m_dockerfilePath);
    if (relative.startsWith(QLatin1String("../")) || QFileInfo(relative).isAbsolute()) {
        m_error = Tr::tr(
            "The Dockerfile %1 is outside the folder %2: put it inside the folder, or choose a folder "
            "that holds it.")
                      .arg(m_dockerfilePath, root);
        return false;
    }
    m_relativeDockerfile = relative;

    QFile ignoreFile(QDir(root).filePath(QStringLiteral(".dockerignore")));
    QStringList patterns;
    if (ignoreFile.exists()) {
        // Patterns, not contents: a .dockerignore larger than this is not one.
        constexpr qint64 MaxIgnore = 4 * 1024 * 1024;
        if (!ignoreFile.open(QIODevice::ReadOnly) || ignoreFile.size() > MaxIgnore) {
            m_error = Tr::tr("Cannot read %1: %2")
                          .arg(ignoreFile.fileName(),
                              ignoreFile.size() > MaxIgnore ? Tr::tr("it is larger than 4 MiB")
                                                            : ignoreFile.errorString());
            return false;
        }
        QString error;
        if (!m_ignore.parse(ignoreFile.readAll(), &error)) {
            m_error = error;
            return false;
        }
        patterns = m_ignore.patterns();
    }
    // The docker CLI sends the Dockerfile and .dockerignore even when .dockerignore names them.
    for (const QString &keep : {m_relativeDockerfile, QStringLiteral(".dockerignore")}) {
        if (m_ignore.matches(keep))
            patterns.append(QLatin1Char('!') + keep);
    }
    if (!m_ignore.setPatterns(patterns, &m_error))
        return false;

    auto device = std::make_unique<HostTarDevice>(root, QByteArray(), parent);
    device->setOwner(0, 0);
    if (!m_ignore.isEmpty()) {
        struct Walk
        {
            QList<QString> dirs;
            QList<DockerIgnore::MatchInfo> infos;
        };
        auto walk = std::make_shared<Walk>();
        const DockerIgnore ignore = m_ignore;
        device->setFilter([walk, ignore](const QByteArray &name, bool isDir) {
            const QString path = QString::fromUtf8(name);
            // Drop the folders this entry is not in (the walk went back up).
            while (!walk->dirs.isEmpty() && !path.startsWith(walk->dirs.last() + QLatin1Char('/'))) {
                walk->dirs.removeLast();
                walk->infos.removeLast();
            }
            DockerIgnore::MatchInfo info;
            const bool skip = ignore.matches(
                path, walk->infos.isEmpty() ? DockerIgnore::MatchInfo() : walk->infos.last(), &info);
            if (isDir) {
                walk->dirs.append(path);
                walk->infos.append(info);
            }
            if (!skip)
                return HostTarDevice::Choice::Include;
            if (!isDir)
                return HostTarDevice::Choice::LeaveOut;
            return ignore.hasExceptions() && ignore.mayBringBackUnder(path)
                ? HostTarDevice::Choice::LeaveOut
                : HostTarDevice::Choice::LeaveOutTree;
        });
    }
    if (!device->open(QIODevice::ReadOnly)) {
        m_error = device->errorString();
        return false;
    }
    m_device = device.release();
    return true;
}
