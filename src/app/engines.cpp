// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/engines.h"

#include "app/preferences.h"
#include "engine/dockercontexts.h"
#include "engine/engineclient.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

Engines::Engines(const Endpoint &found, QObject *parent)
    : QObject(parent)
{
    m_entries.push_back({found, false, nullptr, {}});
    const QStringList added = Preferences::addedEngines();
    for (const QString &url : added) {
        const EndpointResolver::Result parsed = EndpointResolver::parseHost(url, tr("added"));
        if (!parsed.error.isError() && indexOf(parsed.endpoint.url()) < 0)
            m_entries.push_back({parsed.endpoint, true, nullptr, {}});
    }
    // Every docker context, as the docker CLI lists them (with their TLS files).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DOCKER_HOST"));
    for (const DockerContexts::Context &c : DockerContexts(env).list()) {
        if (c.name == QLatin1String("default"))
            continue;
        env.insert(QStringLiteral("DOCKER_CONTEXT"), c.name);
        const EndpointResolver::Result resolved = EndpointResolver(env).resolve();
        if (!resolved.error.isError() && indexOf(resolved.endpoint.url()) < 0)
            m_entries.push_back({resolved.endpoint, false, nullptr, c.name});
    }
}

Engines::~Engines() = default;

int Engines::indexOf(const QString &url) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].endpoint.url() == url)
            return int(i);
    }
    return -1;
}

EngineClient *Engines::clientOf(Entry &entry)
{
    if (!entry.client) {
        entry.client = std::make_unique<EngineClient>(entry.endpoint);
        // The list names each engine once its details are known.
        connect(entry.client.get(), &EngineClient::infoChanged, this, &Engines::changed);
    }
    return entry.client.get();
}

EngineClient *Engines::current() const
{
    return const_cast<Engines *>(this)->clientOf(const_cast<Entry &>(m_entries[size_t(m_current)]));
}

QString Engines::currentUrl() const
{
    return m_entries[size_t(m_current)].endpoint.url();
}

QString Engines::shortLabel(const Entry &e) const
{
    // Which engine, in a few words: the context's name when it has one, else the product and its
    // version once known ("Docker 20.10"), with where it is when that tells it from another on
    // the list: the other machine, or the socket's file (with its folder if two share a name).
    if (!e.context.isEmpty())
        return e.context;
    const auto product = [](const Entry &entry) {
        if (!entry.client || !entry.client->detailsKnown())
            return QString();
        const QString name = entry.client->info().name;
        const QString kind = name.contains(QLatin1String("Podman"), Qt::CaseInsensitive)
            ? QStringLiteral("Podman")
            : name.contains(QLatin1String("Docker"), Qt::CaseInsensitive) ? QStringLiteral("Docker")
                                                                          : name;
        return (kind + QLatin1Char(' ') + entry.client->info().version.section(QLatin1Char('.'), 0, 1))
            .trimmed();
    };
    const QString what = product(e);
    QString where;
    if (e.endpoint.isRemote()) {
        where = e.endpoint.host;
    } else {
        const QFileInfo socket(e.endpoint.socketPath);
        where = socket.fileName();
        bool alone = !what.isEmpty();
        for (const Entry &other : m_entries) {
            if (&other == &e || other.endpoint.isRemote())
                continue;
            alone = alone && product(other) != what;
            if (QFileInfo(other.endpoint.socketPath).fileName() == socket.fileName())
                where = socket.dir().dirName() + QLatin1Char('/') + socket.fileName();
        }
        if (alone)
            return what;
    }
    return what.isEmpty() ? where
                          : tr("%1 · %2", "engine switcher: product and version · where").arg(what, where);
}

QVariantList Engines::list() const
{
    QVariantList out;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const QString url = e.endpoint.url();
        QString label = url;
        if (e.client && e.client->detailsKnown() && !e.client->info().name.isEmpty())
            label = tr("%1 %2 at %3")
                        .arg(e.client->info().name, e.client->info().version,
                            e.endpoint.isRemote() ? url : e.endpoint.socketPath);
        if (!e.context.isEmpty())
            label = tr("%1 (context %2)").arg(label, e.context);
        out << QVariantMap {{QStringLiteral("url"), url}, {QStringLiteral("label"), label},
            {QStringLiteral("shortLabel"), shortLabel(e)}, {QStringLiteral("source"), e.endpoint.source},
            {QStringLiteral("added"), e.added}, {QStringLiteral("current"), int(i) == m_current},
            {QStringLiteral("context"), e.context}};
    }
    return out;
}

QString Engines::add(const QString &host)
{
    const QString text = host.trimmed();
    if (text.isEmpty())
        return tr("Type the engine's address: a socket path such as /run/podman/podman.sock, unix:///path, "
                  "ssh://USER@HOST or tcp://HOST:2376.");
    const EndpointResolver::Result parsed = EndpointResolver::parseHost(text, tr("added"));
    if (parsed.error.isError())
        return parsed.error.toString();
    if (indexOf(parsed.endpoint.url()) >= 0)
        return tr("%1 is on the list already.").arg(parsed.endpoint.url());
    if (parsed.endpoint.isRemote()) {
        if (m_testing)
            return tr("Another engine is being tried; wait for it.");
        // Tried first: only an engine that answers goes on the list, and into the docker contexts.
        m_testing = new EngineClient(parsed.endpoint, this);
        Q_EMIT testingChanged();
        const auto done = [this](const QString &message) {
            m_testing->deleteLater();
            m_testing = nullptr;
            Q_EMIT testingChanged();
            Q_EMIT addFinished(message);
        };
        connect(m_testing, &EngineClient::connected, this, [this, done] {
            const Endpoint endpoint = m_testing->endpoint();
            const QString name = contextNameFor(endpoint);
            const QString error = DockerContexts().create(name, endpoint.url(),
                tr("Added in Berth: %1")
                    .arg(m_testing->info().name + QLatin1Char(' ') + m_testing->info().version));
            if (!error.isEmpty())
                return done(error);
            m_entries.push_back({endpoint, false, nullptr, name});
            Q_EMIT changed();
            done(QString());
        });
        connect(m_testing, &EngineClient::connectionFailed, this,
            [done](const EngineError &error) { done(error.toString()); });
        m_testing->connectToEngine();
        return {};
    }
#ifndef Q_OS_WIN // a named pipe is not a file
    if (!parsed.endpoint.isRemote() && !QFileInfo::exists(parsed.endpoint.socketPath))
        return tr("Nothing is at %1. Start the engine first, or check the path (docker context inspect "
                  "shows where an engine listens).")
            .arg(parsed.endpoint.socketPath);
#endif
    m_entries.push_back({parsed.endpoint, true, nullptr, {}});
    save();
    Q_EMIT changed();
    return {};
}

void Engines::remove(const QString &url)
{
    const int i = indexOf(url);
    if (i < 0 || !m_entries[size_t(i)].added || i == m_current)
        return;
    // Its client may still serve a job or a log window: it stays until Berth quits.
    Entry gone = std::move(m_entries[size_t(i)]);
    m_entries.erase(m_entries.begin() + i);
    if (gone.client)
        gone.client.release()->setParent(this);
    if (m_current > i)
        --m_current;
    save();
    Q_EMIT changed();
}

void Engines::switchTo(const QString &url)
{
    const int i = indexOf(url);
    if (i < 0 || i == m_current)
        return;
    m_current = i;
    EngineClient *client = current();
    Q_EMIT changed();
    Q_EMIT switched(client);
}

QString Engines::contextNameFor(const Endpoint &endpoint)
{
    QString base = endpoint.host;
    base.replace(QRegularExpression(QStringLiteral("[^a-zA-Z0-9_.-]")), QStringLiteral("-"));
    if (base.isEmpty() || !base.at(0).isLetterOrNumber())
        base.prepend(QLatin1Char('e'));
    const DockerContexts contexts;
    QString name = base;
    for (int n = 2; contexts.find(name, nullptr); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

bool Engines::endpointFor(const QString &url, Endpoint *endpoint) const
{
    const int i = indexOf(url);
    if (i < 0)
        return false;
    *endpoint = m_entries[size_t(i)].endpoint;
    return true;
}

QStringList Engines::suggestions() const
{
    QStringList out;
    for (const QString &path : EndpointResolver().wellKnownSockets()) {
        Endpoint e;
        e.socketPath = path;
        if (indexOf(e.url()) < 0 && QFileInfo::exists(path) && !out.contains(e.url()))
            out << e.url();
    }
    return out;
}

QStringList Engines::others() const
{
    QStringList out;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (int(i) != m_current)
            out << m_entries[i].endpoint.url();
    }
    return out;
}

void Engines::save() const
{
    QStringList added;
    for (const Entry &e : m_entries) {
        if (e.added)
            added << e.endpoint.url();
    }
    Preferences::storeAddedEngines(added);
}
