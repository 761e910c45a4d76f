// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsingleton.h"
#include "endpoint.h"

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
    /// [{url, label, source, added, current}], the found engine first.
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

    /// Adds a socket (unix:///path or a plain path) to the list and keeps it; "" or what is
    /// wrong with it. It is not switched to.
    Q_INVOKABLE QString add(const QString &host);
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

private:
    struct Entry
    {
        Endpoint endpoint;
        bool added = false;
        std::unique_ptr<EngineClient> client;
    };
    int indexOf(const QString &url) const;
    EngineClient *clientOf(Entry &entry);
    void save() const;

    std::vector<Entry> m_entries;
    int m_current = 0;
};
