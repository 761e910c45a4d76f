// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/containerrun.h"

#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "jobs/pulljob.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContainerRun)
};
} // namespace

ContainerRun::ContainerRun(EngineClient *client, RunOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
}

void ContainerRun::start()
{
    create(true);
}

void ContainerRun::create(bool mayPull)
{
    EngineReply *created = ContainersApi(m_client).create(m_options.toCreateBody(), m_options.name);
    connect(created, &EngineReply::finished, this, [this, created, mayPull] {
        created->deleteLater();
        const EngineError error = created->error();
        if (mayPull && error.kind() == EngineError::NotFound) {
            // Something named is not here: the image, or a network or volume driver. Which one is
            // asked of the engine, not read from its message.
            EngineReply *image = ImagesApi(m_client).inspect(m_options.image);
            connect(image, &EngineReply::finished, this, [this, image, error] {
                image->deleteLater();
                if (image->error().kind() != EngineError::NotFound)
                    return finish(error);
                auto *pull = new PullJob(m_client, m_options.image, this);
                connect(pull, &Job::finished, this, [this, pull] {
                    if (pull->state() == Job::Succeeded)
                        return create(false);
                    const QString why
                        = pull->errorString().isEmpty() ? Tr::tr("cancelled") : pull->errorString();
                    finish(EngineError(EngineError::NotFound,
                        Tr::tr("The image %1 is not here and could not be pulled: %2")
                            .arg(m_options.image, why)));
                });
                if (m_starter)
                    m_starter(pull);
                else
                    pull->start();
            });
            return;
        }
        if (error.isError())
            return finish(error);
        m_id = created->json().object().value(QLatin1String("Id")).toString();
        EngineReply *started = ContainersApi(m_client).start(m_id);
        connect(started, &EngineReply::finished, this, [this, started] {
            started->deleteLater();
            finish(started->error());
        });
    });
}

void ContainerRun::finish(const EngineError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}
