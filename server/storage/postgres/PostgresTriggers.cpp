#include "storage/postgres/PostgresTriggers.h"

#include "protocol/TableSchema.h"
#include "storage/SqlDatabase.h"
#include "storage/postgres/PostgresCommitListener.h"

namespace {

// The columns whose change an account's puller sees (not email, organisation or the password hash).
QString syncedAccountColumns()
{
    QStringList names;
    for (const Protocol::Field& f : Protocol::commonFields())
        names.append(f.name);
    names.append(Protocol::findTable(QStringLiteral("accounts"))->fieldNames());
    names.removeOne(QStringLiteral("id"));
    return names.join(QLatin1String(", "));
}

} // namespace

QString PostgresTriggers::counterLockedSetting()
{
    return QStringLiteral("opvangloket.counter_locked");
}

void PostgresTriggers::install(SqlDatabase& db)
{
    installFunctions(db);
    installTriggers(db);
}

void PostgresTriggers::installFunctions(SqlDatabase& db)
{
    // Payload "operator <seq> <seq>": PostgresCommitListener of every instance loads and pokes (no instance
    // has the id "operator", so none skips it).
    const QString takeSeq =
        QStringLiteral("CREATE OR REPLACE FUNCTION opvangloket_take_seq() RETURNS BIGINT LANGUAGE plpgsql AS $$ "
                       "DECLARE s BIGINT; BEGIN "
                       "UPDATE seq_counter SET seq = seq + 1 WHERE id = 1 RETURNING seq INTO s; "
                       "PERFORM pg_notify('%1', 'operator ' || s || ' ' || s); RETURN s; END $$")
            .arg(PostgresCommitListener::channel());
    const QStringList statements{
        QStringLiteral("CREATE OR REPLACE FUNCTION opvangloket_now() RETURNS TEXT LANGUAGE sql AS $$ SELECT "
                       "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') $$"),
        takeSeq,
        // What a tombstone records as the region: accounts are visible by their region list (JSON text).
        QStringLiteral("CREATE OR REPLACE FUNCTION opvangloket_scope(tbl TEXT, r JSONB) RETURNS TEXT LANGUAGE sql "
                       "AS $$ SELECT CASE WHEN tbl = 'accounts' THEN (r->'region_ids')::text ELSE r->>'region_id' "
                       "END $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION opvangloket_write_tombstone(tbl TEXT, row_id TEXT, region TEXT, "
            "filer TEXT, ver BIGINT, s BIGINT, moved TEXT) RETURNS VOID LANGUAGE sql AS $$ "
            "INSERT INTO tombstones (table_name, id, region_id, filed_by, version, seq, deleted_at, "
            "moved_to_region_id) VALUES (tbl, row_id, region, filer, ver, s, opvangloket_now(), moved) "
            "ON CONFLICT (table_name, id, region_id) DO UPDATE SET region_id = excluded.region_id, filed_by = "
            "excluded.filed_by, version = excluded.version, seq = excluded.seq, deleted_at = "
            "excluded.deleted_at, moved_to_region_id = excluded.moved_to_region_id $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION opvangloket_operator_lock() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN PERFORM 1 FROM seq_counter WHERE id = 1 FOR UPDATE; "
                       "PERFORM set_config('%1', '1', true); RETURN NULL; END $$")
            .arg(counterLockedSetting()),
        QStringLiteral("CREATE OR REPLACE FUNCTION opvangloket_operator_insert() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN IF NEW.seq IS NOT NULL THEN RETURN NEW; END IF; "
                       "NEW.seq := opvangloket_take_seq(); NEW.version := COALESCE(NEW.version, 1); "
                       "NEW.updated_at := COALESCE(NEW.updated_at, opvangloket_now()); NEW.updated_by := NULL; "
                       "RETURN NEW; END $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION opvangloket_operator_update() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ DECLARE old_scope TEXT; new_scope TEXT; BEGIN "
                       "IF NEW.seq IS DISTINCT FROM OLD.seq THEN RETURN NEW; END IF; "
                       "NEW.seq := opvangloket_take_seq(); NEW.version := OLD.version + 1; "
                       "NEW.updated_at := opvangloket_now(); NEW.updated_by := NULL; "
                       "old_scope := opvangloket_scope(TG_TABLE_NAME, to_jsonb(OLD)); "
                       "new_scope := opvangloket_scope(TG_TABLE_NAME, to_jsonb(NEW)); "
                       "IF old_scope IS DISTINCT FROM new_scope THEN PERFORM opvangloket_write_tombstone("
                       "TG_TABLE_NAME, OLD.id, old_scope, NEW.filed_by, NEW.version, NEW.seq, new_scope); "
                       "DELETE FROM tombstones WHERE table_name = TG_TABLE_NAME AND id = NEW.id AND region_id = "
                       "new_scope AND moved_to_region_id IS NOT NULL; END IF; "
                       "RETURN NEW; END $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION opvangloket_operator_delete() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN IF EXISTS (SELECT 1 FROM tombstones WHERE table_name = TG_TABLE_NAME AND id = OLD.id "
                       "AND moved_to_region_id IS NULL AND seq >= OLD.seq) THEN RETURN OLD; END IF; "
                       "PERFORM opvangloket_write_tombstone(TG_TABLE_NAME, OLD.id, opvangloket_scope(TG_TABLE_NAME, "
                       "to_jsonb(OLD)), OLD.filed_by, OLD.version + 1, opvangloket_take_seq(), NULL); "
                       "RETURN OLD; END $$"),
    };
    for (const QString& sql : statements)
        db.exec(sql);
}

void PostgresTriggers::installTriggers(SqlDatabase& db)
{
    for (const Protocol::Table& table : Protocol::syncedTables()) {
        const QString& t = table.name;
        const QString of = t == QLatin1String("accounts") ? QStringLiteral(" OF ") + syncedAccountColumns() : QString();
        const QStringList statements{
            QStringLiteral("DROP TRIGGER IF EXISTS opvangloket_operator_lock ON %1").arg(t),
            QStringLiteral("DROP TRIGGER IF EXISTS opvangloket_operator_insert ON %1").arg(t),
            QStringLiteral("DROP TRIGGER IF EXISTS opvangloket_operator_update ON %1").arg(t),
            QStringLiteral("DROP TRIGGER IF EXISTS opvangloket_operator_delete ON %1").arg(t),
            // The WHEN skips the call once the transaction holds the lock (the server's always does).
            QStringLiteral("CREATE TRIGGER opvangloket_operator_lock BEFORE INSERT OR UPDATE OR DELETE ON %1 "
                           "FOR EACH STATEMENT WHEN (current_setting('%2', true) IS DISTINCT FROM '1') "
                           "EXECUTE FUNCTION opvangloket_operator_lock()")
                .arg(t, counterLockedSetting()),
            QStringLiteral("CREATE TRIGGER opvangloket_operator_insert BEFORE INSERT ON %1 FOR EACH ROW "
                           "EXECUTE FUNCTION opvangloket_operator_insert()")
                .arg(t),
            QStringLiteral("CREATE TRIGGER opvangloket_operator_update BEFORE UPDATE%2 ON %1 FOR EACH ROW "
                           "EXECUTE FUNCTION opvangloket_operator_update()")
                .arg(t, of),
            QStringLiteral("CREATE TRIGGER opvangloket_operator_delete AFTER DELETE ON %1 FOR EACH ROW "
                           "EXECUTE FUNCTION opvangloket_operator_delete()")
                .arg(t),
        };
        for (const QString& sql : statements)
            db.exec(sql);
    }
}
