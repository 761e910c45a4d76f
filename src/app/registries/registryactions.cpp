// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/registries/registryactions.h"

#include "app/actioncontext.h"
#include "app/format.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "engine/imagesapi.h"
#include "learn/dockercommands.h"
#include "model/commandhistorymodel.h"
#include "registry/credentiallookup.h"
#include "registry/dockercredentials.h"
#include "registry/registryclient.h"
#include "registry/registrylogin.h"
#include "registry/registrymessages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <memory>

namespace {
/// Runs @p work (DockerCredentials' store, erase, list: each may run a credential helper that
/// waits for a key store) on a thread of its own, then @p done with its result on @p context's
/// thread, so the window keeps turning meanwhile. A helper has a time limit, so the thread ends.
template<typename Result, typename Work, typename Done> void offThread(QObject *context, Work work, Done done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([result, work] { *result = work(); });
    QObject::connect(thread, &QThread::finished, context, [result, done] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
} // namespace

RegistryActions::RegistryActions(ActionContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    // Read when a page asks (refresh()): a helper may ask for its key's passphrase, which no one
    // should meet before opening the Registries page.
}

QString RegistryActions::configPath() const
{
    return DockerCredentials().configPath();
}

void RegistryActions::refresh()
{
    using Known = std::pair<QList<KnownRegistry>, QString>;
    const int generation = ++m_refreshes;
    offThread<Known>(
        this,
        [] {
            Known known;
            known.first = DockerCredentials().known(&known.second);
            return known;
        },
        [this, generation](const Known &known) {
            if (generation != m_refreshes)
                return; // a later refresh is under way
            m_registries.clear();
            m_registriesError = known.second;
            for (const KnownRegistry &k : known.first) {
                m_registries.append(QVariantMap {{QStringLiteral("server"), k.server},
                    {QStringLiteral("name"), RegistryMessages::displayName(k.server)},
                    {QStringLiteral("username"), k.username}, {QStringLiteral("store"), k.store}});
            }
            Q_EMIT registriesChanged();
        });
}

bool RegistryActions::storesInPlainText(const QString &server) const
{
    return DockerCredentials().helperFor(DockerCredentials::serverKey(server)).isEmpty();
}

QString RegistryActions::loginCommand(const QString &server, const QString &user) const
{
    QStringList args {QStringLiteral("docker"), QStringLiteral("login")};
    if (!user.trimmed().isEmpty())
        args << QStringLiteral("-u") << user.trimmed();
    if (!server.trimmed().isEmpty())
        args << DockerCredentials::serverKey(server);
    return args.join(QLatin1Char(' '));
}

bool RegistryActions::secretStoreOffered(const QString &server) const
{
    return DockerCredentials().secretStoreOffered(server);
}

void RegistryActions::signIn(const QString &server, const QString &user, const QString &password,
    bool plainTextAllowed, bool useSecretStore)
{
    const QString key = DockerCredentials::serverKey(server);
    QStringList docker {QStringLiteral("login"), QStringLiteral("-u"), user.trimmed()};
    if (!server.trimmed().isEmpty())
        docker << key;
    if (user.trimmed().isEmpty() || password.isEmpty()) {
        const QString message = tr("Write the user name and the password (or access token).");
        m_context->refuse(docker, message);
        Q_EMIT signInFinished(false, message);
        return;
    }
    const QString chosenStore
        = useSecretStore && secretStoreOffered(key) ? DockerCredentials::secretStoreHelper() : QString();
    if (storesInPlainText(key) && !plainTextAllowed && chosenStore.isEmpty()) {
        const QString message = tr("No credential helper is set up, so the password would be kept "
                                   "unencrypted in %1. Tick the box to allow it, or set up a "
                                   "credential helper (credsStore) first.")
                                    .arg(configPath());
        m_context->refuse(docker, message);
        Q_EMIT signInFinished(false, message);
        return;
    }
    RegistryCredential credential {key, user.trimmed(), password, {}};
    const QString command = DockerCommands::text(docker);
    const int row = m_context->history()->begin(command);
    RegistryLogin::verify(m_context->client(), credential, this,
        [this, credential, command, row, chosenStore](const QString &error, const QString &token) mutable {
            auto finish = [this, command, row](const QString &outcome) {
                m_context->finish(row, command, outcome);
                Q_EMIT signInFinished(outcome.isEmpty(), outcome.isEmpty() ? tr("Login Succeeded") : outcome);
            };
            if (!error.isEmpty()) {
                finish(error);
                return;
            }
            if (!token.isEmpty()) {
                // The engine gave a token to keep instead of the password, as docker keeps it.
                credential.identityToken = token;
                credential.password.clear();
            }
            offThread<QString>(
                this,
                [credential, chosenStore] {
                    return DockerCredentials().store(credential, nullptr, chosenStore);
                },
                [this, finish](const QString &outcome) {
                    if (outcome.isEmpty())
                        refresh();
                    finish(outcome);
                });
        });
}

void RegistryActions::signOut(const QString &server)
{
    const QString key = DockerCredentials::serverKey(server);
    const int row = m_context->history()->begin(QStringLiteral("docker logout ") + key);
    offThread<QString>(
        this, [key] { return DockerCredentials().erase(key); },
        [this, row, key](const QString &error) {
            m_context->finish(row, QStringLiteral("docker logout ") + key, error);
            refresh();
        });
}

void RegistryActions::check(const QString &server)
{
    const QString key = DockerCredentials::serverKey(server);
    auto *lookup = new CredentialLookup(key, QProcessEnvironment::systemEnvironment(), this);
    connect(lookup, &CredentialLookup::finished, this,
        [this, lookup, key](const RegistryCredential &credential, const QString &) {
            lookup->deleteLater();
            auto *client = new RegistryClient(credential, this);
            client->setEngineIsPodman(m_context->client()->info().podman);
            client->check([this, client, key, credential](RegistryClient::Result result) {
                client->deleteLater();
                const QString name = RegistryMessages::displayName(key);
                QString message = result.error;
                if (result.ok() && credential.isEmpty())
                    message = tr("%1 answers, and lets you in without a sign-in.").arg(name);
                else if (result.ok())
                    message
                        = tr("%1 takes the sign-in of %2.")
                              .arg(name, credential.username.isEmpty() ? tr("a token") : credential.username);
                Q_EMIT checkFinished(key, result.ok(), message);
            });
        });
    lookup->start();
}

void RegistryActions::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_browseMessage = message;
    Q_EMIT browseChanged();
}

void RegistryActions::browse(const QString &server)
{
    const QString key = DockerCredentials::serverKey(server);
    if (m_browser)
        m_browser->deleteLater();
    m_server = key;
    m_repositories.clear();
    m_repository.clear();
    m_tags.clear();
    m_browser = nullptr;
    setBusy(true, tr("Asking %1 for its repositories…").arg(RegistryMessages::displayName(key)));
    auto *lookup = new CredentialLookup(key, QProcessEnvironment::systemEnvironment(), this);
    connect(lookup, &CredentialLookup::finished, this,
        [this, lookup, key](const RegistryCredential &credential, const QString &) {
            lookup->deleteLater();
            if (m_server != key || m_browser)
                return; // another registry was asked for meanwhile
            m_browser = new RegistryClient(credential, this);
            m_browser->setEngineIsPodman(m_context->client()->info().podman);
            QPointer<RegistryClient> browser = m_browser;
            m_browser->catalog([this, browser, key](RegistryClient::Result result, QStringList names) {
                if (browser != m_browser)
                    return;
                m_repositories = names;
                setBusy(false,
                    result.ok() ? (names.isEmpty()
                            ? tr("%1 holds no repositories.").arg(RegistryMessages::displayName(key))
                            : QString())
                                : tr("%1 does not list its repositories: %2")
                                      .arg(RegistryMessages::displayName(key), result.error));
            });
        });
    lookup->start();
}

void RegistryActions::showTags(const QString &repository)
{
    if (!m_browser)
        return;
    m_repository = repository;
    m_tags.clear();
    setBusy(true, tr("Asking for the tags of %1…").arg(repository));
    QPointer<RegistryClient> browser = m_browser;
    m_browser->tags(
        repository, [this, browser, repository](RegistryClient::Result result, QList<RegistryTag> tags) {
            if (browser != m_browser || repository != m_repository)
                return;
            for (const RegistryTag &t : tags) {
                m_tags.append(
                    QVariantMap {{QStringLiteral("name"), t.name}, {QStringLiteral("digest"), t.digest},
                        {QStringLiteral("size"),
                            t.size >= 0 ? Format::localSize(t.size) : tr("%n platforms", "", t.platforms)}});
            }
            setBusy(false,
                result.ok() ? (tags.isEmpty() ? tr("%1 has no tags.").arg(repository) : QString())
                            : result.error);
        });
}

void RegistryActions::pullTag(const QString &tag)
{
    if (m_server.isEmpty() || m_repository.isEmpty())
        return;
    const QString host
        = m_server == DockerCredentials::dockerHubServer() ? QString() : m_server + QLatin1Char('/');
    m_context->pull(host + m_repository + QLatin1Char(':') + tag);
    Q_EMIT pullStarted();
}

void RegistryActions::searchHub(const QString &term)
{
    const QString what = term.trimmed();
    if (what.isEmpty()) {
        Q_EMIT searchFinished({}, tr("Write what to search for."));
        return;
    }
    EngineReply *reply = ImagesApi(m_context->client()).search(what);
    connect(reply, &EngineReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError()) {
            Q_EMIT searchFinished(
                {}, tr("The engine cannot search Docker Hub from here: %1").arg(reply->error().toString()));
            return;
        }
        QVariantList results;
        const QJsonArray array = reply->json().array();
        for (const QJsonValue &v : array) {
            if (results.size() >= 100)
                break;
            const QJsonObject o = v.toObject();
            results.append(QVariantMap {
                {QStringLiteral("name"), o.value(QLatin1String("name")).toString().left(256)},
                {QStringLiteral("description"), o.value(QLatin1String("description")).toString().left(500)},
                {QStringLiteral("stars"), o.value(QLatin1String("star_count")).toInt()},
                {QStringLiteral("official"), o.value(QLatin1String("is_official")).toBool()}});
        }
        Q_EMIT searchFinished(results, results.isEmpty() ? tr("Nothing found.") : QString());
    });
}
