// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/filehead.h"

#include "engine/containersapi.h"
#include "engine/enginereply.h"
#include "files/fileroot.h"

FileHead::FileHead(FileRoot *root, const QString &path, qint64 limit, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_path(path)
    , m_limit(limit)
{
    m_reader.onEntry = [this](const TarEntry &e) {
        if (m_seen) {
            m_reader.stop(); // a folder's second entry: its own is all a preview needs
            return;
        }
        m_seen = true;
        m_entry = e;
        m_entry.path = m_path;
        if (e.type != TarEntry::Type::File || e.size == 0)
            m_reader.stop();
    };
    m_reader.onContent = [this](QByteArrayView data) {
        m_data.append(data.first(qMin<qsizetype>(data.size(), m_limit - m_data.size())));
        if (m_data.size() >= m_limit)
            m_reader.stop();
    };
    m_reader.onEntryEnd = [this](const TarEntry &) { m_reader.stop(); };
}

FileHead::~FileHead()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FileHead::start()
{
    m_root->prepare([self = QPointer(this)](const EngineError &error, const QString &id) {
        if (!self)
            return;
        if (error.isError()) {
            self->m_done = true;
            Q_EMIT self->failed(error);
            return;
        }
        self->m_reply
            = ContainersApi(self->m_root->client()).archiveGet(id, self->m_root->containerPath(self->m_path));
        connect(self->m_reply, &EngineReply::dataReceived, self, [self](const QByteArray &data) {
            self->m_reader.addData(data);
            if (!self->m_reader.error().isEmpty()) {
                self->m_done = true;
                self->m_reply->disconnect(self);
                self->m_reply->abort();
                self->m_reply->deleteLater();
                Q_EMIT self->failed(EngineError::protocol(self->m_reader.error()));
            } else if (self->m_seen
                && (self->m_reader.atEnd() || self->m_entry.type != TarEntry::Type::File
                    || self->m_data.size() >= qMin(self->m_limit, self->m_entry.size))) {
                self->done();
            }
        });
        connect(self->m_reply, &EngineReply::finished, self, [self] {
            self->m_reply->deleteLater();
            if (self->m_done)
                return;
            if (self->m_reply->error().isError()) {
                self->m_done = true;
                Q_EMIT self->failed(self->m_reply->error());
                return;
            }
            if (!self->m_seen) {
                self->m_done = true;
                Q_EMIT self->failed(
                    EngineError::protocol(tr("The engine sent nothing for %1.").arg(self->m_path)));
                return;
            }
            self->done();
        });
    });
}

void FileHead::done()
{
    if (m_done)
        return;
    m_done = true;
    if (m_reply && !m_reply->isFinished()) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    Q_EMIT finished();
}
