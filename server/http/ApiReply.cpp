#include "http/ApiReply.h"

#include "protocol/ApiError.h"

ApiReply ApiReply::error(int status, const QString& code, const QString& message, const QJsonObject& extra)
{
    Protocol::ApiError error{status, code, message};
    QJsonObject body = error.toJson();
    if (!extra.isEmpty()) {
        QJsonObject inner = body.value(QStringLiteral("error")).toObject();
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            inner.insert(it.key(), it.value());
            body.insert(it.key(), it.value());
        }
        body.insert(QStringLiteral("error"), inner);
    }
    return ApiReply{status, body, {}};
}
