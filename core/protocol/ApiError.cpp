#include "ApiError.h"

#include <QJsonDocument>

namespace Protocol {

QJsonObject ApiError::toJson() const
{
    return QJsonObject{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

ApiError ApiError::fromResponse(int status, const QByteArray& body)
{
    ApiError error;
    error.httpStatus = status;
    const QJsonObject inner = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    error.code = inner.value(QStringLiteral("code")).toString();
    error.message = inner.value(QStringLiteral("message")).toString();
    if (error.code.isEmpty())
        error.code = QStringLiteral("http_%1").arg(status);
    return error;
}

} // namespace Protocol
