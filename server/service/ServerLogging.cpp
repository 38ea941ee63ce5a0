#include "service/ServerLogging.h"

Q_LOGGING_CATEGORY(lcServerHttp, "opvangloket.server.http")
Q_LOGGING_CATEGORY(lcServerStorage, "opvangloket.server.storage")
Q_LOGGING_CATEGORY(lcServerAuth, "opvangloket.server.auth")
Q_LOGGING_CATEGORY(lcServerSync, "opvangloket.server.sync")
Q_LOGGING_CATEGORY(lcServerDemo, "opvangloket.server.demo")
Q_LOGGING_CATEGORY(lcServerMail, "opvangloket.server.mail")
