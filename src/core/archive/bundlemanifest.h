// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

/**
 * manifest.json of a migration bundle (DESIGN.md, Migration): the format version, the source
 * engine, the container's name and the configuration to create it again, its volumes with their
 * mount points, the host folders it bound (listed, not migrated), and every file of the bundle
 * with its size and sha256. Written last, so a bundle without it is incomplete; its own sha256
 * is beside it in manifest.json.sha256 (sha256sum -c reads it), so an edited manifest is refused.
 */
struct BundleManifest
{
    static constexpr int FormatVersion = 1;
    static constexpr const char *FileName = "manifest.json";
    static constexpr const char *ImageFile = "image.tar";

    struct File
    {
        QString path; ///< relative to the bundle, '/' separated
        qint64 size = 0;
        QString sha256;
    };
    struct Volume
    {
        QString name; ///< on the source engine
        bool anonymous = false;
        QString destination; ///< where the container mounts it
        bool readOnly = false;
        QString file; ///< volumes/NAME.tar.gz
    };
    struct Bind
    {
        QString source; ///< a folder of the source machine
        QString destination;
        bool readOnly = false;
        QString file; ///< binds/N-NAME.tar.gz when exported with --include-binds, else ""
    };

    int formatVersion = FormatVersion;
    QString createdAt;
    QJsonObject source; ///< the engine: name, version, os, arch
    QString containerName;
    QString originalImage; ///< Config.Image of the container
    QString image; ///< the committed image's reference inside image.tar
    QJsonObject createBody; ///< Config and HostConfig fields to create the container again
    QList<Volume> volumes;
    QList<Bind> binds;
    QList<File> files;

    QByteArray toJson() const;
    /// Parses @p json; on a missing field or an unknown format, @p error says what.
    static BundleManifest fromJson(const QByteArray &json, QString *error);
    /// The bundle in @p dir holds exactly the listed files (and the manifest), each with its size
    /// and sha256. Returns what is wrong, or "". The checksums are computed on pool threads while
    /// @p also (when given) runs on the calling one.
    QString verify(const QString &dir, const std::atomic_bool *cancel = nullptr,
        const std::function<void()> &also = {}) const;
    /// The container of @p inspect: its name, image, create body, volumes (named or anonymous,
    /// each with its file name in a bundle) and host folders. No files yet.
    static BundleManifest describe(const QJsonObject &inspect);
    /// The create body that makes the container of @p inspect again (what docker run set):
    /// Cmd, Entrypoint, Env, WorkingDir, User, ExposedPorts, Labels, Tty, OpenStdin, Healthcheck,
    /// StopSignal and HostConfig's ports, restart policy, network mode and resource limits.
    /// Mounts are not in it: the import adds the volumes it made.
    static QJsonObject createBodyFrom(const QJsonObject &inspect);

    /// What a create body may give a container beyond an ordinary one: each kind is applied only
    /// with the user's word (berthctl's --allow-… options, the import dialog's boxes).
    enum Power {
        Privileged = 0x01, ///< Privileged
        Capabilities = 0x02, ///< CapAdd
        Devices = 0x04, ///< Devices, DeviceRequests, DeviceCgroupRules
        HostNamespaces = 0x08, ///< Network/Pid/Ipc/UTS/Userns/Cgroupns mode "host" or another container's
        SecurityOptions = 0x10, ///< SecurityOpt (but no-new-privileges), MaskedPaths, ReadonlyPaths
        Sysctls = 0x20, ///< Sysctls
        HostFolders = 0x40, ///< Binds or Mounts of this machine's paths, VolumesFrom
        RuntimeOptions = 0x80, ///< Runtime, CgroupParent, Cgroup
    };
    static constexpr int AllPowers = 0xff;
    struct PowerRequest
    {
        Power power;
        QString what; ///< in plain words, with the values: "adds the capabilities SYS_ADMIN"
    };
    /// Every power @p createBody asks for, in the order of the enum, each kind once.
    static QList<PowerRequest> powersOf(const QJsonObject &createBody);
    /// The kinds of @p requests that @p allowed (a set of Power) does not cover.
    static QList<PowerRequest> denied(const QList<PowerRequest> &requests, int allowed);
    /// The berthctl option that allows @p power: "--allow-privileged" …
    static QString optionFor(Power power);
    /// Keys of a manifest's create body that neither createBodyFrom() writes nor powersOf()
    /// knows ("HostConfig.Foo"): an edited manifest.
    static QStringList unexpectedKeys(const QJsonObject &createBody);
};
