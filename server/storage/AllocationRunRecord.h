#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// One joint allocation run as the server keeps it (docs/PROTOCOL.md "Allocation"): not a synced row, read online
// only. `basis` holds the version of every application and free place the draft was computed from, so a confirm
// can tell that one of them changed since (409 stale).
struct AllocationRunRecord {
    QString id;
    QString regionId;
    QString ruleSetId;
    qint64 seed = 0;
    QString status; // draft | confirmed | discarded
    QString asOf;   // YYYY-MM-DD
    QString createdAt;
    QString createdBy;
    QString decidedAt; // when confirmed or discarded
    QString decidedBy;
    QJsonObject summary;
    QJsonArray assignments; // empty when listed without them
    QJsonObject basis;      // {"applications": ["id:version", …], "free_places": ["id:version", …]}
};
