#pragma once

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
    QString status; // as the server said it: conflict, rejected, gone, duplicate
    QString reason;
    QDateTime createdAt;   // UTC
    QJsonObject localRow;  // what this client had typed; for a deletion the row as it was deleted
    QJsonObject serverRow; // the server's row at the time; for a duplicate the other, existing record
    QString op;            // insert, update or delete: the change that was not applied

    bool isValid() const { return id > 0; }
    bool wasDeletion() const { return op == QLatin1String("delete"); }
    bool wasInsert() const { return op == QLatin1String("insert"); }

    static Kind kindOf(const QString& status)
    {
        if (status == QLatin1String("conflict"))
            return Kind::Conflict;
        if (status == QLatin1String("rejected"))
            return Kind::Rejected;
        if (status == QLatin1String("gone"))
            return Kind::Gone;
        if (status == QLatin1String("duplicate"))
            return Kind::Duplicate;
        return Kind::Unknown;
    }
};
