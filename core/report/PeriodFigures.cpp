#include "report/PeriodFigures.h"

#include "domain/ApplicationStatus.h"
#include "domain/RegionCatalog.h"
#include "store/cache/LocalCache.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
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

// Children's age on the period's last day, in the bands the agency counts: not born yet, under one, one, two+.
QString ageBand(const QString& birthDate, const QDate& on)
{
    const QDate birth = QDate::fromString(birthDate, Qt::ISODate);
    if (!birth.isValid() || birth > on)
        return QStringLiteral("unborn");
    const int months = (on.year() - birth.year()) * 12 + on.month() - birth.month() - (on.day() < birth.day() ? 1 : 0);
    if (months < 12)
        return QStringLiteral("0");
    return months < 24 ? QStringLiteral("1") : QStringLiteral("2_plus");
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
    return {QStringLiteral("unborn"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2_plus")};
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
    q.prepare(QStringLiteral(
        "SELECT a.child_id, a.status, a.submitted_at, a.channel, a.priority, p.municipality, c.birth_date, "
        "EXISTS (SELECT 1 FROM emergency_entries e WHERE e.application_id = a.id AND e.status = 'open'), "
        "(SELECT MIN(julianday(o.updated_at)) - julianday(a.submitted_at) FROM offers o "
        " WHERE o.application_id = a.id AND o.status = 'accepted') "
        "FROM applications a LEFT JOIN children c ON c.id = a.child_id LEFT JOIN parents p ON p.id = a.parent_id "
        "WHERE a.region_id = ? AND a.child_id IS NOT NULL"));
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
        birthOf.insert(childId, q.value(6).toString());
        // The parent's municipality as the application of the period names it; a family that moved keeps one.
        if (child.municipality.isEmpty() || inPeriod)
            child.municipality = q.value(5).toString().isEmpty() ? kUnknown : q.value(5).toString();
        child.placed = child.placed || status == QLatin1String("placed");
        child.open = child.open || isOpenStatus(status);
        child.onEmergencyList = child.onEmergencyList || q.value(7).toBool();
        if (!q.value(8).isNull()) {
            const int wait = qMax(0, int(q.value(8).toDouble()));
            child.waitDays = child.waitDays < 0 ? wait : qMin(child.waitDays, wait);
        }
        if (!inPeriod)
            continue;
        child.inPeriod = true;
        const QJsonObject priority = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        for (const QString& ground : priorityGrounds()) {
            if (priority.value(ground).toBool())
                child.grounds.insert(ground);
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
        counter.add(m, QStringLiteral("children_age_") + ageBand(birthOf.value(it.key()), period.to));
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
