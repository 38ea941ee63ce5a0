#include "store/derived/SearchIndex.h"

#include "store/derived/SearchText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Digits of a national number, in SQL, so "85.07.30-033.28" is found by "850730".
QString digitsOf(const QString& column)
{
    return QStringLiteral("replace(replace(replace(coalesce(%1,''),'.',''),'-',''),' ','')").arg(column);
}

// Both the international ("32470123456") and the national ("0470123456") form of a phone.
QString phoneForms(const QString& column)
{
    return QStringLiteral("replace(coalesce(%1,''),'+','') || ' ' || "
                          "CASE WHEN %1 LIKE '+32%' THEN '0' || substr(%1, 4) ELSE '' END")
        .arg(column);
}

QString parentText(const QString& p)
{
    return QStringLiteral("coalesce(%1.first_name,'') || ' ' || coalesce(%1.last_name,'') || ' ' || %2 || ' ' || "
                          "%3 || ' ' || coalesce(%1.email,'') || ' ' || coalesce(%1.postcode,'') || ' ' || "
                          "coalesce(%1.municipality,'')")
        .arg(p, phoneForms(p + QStringLiteral(".phone")), digitsOf(p + QStringLiteral(".national_number")));
}

// The documents go into <schema>.fts_*, read from the records of the connection's main database.
QString applicationDocumentSql(const QString& schema, const QString& where)
{
    return QStringLiteral("INSERT INTO %4.fts_applications(rowid, body) SELECT a.rowid, "
                          "coalesce(a.number,'') || ' ' || replace(coalesce(a.number,''),'-','') || ' ' || "
                          "coalesce(c.first_name,'') || ' ' || coalesce(c.last_name,'') || ' ' || %1 || ' ' || %2 "
                          "FROM main.applications a LEFT JOIN main.children c ON c.id = a.child_id "
                          "LEFT JOIN main.parents p ON p.id = a.parent_id %3")
        .arg(parentText(QStringLiteral("p")), digitsOf(QStringLiteral("c.national_number")), where, schema);
}

// A parent's children are looked up by parent_id: the index children_parent (BulkLoad keeps it during a first sync).
QString parentDocumentSql(const QString& schema, const QString& where)
{
    return QStringLiteral("INSERT INTO %4.fts_parents(rowid, body) SELECT p.rowid, %1 || ' ' || "
                          "coalesce((SELECT group_concat(coalesce(c.first_name,'') || ' ' || coalesce(c.last_name,'')"
                          " || ' ' || %2, ' ') FROM main.children c WHERE c.parent_id = p.id), '') FROM main.parents p "
                          "%3")
        .arg(parentText(QStringLiteral("p")), digitsOf(QStringLiteral("c.national_number")), where, schema);
}

const QString& mainSchema()
{
    static const QString name = QStringLiteral("main");
    return name;
}

bool run(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

bool SearchIndex::refreshDocuments(QSqlDatabase& db, const QString& applicationRowidsSql,
                                   const QString& parentRowidsSql, QString* error)
{
    QSqlQuery q(db);
    return run(q, QStringLiteral("DELETE FROM fts_applications WHERE rowid IN (%1)").arg(applicationRowidsSql),
               error) &&
           run(q, QStringLiteral("DELETE FROM fts_parents WHERE rowid IN (%1)").arg(parentRowidsSql), error) &&
           run(q,
               applicationDocumentSql(mainSchema(), QStringLiteral("WHERE a.rowid IN (%1)").arg(applicationRowidsSql)),
               error) &&
           run(q, parentDocumentSql(mainSchema(), QStringLiteral("WHERE p.rowid IN (%1)").arg(parentRowidsSql)), error);
}

bool SearchIndex::removeDocument(QSqlDatabase& db, const QString& table, const QString& id, QString* error)
{
    if (!hasSearchIndex(table))
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM fts_%1 WHERE rowid = (SELECT rowid FROM %1 WHERE id = ?)").arg(table));
    q.addBindValue(id);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool SearchIndex::rebuildAll(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    return run(q, QStringLiteral("DELETE FROM fts_applications"), error) &&
           run(q, QStringLiteral("DELETE FROM fts_parents"), error) && fillAll(db, mainSchema(), error);
}

bool SearchIndex::fillAll(QSqlDatabase& db, const QString& schema, QString* error)
{
    QSqlQuery q(db);
    return run(q, applicationDocumentSql(schema, QString()), error) &&
           run(q, parentDocumentSql(schema, QString()), error);
}

bool SearchIndex::hasSearchIndex(const QString& table)
{
    return table == QLatin1String("applications") || table == QLatin1String("parents");
}

QString SearchIndex::matchExpression(const QString& userText)
{
    const QString text = userText.trimmed();
    if (text.isEmpty())
        return QString();
    // "ant-2026-123": the number as the index's compact token ("ANT2026000123"), zeros put back.
    const QString number = SearchText::applicationNumber(text);
    if (!number.isEmpty())
        return QStringLiteral("\"%1\"*").arg(number);
    // Something that looks like a phone or national number: search its digits as one token, so
    // "+32 470 12", "0032 470 12", "0470/12" and "0470 12" all find the same.
    const QString digits = SearchText::digits(text);
    if (!digits.isEmpty())
        return QStringLiteral("\"%1\"*").arg(digits);
    QStringList terms;
    for (const QString& word : SearchText::words(text))
        terms.append(QStringLiteral("\"%1\"*").arg(word));
    return terms.join(QLatin1Char(' '));
}
