// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/importsource.h"

#include "archive/checksumfile.h"
#include "archive/sha256.h"
#include "engine/engineclient.h"
#include "jobs/volumerestorejob.h"
#include "learn/dockercommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MigrationImportJob)
};

QString manualCommands()
{
    return DockerCommands::text({QStringLiteral("load"), QStringLiteral("-i"), QStringLiteral("image.tar")})
        + QStringLiteral(" && docker volume create NAME && sudo tar -xzf volumes/NAME.tar.gz -C "
                         "/var/lib/docker/volumes/NAME/_data && docker run -d -v NAME:/PATH …");
}

/// A worker thread's verdict on files, back on the GUI thread.
EngineError checkError(const QString &error)
{
    if (error.isEmpty())
        return {};
    return EngineError(EngineError::InvalidArgument, Tr::tr("The bundle cannot be imported: %1").arg(error));
}

} // namespace

ImportSource::ImportSource(EngineClient *target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
}

void ImportSource::verifyImage(const QString &, const Done &done)
{
    done({});
}

void ImportSource::whenImageKnown(const Done &done)
{
    done({});
}

QString ImportSource::filePath(const QString &) const
{
    return {};
}

void ImportSource::stop(const std::function<void()> &then)
{
    then();
}

void ImportSource::release(const std::function<void()> &then)
{
    then();
}

QIODevice *FileSource::openImage(QObject *parent, qint64 *size, EngineError *error)
{
    auto *file = new QFile(m_imagePath, parent);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = EngineError(EngineError::InvalidArgument, file->errorString());
        delete file;
        return nullptr;
    }
    *size = file->size();
    return file;
}

void FileSource::restoreVolume(int index, const QString &name, const Done &done)
{
    m_restore = new VolumeRestoreJob(
        m_target, filePath(m_manifest.volumes[index].file), name, VolumeRestoreJob::Mode::IfEmpty, this);
    m_restore->setChecked(m_checks.value(index)); // read to its end before: not again
    m_restore->setAllowDeviceNodes(m_allowDeviceNodes);
    connect(m_restore, &Job::progressChanged, this, [this, name, job = m_restore.data()] {
        Q_EMIT progress(job->done(), job->total(), Tr::tr("Restoring volume %1").arg(name));
    });
    connect(m_restore, &Job::finished, this, [this, done, job = m_restore.data()] {
        job->deleteLater();
        if (job->state() == Job::Succeeded) {
            m_warnings << job->warnings();
            done({});
            return;
        }
        done(EngineError(job->state() == Job::Cancelled ? EngineError::Cancelled : EngineError::Server,
            job->errorString()));
    });
    m_restore->start();
}

void FileSource::stop(const std::function<void()> &then)
{
    if (!m_restore || m_restore->isFinished()) {
        then();
        return;
    }
    // The restore sets its volume back first.
    connect(m_restore, &Job::finished, this, then);
    m_restore->cancel();
}

BundleSource::BundleSource(EngineClient *target, QString folder, QObject *parent)
    : FileSource(target, parent)
    , m_folder(std::move(folder))
{
    m_imagePath = QDir(m_folder).filePath(QLatin1String(BundleManifest::ImageFile));
}

QString BundleSource::title() const
{
    return Tr::tr("Import the bundle %1").arg(QDir(m_folder).dirName());
}

QString BundleSource::command() const
{
    return manualCommands();
}

QString BundleSource::filePath(const QString &relative) const
{
    return QDir(m_folder).filePath(relative);
}

void BundleSource::read(const Done &done)
{
    QFile file(QDir(m_folder).filePath(QLatin1String(BundleManifest::FileName)));
    if (!file.open(QIODevice::ReadOnly))
        return done(EngineError(EngineError::InvalidArgument,
            Tr::tr("%1 has no manifest.json: it is not a Berth bundle, or its export did not finish.")
                .arg(m_folder)));
    const QByteArray json = file.readAll();
    QString error;
    const QByteArray recorded = ChecksumFile::read(file.fileName(), &error);
    if (error.isEmpty() && recorded.isEmpty())
        error = Tr::tr("%1 has no manifest.json.sha256: the bundle is incomplete.").arg(m_folder);
    if (error.isEmpty() && Sha256::hex(json) != recorded)
        error = Tr::tr(
            "manifest.json does not match its checksum: it was edited or damaged. Do not import this "
            "bundle.");
    if (error.isEmpty())
        m_manifest = BundleManifest::fromJson(json, &error);
    done(error.isEmpty() ? EngineError() : EngineError(EngineError::InvalidArgument, error));
}

void BundleSource::check(const std::shared_ptr<std::atomic_bool> &stop, const Done &done)
{
    Q_EMIT progress(0, -1, Tr::tr("Checking every file of the bundle"));
    // Every checksum and every archive read to its end, off the GUI thread.
    QPointer<BundleSource> self(this);
    QThreadPool::globalInstance()->start([self, done, manifest = m_manifest, folder = m_folder, stop] {
        // The volume archives are read to their end while the checksums are computed.
        QList<ArchiveCheck::Result> checks;
        QString error = manifest.verify(folder, stop.get(), [&] {
            for (const BundleManifest::Volume &v : manifest.volumes)
                checks.append(ArchiveCheck::check(QDir(folder).filePath(v.file), stop.get()));
            for (const BundleManifest::Bind &b : manifest.binds) {
                if (!b.file.isEmpty())
                    checks.append(ArchiveCheck::check(QDir(folder).filePath(b.file), stop.get(), true));
            }
        });
        for (const ArchiveCheck::Result &r : std::as_const(checks)) {
            if (error.isEmpty() && !r.ok())
                error = r.error;
        }
        // The image file names exactly the image the manifest says, and tags nothing else.
        ImageIdentity identity;
        if (error.isEmpty())
            ArchiveCheck::savedImage(QDir(folder).filePath(QLatin1String(BundleManifest::ImageFile)), &error,
                manifest.image, &identity);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, done, error, checks, identity] {
            if (!self)
                return;
            self->m_checks = checks; // the restores need not read the archives again
            self->m_identity = identity;
            done(checkError(error));
        });
    });
}

LooseFilesSource::LooseFilesSource(EngineClient *target, const QString &imageFile,
    const QList<Volume> &volumes, const QJsonObject &createBody, QObject *parent)
    : FileSource(target, parent)
{
    m_imagePath = imageFile;
    m_manifest.createBody = createBody;
    for (const Volume &v : volumes)
        m_manifest.volumes.append({v.name, false, v.destination, false, v.file});
}

QString LooseFilesSource::title() const
{
    return Tr::tr("Import %1 and its volumes").arg(QFileInfo(m_imagePath).fileName());
}

QString LooseFilesSource::command() const
{
    return manualCommands();
}

void LooseFilesSource::read(const Done &done)
{
    for (const BundleManifest::Volume &v : std::as_const(m_manifest.volumes)) {
        if (!VolumeRestoreJob::isValidVolumeName(v.name) || !v.destination.startsWith(QLatin1Char('/')))
            return done(EngineError(EngineError::InvalidArgument,
                Tr::tr("Each volume is FILE:NAME:/path/inside, with a volume name and an absolute path (got "
                       "%1:%2).")
                    .arg(v.name, v.destination)));
    }
    done({});
}

void LooseFilesSource::check(const std::shared_ptr<std::atomic_bool> &stop, const Done &done)
{
    Q_EMIT progress(0, -1, Tr::tr("Reading the image and every archive to their end"));
    QPointer<LooseFilesSource> self(this);
    QThreadPool::globalInstance()->start(
        [self, done, image = m_imagePath, volumes = m_manifest.volumes, stop] {
            QString error;
            ImageIdentity identity;
            const QString reference = ArchiveCheck::savedImage(image, &error, {}, &identity);
            QList<ArchiveCheck::Result> checks;
            for (const BundleManifest::Volume &v : volumes) {
                checks.append(ArchiveCheck::check(v.file, stop.get()));
                if (error.isEmpty() && !checks.last().ok())
                    error = checks.last().error;
            }
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [self, done, error, checks, reference, identity] {
                    if (!self)
                        return;
                    self->m_checks = checks;
                    self->m_manifest.image = reference;
                    self->m_identity = identity;
                    done(checkError(error));
                });
        });
}
