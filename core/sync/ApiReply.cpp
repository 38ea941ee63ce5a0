#include "ApiReply.h"

#include <QCoreApplication>

QString ApiReply::describe() const
{
    if (networkError)
        return QCoreApplication::translate("ApiReply", "The server cannot be reached (%1).").arg(networkMessage);
    if (ok())
        return QString();
    if (!error.message.isEmpty())
        return error.message;
    return QCoreApplication::translate("ApiReply", "The server answered with error %1.").arg(status);
}
