#include "ApplicationListQuery.h"

QStringList ApplicationListQuery::columnKeys() const
{
    return {QStringLiteral("number"),       QStringLiteral("child"),        QStringLiteral("parent"),
            QStringLiteral("status"),       QStringLiteral("municipality"), QStringLiteral("desired_start"),
            QStringLiteral("submitted_at"), QStringLiteral("channel")};
}

QString ApplicationListQuery::fromClause() const
{
    return QStringLiteral("FROM applications a LEFT JOIN children c ON c.id = a.child_id "
                          "LEFT JOIN parents p ON p.id = a.parent_id");
}

QStringList ApplicationListQuery::selectExpressions() const
{
    return {QStringLiteral("a.id"),
            QStringLiteral("a.number"),
            QStringLiteral("trim(coalesce(c.first_name,'') || ' ' || coalesce(c.last_name,''))"),
            QStringLiteral("trim(coalesce(p.last_name,'') || ', ' || coalesce(p.first_name,''), ', ')"),
            QStringLiteral("a.status"),
            QStringLiteral("p.municipality"),
            QStringLiteral("a.desired_start"),
            QStringLiteral("a.submitted_at"),
            QStringLiteral("a.channel")};
}
