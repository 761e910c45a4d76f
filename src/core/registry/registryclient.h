// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/dockercredentials.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;
class QSslCertificate;
class QNetworkReply;

/// One tag of a repository, as the registry describes its manifest.
struct RegistryTag
{
    QString name;
    QString digest; ///< Docker-Content-Digest of the manifest (or index)
    qint64 size = -1; ///< the config's and layers' sizes summed; -1 for a multi-platform index
    QString mediaType;
    int platforms = 0; ///< manifests in an index
};

/**
 * A registry's own HTTP API (Registry API v2 / OCI distribution), apart from the engine client:
 * the `/v2/` check, the token flow (a 401's WWW-Authenticate: Basic, or Bearer with a token from
 * its realm, asked with the sign-in when there is one), `/v2/_catalog`, a repository's
 * `/tags/list` and each tag's manifest (digest, size). Plain HTTP for a registry on the loopback
 * network (as the engines take it), HTTPS elsewhere. Every answer is untrusted: bodies bounded,
 * JSON checked, lists capped.
 */
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    /// A result: an error message (empty when it worked) and the HTTP status.
    struct Result
    {
        QString error;
        int status = 0;
        /// The registry's TLS certificate was not trusted (its authority unknown here).
        bool untrustedCertificate = false;
        bool ok() const { return error.isEmpty(); }
    };

    RegistryClient(const RegistryCredential &credential, QObject *parent = nullptr);

    QString baseUrl() const;
    /// Whose certs.d folder a TLS message names: Podman's (/etc/containers/certs.d) or Docker's.
    void setEngineIsPodman(bool podman) { m_podman = podman; }

    /// The certificate authorities the engines' certs.d folders name for @p server ("host:port"):
    /// the *.crt files in /etc/docker/certs.d/HOST:PORT/ and /etc/containers/certs.d/HOST:PORT/
    /// (@p roots instead, for the tests), each bounded; so that Berth trusts what the engines do.
    static QList<QSslCertificate> certsDirAuthorities(const QString &server, const QStringList &roots = {});
    /// The folders certsDirAuthorities() reads by default.
    static QStringList certsDirRoots();
    /// GET /v2/ with the sign-in: whether the registry takes it.
    void check(std::function<void(Result)> done);
    /// GET /v2/_catalog (at most @p limit names); many registries (Docker Hub) refuse it.
    void catalog(std::function<void(Result, QStringList)> done, int limit = 1000);
    /// A repository's tags, then each tag's manifest (at most @p limit tags).
    void tags(
        const QString &repository, std::function<void(Result, QList<RegistryTag>)> done, int limit = 200);

    /// The parts of a WWW-Authenticate header: scheme ("bearer"/"basic") and its parameters.
    static QString challengeScheme(const QByteArray &header);
    static QString challengeParameter(const QByteArray &header, const QString &name);
    /// The summed size of a v2/OCI image manifest (config and layers); -1 when it is not one.
    static qint64 manifestSize(const QByteArray &manifest, int *platforms = nullptr);

private:
    using Callback = std::function<void(Result, QNetworkReply *, QByteArray)>;
    void request(const QByteArray &method, const QString &path, const QString &scope,
        const QByteArray &accept, Callback done, bool retried = false);
    void fetchToken(const QByteArray &challenge, const QString &scope, std::function<void(Result)> done);
    QString errorFor(QNetworkReply *reply, const QByteArray &body) const;

    RegistryCredential m_credential;
    QNetworkAccessManager *m_network;
    QByteArray m_authorization; ///< "Basic …" or "Bearer …" for the next request
    QString m_tokenScope;
    QList<QSslCertificate> m_authorities; ///< from certs.d, for this registry
    bool m_podman = false;
};
