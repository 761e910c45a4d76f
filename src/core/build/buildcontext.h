// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "build/dockerignore.h"

#include <QString>

class HostTarDevice;
class QObject;

/**
 * A folder as docker build sends it: its .dockerignore read (the Dockerfile and .dockerignore
 * always go, as the docker CLI keeps them), every entry that goes opened once so that what
 * cannot be read is said before a byte is sent, and the tar made as it is read (HostTarDevice:
 * links kept as links, owners 0:0 as the docker CLI sends them).
 */
class BuildContext
{
public:
    /// @p folder is the context; @p dockerfile a path inside it, absolute or relative to it
    /// (empty: Dockerfile, or dockerfile, at its top).
    BuildContext(QString folder, QString dockerfile);

    /// Checks the folder, the Dockerfile and .dockerignore and lists what goes; false with
    /// errorString(). The device is the caller's (parented to @p parent), open for reading.
    bool open(QObject *parent);
    HostTarDevice *device() const { return m_device; }
    /// The Dockerfile's path inside the context, with / (the engine's dockerfile parameter).
    QString dockerfileInContext() const { return m_relativeDockerfile; }
    QString dockerfilePath() const { return m_dockerfilePath; }
    const DockerIgnore &ignore() const { return m_ignore; }
    QString errorString() const { return m_error; }

private:
    QString m_folder;
    QString m_dockerfile;
    QString m_dockerfilePath;
    QString m_relativeDockerfile;
    DockerIgnore m_ignore;
    HostTarDevice *m_device = nullptr;
    QString m_error;
};
