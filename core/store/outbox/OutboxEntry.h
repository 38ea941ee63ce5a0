#pragma once

#include <QJsonObject>
#include <QString>

// One row of the outbox: a change made here, in the order it was made (docs/ARCHITECTURE.md "The cache and
// its derived tables"). mid is the local number, never renumbered; the payload is the whole row for an
// insert, {field: {old, new}} for an update, and the deleted row (kept, not sent) for a delete.
struct OutboxEntry {
    qint64 mid = 0;
    QString table;
    QString op; // insert | update | delete
    QString rowId;
    qint64 baseVersion = 0;
    QJsonObject payload;
    QString createdAt;
    int attempts = 0; // how often it was sent; 0 = it never left this computer
};
