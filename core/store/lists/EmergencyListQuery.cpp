#include "store/lists/EmergencyListQuery.h"

#include "store/cache/LocalCache.h"

#include <QSqlQuery>

namespace {

// The offer that is out for an application: an accepted one before a sent one.
const char* kOfferOut = "(SELECT o.status FROM offers o WHERE o.application_id = e.application_id "
                        "AND o.status IN ('sent', 'accepted') ORDER BY o.status = 'accepted' DESC LIMIT 1)";

} // namespace

QStringList EmergencyListQuery::columnKeys() const
{
    return {QStringLiteral("urgency"),      QStringLiteral("follow_up"),   QStringLiteral("parent"),
            QStringLiteral("child"),        QStringLiteral("application"), QStringLiteral("state"),
            QStringLiteral("municipality"), QStringLiteral("reason"),      QStringLiteral("offer")};
}

QString EmergencyListQuery::fromClause() const
{
    return QStringLiteral("FROM emergency_entries e LEFT JOIN applications a ON a.id = e.application_id "
                          "LEFT JOIN parents p ON p.id = e.parent_id LEFT JOIN children c ON c.id = a.child_id");
}

QStringList EmergencyListQuery::selectExpressions() const
{
    return {QStringLiteral("e.id"),
            QStringLiteral("e.urgency"),
            QStringLiteral("e.follow_up_on"),
            QStringLiteral("trim(coalesce(p.last_name,'') || ', ' || coalesce(p.first_name,''), ', ')"),
            QStringLiteral("trim(coalesce(c.first_name,'') || ' ' || coalesce(c.last_name,''))"),
            QStringLiteral("a.number"),
            QStringLiteral("a.status"),
            QStringLiteral("p.municipality"),
            QStringLiteral("e.reason"),
            QString::fromLatin1(kOfferOut)};
}

QStringList EmergencyListQuery::sortExpressions(int column) const
{
    // Urgency first, then who is to be called back soonest: the order a counter works the list in.
    if (column == 0)
        return {QStringLiteral("e.urgency"), QStringLiteral("e.follow_up_on")};
    if (column == 1)
        return {QStringLiteral("e.follow_up_on"), QStringLiteral("e.urgency")};
    return ListQuery::sortExpressions(column);
}

void EmergencyListQuery::addConditions(const ListFilter& filter, bool walkOrder, QStringList* conditions,
                                       QVariantList* binds) const
{
    Q_UNUSED(walkOrder) // a few thousand open entries at most: sorted whole
    conditions->append(QStringLiteral("e.status = 'open'"));
    if (!filter.municipality.isEmpty()) {
        conditions->append(QStringLiteral("p.municipality = ?"));
        binds->append(filter.municipality);
    }
    if (!filter.urgency.isEmpty()) {
        conditions->append(QStringLiteral("e.urgency = ?"));
        binds->append(filter.urgency.toInt());
    }
    if (!filter.reason.isEmpty()) {
        conditions->append(QStringLiteral("e.reason = ?"));
        binds->append(filter.reason);
    }
    const QString day = today().toString(Qt::ISODate);
    if (filter.followUp == QLatin1String("overdue")) {
        conditions->append(QStringLiteral("e.follow_up_on < ?"));
        binds->append(day);
    } else if (filter.followUp == QLatin1String("today")) {
        conditions->append(QStringLiteral("e.follow_up_on <= ?"));
        binds->append(day);
    } else if (filter.followUp == QLatin1String("week")) {
        conditions->append(QStringLiteral("e.follow_up_on <= ?"));
        binds->append(today().addDays(7).toString(Qt::ISODate));
    }
    if (filter.assignedToMe) {
        conditions->append(QStringLiteral("a.assigned_account_id = ?"));
        binds->append(accountId());
    }
    if (!filter.offer.isEmpty())
        conditions->append(QString::fromLatin1(kOfferOut) + (filter.offer == QLatin1String("with")
                                                                 ? QStringLiteral(" IS NOT NULL")
                                                                 : QStringLiteral(" IS NULL")));
}

EmergencyListQuery::DueCounts EmergencyListQuery::dueCounts() const
{
    DueCounts counts;
    QSqlQuery q(cache().database());
    q.prepare(QStringLiteral("SELECT coalesce(sum(follow_up_on < ?), 0), coalesce(sum(follow_up_on = ?), 0) "
                             "FROM emergency_entries WHERE status = 'open'"));
    const QString day = today().toString(Qt::ISODate);
    q.addBindValue(day);
    q.addBindValue(day);
    if (q.exec() && q.next()) {
        counts.overdue = q.value(0).toInt();
        counts.today = q.value(1).toInt();
    }
    return counts;
}
