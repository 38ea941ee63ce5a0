#include "AuthLog.h"

Q_LOGGING_CATEGORY(lcAuth, "opvangloket.auth", QtInfoMsg)
