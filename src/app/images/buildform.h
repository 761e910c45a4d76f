// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class Job;

/**
 * The build dialog's backend, as BackupForm is the backup dialog's: the folder, the Dockerfile
 * in it, the tag, build arguments (KEY=VALUE, one a line), target, no-cache and pull, with the
 * problems that keep the build from starting and the docker command it equals. start() hands
 * the job (a BuildJob: output, imageId, failedLine) to the dialog, which shows it live.
 */
class BuildForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString folder MEMBER m_folder NOTIFY changed)
    Q_PROPERTY(QString dockerfile MEMBER m_dockerfile NOTIFY changed)
    Q_PROPERTY(QString tag MEMBER m_tag NOTIFY changed)
    Q_PROPERTY(QString buildArgs MEMBER m_buildArgs NOTIFY changed)
    Q_PROPERTY(QString target MEMBER m_target NOTIFY changed)
    Q_PROPERTY(bool noCache MEMBER m_noCache NOTIFY changed)
    Q_PROPERTY(bool pull MEMBER m_pull NOTIFY changed)
    Q_PROPERTY(QString command READ command NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)

public:
    explicit BuildForm(QObject *parent = nullptr);

    QString command() const;
    QStringList problems() const;
    bool valid() const { return problems().isEmpty(); }
    /// The build as a job, listed on the Jobs page; null when the form is not valid.
    Q_INVOKABLE Job *start();
    /// Empties the form for @p folder.
    Q_INVOKABLE void openFor(const QString &folder);

Q_SIGNALS:
    void changed();

private:
    QList<QPair<QString, QString>> arguments(QString *problem = nullptr) const;

    QString m_folder;
    QString m_dockerfile;
    QString m_tag;
    QString m_buildArgs;
    QString m_target;
    bool m_noCache = false;
    bool m_pull = false;
};
