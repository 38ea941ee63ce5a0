#include "store/cache/CacheScrub.h"

#include "store/cache/StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

bool CacheScrub::run(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    // 'optimize' rewrites each index as one segment without the deleted documents' entries.
    for (const char* sql : {"INSERT INTO fts_parents(fts_parents) VALUES('optimize')",
                            "INSERT INTO fts_applications(fts_applications) VALUES('optimize')"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        *error = q.lastError().text();
        return false;
    }
    if (q.next() && q.value(0).toInt() != 0)
        qCWarning(lcStore) << "the cache's write-ahead log could not be truncated: a reader was busy";
    q.finish();
    return true;
}
