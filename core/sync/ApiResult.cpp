#include "ApiResult.h"

#include <QCoreApplication>

QString ApiResult::describe() const
{
    if (tlsRefused)
        return networkMessage;
    if (networkError)
        return QCoreApplication::translate("ApiResult", "The server cannot be reached (%1).").arg(networkMessage);
    if (ok())
        return QString();
    if (!error.message.isEmpty())
        return error.message;
    return QCoreApplication::translate("ApiResult", "The server answered with error %1.").arg(status);
}
