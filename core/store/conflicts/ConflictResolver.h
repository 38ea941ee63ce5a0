#pragma once

#include "domain/RowValidator.h"
#include "store/conflicts/ConflictEntry.h"
#include "store/write/LocalWriter.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

class LocalCache;

// What a person decides about a change the server did not apply. Every decision that keeps work queues it
// again through LocalWriter, and the row, the outbox entry and the closing of the conflict are one
// transaction: a crash leaves either the open conflict or the queued change, never both or neither.
class ConflictResolver
{
public:
    explicit ConflictResolver(LocalCache& cache);

    // The whole row as it would be sent with these values, by the rules the server applies.
    QVector<FieldError> check(const ConflictEntry& entry, const QJsonObject& values) const;

    // conflict: values holds the chosen value of each field (mine, theirs or edited); they are written over
    // the row as the cache now holds it (the server's), which queues one update with the right old values.
    bool resolve(const ConflictEntry& entry, const QJsonObject& values, QString* error);
    // conflict on a deletion: delete the server's current row after all.
    bool deleteAgain(const ConflictEntry& entry, QString* error);
    // rejected: queue the corrected values again, as an insert when the server never had the row.
    bool resend(const ConflictEntry& entry, const QJsonObject& values, QString* error);
    // gone: file the local values again as a new record (the server keeps the old id as deleted).
    bool recreate(const ConflictEntry& entry, const QJsonObject& values, QString* error);
    // Any kind: drop what this client had; the cache already shows the server's truth.
    bool discard(const ConflictEntry& entry, QString* error);
    // duplicate parent: move this client's records to the existing parent and fill its empty fields
    // (DuplicateMerge); one transaction.
    bool mergeIntoExisting(const ConflictEntry& entry, QString* error);

    // The id of the record recreate() made last.
    QString lastCreatedId() const { return m_lastCreatedId; }

private:
    bool insertsAgain(const ConflictEntry& entry) const;
    QJsonObject baseRow(const ConflictEntry& entry) const;
    bool close(const ConflictEntry& entry, QString* error);
    LocalWriter::AlsoDo closer(const ConflictEntry& entry) const;

    LocalCache& m_cache;
    QString m_lastCreatedId;
};
