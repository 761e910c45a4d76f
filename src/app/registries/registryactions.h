// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class ActionContext;
class RegistryClient;

/**
 * The Registries page's backend: the registries the docker CLI's config.json (and its credential
 * helpers) know, who is signed in, sign in (checked by the engine's POST /auth, kept as docker
 * keeps it; a password in plain text only with the user's word) and out, a check of the sign-in
 * against the registry itself, and what a registry holds (catalog, a repository's tags with
 * digests and sizes) through RegistryClient, apart from the engine.
 */
class RegistryActions : public QObject, public AppSingleton<RegistryActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// [{server, name, username, store}]
    Q_PROPERTY(QVariantList registries READ registries NOTIFY registriesChanged)
    Q_PROPERTY(QString configPath READ configPath NOTIFY registriesChanged)
    Q_PROPERTY(QString registriesError READ registriesError NOTIFY registriesChanged)
    /// The registry being browsed, its repositories and the chosen repository's tags
    /// ([{name, digest, size, platforms}]).
    Q_PROPERTY(QString browsedServer READ browsedServer NOTIFY browseChanged)
    Q_PROPERTY(QStringList repositories READ repositories NOTIFY browseChanged)
    Q_PROPERTY(QString repository READ repository NOTIFY browseChanged)
    Q_PROPERTY(QVariantList tags READ tags NOTIFY browseChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY browseChanged)
    Q_PROPERTY(QString browseMessage READ browseMessage NOTIFY browseChanged)

public:
    explicit RegistryActions(ActionContext *context, QObject *parent = nullptr);

    QVariantList registries() const { return m_registries; }
    QString configPath() const;
    QString registriesError() const { return m_registriesError; }
    QString browsedServer() const { return m_server; }
    QStringList repositories() const { return m_repositories; }
    QString repository() const { return m_repository; }
    QVariantList tags() const { return m_tags; }
    bool busy() const { return m_busy; }
    QString browseMessage() const { return m_browseMessage; }

    /// Reads config.json and its helpers again.
    Q_INVOKABLE void refresh();
    /// Whether a sign-in to @p server would go into config.json as it is (no helper).
    Q_INVOKABLE bool storesInPlainText(const QString &server) const;
    /// The docker login command for the history and the dialog.
    Q_INVOKABLE QString loginCommand(const QString &server, const QString &user) const;
    /// Whether the sign-in can offer the desktop's secret store (DockerCredentials::secretStoreOffered).
    Q_INVOKABLE bool secretStoreOffered(const QString &server) const;
    /// Signs in through the engine and keeps the sign-in; @p plainTextAllowed is the user's word
    /// for config.json without a helper, @p useSecretStore their choice of the desktop's secret
    /// store (config.json's credsStore becomes secretservice, for docker too). signInFinished()
    /// tells how it went.
    Q_INVOKABLE void signIn(const QString &server, const QString &user, const QString &password,
        bool plainTextAllowed, bool useSecretStore = false);
    Q_INVOKABLE void signOut(const QString &server);
    /// Asks the registry's /v2/ with the kept sign-in; checkFinished() tells.
    Q_INVOKABLE void check(const QString &server);
    /// The registry's repositories (its catalog), then browseChanged().
    Q_INVOKABLE void browse(const QString &server);
    /// A repository's tags with digests and sizes.
    Q_INVOKABLE void showTags(const QString &repository);
    /// docker pull of server/repository:tag as a job.
    Q_INVOKABLE void pullTag(const QString &tag);
    /// Docker Hub search through the engine (GET /images/search); searchFinished() tells.
    Q_INVOKABLE void searchHub(const QString &term);

Q_SIGNALS:
    void registriesChanged();
    void browseChanged();
    void signInFinished(bool ok, const QString &message);
    void checkFinished(const QString &server, bool ok, const QString &message);
    void searchFinished(const QVariantList &results, const QString &message);
    void pullStarted();

private:
    void setBusy(bool busy, const QString &message);

    ActionContext *m_context;
    QVariantList m_registries;
    QString m_registriesError;
    QString m_server;
    QStringList m_repositories;
    QString m_repository;
    QVariantList m_tags;
    bool m_busy = false;
    QString m_browseMessage;
    QPointer<RegistryClient> m_browser;
    int m_refreshes = 0; ///< refresh() counts, so that only the latest one's answer is shown
};
