// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl volume ls, backup, restore, verify, ls-backup.
#include "cli/cli.h"
#include "cli/options.h"

#include "archive/archivecheck.h"
#include "archive/backuplisting.h"
#include "archive/checksumfile.h"
#include "engine/enginereply.h"
#include "engine/volumesapi.h"
#include "jobs/volumebackupjob.h"
#include "jobs/volumerestorejob.h"
#include "model/displayformat.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Cli;

namespace {

int cmdVolumeBackup(EngineClient &client, const QStringList &args)
{
    Options options(
        QStringLiteral("berthctl volume backup VOLUME [-o FILE] [--pause-containers|--stop-containers]"));
    options.value({"-o", "--output"}).flag({"--pause-containers"}).flag({"--stop-containers"});
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() > 1)
        return failWith(
            Tr::tr("volume backup takes one volume, not '%1' too").arg(options.positional().at(1)));
    if (options.isSet("--pause-containers") && options.isSet("--stop-containers"))
        return failWith(options.usageError());
    const QString volume = options.positional().value(0);
    QString target = options.value("--output");
    const auto consistency = options.isSet("--pause-containers") ? VolumeBackupJob::Consistency::Pause
        : options.isSet("--stop-containers")                     ? VolumeBackupJob::Consistency::Stop
                                                                 : VolumeBackupJob::Consistency::Live;
    if (volume.isEmpty())
        return failWith(Tr::tr("volume backup needs a volume: berthctl volume backup VOLUME [-o FILE]"));
    if (target.isEmpty())
        target = VolumeBackupJob::defaultFileName(volume);
    removeLeftoverHelpers(client);
    VolumeBackupJob job(&client, volume, QFileInfo(target).absoluteFilePath());
    job.setConsistency(consistency);
    const bool ok = runJob(job, [&job] {
        return Tr::tr("%1 read, %2/s")
            .arg(
                DisplayFormat::humanSize(job.done()), DisplayFormat::humanSize(qint64(job.bytesPerSecond())));
    });
    if (!job.liveUsers().isEmpty())
        std::fprintf(stderr, "%s\n",
            qPrintable(Tr::tr("berthctl: note: %1 kept running while the volume was read; a program "
                              "writing meanwhile may have left an inconsistent copy "
                              "(--pause-containers avoids that).")
                           .arg(job.liveUsers().join(QStringLiteral(", ")))));
    if (!ok)
        return failWith(job.errorString());
    for (const QString &w : job.warnings())
        std::fprintf(stderr, "berthctl: %s\n", qPrintable(w));
    out() << job.target() << "\n"
          << Tr::tr("sha256: %1 (in %2)")
                 .arg(job.digest(), QFileInfo(ChecksumFile::pathFor(job.target())).fileName())
          << "\n";
    return 0;
}

int cmdVolumeRestore(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral(
        "berthctl volume restore FILE VOLUME [--replace|--merge] [--allow-devices] [--only PATH]…"));
    options.flag({"--replace"}).flag({"--merge"}).flag({"--allow-devices"}).value({"--only"});
    if (!options.parse(args))
        return failWith(options.error());
    const QStringList positional = options.positional();
    if (positional.size() != 2 || (options.isSet("--replace") && options.isSet("--merge")))
        return failWith(options.usageError());
    const auto mode = options.isSet("--replace") ? VolumeRestoreJob::Mode::Replace
        : options.isSet("--merge")               ? VolumeRestoreJob::Mode::Merge
                                                 : VolumeRestoreJob::Mode::IfEmpty;
    const bool allowDevices = options.isSet("--allow-devices");
    removeLeftoverHelpers(client);
    VolumeRestoreJob job(&client, QFileInfo(positional[0]).absoluteFilePath(), positional[1], mode);
    job.setAllowDeviceNodes(allowDevices);
    job.setOnly(options.values("--only"));
    const bool ok = runJob(job, [&job] {
        return job.total() > 0
            ? Tr::tr("%1 of %2, %3/s")
                  .arg(DisplayFormat::humanSize(job.done()), DisplayFormat::humanSize(job.total()),
                      DisplayFormat::humanSize(qint64(job.bytesPerSecond())))
            : job.detail();
    });
    if (!ok)
        return failWith(job.errorString());
    out() << job.detail().section(QLatin1Char('\n'), 0, 0) << "\n";
    for (const QString &w : job.warnings())
        std::fprintf(stderr, "berthctl: %s\n", qPrintable(w));
    return 0;
}

} // namespace

int cmdVolume(EngineClient &client, const QStringList &args)
{
    if (args.value(0) == QLatin1String("backup"))
        return cmdVolumeBackup(client, args.mid(1));
    if (args.value(0) == QLatin1String("restore"))
        return cmdVolumeRestore(client, args.mid(1));
    if (args.value(0) == QLatin1String("cp")) // filecommands.cpp
        return cmdVolumeCp(client, args.mid(1));
    if (args.value(0) != QLatin1String("ls") && args.value(0) != QLatin1String("list"))
        return failWith(
            Tr::tr("volume: unknown subcommand '%1'. Try: berthctl volume ls").arg(args.value(0)));
    Options options(QStringLiteral("berthctl volume ls [--format json]"));
    options.value({"--format"});
    if (!options.parse(args.mid(1)))
        return failWith(options.error());
    if (!options.positional().isEmpty()
        || options.value("--format", QStringLiteral("json")) != QLatin1String("json"))
        return failWith(options.usageError());
    const bool json = options.isSet("--format");
    EngineReply *reply = VolumesApi(&client).list();
    QString error;
    if (!finish(reply, &error))
        return failWith(error);
    QList<VolumeInfo> volumes = VolumesApi::parseList(reply->body());
    // As docker volume ls: by name in natural order (vol-4 before vol-17), whatever order the
    // engine answered in.
    std::sort(volumes.begin(), volumes.end(),
        [](const VolumeInfo &a, const VolumeInfo &b) { return DisplayFormat::naturalLess(a.name, b.name); });
    if (json) {
        for (const QJsonValue &v : reply->json().object().value(QLatin1String("Volumes")).toArray())
            out() << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    QList<QStringList> rows {{QStringLiteral("DRIVER"), QStringLiteral("VOLUME NAME")}};
    for (const VolumeInfo &v : volumes)
        rows << QStringList {v.driver, v.name};
    out() << DisplayFormat::table(rows);
    return 0;
}

int cmdVolumeVerify(const QStringList &args)
{
    Options options(QStringLiteral("berthctl volume verify FILE"));
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() != 1)
        return failWith(Tr::tr("volume verify takes one file: berthctl volume verify FILE"));
    const QString file = options.positional().first();
    const ArchiveCheck::Result r = ArchiveCheck::check(file);
    if (!r.ok())
        return failWith(r.error);
    out() << Tr::tr("%1: can be restored.").arg(file) << "\n"
          << Tr::tr("checksum: %1")
                 .arg(r.checksumVerified ? Tr::tr("matches %1.sha256").arg(QFileInfo(file).fileName())
                                         : Tr::tr("none beside it (nothing to compare with)"))
          << "\n"
          << Tr::tr("compression: %1").arg(r.compression) << "\n"
          << Tr::tr("%1 files (%2), %3 folders, %4 links")
                 .arg(r.files)
                 .arg(DisplayFormat::humanSize(r.bytes))
                 .arg(r.directories)
                 .arg(r.links)
          << "\n"
          << Tr::tr("at the top: %1").arg(r.topLevel.join(QStringLiteral(", "))) << "\n";
    return 0;
}

namespace {

/// One entry of ls-backup as a line of `ls -l`: mode, owner, size, time, and its name in the
/// folder (@p byName) or its whole path.
QStringList lsBackupColumns(const BackupListing::Entry &e, bool byName)
{
    const bool device
        = e.type == BackupListing::Type::CharDevice || e.type == BackupListing::Type::BlockDevice;
    const QString owner = !e.known ? QStringLiteral("?")
                                   : (e.user.isEmpty() ? QString::number(e.uid) : e.user) + QLatin1Char('/')
            + (e.group.isEmpty() ? QString::number(e.gid) : e.group);
    const QString size = !e.known ? QStringLiteral("-")
        : device                  ? QStringLiteral("%1, %2").arg(e.deviceMajor).arg(e.deviceMinor)
                                  : QString::number(e.size);
    const QString time = e.modified.isValid()
        ? e.modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : QStringLiteral("-");
    QString name = BackupListing::displayName(e.refused || !byName ? e.path : e.name());
    if (e.type == BackupListing::Type::Symlink)
        name += QStringLiteral(" -> ") + BackupListing::displayName(e.target);
    else if (e.type == BackupListing::Type::HardLink)
        name = Tr::tr("%1 link to %2").arg(name, BackupListing::displayName(e.target));
    if (e.refused)
        name += QStringLiteral("  ") + Tr::tr("(refused: outside the volume; a restore refuses this backup)");
    return {BackupListing::modeString(e), owner, size, time, name};
}

/// One entry of ls-backup as a JSON object; a name that is not UTF-8 is given escaped, with its
/// bytes in base64 beside it.
QJsonObject lsBackupJson(const BackupListing::Entry &e)
{
    QJsonObject o {
        {QStringLiteral("type"), BackupListing::typeName(e.type)},
        {QStringLiteral("modeString"), BackupListing::modeString(e)},
        {QStringLiteral("refused"), e.refused},
        {QStringLiteral("implied"), e.implied},
    };
    const auto text = [&](const char *key, const QByteArray &bytes) {
        const QString k = QString::fromLatin1(key);
        if (BackupListing::isUtf8(bytes)) {
            o.insert(k, QString::fromUtf8(bytes));
        } else {
            o.insert(k, BackupListing::displayName(bytes));
            o.insert(k + QStringLiteral("Base64"), QString::fromLatin1(bytes.toBase64()));
        }
    };
    text("name", e.refused ? e.path : e.name());
    text("path", e.path);
    if (!e.target.isEmpty())
        text("target", e.target);
    if (e.known) {
        o.insert(QStringLiteral("mode"), qint64(e.permissions));
        o.insert(QStringLiteral("uid"), e.uid);
        o.insert(QStringLiteral("gid"), e.gid);
        if (!e.user.isEmpty())
            o.insert(QStringLiteral("user"), e.user);
        if (!e.group.isEmpty())
            o.insert(QStringLiteral("group"), e.group);
        o.insert(QStringLiteral("size"), e.size);
    }
    if (e.modified.isValid())
        o.insert(QStringLiteral("modified"), e.modified.toString(Qt::ISODate));
    if (e.type == BackupListing::Type::CharDevice || e.type == BackupListing::Type::BlockDevice) {
        o.insert(QStringLiteral("deviceMajor"), qint64(e.deviceMajor));
        o.insert(QStringLiteral("deviceMinor"), qint64(e.deviceMinor));
    }
    return o;
}

} // namespace

int cmdVolumeLsBackup(const QStringList &args)
{
    Options options(QStringLiteral("berthctl volume ls-backup FILE [PATH] [--format json]"));
    options.value({"--format"});
    if (!options.parse(args))
        return failWith(options.error());
    const QStringList positional = options.positional();
    if (positional.isEmpty() || positional.size() > 2
        || options.value("--format", QStringLiteral("json")) != QLatin1String("json"))
        return failWith(options.usageError());
    const BackupListing::Folder folder = BackupListing::list(positional[0], positional.value(1));
    if (!folder.error.isEmpty())
        return failWith(folder.error);
    if (options.isSet("--format")) {
        for (const BackupListing::Entry &e : folder.entries)
            out() << QJsonDocument(lsBackupJson(e)).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    QList<QStringList> rows;
    for (const BackupListing::Entry &e : folder.entries)
        rows.append(lsBackupColumns(e, !folder.isFile));
    // As ls -l: owner and size right-aligned to the widest of the folder.
    int ownerWidth = 0;
    int sizeWidth = 0;
    for (const QStringList &row : std::as_const(rows)) {
        ownerWidth = qMax(ownerWidth, int(row[1].size()));
        sizeWidth = qMax(sizeWidth, int(row[2].size()));
    }
    for (const QStringList &row : std::as_const(rows)) {
        out() << row[0] << ' ' << row[1].leftJustified(ownerWidth) << ' ' << row[2].rightJustified(sizeWidth)
              << ' ' << row[3] << ' ' << row[4] << "\n";
    }
    return 0;
}
