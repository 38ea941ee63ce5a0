#include "store/lists/MessageListQuery.h"

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

void MessageListQuery::addConditions(const ListFilter& filter, bool walkOrder, QStringList* conditions,
                                     QVariantList* binds) const
{
    Q_UNUSED(walkOrder) // a region's messages are few enough to sort whole
    if (!filter.status.isEmpty()) {
        conditions->append(QStringLiteral("m.status = ?"));
        binds->append(filter.status);
    }
    if (!filter.municipality.isEmpty()) {
        conditions->append(QStringLiteral("p.municipality = ?"));
        binds->append(filter.municipality);
    }
    if (!filter.language.isEmpty()) {
        conditions->append(QStringLiteral("m.language = ?"));
        binds->append(filter.language);
    }
}
