// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/apiversion.h"

#include <QDateTime>
#include <QString>

/// What the engine said about itself at connection time (/_ping and /version).
struct EngineInfo
{
    QString name; ///< "Docker Engine" or "Podman"
    QString version; ///< 20.10.24+dfsg1
    ApiVersion engineApi; ///< the newest the engine speaks
    ApiVersion minApi; ///< the oldest it accepts
    ApiVersion api; ///< the version Berth uses: the lower of the engine's and Berth's newest
    QString os; ///< linux
    QString arch; ///< amd64
    QString kernel;
    bool podman = false;
    QString endpointUrl;
    QDateTime serverTime; ///< the engine's clock at connection (its Date header), if it sent one
};
