#include "store/cache/CacheSchema.h"

#include "protocol/TableSchema.h"
#include "store/cache/StoreLog.h"
#include "store/derived/ListIndex.h"
#include "store/derived/SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Fields of TableSchema that came after version 1: a step of their own adds them (regions.rule_set_id: 8; the emergency
// entries' listing days: 11).
bool addedLater(const QString& table, const QString& field)
{
    if (table == QLatin1String("emergency_entries"))
        return field == QLatin1String("listed_on") || field == QLatin1String("resolved_on");
    return table == QLatin1String("regions") && field == QLatin1String("rule_set_id");
}

QString createTableSql(const Protocol::Table& table)
{
    // The common columns as version 1 had them, spelled out rather than taken from Protocol::commonFields():
    // a step of the ladder must create the same tables forever, or a fresh file and an upgraded one differ.
    // Columns added to the common fields later get their own step (updated_by: version 4).
    QStringList columns{QStringLiteral("id TEXT PRIMARY KEY NOT NULL"), QStringLiteral("region_id TEXT"),
                        QStringLiteral("version INTEGER NOT NULL DEFAULT 0"), QStringLiteral("updated_at TEXT")};
    for (const Protocol::Field& f : table.fields) {
        if (addedLater(table.name, f.name))
            continue;
        columns.append(QStringLiteral("\"%1\" %2").arg(f.name, Protocol::sqlType(f.type)));
    }
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, columns.join(QLatin1String(", ")));
}

} // namespace

int CacheSchema::currentVersion()
{
    return 12;
}

QStringList CacheSchema::version1()
{
    QStringList sql;
    for (const Protocol::Table& t : Protocol::syncedTables())
        sql.append(createTableSql(t));
    sql << QStringLiteral("CREATE INDEX children_parent ON children(parent_id)")
        << QStringLiteral("CREATE INDEX applications_parent ON applications(parent_id)")
        << QStringLiteral("CREATE INDEX applications_child ON applications(child_id)")
        << QStringLiteral("CREATE INDEX applications_number ON applications(number)")
        << QStringLiteral("CREATE INDEX applications_status ON applications(status)")
        << QStringLiteral("CREATE INDEX parents_name ON parents(last_name, first_name)")
        << QStringLiteral("CREATE INDEX emergency_application ON emergency_entries(application_id)")
        // sync_state: cursor, epoch, client id, next mid and other small facts about this cache.
        << QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT)")
        // outbox: pending mutations in order. AUTOINCREMENT: a mid is never reused, even after the newest
        // entries were acknowledged and deleted, or the server would answer a new change with an old result.
        << QStringLiteral(
               "CREATE TABLE outbox (mid INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, op TEXT NOT NULL,"
               " row_id TEXT NOT NULL, base_version INTEGER NOT NULL DEFAULT 0, payload TEXT NOT NULL,"
               " created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)")
        << QStringLiteral("CREATE INDEX outbox_row ON outbox(table_name, row_id)")
        // conflicts: the local value kept beside the server's until a person decides.
        << QStringLiteral("CREATE TABLE conflicts (id INTEGER PRIMARY KEY, table_name TEXT NOT NULL,"
                          " row_id TEXT NOT NULL, mid INTEGER, status TEXT NOT NULL, local_row TEXT,"
                          " server_row TEXT, reason TEXT, created_at TEXT NOT NULL)")
        // a pulled server row that waits because the local row still has pending outbox entries.
        << QStringLiteral("CREATE TABLE pending_server_rows (table_name TEXT NOT NULL, row_id TEXT NOT NULL,"
                          " deleted INTEGER NOT NULL DEFAULT 0, version INTEGER, row TEXT,"
                          " PRIMARY KEY (table_name, row_id))");
    return sql;
}

QStringList CacheSchema::version2()
{
    // Full-text search over names, numbers, phone, e-mail and postcode. The rowid of each FTS row is the
    // rowid of its source row, so one record is replaced by rowid without scanning.
    const QString tokenizer = QStringLiteral("tokenize = \"unicode61 remove_diacritics 2 tokenchars '@.'\"");
    return {QStringLiteral("CREATE VIRTUAL TABLE fts_applications USING fts5(body, %1)").arg(tokenizer),
            QStringLiteral("CREATE VIRTUAL TABLE fts_parents USING fts5(body, %1)").arg(tokenizer)};
}

QStringList CacheSchema::version3()
{
    // Whether a refused change was an insert, an update or a delete decides what a person can do with it.
    return {QStringLiteral("ALTER TABLE conflicts ADD COLUMN op TEXT")};
}

QStringList CacheSchema::version4()
{
    // acked_at: an acknowledged mutation stays (NULL = still pending) so it can be sent again to a server
    // restored from a backup that predates it. Only pending entries are ever read by mid order alone.
    QStringList sql{QStringLiteral("ALTER TABLE outbox ADD COLUMN acked_at TEXT"),
                    QStringLiteral("CREATE INDEX outbox_pending ON outbox(mid) WHERE acked_at IS NULL")};
    // updated_by: the account that last wrote the row on the server (shown beside a conflict).
    for (const Protocol::Table& t : Protocol::syncedTables())
        sql.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN updated_by TEXT").arg(t.name));
    return sql;
}

QStringList CacheSchema::version5()
{
    // The lists' first page in every common order without sorting 100,000 rows: (sort column, id) walks
    // the rows in list order including the tie-breaker. Plus the filters that would otherwise scan.
    return {QStringLiteral("CREATE INDEX applications_sort_number ON applications(number, id)"),
            QStringLiteral("CREATE INDEX applications_sort_status ON applications(status, id)"),
            QStringLiteral("CREATE INDEX applications_sort_desired ON applications(desired_start, id)"),
            QStringLiteral("CREATE INDEX applications_sort_submitted ON applications(submitted_at, id)"),
            QStringLiteral("CREATE INDEX applications_sort_channel ON applications(channel, id)"),
            QStringLiteral("CREATE INDEX applications_assigned ON applications(assigned_account_id)"),
            QStringLiteral("CREATE INDEX parents_sort_name ON parents(last_name COLLATE NOCASE, "
                           "first_name COLLATE NOCASE, id)"),
            QStringLiteral("CREATE INDEX parents_municipality ON parents(municipality)"),
            QStringLiteral("CREATE INDEX emergency_parent ON emergency_entries(parent_id)")};
}

QStringList CacheSchema::version6()
{
    // The Applications list reads its own narrow rows (see ListIndex): a filter on the parent's municipality,
    // a priority ground or a preferred location, and a sort on a name, no longer touch the wide rows. Names
    // and the municipality compare case-insensitively, so their sort indexes also serve the equality filter.
    // The list's old sort indexes on the wide table go: nothing else reads applications in those orders.
    return {QStringLiteral("CREATE TABLE list_applications (rid INTEGER PRIMARY KEY, id TEXT NOT NULL, number TEXT,"
                           " child TEXT COLLATE NOCASE, parent TEXT COLLATE NOCASE, status TEXT,"
                           " municipality TEXT COLLATE NOCASE, desired_start TEXT, submitted_at TEXT, channel TEXT,"
                           " assigned_account_id TEXT, priority_work_or_training INTEGER NOT NULL DEFAULT 0,"
                           " priority_single_parent INTEGER NOT NULL DEFAULT 0,"
                           " priority_low_income INTEGER NOT NULL DEFAULT 0,"
                           " priority_foster_child INTEGER NOT NULL DEFAULT 0,"
                           " priority_sibling INTEGER NOT NULL DEFAULT 0,"
                           " priority_social_reasons INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE list_preferences (location_id TEXT NOT NULL, rid INTEGER NOT NULL,"
                           " PRIMARY KEY (location_id, rid)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX list_preferences_rid ON list_preferences(rid)"),
            QStringLiteral("CREATE INDEX list_applications_number ON list_applications(number, id)"),
            QStringLiteral("CREATE INDEX list_applications_child ON list_applications(child, id)"),
            QStringLiteral("CREATE INDEX list_applications_parent ON list_applications(parent, id)"),
            QStringLiteral("CREATE INDEX list_applications_status ON list_applications(status, id)"),
            QStringLiteral("CREATE INDEX list_applications_municipality ON list_applications(municipality, id)"),
            QStringLiteral("CREATE INDEX list_applications_desired ON list_applications(desired_start, id)"),
            QStringLiteral("CREATE INDEX list_applications_submitted ON list_applications(submitted_at, id)"),
            QStringLiteral("CREATE INDEX list_applications_channel ON list_applications(channel, id)"),
            QStringLiteral("CREATE INDEX list_applications_assigned ON list_applications(assigned_account_id)"),
            // The filters counters combine most: counted from the index alone.
            QStringLiteral("CREATE INDEX list_applications_status_municipality ON list_applications(status, "
                           "municipality)"),
            // The language filter offers the languages the parents have: read from an index, not 100,000 rows.
            QStringLiteral("CREATE INDEX parents_language ON parents(language)"),
            // "Parents with an application in this state / an open one" asks per parent: (parent_id, status)
            // answers from the index alone. Without it SQLite took the state index and read every application
            // in that state for each parent. It serves the plain parent_id lookups of version 1's index too.
            QStringLiteral("CREATE INDEX applications_parent_status ON applications(parent_id, status)"),
            QStringLiteral("DROP INDEX IF EXISTS applications_parent"),
            QStringLiteral("DROP INDEX IF EXISTS applications_sort_number"),
            QStringLiteral("DROP INDEX IF EXISTS applications_sort_status"),
            QStringLiteral("DROP INDEX IF EXISTS applications_sort_desired"),
            QStringLiteral("DROP INDEX IF EXISTS applications_sort_submitted"),
            QStringLiteral("DROP INDEX IF EXISTS applications_sort_channel"),
            QStringLiteral("DROP INDEX IF EXISTS applications_assigned")};
}

QStringList CacheSchema::version7()
{
    // The emergency list reads open entries by urgency and follow-up day; "with an offer" and the free places'
    // eligible applications ask per application and per place; a location's detail lists its free places.
    return {QStringLiteral("CREATE INDEX emergency_open ON emergency_entries(status, urgency, follow_up_on)"),
            QStringLiteral("CREATE INDEX offers_application ON offers(application_id, status)"),
            QStringLiteral("CREATE INDEX offers_free_place ON offers(free_place_id, status)"),
            QStringLiteral("CREATE INDEX free_places_location ON free_places(location_id, available_from)")};
}

QStringList CacheSchema::version8()
{
    // The priority rule set a region's allocations use (a client explains an application's position with it).
    return {QStringLiteral("ALTER TABLE regions ADD COLUMN rule_set_id TEXT")};
}

QStringList CacheSchema::version9()
{
    // An application's expected wait reads the accepted offers of its preferred locations in the last 12 months
    // (ApplicationPosition): from the index alone, not a scan of every offer per location.
    return {QStringLiteral("CREATE INDEX offers_location ON offers(location_id, status, updated_at)")};
}

QStringList CacheSchema::version10()
{
    // The dashboard and the period report count applications of a region and a period per child: the narrow list
    // rows carry the region and the child, and an index holding everything the dashboard splits on serves "region,
    // filed between" from the index alone.
    return {QStringLiteral("ALTER TABLE list_applications ADD COLUMN region_id TEXT"),
            QStringLiteral("ALTER TABLE list_applications ADD COLUMN child_id TEXT"),
            // The day a placed application was last changed: the dashboard's placements without an accepted offer.
            QStringLiteral("ALTER TABLE list_applications ADD COLUMN updated_at TEXT"),
            QStringLiteral("CREATE INDEX list_applications_region_submitted ON list_applications(region_id, "
                           "submitted_at, status, channel, priority_work_or_training, priority_single_parent, "
                           "priority_low_income, priority_foster_child, priority_social_reasons)"),
            // Every application of one child in a region (the period report counts per child).
            QStringLiteral("CREATE INDEX list_applications_child_id ON list_applications(child_id, region_id)"),
            // The children still waiting per municipality, from the index alone.
            QStringLiteral("CREATE INDEX list_applications_waiting ON list_applications(status, region_id, "
                           "municipality, child_id)")};
}

QStringList CacheSchema::version11()
{
    // The days an emergency entry went on the list and came off it (the dashboard's list over time). The rows this
    // cache holds lack them: forgetting the cursor makes the next pull send every row again (an upsert, the outbox
    // and the conflicts untouched), as long as a first sync takes, once; the list rows are written anew with them.
    return {
        QStringLiteral("ALTER TABLE emergency_entries ADD COLUMN listed_on TEXT"),
        QStringLiteral("ALTER TABLE emergency_entries ADD COLUMN resolved_on TEXT"),
        QStringLiteral("DELETE FROM sync_state WHERE key = 'cursor'"),
        // The waiting children per municipality and per age band in one pass over the index alone.
        QStringLiteral("ALTER TABLE list_applications ADD COLUMN child_birth_date TEXT"),
        QStringLiteral("DROP INDEX list_applications_waiting"),
        QStringLiteral("CREATE INDEX list_applications_waiting ON list_applications(status, region_id, municipality, "
                       "child_id, child_birth_date)")};
}

QStringList CacheSchema::version12()
{
    // Search as you type asks for two- and three-letter prefixes most ("an", "ant"): FTS5 keeps their doclists ready
    // instead of merging those of every word that starts so (12 ms → 0.9 ms for "an" over 100,000 applications, the
    // index twice as large). The step fills the new tables from the records (SearchIndex::rebuildAll).
    const QString tokenizer = QStringLiteral("tokenize = \"unicode61 remove_diacritics 2 tokenchars '@.'\"");
    return {QStringLiteral("DROP TABLE fts_applications"), QStringLiteral("DROP TABLE fts_parents"),
            QStringLiteral("CREATE VIRTUAL TABLE fts_applications USING fts5(body, %1, prefix = '2 3')").arg(tokenizer),
            QStringLiteral("CREATE VIRTUAL TABLE fts_parents USING fts5(body, %1, prefix = '2 3')").arg(tokenizer)};
}

QStringList CacheSchema::statementsFor(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        return version9();
    case 10:
        return version10();
    case 11:
        return version11();
    case 12:
        return version12();
    default:
        return {};
    }
}

bool CacheSchema::migrate(QSqlDatabase& db, QString* error)
{
    return migrateTo(db, currentVersion(), error);
}

bool CacheSchema::migrateTo(QSqlDatabase& db, int targetVersion, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish(); // an open statement would keep DROP INDEX in a step from running ("table is locked")
    for (int v = version + 1; v <= qMin(targetVersion, currentVersion()); ++v) {
        if (!step(db, v, error))
            return false;
    }
    return true;
}

bool CacheSchema::step(QSqlDatabase& db, int toVersion, QString* error)
{
    const QStringList statements = statementsFor(toVersion);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            *error = QStringLiteral("migration to version %1 failed: %2").arg(toVersion).arg(q.lastError().text());
            db.rollback();
            return false;
        }
    }
    // A file that had rows before the search index existed, or before it was made anew, gets them indexed in the same
    // step.
    if ((toVersion == 2 || toVersion == 12) && !SearchIndex::rebuildAll(db, error)) {
        db.rollback();
        return false;
    }
    // The list rows are filled by today's code, which only fits today's tables: the step that reaches the
    // current version fills them, after whichever steps changed them.
    if (toVersion == currentVersion() && toVersion >= 6 && !ListIndex::rebuildAll(db, error)) {
        db.rollback();
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion)) || !db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    qCInfo(lcStore) << "cache migrated to version" << toVersion;
    return true;
}
