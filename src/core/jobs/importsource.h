// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/archivecheck.h"
#include "archive/bundlemanifest.h"
#include "engine/engineerror.h"
#include "model/imageidentity.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class EngineClient;
class QIODevice;

/**
 * Where an imported container comes from, and everything about the import that depends on it:
 * what the source says it holds (the manifest), how that is checked before anything changes on
 * the target, how the image and each volume's contents reach the target engine, and what is set
 * back at the source when the import ends. MigrationImportJob does the rest the same way for
 * every source: names, volumes, folders, ports, the container, and the rollback.
 *
 * The steps are called in this order: read(), check(), openImage() (and verifyImage() once the
 * image is loaded) with restoreVolume() for each volume meanwhile, and release() at the end,
 * whether the import worked or not. stop() comes first when the import is abandoned.
 */
class ImportSource : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const EngineError &error)>;

    /// @p target is the engine the container goes to.
    explicit ImportSource(EngineClient *target, QObject *parent = nullptr);

    /// The job's title and the same by hand.
    virtual QString title() const = 0;
    virtual QString command() const = 0;

    /// Reads what the source holds into manifest(); changes nothing anywhere.
    virtual void read(const Done &done) = 0;
    /// Makes sure the source is whole before any change on the target (checksums, every archive
    /// read to its end; or the container paused at the source and its commit started, which
    /// failed() reports should it fail later); may set the manifest's image.
    /// A worker thread stops when @p stop is raised.
    virtual void check(const std::shared_ptr<std::atomic_bool> &stop, const Done &done) = 0;
    /// The image as `docker save` writes it, for the target's `docker load`; @p size is -1 while
    /// unknown. A stream that fails later says so through failed().
    virtual QIODevice *openImage(QObject *parent, qint64 *size, EngineError *error) = 0;
    /// The image is loaded on the target as @p image: is it the one that left? Yes by default
    /// (a file's image was checked before).
    virtual void verifyImage(const QString &image, const Done &done);
    /// @p done once imageIdentity() is known (check() may end before the source's image is
    /// complete, so that the volumes start meanwhile); at once by default.
    virtual void whenImageKnown(const Done &done);
    /// Volume @p index of the manifest into the volume @p name on the target, made and empty.
    virtual void restoreVolume(int index, const QString &name, const Done &done) = 0;
    /// The file @p relative of the manifest (a folder's archive) on this machine; empty where
    /// the source has no files.
    virtual QString filePath(const QString &relative) const;
    /// The import is abandoned: what runs stops, what this source made on the target goes; then
    /// @p then.
    virtual void stop(const std::function<void()> &then);
    /// The source as it was before the import; then @p then. Called once at the end.
    virtual void release(const std::function<void()> &then);

    const BundleManifest &manifest() const { return m_manifest; }
    /// What check() found in each volume's archive (then each folder's), for the device nodes.
    QList<ArchiveCheck::Result> checks() const { return m_checks; }
    /// What the image is made of, when check() could tell: a tag that names another image on
    /// the target must not be moved by the load.
    ImageIdentity imageIdentity() const { return m_identity; }
    /// What was compared on both sides, for the report.
    QStringList verified() const { return m_verified; }
    QStringList warnings() const { return m_warnings; }
    /// The power to use devices: a volume's device nodes may be restored.
    void setAllowDeviceNodes(bool allow) { m_allowDeviceNodes = allow; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString &detail);
    /// The image stream openImage() gave broke off.
    void failed(const EngineError &error);

protected:
    EngineClient *m_target;
    BundleManifest m_manifest;
    QList<ArchiveCheck::Result> m_checks;
    ImageIdentity m_identity;
    QStringList m_verified;
    QStringList m_warnings;
    bool m_allowDeviceNodes = false;
};

class VolumeRestoreJob;

/// What a bundle folder and the manual method's loose files share: files on this machine, each
/// volume restored from its archive.
class FileSource : public ImportSource
{
    Q_OBJECT
public:
    using ImportSource::ImportSource;

    QIODevice *openImage(QObject *parent, qint64 *size, EngineError *error) override;
    void restoreVolume(int index, const QString &name, const Done &done) override;
    /// The manifest's files are named in full.
    QString filePath(const QString &relative) const override { return relative; }
    void stop(const std::function<void()> &then) override;

protected:
    QString m_imagePath;

private:
    QPointer<VolumeRestoreJob> m_restore;
};

/// A bundle that MigrationExportJob wrote: its manifest checked against its checksum, then every
/// file's size and sha256, every archive read to its end, the image file naming exactly its image.
class BundleSource : public FileSource
{
    Q_OBJECT
public:
    BundleSource(EngineClient *target, QString folder, QObject *parent = nullptr);

    QString title() const override;
    QString command() const override;
    void read(const Done &done) override;
    void check(const std::shared_ptr<std::atomic_bool> &stop, const Done &done) override;
    QString filePath(const QString &relative) const override;

private:
    QString m_folder;
};

/// The manual procedure's loose files: an image tar from `docker save` and volume archives made
/// with tar, each with the volume's name here and its mount point; the rest of the container
/// from the user's run options.
class LooseFilesSource : public FileSource
{
    Q_OBJECT
public:
    struct Volume
    {
        QString file;
        QString name;
        QString destination;
    };
    /// @p createBody is RunOptions::toCreateBody() of the user's run options.
    LooseFilesSource(EngineClient *target, const QString &imageFile, const QList<Volume> &volumes,
        const QJsonObject &createBody, QObject *parent = nullptr);

    QString title() const override;
    QString command() const override;
    void read(const Done &done) override;
    void check(const std::shared_ptr<std::atomic_bool> &stop, const Done &done) override;
};
