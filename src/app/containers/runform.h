// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learn/runoptions.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/**
 * The run dialog's backend: the fields as the user types them, the problems found in them
 * (by field, shown beside it), and the `docker run` command they make, live. Lists (ports,
 * volumes, environment, labels) are one entry per line, written as on the docker command line.
 */
class RunForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString image MEMBER m_image NOTIFY changed)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY changed)
    Q_PROPERTY(bool interactive MEMBER m_interactive NOTIFY changed)
    Q_PROPERTY(QString command MEMBER m_command NOTIFY changed)
    Q_PROPERTY(QString ports MEMBER m_ports NOTIFY changed)
    Q_PROPERTY(QString volumes MEMBER m_volumes NOTIFY changed)
    Q_PROPERTY(QString environment MEMBER m_environment NOTIFY changed)
    Q_PROPERTY(QString workingDir MEMBER m_workingDir NOTIFY changed)
    Q_PROPERTY(QString user MEMBER m_user NOTIFY changed)
    Q_PROPERTY(QString restart MEMBER m_restart NOTIFY changed)
    Q_PROPERTY(bool autoRemove MEMBER m_autoRemove NOTIFY changed)
    Q_PROPERTY(QString labels MEMBER m_labels NOTIFY changed)
    Q_PROPERTY(QString network MEMBER m_network NOTIFY changed)
    Q_PROPERTY(QString memory MEMBER m_memory NOTIFY changed)
    Q_PROPERTY(QString cpus MEMBER m_cpus NOTIFY changed)
    Q_PROPERTY(QString healthCmd MEMBER m_healthCmd NOTIFY changed)
    Q_PROPERTY(QString healthInterval MEMBER m_healthInterval NOTIFY changed)
    Q_PROPERTY(QString healthTimeout MEMBER m_healthTimeout NOTIFY changed)
    Q_PROPERTY(QString healthRetries MEMBER m_healthRetries NOTIFY changed)
    Q_PROPERTY(QString healthStartPeriod MEMBER m_healthStartPeriod NOTIFY changed)
    Q_PROPERTY(bool noHealthcheck MEMBER m_noHealthcheck NOTIFY changed)
    Q_PROPERTY(QString dockerCommand READ dockerCommand NOTIFY changed)
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString portWarning READ portWarning NOTIFY changed)

public:
    explicit RunForm(QObject *parent = nullptr);

    /// The options the fields make; lines that cannot be read are reported by problems().
    RunOptions options() const;
    QString dockerCommand() const { return options().dockerCommand(); }
    QVariantMap problems() const;
    bool valid() const { return problems().isEmpty(); }
    /// A host port that something on this machine already listens on (a warning, not an error:
    /// the engine may be on another machine).
    QString portWarning() const;

    /// The problem with one field (image, name, ports …), or an empty text.
    Q_INVOKABLE QString problemFor(const QString &field) const { return problems().value(field).toString(); }
    Q_INVOKABLE void reset();
    /// Appends the KEY=VALUE lines of an env file to the environment. Returns an error text.
    Q_INVOKABLE QString importEnvFile(const QUrl &file);

Q_SIGNALS:
    void changed();

private:
    QString m_image, m_name, m_command, m_ports, m_volumes, m_environment, m_workingDir, m_user;
    QString m_restart = QStringLiteral("no");
    QString m_labels, m_network, m_memory, m_cpus;
    QString m_healthCmd, m_healthInterval, m_healthTimeout, m_healthRetries, m_healthStartPeriod;
    bool m_noHealthcheck = false;
    bool m_interactive = false;
    bool m_autoRemove = false;
};
