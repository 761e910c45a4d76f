// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/images/imageactions.h"

#include "app/actioncontext.h"
#include "engine/imagesapi.h"
#include "jobs/buildjob.h"
#include "jobs/pushjob.h"
#include "learn/dockercommands.h"
#include "model/imageinfo.h"
#include "model/imagemodel.h"
#include "model/imagereference.h"

ImageActions::ImageActions(ActionContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void ImageActions::pullImage(const QString &reference)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty()) {
        m_context->refuse(
            DockerCommands::pull(ref), tr("Write the image to pull, such as nginx or nginx:1.25."));
        return;
    }
    m_context->pull(ref);
}

void ImageActions::removeImage(const QString &id, const QString &reference, bool force)
{
    const QString what = reference.isEmpty() ? id : reference;
    m_context->perform(
        DockerCommands::removeImage(what, force), ImagesApi(m_context->client()).remove(what, force));
}

void ImageActions::tagImage(const QString &id, const QString &source, const QString &target)
{
    const ImageReference parsed = ImageReference::parse(target);
    m_context->perform(DockerCommands::tag(source.isEmpty() ? id : source, target),
        ImagesApi(m_context->client()).tag(id, parsed.repository(), parsed.tag()));
}

void ImageActions::pushImage(const QString &reference)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty() || ref.startsWith(QLatin1String("sha256:"))) {
        m_context->refuse(DockerCommands::push(ref),
            tr("Only a tagged image can be pushed: tag it for a registry first (Tag…), such as "
               "registry.example.com/team/app:1."));
        return;
    }
    m_context->track(new PushJob(m_context->client(), ref));
}

QStringList ImageActions::prunableImages(bool all) const
{
    QStringList names;
    for (const ImageInfo &i : m_context->images()->rows()) {
        if (i.containers > 0)
            continue;
        if (all || i.isDangling())
            names << (i.repoTags.isEmpty() ? i.shortId() : i.repoTags.join(QStringLiteral(", ")));
    }
    return names;
}

void ImageActions::pruneImages(bool all)
{
    QMap<QString, QStringList> filters;
    if (all)
        filters.insert(QStringLiteral("dangling"), {QStringLiteral("false")});
    m_context->perform(DockerCommands::imagePrune(all), ImagesApi(m_context->client()).prune(filters));
}

Job *ImageActions::buildImage(const QString &folder, const QString &dockerfile, const BuildOptions &options)
{
    auto *job = new BuildJob(m_context->client(), folder, dockerfile, options);
    // The dialog shows the output and the error with its line; the banner would say it twice.
    m_context->track(job, false);
    return job;
}
