// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class EngineClient;
class QObject;

/**
 * What a migration import has made on an engine so far (container, volumes, image), in a small
 * file of the app's data folder, so that an import cut short by the engine (or Berth) stopping is
 * undone at the next connection, as a failed step is undone at once. The file goes when the
 * import succeeds or its rollback completes.
 */
class ImportJournal
{
public:
    explicit ImportJournal(QString endpoint);
    ~ImportJournal();

    /// Records that the import made @p kind ("container" by id, "volume", "image") @p name, or
    /// ("replaced") renamed the container it replaces, with what identifies it (@p facts: an
    /// image's Id, a replaced container's original name and whether it ran), so that a later
    /// rollback can tell it from what the user made or used since.
    void record(const QString &kind, const QString &name, const QJsonObject &facts = {});
    /// Adds @p facts to what was recorded about @p kind @p name.
    void amend(const QString &kind, const QString &name, const QJsonObject &facts);
    /// Nothing is left to undo: the file goes.
    void clear();
    QString path() const { return m_path; }

    /// What rollBackLeftovers() did.
    struct Outcome
    {
        int journals = 0; ///< imports cut short that were looked at
        QStringList undone; ///< what went (or came back), in words
        QStringList kept; ///< what stayed because it changed since, each with why and what to do
    };
    /// Undoes the journals of imports on @p endpoint whose process is gone, but only what is
    /// still exactly as the import left it: a container never started since, a volume no container
    /// uses and an image none uses (the very one the import made, when its Id is known). The rest
    /// is kept and named.
    static void rollBackLeftovers(
        EngineClient *client, QObject *context, const std::function<void(const Outcome &)> &done);
    /// Where the journals are (tests point it elsewhere).
    static QString folder();

private:
    struct Item
    {
        QString kind, name;
        QJsonObject facts;
    };
    void write() const;

    QString m_endpoint;
    QString m_path;
    QList<Item> m_items;
};
