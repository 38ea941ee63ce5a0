#include "storage/sqlite/SqliteTriggers.h"

#include "protocol/TableSchema.h"
#include "storage/SqlDatabase.h"
#include "storage/SqlSchema.h"

#include <QVector>

namespace {

const QString kTakeSeq = QStringLiteral("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'seq'; ");
const QString kSeq = QStringLiteral("(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'seq')");
const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"); // Qt::ISODateWithMs, UTC

// What a tombstone of `table` records as the region: accounts are visible by their region list.
QString scope(const QString& table, const char* row)
{
    const QString column =
        table == QLatin1String("accounts") ? QStringLiteral("region_ids") : QStringLiteral("region_id");
    return QLatin1String(row) + QLatin1Char('.') + column;
}

QString upsertTombstone(const QString& values)
{
    return QStringLiteral("INSERT INTO tombstones (table_name, id, region_id, filed_by, version, seq, deleted_at, "
                          "moved_to_region_id) ") +
           values +
           QStringLiteral(
               " ON CONFLICT (table_name, id, region_id) DO UPDATE SET region_id = excluded.region_id, filed_by = "
               "excluded.filed_by, version = excluded.version, seq = excluded.seq, deleted_at = "
               "excluded.deleted_at, moved_to_region_id = excluded.moved_to_region_id; ");
}

// The columns whose change an account's puller sees (not email, organisation or the password hash).
QString syncedColumnsOf(const QString& table)
{
    QStringList names;
    for (const Protocol::Field& f : Protocol::commonFields())
        names.append(f.name);
    names.append(Protocol::findTable(table)->fieldNames());
    names.removeOne(QStringLiteral("id"));
    return names.join(QLatin1String(", "));
}

} // namespace

void SqliteTriggers::ensure(SqlDatabase& db)
{
    for (const Protocol::Table& table : Protocol::syncedTables()) {
        for (const Trigger& t : triggersFor(table.name, SqlSchema::columnNames(db, table.name))) {
            const QString current =
                db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"), {t.name})
                    .toString();
            if (current == t.sql)
                continue;
            db.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + t.name);
            db.exec(t.sql);
        }
    }
}

QVector<SqliteTriggers::Trigger> SqliteTriggers::triggersFor(const QString& table, const QStringList& columns)
{
    return {{table + QStringLiteral("_operator_insert"), insertTrigger(table, columns)},
            {table + QStringLiteral("_operator_update"), updateTrigger(table)},
            {table + QStringLiteral("_operator_delete"), deleteTrigger(table)}};
}

QString SqliteTriggers::insertTrigger(const QString& table, const QStringList& columns)
{
    QStringList values;
    for (const QString& c : columns) {
        if (c == QLatin1String("seq"))
            values.append(kSeq);
        else if (c == QLatin1String("version"))
            values.append(QStringLiteral("COALESCE(NEW.version, 1)"));
        else if (c == QLatin1String("updated_at"))
            values.append(QStringLiteral("COALESCE(NEW.updated_at, ") + kNow + QLatin1Char(')'));
        else if (c == QLatin1String("updated_by"))
            values.append(QStringLiteral("NULL"));
        else
            values.append(QStringLiteral("NEW.") + c);
    }
    return QStringLiteral("CREATE TRIGGER ") + table + QStringLiteral("_operator_insert BEFORE INSERT ON ") + table +
           QStringLiteral(" FOR EACH ROW WHEN NEW.seq IS NULL BEGIN ") + kTakeSeq + QStringLiteral("INSERT INTO ") +
           table + QStringLiteral(" (") + columns.join(QLatin1String(", ")) + QStringLiteral(") VALUES (") +
           values.join(QLatin1String(", ")) + QStringLiteral("); SELECT RAISE(IGNORE); END");
}

QString SqliteTriggers::updateTrigger(const QString& table)
{
    const QString of = table == QLatin1String("accounts") ? QStringLiteral(" OF ") + syncedColumnsOf(table) : QString();
    const QString oldScope = scope(table, "OLD");
    const QString newScope = scope(table, "NEW");
    return QStringLiteral("CREATE TRIGGER ") + table + QStringLiteral("_operator_update AFTER UPDATE") + of +
           QStringLiteral(" ON ") + table + QStringLiteral(" FOR EACH ROW WHEN NEW.seq IS OLD.seq BEGIN ") + kTakeSeq +
           QStringLiteral("UPDATE ") + table + QStringLiteral(" SET seq = ") + kSeq +
           QStringLiteral(", version = OLD.version + 1, updated_at = ") + kNow +
           QStringLiteral(", updated_by = NULL WHERE id = NEW.id; ") +
           upsertTombstone(QStringLiteral("SELECT '") + table + QStringLiteral("', NEW.id, ") + oldScope +
                           QStringLiteral(", NEW.filed_by, OLD.version + 1, ") + kSeq + QStringLiteral(", ") + kNow +
                           QStringLiteral(", ") + newScope + QStringLiteral(" WHERE ") + oldScope +
                           QStringLiteral(" IS NOT ") + newScope) +
           QStringLiteral("DELETE FROM tombstones WHERE table_name = '") + table +
           QStringLiteral("' AND id = NEW.id AND region_id = ") + newScope +
           QStringLiteral(" AND moved_to_region_id IS NOT NULL AND ") + oldScope + QStringLiteral(" IS NOT ") +
           newScope + QStringLiteral("; END");
}

QString SqliteTriggers::deleteTrigger(const QString& table)
{
    return QStringLiteral("CREATE TRIGGER ") + table + QStringLiteral("_operator_delete AFTER DELETE ON ") + table +
           QStringLiteral(" FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM tombstones WHERE table_name = '") + table +
           QStringLiteral("' AND id = OLD.id AND moved_to_region_id IS NULL AND seq >= OLD.seq) BEGIN ") + kTakeSeq +
           upsertTombstone(QStringLiteral("VALUES ('") + table + QStringLiteral("', OLD.id, ") + scope(table, "OLD") +
                           QStringLiteral(", OLD.filed_by, OLD.version + 1, ") + kSeq + QStringLiteral(", ") + kNow +
                           QStringLiteral(", NULL)")) +
           QStringLiteral("END");
}
