#include "store/cache/BulkLoad.h"

#include "protocol/TableSchema.h"
#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"
#include "store/derived/DerivedRows.h"
#include "store/derived/ListIndex.h"
#include "store/derived/SearchIndex.h"
#include "store/derived/SearchIndexBuild.h"
#include "store/write/ParkedRows.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString& stateKey()
{
    static const QString key = QStringLiteral("bulk_dropped_indexes");
    return key;
}

// The index the search documents of parents need (a parent's children by parent_id): kept while the pages go in, so the
// search index can be built from the committed records beside the other indexes (SearchIndexBuild).
const QString& keptIndex()
{
    static const QString name = QStringLiteral("children_parent");
    return name;
}

// The name from when only the search index was deferred; kept so a cache mid-way through a first sync of an
// older client is finished by this one.
const QString& activeKey()
{
    static const QString key = QStringLiteral("search_rebuild_pending");
    return key;
}

bool fail(QSqlQuery& q, QString* error)
{
    *error = q.lastError().text();
    return false;
}

QString tableList()
{
    QStringList quoted;
    // The list's derived rows are filled at the end too: their indexes are built once over all of them.
    for (const QString& name : Protocol::syncedTableNames() + ListIndex::tables())
        quoted.append(QLatin1Char('\'') + name + QLatin1Char('\''));
    return quoted.join(QLatin1Char(','));
}

} // namespace

bool BulkLoad::active(LocalCache& cache)
{
    if (cache.state(QStringLiteral("cursor")).isEmpty() && cache.state(activeKey()).isEmpty()) {
        QString error;
        if (!dropSecondaryIndexes(cache, &error))
            qCWarning(lcStore) << "filling the cache with its indexes in place:" << error; // slower, still right
        cache.setState(activeKey(), QStringLiteral("1"));
    }
    return cache.state(activeKey()) == QLatin1String("1");
}

bool BulkLoad::finish(LocalCache& cache, QString* error)
{
    if (cache.state(activeKey()) != QLatin1String("1"))
        return true;
    QSqlDatabase db = cache.database();
    if (!restoreIndexesTheSearchBuildNeeds(cache, error))
        return false;
    // The search index is built on the other core from what the pages committed, while this connection builds the
    // list rows and the indexes (docs/PERFORMANCE.md "Speed, version 2"); the list rows before the indexes (they only
    // look rows up by primary key, and their own indexes are then built over sorted data).
    SearchIndexBuild search(cache.path());
    search.start();
    QElapsedTimer clock;
    clock.start();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = ListIndex::rebuildAll(db, error);
    const qint64 listMs = clock.restart();
    ok = ok && restoreSecondaryIndexes(cache, error);
    const qint64 indexMs = clock.restart();
    if (!ok || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    const qint64 commitMs = clock.restart();
    search.release(true);
    QString searchError;
    if (!search.wait(&searchError)) {
        // Slower, on this connection, and just as right.
        qCWarning(lcStore) << "search index built beside the cache failed, building it here:" << searchError;
        if (!db.transaction() || !SearchIndex::rebuildAll(db, error) || !db.commit()) {
            if (error->isEmpty())
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    const qint64 searchWaitMs = clock.restart();
    if (!cache.setState(activeKey(), QStringLiteral("0")))
        return false;
    // Where a first sync's last seconds go, for whoever tunes it next.
    qCInfo(lcStore) << "bulk load finished: list rows" << listMs << "ms, indexes" << indexMs << "ms, commit" << commitMs
                    << "ms, then search" << searchWaitMs << "ms more (built beside in" << search.buildMs()
                    << "ms, moved in" << search.moveMs() << "ms)";
    return true;
}

bool BulkLoad::emptyForRebuild(LocalCache& cache, QString* error)
{
    QSqlQuery q(cache.database());
    for (const QString& table : Protocol::syncedTableNames()) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return fail(q, error);
    }
    return DerivedRows(cache.database()).clearAll(error) && ParkedRows(cache).clear(error) &&
           cache.forgetState({QStringLiteral("cursor"), QStringLiteral("epoch"), activeKey()}, error);
}

bool BulkLoad::dropSecondaryIndexes(LocalCache& cache, QString* error)
{
    QSqlDatabase db = cache.database();
    QSqlQuery q(db);
    // sql IS NULL: the primary key's automatic index, which the upserts need and which cannot be dropped.
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                               "AND tbl_name IN (%1) AND name <> '%2'")
                    .arg(tableList(), keptIndex())))
        return fail(q, error);
    QStringList names;
    QJsonArray statements = QJsonDocument::fromJson(cache.state(stateKey()).toUtf8()).array();
    while (q.next()) {
        names.append(q.value(0).toString());
        statements.append(q.value(1).toString());
    }
    if (names.isEmpty())
        return true;
    if (!db.transaction())
        return fail(q, error);
    for (const QString& name : names) {
        if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(name))) {
            db.rollback();
            return fail(q, error);
        }
    }
    const QString json = QString::fromUtf8(QJsonDocument(statements).toJson(QJsonDocument::Compact));
    if (!cache.setState(stateKey(), json) || !db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    qCInfo(lcStore) << "bulk load: dropped" << names.size() << "secondary indexes until the cache is filled";
    return true;
}

bool BulkLoad::restoreIndexesTheSearchBuildNeeds(LocalCache& cache, QString* error)
{
    QSqlDatabase db = cache.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                    .arg(keptIndex())) ||
        !q.next())
        return fail(q, error);
    if (q.value(0).toInt() > 0)
        return true;
    q.finish();
    // A first sync begun by an older client dropped it too: every index comes back now, before the build reads.
    if (!db.transaction())
        return fail(q, error);
    if (!restoreSecondaryIndexes(cache, error) || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool BulkLoad::restoreSecondaryIndexes(LocalCache& cache, QString* error)
{
    const QJsonArray statements = QJsonDocument::fromJson(cache.state(stateKey()).toUtf8()).array();
    QSqlQuery q(cache.database());
    for (const QJsonValue& sql : statements) {
        QString create = sql.toString();
        create.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        create.replace(QStringLiteral("CREATE UNIQUE INDEX "), QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS "));
        if (!q.exec(create))
            return fail(q, error);
    }
    return statements.isEmpty() || cache.setState(stateKey(), QString());
}
