#include "store/outbox/OutboxSalvage.h"

#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"
#include "store/conflicts/ConflictStore.h"
#include "store/outbox/Outbox.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantList>
#include <QVector>

namespace {

QAtomicInt s_counter;

// Columns of an older schema that are missing are read as NULL; rows stop where the damage begins.
QVector<QVariantList> readRows(QSqlDatabase& db, const QString& table, const QStringList& wanted)
{
    QVector<QVariantList> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return rows;
    const QSqlRecord record = q.record();
    while (q.next()) {
        QVariantList row;
        for (const QString& column : wanted) {
            const int index = record.indexOf(column);
            row.append(index < 0 ? QVariant() : q.value(index));
        }
        rows.append(row);
    }
    return rows;
}

QString stateOf(QSqlDatabase& db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

bool OutboxSalvage::salvage(const QString& damagedPath, LocalCache& fresh, Result* result, QString* error)
{
    *result = Result();
    const QString name = QStringLiteral("opvangloket-salvage-%1").arg(s_counter.fetchAndAddRelaxed(1));
    QVector<QVariantList> outbox, conflicts;
    QString clientId, midBase;
    {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        damaged.setDatabaseName(damagedPath);
        damaged.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (damaged.open()) {
            outbox = readRows(damaged, QStringLiteral("outbox"), Outbox::columns());
            conflicts = readRows(damaged, QStringLiteral("conflicts"), ConflictStore::salvageColumns());
            clientId = stateOf(damaged, QStringLiteral("client_id"));
            midBase = stateOf(damaged, QStringLiteral("mid_base"));
            damaged.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    for (QVariantList& row : outbox) {
        row[7] = row.at(7).isNull() ? QVariant(1) : row.at(7); // may have been sent: never rewritten in place
        (row.at(9).isNull() ? result->pending : result->acknowledged) += 1;
    }
    result->conflicts = int(conflicts.size());
    if (outbox.isEmpty() && conflicts.isEmpty())
        return true;
    QSqlDatabase db = fresh.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // The same client id and mids: the server knows them, and would refuse a second count from 1 as a gap.
    bool ok = Outbox(fresh).restore(outbox, error) && ConflictStore(fresh).restore(conflicts, error) &&
              (clientId.isEmpty() || fresh.setState(QStringLiteral("client_id"), clientId)) &&
              (midBase.isEmpty() || fresh.setState(QStringLiteral("mid_base"), midBase));
    if (ok && db.commit()) {
        qCWarning(lcStore) << "salvaged from a damaged cache:" << result->pending << "pending and"
                           << result->acknowledged << "acknowledged changes," << result->conflicts << "conflicts";
        return true;
    }
    if (ok)
        *error = db.lastError().text();
    db.rollback();
    return false;
}
