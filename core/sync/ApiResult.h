#pragma once

#include "protocol/ApiError.h"

#include <QJsonObject>
#include <QString>

// The outcome of one API request: either an HTTP status with a JSON body, or a network failure
// (server unreachable, timeout), which the client treats as "offline".
struct ApiResult {
    int status = 0;
    QJsonObject json;
    // A successful reply in another format than JSON (the compact pull page): its media type and bytes.
    QByteArray contentType;
    QByteArray body;
    Protocol::ApiError error;
    bool networkError = false;
    QString networkMessage;
    // The server's TLS certificate was refused (a network error too): networkMessage says why, for a person.
    bool tlsRefused = false;
    int retryAfterSeconds = 0;

    bool ok() const { return !networkError && status >= 200 && status < 300; }
    // A sentence for a person: the server's message, or why the server could not be reached.
    QString describe() const;
};
