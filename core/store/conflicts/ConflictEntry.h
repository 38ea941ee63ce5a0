#pragma once

#include "protocol/MutationStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One change the server did not apply (docs/PROTOCOL.md), as kept in the conflicts table beside the
// server's row until a person decides what happens to it.
struct ConflictEntry {
    enum class Kind { Conflict, Rejected, Gone, Duplicate, Unknown };

    qint64 id = 0;
    QString table;
    QString rowId;
    qint64 mid = 0;
    Kind kind = Kind::Unknown;
    QString status; // the stored word, as the server said it (Protocol::mutationStatusName)
    QString reason;
    QDateTime createdAt;   // UTC
    QJsonObject localRow;  // what this client had typed; for a deletion the row as it was deleted
    QJsonObject serverRow; // the server's row at the time; for a duplicate the other, existing record
    QString op;            // insert, update or delete: the change that was not applied

    bool isValid() const { return id > 0; }
    bool wasDeletion() const { return op == QLatin1String("delete"); }
    bool wasInsert() const { return op == QLatin1String("insert"); }

    // The stored word read through the protocol's one mapping (Protocol::MutationStatus): an applied mutation
    // is never stored, and any word this client does not know is Unknown.
    static Kind kindOf(const QString& status)
    {
        switch (Protocol::mutationStatusFromName(status)) {
        case Protocol::MutationStatus::Conflict:
            return Kind::Conflict;
        case Protocol::MutationStatus::Rejected:
            return Kind::Rejected;
        case Protocol::MutationStatus::Gone:
            return Kind::Gone;
        case Protocol::MutationStatus::Duplicate:
            return Kind::Duplicate;
        case Protocol::MutationStatus::Applied:
        case Protocol::MutationStatus::Unknown:
            break;
        }
        return Kind::Unknown;
    }
};
