// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/imagereference.h"

ImageReference ImageReference::parse(const QString &text)
{
    ImageReference r;
    QString rest = text.trimmed();
    if (rest.startsWith(QLatin1String("sha256:")) && !rest.contains(QLatin1Char('/'))) {
        r.m_repository = rest;
        r.m_id = true;
        return r;
    }
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        r.m_digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
        r.m_tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    r.m_repository = rest;
    return r;
}

QString ImageReference::familiar() const
{
    QString repository = m_repository;
    if (repository.startsWith(QLatin1String("docker.io/")))
        repository = repository.mid(10);
    if (repository.startsWith(QLatin1String("library/")))
        repository = repository.mid(8);
    ImageReference r = *this;
    r.m_repository = repository;
    return r.toString();
}

QString ImageReference::normalized() const
{
    if (m_id || hasTag() || !m_digest.isEmpty())
        return familiar();
    return familiar() + QStringLiteral(":latest");
}

QString ImageReference::toString() const
{
    QString text = m_repository;
    if (!m_tag.isEmpty())
        text += QLatin1Char(':') + m_tag;
    if (!m_digest.isEmpty())
        text += QLatin1Char('@') + m_digest;
    return text;
}
