// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/importjournal.h"

#include "engine/containersapi.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "engine/volumesapi.h"
#include "jobs/volumehelper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <memory>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportJournal)
};
} // namespace

QString ImportJournal::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/imports");
}

ImportJournal::ImportJournal(QString endpoint)
    : m_endpoint(std::move(endpoint))
    , m_path(
          folder() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".json"))
{
}

ImportJournal::~ImportJournal() = default;

void ImportJournal::record(const QString &kind, const QString &name, const QJsonObject &facts)
{
    m_items.append({kind, name, facts});
    write();
}

void ImportJournal::amend(const QString &kind, const QString &name, const QJsonObject &facts)
{
    for (Item &item : m_items) {
        if (item.kind == kind && item.name == name) {
            for (auto it = facts.begin(); it != facts.end(); ++it)
                item.facts.insert(it.key(), it.value());
        }
    }
    write();
}

void ImportJournal::clear()
{
    m_items.clear();
    QFile::remove(m_path);
}

void ImportJournal::write() const
{
    QDir().mkpath(folder());
    QJsonArray items;
    for (const Item &item : m_items) {
        QJsonObject o = item.facts;
        o.insert(QStringLiteral("kind"), item.kind);
        o.insert(QStringLiteral("name"), item.name);
        items.append(o);
    }
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(
            QJsonDocument(QJsonObject {{QStringLiteral("owner"), VolumeHelper::owner()},
                              {QStringLiteral("endpoint"), m_endpoint}, {QStringLiteral("made"), items}})
                .toJson());
        file.commit();
    }
}

namespace {

/// One step of a rollback: looks whether the thing is still as the import left it, undoes it
/// if so, and says in @p outcome what happened. @p next runs once it is settled.
class Undo
{
public:
    Undo(EngineClient *client, QObject *context, ImportJournal::Outcome *outcome, std::function<void()> next)
        : m_client(client)
        , m_context(context)
        , m_outcome(outcome)
        , m_next(std::move(next))
    {
    }

    void run(const QString &kind, const QString &name, const QJsonObject &facts)
    {
        if (kind == QLatin1String("container"))
            container(name);
        else if (kind == QLatin1String("replaced"))
            replaced(name, facts);
        else if (kind == QLatin1String("volume"))
            volume(name);
        else if (kind == QLatin1String("image"))
            image(name, facts);
        else
            m_next();
    }

private:
    template<typename F> void then(EngineReply *reply, F f)
    {
        QObject::connect(reply, &EngineReply::finished, m_context, [reply, f] {
            reply->deleteLater();
            f(reply);
        });
    }
    void kept(const QString &what)
    {
        m_outcome->kept << what;
        m_next();
    }
    void undone(const QString &what)
    {
        m_outcome->undone << what;
        m_next();
    }

    void container(const QString &id)
    {
        then(ContainersApi(m_client).inspect(id), [this, id](EngineReply *inspected) {
            if (inspected->error().kind() == EngineError::NotFound)
                return m_next(); // gone already
            if (inspected->error().isError())
                return kept(Tr::tr("container %1 (%2)").arg(id.left(12), inspected->error().message()));
            const QJsonObject state = inspected->json().object().value(QLatin1String("State")).toObject();
            const QString name
                = inspected->json().object().value(QLatin1String("Name")).toString().remove(0, 1);
            if (state.value(QLatin1String("Running")).toBool() || startedSince(state))
                return kept(Tr::tr("container %1: it was started after the import was cut short, so it "
                                   "stays (docker rm %1 removes it)")
                                .arg(name));
            ContainerRemoveOptions options;
            options.volumes = true; // the anonymous volumes the engine made with it
            then(ContainersApi(m_client).remove(id, options), [this, name](EngineReply *removed) {
                if (removed->error().isError() && removed->error().kind() != EngineError::NotFound)
                    return kept(Tr::tr("container %1 (%2)").arg(name, removed->error().message()));
                undone(Tr::tr("container %1").arg(name));
            });
        });
    }

    static bool startedSince(const QJsonObject &state)
    {
        const QString started = state.value(QLatin1String("StartedAt")).toString();
        return !started.isEmpty() && !started.startsWith(QLatin1String("0001-01-01"));
    }

    /// The container an import replaces is renamed while the new one is tried; it gets its name
    /// back (and runs again if it ran) when the new one did not stay.
    void replaced(const QString &id, const QJsonObject &facts)
    {
        const QString original = facts.value(QLatin1String("original")).toString();
        const bool ran = facts.value(QLatin1String("running")).toBool();
        then(ContainersApi(m_client).rename(id, original), [this, id, original, ran](EngineReply *renamed) {
            if (renamed->error().kind() == EngineError::NotFound)
                return m_next();
            if (renamed->error().isError())
                return kept(Tr::tr("container %1, which an import was replacing, keeps its temporary name "
                                   "(%2); docker rename %3 %1 gives its name back")
                                .arg(original, renamed->error().message(), id.left(12)));
            if (!ran)
                return undone(Tr::tr("container %1 has its name back").arg(original));
            then(ContainersApi(m_client).start(id), [this, original](EngineReply *started) {
                if (started->error().isError())
                    return kept(Tr::tr("container %1 has its name back but did not start (%2)")
                                    .arg(original, started->error().message()));
                undone(Tr::tr("container %1 has its name back and runs again").arg(original));
            });
        });
    }

    void volume(const QString &name)
    {
        // A volume has no id, and its CreatedAt is no identity either (Docker 20.10's local driver
        // reports the folder's time, which the restore itself changes): what tells whether the user
        // took it up since is whether a container refers to it.
        then(VolumesApi(m_client).inspect(name), [this, name](EngineReply *inspected) {
            if (inspected->error().kind() == EngineError::NotFound)
                return m_next();
            if (inspected->error().isError())
                return kept(Tr::tr("volume %1 (%2)").arg(name, inspected->error().message()));
            // Not forced: the engine refuses while any container refers to it.
            then(VolumesApi(m_client).remove(name), [this, name](EngineReply *removed) {
                if (removed->error().kind() == EngineError::Conflict)
                    return kept(Tr::tr("volume %1: a container uses it now, so it stays (docker volume rm %1 "
                                       "removes it once that container is gone)")
                                    .arg(name));
                if (removed->error().isError() && removed->error().kind() != EngineError::NotFound)
                    return kept(Tr::tr("volume %1 (%2)").arg(name, removed->error().message()));
                undone(Tr::tr("volume %1").arg(name));
            });
        });
    }

    void image(const QString &name, const QJsonObject &facts)
    {
        then(ImagesApi(m_client).inspect(name), [this, name, facts](EngineReply *inspected) {
            if (inspected->error().kind() == EngineError::NotFound)
                return m_next();
            if (inspected->error().isError())
                return kept(Tr::tr("image %1 (%2)").arg(name, inspected->error().message()));
            const QString id = facts.value(QLatin1String("id")).toString();
            if (!id.isEmpty() && inspected->json().object().value(QLatin1String("Id")).toString() != id)
                return kept(Tr::tr("image %1: the name points to another image now, so it stays").arg(name));
            // Not forced: the engine refuses while a container uses it.
            then(ImagesApi(m_client).remove(name), [this, name](EngineReply *removed) {
                if (removed->error().kind() == EngineError::Conflict)
                    return kept(Tr::tr("image %1: a container uses it now, so it stays").arg(name));
                if (removed->error().isError() && removed->error().kind() != EngineError::NotFound)
                    return kept(Tr::tr("image %1 (%2)").arg(name, removed->error().message()));
                undone(Tr::tr("image %1").arg(name));
            });
        });
    }

    EngineClient *m_client;
    QObject *m_context;
    ImportJournal::Outcome *m_outcome;
    std::function<void()> m_next;
};

} // namespace

void ImportJournal::rollBackLeftovers(
    EngineClient *client, QObject *context, const std::function<void(const Outcome &)> &done)
{
    // Every step of every journal, newest first; a journal goes once all its steps were tried.
    struct Step
    {
        QString kind, name;
        QJsonObject facts;
    };
    auto steps = std::make_shared<QList<Step>>();
    QStringList journals;
    const QDir dir(folder());
    for (const QString &entry : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(entry));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        if (o.value(QLatin1String("endpoint")).toString() != client->endpoint().url()
            || !VolumeHelper::ownerIsGone(o.value(QLatin1String("owner")).toString()))
            continue;
        journals << f.fileName();
        const QJsonArray made = o.value(QLatin1String("made")).toArray();
        for (qsizetype i = made.size() - 1; i >= 0; --i) {
            const QJsonObject item = made[i].toObject();
            steps->append({item.value(QLatin1String("kind")).toString(),
                item.value(QLatin1String("name")).toString(), item});
        }
    }
    auto outcome = std::make_shared<Outcome>();
    outcome->journals = int(journals.size());
    if (journals.isEmpty()) {
        done(*outcome);
        return;
    }
    // The chain holds itself only through the pending reply's connection (weakly otherwise).
    auto next = std::make_shared<std::function<void()>>();
    auto undo = std::make_shared<std::unique_ptr<Undo>>();
    std::weak_ptr<std::function<void()>> weak = next;
    *next = [client, context, steps, journals, done, weak, outcome, undo] {
        if (steps->isEmpty()) {
            for (const QString &j : journals)
                QFile::remove(j);
            done(*outcome);
            undo->reset();
            return;
        }
        const auto next = weak.lock();
        const Step step = steps->takeFirst();
        *undo = std::make_unique<Undo>(client, context, outcome.get(), [next, context] {
            // Not from inside the step that ends: it is replaced by the next one.
            QMetaObject::invokeMethod(
                context, [next] { (*next)(); }, Qt::QueuedConnection);
        });
        (*undo)->run(step.kind, step.name, step.facts);
    };
    (*next)();
}
