#pragma once

#include <QLoggingCategory>

// One logging category per server area. Log lines carry no personal data: method, path, status, timings,
// counts and ids of rows at most.
Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)
Q_DECLARE_LOGGING_CATEGORY(lcServerStorage)
Q_DECLARE_LOGGING_CATEGORY(lcServerAuth)
Q_DECLARE_LOGGING_CATEGORY(lcServerSync)
Q_DECLARE_LOGGING_CATEGORY(lcServerDemo)
Q_DECLARE_LOGGING_CATEGORY(lcServerMail)
