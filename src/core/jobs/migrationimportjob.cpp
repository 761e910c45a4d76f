// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/migrationimportjob.h"

#include "engine/containersapi.h"
#include "engine/engineclient.h"
#include "engine/enginelogging.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/volumesapi.h"
#include "jobs/hostports.h"
#include "jobs/importjournal.h"
#include "jobs/volumehelper.h"
#include "jobs/volumerestorejob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MigrationImportJob)
};

} // namespace

MigrationImportJob::MigrationImportJob(EngineClient *client, ImportSource *source, QObject *parent)
    : Job(source->title(), source->command(), parent)
    , m_client(client)
    , m_source(source)
{
    m_source->setParent(this);
    connect(m_source, &ImportSource::progress, this,
        [this](qint64 done, qint64 total, const QString &detail) { setProgress(done, total, detail); });
    connect(m_source, &ImportSource::failed, this, [this](const EngineError &error) { abandon(error); });
}

MigrationImportJob::~MigrationImportJob() = default;

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

QString MigrationImportJob::withVerified(const QString &done) const
{
    QString text = done;
    const QStringList verified = m_source->verified();
    if (!verified.isEmpty())
        text += QStringLiteral(". ") + Tr::tr("Verified: %1.").arg(verified.join(QStringLiteral("; ")));
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
    m_source->verifyImage(m_manifest.image, [this](const EngineError &error) {
        if (isAbandoning())
            return;
        if (error.isError())
            return abandon(error);
        m_imageReady = true;
        if (m_volumesReady)
            createContainer();
    });
}

void MigrationImportJob::start()
{
    setRunning();
    m_source->setAllowDeviceNodes(m_allowedPowers & BundleManifest::Devices);
    m_source->read([this](const EngineError &error) {
        if (isFinished())
            return;
        if (error.isError())
            return fail(error);
        read();
    });
}

void MigrationImportJob::read()
{
    m_manifest = m_source->manifest();
    if (m_name.isEmpty())
        m_name = m_manifest.containerName;
    if (m_name.isEmpty() || !VolumeRestoreJob::isValidVolumeName(m_name)) {
        fail(EngineError(EngineError::InvalidArgument,
            Tr::tr("Give the container a name (--name): letters, digits, '_', '.' and '-'.")));
        return;
    }
    m_manifest.containerName = m_name;
    if (refusePowers()) // before the source is touched (a container there paused)
        return;
    // Everything checked before any change here.
    m_source->check(stopFlag(), [this](const EngineError &error) {
        if (isFinished() || isAbandoning())
            return;
        if (error.isError())
            return refuse(error);
        m_manifest.image = m_source->manifest().image;
        checked();
    });
}

void MigrationImportJob::checked()
{
    // Device nodes in a volume's archive reach this machine's hardware from a container allowed
    // to use devices: the same word as the devices the container itself asks for.
    if (!(m_allowedPowers & BundleManifest::Devices)) {
        QStringList nodes;
        for (const ArchiveCheck::Result &r : m_source->checks())
            nodes << r.deviceNodes;
        if (!nodes.isEmpty()) {
            m_deniedPowers.append({BundleManifest::Devices,
                Tr::tr("holds device nodes in its volumes: %1").arg(nodes.join(QStringLiteral(", ")))});
            refuse(EngineError(EngineError::InvalidArgument,
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
    m_source->release([this, error] { fail(error); });
}

void MigrationImportJob::checkName(int attempt)
{
    const QString name = attempt == 1 ? m_name : m_name + QLatin1Char('-') + QString::number(attempt);
    EngineReply *reply = ContainersApi(m_client).inspect(name);
    connect(reply, &EngineReply::finished, this, [this, reply, name, attempt] {
        reply->deleteLater();
        // The source may have failed meanwhile (its commit goes on while the target is checked).
        if (isFinished() || isAbandoning())
            return;
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
        if (isFinished() || isAbandoning())
            return;
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
    if (isAbandoning())
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
    if (isAbandoning())
        return;
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
            auto *file = new QFile(m_source->filePath(m_manifest.binds[index].file), this);
            if (!file->open(QIODevice::ReadOnly))
                return abandon(EngineError(EngineError::InvalidArgument, file->errorString()));
            // The engine reads the .tar.gz itself: folders are small beside volumes.
            EngineReply *put = ContainersApi(m_client).archivePut(helper, QStringLiteral("/vol"), file);
            connect(put, &EngineReply::uploadProgress, this,
                [this, size = file->size()](qint64 sent) { setProgress(sent, size); });
            connect(put, &EngineReply::finished, this, [this, put, file, helper, index] {
                put->deleteLater();
                file->deleteLater();
                if (isAbandoning())
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
        if (isFinished() || isAbandoning())
            return;
        if (taken.isEmpty()) {
            inspectImage();
            return;
        }
        refuse(EngineError(EngineError::Conflict,
            taken.join(QLatin1Char(' ')) + QLatin1Char(' ')
                + Tr::tr("Give the container another host port here (--port-map OLD=NEW, or the port's field "
                         "in the import dialog), or free the port first.")));
    });
}

void MigrationImportJob::inspectImage()
{
    EngineReply *inspected = ImagesApi(m_client).inspect(m_manifest.image);
    connect(inspected, &EngineReply::finished, this, [this, inspected] {
        inspected->deleteLater();
        if (isFinished() || isAbandoning())
            return;
        m_imageExisted = !inspected->error().isError();
        if (!m_imageExisted) {
            loadImage(QJsonObject());
            return;
        }
        // The same name here: what the source's image is made of is needed (its commit may still
        // be on its way).
        m_source->whenImageKnown([this, here = inspected->json().object()](const EngineError &error) {
            if (isFinished() || isAbandoning())
                return;
            if (error.isError())
                return refuse(error);
            loadImage(here);
        });
    });
}

void MigrationImportJob::loadImage(const QJsonObject &existing)
{
    // docker load moves a tag that names another image here: refused, before any change.
    const ImageIdentity coming = m_source->imageIdentity();
    if (m_imageExisted && coming.isValid() && !m_manifest.image.startsWith(QLatin1String("sha256:"))
        && ImageIdentity::fromInspect(existing) != coming) {
        refuse(EngineError(EngineError::Conflict,
            Tr::tr("%1 names another image on this engine, and loading the image file would move that tag "
                   "to the imported image. Nothing was changed; rename or remove the image here first "
                   "(docker tag, docker rmi) if that is what you want.")
                .arg(m_manifest.image)));
        return;
    }
    // Changes start here, each written down first so that a cut-short import is undone.
    m_journal = std::make_unique<ImportJournal>(m_client->endpoint().url());
    auto load = [this] {
        setProgress(0, -1, Tr::tr("Loading the image (docker load)"));
        qCDebug(lcEngine) << "transfer: load starts";
        if (isAbandoning()) // cancelled by a look at the progress
            return;
        if (!m_imageExisted)
            m_journal->record(QStringLiteral("image"), m_manifest.image);
        qint64 size = -1;
        EngineError error;
        m_imageFile = m_source->openImage(this, &size, &error);
        if (!m_imageFile)
            return abandon(error);
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
            qCDebug(lcEngine) << "transfer: load ended";
            if (isAbandoning())
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
    if (isAbandoning())
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
    if (isAbandoning())
        return;
    if (index == m_manifest.volumes.size()) {
        restoreFolders(0);
        return;
    }
    m_source->restoreVolume(index, m_targetVolumes[index], [this, index](const EngineError &error) {
        if (isAbandoning())
            return;
        if (error.isError())
            return abandon(error);
        restoreVolumes(index + 1);
    });
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
    if (isAbandoning())
        return;
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
            m_source->release([this] {
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
            m_source->release([this] {
                setProgress(1, 1, withVerified(Tr::tr("Imported and started %1").arg(m_name)));
                succeed();
            });
        });
    });
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

void MigrationImportJob::undo(const EngineError &error)
{
    // Two things end before anything is removed: the source's steps on their way (a restore
    // sets its volume back, a copy between engines stops at its next step), and the load. The
    // load is not cut short: an engine that has the whole image may load it after the upload is
    // cut, and it would stay. Its answer comes (the file or the source's stream ends, or the
    // engine is gone); then the image goes with the rest.
    auto waiting = std::make_shared<int>(1);
    auto next = [this, waiting, error] {
        if (--*waiting == 0)
            rollBack(error);
    };
    if (m_load && !m_load->isFinished()) {
        ++*waiting;
        EngineReply *load = m_load;
        load->disconnect(this);
        connect(load, &EngineReply::finished, this, [load, next] {
            load->deleteLater();
            next();
        });
    }
    m_source->stop(next);
}

void MigrationImportJob::rollBack(const EngineError &error)
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
            m_source->release([this, error] { fail(error); });
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
    auto removeContainer = [this, removeVolumes, undone] {
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
    removeContainer();
}
