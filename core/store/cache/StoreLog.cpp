#include "store/cache/StoreLog.h"

Q_LOGGING_CATEGORY(lcStore, "opvangloket.store", QtInfoMsg)
