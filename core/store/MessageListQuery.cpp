#include "MessageListQuery.h"

QStringList MessageListQuery::columnKeys() const
{
    return {QStringLiteral("when"),    QStringLiteral("parent"),   QStringLiteral("application"),
            QStringLiteral("subject"), QStringLiteral("template"), QStringLiteral("language"),
            QStringLiteral("status"),  QStringLiteral("error")};
}

QString MessageListQuery::fromClause() const
{
    return QStringLiteral("FROM messages m LEFT JOIN parents p ON p.id = m.parent_id "
                          "LEFT JOIN applications a ON a.id = m.application_id");
}

QStringList MessageListQuery::selectExpressions() const
{
    // A queued or failed message has no sent_at: its last change is when it was written or last tried.
    return {QStringLiteral("m.id"),
            QStringLiteral("coalesce(m.sent_at, m.updated_at)"),
            QStringLiteral("trim(coalesce(p.last_name,'') || ', ' || coalesce(p.first_name,''), ', ')"),
            QStringLiteral("a.number"),
            QStringLiteral("m.subject"),
            QStringLiteral("m.template"),
            QStringLiteral("m.language"),
            QStringLiteral("m.status"),
            QStringLiteral("m.error")};
}
