#pragma once

#include "store/conflicts/ConflictEntry.h"
#include "store/outbox/OutboxEntry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class LocalCache;
class LocalWriter;
namespace Protocol {
struct Table;
}

// "Merge into the existing parent": a parent this client filed came back duplicate (the server has a parent
// with the same national number, in server_row). In one local transaction:
//  - the records this client linked to its own parent (children, applications, emergency entries, messages)
//    move to the existing one: an entry that never left this computer is rewritten in place; a record the
//    server already has gets an update of parent_id; an insert the server refused (its parent did not exist
//    there) is sent again as a new insert, and its refusal closed;
//  - fields that are empty on the existing parent get this client's values, as one update;
//  - the duplicate entry is closed.
class DuplicateMerge
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateMerge)

public:
    explicit DuplicateMerge(LocalCache& cache);

    // A parent this client filed that the server already has under another id.
    static bool applies(const ConflictEntry& entry);
    // Why the merge cannot run now, in plain words; empty when it can.
    QString obstacle(const ConflictEntry& entry) const;
    // The fields of the existing parent the merge fills, with this client's values.
    QJsonObject filledFields(const ConflictEntry& entry) const;
    bool run(const ConflictEntry& entry, QString* error);

private:
    QVector<OutboxEntry> pendingEntries(const QString& table, const QString& rowId) const;
    QStringList linkedRows(const QString& table, const QString& parentId) const;
    bool sentButUnanswered(const QString& localId) const;
    bool moveTable(LocalWriter& writer, const Protocol::Table& table, const QString& from, const QString& to,
                   QString* error);
    bool rewriteUnsent(const QString& table, const QString& rowId, const QVector<OutboxEntry>& entries,
                       const QString& from, const QString& to, QString* error);
    bool resendRefused(LocalWriter& writer, const QString& table, const QString& from, const QString& to,
                       QString* error);
    bool dropUnsentOf(const QString& localId, QString* error);

    LocalCache& m_cache;
};
