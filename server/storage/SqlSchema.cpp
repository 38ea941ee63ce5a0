#include "storage/SqlSchema.h"

#include "protocol/TableSchema.h"
#include "service/ServerLogging.h"
#include "storage/SqlDatabase.h"
#include "storage/SqlRowCodec.h"

void SqlSchema::createSyncedTables(SqlDatabase& db)
{
    for (const Protocol::Table& table : Protocol::syncedTables()) {
        if (table.name == QLatin1String("accounts"))
            continue; // has server-only columns; each ladder creates it
        db.exec(SqlRowCodec::createTableSql(table, db.dialect()));
        db.exec(QStringLiteral("CREATE INDEX %1_seq ON %1(seq)").arg(table.name));
        db.exec(QStringLiteral("CREATE INDEX %1_region_seq ON %1(region_id, seq)").arg(table.name));
        db.exec(QStringLiteral("CREATE INDEX %1_filed_by ON %1(filed_by, seq)").arg(table.name));
    }
    db.exec(QStringLiteral("CREATE INDEX applications_child ON applications(child_id, region_id)"));
}

QStringList SqlSchema::columnNames(SqlDatabase& db, const QString& table)
{
    QStringList names;
    QSqlQuery& info = db.run(db.dialect().columnNamesSql(table));
    while (info.next())
        names.append(info.value(0).toString());
    info.finish();
    return names;
}

void SqlSchema::createParentNationalNumberIndex(SqlDatabase& db)
{
    // seq second: the lookup takes the oldest match, straight from the index.
    db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS parents_national_number ON parents (%1, seq)")
                .arg(normalizedNationalNumber(QStringLiteral("national_number"))));
}

void SqlSchema::addAuditHistoryColumns(SqlDatabase& db)
{
    db.exec(QStringLiteral("ALTER TABLE audit_events ADD COLUMN fields TEXT"));
    db.exec(QStringLiteral("ALTER TABLE audit_events ADD COLUMN version BIGINT"));
    db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS audit_events_entity ON audit_events (entity, entity_id, id)"));
}

void SqlSchema::createPlacementIndexes(SqlDatabase& db)
{
    db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS offers_free_place ON offers (free_place_id)"));
    db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS offers_application ON offers (application_id)"));
    db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS offers_status_respond_by ON offers (status, respond_by)"));
    db.exec(QStringLiteral(
        "CREATE INDEX IF NOT EXISTS emergency_entries_application ON emergency_entries (application_id)"));
}

void SqlSchema::addEmergencyListDates(SqlDatabase& db)
{
    addMissingColumns(db);
    db.exec(
        QStringLiteral("UPDATE emergency_entries SET listed_on = COALESCE((SELECT substr(MIN(a.at), 1, 10) FROM "
                       "audit_events a WHERE a.entity = 'emergency_entries' AND a.entity_id = emergency_entries.id), "
                       "substr(updated_at, 1, 10)) WHERE listed_on IS NULL"));
    db.exec(QStringLiteral("UPDATE emergency_entries SET resolved_on = substr(updated_at, 1, 10) "
                           "WHERE status <> 'open' AND resolved_on IS NULL"));
}

QString SqlSchema::normalizedNationalNumber(const QString& column)
{
    return QStringLiteral("replace(replace(replace(%1, ' ', ''), '.', ''), '-', '')").arg(column);
}

void SqlSchema::addMissingColumns(SqlDatabase& db)
{
    for (const Protocol::Table& table : Protocol::syncedTables()) {
        const QStringList existing = columnNames(db, table.name);
        // Common fields too: updated_by came after the first schema (nullable, so ADD COLUMN can add it).
        for (const Protocol::Field& f : Protocol::commonFields() + table.fields) {
            if (existing.contains(f.name))
                continue;
            qCInfo(lcServerStorage) << "adding column" << f.name << "to" << table.name;
            db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                        .arg(table.name, f.name, db.dialect().columnType(f.type)));
        }
    }
}
