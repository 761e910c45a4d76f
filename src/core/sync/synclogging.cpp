// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/synclogging.h"

Q_LOGGING_CATEGORY(lcSync, "berth.sync", QtWarningMsg)
