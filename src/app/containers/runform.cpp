// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/containers/runform.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>

namespace {
QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}
} // namespace

RunForm::RunForm(QObject *parent)
    : QObject(parent)
{
}

RunOptions RunForm::options() const
{
    RunOptions o;
    o.image = m_image.trimmed();
    o.name = m_name.trimmed();
    o.interactive = m_interactive;
    o.command = m_command;
    for (const QString &line : lines(m_ports)) {
        bool ok = false;
        const RunOptions::Port p = RunOptions::parsePort(line, &ok);
        if (ok)
            o.ports << p;
    }
    for (const QString &line : lines(m_volumes)) {
        bool ok = false;
        const RunOptions::Mount m = RunOptions::parseMount(line, &ok);
        if (ok)
            o.mounts << m;
    }
    o.env = lines(m_environment);
    o.workingDir = m_workingDir.trimmed();
    o.user = m_user.trimmed();
    o.restart = m_restart.trimmed();
    o.autoRemove = m_autoRemove;
    o.labels = lines(m_labels);
    o.network = m_network.trimmed();
    o.memory = m_memory.trimmed();
    o.cpus = m_cpus.trimmed();
    o.healthCmd = m_healthCmd.trimmed();
    o.healthInterval = m_healthInterval.trimmed();
    o.healthTimeout = m_healthTimeout.trimmed();
    o.healthRetries = m_healthRetries.trimmed();
    o.healthStartPeriod = m_healthStartPeriod.trimmed();
    o.noHealthcheck = m_noHealthcheck;
    return o;
}

QVariantMap RunForm::problems() const
{
    QVariantMap out;
    for (const QString &line : lines(m_ports)) {
        bool ok = false;
        RunOptions::parsePort(line, &ok);
        if (!ok)
            out.insert(QStringLiteral("ports"),
                tr("'%1' is not a port mapping such as 8080:80 or 127.0.0.1:53:53/udp.").arg(line));
    }
    for (const QString &line : lines(m_volumes)) {
        bool ok = false;
        RunOptions::parseMount(line, &ok);
        if (!ok)
            out.insert(QStringLiteral("mounts"),
                tr("'%1' is not a mount such as data:/app/data or /host/folder:/data:ro.").arg(line));
    }
    for (const RunOptions::Problem &p : options().validate()) {
        if (!out.contains(p.field))
            out.insert(p.field, p.message);
    }
    return out;
}

QString RunForm::portWarning() const
{
    for (const RunOptions::Port &p : options().ports) {
        if (p.hostPort.isEmpty() || p.protocol != QLatin1String("tcp"))
            continue;
        QTcpServer probe;
        const QHostAddress address
            = p.hostIp.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(p.hostIp);
        if (!probe.listen(address, quint16(p.hostPort.toUInt()))
            && probe.serverError() == QAbstractSocket::AddressInUseError)
            return tr("Port %1 is already in use on this computer; the container may fail to start.")
                .arg(p.hostPort);
    }
    return {};
}

void RunForm::reset()
{
    for (QString *field : {&m_image, &m_name, &m_command, &m_ports, &m_volumes, &m_environment, &m_workingDir,
             &m_user, &m_labels, &m_network, &m_memory, &m_cpus, &m_healthCmd, &m_healthInterval,
             &m_healthTimeout, &m_healthRetries, &m_healthStartPeriod})
        field->clear();
    m_restart = QStringLiteral("no");
    m_interactive = m_autoRemove = m_noHealthcheck = false;
    Q_EMIT changed();
}

QString RunForm::importEnvFile(const QUrl &file)
{
    QFile f(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(f.fileName(), f.errorString());
    const QStringList entries = RunOptions::parseEnvFile(QString::fromUtf8(f.readAll()));
    QStringList current = lines(m_environment);
    current << entries;
    m_environment = current.join(QLatin1Char('\n'));
    Q_EMIT changed();
    return {};
}
