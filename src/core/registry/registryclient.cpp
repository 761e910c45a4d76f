// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/registryclient.h"

#include "registry/registrymessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <memory>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegistryClient)
};

constexpr qint64 BodyLimit = 4 << 20;
constexpr int TimeoutMs = 30000;
const QByteArray ManifestTypes = QByteArrayLiteral(
    "application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json, "
    "application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.index.v1+json");

/// The first message of a registry's error body ({"errors":[{"code","message"}]}), bounded.
QString registryMessage(const QByteArray &body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(QLatin1String("errors")).toArray();
    if (errors.isEmpty())
        return QString::fromUtf8(body.left(300)).simplified();
    const QJsonObject e = errors.first().toObject();
    return (e.value(QLatin1String("code")).toString() + QStringLiteral(": ")
        + e.value(QLatin1String("message")).toString())
        .left(300);
}

/// @p request trusts the system's authorities and @p authorities (from certs.d).
void trustCertsDir(QNetworkRequest *request, const QList<QSslCertificate> &authorities)
{
    if (authorities.isEmpty())
        return;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(authorities);
    request->setSslConfiguration(ssl);
}

bool validRepository(const QString &name)
{
    // The distribution spec's repository name grammar, roughly: lower-case path components.
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$"));
    return name.size() <= 255 && re.match(name).hasMatch();
}
} // namespace

RegistryClient::RegistryClient(const RegistryCredential &credential, QObject *parent)
    : QObject(parent)
    , m_credential(credential)
    , m_network(new QNetworkAccessManager(this))
    , m_authorities(certsDirAuthorities(DockerCredentials::serverKey(credential.server)))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QStringList RegistryClient::certsDirRoots()
{
    return {QStringLiteral("/etc/docker/certs.d"), QStringLiteral("/etc/containers/certs.d")};
}

QList<QSslCertificate> RegistryClient::certsDirAuthorities(const QString &server, const QStringList &roots)
{
    QList<QSslCertificate> out;
    // A folder name is the registry's host[:port], nothing that leaves the folder.
    static const QRegularExpression hostPort(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]{1,300}$"));
    if (!hostPort.match(server).hasMatch() || server.contains(QLatin1String("..")))
        return out;
    for (const QString &root : roots.isEmpty() ? certsDirRoots() : roots) {
        // As the engines: every *.crt there is an authority (*.cert and *.key are a client's).
        const QFileInfoList files = QDir(root + QLatin1Char('/') + server)
                                        .entryInfoList({QStringLiteral("*.crt")}, QDir::Files, QDir::Name);
        for (const QFileInfo &info : files.mid(0, 32)) {
            QFile f(info.filePath());
            if (info.size() > (1 << 20) || !f.open(QIODevice::ReadOnly))
                continue;
            out += QSslCertificate::fromData(f.readAll(), QSsl::Pem).mid(0, 32);
        }
    }
    return out;
}

QString RegistryClient::baseUrl() const
{
    const QString key = DockerCredentials::serverKey(m_credential.server);
    if (key == DockerCredentials::dockerHubServer())
        return QStringLiteral("https://registry-1.docker.io");
    // As the engines take it: a registry on the loopback network speaks plain HTTP.
    return (DockerCredentials::isLoopback(key) ? QStringLiteral("http://") : QStringLiteral("https://"))
        + key;
}

QString RegistryClient::challengeScheme(const QByteArray &header)
{
    return QString::fromLatin1(header.trimmed()).section(QLatin1Char(' '), 0, 0).toLower();
}

QString RegistryClient::challengeParameter(const QByteArray &header, const QString &name)
{
    static const QRegularExpression param(QStringLiteral("([A-Za-z_]+)=\"([^\"]*)\""));
    auto it = param.globalMatch(QString::fromLatin1(header.left(4096)));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1).compare(name, Qt::CaseInsensitive) == 0)
            return m.captured(2);
    }
    return {};
}

qint64 RegistryClient::manifestSize(const QByteArray &manifest, int *platforms)
{
    const QJsonObject o = QJsonDocument::fromJson(manifest).object();
    if (platforms)
        *platforms = int(o.value(QLatin1String("manifests")).toArray().size());
    if (!o.contains(QLatin1String("layers")))
        return -1;
    qint64 size = o.value(QLatin1String("config")).toObject().value(QLatin1String("size")).toInteger();
    const QJsonArray layers = o.value(QLatin1String("layers")).toArray();
    for (const QJsonValue &l : layers) {
        const qint64 s = l.toObject().value(QLatin1String("size")).toInteger();
        if (s < 0)
            return -1;
        size += s;
    }
    return size;
}

QString RegistryClient::errorFor(QNetworkReply *reply, const QByteArray &body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = DockerCredentials::serverKey(m_credential.server);
    switch (status) {
    case 401:
        return m_credential.isEmpty()
            ? Tr::tr("%1 wants a sign-in (%2). Sign in to it first.").arg(where, registryMessage(body))
            : Tr::tr("%1 refused the sign-in (%2): check the user and password, and sign in again.")
                  .arg(where, registryMessage(body));
    case 403:
        return Tr::tr("%1 denies this (%2).").arg(where, registryMessage(body));
    case 404:
        return Tr::tr("%1 has no such thing (%2).").arg(where, registryMessage(body));
    case 429:
        return Tr::tr("%1 has had too many requests; wait and try again (%2).")
            .arg(where, registryMessage(body));
    default:
        break;
    }
    if (status >= 400)
        return Tr::tr("%1 answered %2: %3").arg(where).arg(status).arg(registryMessage(body));
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::SslHandshakeFailedError:
        return RegistryMessages::untrustedCertificate(where, reply->errorString(), m_podman);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Tr::tr("%1 cannot be reached (%2). Check the address and the network.")
            .arg(where, reply->errorString());
    default:
        return Tr::tr("%1: %2").arg(where, reply->errorString());
    }
}

void RegistryClient::request(const QByteArray &method, const QString &path, const QString &scope,
    const QByteArray &accept, Callback done, bool retried)
{
    QNetworkRequest r(QUrl(baseUrl() + path));
    r.setTransferTimeout(TimeoutMs);
    trustCertsDir(&r, m_authorities);
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Berth"));
    if (!accept.isEmpty())
        r.setRawHeader("Accept", accept);
    if (!m_authorization.isEmpty() && (m_authorization.startsWith("Basic") || m_tokenScope == scope))
        r.setRawHeader("Authorization", m_authorization);
    QNetworkReply *reply = m_network->sendCustomRequest(r, method);
    auto body = std::make_shared<QByteArray>();
    auto tooBig = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, this, [reply, body, tooBig] {
        body->append(reply->readAll());
        if (body->size() > BodyLimit) {
            *tooBig = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, body, tooBig, method, path, scope, accept, done, retried] {
            reply->deleteLater();
            body->append(reply->readAll());
            Result result;
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (*tooBig) {
                result.error = Tr::tr("%1 sent more than 4 MiB for %2; Berth stopped reading.")
                                   .arg(DockerCredentials::serverKey(m_credential.server), path);
                done(result, reply, {});
                return;
            }
            if (result.status == 401 && !retried) {
                const QByteArray challenge = reply->rawHeader("WWW-Authenticate");
                const QString scheme = challengeScheme(challenge);
                if (scheme == QLatin1String("basic") && !m_credential.username.isEmpty()) {
                    m_authorization = "Basic "
                        + (m_credential.username + QLatin1Char(':') + m_credential.password)
                              .toUtf8()
                              .toBase64();
                    request(method, path, scope, accept, done, true);
                    return;
                }
                if (scheme == QLatin1String("bearer")) {
                    fetchToken(challenge, scope, [this, method, path, scope, accept, done](Result token) {
                        if (!token.ok()) {
                            done(token, nullptr, {});
                            return;
                        }
                        request(method, path, scope, accept, done, true);
                    });
                    return;
                }
            }
            result.error = errorFor(reply, *body);
            result.untrustedCertificate = reply->error() == QNetworkReply::SslHandshakeFailedError;
            done(result, reply, *body);
        });
}

void RegistryClient::fetchToken(
    const QByteArray &challenge, const QString &scope, std::function<void(Result)> done)
{
    const QString realm = challengeParameter(challenge, QStringLiteral("realm"));
    const QUrl realmUrl(realm);
    if (!realmUrl.isValid()
        || (realmUrl.scheme() != QLatin1String("https") && realmUrl.scheme() != QLatin1String("http"))) {
        done({Tr::tr("%1 names no usable token service (%2).")
                  .arg(DockerCredentials::serverKey(m_credential.server), realm.left(200)),
            401});
        return;
    }
    QUrl url = realmUrl;
    QUrlQuery query(url);
    const QString service = challengeParameter(challenge, QStringLiteral("service"));
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), service);
    const QString wanted = challengeParameter(challenge, QStringLiteral("scope"));
    query.addQueryItem(QStringLiteral("scope"), wanted.isEmpty() ? scope : wanted);
    QNetworkRequest r;
    r.setTransferTimeout(TimeoutMs);
    // The token service is often the registry itself: its certs.d authorities count there too.
    trustCertsDir(&r, m_authorities);
    QNetworkReply *reply = nullptr;
    if (!m_credential.identityToken.isEmpty()) {
        // An identity token is a refresh token for the OAuth2 form post.
        query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        query.addQueryItem(QStringLiteral("refresh_token"), m_credential.identityToken);
        query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("berth"));
        r.setUrl(realmUrl);
        r.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(r, query.toString(QUrl::FullyEncoded).toUtf8());
    } else {
        url.setQuery(query);
        r.setUrl(url);
        if (!m_credential.username.isEmpty())
            r.setRawHeader("Authorization",
                "Basic "
                    + (m_credential.username + QLatin1Char(':') + m_credential.password).toUtf8().toBase64());
        reply = m_network->get(r);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, scope, done] {
        reply->deleteLater();
        const QByteArray body = reply->read(BodyLimit);
        Result result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = errorFor(reply, body);
        result.untrustedCertificate = reply->error() == QNetworkReply::SslHandshakeFailedError;
        if (!result.ok()) {
            done(result);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        QString token = o.value(QLatin1String("token")).toString();
        if (token.isEmpty())
            token = o.value(QLatin1String("access_token")).toString();
        if (token.isEmpty() || token.size() > 64 * 1024) {
            result.error = Tr::tr("The token service of %1 gave no token.")
                               .arg(DockerCredentials::serverKey(m_credential.server));
            done(result);
            return;
        }
        m_authorization = "Bearer " + token.toUtf8();
        m_tokenScope = scope;
        done(result);
    });
}

void RegistryClient::check(std::function<void(Result)> done)
{
    request("GET", QStringLiteral("/v2/"), QString(), {},
        [done](Result result, QNetworkReply *, QByteArray) { done(result); });
}

void RegistryClient::catalog(std::function<void(Result, QStringList)> done, int limit)
{
    request("GET", QStringLiteral("/v2/_catalog?n=%1").arg(limit), QStringLiteral("registry:catalog:*"), {},
        [done, limit](Result result, QNetworkReply *, QByteArray body) {
            QStringList names;
            if (result.ok()) {
                const QJsonArray list
                    = QJsonDocument::fromJson(body).object().value(QLatin1String("repositories")).toArray();
                for (const QJsonValue &v : list) {
                    if (names.size() >= limit)
                        break;
                    if (validRepository(v.toString()))
                        names << v.toString();
                }
            }
            done(result, names);
        });
}

void RegistryClient::tags(
    const QString &repository, std::function<void(Result, QList<RegistryTag>)> done, int limit)
{
    if (!validRepository(repository)) {
        done({Tr::tr("\"%1\" is not a repository name.").arg(repository.left(200)), 0}, {});
        return;
    }
    const QString scope = QStringLiteral("repository:%1:pull").arg(repository);
    request("GET", QStringLiteral("/v2/%1/tags/list?n=%2").arg(repository).arg(limit), scope, {},
        [this, repository, scope, done, limit](Result result, QNetworkReply *, QByteArray body) {
            if (!result.ok()) {
                done(result, {});
                return;
            }
            static const QRegularExpression tagName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
            auto tags = std::make_shared<QList<RegistryTag>>();
            const QJsonArray list
                = QJsonDocument::fromJson(body).object().value(QLatin1String("tags")).toArray();
            for (const QJsonValue &v : list) {
                if (tags->size() >= limit)
                    break;
                if (tagName.match(v.toString()).hasMatch())
                    tags->append({v.toString(), {}, -1, {}, 0});
            }
            if (tags->isEmpty()) {
                done(result, {});
                return;
            }
            // Each tag's manifest, one after another (a registry counts requests).
            auto next = std::make_shared<std::function<void(int)>>();
            *next = [this, repository, scope, done, tags, next, result](int i) {
                if (i >= tags->size()) {
                    done(result, *tags);
                    *next = nullptr; // the chain holds itself; let it go
                    return;
                }
                request("GET", QStringLiteral("/v2/%1/manifests/%2").arg(repository, tags->at(i).name), scope,
                    ManifestTypes, [tags, next, i](Result r, QNetworkReply *reply, QByteArray body) {
                        if (r.ok() && reply) {
                            RegistryTag &t = (*tags)[i];
                            const QString digest
                                = QString::fromLatin1(reply->rawHeader("Docker-Content-Digest"));
                            if (digest.startsWith(QLatin1String("sha256:")) && digest.size() == 71)
                                t.digest = digest;
                            t.mediaType = QString::fromLatin1(
                                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().left(200));
                            t.size = manifestSize(body, &t.platforms);
                        }
                        (*next)(i + 1);
                    });
            };
            (*next)(0);
        });
}
