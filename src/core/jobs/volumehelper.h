// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineerror.h"
#include "jobs/importjournal.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class EngineClient;
class QObject;

/**
 * The pieces volume backups and restores share (DESIGN.md's verified recipe): an empty helper
 * image made once from an empty tar, helper containers that mount a volume at /vol and are
 * never started, the containers that use a volume, and the clean-up of helpers that a Berth
 * which stopped mid-job left behind. Every call answers through a callback run in @p context.
 */
namespace VolumeHelper {

/// The helper image's name and the label on everything Berth makes for backups.
inline constexpr const char *Image = "berth-helper:empty";
inline constexpr const char *Label = "io.github.berth.helper";
/// Who made a helper: "HOST:PID", so a later Berth removes only helpers whose maker is gone.
inline constexpr const char *OwnerLabel = "io.github.berth.owner";
/// On a restore's helper: the volume that restore created, removed if the restore never ended.
inline constexpr const char *CreatedVolumeLabel = "io.github.berth.created-volume";

/// A container that mounts a volume.
struct User
{
    QString id;
    QString name;
    QString state; ///< the engine's: running, paused, exited …
    bool running() const { return state == QLatin1String("running"); }
};

using Done = std::function<void(const EngineError &)>;

/// This process as OwnerLabel writes it.
QString owner();
/// Whether the process that wrote @p owner is gone: only known on this host, so another host's
/// owner is never gone.
bool ownerIsGone(const QString &owner);
/// Makes the empty helper image unless it is there.
void ensureImage(EngineClient *client, QObject *context, const Done &done);
/// Creates (never starts) a helper that mounts @p volume at /vol; @p labels are added to Berth's.
void create(EngineClient *client, QObject *context, const QString &volume, bool readOnly,
    const QString &purpose, const QJsonObject &labels,
    const std::function<void(const EngineError &, const QString &id)> &done);
/// Removes a helper; errors are ignored (it may be gone with its engine).
void remove(EngineClient *client, QObject *context, const QString &id, const std::function<void()> &done);
/// Whether the volume a helper mounts holds anything: reads the start of its archive only.
void isEmpty(EngineClient *client, QObject *context, const QString &id,
    const std::function<void(const EngineError &, bool empty)> &done);
/// The containers (running or not) that mount any of @p volumes, helpers left out.
void users(EngineClient *client, QObject *context, const QStringList &volumes,
    const std::function<void(const EngineError &, const QList<User> &)> &done);
/// Removes helpers whose maker is no longer running on this host, a volume a restore created
/// but did not finish, and what a migration import cut short had made (ImportJournal, which
/// keeps what changed since). @p done gets how many helpers went and what the imports' rollback did.
void removeLeftovers(EngineClient *client, QObject *context,
    const std::function<void(int helpers, const ImportJournal::Outcome &imports)> &done);
/// Counts the entries of a tar stream's start; used by isEmpty(). Returns -1 while more bytes
/// are needed to see @p atLeast entries or the end.
qint64 countTarEntries(const QByteArray &tar, qint64 atLeast, bool *ended);

} // namespace VolumeHelper
