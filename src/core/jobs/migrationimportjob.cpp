// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/migrationimportjob.h"

#include "archive/archivecheck.h"
#include "archive/checksumfile.h"
#include "archive/sha256.h"
#include "archive/tardigest.h"
#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginelogging.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/pipedevice.h"
#include "engine/volumesapi.h"
#include "jobs/hostports.h"
#include "jobs/importjournal.h"
#include "jobs/volumehelper.h"
#include "jobs/volumerestorejob.h"
#include "jobs/volumetool.h"
#include "learn/dockercommands.h"
#include "model/imageidentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
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

} // namespace

MigrationImportJob::MigrationImportJob(EngineClient *client, QString folder, QObject *parent)
    : Job(Tr::tr("Import the bundle %1").arg(QDir(folder).dirName()), manualCommands(), parent)
    , m_client(client)
    , m_folder(std::move(folder))
{
}

MigrationImportJob::~MigrationImportJob()
{
    m_stopCheck->store(true);
}

void MigrationImportJob::setLooseFiles(
    const QString &imageFile, const QList<LooseVolume> &volumes, const QJsonObject &createBody)
{
    m_loose = true;
    m_imagePath = imageFile;
    describe(Tr::tr("Import %1 and its volumes").arg(QFileInfo(imageFile).fileName()), manualCommands());
    m_manifest = BundleManifest();
    m_manifest.createBody = createBody;
    for (const LooseVolume &v : volumes)
        m_manifest.volumes.append({v.name, false, v.destination, false, v.file});
}

bool MigrationImportJob::refusePowers()
{
    m_deniedPowers = BundleManifest::denied(BundleManifest::powersOf(m_manifest.createBody), m_allowedPowers);
    if (m_deniedPowers.isEmpty())
        return false;
    QStringList what;
    for (const BundleManifest::PowerRequest &r : std::as_const(m_deniedPowers))
        what << r.what;
    fail(EngineError(EngineError::InvalidArgument,
        Tr::tr("The container would get powers over this machine that need your word: %1. Nothing was "
               "changed; allow each only if you trust where it comes from.")
            .arg(what.join(QStringLiteral("; ")))));
    return true;
}

void MigrationImportJob::startLoose()
{
    if (m_name.isEmpty() || !VolumeRestoreJob::isValidVolumeName(m_name)) {
        fail(EngineError(EngineError::InvalidArgument,
            Tr::tr("Give the container a name (--name): letters, digits, '_', '.' and '-'.")));
        return;
    }
    for (const BundleManifest::Volume &v : std::as_const(m_manifest.volumes)) {
        if (!VolumeRestoreJob::isValidVolumeName(v.name) || !v.destination.startsWith(QLatin1Char('/'))) {
            fail(EngineError(EngineError::InvalidArgument,
                Tr::tr("Each volume is FILE:NAME:/path/inside, with a volume name and an absolute path (got "
                       "%1:%2).")
                    .arg(v.name, v.destination)));
            return;
        }
    }
    m_manifest.containerName = m_name;
    if (refusePowers())
        return;
    setProgress(0, -1, Tr::tr("Reading the image and every archive to their end"));
    QPointer<MigrationImportJob> self(this);
    QThreadPool::globalInstance()->start([self, image = m_imagePath, volumes = m_manifest.volumes,
                                             stop = m_stopCheck] {
        QString error;
        ImageIdentity identity;
        const QString reference = ArchiveCheck::savedImage(image, &error, {}, &identity);
        QList<ArchiveCheck::Result> checks;
        for (const BundleManifest::Volume &v : volumes) {
            checks.append(ArchiveCheck::check(v.file, stop.get()));
            if (error.isEmpty() && !checks.last().ok())
                error = checks.last().error;
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, error, checks, reference, identity] {
            if (!self)
                return;
            self->m_checks = checks;
            self->m_manifest.image = reference;
            self->m_imageIdentity = identity;
            self->verified(error);
        });
    });
}

void MigrationImportJob::setTransferFrom(EngineClient *source, const QString &container, const QString &name)
{
    m_source = source;
    m_sourceContainer = container;
    const QString shown = name.isEmpty() ? container : name;
    const QString image = shown + QStringLiteral("-migrated");
    const QString target = m_client->endpoint().url();
    describe(Tr::tr("Transfer %1 to %2").arg(shown, target),
        DockerCommands::text({QStringLiteral("commit"), shown, image}) + QStringLiteral(" && ")
            + DockerCommands::text({QStringLiteral("save"), image}) + QStringLiteral(" | ")
            + DockerCommands::text({QStringLiteral("-H"), target, QStringLiteral("load")})
            + QStringLiteral(
                " && docker -H %1 volume create NAME && … && docker -H %1 run -d -v NAME:/PATH …")
                  .arg(target));
}

void MigrationImportJob::startTransfer()
{
    EngineReply *reply = ContainersApi(m_source).inspect(m_sourceContainer);
    connect(reply, &EngineReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError()) {
            fail(reply->error());
            return;
        }
        const QJsonObject inspect = reply->json().object();
        m_manifest = BundleManifest::describe(inspect);
        m_sourceContainerId = inspect.value(QLatin1String("Id")).toString();
        if (refusePowers()) // before the source is paused
            return;
        if (m_name.isEmpty())
            m_name = m_manifest.containerName;
        // Paused from the commit until its volumes are over: the copy fits together.
        const bool running
            = inspect.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool();
        auto commit = [this] {
            CommitOptions options;
            static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_.-]"));
            options.repo = QStringLiteral("berth-migrate/")
                + m_manifest.containerName.toLower().replace(unsafe, QStringLiteral("-"));
            options.tag = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            options.pause = false;
            EngineReply *committed = ContainersApi(m_source).commit(m_sourceContainerId, options);
            connect(committed, &EngineReply::finished, this,
                [this, committed, ref = options.repo + QLatin1Char(':') + options.tag] {
                    committed->deleteLater();
                    if (committed->error().isError()) {
                        releaseSource([this, error = committed->error()] { fail(error); });
                        return;
                    }
                    m_committedOnSource = ref;
                    m_manifest.image = ref;
                    // What the image is made of, to find it the same on the target.
                    EngineReply *inspected = ImagesApi(m_source).inspect(ref);
                    connect(inspected, &EngineReply::finished, this, [this, inspected] {
                        inspected->deleteLater();
                        if (inspected->error().isError()) {
                            releaseSource([this, error = inspected->error()] { fail(error); });
                            return;
                        }
                        m_sourceImage = ImageIdentity::fromInspect(inspected->json().object());
                        checkName(1);
                    });
                });
        };
        if (!running) {
            commit();
            return;
        }
        EngineReply *paused = ContainersApi(m_source).pause(m_sourceContainerId);
        connect(paused, &EngineReply::finished, this, [this, paused, commit] {
            paused->deleteLater();
            if (paused->error().isError()) {
                fail(paused->error());
                return;
            }
            m_pausedSource = true;
            commit();
        });
    });
}

QString MigrationImportJob::withVerified(const QString &done) const
{
    QString text = done;
    if (!m_verified.isEmpty())
        text += QStringLiteral(". ") + Tr::tr("Verified: %1.").arg(m_verified.join(QStringLiteral("; ")));
    // Where each folder of the source machine went here, in full: the user named them.
    for (qsizetype i = 0; i < m_manifest.binds.size(); ++i) {
        if (!m_bindTargets.value(i).isEmpty())
            text += QLatin1Char('\n')
                + Tr::tr("Folder %1 of the source machine is now %2 here, mounted at %3.")
                      .arg(m_manifest.binds[i].source, m_bindTargets[i], m_manifest.binds[i].destination);
    }
    return text;
}

void MigrationImportJob::imageLoaded()
{
    if (!m_source) {
        m_imageReady = true;
        if (m_volumesReady)
            createContainer();
        return;
    }
    // The Ids cannot be compared: the containerd image store (Docker 29, Docker Desktop) names
    // the image by its manifest's digest, the classic store and Podman by its configuration's.
    // The layers' content, platform and configuration say whether it is the same image.
    EngineReply *inspected = ImagesApi(m_client).inspect(m_manifest.image);
    connect(inspected, &EngineReply::finished, this, [this, inspected] {
        inspected->deleteLater();
        if (m_abandoning)
            return;
        if (inspected->error().isError())
            return abandon(inspected->error());
        const ImageIdentity here = ImageIdentity::fromInspect(inspected->json().object());
        if (!m_sourceImage.isValid() || here != m_sourceImage)
            return abandon(EngineError(EngineError::Server,
                Tr::tr("The image on the target differs from the one that left the source in %1. Nothing "
                       "was kept; try again.")
                    .arg(here.differences(m_sourceImage))));
        m_verified
            << Tr::tr("image %1 (the same layers and configuration on both engines)").arg(here.describe());
        m_imageReady = true;
        if (m_volumesReady)
            createContainer();
    });
}

void MigrationImportJob::compareVolume(
    int index, const QString &targetHelper, const std::shared_ptr<TarDigest> &sent)
{
    const QString name = m_targetVolumes.value(index);
    setProgress(0, -1, Tr::tr("Comparing volume %1 on both engines").arg(name));
    // Every path, type, permission, size, link and content sha256 the target holds now.
    const auto judge = [this, index, targetHelper, sent, name](
                           const QByteArray &held, int heldEntries, const QString &heldError) {
        const QByteArray left = sent->finish();
        if (left.isEmpty() || held.isEmpty() || left != held)
            return abandon(EngineError(EngineError::Server,
                Tr::tr(
                    "Volume %1 is not the same on the target after the copy (%2 entries sent, %3 there%4). "
                    "Nothing was kept; try again.")
                    .arg(name)
                    .arg(sent->entries())
                    .arg(heldEntries)
                    .arg(sent->error().isEmpty() && heldError.isEmpty()
                            ? QString()
                            : QStringLiteral(": ") + sent->error() + heldError)));
        // An anonymous volume by the start of its id, as docker volume ls shows it.
        const QString shown = name.size() == 64 ? name.left(12) : name;
        m_verified << Tr::tr(
            "volume %1: %n entries, each file's sha256 the same on both engines", "", heldEntries)
                          .arg(shown);
        m_targetHelpers.removeAll(targetHelper);
        VolumeHelper::remove(m_client, this, targetHelper, [this, index] { restoreVolumes(index + 1); });
    };
    // Read back through the archive API: where the tool cannot run, or could not.
    const auto readBack = [this, targetHelper, judge] {
        auto held = std::make_shared<TarDigest>();
        EngineReply *back = ContainersApi(m_client).archiveGet(targetHelper, QStringLiteral("/vol/."));
        connect(back, &EngineReply::dataReceived, this,
            [held](const QByteArray &bytes) { held->addData(bytes); });
        connect(back, &EngineReply::finished, this, [this, back, held, judge] {
            back->deleteLater();
            if (m_abandoning)
                return;
            if (back->error().isError())
                return abandon(back->error());
            judge(held->finish(), held->entries(), held->error());
        });
    };
    // Read where the volume is by Berth's volume tool, so that its files do not come back over
    // the network.
    if (!VolumeTool::runsOn(m_client))
        return readBack();
    VolumeTool::listEntries(
        m_client, this, name, [this, judge, readBack](const EngineError &error, const QStringList &lines) {
            if (m_abandoning)
                return;
            if (error.isError()) {
                qCInfo(lcEngine) << "the volume tool could not list the copy; reading it back:"
                                 << error.message();
                return readBack();
            }
            judge(TarDigest::digestOf(lines), int(lines.size()), QString());
        });
}

void MigrationImportJob::releaseSource(const std::function<void()> &then)
{
    if (!m_source) {
        then();
        return;
    }
    auto steps = std::make_shared<int>(0);
    auto done = [steps, then] {
        if (--*steps == 0)
            then();
    };
    ++*steps; // held until every step is sent
    for (const QString &helper : std::exchange(m_sourceHelpers, {})) {
        ++*steps;
        VolumeHelper::remove(m_source, this, helper, done);
    }
    if (std::exchange(m_pausedSource, false)) {
        ++*steps;
        EngineReply *r = ContainersApi(m_source).unpause(m_sourceContainerId);
        connect(r, &EngineReply::finished, this, [r, done] {
            r->deleteLater();
            done();
        });
    }
    if (!m_committedOnSource.isEmpty()) {
        ++*steps;
        EngineReply *r = ImagesApi(m_source).remove(std::exchange(m_committedOnSource, QString()));
        connect(r, &EngineReply::finished, this, [r, done] {
            r->deleteLater();
            done();
        });
    }
    done();
}

void MigrationImportJob::start()
{
    setRunning();
    if (m_source) {
        setProgress(0, -1, Tr::tr("Committing %1 on the source engine").arg(m_sourceContainer));
        startTransfer();
        return;
    }
    if (m_loose) {
        startLoose();
        return;
    }
    m_imagePath = QDir(m_folder).filePath(QLatin1String(BundleManifest::ImageFile));
    QFile file(QDir(m_folder).filePath(QLatin1String(BundleManifest::FileName)));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(EngineError(EngineError::InvalidArgument,
            Tr::tr("%1 has no manifest.json: it is not a Berth bundle, or its export did not finish.")
                .arg(m_folder)));
        return;
    }
    const QByteArray json = file.readAll();
    QString error;
    const QByteArray recorded = ChecksumFile::read(file.fileName(), &error);
    if (error.isEmpty() && recorded.isEmpty())
        error = Tr::tr("%1 has no manifest.json.sha256: the bundle is incomplete.").arg(m_folder);
    if (error.isEmpty() && Sha256::hex(json) != recorded)
        error = Tr::tr(
            "manifest.json does not match its checksum: it was edited or damaged. Do not import this "
            "bundle.");
    if (!error.isEmpty()) {
        fail(EngineError(EngineError::InvalidArgument, error));
        return;
    }
    m_manifest = BundleManifest::fromJson(json, &error);
    if (!error.isEmpty()) {
        fail(EngineError(EngineError::InvalidArgument, error));
        return;
    }
    if (m_name.isEmpty())
        m_name = m_manifest.containerName;
    if (refusePowers())
        return;
    setProgress(0, -1, Tr::tr("Checking every file of the bundle"));
    // Every checksum and every archive read to its end, off the GUI thread, before any change.
    QPointer<MigrationImportJob> self(this);
    QThreadPool::globalInstance()->start(
        [self, manifest = m_manifest, folder = m_folder, stop = m_stopCheck] {
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
                ArchiveCheck::savedImage(QDir(folder).filePath(QLatin1String(BundleManifest::ImageFile)),
                    &error, manifest.image, &identity);
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, error, checks, identity] {
                if (!self)
                    return;
                self->m_checks = checks; // the restores need not read the archives again
                self->m_imageIdentity = identity;
                self->verified(error);
            });
        });
}

void MigrationImportJob::verified(const QString &error)
{
    if (isFinished())
        return;
    if (m_stopCheck->load()) {
        fail(EngineError(EngineError::Cancelled, QCoreApplication::translate("Job", "Cancelled.")));
        return;
    }
    if (!error.isEmpty()) {
        fail(EngineError(
            EngineError::InvalidArgument, Tr::tr("The bundle cannot be imported: %1").arg(error)));
        return;
    }
    // Device nodes in a volume's archive reach this machine's hardware from a container allowed
    // to use devices: the same word as the devices the container itself asks for.
    if (!(m_allowedPowers & BundleManifest::Devices)) {
        QStringList nodes;
        for (const ArchiveCheck::Result &r : std::as_const(m_checks))
            nodes << r.deviceNodes;
        if (!nodes.isEmpty()) {
            m_deniedPowers.append({BundleManifest::Devices,
                Tr::tr("holds device nodes in its volumes: %1").arg(nodes.join(QStringLiteral(", ")))});
            fail(EngineError(EngineError::InvalidArgument,
                Tr::tr(
                    "Its volumes hold device nodes (%1), through which a container allowed to use devices "
                    "reaches this machine's hardware. Nothing was changed; allow devices only if you trust "
                    "where it comes from.")
                    .arg(nodes.join(QStringLiteral(", ")))));
            return;
        }
    }
    checkName(1);
}

void MigrationImportJob::refuse(const EngineError &error)
{
    releaseSource([this, error] { fail(error); });
}

void MigrationImportJob::checkName(int attempt)
{
    const QString name = attempt == 1 ? m_name : m_name + QLatin1Char('-') + QString::number(attempt);
    EngineReply *reply = ContainersApi(m_client).inspect(name);
    connect(reply, &EngineReply::finished, this, [this, reply, name, attempt] {
        reply->deleteLater();
        if (reply->error().kind() == EngineError::NotFound) {
            m_name = name;
            checkVolumes(0);
            return;
        }
        if (reply->error().isError()) {
            refuse(reply->error());
            return;
        }
        switch (m_onConflict) {
        case OnConflict::Rename:
            checkName(attempt + 1);
            return;
        case OnConflict::Skip:
            setProgress(
                0, 0, Tr::tr("A container named %1 is here already; nothing was imported.").arg(name));
            succeed();
            return;
        case OnConflict::Replace:
            m_replacedId = reply->json().object().value(QLatin1String("Id")).toString();
            checkVolumes(0);
            return;
        case OnConflict::Refuse:
            break;
        }
        refuse(EngineError(EngineError::Conflict,
            Tr::tr("A container named %1 exists on this engine. Give another name (--name), or choose what "
                   "to do: "
                   "--on-conflict rename, replace or skip.")
                .arg(name)));
    });
}

void MigrationImportJob::checkVolumes(int index)
{
    if (index == 0)
        m_targetVolumes.clear();
    if (index == m_manifest.volumes.size()) {
        checkFolders();
        return;
    }
    const BundleManifest::Volume &v = m_manifest.volumes[index];
    const QString target = m_volumeMap.value(v.name, v.anonymous ? QString() : v.name);
    m_targetVolumes.append(target);
    if (target.isEmpty()) { // anonymous: the engine names a new one
        checkVolumes(index + 1);
        return;
    }
    EngineReply *reply = VolumesApi(m_client).inspect(target);
    connect(reply, &EngineReply::finished, this, [this, reply, index, target] {
        reply->deleteLater();
        if (reply->error().kind() == EngineError::NotFound) {
            checkVolumes(index + 1);
            return;
        }
        refuse(reply->error().isError() ? reply->error()
                                        : EngineError(EngineError::Conflict,
                                            Tr::tr("A volume named %1 exists on this engine, and Berth does "
                                                   "not write over it. Import into "
                                                   "another volume: --volume-map %2=NEW-NAME.")
                                                .arg(target, m_manifest.volumes[index].name)));
    });
}

void MigrationImportJob::checkFolders()
{
    // The folders exported with --include-binds go to the same path here, or where --bind-map
    // says: only into a folder that is missing or empty, on this machine (the engine's: its
    // socket is local).
    m_bindTargets.clear();
    for (const BundleManifest::Bind &b : std::as_const(m_manifest.binds)) {
        // Only where the user said: never by default to the path the manifest names.
        const QString named = m_bindMap.value(b.source).trimmed();
        const QString target = b.file.isEmpty() || named.isEmpty() ? QString() : QDir::cleanPath(named);
        m_bindTargets << target;
        if (b.file.isEmpty())
            continue;
        const QFileInfo info(target);
        QString problem;
        if (m_client->endpoint().isRemote() && !target.isEmpty())
            problem
                = Tr::tr("The folder %1 would go to a folder of the machine at %2, which Berth cannot look "
                         "into from here: import it into an engine on this machine, or leave the folder out.")
                      .arg(b.source, m_client->endpoint().url());
        else if (target.isEmpty())
            problem = Tr::tr("The bundle holds the folder %1 of the other machine (shown inside at %2); say "
                             "which folder of this machine it goes to.")
                          .arg(b.source, b.destination);
        else if (!info.isAbsolute())
            problem = Tr::tr("%1 is not an absolute path.").arg(target);
        else if (info.exists() && !info.isDir())
            problem = Tr::tr("%1 exists here and is not a folder.").arg(target);
        else if (info.exists()
            && !QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            problem = Tr::tr("The folder %1 exists here and is not empty, and Berth does not write over it.")
                          .arg(target);
        if (!problem.isEmpty()) {
            refuse(EngineError(EngineError::Conflict,
                problem + QLatin1Char(' ')
                    + (target.isEmpty()
                            ? Tr::tr("Name it with its full path: --bind-map %1=/a/folder/here. Nothing was "
                                     "changed.")
                            : Tr::tr("Put the folder elsewhere: --bind-map %1=/another/folder."))
                          .arg(b.source)));
            return;
        }
    }
    applyPortMap();
}

void MigrationImportJob::restoreFolders(int index)
{
    if (m_abandoning)
        return;
    while (index < m_manifest.binds.size() && m_bindTargets.value(index).isEmpty())
        ++index;
    if (index >= m_manifest.binds.size()) {
        m_volumesReady = true;
        if (m_imageReady)
            createContainer();
        return;
    }
    const QString target = m_bindTargets[index];
    setProgress(0, -1, Tr::tr("Restoring the folder %1").arg(target));
    // Made by this import from its first missing parent down, so a failure removes exactly that.
    QString top = target;
    while (!QFileInfo::exists(QFileInfo(top).path()))
        top = QFileInfo(top).path();
    const bool existed = QFileInfo::exists(target);
    if (!QDir().mkpath(target))
        return abandon(EngineError(EngineError::InvalidArgument,
            Tr::tr("Cannot make the folder %1 here (permissions?).").arg(target)));
    m_createdFolders << (existed ? target : top);
    m_emptiedFolders << existed;
    VolumeHelper::create(m_client, this, target, false, QStringLiteral("restore"), {},
        [this, index, target](const EngineError &error, const QString &helper) {
            if (error.isError())
                return abandon(error);
            m_targetHelpers << helper;
            auto *file = new QFile(QDir(m_folder).filePath(m_manifest.binds[index].file), this);
            if (!file->open(QIODevice::ReadOnly))
                return abandon(EngineError(EngineError::InvalidArgument, file->errorString()));
            // The engine reads the .tar.gz itself: folders are small beside volumes.
            EngineReply *put = ContainersApi(m_client).archivePut(helper, QStringLiteral("/vol"), file);
            connect(put, &EngineReply::uploadProgress, this,
                [this, size = file->size()](qint64 sent) { setProgress(sent, size); });
            connect(put, &EngineReply::finished, this, [this, put, file, helper, index] {
                put->deleteLater();
                file->deleteLater();
                if (m_abandoning)
                    return;
                if (put->error().isError())
                    return abandon(put->error());
                m_targetHelpers.removeAll(helper);
                VolumeHelper::remove(m_client, this, helper, [this, index] { restoreFolders(index + 1); });
            });
        });
}

void MigrationImportJob::applyPortMap()
{
    // Host ports moved by the user's word (a port taken here fails the start, which rolls back).
    QJsonObject host = m_manifest.createBody.value(QLatin1String("HostConfig")).toObject();
    QJsonObject bindings = host.value(QLatin1String("PortBindings")).toObject();
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        QJsonArray list = it.value().toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject b = list[i].toObject();
            const QString port = b.value(QLatin1String("HostPort")).toString();
            if (m_portMap.contains(port)) {
                b.insert(QLatin1String("HostPort"), m_portMap.value(port));
                list[i] = b;
            }
        }
        bindings.insert(it.key(), list);
    }
    host.insert(QLatin1String("PortBindings"), bindings);
    m_manifest.createBody.insert(QLatin1String("HostConfig"), host);
    // A host port that is taken here would fail the start after everything else was made.
    HostPorts::check(m_client, this, HostPorts::of(host), m_replacedId, [this](const QStringList &taken) {
        if (isFinished())
            return;
        if (taken.isEmpty()) {
            loadImage();
            return;
        }
        refuse(EngineError(EngineError::Conflict,
            taken.join(QLatin1Char(' ')) + QLatin1Char(' ')
                + Tr::tr("Give the container another host port here (--port-map OLD=NEW, or the port's field "
                         "in the import dialog), or free the port first.")));
    });
}

void MigrationImportJob::loadImage()
{
    EngineReply *inspected = ImagesApi(m_client).inspect(m_manifest.image);
    connect(inspected, &EngineReply::finished, this, [this, inspected] {
        inspected->deleteLater();
        m_imageExisted = !inspected->error().isError();
        // docker load moves a tag that names another image here: refused, before any change.
        if (m_imageExisted && m_imageIdentity.isValid()
            && !m_manifest.image.startsWith(QLatin1String("sha256:"))
            && ImageIdentity::fromInspect(inspected->json().object()) != m_imageIdentity) {
            refuse(EngineError(EngineError::Conflict,
                Tr::tr(
                    "%1 names another image on this engine, and loading the image file would move that tag "
                    "to the imported image. Nothing was changed; rename or remove the image here first "
                    "(docker tag, docker rmi) if that is what you want.")
                    .arg(m_manifest.image)));
            return;
        }
        // Changes start here, each written down first so that a cut-short import is undone.
        m_journal = std::make_unique<ImportJournal>(m_client->endpoint().url());
        auto load = [this] {
            setProgress(0, -1, Tr::tr("Loading the image (docker load)"));
            if (!m_imageExisted)
                m_journal->record(QStringLiteral("image"), m_manifest.image);
            qint64 size = -1;
            if (m_source) { // docker save there, straight into docker load here
                auto *pipe = new PipeDevice(this);
                pipe->open(QIODevice::ReadOnly);
                EngineReply *saved = ImagesApi(m_source).save({m_manifest.image});
                pipe->connectSource(saved);
                connect(saved, &EngineReply::finished, this, [this, saved] {
                    saved->deleteLater();
                    if (saved->error().isError())
                        abandon(saved->error());
                });
                m_imageFile = pipe;
            } else {
                m_imageFile = new QFile(m_imagePath, this);
                if (!m_imageFile->open(QIODevice::ReadOnly)) {
                    abandon(EngineError(EngineError::InvalidArgument, m_imageFile->errorString()));
                    return;
                }
                size = m_imageFile->size();
            }
            m_load = ImagesApi(m_client).load(m_imageFile, true);
            connect(m_load, &EngineReply::uploadProgress, this,
                [this, size](qint64 sent) { setProgress(sent, size); });
            auto loaded = std::make_shared<QString>();
            connect(m_load, &EngineReply::jsonReceived, this, [loaded](const QJsonObject &message) {
                if (loaded->isEmpty())
                    *loaded = ImagesApi::loadedImageId(message);
            });
            connect(m_load, &EngineReply::finished, this, [this, reply = m_load.data(), loaded] {
                reply->deleteLater();
                if (m_abandoning)
                    return;
                if (reply->error().isError()) {
                    abandon(reply->error());
                    return;
                }
                // An untagged image is named in its file by its configuration's digest; the
                // containerd image store names it by its manifest's. The engine's answer says which.
                if (m_manifest.image.startsWith(QLatin1String("sha256:")) && !loaded->isEmpty()
                    && *loaded != m_manifest.image) {
                    m_manifest.image = *loaded;
                    m_imageExisted = m_imagesBefore.contains(*loaded);
                    if (!m_imageExisted)
                        m_journal->record(QStringLiteral("image"), *loaded);
                }
                imageLoaded();
            });
            // The volumes are made and restored meanwhile: the engine loads and extracts at once.
            createVolumes(0);
        };
        auto start = [this, load] {
            if (m_imageExisted || !m_manifest.image.startsWith(QLatin1String("sha256:"))) {
                load();
                return;
            }
            // Untagged, and not found by that digest: which images are there already, so that a
            // failed import removes the one it loaded and never one the engine had.
            ImageListOptions options;
            options.all = true;
            EngineReply *listed = ImagesApi(m_client).list(options);
            connect(listed, &EngineReply::finished, this, [this, listed, load] {
                listed->deleteLater();
                if (listed->error().isError()) {
                    fail(listed->error());
                    return;
                }
                for (const ImageInfo &image : ImagesApi::parseList(listed->body()))
                    m_imagesBefore.insert(image.id);
                load();
            });
        };
        if (m_replacedId.isEmpty())
            start();
        else
            setReplacedAside(start);
    });
}

void MigrationImportJob::setReplacedAside(const std::function<void()> &then)
{
    // The container being replaced is not removed yet: it is stopped and renamed, so that its
    // name (and host ports) are free, and it comes back if the new one does not work out.
    EngineReply *inspected = ContainersApi(m_client).inspect(m_replacedId);
    connect(inspected, &EngineReply::finished, this, [this, inspected, then] {
        inspected->deleteLater();
        if (inspected->error().isError()) {
            abandon(inspected->error());
            return;
        }
        const QJsonObject state = inspected->json().object().value(QLatin1String("State")).toObject();
        m_replacedRan = state.value(QLatin1String("Running")).toBool()
            || state.value(QLatin1String("Restarting")).toBool();
        const QString aside = m_name + QStringLiteral("-replaced-") + m_replacedId.left(12);
        m_journal->record(QStringLiteral("replaced"), m_replacedId,
            {{QStringLiteral("original"), m_name}, {QStringLiteral("running"), m_replacedRan}});
        setProgress(
            0, -1, Tr::tr("Setting the container %1 aside as %2 until the new one runs").arg(m_name, aside));
        auto rename = [this, aside, then] {
            EngineReply *renamed = ContainersApi(m_client).rename(m_replacedId, aside);
            connect(renamed, &EngineReply::finished, this, [this, renamed, then] {
                renamed->deleteLater();
                if (renamed->error().isError()) {
                    abandon(renamed->error());
                    return;
                }
                m_replacedAside = true;
                then();
            });
        };
        if (!m_replacedRan) {
            rename();
            return;
        }
        EngineReply *stopped = ContainersApi(m_client).stop(m_replacedId);
        connect(stopped, &EngineReply::finished, this, [this, stopped, rename] {
            stopped->deleteLater();
            if (stopped->error().isError()) {
                abandon(stopped->error());
                return;
            }
            m_replacedStopped = true;
            rename();
        });
    });
}

void MigrationImportJob::removeReplaced(const std::function<void()> &then)
{
    if (m_replacedId.isEmpty()) {
        then();
        return;
    }
    // The new container works: the old one goes now (its volumes stay).
    ContainerRemoveOptions options;
    options.force = true;
    EngineReply *removed = ContainersApi(m_client).remove(m_replacedId, options);
    connect(removed, &EngineReply::finished, this, [this, removed, then] {
        removed->deleteLater();
        if (removed->error().isError() && removed->error().kind() != EngineError::NotFound)
            m_warnings << Tr::tr(
                "The replaced container stays, renamed %1: remove it with docker rm %1 (%2).")
                              .arg(m_name + QStringLiteral("-replaced-") + m_replacedId.left(12),
                                  removed->error().message());
        m_replacedId.clear();
        then();
    });
}

void MigrationImportJob::bringBackReplaced(const std::function<void()> &then)
{
    if (m_replacedId.isEmpty() || (!m_replacedAside && !m_replacedStopped)) {
        then();
        return;
    }
    // The new container is gone again: the old one takes its name back and runs as it ran.
    auto start = [this, then] {
        if (!m_replacedStopped) {
            then();
            return;
        }
        EngineReply *started = ContainersApi(m_client).start(m_replacedId);
        connect(started, &EngineReply::finished, this, [this, started, then] {
            started->deleteLater();
            if (started->error().isError())
                m_warnings << Tr::tr("The container %1 was set back but did not start again: %2")
                                  .arg(m_name, started->error().message());
            then();
        });
    };
    if (!m_replacedAside) {
        start();
        return;
    }
    EngineReply *renamed = ContainersApi(m_client).rename(m_replacedId, m_name);
    connect(renamed, &EngineReply::finished, this, [this, renamed, start, then] {
        renamed->deleteLater();
        if (renamed->error().isError()) {
            m_warnings << Tr::tr(
                "The container %1 keeps the name %2 (%3): docker rename %2 %1 gives its name back.")
                              .arg(m_name, m_name + QStringLiteral("-replaced-") + m_replacedId.left(12),
                                  renamed->error().message());
            then();
            return;
        }
        start();
    });
}

void MigrationImportJob::createVolumes(int index)
{
    if (m_abandoning)
        return;
    if (index == m_manifest.volumes.size()) {
        restoreVolumes(0);
        return;
    }
    VolumeCreateOptions options;
    options.name = m_targetVolumes[index];
    EngineReply *reply = VolumesApi(m_client).create(options);
    connect(reply, &EngineReply::finished, this, [this, reply, index] {
        reply->deleteLater();
        if (reply->error().isError()) {
            abandon(reply->error());
            return;
        }
        m_targetVolumes[index] = reply->json().object().value(QLatin1String("Name")).toString();
        m_createdVolumes.append(m_targetVolumes[index]);
        m_journal->record(QStringLiteral("volume"), m_targetVolumes[index]);
        createVolumes(index + 1);
    });
}

void MigrationImportJob::restoreVolumes(int index)
{
    if (m_abandoning)
        return;
    if (index == m_manifest.volumes.size()) {
        restoreFolders(0);
        return;
    }
    if (m_source) {
        transferVolume(index);
        return;
    }
    m_restore = new VolumeRestoreJob(m_client, QDir(m_folder).filePath(m_manifest.volumes[index].file),
        m_targetVolumes[index], VolumeRestoreJob::Mode::IfEmpty, this);
    m_restore->setChecked(m_checks.value(index));
    m_restore->setAllowDeviceNodes(m_allowedPowers & BundleManifest::Devices);
    connect(m_restore, &Job::progressChanged, this, [this, index] {
        setProgress(
            m_restore->done(), m_restore->total(), Tr::tr("Restoring volume %1").arg(m_targetVolumes[index]));
    });
    connect(m_restore, &Job::finished, this, [this, index, job = m_restore.data()] {
        job->deleteLater();
        if (m_abandoning)
            return;
        if (job->state() != Job::Succeeded) {
            abandon(EngineError(job->state() == Job::Cancelled ? EngineError::Cancelled : EngineError::Server,
                job->errorString()));
            return;
        }
        m_warnings << job->warnings();
        restoreVolumes(index + 1);
    });
    m_restore->start();
}

void MigrationImportJob::transferVolume(int index)
{
    const QString from = m_manifest.volumes[index].name;
    const QString to = m_targetVolumes[index];
    setProgress(0, -1, Tr::tr("Copying volume %1").arg(to));
    // The archive goes from one helper straight into the other.
    const auto copy = [this, index](const QString &sourceHelper, const QString &targetHelper) {
        auto *pipe = new PipeDevice(this);
        pipe->open(QIODevice::ReadOnly);
        EngineReply *got = ContainersApi(m_source).archiveGet(sourceHelper, QStringLiteral("/vol/."));
        pipe->connectSource(got);
        auto sourceError = std::make_shared<EngineError>();
        connect(got, &EngineReply::finished, this, [got, sourceError] {
            got->deleteLater();
            *sourceError = got->error();
        });
        // What left the source, to compare with what the target holds after.
        auto sent = std::make_shared<TarDigest>();
        connect(pipe, &PipeDevice::passedThrough, this, [this, pipe, sent](const QByteArray &bytes) {
            sent->addData(bytes);
            setProgress(pipe->passed(), -1);
        });
        EngineReply *put = ContainersApi(m_client).archivePut(targetHelper, QStringLiteral("/vol"), pipe);
        connect(put, &EngineReply::finished, this, [this, put, pipe, sourceError, index, targetHelper, sent] {
            put->deleteLater();
            pipe->deleteLater();
            if (m_abandoning)
                return;
            const EngineError error = sourceError->isError() ? *sourceError : put->error();
            if (error.isError())
                return abandon(error);
            compareVolume(index, targetHelper, sent);
        });
    };
    // A helper on each side, both made at once (over ssh each request waits for the other machine).
    struct Helpers
    {
        QString source;
        QString target;
        int pending = 2;
        bool failed = false;
    };
    auto helpers = std::make_shared<Helpers>();
    const auto failed = [this, helpers](const EngineError &error) {
        if (!std::exchange(helpers->failed, true))
            abandon(error);
    };
    // One side's helper is ready: kept for the cleanup, or removed at once when the other failed.
    const auto made = [this, helpers, copy](bool source, const QString &id) {
        EngineClient *client = source ? m_source.data() : m_client;
        if (helpers->failed || m_abandoning) {
            VolumeHelper::remove(client, this, id, [] {});
            return;
        }
        (source ? m_sourceHelpers : m_targetHelpers) << id;
        (source ? helpers->source : helpers->target) = id;
        if (--helpers->pending == 0)
            copy(helpers->source, helpers->target);
    };
    const auto makeHelper = [this, failed, made](bool source, const QString &volume) {
        EngineClient *client = source ? m_source.data() : m_client;
        VolumeHelper::ensureImage(
            client, this, [this, client, source, volume, failed, made](const EngineError &error) {
                if (error.isError())
                    return failed(error);
                VolumeHelper::create(client, this, volume, source,
                    source ? QStringLiteral("backup") : QStringLiteral("restore"), {},
                    [source, failed, made](const EngineError &error, const QString &id) {
                        if (error.isError())
                            return failed(error);
                        made(source, id);
                    });
            });
    };
    makeHelper(true, from);
    makeHelper(false, to);
}

void MigrationImportJob::createContainer()
{
    QJsonObject body = m_manifest.createBody;
    body.insert(QLatin1String("Image"), m_manifest.image);
    QJsonObject host = body.value(QLatin1String("HostConfig")).toObject();
    // The user's own -v (loose files with run options) stay; the imported volumes are added.
    QJsonArray binds = host.value(QLatin1String("Binds")).toArray();
    for (int i = 0; i < m_manifest.volumes.size(); ++i) {
        const BundleManifest::Volume &v = m_manifest.volumes[i];
        binds.append(m_targetVolumes[i] + QLatin1Char(':') + v.destination
            + (v.readOnly ? QStringLiteral(":ro") : QString()));
    }
    for (int i = 0; i < m_manifest.binds.size(); ++i) {
        const BundleManifest::Bind &b = m_manifest.binds[i];
        if (m_bindTargets.value(i).isEmpty()) {
            m_warnings << Tr::tr("%1 was a folder of the source machine (%2); it was not migrated.")
                              .arg(b.destination, b.source);
            continue;
        }
        binds.append(m_bindTargets[i] + QLatin1Char(':') + b.destination
            + (b.readOnly ? QStringLiteral(":ro") : QString()));
    }
    host.insert(QLatin1String("Binds"), binds);
    body.insert(QLatin1String("HostConfig"), host);
    setProgress(0, -1, Tr::tr("Creating the container %1").arg(m_name));
    EngineReply *reply = ContainersApi(m_client).create(body, m_name);
    connect(reply, &EngineReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError()) {
            abandon(reply->error());
            return;
        }
        m_containerId = reply->json().object().value(QLatin1String("Id")).toString();
        m_journal->record(QStringLiteral("container"), m_containerId);
        if (m_start) {
            startContainer();
            return;
        }
        removeReplaced([this] {
            m_journal->clear();
            releaseSource([this] {
                setProgress(1, 1, withVerified(Tr::tr("Imported %1").arg(m_name)));
                succeed();
            });
        });
    });
}

void MigrationImportJob::startContainer()
{
    EngineReply *reply = ContainersApi(m_client).start(m_containerId);
    connect(reply, &EngineReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError()) {
            abandon(EngineError(reply->error().kind(),
                reply->error().message() + QLatin1Char(' ')
                    + Tr::tr(
                        "(A host port it publishes may be taken on this machine: free it, or import without "
                        "starting and change the ports.)")));
            return;
        }
        removeReplaced([this] {
            m_journal->clear();
            releaseSource([this] {
                setProgress(1, 1, withVerified(Tr::tr("Imported and started %1").arg(m_name)));
                succeed();
            });
        });
    });
}

void MigrationImportJob::cancel()
{
    if (isFinished())
        return;
    m_stopCheck->store(true);
    abandon(EngineError(EngineError::Cancelled, QCoreApplication::translate("Job", "Cancelled.")));
}

void MigrationImportJob::removeFolders()
{
    for (int i = int(m_createdFolders.size()) - 1; i >= 0; --i) {
        QDir dir(m_createdFolders[i]);
        bool removed = true;
        if (m_emptiedFolders[i]) { // it was there, empty: it stays, empty again
            for (const QFileInfo &entry :
                dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
                removed &= entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                               : QFile::remove(entry.filePath());
            }
        } else {
            removed = dir.removeRecursively();
        }
        if (!removed)
            m_warnings << Tr::tr("Remove %1 by hand: the import made it, and could not remove all of it.")
                              .arg(m_createdFolders[i]);
    }
    m_createdFolders.clear();
    m_emptiedFolders.clear();
}

void MigrationImportJob::abandon(const EngineError &error)
{
    if (isFinished() || m_abandoning)
        return;
    m_abandoning = true;
    if (m_restore && !m_restore->isFinished())
        m_restore->cancel();
    if (m_load && !m_load->isFinished()) {
        // Not cut short: an engine that has the whole image may load it after the upload is
        // cut, and it would stay. Its answer comes (the file or the source's stream ends, or
        // the engine is gone); then the image goes with the rest.
        EngineReply *load = m_load;
        load->disconnect(this);
        connect(load, &EngineReply::finished, this, [this, load, error] {
            load->deleteLater();
            undo(error);
        });
        return;
    }
    undo(error);
}

void MigrationImportJob::undo(const EngineError &error)
{
    // What this import made goes again, newest first; then the job fails with the first error.
    // The journal stays when a step could not be undone (the engine gone): the next connection
    // undoes it.
    auto undone = std::make_shared<bool>(true);
    auto end = [this, error, undone] {
        removeFolders();
        // Helpers here go too, the replaced container comes back and the source runs again.
        for (const QString &helper : std::exchange(m_targetHelpers, {}))
            VolumeHelper::remove(m_client, this, helper, [] {});
        bringBackReplaced([this, error, undone] {
            if (m_journal && *undone)
                m_journal->clear();
            releaseSource([this, error] { fail(error); });
        });
    };
    auto removeVolumes = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weak = removeVolumes;
    *removeVolumes = [this, end, undone, weak] {
        if (m_createdVolumes.isEmpty()) {
            if (!m_journal || m_imageExisted) {
                end();
                return;
            }
            // Loaded by this import (or maybe half-loaded when the load failed).
            EngineReply *removed = ImagesApi(m_client).remove(m_manifest.image, true);
            connect(removed, &EngineReply::finished, this, [removed, end, undone] {
                removed->deleteLater();
                if (removed->error().isError() && removed->error().kind() != EngineError::NotFound)
                    *undone = false;
                end();
            });
            return;
        }
        EngineReply *removed = VolumesApi(m_client).remove(m_createdVolumes.takeLast(), true);
        connect(removed, &EngineReply::finished, this, [removed, undone, next = weak.lock()] {
            removed->deleteLater();
            if (removed->error().isError() && removed->error().kind() != EngineError::NotFound)
                *undone = false;
            (*next)();
        });
    };
    auto afterRestore = [this, removeVolumes, undone] {
        if (m_containerId.isEmpty()) {
            (*removeVolumes)();
            return;
        }
        ContainerRemoveOptions options;
        options.force = true;
        // With the anonymous volumes the engine made for the image's VOLUMEs; the imported ones
        // are named in its binds and stay for the steps below.
        options.volumes = true;
        EngineReply *removed
            = ContainersApi(m_client).remove(std::exchange(m_containerId, QString()), options);
        connect(removed, &EngineReply::finished, this, [removed, removeVolumes, undone] {
            removed->deleteLater();
            if (removed->error().isError() && removed->error().kind() != EngineError::NotFound)
                *undone = false;
            (*removeVolumes)();
        });
    };
    if (m_restore && !m_restore->isFinished()) // its own rollback first
        connect(m_restore, &Job::finished, this, afterRestore);
    else
        afterRestore();
}
