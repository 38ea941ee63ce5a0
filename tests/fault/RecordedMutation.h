#pragma once

#include <QString>

// One outbox entry as it was queued: what the server's mutation log must hold exactly once when all
// clients have settled.
struct RecordedMutation {
    int client = -1; // index of the client profile in the test
    QString clientId;
    qint64 mid = 0;
    QString table;
    QString op; // insert | update | delete
    QString rowId;

    QString rowKey() const { return table + QLatin1Char('/') + rowId; }
};
