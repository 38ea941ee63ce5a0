#include "report/PeriodFigures.h"

#include "domain/AgeBand.h"
#include "domain/ApplicationStatus.h"
#include "domain/RegionCatalog.h"
#include "store/cache/LocalCache.h"
#include "store/derived/ListIndex.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kTotal = QStringLiteral("*");
// A parent without a municipality: counted in the total, and in a line of its own so the lines add up to it.
const QString kUnknown = QStringLiteral("unknown");

// What the report knows of one child: the union over its applications in the region.
struct ChildFacts {
    QString municipality;
    bool inPeriod = false;
    bool placed = false;
    bool open = false;
    bool onEmergencyList = false;
    QSet<QString> grounds;
    int waitDays = -1; // filing to the first accepted offer, -1 when none
};

bool isOpenStatus(const QString& status)
{
    const ApplicationStatus::State state = ApplicationStatus::fromString(status);
    return state != ApplicationStatus::Invalid && !ApplicationStatus::isFinal(state);
}

QDate utcDay(const QString& timestamp)
{
    return QDate::fromString(timestamp.left(10), Qt::ISODate);
}

int median(QVector<int> values)
{
    std::sort(values.begin(), values.end());
    const int n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

class Counter
{
public:
    void add(const QString& municipality, const QString& measure, qint64 n = 1)
    {
        m_counts[{municipality, measure}] += n;
        m_counts[{kTotal, measure}] += n;
    }
    qint64 value(const QString& municipality, const QString& measure) const
    {
        return m_counts.value({municipality, measure});
    }

private:
    QHash<QPair<QString, QString>, qint64> m_counts;
};

} // namespace

PeriodFigures::PeriodFigures(const LocalCache& cache)
    : m_cache(cache)
{
}

QStringList PeriodFigures::priorityGrounds()
{
    return {QStringLiteral("work_or_training"), QStringLiteral("single_parent"), QStringLiteral("low_income"),
            QStringLiteral("foster_child"), QStringLiteral("social_reasons")};
}

QStringList PeriodFigures::channels()
{
    return {QStringLiteral("online"), QStringLiteral("counter"), QStringLiteral("referrer"), QStringLiteral("phone")};
}

QStringList PeriodFigures::ageBands()
{
    return AgeBand::all();
}

QVector<SmallCountSuppression::Partition> PeriodFigures::partitions()
{
    QStringList bands;
    for (const QString& band : ageBands())
        bands.append(QStringLiteral("children_age_") + band);
    return {{QStringLiteral("children_with_request"), bands}};
}

QStringList PeriodFigures::measures()
{
    QStringList all{QStringLiteral("children_with_request"), QStringLiteral("children_waiting"),
                    QStringLiteral("children_placed"), QStringLiteral("children_on_emergency_list")};
    for (const QString& ground : priorityGrounds())
        all.append(QStringLiteral("children_priority_") + ground);
    for (const QString& band : ageBands())
        all.append(QStringLiteral("children_age_") + band);
    for (const QString& channel : channels())
        all.append(QStringLiteral("applications_") + channel);
    all.append(QStringLiteral("median_wait_days"));
    return all;
}

bool PeriodFigures::compute(const Period& period, QVector<ReportCell>* cells, QString* error) const
{
    const Region* region = RegionCatalog::find(period.regionId);
    if (!region) {
        *error = QStringLiteral("unknown region '%1'").arg(period.regionId);
        return false;
    }
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    // Every application of the region with its child's parent's municipality, its child's birth, and whether an
    // open emergency entry and an accepted offer hang on it: one pass, no query per child.
    // The children with an application of the region filed in the period (the index on region and filing), then
    // every application of those children in the region (the index on the child): their narrow list rows, the
    // child's birth, and whether an open emergency entry and an accepted offer hang on each. No row of a child
    // outside the period is read.
    QStringList flags;
    for (const QString& ground : priorityGrounds())
        flags.append(QStringLiteral("l.") + ListIndex::priorityColumn(ground));
    q.prepare(QStringLiteral(
                  "SELECT l.child_id, l.status, l.submitted_at, l.channel, l.municipality, c.birth_date, "
                  "EXISTS (SELECT 1 FROM emergency_entries e WHERE e.application_id = l.id AND e.status = 'open'), "
                  "(SELECT MIN(julianday(o.updated_at)) FROM offers o WHERE o.application_id = l.id "
                  "AND o.status = 'accepted') - julianday(l.submitted_at), %1 "
                  "FROM (SELECT DISTINCT child_id FROM list_applications WHERE region_id = ? AND submitted_at >= ? "
                  "AND submitted_at < ? AND child_id IS NOT NULL) k "
                  "CROSS JOIN list_applications l ON l.child_id = k.child_id AND l.region_id = ? "
                  "LEFT JOIN children c ON c.id = k.child_id")
                  .arg(flags.join(QLatin1Char(','))));
    q.addBindValue(period.regionId);
    q.addBindValue(period.from.toString(Qt::ISODate));
    q.addBindValue(period.to.addDays(1).toString(Qt::ISODate));
    q.addBindValue(period.regionId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QHash<QString, ChildFacts> children;
    QHash<QString, QString> birthOf;
    Counter counter;
    while (q.next()) {
        const QString childId = q.value(0).toString();
        const QString status = q.value(1).toString();
        const QDate filed = utcDay(q.value(2).toString());
        const bool inPeriod = filed.isValid() && filed >= period.from && filed <= period.to;
        ChildFacts& child = children[childId];
        birthOf.insert(childId, q.value(5).toString());
        // The parent's municipality as the application of the period names it; a family that moved keeps one.
        if (child.municipality.isEmpty() || inPeriod)
            child.municipality = q.value(4).toString().isEmpty() ? kUnknown : q.value(4).toString();
        child.placed = child.placed || status == QLatin1String("placed");
        child.open = child.open || isOpenStatus(status);
        child.onEmergencyList = child.onEmergencyList || q.value(6).toBool();
        if (!q.value(7).isNull()) {
            const int wait = qMax(0, int(q.value(7).toDouble()));
            child.waitDays = child.waitDays < 0 ? wait : qMin(child.waitDays, wait);
        }
        if (!inPeriod)
            continue;
        child.inPeriod = true;
        for (int i = 0; i < flags.size(); ++i) {
            if (q.value(8 + i).toBool())
                child.grounds.insert(priorityGrounds().at(i));
        }
        const QString channel = q.value(3).toString();
        if (channels().contains(channel))
            counter.add(child.municipality, QStringLiteral("applications_") + channel);
    }
    QHash<QString, QVector<int>> waits;
    for (auto it = children.cbegin(); it != children.cend(); ++it) {
        const ChildFacts& child = it.value();
        if (!child.inPeriod)
            continue;
        const QString& m = child.municipality;
        counter.add(m, QStringLiteral("children_with_request"));
        if (child.placed)
            counter.add(m, QStringLiteral("children_placed"));
        else if (child.open)
            counter.add(m, QStringLiteral("children_waiting"));
        if (child.onEmergencyList)
            counter.add(m, QStringLiteral("children_on_emergency_list"));
        for (const QString& ground : child.grounds)
            counter.add(m, QStringLiteral("children_priority_") + ground);
        counter.add(m, QStringLiteral("children_age_") +
                           AgeBand::of(QDate::fromString(birthOf.value(it.key()), Qt::ISODate), period.to));
        if (child.waitDays >= 0) {
            waits[m].append(child.waitDays);
            waits[kTotal].append(child.waitDays);
        }
    }
    // The region's municipalities, then any other a family of the period lives in (one that moved out of the
    // region): every child of the total is in exactly one line, so the lines add up to the total.
    QStringList places{kTotal};
    for (const Municipality& municipality : region->municipalities)
        places.append(municipality.name);
    QStringList elsewhere;
    for (const ChildFacts& child : qAsConst(children)) {
        if (child.inPeriod && !places.contains(child.municipality) && !elsewhere.contains(child.municipality))
            elsewhere.append(child.municipality);
    }
    std::sort(elsewhere.begin(), elsewhere.end());
    places.append(elsewhere);
    cells->clear();
    for (const QString& place : places) {
        for (const QString& measure : measures()) {
            if (measure == QLatin1String("median_wait_days")) {
                const QVector<int> days = waits.value(place);
                cells->append({place, measure, days.isEmpty() ? 0 : median(days), false, days.size()});
            } else {
                cells->append({place, measure, counter.value(place, measure), true, 0});
            }
        }
    }
    return true;
}
