#include "report/DashboardFigures.h"

#include "domain/AgeBand.h"
#include "domain/allocation/PriorityGrounds.h"
#include "domain/allocation/RuleSet.h"
#include "store/cache/LocalCache.h"
#include "store/derived/ListIndex.h"
#include "store/records/ApplicationPosition.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QHash>
#include <QMap>

#include <algorithm>
#include <climits>
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
    for (QDate m(filter.from.year(), filter.from.month(), 1); m <= filter.to; m = m.addMonths(1))
        all->months.append({m, 0, 0});
    for (const QString& stage : stages())
        all->funnel.append({stage, 0, 0});
    for (const QString& channel :
         {QStringLiteral("online"), QStringLiteral("counter"), QStringLiteral("referrer"), QStringLiteral("phone")})
        all->channels.append({channel, 0, 0});
    const RuleSet* rules =
        filter.regionIds.isEmpty() ? nullptr : ApplicationPosition(m_cache).ruleSetOf(filter.regionIds.first(), today);
    if (rules && rules->reservedShare())
        all->priority.reservedShare = rules->reservedShare()->share;
    const bool ok = filed(rules, all) && placed(all) && waits(all) && demand(today, all) && emergency(today, all) &&
                    emergencyOverTime(today, all);
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
    return QStringLiteral("FROM list_applications l WHERE ") + periodConditions();
}

QString DashboardFigures::periodConditions() const
{
    // The narrow list rows (ListIndex): region, filing, status, channel, the parent's municipality and the priority
    // flags, read through the index on (region_id, submitted_at) — never the wide rows. ISO timestamps compare as
    // text: "filed on `to` or earlier" is "before the day after `to`".
    return QStringLiteral("l.region_id IN (%1) AND l.submitted_at >= ? AND l.submitted_at < ?%2")
        .arg(regionList(), m_filter.municipality.isEmpty() ? QString() : QStringLiteral(" AND l.municipality = ?"));
}

QVariantList DashboardFigures::regionValues() const
{
    QVariantList values;
    for (const QString& region : m_filter.regionIds)
        values.append(region);
    return values;
}

QVariantList DashboardFigures::periodValues() const
{
    QVariantList values = regionValues();
    values << m_filter.from.toString(Qt::ISODate) << m_filter.to.addDays(1).toString(Qt::ISODate);
    if (!m_filter.municipality.isEmpty())
        values.append(m_filter.municipality);
    return values;
}

QString DashboardFigures::municipalityCondition(const char* column) const
{
    return m_filter.municipality.isEmpty() ? QString() : QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
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

DashboardFigures::Month* DashboardFigures::monthOf(All* all, const QString& yearMonth)
{
    for (Month& m : all->months) {
        if (m.month.toString(QStringLiteral("yyyy-MM")) == yearMonth)
            return &m;
    }
    return nullptr;
}

bool DashboardFigures::filed(const RuleSet* rules, All* all) const
{
    // One pass over the period's narrow rows, grouped by what the charts split on (month, state, whether an offer was
    // made, channel, the priority flags): a few thousand groups at most, whatever the number of applications.
    const QStringList flags = PriorityGrounds::flagNames();
    // The flags as one number (bit i: flag i, as PriorityGrounds::flagOf numbers them): one sort key instead of five.
    QStringList bits;
    for (const QString& flag : flags)
        bits.append(
            QStringLiteral("%1 * l.%2").arg(PriorityGrounds::flagOf(flag)).arg(ListIndex::priorityColumn(flag)));
    // "Had an offer" by rowid, so the index on (region_id, submitted_at, status, channel, flags) answers alone; asked
    // of closed applications only, the one state it tells anything about (rankOf): a sixth of the probes in the demo.
    const QString grouped =
        QStringLiteral("substr(l.submitted_at, 1, 7), l.status, CASE WHEN l.status IN ('cancelled', 'expired') THEN "
                       "l.rid IN (SELECT a.rowid FROM offers o JOIN applications a ON a.id = o.application_id) ELSE 0 "
                       "END, l.channel, ") +
        bits.join(QLatin1String(" + "));
    QSqlQuery q(m_cache.database());
    if (!run(q,
             QStringLiteral("SELECT %1, COUNT(*) ").arg(grouped) + applicationsOfPeriod() +
                 QStringLiteral(" GROUP BY %1").arg(grouped),
             periodValues()))
        return false;
    const QStringList order = stages();
    QHash<QString, qint64> grounds;
    while (q.next()) {
        const qint64 n = q.value(5).toLongLong();
        if (Month* m = monthOf(all, q.value(0).toString()))
            m->filed += n;
        const QString status = q.value(1).toString();
        const int rank = rankOf(status, q.value(2).toBool());
        for (int i = 0; i <= rank && i < all->funnel.size(); ++i)
            all->funnel[i].reached += n;
        if (!order.contains(status))
            all->funnel[rank].left += n;
        for (Count& c : all->channels) {
            if (c.key == q.value(3).toString())
                c.value += n;
        }
        PriorityGrounds combination;
        const int set = q.value(4).toInt();
        for (int i = 0; i < flags.size(); ++i) {
            const int flag = PriorityGrounds::flagOf(flags.at(i));
            const bool on = (set & flag) != 0;
            combination.set(PriorityGrounds::Ground(flag), on);
            if (on)
                grounds[flags.at(i)] += n;
        }
        all->priority.applications += n;
        if (rules && rules->reservedShare() && rules->inReservedGroup(combination))
            all->priority.inReservedGroup += n;
    }
    for (const QString& flag : flags)
        all->priority.grounds.append({flag, grounds.value(flag), 0});
    return true;
}

bool DashboardFigures::placed(All* all) const
{
    // Placements by the day the place was taken, not by filing: the answer of the accepted offer, or — placed
    // without an offer in this cache — the application's last change, both from the narrow list rows. Few
    // applications are placed: the index on (status, region_id, municipality, child_id) finds them.
    const QString sql =
        QStringLiteral("SELECT substr(placed_on, 1, 7), COUNT(DISTINCT child_id) FROM (SELECT l.child_id, "
                       "COALESCE((SELECT MAX(o.updated_at) FROM offers o WHERE o.application_id = l.id "
                       "AND o.status = 'accepted'), l.updated_at) AS placed_on FROM list_applications l "
                       "WHERE l.status = 'placed' AND l.region_id IN (%1)%2) "
                       "WHERE placed_on >= ? AND placed_on < ? GROUP BY 1")
            .arg(regionList(), m_filter.municipality.isEmpty() ? QString() : QStringLiteral(" AND l.municipality = ?"));
    QVariantList values = regionValues();
    if (!m_filter.municipality.isEmpty())
        values.append(m_filter.municipality);
    values << m_filter.from.toString(Qt::ISODate) << m_filter.to.addDays(1).toString(Qt::ISODate);
    QSqlQuery q(m_cache.database());
    if (!run(q, sql, values))
        return false;
    while (q.next()) {
        if (Month* m = monthOf(all, q.value(0).toString()))
            m->placed = q.value(1).toLongLong();
    }
    return true;
}

bool DashboardFigures::waits(All* all) const
{
    QSqlQuery q(m_cache.database());
    if (!run(q,
             // From the offers (few) to their applications' list rows, in that order (CROSS JOIN fixes it): a scan of
             // the period's applications would look each of them up in the offers instead.
             QStringLiteral("SELECT CAST(julianday(MIN(o.updated_at)) - julianday(l.submitted_at) AS INTEGER) AS days "
                            "FROM offers o CROSS JOIN applications a ON a.id = o.application_id "
                            "CROSS JOIN list_applications l ON l.rid = a.rowid WHERE ") +
                 periodConditions() + QStringLiteral(" GROUP BY o.application_id ORDER BY days"),
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

bool DashboardFigures::emergency(const QDate& today, All* all) const
{
    QVariantList values{today.toString(Qt::ISODate)}; // the follow-up day in the SELECT comes first
    values += regionValues();
    if (!m_filter.municipality.isEmpty())
        values.append(m_filter.municipality);
    QSqlQuery q(m_cache.database());
    if (!run(q,
             QStringLiteral(
                 "SELECT COUNT(*), COALESCE(SUM(e.follow_up_on < ?), 0) FROM emergency_entries e "
                 "LEFT JOIN parents p ON p.id = e.parent_id WHERE e.status = 'open' AND e.region_id IN (%1)%2")
                 .arg(regionList(), municipalityCondition("p.municipality")),
             values))
        return false;
    if (q.next()) {
        all->emergency.open = q.value(0).toLongLong();
        all->emergency.overdue = q.value(1).toLongLong();
    }
    return true;
}

bool DashboardFigures::demand(const QDate& today, All* all) const
{
    // Now, not in the period: children with an open application against the seats of open free places, per
    // municipality (the parent's, the location's) and per age band today. One pass over the narrow list rows through
    // the index on (status, region_id, municipality, child_id, child_birth_date): every child has one municipality
    // and one age, so the counts per pair add up to both charts. The bands as AgeBand dates them.
    QDate bornAfter[2], bornBy[2];
    AgeBand::bornBetween(QStringLiteral("0"), today, &bornAfter[0], &bornBy[0]);
    AgeBand::bornBetween(QStringLiteral("1"), today, &bornAfter[1], &bornBy[1]);
    QVariantList values{bornBy[0].toString(Qt::ISODate), bornAfter[0].toString(Qt::ISODate),
                        bornAfter[1].toString(Qt::ISODate)};
    values += regionValues();
    if (!m_filter.municipality.isEmpty())
        values.append(m_filter.municipality);
    QSqlQuery q(m_cache.database());
    if (!run(q,
             QStringLiteral("SELECT COALESCE(l.municipality, ''), CASE WHEN l.child_birth_date IS NULL OR "
                            "l.child_birth_date > ? THEN 'unborn' WHEN l.child_birth_date > ? THEN '0' WHEN "
                            "l.child_birth_date > ? THEN '1' ELSE '2_plus' END, COUNT(DISTINCT l.child_id) FROM "
                            "list_applications l WHERE l.status IN ('submitted', 'in_review', 'offered') AND "
                            "l.region_id IN (%1)%2 GROUP BY 1, 2")
                 .arg(regionList(), municipalityCondition("l.municipality")),
             values))
        return false;
    QMap<QString, Count> byPlace;
    QHash<QString, qint64> waitingByAge;
    while (q.next()) {
        Count& c = byPlace[q.value(0).toString()];
        c.key = q.value(0).toString();
        c.value += q.value(2).toLongLong();
        waitingByAge[q.value(1).toString()] += q.value(2).toLongLong();
    }
    values = regionValues();
    if (!m_filter.municipality.isEmpty())
        values.append(m_filter.municipality);
    if (!run(
            q,
            QStringLiteral("SELECT COALESCE(l.municipality, ''), f.age_min_months, f.age_max_months, SUM(f.count) FROM "
                           "free_places f JOIN locations l ON l.id = f.location_id WHERE f.region_id IN (%1) AND "
                           "f.status = 'open'%2 GROUP BY 1, 2, 3")
                .arg(regionList(), municipalityCondition("l.municipality")),
            values))
        return false;
    QHash<QString, qint64> seatsByAge;
    while (q.next()) {
        const qint64 seats = q.value(3).toLongLong();
        Count& c = byPlace[q.value(0).toString()];
        c.key = q.value(0).toString();
        c.other += seats;
        const int low = q.value(1).isNull() ? 0 : q.value(1).toInt();
        const int high = q.value(2).isNull() ? INT_MAX : q.value(2).toInt();
        for (const QString& band : AgeBand::all()) {
            if (AgeBand::takes(band, low, high))
                seatsByAge[band] += seats;
        }
    }
    for (const Count& c : qAsConst(byPlace))
        all->demand.append(c);
    for (const QString& band : AgeBand::all())
        all->demandByAge.append({band, waitingByAge.value(band), seatsByAge.value(band)});
    return true;
}

bool DashboardFigures::emergencyOverTime(const QDate& today, All* all) const
{
    // The entries that were on the list at some time in the period, by the days the server stamped (listed_on,
    // resolved_on): a few thousand at most, counted per month here.
    QVariantList values{m_filter.to.toString(Qt::ISODate), m_filter.from.toString(Qt::ISODate)};
    values += regionValues();
    if (!m_filter.municipality.isEmpty())
        values.append(m_filter.municipality);
    QSqlQuery q(m_cache.database());
    if (!run(q,
             QStringLiteral("SELECT e.listed_on, e.resolved_on FROM emergency_entries e LEFT JOIN parents p ON p.id = "
                            "e.parent_id WHERE e.listed_on <= ? AND (e.resolved_on IS NULL OR e.resolved_on >= ?) AND "
                            "e.region_id IN (%1)%2")
                 .arg(regionList(), municipalityCondition("p.municipality")),
             values))
        return false;
    for (QDate m(m_filter.from.year(), m_filter.from.month(), 1); m <= m_filter.to; m = m.addMonths(1))
        all->emergencyMonths.append({m, 0, 0, 0});
    while (q.next()) {
        const QDate listed = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const QDate resolved = QDate::fromString(q.value(1).toString(), Qt::ISODate); // invalid: still open
        for (EmergencyMonth& m : all->emergencyMonths) {
            const QDate last = qMin(m.month.addMonths(1).addDays(-1), today);
            if (m.month > today)
                break;
            m.onList += listed <= last && (!resolved.isValid() || resolved > last) ? 1 : 0;
            m.added += listed >= m.month && listed <= last ? 1 : 0;
            m.resolved += resolved.isValid() && resolved >= m.month && resolved <= last ? 1 : 0;
        }
    }
    return true;
}
