#include "store/search/ParentLookup.h"

#include "store/cache/LocalCache.h"
#include "store/derived/SearchIndex.h"
#include "store/records/RecordQuery.h"

#include <QSqlQuery>

ParentLookup::ParentLookup(const LocalCache& cache)
    : m_cache(cache)
{
}

QVector<QJsonObject> ParentLookup::search(const QString& text, int limit) const
{
    QVector<QJsonObject> out;
    const QString match = SearchIndex::matchExpression(text);
    if (match.isEmpty())
        return out;
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT p.id FROM parents p WHERE p.rowid IN "
                             "(SELECT rowid FROM fts_parents WHERE fts_parents MATCH ?) "
                             "ORDER BY p.last_name, p.first_name, p.id LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    RecordQuery records(m_cache);
    while (q.next())
        out.append(records.row(QStringLiteral("parents"), q.value(0).toString()));
    return out;
}

QVector<QJsonObject> ParentLookup::childrenOf(const QString& parentId) const
{
    return RecordQuery(m_cache).rowsWhere(QStringLiteral("children"), QStringLiteral("parent_id"), parentId,
                                          QStringLiteral("first_name"));
}
