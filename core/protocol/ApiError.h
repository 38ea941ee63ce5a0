#pragma once

#include <QJsonObject>
#include <QString>

namespace Protocol {

// The error body of every failed request: {"error": {"code": "...", "message": "..."}}.
struct ApiError {
    int httpStatus = 0;
    QString code;
    QString message;

    bool isValid() const { return httpStatus != 0; }
    QJsonObject toJson() const;
    // Reads a server error body; falls back to a generic error for bodies that are not ours.
    static ApiError fromResponse(int httpStatus, const QByteArray& body);
};

} // namespace Protocol
