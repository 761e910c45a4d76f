// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/images/buildform.h"

#include "app/images/imageactions.h"
#include "engine/imagesapi.h"
#include "learn/dockercommands.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

BuildForm::BuildForm(QObject *parent)
    : QObject(parent)
{
}

void BuildForm::openFor(const QString &folder)
{
    m_folder = folder;
    m_dockerfile.clear();
    m_tag.clear();
    m_buildArgs.clear();
    m_target.clear();
    m_noCache = false;
    m_pull = false;
    Q_EMIT changed();
}

QList<QPair<QString, QString>> BuildForm::arguments(QString *problem) const
{
    QList<QPair<QString, QString>> out;
    for (const QString &line : m_buildArgs.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (l.isEmpty())
            continue;
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (problem && problem->isEmpty())
                *problem = tr("Write each build argument as KEY=VALUE, one a line (\"%1\" is not).").arg(l);
            continue;
        }
        out.append({l.left(eq), l.mid(eq + 1)});
    }
    return out;
}

QStringList BuildForm::problems() const
{
    QStringList out;
    const QString folder = m_folder.trimmed();
    if (folder.isEmpty())
        out << tr("Choose the folder to build: the one that holds the Dockerfile and what it copies.");
    else if (!QFileInfo(folder).isDir())
        out << tr("The folder %1 does not exist.").arg(folder);
    else {
        const QString dockerfile = m_dockerfile.trimmed().isEmpty()
            ? QDir(folder).filePath(QStringLiteral("Dockerfile"))
            : QDir(folder).filePath(m_dockerfile.trimmed());
        if (!QFileInfo(dockerfile).isFile()
            && !(m_dockerfile.trimmed().isEmpty()
                && QFileInfo(QDir(folder).filePath(QStringLiteral("dockerfile"))).isFile()))
            out << tr("There is no Dockerfile at %1.").arg(QDir::cleanPath(dockerfile));
    }
    static const QRegularExpression tag(QStringLiteral("^[a-z0-9][a-z0-9._/:-]*(:[A-Za-z0-9_.-]+)?$"));
    if (!m_tag.trimmed().isEmpty() && !tag.match(m_tag.trimmed()).hasMatch())
        out << tr("A tag is NAME[:TAG] in lowercase, such as my/app:v1.");
    QString problem;
    arguments(&problem);
    if (!problem.isEmpty())
        out << problem;
    return out;
}

QString BuildForm::command() const
{
    BuildOptions options;
    if (!m_tag.trimmed().isEmpty())
        options.tags << m_tag.trimmed();
    options.buildArgs = arguments();
    options.target = m_target.trimmed();
    options.noCache = m_noCache;
    options.pull = m_pull;
    const QString dockerfile = m_dockerfile.trimmed().isEmpty()
        ? QString()
        : QDir(m_folder.trimmed()).filePath(m_dockerfile.trimmed());
    return DockerCommands::buildText(DockerCommands::build(m_folder.trimmed(), dockerfile, options));
}

Job *BuildForm::start()
{
    if (!ImageActions::instance() || !valid())
        return nullptr;
    BuildOptions options;
    if (!m_tag.trimmed().isEmpty())
        options.tags << m_tag.trimmed();
    options.buildArgs = arguments();
    options.target = m_target.trimmed();
    options.noCache = m_noCache;
    options.pull = m_pull;
    return ImageActions::instance()->buildImage(m_folder.trimmed(), m_dockerfile.trimmed(), options);
}
