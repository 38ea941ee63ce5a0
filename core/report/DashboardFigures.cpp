#include "report/DashboardFigures.h"

#include "domain/allocation/PriorityGrounds.h"
#include "domain/allocation/RuleSet.h"
#include "store/cache/LocalCache.h"
#include "store/records/ApplicationPosition.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

// The rank of each state in the funnel; a closed application reached at most "offered" (it had an offer) or
// "submitted" (the cache does not keep whether it was in review before it closed).
int rankOf(const QString& status, bool hadOffer)
{
    static const QStringList order = DashboardFigures::stages();
    const int rank = order.indexOf(status);
    if (rank >= 0)
        return rank;
    return hadOffer ? order.indexOf(QStringLiteral("offered")) : 0;
}

int percentile(const QVector<int>& sorted, int percent)
{
    // Nearest rank: the smallest value with at least `percent` % of the values at or below it.
    const int rank = qMax(1, int(std::ceil(percent / 100.0 * sorted.size())));
    return sorted.at(rank - 1);
}

} // namespace

DashboardFigures::DashboardFigures(const LocalCache& cache)
    : m_cache(cache)
{
}

QStringList DashboardFigures::stages()
{
    return {QStringLiteral("submitted"), QStringLiteral("in_review"), QStringLiteral("offered"),
            QStringLiteral("accepted"), QStringLiteral("placed")};
}

bool DashboardFigures::compute(const DashboardFilter& filter, const QDate& today, All* all, QString* error) const
{
    m_filter = filter;
    *all = All();
    const bool ok = months(all) && funnel(all) && waits(all) && channels(all) && demand(all) && priority(today, all) &&
                    emergency(today, all);
    if (!ok)
        *error = m_error;
    return ok;
}

QString DashboardFigures::regionList() const
{
    QStringList marks;
    for (int i = 0; i < m_filter.regionIds.size(); ++i)
        marks.append(QStringLiteral("?"));
    return marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QLatin1Char(','));
}

QString DashboardFigures::applicationsOfPeriod() const
{
    return QStringLiteral("FROM applications a LEFT JOIN parents p ON p.id = a.parent_id "
                          "WHERE a.region_id IN (%1) AND substr(a.submitted_at, 1, 10) BETWEEN ? AND ?%2")
        .arg(regionList(), m_filter.municipality.isEmpty() ? QString() : QStringLiteral(" AND p.municipality = ?"));
}

QVariantList DashboardFigures::periodValues() const
{
    QVariantList values;
    for (const QString& region : m_filter.regionIds)
        values.append(region);
    values << m_filter.from.toString(Qt::ISODate) << m_filter.to.toString(Qt::ISODate);
    if (!m_filter.municipality.isEmpty())
        values.append(m_filter.municipality);
    return values;
}

bool DashboardFigures::run(QSqlQuery& q, const QString& sql, const QVariantList& values) const
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool DashboardFigures::months(All* all) const
{
    for (QDate m(m_filter.from.year(), m_filter.from.month(), 1); m <= m_filter.to; m = m.addMonths(1))
        all->months.append({m, 0, 0});
    const auto slot = [all](const QString& yearMonth) -> Month* {
        for (Month& m : all->months) {
            if (m.month.toString(QStringLiteral("yyyy-MM")) == yearMonth)
                return &m;
        }
        return nullptr;
    };
    QSqlQuery q(m_cache.database());
    if (!run(q,
             QStringLiteral("SELECT substr(a.submitted_at, 1, 7), COUNT(*) ") + applicationsOfPeriod() +
                 QStringLiteral(" GROUP BY 1"),
             periodValues()))
        return false;
    while (q.next()) {
        if (Month* m = slot(q.value(0).toString()))
            m->filed = q.value(1).toLongLong();
    }
    // Placements by the day the place was taken, not by filing: the answer of the accepted offer, or — placed
    // without an offer in this cache — the application's last change.
    const QString sql =
        QStringLiteral("SELECT substr(placed_on, 1, 7), COUNT(DISTINCT child_id) FROM (SELECT a.child_id, "
                       "COALESCE((SELECT MAX(o.updated_at) FROM offers o WHERE o.application_id = a.id "
                       "AND o.status = 'accepted'), a.updated_at) AS placed_on FROM applications a "
                       "LEFT JOIN parents p ON p.id = a.parent_id WHERE a.status = 'placed' AND a.region_id IN (%1)%2) "
                       "WHERE substr(placed_on, 1, 10) BETWEEN ? AND ? GROUP BY 1")
            .arg(regionList(), m_filter.municipality.isEmpty() ? QString() : QStringLiteral(" AND p.municipality = ?"));
    QVariantList values;
    for (const QString& region : m_filter.regionIds)
        values.append(region);
    if (!m_filter.municipality.isEmpty())
        values.append(m_filter.municipality);
    values << m_filter.from.toString(Qt::ISODate) << m_filter.to.toString(Qt::ISODate);
    if (!run(q, sql, values))
        return false;
    while (q.next()) {
        if (Month* m = slot(q.value(0).toString()))
            m->placed = q.value(1).toLongLong();
    }
    return true;
}

bool DashboardFigures::funnel(All* all) const
{
    const QStringList order = stages();
    for (const QString& stage : order)
        all->funnel.append({stage, 0, 0});
    QSqlQuery q(m_cache.database());
    if (!run(q,
             QStringLiteral(
                 "SELECT a.status, EXISTS (SELECT 1 FROM offers o WHERE o.application_id = a.id), COUNT(*) ") +
                 applicationsOfPeriod() + QStringLiteral(" GROUP BY 1, 2"),
             periodValues()))
        return false;
    while (q.next()) {
        const QString status = q.value(0).toString();
        const int rank = rankOf(status, q.value(1).toBool());
        const qint64 n = q.value(2).toLongLong();
        for (int i = 0; i <= rank && i < all->funnel.size(); ++i)
            all->funnel[i].reached += n;
        if (!order.contains(status))
            all->funnel[rank].left += n;
    }
    return true;
}

bool DashboardFigures::waits(All* all) const
{
    QSqlQuery q(m_cache.database());
    if (!run(q,
             QStringLiteral("SELECT CAST(julianday((SELECT MIN(o.updated_at) FROM offers o WHERE o.application_id = "
                            "a.id)) - julianday(a.submitted_at) AS INTEGER) AS days ") +
                 applicationsOfPeriod() +
                 QStringLiteral(" AND EXISTS (SELECT 1 FROM offers o WHERE o.application_id = "
                                "a.id) ORDER BY days"),
             periodValues()))
        return false;
    QVector<int> days;
    while (q.next())
        days.append(qMax(0, q.value(0).toInt()));
    all->waits.buckets = {{0, 30}, {31, 60}, {61, 90}, {91, 180}, {181, 365}, {366, -1}};
    for (int d : qAsConst(days)) {
        for (WaitBucket& b : all->waits.buckets) {
            if (d >= b.fromDays && (b.toDays < 0 || d <= b.toDays)) {
                ++b.count;
                break;
            }
        }
    }
    all->waits.basis = days.size();
    if (!days.isEmpty()) {
        all->waits.median = percentile(days, 50);
        all->waits.p90 = percentile(days, 90);
    }
    return true;
}

bool DashboardFigures::channels(All* all) const
{
    for (const QString& channel :
         {QStringLiteral("online"), QStringLiteral("counter"), QStringLiteral("referrer"), QStringLiteral("phone")})
        all->channels.append({channel, 0, 0});
    QSqlQuery q(m_cache.database());
    if (!run(q, QStringLiteral("SELECT a.channel, COUNT(*) ") + applicationsOfPeriod() + QStringLiteral(" GROUP BY 1"),
             periodValues()))
        return false;
    while (q.next()) {
        for (Count& c : all->channels) {
            if (c.key == q.value(0).toString())
                c.value = q.value(1).toLongLong();
        }
    }
    return true;
}

bool DashboardFigures::demand(All* all) const
{
    // Now, not in the period: children with an open application against the seats of open free places, per
    // municipality (the parent's, the location's).
    QVariantList regions;
    for (const QString& region : m_filter.regionIds)
        regions.append(region);
    QSqlQuery q(m_cache.database());
    if (!run(q,
             QStringLiteral("SELECT COALESCE(p.municipality, ''), COUNT(DISTINCT a.child_id) FROM applications a "
                            "LEFT JOIN parents p ON p.id = a.parent_id WHERE a.region_id IN (%1) "
                            "AND a.status IN ('submitted', 'in_review', 'offered') GROUP BY 1")
                 .arg(regionList()),
             regions))
        return false;
    QMap<QString, Count> byPlace;
    while (q.next())
        byPlace[q.value(0).toString()] = {q.value(0).toString(), q.value(1).toLongLong(), 0};
    if (!run(q,
             QStringLiteral("SELECT COALESCE(l.municipality, ''), SUM(f.count) FROM free_places f "
                            "JOIN locations l ON l.id = f.location_id WHERE f.region_id IN (%1) AND f.status = 'open' "
                            "GROUP BY 1")
                 .arg(regionList()),
             regions))
        return false;
    while (q.next()) {
        Count& c = byPlace[q.value(0).toString()];
        c.key = q.value(0).toString();
        c.other = q.value(1).toLongLong();
    }
    for (const Count& c : qAsConst(byPlace)) {
        if (m_filter.municipality.isEmpty() || c.key == m_filter.municipality)
            all->demand.append(c);
    }
    return true;
}

bool DashboardFigures::priority(const QDate& today, All* all) const
{
    const RuleSet* rules = m_filter.regionIds.isEmpty()
                               ? nullptr
                               : ApplicationPosition(m_cache).ruleSetOf(m_filter.regionIds.first(), today);
    if (rules && rules->reservedShare())
        all->priority.reservedShare = rules->reservedShare()->share;
    QHash<QString, qint64> grounds;
    QSqlQuery q(m_cache.database());
    if (!run(q, QStringLiteral("SELECT a.priority, COUNT(*) ") + applicationsOfPeriod() + QStringLiteral(" GROUP BY 1"),
             periodValues()))
        return false;
    while (q.next()) {
        const QJsonObject json = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        const qint64 n = q.value(1).toLongLong();
        all->priority.applications += n;
        for (const QString& name : PriorityGrounds::flagNames()) {
            if (json.value(name).toBool())
                grounds[name] += n;
        }
        if (rules && rules->reservedShare() && rules->inReservedGroup(PriorityGrounds::fromJson(json)))
            all->priority.inReservedGroup += n;
    }
    for (const QString& name : PriorityGrounds::flagNames())
        all->priority.grounds.append({name, grounds.value(name), 0});
    return true;
}

bool DashboardFigures::emergency(const QDate& today, All* all) const
{
    QVariantList values{today.toString(Qt::ISODate)}; // the follow-up day in the SELECT comes first
    for (const QString& region : m_filter.regionIds)
        values.append(region);
    if (!m_filter.municipality.isEmpty())
        values.append(m_filter.municipality);
    QSqlQuery q(m_cache.database());
    if (!run(q,
             QStringLiteral(
                 "SELECT COUNT(*), COALESCE(SUM(e.follow_up_on < ?), 0) FROM emergency_entries e "
                 "LEFT JOIN parents p ON p.id = e.parent_id WHERE e.status = 'open' AND e.region_id IN (%1)%2")
                 .arg(regionList(),
                      m_filter.municipality.isEmpty() ? QString() : QStringLiteral(" AND p.municipality = ?")),
             values))
        return false;
    if (q.next()) {
        all->emergency.open = q.value(0).toLongLong();
        all->emergency.overdue = q.value(1).toLongLong();
    }
    return true;
}
