#include "ParentListQuery.h"

QStringList ParentListQuery::columnKeys() const
{
    return {QStringLiteral("name"),        QStringLiteral("phone"),        QStringLiteral("email"),
            QStringLiteral("postcode"),    QStringLiteral("municipality"), QStringLiteral("language"),
            QStringLiteral("applications")};
}

QStringList ParentListQuery::selectExpressions() const
{
    return {QStringLiteral("p.id"),
            QStringLiteral("trim(coalesce(p.last_name,'') || ', ' || coalesce(p.first_name,''), ', ')"),
            QStringLiteral("p.phone"),
            QStringLiteral("p.email"),
            QStringLiteral("p.postcode"),
            QStringLiteral("p.municipality"),
            QStringLiteral("p.language"),
            QStringLiteral("(SELECT count(*) FROM applications a WHERE a.parent_id = p.id)")};
}

QString ParentListQuery::statusCondition() const
{
    return QStringLiteral("EXISTS (SELECT 1 FROM applications a WHERE a.parent_id = p.id AND a.status = ?)");
}
