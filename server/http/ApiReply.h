#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// What a handler answers: a status, a JSON body and extra headers. Errors use the body of docs/PROTOCOL.md:
// {"error": {"code", "message", ...extra}}. A reply in another format (the compact pull page) carries its bytes and
// media type instead of the JSON body.
struct ApiReply {
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType; // empty: the body is JSON
    QByteArray rawBody;

    bool isError() const { return status >= 400; }
    static ApiReply ok(const QJsonObject& body) { return ApiReply{200, body, {}}; }
    static ApiReply error(int status, const QString& code, const QString& message,
                          const QJsonObject& extra = QJsonObject());
};
