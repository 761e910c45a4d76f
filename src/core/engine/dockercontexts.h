// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>

/**
 * The docker CLI's context store, read and written as the CLI does, so that an engine added in
 * one is seen by the other: ~/.docker (or DOCKER_CONFIG)/contexts/meta/<sha256 of the name>/
 * meta.json ({"Name", "Metadata": {"Description"}, "Endpoints": {"docker": {"Host",
 * "SkipTLSVerify"}}}), its TLS files in contexts/tls/<sha256>/docker/{ca,cert,key}.pem, and the
 * current one in config.json's "currentContext" (other keys kept). "default" is not stored: it
 * is DOCKER_HOST or the usual socket.
 */
class DockerContexts
{
public:
    struct Context
    {
        QString name;
        QString description;
        QString host; ///< the docker endpoint: unix://, ssh://, tcp://
        bool skipTlsVerify = false;
        QString tlsFolder; ///< holding ca.pem, cert.pem, key.pem; "" without TLS files
        bool current = false;
    };
    struct TlsFiles
    {
        QString ca, cert, key; ///< paths to copy in; "" for none
    };

    explicit DockerContexts(QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    QString configDir() const;
    /// The store's folder name for @p name: the lowercase hex sha256 of it.
    static QString idOf(const QString &name);
    QString metaPath(const QString &name) const;
    QString tlsFolder(const QString &name) const;
    /// The current context as the docker CLI picks it: DOCKER_CONTEXT, else config.json's
    /// currentContext, else "default" (DOCKER_HOST does not change it, as in the CLI).
    QString current() const;
    /// "default" and the stored ones, by name (as docker context ls).
    QList<Context> list() const;
    /// The context @p name (into @p found, when given); false when there is none.
    bool find(const QString &name, Context *found) const;
    /// Makes a context as `docker context create NAME --docker host=…,ca=…,cert=…,key=…` does.
    /// The name must be the CLI's (letters, digits, '.', '_', '-', starting with a letter or digit)
    /// and not taken. "" or what is wrong.
    QString create(const QString &name, const QString &host, const QString &description = {},
        const TlsFiles &tls = {}, bool skipTlsVerify = false) const;
    /// Removes a stored context (not "default", nor the current one unless @p force). "" or why not.
    QString remove(const QString &name, bool force = false) const;
    /// Makes @p name the current one in config.json. "" or why not.
    QString use(const QString &name) const;
    /// The JSON `docker context inspect` shows for @p name.
    QByteArray inspect(const QString &name) const;

    static bool isValidName(const QString &name);

private:
    QProcessEnvironment m_env;
};
