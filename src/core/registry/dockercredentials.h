// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

/// A registry sign-in: a user and password, or an identity token (the user is then "<token>").
struct RegistryCredential
{
    QString server; ///< as config.json keys it: "host[:port]", Docker Hub's "https://index.docker.io/v1/"
    QString username;
    QString password;
    QString identityToken;
    bool isEmpty() const { return username.isEmpty() && password.isEmpty() && identityToken.isEmpty(); }
};

/// One registry config.json (or its helpers) knows, for the Registries page and tests.
struct KnownRegistry
{
    QString server;
    QString username; ///< empty when the store does not say
    QString store; ///< the helper holding it ("pass"), empty for config.json itself
};

/**
 * The docker CLI's registry credentials, read and written as it does: ~/.docker/config.json (or
 * DOCKER_CONFIG) `auths` (base64 "user:password" in `auth`, `identitytoken`), `credsStore` and
 * `credHelpers`, whose `docker-credential-NAME` helper answers get/store/erase/list over stdin
 * and stdout. With no credsStore, the helper docker would pick on this machine (pass, else
 * secretservice) is used, as docker does. config.json is written under a temporary name and
 * renamed, every key Berth does not know kept.
 *
 * A helper is run with a time limit, its output bounded and checked; its failures come back as
 * text that names the helper.
 */
class DockerCredentials
{
public:
    explicit DockerCredentials(QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    /// Docker Hub's key in config.json.
    static QString dockerHubServer();
    /// The config.json key for a registry as written by a user ("docker.io", "https://host/v2/",
    /// "host:5000"): Docker Hub's own key for Hub, else the host[:port].
    static QString serverKey(const QString &registry);
    /// The registry an image reference names ("127.0.0.1:5000/team/app:1" → "127.0.0.1:5000"),
    /// Docker Hub's key when it names none.
    static QString registryOf(const QString &imageReference);
    /// A registry on the loopback network, which the engines reach over plain HTTP.
    static bool isLoopback(const QString &server);

    QString configPath() const;
    /// The helper that holds @p server's credentials (credHelpers, else credsStore, else the
    /// default docker would detect), or empty for config.json itself.
    QString helperFor(const QString &server) const;

    /// @p server's credentials (empty when there are none). @p error gets a helper's failure.
    RegistryCredential get(const QString &server, QString *error = nullptr) const;
    /// Stores @p credential (an identity token instead of the password when it has one).
    /// @p plainText says whether it went into config.json as it is. @p helper, when given, is
    /// the store the user chose (secretStoreHelper()): it holds the secret and becomes
    /// config.json's credsStore, so that docker uses it too. Returns an error or "".
    QString store(const RegistryCredential &credential, bool *plainText = nullptr,
        const QString &helper = QString()) const;
    /// The helper that keeps secrets in the desktop's secret store (Secret Service: GNOME
    /// Keyring, KWallet): docker's own docker-credential-secretservice.
    static QString secretStoreHelper();
    /// Whether the desktop's secret store can be offered for @p server: its helper is installed,
    /// config.json names no store for it (credsStore, credHelpers) and keeps no other registry's
    /// password itself (docker would stop finding it), and the store docker would pick on its
    /// own is another one or none.
    bool secretStoreOffered(const QString &server) const;
    /// Removes @p server's credentials; @p existed says whether there were any. Error or "".
    QString erase(const QString &server, bool *existed = nullptr) const;
    /// Every registry config.json and its helpers know.
    QList<KnownRegistry> known(QString *error = nullptr) const;

    /// The X-Registry-Auth header value for @p credential (base64url JSON), empty when empty.
    static QByteArray registryAuthHeader(const RegistryCredential &credential);
    /// The JSON body of POST /auth.
    static QByteArray authBody(const RegistryCredential &credential);

    /// Runs docker-credential-@p helper @p action with @p input; the output or "" and @p error.
    QByteArray runHelper(
        const QString &helper, const QString &action, const QByteArray &input, QString *error) const;
    /// The docker-credential-@p helper program on PATH, or "" and @p error (a bad name, not
    /// installed). For CredentialLookup, which runs it without waiting.
    QString helperProgram(const QString &helper, QString *error) const;
    /// The credential a helper's `get` answered for @p server (its JSON; "<token>" is an identity
    /// token).
    static RegistryCredential fromHelperAnswer(const QString &server, const QByteArray &answer);
    /// A helper that failed with @p said: "" when it is the protocol's "nothing stored", else the
    /// message naming it.
    static QString helperFailure(const QString &helper, const QString &action, const QByteArray &said);
    /// How long a helper may take, and how much it may write.
    static constexpr int HelperTimeoutMs = 20000;
    static constexpr qint64 HelperOutputLimit = 1 << 20;

private:
    QString defaultStore() const;
    QString findProgram(const QString &name) const;

    QProcessEnvironment m_env;
};
