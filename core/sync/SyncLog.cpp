#include "SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "opvangloket.sync")
Q_LOGGING_CATEGORY(lcApi, "opvangloket.api")
