#include "store/lists/ApplicationListQuery.h"

#include "domain/AgeBand.h"
#include "store/derived/ListIndex.h"

#include <QDateTime>

QStringList ApplicationListQuery::columnKeys() const
{
    return {QStringLiteral("number"),       QStringLiteral("child"),        QStringLiteral("parent"),
            QStringLiteral("status"),       QStringLiteral("municipality"), QStringLiteral("desired_start"),
            QStringLiteral("submitted_at"), QStringLiteral("channel")};
}

QString ApplicationListQuery::fromClause() const
{
    // The list's own narrow rows (ListIndex): every column and filter is there, so nothing is joined.
    return QStringLiteral("FROM list_applications a");
}

QStringList ApplicationListQuery::selectExpressions() const
{
    QStringList select{QStringLiteral("a.id")};
    for (const QString& key : columnKeys())
        select.append(QStringLiteral("a.") + key);
    return select;
}

bool ApplicationListQuery::sortHasIndex(int column) const
{
    // Every column has its (column, id) index (cache schema 6).
    return column >= 0 && column < columnKeys().size();
}

QStringList ApplicationListQuery::sortExpressions(int column) const
{
    // The plain column: names and the municipality are declared case-insensitive in the table, numbers, codes
    // and ISO dates need no folding, so the column's index hands out the first page in order.
    return {QStringLiteral("a.") + columnKeys().value(column)};
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

void ApplicationListQuery::addAgeCondition(const ListFilter& filter, QStringList* conditions, QVariantList* binds)
{
    QDate after, by;
    if (filter.ageBand.isEmpty() || !AgeBand::bornBetween(filter.ageBand, QDate::currentDate(), &after, &by))
        return;
    // The child's row by its primary key: few applications are listed per page, and a band is a large share of them.
    QString born = QStringLiteral("(SELECT c.birth_date FROM children c WHERE c.id = a.child_id)");
    if (filter.ageBand == QLatin1String("unborn")) {
        conditions->append(QStringLiteral("(%1 IS NULL OR %1 > ?)").arg(born));
        binds->append(QDate::currentDate().toString(Qt::ISODate));
        return;
    }
    if (after.isValid()) {
        conditions->append(born + QStringLiteral(" > ?"));
        binds->append(after.toString(Qt::ISODate));
    }
    conditions->append(born + QStringLiteral(" <= ?"));
    binds->append(by.toString(Qt::ISODate));
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
        conditions->append(broad + QStringLiteral("a.municipality = ?"));
        binds->append(filter.municipality);
    }
    if (!filter.location.isEmpty()) {
        conditions->append(QStringLiteral("a.rid IN (SELECT rid FROM list_preferences WHERE location_id = ?)"));
        binds->append(filter.location);
    }
    const QStringList known = ListFilter::priorityFlags();
    for (const QString& flag : filter.priority) {
        if (known.contains(flag)) // the flag names a column: only known names get into the SQL
            conditions->append(QStringLiteral("a.%1 = 1").arg(ListIndex::priorityColumn(flag)));
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
    if (filter.hasOpenApplication) // waits for a place, as the dashboard counts the waiting children
        conditions->append(QStringLiteral("a.status IN ('submitted', 'in_review', 'offered')"));
    addAgeCondition(filter, conditions, binds);
}
