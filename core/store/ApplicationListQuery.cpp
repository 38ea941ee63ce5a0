#include "ApplicationListQuery.h"

#include <QDateTime>

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

QString ApplicationListQuery::countFromClause(const ListFilter& filter) const
{
    // Only the municipality filter looks at another table (the parent's).
    return filter.municipality.isEmpty()
               ? QStringLiteral("FROM applications a")
               : QStringLiteral("FROM applications a LEFT JOIN parents p ON p.id = a.parent_id");
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

bool ApplicationListQuery::sortHasIndex(int column) const
{
    // The (column, id) indexes of cache schema 5.
    const QString key = columnKeys().value(column);
    return key == QLatin1String("number") || key == QLatin1String("status") || key == QLatin1String("desired_start") ||
           key == QLatin1String("submitted_at") || key == QLatin1String("channel");
}

QStringList ApplicationListQuery::sortExpressions(int column) const
{
    // Numbers, codes and ISO dates need no case folding; sorted as stored, an index hands out the first
    // page in order.
    if (sortHasIndex(column))
        return {QStringLiteral("a.") + columnKeys().value(column)};
    return ListQuery::sortExpressions(column);
}

QString ApplicationListQuery::priorityCondition(const QString& flag)
{
    // A malformed JSON value must not make the whole list fail: json_valid() guards the extraction.
    if (flag == QLatin1String("sibling"))
        return QStringLiteral("(CASE WHEN json_valid(a.priority) THEN "
                              "coalesce(json_array_length(a.priority, '$.sibling_location_ids'), 0) > 0 END)");
    return QStringLiteral("(CASE WHEN json_valid(a.priority) THEN json_extract(a.priority, '$.%1') = 1 END)").arg(flag);
}

void ApplicationListQuery::addDateConditions(const ListFilter& filter, QStringList* conditions, QVariantList* binds)
{
    if (filter.desiredFrom.isValid()) {
        conditions->append(QStringLiteral("a.desired_start >= ?"));
        binds->append(filter.desiredFrom.toString(Qt::ISODate));
    }
    if (filter.desiredTo.isValid()) {
        conditions->append(QStringLiteral("a.desired_start <= ?"));
        binds->append(filter.desiredTo.toString(Qt::ISODate));
    }
    // submitted_at is a UTC timestamp; the days the person picks are local days.
    if (filter.submittedFrom.isValid()) {
        conditions->append(QStringLiteral("a.submitted_at >= ?"));
        binds->append(filter.submittedFrom.startOfDay().toUTC().toString(Qt::ISODate));
    }
    if (filter.submittedTo.isValid()) {
        conditions->append(QStringLiteral("a.submitted_at < ?"));
        binds->append(filter.submittedTo.addDays(1).startOfDay().toUTC().toString(Qt::ISODate));
    }
}

void ApplicationListQuery::addConditions(const ListFilter& filter, bool walkOrder, QStringList* conditions,
                                         QVariantList* binds) const
{
    // State, channel and municipality each match a large share of the rows: see ListQuery::addConditions.
    const QString broad = walkOrder ? QStringLiteral("+") : QString();
    if (!filter.status.isEmpty()) {
        conditions->append(broad + QStringLiteral("a.status = ?"));
        binds->append(filter.status);
    }
    if (!filter.municipality.isEmpty()) {
        conditions->append(broad + QStringLiteral("p.municipality = ?"));
        binds->append(filter.municipality);
    }
    if (!filter.location.isEmpty()) {
        // instr() first: a plain substring test skips parsing the JSON of the many rows that cannot match;
        // json_each() then checks it is really one of the ids, not part of another value.
        conditions->append(QStringLiteral("instr(a.preferences, ?) > 0 AND (CASE WHEN json_valid(a.preferences) "
                                          "THEN EXISTS (SELECT 1 FROM json_each(a.preferences) WHERE value = ?) END)"));
        binds->append(filter.location);
        binds->append(filter.location);
    }
    const QStringList known = ListFilter::priorityFlags();
    for (const QString& flag : filter.priority) {
        if (known.contains(flag)) // the flag is written into the SQL: only known names get there
            conditions->append(priorityCondition(flag));
    }
    if (!filter.channel.isEmpty()) {
        conditions->append(broad + QStringLiteral("a.channel = ?"));
        binds->append(filter.channel);
    }
    addDateConditions(filter, conditions, binds);
    if (filter.assignedToMe) {
        conditions->append(QStringLiteral("a.assigned_account_id = ?"));
        binds->append(accountId().isEmpty() ? QStringLiteral("-") : accountId()); // signed out: nobody's
    }
    if (filter.onEmergencyList)
        conditions->append(openEmergencyCondition(QStringLiteral("application_id"), QStringLiteral("a.id")));
}
