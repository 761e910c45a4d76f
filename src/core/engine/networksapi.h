// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/apibase.h"

#include <QStringList>

/// Network calls: the list, for the run dialog's network choice.
class NetworksApi : public ApiBase
{
public:
    using ApiBase::ApiBase;

    EngineReply *list() const;
    /// The networks' names from a list answer, sorted.
    static QStringList parseNames(const QByteArray &body);
};
