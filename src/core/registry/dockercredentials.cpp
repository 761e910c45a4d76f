// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/dockercredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DockerCredentials)
};

constexpr int HelperTimeoutMs = DockerCredentials::HelperTimeoutMs;
constexpr qint64 HelperOutputLimit = DockerCredentials::HelperOutputLimit;
constexpr qint64 ConfigLimit = 4 << 20;
// The credential helper protocol's own answer for "nothing stored" (docker-credential-helpers'
// credentials.errCredentialsNotFoundMessage): the one helper output Berth reads as a value.
const QByteArray NotFoundAnswer = QByteArrayLiteral("credentials not found in native keychain");

QString hostOf(const QString &url)
{
    QString stripped = url;
    if (stripped.startsWith(QLatin1String("http://")))
        stripped = stripped.mid(7);
    else if (stripped.startsWith(QLatin1String("https://")))
        stripped = stripped.mid(8);
    return stripped.section(QLatin1Char('/'), 0, 0);
}

bool readConfig(const QString &path, QJsonObject *config, QString *error)
{
    QFile f(path);
    if (!f.exists()) {
        *config = {};
        return true;
    }
    if (!f.open(QIODevice::ReadOnly) || f.size() > ConfigLimit) {
        *error = Tr::tr("Cannot read %1.").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error
            = Tr::tr("%1 is not valid JSON (%2); fix or move it first.").arg(path, parseError.errorString());
        return false;
    }
    *config = doc.object();
    return true;
}

QString writeConfig(const QString &path, const QJsonObject &config)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return Tr::tr("Cannot make the folder of %1.").arg(path);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2").arg(path, f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(config).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Tr::tr("Cannot write %1: %2").arg(path, f.errorString());
    return {};
}
} // namespace

DockerCredentials::DockerCredentials(QProcessEnvironment env)
    : m_env(std::move(env))
{
}

QString DockerCredentials::dockerHubServer()
{
    return QStringLiteral("https://index.docker.io/v1/");
}

QString DockerCredentials::serverKey(const QString &registry)
{
    const QString host = hostOf(registry.trimmed());
    if (host.isEmpty() || host == QLatin1String("docker.io") || host == QLatin1String("index.docker.io")
        || host == QLatin1String("registry-1.docker.io"))
        return dockerHubServer();
    return host;
}

QString DockerCredentials::registryOf(const QString &imageReference)
{
    // As the docker CLI splits a name: the part before the first '/' is a registry when it has a
    // '.' or a ':', or is localhost.
    const qsizetype slash = imageReference.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return dockerHubServer();
    const QString first = imageReference.left(slash);
    if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))
        || first == QLatin1String("localhost"))
        return serverKey(first);
    return dockerHubServer();
}

bool DockerCredentials::isLoopback(const QString &server)
{
    QString host = hostOf(server);
    if (host.startsWith(QLatin1Char('['))) // [::1]:5000
        host = host.mid(1).section(QLatin1Char(']'), 0, 0);
    else if (host.count(QLatin1Char(':')) == 1)
        host = host.section(QLatin1Char(':'), 0, 0);
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString DockerCredentials::configPath() const
{
    QString dir = m_env.value(QStringLiteral("DOCKER_CONFIG"));
    if (dir.isEmpty())
        dir = m_env.value(QStringLiteral("HOME"), QDir::homePath()) + QStringLiteral("/.docker");
    return dir + QStringLiteral("/config.json");
}

QString DockerCredentials::findProgram(const QString &name) const
{
    const QStringList path = m_env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(name, path);
}

QString DockerCredentials::defaultStore() const
{
    // The docker CLI's default on Linux: pass when `pass` is installed, else secretservice; each
    // only when its helper is there too.
    const QString store = findProgram(QStringLiteral("pass")).isEmpty() ? QStringLiteral("secretservice")
                                                                        : QStringLiteral("pass");
    return findProgram(QStringLiteral("docker-credential-") + store).isEmpty() ? QString() : store;
}

QString DockerCredentials::helperFor(const QString &server) const
{
    QJsonObject config;
    QString error;
    readConfig(configPath(), &config, &error);
    const QJsonObject helpers = config.value(QLatin1String("credHelpers")).toObject();
    const QString key = serverKey(server);
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        if (serverKey(it.key()) == key && !it.value().toString().isEmpty())
            return it.value().toString();
    }
    const QString store = config.value(QLatin1String("credsStore")).toString();
    return store.isEmpty() ? defaultStore() : store;
}

QString DockerCredentials::helperProgram(const QString &helper, QString *error) const
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString name = QStringLiteral("docker-credential-") + helper;
    if (!validName.match(helper).hasMatch()) {
        *error = Tr::tr("The credential helper name \"%1\" in %2 is not valid.").arg(helper, configPath());
        return {};
    }
    const QString program = findProgram(name);
    if (program.isEmpty()) {
        *error = Tr::tr("%1 is not installed, but %2 names it; install it or remove it from there.")
                     .arg(name, configPath());
        return {};
    }
    return program;
}

RegistryCredential DockerCredentials::fromHelperAnswer(const QString &server, const QByteArray &answer)
{
    RegistryCredential credential;
    credential.server = serverKey(server);
    const QJsonObject o = QJsonDocument::fromJson(answer).object();
    const QString user = o.value(QLatin1String("Username")).toString();
    const QString secret = o.value(QLatin1String("Secret")).toString();
    if (user == QLatin1String("<token>"))
        credential.identityToken = secret;
    else {
        credential.username = user;
        credential.password = secret;
    }
    return credential;
}

QString DockerCredentials::helperFailure(const QString &helper, const QString &action, const QByteArray &said)
{
    if (said.trimmed() == NotFoundAnswer)
        return {};
    return Tr::tr("%1 %2 failed: %3")
        .arg(QStringLiteral("docker-credential-") + helper, action,
            QString::fromUtf8(said.left(500).trimmed()));
}

QByteArray DockerCredentials::runHelper(
    const QString &helper, const QString &action, const QByteArray &input, QString *error) const
{
    const QString name = QStringLiteral("docker-credential-") + helper;
    const QString program = helperProgram(helper, error);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(program, {action});
    if (!process.waitForStarted(HelperTimeoutMs)) {
        *error = Tr::tr("%1 did not start: %2").arg(name, process.errorString());
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < HelperTimeoutMs) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
        if (output.size() > HelperOutputLimit)
            break;
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
        *error = output.size() > HelperOutputLimit
            ? Tr::tr("%1 %2 wrote more than 1 MiB; it was stopped.").arg(name, action)
            : Tr::tr("%1 %2 did not answer within %3 s (a locked key store waiting for a password?).")
                  .arg(name, action)
                  .arg(HelperTimeoutMs / 1000);
        return {};
    }
    output += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = helperFailure(
            helper, action, output.trimmed().isEmpty() ? process.readAllStandardError() : output);
        return {};
    }
    error->clear();
    return output.left(HelperOutputLimit);
}

RegistryCredential DockerCredentials::get(const QString &server, QString *error) const
{
    QString ignored;
    QString &err = error ? *error : ignored;
    err.clear();
    const QString key = serverKey(server);
    RegistryCredential credential;
    credential.server = key;
    QJsonObject config;
    if (!readConfig(configPath(), &config, &err))
        return credential;
    const QString helper = helperFor(key);
    if (!helper.isEmpty()) {
        // Docker Hub is stored under its URL; other registries under the host, as given.
        const QByteArray out = runHelper(helper, QStringLiteral("get"), key.toUtf8(), &err);
        return out.isEmpty() ? credential : fromHelperAnswer(key, out);
    }
    const QJsonObject auths = config.value(QLatin1String("auths")).toObject();
    QJsonObject entry = auths.value(key).toObject();
    if (!auths.contains(key)) {
        for (auto it = auths.begin(); it != auths.end(); ++it) {
            if (serverKey(it.key()) == key) {
                entry = it.value().toObject();
                break;
            }
        }
    }
    const QByteArray decoded
        = QByteArray::fromBase64(entry.value(QLatin1String("auth")).toString().toLatin1());
    const qsizetype colon = decoded.indexOf(':');
    if (colon > 0) {
        credential.username = QString::fromUtf8(decoded.left(colon));
        credential.password = QString::fromUtf8(decoded.mid(colon + 1));
    } else if (!decoded.isEmpty()) {
        err = Tr::tr("The sign-in for %1 in %2 is not \"user:password\"; sign in again.")
                  .arg(key, configPath());
    }
    credential.identityToken = entry.value(QLatin1String("identitytoken")).toString();
    return credential;
}

QString DockerCredentials::secretStoreHelper()
{
    return QStringLiteral("secretservice");
}

bool DockerCredentials::secretStoreOffered(const QString &server) const
{
    QJsonObject config;
    QString error;
    if (!readConfig(configPath(), &config, &error))
        return false;
    const QString key = serverKey(server);
    if (!config.value(QLatin1String("credsStore")).toString().isEmpty())
        return false;
    const QJsonObject helpers = config.value(QLatin1String("credHelpers")).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        if (serverKey(it.key()) == key)
            return false;
    }
    // With a credsStore, docker reads every registry's secret from it: another registry's
    // password kept in config.json would no longer be found, so that is not changed unasked.
    const QJsonObject auths = config.value(QLatin1String("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        if (serverKey(it.key()) != key
            && !it.value().toObject().value(QLatin1String("auth")).toString().isEmpty())
            return false;
    }
    return !findProgram(QStringLiteral("docker-credential-") + secretStoreHelper()).isEmpty()
        && helperFor(key) != secretStoreHelper();
}

QString DockerCredentials::store(
    const RegistryCredential &credential, bool *plainText, const QString &chosenHelper) const
{
    const QString key = serverKey(credential.server);
    QJsonObject config;
    QString error;
    if (!readConfig(configPath(), &config, &error))
        return error;
    const QString helper = chosenHelper.isEmpty() ? helperFor(key) : chosenHelper;
    QJsonObject auths = config.value(QLatin1String("auths")).toObject();
    if (plainText)
        *plainText = helper.isEmpty();
    if (!helper.isEmpty()) {
        const bool token = !credential.identityToken.isEmpty();
        const QJsonObject in {{QStringLiteral("ServerURL"), key},
            {QStringLiteral("Username"), token ? QStringLiteral("<token>") : credential.username},
            {QStringLiteral("Secret"), token ? credential.identityToken : credential.password}};
        runHelper(helper, QStringLiteral("store"), QJsonDocument(in).toJson(QJsonDocument::Compact), &error);
        if (!error.isEmpty())
            return error;
        // As docker: the helper holds the secret, config.json an empty entry naming the registry,
        // and the store it detected (or the user chose).
        auths.insert(key, QJsonObject());
        if (!chosenHelper.isEmpty()
            || (config.value(QLatin1String("credsStore")).toString().isEmpty()
                && !config.value(QLatin1String("credHelpers")).toObject().contains(key)))
            config.insert(QStringLiteral("credsStore"), helper);
    } else {
        QJsonObject entry;
        if (!credential.identityToken.isEmpty()) {
            entry.insert(
                QStringLiteral("auth"), QString::fromLatin1((credential.username.toUtf8() + ':').toBase64()));
            entry.insert(QStringLiteral("identitytoken"), credential.identityToken);
        } else {
            entry.insert(QStringLiteral("auth"),
                QString::fromLatin1(
                    (credential.username + QLatin1Char(':') + credential.password).toUtf8().toBase64()));
        }
        auths.insert(key, entry);
    }
    config.insert(QStringLiteral("auths"), auths);
    return writeConfig(configPath(), config);
}

QString DockerCredentials::erase(const QString &server, bool *existed) const
{
    const QString key = serverKey(server);
    QJsonObject config;
    QString error;
    if (!readConfig(configPath(), &config, &error))
        return error;
    QJsonObject auths = config.value(QLatin1String("auths")).toObject();
    bool found = false;
    for (const QString &k : auths.keys()) {
        if (serverKey(k) == key) {
            auths.remove(k);
            found = true;
        }
    }
    const QString helper = helperFor(key);
    if (!helper.isEmpty()) {
        QString getError;
        const QByteArray stored = runHelper(helper, QStringLiteral("get"), key.toUtf8(), &getError);
        if (!stored.isEmpty()) {
            found = true;
            runHelper(helper, QStringLiteral("erase"), key.toUtf8(), &error);
            if (!error.isEmpty())
                return error;
        }
    }
    if (existed)
        *existed = found;
    if (!found)
        return {};
    config.insert(QStringLiteral("auths"), auths);
    return writeConfig(configPath(), config);
}

QList<KnownRegistry> DockerCredentials::known(QString *error) const
{
    QString ignored;
    QString &err = error ? *error : ignored;
    QList<KnownRegistry> out;
    QJsonObject config;
    if (!readConfig(configPath(), &config, &err))
        return out;
    auto add = [&out](const QString &server, const QString &user, const QString &store) {
        const QString key = serverKey(server);
        for (KnownRegistry &k : out) {
            if (k.server == key) {
                if (k.username.isEmpty())
                    k.username = user;
                if (!store.isEmpty())
                    k.store = store;
                return;
            }
        }
        out.append({key, user, store});
    };
    const QJsonObject auths = config.value(QLatin1String("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        const QByteArray decoded = QByteArray::fromBase64(
            it.value().toObject().value(QLatin1String("auth")).toString().toLatin1());
        add(it.key(), QString::fromUtf8(decoded.left(decoded.indexOf(':'))), QString());
    }
    const QString store = config.value(QLatin1String("credsStore")).toString();
    if (!store.isEmpty()) {
        const QJsonObject listed
            = QJsonDocument::fromJson(runHelper(store, QStringLiteral("list"), {}, &err)).object();
        for (auto it = listed.begin(); it != listed.end(); ++it)
            add(it.key(), it.value().toString(), store);
    }
    const QJsonObject helpers = config.value(QLatin1String("credHelpers")).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it)
        add(it.key(), QString(), it.value().toString());
    // Who is signed in through a helper: its get says.
    for (KnownRegistry &k : out) {
        if (k.username.isEmpty() && !helperFor(k.server).isEmpty())
            k.username = get(k.server).username;
        if (k.store.isEmpty())
            k.store = auths.contains(k.server) && !store.isEmpty() ? store : k.store;
    }
    return out;
}

QByteArray DockerCredentials::registryAuthHeader(const RegistryCredential &credential)
{
    if (credential.isEmpty())
        return {};
    QJsonObject o {{QStringLiteral("serveraddress"), credential.server}};
    if (!credential.identityToken.isEmpty())
        o.insert(QStringLiteral("identitytoken"), credential.identityToken);
    else {
        o.insert(QStringLiteral("username"), credential.username);
        o.insert(QStringLiteral("password"), credential.password);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding);
}

QByteArray DockerCredentials::authBody(const RegistryCredential &credential)
{
    QJsonObject o {{QStringLiteral("serveraddress"), credential.server}};
    if (!credential.identityToken.isEmpty())
        o.insert(QStringLiteral("identitytoken"), credential.identityToken);
    else {
        o.insert(QStringLiteral("username"), credential.username);
        o.insert(QStringLiteral("password"), credential.password);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
