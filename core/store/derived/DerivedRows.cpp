#include "store/derived/DerivedRows.h"

#include "store/derived/ListIndex.h"
#include "store/derived/SearchIndex.h"

#include <QSqlError>

namespace {

const char* kTouchedApplications =
    "SELECT rowid FROM applications WHERE id IN (SELECT id FROM touched WHERE kind = 'applications') "
    "UNION SELECT rowid FROM applications WHERE parent_id IN (SELECT id FROM touched WHERE kind = 'parents') "
    "UNION SELECT rowid FROM applications WHERE child_id IN (SELECT id FROM touched WHERE kind = 'children')";

const char* kTouchedParents = "SELECT rowid FROM parents WHERE id IN (SELECT id FROM touched WHERE kind = 'parents') "
                              "UNION SELECT p.rowid FROM parents p JOIN children c ON c.parent_id = p.id "
                              "WHERE c.id IN (SELECT id FROM touched WHERE kind = 'children')";

bool run(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

DerivedRows::DerivedRows(const QSqlDatabase& db)
    : m_db(db)
{
}

bool DerivedRows::dependsOn(const QString& table)
{
    return table == QLatin1String("applications") || table == QLatin1String("parents") ||
           table == QLatin1String("children");
}

bool DerivedRows::start(QString* error)
{
    QSqlQuery q(m_db);
    m_touched = false;
    return run(q, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS touched(kind TEXT, id TEXT)"), error) &&
           run(q, QStringLiteral("DELETE FROM touched"), error);
}

bool DerivedRows::touch(const QString& table, const QString& id, QString* error)
{
    if (!dependsOn(table))
        return true;
    if (!m_touch) {
        m_touch.reset(new QSqlQuery(m_db));
        m_touch->prepare(QStringLiteral("INSERT INTO touched(kind, id) VALUES (?, ?)"));
    }
    m_touch->bindValue(0, table);
    m_touch->bindValue(1, id);
    if (m_touch->exec()) {
        m_touched = true;
        return true;
    }
    *error = m_touch->lastError().text();
    return false;
}

bool DerivedRows::refresh(QString* error)
{
    // A round of offers, places or messages reaches no application or parent: four statements saved per edit.
    if (!m_touched)
        return true;
    QSqlQuery q(m_db);
    // Rowids first: the rebuilds below delete and insert derived rows, which must not change what they reach.
    return run(q, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS touched_rowids(kind TEXT, rid INTEGER)"), error) &&
           run(q, QStringLiteral("DELETE FROM touched_rowids"), error) &&
           run(q,
               QStringLiteral("INSERT INTO touched_rowids SELECT 'a', rowid FROM (%1)")
                   .arg(QLatin1String(kTouchedApplications)),
               error) &&
           run(q,
               QStringLiteral("INSERT INTO touched_rowids SELECT 'p', rowid FROM (%1)")
                   .arg(QLatin1String(kTouchedParents)),
               error) &&
           SearchIndex::refreshDocuments(m_db, QStringLiteral("SELECT rid FROM touched_rowids WHERE kind = 'a'"),
                                         QStringLiteral("SELECT rid FROM touched_rowids WHERE kind = 'p'"), error) &&
           ListIndex::refresh(m_db, QStringLiteral("SELECT rid FROM touched_rowids WHERE kind = 'a'"), error);
}

bool DerivedRows::forget(const QString& table, const QString& id, QString* error)
{
    if (table == QLatin1String("applications") && !ListIndex::remove(m_db, id, error))
        return false;
    return SearchIndex::removeDocument(m_db, table, id, error);
}

bool DerivedRows::refreshRow(const QString& table, const QString& id, QString* error)
{
    return start(error) && touch(table, id, error) && refresh(error);
}

bool DerivedRows::clearAll(QString* error)
{
    QSqlQuery q(m_db);
    for (const QString& table : ListIndex::tables() + SearchIndex::tables()) {
        if (!run(q, QStringLiteral("DELETE FROM %1").arg(table), error))
            return false;
    }
    return true;
}
