#include "SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "opvangloket.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "opvangloket.api", QtInfoMsg)
