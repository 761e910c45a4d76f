// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/resourcelistmodel.h"

void ResourceListModel::setStatus(Status status, const QString &errorString)
{
    if (status == m_status && errorString == m_errorString)
        return;
    m_status = status;
    m_errorString = errorString;
    Q_EMIT statusChanged();
}
