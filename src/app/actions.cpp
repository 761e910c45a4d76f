// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/actions.h"

#include "app/engines.h"

#include "jobs/hostports.h"

#include "app/preferences.h"
#include "app/runform.h"
#include "archive/archivecheck.h"
#include "archive/bundlemanifest.h"
#include "engine/containersapi.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/networksapi.h"
#include "engine/volumesapi.h"
#include "jobs/migrationexportjob.h"
#include "jobs/migrationimportjob.h"
#include "jobs/pulljob.h"
#include "jobs/volumebackupjob.h"
#include "jobs/volumehelper.h"
#include "jobs/volumerestorejob.h"
#include "learn/dockercommands.h"
#include "learn/runoptions.h"
#include "model/commandhistorymodel.h"
#include "model/containermodel.h"
#include "model/imageinfo.h"
#include "model/imagemodel.h"
#include "model/imagereference.h"
#include "model/volumemodel.h"
#include "util/shellwords.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSettings>
#include <QThreadPool>

Actions::Actions(EngineClient *client, ContainerModel *containers, ImageModel *images, VolumeModel *volumes,
    CommandHistoryModel *history, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_containers(containers)
    , m_images(images)
    , m_volumes(volumes)
    , m_history(history)
{
    QJSEngine::setObjectOwnership(history, QJSEngine::CppOwnership);
    QJSEngine::setObjectOwnership(&m_jobs, QJSEngine::CppOwnership);
}

void Actions::perform(
    const QStringList &docker, EngineReply *reply, const std::function<void(EngineReply *)> &then)
{
    const QString command = DockerCommands::text(docker);
    const int row = m_history->begin(command);
    connect(reply, &EngineReply::finished, this, [this, reply, command, row, then] {
        reply->deleteLater();
        if (reply->error().isError()) {
            m_history->finish(row, reply->error().toString());
            Q_EMIT failed(command, reply->error().toString());
            return;
        }
        m_history->finish(row);
        if (then)
            then(reply);
        Q_EMIT succeeded(command);
    });
}

void Actions::refuse(const QStringList &docker, const QString &message)
{
    const QString command = DockerCommands::text(docker);
    m_history->finish(m_history->begin(command), message);
    Q_EMIT failed(command, message);
}

void Actions::setClient(EngineClient *client)
{
    m_client = client;
    m_networks.clear();
    Q_EMIT networksChanged();
}

void Actions::startContainer(const QString &id, const QString &name)
{
    perform(DockerCommands::start(name), ContainersApi(m_client).start(id));
}

void Actions::stopContainer(const QString &id, const QString &name)
{
    perform(DockerCommands::stop(name), ContainersApi(m_client).stop(id));
}

void Actions::restartContainer(const QString &id, const QString &name)
{
    perform(DockerCommands::restart(name), ContainersApi(m_client).restart(id));
}

void Actions::pauseContainer(const QString &id, const QString &name)
{
    perform(DockerCommands::pause(name), ContainersApi(m_client).pause(id));
}

void Actions::unpauseContainer(const QString &id, const QString &name)
{
    perform(DockerCommands::unpause(name), ContainersApi(m_client).unpause(id));
}

void Actions::killContainer(const QString &id, const QString &name)
{
    perform(DockerCommands::kill(name), ContainersApi(m_client).kill(id));
}

void Actions::removeContainer(const QString &id, const QString &name, bool force, bool volumes)
{
    perform(
        DockerCommands::remove(name, force, volumes), ContainersApi(m_client).remove(id, {force, volumes}));
}

void Actions::renameContainer(const QString &id, const QString &name, const QString &newName)
{
    perform(DockerCommands::rename(name, newName), ContainersApi(m_client).rename(id, newName));
}

void Actions::commitContainer(const QString &id, const QString &name, const QString &reference)
{
    CommitOptions options;
    const ImageReference parsed = ImageReference::parse(reference);
    options.repo = parsed.repository();
    options.tag = parsed.tag();
    perform(DockerCommands::commit(name, reference), ContainersApi(m_client).commit(id, options));
}

void Actions::runContainer(RunForm *form)
{
    const RunOptions options = form->options();
    const QVariantMap problems = form->problems();
    if (!problems.isEmpty()) {
        refuse(options.dockerArguments(), problems.first().toString());
        return;
    }
    // docker run = create, then start: two requests, one command in the history.
    const QString command = DockerCommands::text(options.dockerArguments());
    createAndStart(options, command, m_history->begin(command), true);
}

void Actions::createAndStart(const RunOptions &options, const QString &command, int row, bool mayPull)
{
    EngineReply *created = ContainersApi(m_client).create(options.toCreateBody(), options.name);
    connect(created, &EngineReply::finished, this, [this, created, options, command, row, mayPull] {
        created->deleteLater();
        const EngineError error = created->error();
        const auto fail = [this, command, row](const QString &message) {
            m_history->finish(row, message);
            Q_EMIT failed(command, message);
        };
        if (mayPull && error.kind() == EngineError::NotFound) {
            // Something named is not here: the image, or a network or volume driver. As docker
            // run does, a missing image is pulled first (a job with its layers), then the container
            // is made; which one is missing is asked of the engine, not read from its message.
            EngineReply *image = ImagesApi(m_client).inspect(options.image);
            connect(image, &EngineReply::finished, this, [this, image, options, command, row, error, fail] {
                image->deleteLater();
                if (image->error().kind() != EngineError::NotFound)
                    return fail(error.toString());
                pullThen(options.image, [this, options, command, row, fail](const QString &pullError) {
                    if (!pullError.isEmpty())
                        return fail(tr("The image %1 is not here and could not be pulled: %2")
                                        .arg(options.image, pullError));
                    createAndStart(options, command, row, false);
                });
            });
            return;
        }
        if (error.isError())
            return fail(error.toString());
        const QString id = created->json().object().value(QLatin1String("Id")).toString();
        EngineReply *started = ContainersApi(m_client).start(id);
        connect(started, &EngineReply::finished, this,
            [this, started, command, row, id, interactive = options.interactive] {
                started->deleteLater();
                if (started->error().isError()) {
                    m_history->finish(row, started->error().toString());
                    Q_EMIT failed(command, started->error().toString());
                    return;
                }
                m_history->finish(row);
                Q_EMIT succeeded(command);
                Q_EMIT containerRun(id, interactive);
            });
    });
}

QStringList Actions::prunableContainers() const
{
    // The engine's container prune removes every container that is not running or paused.
    QStringList names;
    for (const ContainerInfo &c : m_containers->rows()) {
        if (c.state == QLatin1String("exited") || c.state == QLatin1String("created")
            || c.state == QLatin1String("dead"))
            names << c.name();
    }
    return names;
}

QStringList Actions::prunableImages(bool all) const
{
    QStringList names;
    for (const ImageInfo &i : m_images->rows()) {
        if (i.containers > 0)
            continue;
        if (all || i.isDangling())
            names << (i.repoTags.isEmpty() ? i.shortId() : i.repoTags.join(QStringLiteral(", ")));
    }
    return names;
}

QStringList Actions::prunableVolumes() const
{
    // Every unused volume, named and anonymous: VolumesApi::prune asks for that at every API version.
    QStringList names;
    for (const VolumeInfo &v : m_volumes->rows()) {
        if (v.users.isEmpty())
            names << v.name;
    }
    return names;
}

void Actions::pruneContainers()
{
    perform(DockerCommands::containerPrune(), ContainersApi(m_client).prune());
}

void Actions::pruneImages(bool all)
{
    QMap<QString, QStringList> filters;
    if (all)
        filters.insert(QStringLiteral("dangling"), {QStringLiteral("false")});
    perform(DockerCommands::imagePrune(all), ImagesApi(m_client).prune(filters));
}

QString Actions::volumePruneCommand() const
{
    return DockerCommands::text(DockerCommands::volumePrune(VolumesApi(m_client).pruneSparesNamed()));
}

void Actions::pruneVolumes()
{
    const VolumesApi api(m_client);
    perform(DockerCommands::volumePrune(api.pruneSparesNamed()), api.prune());
}

void Actions::removeImage(const QString &id, const QString &reference, bool force)
{
    perform(DockerCommands::removeImage(reference.isEmpty() ? id : reference, force),
        ImagesApi(m_client).remove(reference.isEmpty() ? id : reference, force));
}

void Actions::tagImage(const QString &id, const QString &source, const QString &target)
{
    const ImageReference parsed = ImageReference::parse(target);
    perform(DockerCommands::tag(source.isEmpty() ? id : source, target),
        ImagesApi(m_client).tag(id, parsed.repository(), parsed.tag()));
}

void Actions::createVolume(const QString &name, const QString &driver, const QString &labels)
{
    VolumeCreateOptions options;
    options.name = name.trimmed();
    options.driver = driver.trimmed();
    QStringList labelList;
    for (const QString &line : labels.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (l.isEmpty())
            continue;
        labelList << l;
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        options.labels.insert(eq < 0 ? l : l.left(eq), eq < 0 ? QString() : l.mid(eq + 1));
    }
    perform(DockerCommands::volumeCreate(options.name, options.driver, labelList),
        VolumesApi(m_client).create(options));
}

void Actions::removeVolume(const QString &name)
{
    const VolumeInfo *volume = m_volumes->find(name);
    if (volume && !volume->users.isEmpty()) {
        refuse(DockerCommands::volumeRemove(name),
            tr("The volume %1 is used by %2. Remove those containers first.")
                .arg(name, volume->users.join(QStringLiteral(", "))));
        return;
    }
    perform(DockerCommands::volumeRemove(name), VolumesApi(m_client).remove(name));
}

void Actions::inspect(const QString &kind, const QString &key)
{
    EngineReply *reply = kind == QLatin1String("image") ? ImagesApi(m_client).inspect(key)
        : kind == QLatin1String("volume")               ? VolumesApi(m_client).inspect(key)
                                                        : ContainersApi(m_client).inspect(key);
    connect(reply, &EngineReply::finished, this, [this, reply, kind, key] {
        reply->deleteLater();
        const QString text = reply->error().isError()
            ? reply->error().toString()
            : QString::fromUtf8(QJsonDocument::fromJson(reply->body()).toJson(QJsonDocument::Indented));
        Q_EMIT inspected(kind, key, text);
    });
}

void Actions::pullImage(const QString &reference)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty()) {
        refuse(DockerCommands::pull(ref), tr("Write the image to pull, such as nginx or nginx:1.25."));
        return;
    }
    pullThen(ref, {});
}

void Actions::pullThen(const QString &reference, const std::function<void(const QString &)> &then)
{
    auto *job = new PullJob(m_client, reference);
    const int row = m_history->begin(job->command());
    connect(job, &Job::finished, this, [this, job, row, then] {
        if (job->state() == Job::Succeeded) {
            m_history->finish(row);
            Q_EMIT succeeded(job->command());
        } else {
            m_history->finish(row, job->errorString());
            // Told once: by the caller when it goes on, here when nobody does.
            if (job->state() == Job::Failed && !then)
                Q_EMIT failed(job->command(), job->errorString());
        }
        if (then)
            then(job->state() == Job::Succeeded    ? QString()
                    : job->errorString().isEmpty() ? tr("cancelled")
                                                   : job->errorString());
    });
    m_jobs.add(job);
}

void Actions::track(Job *job)
{
    const int row = m_history->begin(job->command());
    connect(job, &Job::finished, this, [this, job, row] {
        if (job->state() == Job::Succeeded) {
            m_history->finish(row);
            Q_EMIT succeeded(job->command());
        } else {
            m_history->finish(row, job->errorString());
            if (job->state() == Job::Failed)
                Q_EMIT failed(job->title(), job->errorString());
        }
    });
    m_jobs.add(job);
}

void Actions::backupVolume(const QString &name, const QUrl &folder)
{
    backupVolumes({name}, localPath(folder), int(VolumeBackupJob::Consistency::Live));
}

void Actions::backupVolumes(const QStringList &names, const QString &folder, int consistency)
{
    QSettings().setValue(QStringLiteral("backup/folder"), folder);
    // One job for all: the containers that use them are paused or stopped once, not per volume.
    QList<QPair<QString, QString>> items;
    for (const QString &name : names)
        items.append({name, QDir(folder).filePath(VolumeBackupJob::defaultFileName(name))});
    auto *job = new VolumeBackupJob(m_client, items);
    job->setConsistency(VolumeBackupJob::Consistency(qBound(0, consistency, 2)));
    track(job);
}

void Actions::restoreVolume(const QString &file, const QString &volume, int mode, bool allowDevices)
{
    auto *job = new VolumeRestoreJob(m_client, file, volume, VolumeRestoreJob::Mode(qBound(0, mode, 2)));
    job->setAllowDeviceNodes(allowDevices);
    track(job);
}

void Actions::exportContainer(const QString &id, const QString &folder, int consistency, bool includeBinds)
{
    QSettings().setValue(QStringLiteral("backup/folder"), QFileInfo(folder).absolutePath());
    auto *job = new MigrationExportJob(
        m_client, id, folder, MigrationExportJob::Consistency(qBound(0, consistency, 2)));
    job->setIncludeBinds(includeBinds);
    track(job);
}

void Actions::transferContainer(
    const QString &id, const QString &name, const QString &target, bool start, int allowedPowers)
{
    const QString title = tr("Transfer to %1").arg(target);
    // An engine on the window's list goes as the list knows it (a context's TLS files with it).
    EndpointResolver::Result resolved;
    if (!Engines::instance() || !Engines::instance()->endpointFor(target.trimmed(), &resolved.endpoint))
        resolved = EndpointResolver().resolve(target.trimmed());
    if (resolved.error.isError()) {
        Q_EMIT failed(title, resolved.error.toString());
        return;
    }
    // The other engine's client lives as long as the job.
    auto *other = new EngineClient(resolved.endpoint, this);
    connect(
        other, &EngineClient::connected, this,
        [this, other, id, name, start, allowedPowers] {
            auto *job = new MigrationImportJob(other, QString());
            job->setTransferFrom(m_client, id, name);
            job->setStart(start);
            job->setAllowedPowers(allowedPowers);
            connect(job, &Job::finished, other, &QObject::deleteLater);
            track(job);
        },
        Qt::SingleShotConnection);
    connect(
        other, &EngineClient::connectionFailed, this,
        [this, other, title](const EngineError &error) {
            Q_EMIT failed(title, error.toString());
            other->deleteLater();
        },
        Qt::SingleShotConnection);
    other->connectToEngine();
}

QString Actions::bundleFolderFor(const QString &container) const
{
    return QDir(backupFolder())
        .filePath(container + QStringLiteral("-migration-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

namespace {

/// Powers as the import dialog lists them: [{power, what}].
QVariantList powerList(const QList<BundleManifest::PowerRequest> &requests)
{
    QVariantList list;
    for (const BundleManifest::PowerRequest &r : requests)
        list << QVariantMap {{QStringLiteral("power"), int(r.power)}, {QStringLiteral("what"), r.what}};
    return list;
}

} // namespace

QVariantMap Actions::bundleSummary(const QString &folder) const
{
    QFile file(QDir(folder).filePath(QLatin1String(BundleManifest::FileName)));
    if (!file.open(QIODevice::ReadOnly))
        return {{QStringLiteral("ok"), false},
            {QStringLiteral("error"),
                tr("%1 has no manifest.json: choose the folder a Berth export made.").arg(folder)}};
    QString error;
    const BundleManifest m = BundleManifest::fromJson(file.readAll(), &error);
    if (!error.isEmpty())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
    QVariantList volumes;
    for (const BundleManifest::Volume &v : m.volumes)
        volumes << QVariantMap {{QStringLiteral("name"), v.name},
            {QStringLiteral("destination"), v.destination}, {QStringLiteral("anonymous"), v.anonymous}};
    QVariantList ports;
    for (const HostPorts::Binding &b :
        HostPorts::of(m.createBody.value(QLatin1String("HostConfig")).toObject())) {
        if (!b.hostPort.isEmpty())
            ports << QVariantMap {{QStringLiteral("containerPort"), b.containerPort},
                {QStringLiteral("hostIp"), b.hostIp}, {QStringLiteral("hostPort"), b.hostPort}};
    }
    QVariantList binds;
    for (const BundleManifest::Bind &b : m.binds)
        binds << QVariantMap {{QStringLiteral("source"), b.source},
            {QStringLiteral("destination"), b.destination}, {QStringLiteral("migrated"), !b.file.isEmpty()},
            {QStringLiteral("file"), b.file}};
    return {{QStringLiteral("ok"), true}, {QStringLiteral("containerName"), m.containerName},
        {QStringLiteral("image"), m.image}, {QStringLiteral("originalImage"), m.originalImage},
        {QStringLiteral("source"),
            m.source.value(QLatin1String("name")).toString() + QLatin1Char(' ')
                + m.source.value(QLatin1String("version")).toString()},
        {QStringLiteral("createdAt"), m.createdAt}, {QStringLiteral("volumes"), volumes},
        {QStringLiteral("binds"), binds}, {QStringLiteral("ports"), ports},
        {QStringLiteral("powers"), powerList(BundleManifest::powersOf(m.createBody))}};
}

void Actions::readContainerPowers(const QString &id)
{
    EngineReply *reply = ContainersApi(m_client).inspect(id);
    connect(reply, &EngineReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        // Unread, the list is empty and the transfer itself refuses what was not allowed.
        Q_EMIT containerPowersRead(id,
            reply->error().isError() ? QVariantList()
                                     : powerList(BundleManifest::powersOf(
                                         BundleManifest::createBodyFrom(reply->json().object()))));
    });
}

QVariantList Actions::runArgsPowers(const QString &runArgs) const
{
    QString error;
    const QStringList words = ShellWords::split(runArgs, &error);
    const RunOptions run = error.isEmpty() ? RunOptions::fromArguments(words, false, &error) : RunOptions();
    if (!error.isEmpty())
        return {};
    return powerList(BundleManifest::powersOf(run.toCreateBody()));
}

QString Actions::folderProblem(const QString &path) const
{
    const QFileInfo info(path.trimmed());
    if (path.trimmed().isEmpty() || !info.isAbsolute())
        return tr("give a full path, starting with /");
    if (info.exists() && !info.isDir())
        return tr("exists here and is not a folder");
    if (info.exists()
        && !QDir(info.filePath())
                .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return tr("exists here and is not empty");
    return {};
}

void Actions::importBundle(const QString &folder, const QString &name, bool start, int onConflict,
    const QVariantMap &volumeMap, const QVariantMap &portMap, const QVariantMap &bindMap, int allowedPowers)
{
    auto *job = new MigrationImportJob(m_client, folder);
    job->setAllowedPowers(allowedPowers);
    job->setName(name.trimmed());
    job->setStart(start);
    job->setOnConflict(MigrationImportJob::OnConflict(qBound(0, onConflict, 3)));
    QMap<QString, QString> map;
    for (auto it = volumeMap.begin(); it != volumeMap.end(); ++it) {
        if (!it.value().toString().trimmed().isEmpty())
            map.insert(it.key(), it.value().toString().trimmed());
    }
    job->setVolumeMap(map);
    QMap<QString, QString> ports;
    for (auto it = portMap.begin(); it != portMap.end(); ++it) {
        const QString port = it.value().toString().trimmed();
        if (!port.isEmpty() && port != it.key())
            ports.insert(it.key(), port);
    }
    job->setPortMap(ports);
    QMap<QString, QString> folders;
    for (auto it = bindMap.begin(); it != bindMap.end(); ++it) {
        if (!it.value().toString().trimmed().isEmpty())
            folders.insert(it.key(), it.value().toString().trimmed());
    }
    job->setBindMap(folders);
    track(job);
}

QString Actions::hostPortUse(const QString &hostIp, const QString &port, const QString &protocol) const
{
    bool ok = false;
    const int number = port.trimmed().toInt(&ok);
    if (!ok || number <= 0 || number > 65535)
        return port.trimmed().isEmpty() ? QString() : tr("%1 is not a port number (1 to 65535).").arg(port);
    const QString type = protocol.isEmpty() ? QStringLiteral("tcp") : protocol;
    for (const ContainerInfo &c : m_containers->rows()) {
        for (const PortInfo &p : c.ports) {
            if (p.publicPort == number && p.type == type)
                return tr("taken here by the container %1").arg(c.name());
        }
    }
    if (HostPorts::heldOnThisMachine(hostIp, number, type))
        return tr("taken here by another program");
    return {};
}

QString Actions::importLooseFiles(const QString &image, const QVariantList &volumes, const QString &name,
    const QString &runArgs, bool start, int allowedPowers)
{
    QString error;
    const QStringList words = ShellWords::split(runArgs, &error);
    const RunOptions run = error.isEmpty() ? RunOptions::fromArguments(words, false, &error) : RunOptions();
    if (!error.isEmpty())
        return error;
    QJsonObject body = run.toCreateBody();
    body.remove(QStringLiteral("Image"));
    QList<MigrationImportJob::LooseVolume> loose;
    for (const QVariant &v : volumes) {
        const QVariantMap m = v.toMap();
        loose.append(
            {m.value(QStringLiteral("file")).toString(), m.value(QStringLiteral("name")).toString().trimmed(),
                m.value(QStringLiteral("path")).toString().trimmed()});
    }
    auto *job = new MigrationImportJob(m_client, QString());
    job->setLooseFiles(image, loose, body);
    job->setAllowedPowers(allowedPowers);
    job->setName(name.trimmed());
    job->setStart(start);
    track(job);
    return {};
}

bool Actions::volumeExists(const QString &name) const
{
    return m_volumes->rowOf(name) >= 0;
}

void Actions::checkArchive(const QString &file)
{
    QPointer<Actions> self(this);
    QThreadPool::globalInstance()->start([self, file] {
        const ArchiveCheck::Result r = ArchiveCheck::check(file);
        const QVariantMap result {{QStringLiteral("ok"), r.ok()}, {QStringLiteral("error"), r.error},
            {QStringLiteral("files"), r.files}, {QStringLiteral("directories"), r.directories},
            {QStringLiteral("links"), r.links}, {QStringLiteral("bytes"), r.bytes},
            {QStringLiteral("size"), QFileInfo(file).size()}, {QStringLiteral("topLevel"), r.topLevel},
            {QStringLiteral("checksumVerified"), r.checksumVerified},
            {QStringLiteral("compression"), r.compression}, {QStringLiteral("deviceNodes"), r.deviceNodes},
            {QStringLiteral("deviceNodeCount"), r.deviceNodeCount}};
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, file, result] {
            if (self)
                Q_EMIT self->archiveChecked(file, result);
        });
    });
}

QStringList Actions::runningUsers(const QStringList &volumes) const
{
    QStringList out;
    for (const ContainerInfo &c : m_containers->rows()) {
        if (c.state != QLatin1String("running") && c.state != QLatin1String("paused"))
            continue;
        const QStringList mounted = c.volumeNames();
        if (std::any_of(
                volumes.begin(), volumes.end(), [&](const QString &v) { return mounted.contains(v); }))
            out.append(c.name());
    }
    return out;
}

QStringList Actions::volumesOf(const QString &containerId) const
{
    const int row = m_containers->rowOf(containerId);
    return row < 0 ? QStringList() : m_containers->rows().at(row).volumeNames();
}

QString Actions::backupFolder() const
{
    return Preferences::storedBackupFolder();
}

QString Actions::localPath(const QUrl &url) const
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

QString Actions::volumeNameFor(const QString &file) const
{
    QString name = QFileInfo(file).fileName();
    static const QRegularExpression suffix(
        QStringLiteral("(-\\d{8}-\\d{6})?\\.(tar(\\.(gz|bz2|xz|zst))?|tgz|tzst)$"),
        QRegularExpression::CaseInsensitiveOption);
    name.remove(suffix);
    name.replace(QRegularExpression(QStringLiteral("[^a-zA-Z0-9_.-]")), QStringLiteral("-"));
    while (!name.isEmpty() && !name.front().isLetterOrNumber())
        name.remove(0, 1);
    return VolumeRestoreJob::isValidVolumeName(name) ? name : QString();
}

QStringList Actions::manualBackupCommands(const QString &volume, const QString &folder) const
{
    const QString file = QDir(folder).filePath(VolumeBackupJob::defaultFileName(volume));
    return {ShellWords::join({QStringLiteral("sudo"), QStringLiteral("tar"), QStringLiteral("-czvf"), file,
                QStringLiteral("-C"), QStringLiteral("/var/lib/docker/volumes/%1/_data").arg(volume),
                QStringLiteral(".")}),
        DockerCommands::text(DockerCommands::volumeBackupByHelper(volume, file))};
}

QStringList Actions::manualRestoreCommands(const QString &file, const QString &volume) const
{
    return {DockerCommands::text({QStringLiteral("volume"), QStringLiteral("create"), volume}),
        ShellWords::join({QStringLiteral("sudo"), QStringLiteral("tar"), QStringLiteral("-xzvf"), file,
            QStringLiteral("-C"), QStringLiteral("/var/lib/docker/volumes/%1/_data").arg(volume)}),
        DockerCommands::text(DockerCommands::volumeRestoreByHelper(file, volume))};
}

void Actions::removeLeftoverHelpers()
{
    VolumeHelper::removeLeftovers(m_client, this, [this](int, const ImportJournal::Outcome &imports) {
        // Said once, on the banner: what went back is the import's own undo; what stayed was
        // used since, and only the user decides about it.
        if (!imports.kept.isEmpty())
            Q_EMIT failed(QString(),
                tr("An import that was cut short left these behind, and they were used since, so Berth "
                   "kept them: %1.")
                    .arg(imports.kept.join(QStringLiteral("; "))));
    });
}

void Actions::refreshNetworks()
{
    EngineReply *reply = NetworksApi(m_client).list();
    connect(reply, &EngineReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError())
            return; // the field still takes a typed name
        const QStringList names = NetworksApi::parseNames(reply->body());
        if (names != m_networks) {
            m_networks = names;
            Q_EMIT networksChanged();
        }
    });
}

LogSession *Actions::openLogs(const QString &id, QObject *owner)
{
    auto *session = new LogSession(m_client, id, owner);
    session->start();
    return session;
}

namespace {
const QString TryName = QStringLiteral("berth-try-web");
}

QString Actions::tryWebServerId() const
{
    for (const ContainerInfo &c : m_containers->rows()) {
        if (c.name() == TryName)
            return c.id;
    }
    return {};
}

QString Actions::localTag(const std::function<bool(const QString &)> &wanted) const
{
    for (const ImageInfo &image : m_images->rows()) {
        for (const QString &tag : image.repoTags) {
            if (!tag.startsWith(QLatin1String("berth-helper")) && wanted(tag))
                return tag;
        }
    }
    return {};
}

QVariantMap Actions::tryWebServer()
{
    // nginx when it is here (the usual first example); no registry may be reachable, so else
    // an image that is: busybox has a small web server, anything else runs as it is.
    const QString nginx = localTag([](const QString &tag) {
        return tag.startsWith(QLatin1String("nginx:")) || tag.contains(QLatin1String("/nginx:"));
    });
    const QString busybox
        = localTag([](const QString &tag) { return tag.contains(QLatin1String("busybox")); });
    const QString any = localTag([](const QString &) { return true; });
    RunOptions options;
    options.name = TryName;
    QString reason;
    if (!nginx.isEmpty()) {
        options.image = nginx;
        options.ports.append({QString(), QStringLiteral("8080"), QStringLiteral("80")});
        reason = tr("nginx is here: it serves its welcome page on port 80.");
    } else if (!busybox.isEmpty()) {
        options.image = busybox;
        options.command = QStringLiteral("sh -c 'mkdir -p /www && echo \"<h1>Hello from Berth</h1>\" > "
                                         "/www/index.html && exec httpd -f -v -p 80 -h /www'");
        options.ports.append({QString(), QStringLiteral("8080"), QStringLiteral("80")});
        reason = tr(
            "nginx is not here and no registry may be reachable to pull it, so busybox's small web server "
            "(httpd) stands in for it.");
    } else if (!any.isEmpty()) {
        options.image = any;
        reason = tr("Neither nginx nor busybox is here: %1 runs as it is instead.").arg(any);
    } else {
        return {{QStringLiteral("error"),
            tr("No image is here yet. Pull one on the Images page (docker pull nginx), then try again.")}};
    }
    // A published port needs the engine's bridge network; without one the container still runs.
    if (!m_networks.contains(QStringLiteral("bridge"))) {
        options.network = QStringLiteral("none");
        options.ports.clear();
        reason += QLatin1Char(' ') + tr("This engine has no bridge network, so no port is published here.");
    }
    const QString command = DockerCommands::text(options.dockerArguments());
    createAndStart(options, command, m_history->begin(command), true);
    return {{QStringLiteral("image"), options.image}, {QStringLiteral("command"), command},
        {QStringLiteral("reason"), reason}};
}

QVariantMap Actions::tryMakeVolume()
{
    const QString volume = QStringLiteral("berth-try-data");
    // busybox has sh; any image probably does.
    QString image = localTag([](const QString &tag) { return tag.contains(QLatin1String("busybox")); });
    if (image.isEmpty())
        image = localTag([](const QString &) { return true; });
    if (image.isEmpty())
        return {{QStringLiteral("error"),
            tr("No image is here yet to write the file with. Pull one on the Images page (docker pull "
               "busybox), then try again.")}};
    const QString script
        = QStringLiteral("echo 'Hello from Berth' > /data/hello.txt && date > /data/made-at.txt");
    const QStringList run {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
        QStringLiteral("none"), QStringLiteral("-v"), volume + QStringLiteral(":/data"), image,
        QStringLiteral("sh"), QStringLiteral("-c"), script};
    const QString command = DockerCommands::text({QStringLiteral("volume"), QStringLiteral("create"), volume})
        + QStringLiteral(" && ") + DockerCommands::text(run);
    const int row = m_history->begin(command);
    VolumeCreateOptions options;
    options.name = volume;
    EngineReply *created = VolumesApi(m_client).create(options);
    connect(created, &EngineReply::finished, this, [this, created, image, script, volume, command, row] {
        created->deleteLater();
        if (created->error().isError()) {
            m_history->finish(row, created->error().toString());
            Q_EMIT failed(command, created->error().toString());
            return;
        }
        const QJsonObject body {{QStringLiteral("Image"), image},
            {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("sh"), QStringLiteral("-c"), script}},
            {QStringLiteral("HostConfig"),
                QJsonObject {{QStringLiteral("Binds"), QJsonArray {volume + QStringLiteral(":/data")}},
                    {QStringLiteral("NetworkMode"), QStringLiteral("none")},
                    {QStringLiteral("AutoRemove"), true}}}};
        EngineReply *made = ContainersApi(m_client).create(body);
        connect(made, &EngineReply::finished, this, [this, made, command, row] {
            made->deleteLater();
            const QString id = made->json().object().value(QLatin1String("Id")).toString();
            EngineReply *started = made->error().isError() ? nullptr : ContainersApi(m_client).start(id);
            if (!started) {
                m_history->finish(row, made->error().toString());
                Q_EMIT failed(command, made->error().toString());
                return;
            }
            connect(started, &EngineReply::finished, this, [this, started, command, row] {
                started->deleteLater();
                m_history->finish(row, started->error().isError() ? started->error().toString() : QString());
                if (started->error().isError())
                    Q_EMIT failed(command, started->error().toString());
                else
                    Q_EMIT succeeded(command);
            });
        });
    });
    return {{QStringLiteral("command"), command}};
}

QString Actions::latestBackupOf(const QString &volume) const
{
    const QDir dir(backupFolder());
    const QStringList found
        = dir.entryList({volume + QStringLiteral("-") + QString(8, QLatin1Char('?')) + QLatin1Char('-')
                            + QString(6, QLatin1Char('?')) + QStringLiteral(".tar.gz")},
            QDir::Files, QDir::Name);
    return found.isEmpty() ? QString() : dir.filePath(found.last());
}

QVariantMap Actions::tryRemoveWebServer()
{
    const QString id = tryWebServerId();
    if (!id.isEmpty())
        removeContainer(id, TryName, true, false);
    return {{QStringLiteral("command"), DockerCommands::text(DockerCommands::remove(TryName, true, false))}};
}

StatsSession *Actions::openStats(const QString &id, QObject *owner)
{
    auto *session = new StatsSession(m_client, id, owner);
    session->start();
    return session;
}

TerminalSession *Actions::openTerminal(
    const QString &id, const QString &name, const QString &command, bool attach, QObject *owner)
{
    auto *session = new TerminalSession(m_client, id, name, owner);
    if (attach)
        session->setMode(TerminalSession::Mode::Attach);
    else
        session->setCommand(ShellWords::split(command));
    // In the history once it runs or fails, with the command it equals.
    connect(session, &TerminalSession::stateChanged, this, [this, session, recorded = false]() mutable {
        if (recorded
            || (session->state() != TerminalSession::Running && session->state() != TerminalSession::Failed))
            return;
        recorded = true;
        m_history->finish(m_history->begin(session->command()), session->errorString());
    });
    session->start();
    return session;
}

QString Actions::logsCommand(const QString &name, bool follow, int tail, const QString &since) const
{
    return DockerCommands::text(DockerCommands::logs(name, follow, tail, since));
}

void Actions::copyToClipboard(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}
