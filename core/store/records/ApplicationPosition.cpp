#include "store/records/ApplicationPosition.h"

#include "domain/allocation/AllocationInput.h"
#include "domain/allocation/RuleSetCatalog.h"
#include "store/cache/LocalCache.h"
#include "store/derived/ListIndex.h"
#include "store/records/RecordQuery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

QString marks(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

int median(QVector<int> values)
{
    std::sort(values.begin(), values.end());
    const int n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

ApplicationPosition::ApplicationPosition(const LocalCache& cache)
    : m_cache(cache)
{
}

const RuleSet* ApplicationPosition::ruleSetOf(const QString& regionId, const QDate& today) const
{
    const RuleSetCatalog& catalog = RuleSetCatalog::builtIn();
    const QString chosen = str(RecordQuery(m_cache).row(QStringLiteral("regions"), regionId), "rule_set_id");
    if (!chosen.isEmpty()) {
        if (const RuleSet* rules = catalog.find(chosen))
            return rules;
    }
    return catalog.inForceOn(today);
}

ApplicationPosition::Result ApplicationPosition::of(const QString& applicationId, const QDate& today) const
{
    m_error.clear();
    Result result;
    const QJsonObject application = RecordQuery(m_cache).row(QStringLiteral("applications"), applicationId);
    if (application.isEmpty() || !AllocationInput::isOpen(application))
        return result;
    QStringList locations;
    for (const QJsonValue& id : application.value(QLatin1String("preferences")).toArray()) {
        if (id.isString() && !id.toString().isEmpty() && !locations.contains(id.toString()))
            locations.append(id.toString());
    }
    const RuleSet* rules = ruleSetOf(str(application, "region_id"), today);
    if (locations.isEmpty() || !rules)
        return result;

    AllocationInput::Application self;
    self.id = applicationId;
    self.wish.preferences = locations;
    self.grounds = PriorityGrounds::fromJson(application.value(QLatin1String("priority")).toObject());
    if (!countQueue(self, locations, *rules, &result) || !readWaits(locations, today, &result) ||
        !readNames(locations, &result))
        return Result();
    result.rules = rules;
    return result;
}

bool ApplicationPosition::countQueue(const AllocationInput::Application& self, const QStringList& locations,
                                     const RuleSet& rules, Result* result) const
{
    // Counted in SQL by kind of grounds, so even five of the most wanted locations (thousands of open applications
    // each) cost a few hundred groups, not a row each: the Applications list's narrow rows answer without the wide
    // ones — its preferred-location index (list_preferences) gives the open applications that chose each location,
    // its flag columns their grounds (the same the list filters on, derived from `priority`); only a sibling ground,
    // which depends on the location, looks into the application's `priority`. Each group's tier is then
    // RuleSet::tierOf, the tier the engine ranks by, as AllocationPosition counts it.
    const QStringList flags = PriorityGrounds::flagNames();
    QStringList columns;
    for (const QString& flag : flags)
        columns.append(QStringLiteral("la.") + ListIndex::priorityColumn(flag));
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT lp.location_id, %1, CASE WHEN la.%2 = 1 THEN EXISTS (SELECT 1 FROM applications a, "
                       "json_each(CASE WHEN json_valid(a.priority) THEN a.priority ELSE '{}' END, "
                       "'$.sibling_location_ids') j WHERE a.rowid = la.rid AND j.value = lp.location_id) "
                       "ELSE 0 END AS sibling_here, count(*) "
                       "FROM list_preferences lp JOIN list_applications la ON la.rid = lp.rid "
                       "WHERE lp.location_id IN (%3) AND la.status IN ('submitted', 'in_review') AND la.id <> ? "
                       "GROUP BY lp.location_id, %1, sibling_here")
            .arg(columns.join(QLatin1Char(',')), ListIndex::priorityColumn(QStringLiteral("sibling")),
                 marks(locations.size())));
    for (const QString& id : locations)
        q.addBindValue(id);
    q.addBindValue(self.id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QString& locationId : locations)
        result->locations.append({locationId, QString(), rules.tierOf(self.grounds, locationId), 0, 0, ExpectedWait()});
    const int siblingColumn = 1 + flags.size();
    while (q.next()) {
        const QString locationId = q.value(0).toString();
        PriorityGrounds grounds;
        for (int f = 0; f < flags.size(); ++f)
            grounds.set(PriorityGrounds::Ground(PriorityGrounds::flagOf(flags.at(f))), q.value(1 + f).toInt() == 1);
        if (q.value(siblingColumn).toInt() == 1)
            grounds.addSiblingLocation(locationId);
        const int tier = rules.tierOf(grounds, locationId);
        const int count = q.value(siblingColumn + 1).toInt();
        for (AtLocation& at : result->locations) {
            if (at.locationId != locationId)
                continue;
            at.ahead += tier < at.tier ? count : 0;
            at.sameTier += tier == at.tier ? count : 0;
        }
    }
    return true;
}

bool ApplicationPosition::readWaits(const QStringList& locations, const QDate& today, Result* result) const
{
    // A placement is an accepted offer at the location (docs/ARCHITECTURE.md "Position"): the family said yes, so the
    // place was taken, whether the application is now accepted or placed. Its wait runs from the application's
    // filing (submitted_at) to the offer's last change (updated_at, the answer for an accepted offer).
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.location_id, julianday(o.updated_at) - julianday(a.submitted_at) FROM offers o "
                             "JOIN applications a ON a.id = o.application_id "
                             "WHERE o.location_id IN (%1) AND o.status = 'accepted' AND o.updated_at >= ? "
                             "AND o.updated_at < ? AND a.submitted_at IS NOT NULL")
                  .arg(marks(locations.size())));
    for (const QString& id : locations)
        q.addBindValue(id);
    q.addBindValue(today.addMonths(-kWindowMonths).toString(Qt::ISODate));
    q.addBindValue(today.addDays(1).toString(Qt::ISODate));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    QHash<QString, QVector<int>> waits;
    while (q.next()) {
        if (!q.value(1).isNull())
            waits[q.value(0).toString()].append(qMax(0, int(q.value(1).toDouble())));
    }
    for (AtLocation& at : result->locations) {
        const QVector<int> days = waits.value(at.locationId);
        at.wait.placements = days.size();
        at.wait.medianDays = days.size() >= kMinimumPlacements ? median(days) : -1;
    }
    return true;
}

bool ApplicationPosition::readNames(const QStringList& locations, Result* result) const
{
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name FROM locations WHERE id IN (%1)").arg(marks(locations.size())));
    for (const QString& id : locations)
        q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    QHash<QString, QString> names;
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    for (AtLocation& at : result->locations)
        at.locationName = names.value(at.locationId);
    return true;
}
