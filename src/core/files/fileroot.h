// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineclient.h"
#include "engine/engineerror.h"
#include "files/execlisting.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

/**
 * Where a file browser reads: a container's own filesystem (running or stopped), or a volume,
 * through a helper container that mounts it read-only at /vol and is never started (the one
 * backups use, see VolumeHelper). The helper is made on first use and removed with the root,
 * also when the root goes while the engine is still making it; one left behind by a Berth that
 * stopped goes with the next job's clean-up.
 */
class FileRoot : public QObject
{
    Q_OBJECT
public:
    static FileRoot *container(EngineClient *client, const QString &id, QObject *parent = nullptr);
    static FileRoot *volume(EngineClient *client, const QString &name, QObject *parent = nullptr);
    ~FileRoot() override;

    EngineClient *client() const { return m_client; }
    bool isVolume() const { return !m_volume.isEmpty(); }
    QString volumeName() const { return m_volume; }
    /// Whether Berth's volume tool may list this volume's folders: until it failed once here.
    bool toolRuns() const { return m_toolRuns; }
    void setToolRuns(bool runs) { m_toolRuns = runs; }
    /// How a container's folders are listed: through which of its tools (exec), found on the
    /// first folder listed; Archive when it has none. Unknown until then, and for a volume.
    ExecListing::Method lister() const { return m_lister; }
    void setLister(ExecListing::Method lister) { m_lister = lister; }
    /// Calls @p done with the container to read through (made first for a volume).
    void prepare(const std::function<void(const EngineError &, const QString &containerId)> &done);
    /// @p path ("/" is the root: the container's, or the volume's) as that container names it.
    QString containerPath(const QString &path) const;

private:
    FileRoot(EngineClient *client, QString id, QString volume, QObject *parent);

    QPointer<EngineClient> m_client;
    QString m_id; ///< the container, or the volume's helper once made
    QString m_volume;
    bool m_preparing = false;
    bool m_toolRuns = true;
    ExecListing::Method m_lister = ExecListing::Method::Unknown;
    QList<std::function<void(const EngineError &, const QString &)>> m_waiting;
};
