#include "storage/SqlPrivacyStore.h"

#include "storage/SqlDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

SqlPrivacyStore::SqlPrivacyStore(SqlDatabase& db)
    : m_db(db)
{
}

void SqlPrivacyStore::createTables(SqlDatabase& db)
{
    db.exec(QStringLiteral("CREATE TABLE retention_settings (region_id TEXT PRIMARY KEY, family_years INTEGER NOT "
                           "NULL, message_years INTEGER NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT)"));
}

QVector<RetentionRecord> SqlPrivacyStore::retentionSettings()
{
    QVector<RetentionRecord> out;
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT region_id, family_years, message_years, updated_at, updated_by "
                                           "FROM retention_settings ORDER BY region_id"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString(),
                    q.value(4).toString()});
    q.finish();
    return out;
}

void SqlPrivacyStore::saveRetention(const RetentionRecord& record)
{
    m_db.run(QStringLiteral("INSERT INTO retention_settings (region_id, family_years, message_years, updated_at, "
                            "updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (region_id) DO UPDATE SET family_years = "
                            "excluded.family_years, message_years = excluded.message_years, updated_at = "
                            "excluded.updated_at, updated_by = excluded.updated_by"),
             {record.regionId, record.familyYears, record.messageYears, record.updatedAt,
              record.updatedBy.isEmpty() ? QVariant() : QVariant(record.updatedBy)});
}

int SqlPrivacyStore::forgetRecordedRows(const QSet<QString>& ids)
{
    if (ids.isEmpty())
        return 0;
    struct Rewrite {
        QString clientId;
        qint64 mid;
        QString result;
    };
    QVector<Rewrite> rewrites;
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT client_id, mid, result FROM client_mutations WHERE result LIKE "
                                           "'%\"server_row\"%'"));
    while (q.next()) {
        QJsonObject result = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        const QString rowId =
            result.value(QLatin1String("server_row")).toObject().value(QLatin1String("id")).toString();
        if (!ids.contains(rowId))
            continue;
        result.remove(QStringLiteral("server_row"));
        rewrites.append({q.value(0).toString(), q.value(1).toLongLong(),
                         QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))});
    }
    q.finish();
    for (const Rewrite& r : rewrites)
        m_db.run(QStringLiteral("UPDATE client_mutations SET result = ? WHERE client_id = ? AND mid = ?"),
                 {r.result, r.clientId, r.mid});
    return rewrites.size();
}
