// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/importsource.h"

class TarDigest;

/**
 * A container straight from another engine: committed there (paused while its image and volumes
 * stream over, when it runs), its image saved straight into the target's load and each volume's
 * archive from a helper there straight into a helper on the target; nothing on disk. The volumes
 * start while the commit is still on its way (the container is paused before either). What
 * arrives is compared with what left: the image's layers and configuration, each volume's files.
 * The committed image leaves the source again, and the container runs there as before.
 */
class EngineSource : public ImportSource
{
    Q_OBJECT
public:
    /// @p name is what the job and its docker commands call the container (its name, where
    /// @p container is an id).
    EngineSource(EngineClient *source, EngineClient *target, QString container, QString name = {},
        QObject *parent = nullptr);

    QString title() const override;
    QString command() const override;
    void read(const Done &done) override;
    void check(const std::shared_ptr<std::atomic_bool> &stop, const Done &done) override;
    QIODevice *openImage(QObject *parent, qint64 *size, EngineError *error) override;
    void verifyImage(const QString &image, const Done &done) override;
    void whenImageKnown(const Done &done) override;
    void restoreVolume(int index, const QString &name, const Done &done) override;
    void stop(const std::function<void()> &then) override;
    void release(const std::function<void()> &then) override;

private:
    /// @p done, counted as a flow of steps on its way: stop() and release() wait for the last.
    Done flow(const Done &done);
    /// No step starts from now on; @p then once none is on its way.
    void whenIdle(const std::function<void()> &then);
    /// The commit, on its way while the job checks the target and the volumes stream over (the
    /// container is paused from before it to the end); its end is told to whenCommitted()'s
    /// steps, and its failure through failed().
    void startCommit();
    void commit(const QString &repo, const QString &tag, const Done &done);
    /// @p then once the commit (and the committed image's inspect) has ended, well or not.
    void whenCommitted(const std::function<void()> &then);
    /// The committed image goes from the source; release() waits for it.
    void dropCommitted();
    /// Helpers at the source go, the container runs again, the committed image goes.
    void setBack(const std::function<void()> &then);
    /// What the target holds in volume @p name now must be what @p sent saw leave the source.
    void compare(const QString &name, const QString &targetHelper, const std::shared_ptr<TarDigest> &sent,
        const Done &done);

    QPointer<EngineClient> m_source;
    QString m_container;
    QString m_shown;
    QString m_containerId;
    bool m_running = false;
    bool m_paused = false; ///< this import paused it
    bool m_stopped = false; ///< stop() or release() came: no step starts any more
    int m_flows = 0; ///< check() and restoreVolume() calls on their way
    std::function<void()> m_whenIdle;
    QString m_committed; ///< the image committed at the source, removed again by release()
    bool m_commitEnded = false;
    EngineError m_commitError;
    QList<std::function<void()>> m_afterCommit;
    QStringList m_sourceHelpers;
    QStringList m_targetHelpers;
};
