// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

/**
 * A desktop secret store of the test's own: a session bus (dbus-daemon) and GNOME Keyring's
 * Secret Service on it, its login key ring made and unlocked with a password from stdin, in a
 * HOME of its own, so that docker-credential-secretservice really stores and finds secrets. The
 * test's env() leads helpers there; both processes are the test's and are stopped at its end.
 * A missing dbus-daemon or gnome-keyring-daemon fails the test.
 */
class PrivateKeyring
{
public:
    PrivateKeyring()
    {
        EXPECT_TRUE(m_home.isValid());
        QDir(m_home.path()).mkdir(QStringLiteral("run"));
        QFile::setPermissions(
            m_home.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_bus.start(QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                QStringLiteral("--address=unix:path=") + m_home.filePath(QStringLiteral("bus")),
                QStringLiteral("--print-address=1")});
        if (!m_bus.waitForStarted(10000) || !m_bus.waitForReadyRead(10000)) {
            ADD_FAILURE() << "dbus-daemon did not start: " << qPrintable(m_bus.errorString());
            return;
        }
        const QString address = QString::fromUtf8(m_bus.readLine()).trimmed();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("share")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        m_keyring.setProcessEnvironment(m_env);
        m_keyring.setProcessChannelMode(QProcess::MergedChannels);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
            {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(10000)) {
            ADD_FAILURE() << "gnome-keyring-daemon did not start: " << qPrintable(m_keyring.errorString());
            return;
        }
        m_keyring.write("berth-test-keyring");
        m_keyring.waitForBytesWritten(5000); // no event loop turns here to write it
        m_keyring.closeWriteChannel();
        // Up when the Secret Service answers on the bus.
        for (int i = 0; i < 100; ++i) {
            QProcess ask;
            ask.setProcessEnvironment(m_env);
            ask.start(QStringLiteral("dbus-send"),
                {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                    QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                    QStringLiteral("string:org.freedesktop.secrets")});
            ask.waitForFinished(5000);
            if (ask.readAllStandardOutput().contains("boolean true")) {
                m_ready = true;
                return;
            }
            QProcess::execute(QStringLiteral("sleep"), {QStringLiteral("0.1")});
        }
        ADD_FAILURE() << "gnome-keyring-daemon's Secret Service did not come: "
                      << m_keyring.readAll().constData();
    }
    ~PrivateKeyring()
    {
        for (QProcess *p : {&m_keyring, &m_bus}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(5000)) {
                    p->kill();
                    p->waitForFinished(5000);
                }
            }
        }
    }
    bool ready() const { return m_ready; }
    /// DBUS_SESSION_BUS_ADDRESS, HOME and XDG folders of this key ring.
    const QProcessEnvironment &env() const { return m_env; }

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QProcessEnvironment m_env;
    bool m_ready = false;
};
