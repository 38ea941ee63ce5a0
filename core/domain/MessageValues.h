#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

// The values a parent message template fills in (see MessageTemplates::placeholders()), from the rows
// involved. One function for the server's automatic mail and the worker's own message, so both say the
// same thing. Rows may be empty: their placeholders are then left out and rendering says which is missing.
struct MessageRows {
    QJsonObject parent;
    QJsonObject application;
    QJsonObject child;
    QJsonObject offer;
    QJsonObject location; // the offer's location
};

class MessageValues
{
public:
    // `language` is a template language (nl, fr, en): it picks the state texts and the date format.
    static QHash<QString, QString> build(const MessageRows& rows, const QString& language);
};
