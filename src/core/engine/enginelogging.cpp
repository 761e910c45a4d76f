// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginelogging.h"

Q_LOGGING_CATEGORY(lcEngine, "berth.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngineHttp, "berth.engine.http", QtWarningMsg)
