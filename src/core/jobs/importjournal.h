// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

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

    /// Records that the import made @p kind ("container", "volume", "image") @p name.
    void record(const QString &kind, const QString &name);
    /// Nothing is left to undo: the file goes.
    void clear();
    QString path() const { return m_path; }

    /// Undoes the journals of imports on @p endpoint whose process is gone; @p done gets how many.
    static void rollBackLeftovers(
        EngineClient *client, QObject *context, const std::function<void(int)> &done);
    /// Where the journals are (tests point it elsewhere).
    static QString folder();

private:
    void write() const;

    QString m_endpoint;
    QString m_path;
    QList<QPair<QString, QString>> m_items;
};
