// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsingleton.h"
#include "engine/endpoint.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

class EngineClient;
class QJSEngine;
class QQmlEngine;

/**
 * The engines the window can show, one at a time: the one found at start (--host, DOCKER_HOST,
 * the docker context or a well-known socket) and the sockets the user added, which QSettings
 * keeps. Each has its own client, made when first used and kept for the session, so a job or a
 * log window started on one engine goes on after the window switched to another. The core holds
 * no "current engine": everything that talks to one is given its client.
 */
class Engines : public QObject, public AppSingleton<Engines>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// [{url, label, source, added, current, context}], the found engine first, then the added
    /// ones and every docker context.
    Q_PROPERTY(QVariantList list READ list NOTIFY changed)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY changed)
    Q_PROPERTY(QString currentUrl READ currentUrl NOTIFY changed)

public:
    Engines(const Endpoint &found, QObject *parent);
    ~Engines() override;

    EngineClient *current() const;
    int currentIndex() const { return m_current; }
    QString currentUrl() const;
    QVariantList list() const;

    /// Adds an engine to the list and keeps it; it is not switched to. A socket (unix:///path or a
    /// plain path): "" or what is wrong with it. Another machine (ssh://, tcp://): the connection
    /// is tried first and a docker context written for it, so the docker CLI sees it too; returns
    /// "" and answers with addFinished().
    Q_INVOKABLE QString add(const QString &host);
    /// An engine being tried by add().
    Q_PROPERTY(bool testing READ testing NOTIFY testingChanged)
    bool testing() const { return m_testing != nullptr; }
    /// Where @p url leads as the list knows it (a context's TLS files included); false when the
    /// list does not have it.
    bool endpointFor(const QString &url, Endpoint *endpoint) const;
    /// Takes an added engine off the list (not the found one, nor the one shown).
    Q_INVOKABLE void remove(const QString &url);
    /// Shows the engine at @p url in the window.
    Q_INVOKABLE void switchTo(const QString &url);
    /// Well-known sockets present on this machine that are not on the list, as URLs.
    Q_INVOKABLE QStringList suggestions() const;
    /// Every listed engine but the one shown: targets for a transfer.
    Q_INVOKABLE QStringList others() const;

Q_SIGNALS:
    void changed();
    /// The window now shows @p client's engine.
    void switched(EngineClient *client);
    /// add() of another machine ended: "" (it is on the list, and a docker context) or why not.
    void addFinished(const QString &message);
    void testingChanged();

private:
    struct Entry
    {
        Endpoint endpoint;
        bool added = false;
        std::unique_ptr<EngineClient> client;
        QString context; ///< the docker context it comes from, if any
    };
    /// A context's name for an engine at @p endpoint: its host, made unique.
    static QString contextNameFor(const Endpoint &endpoint);
    int indexOf(const QString &url) const;
    /// What the closed engine switcher shows for @p entry.
    QString shortLabel(const Entry &entry) const;
    EngineClient *clientOf(Entry &entry);
    void save() const;

    std::vector<Entry> m_entries;
    int m_current = 0;
    EngineClient *m_testing = nullptr;
};
