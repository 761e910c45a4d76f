// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjournal.h"

#include "containersapi.h"
#include "endpoint.h"
#include "engineclient.h"
#include "enginereply.h"
#include "imagesapi.h"
#include "volumehelper.h"
#include "volumesapi.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <memory>

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

void ImportJournal::record(const QString &kind, const QString &name)
{
    m_items.append({kind, name});
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
    for (const auto &[kind, name] : m_items)
        items.append(QJsonObject {{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name}});
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(
            QJsonDocument(QJsonObject {{QStringLiteral("owner"), VolumeHelper::owner()},
                              {QStringLiteral("endpoint"), m_endpoint}, {QStringLiteral("made"), items}})
                .toJson());
        file.commit();
    }
}

void ImportJournal::rollBackLeftovers(
    EngineClient *client, QObject *context, const std::function<void(int)> &done)
{
    // Every step of every journal, newest first; a journal goes once all its steps were tried.
    struct Step
    {
        QString journal, kind, name;
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
        for (qsizetype i = made.size() - 1; i >= 0; --i)
            steps->append({f.fileName(), made[i].toObject().value(QLatin1String("kind")).toString(),
                made[i].toObject().value(QLatin1String("name")).toString()});
    }
    if (journals.isEmpty()) {
        done(0);
        return;
    }
    // The chain holds itself only through the pending reply's connection (weakly otherwise).
    auto next = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weak = next;
    *next = [client, context, steps, journals, done, weak] {
        if (steps->isEmpty()) {
            for (const QString &j : journals)
                QFile::remove(j);
            done(int(journals.size()));
            return;
        }
        const auto next = weak.lock();
        const Step step = steps->takeFirst();
        EngineReply *reply = nullptr;
        if (step.kind == QLatin1String("container")) {
            ContainerRemoveOptions options;
            options.force = true;
            reply = ContainersApi(client).remove(step.name, options);
        } else if (step.kind == QLatin1String("volume")) {
            reply = VolumesApi(client).remove(step.name, true);
        } else {
            reply = ImagesApi(client).remove(step.name);
        }
        QObject::connect(reply, &EngineReply::finished, context, [reply, next] {
            reply->deleteLater();
            (*next)();
        });
    };
    (*next)();
}
