#include "store/search/OfferCandidates.h"

#include "domain/PlaceFit.h"
#include "store/cache/LocalCache.h"
#include "store/lists/ListFilter.h"
#include "store/records/RecordQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QJsonObject parse(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QStringList groundsOf(const QJsonObject& priority)
{
    QStringList grounds;
    for (const QString& flag : ListFilter::priorityFlags()) {
        const bool set = flag == QLatin1String("sibling")
                             ? !priority.value(QLatin1String("sibling_location_ids")).toArray().isEmpty()
                             : priority.value(flag).toBool();
        if (set)
            grounds.append(flag);
    }
    return grounds;
}

QString joinName(const QVariant& first, const QVariant& last)
{
    return QStringLiteral("%1 %2").arg(first.toString(), last.toString()).trimmed();
}

// Open (sent) or taken (accepted) offers on a place: they use up its count.
const char* kOffersOut =
    "(SELECT count(*) FROM offers o WHERE o.free_place_id = f.id AND o.status IN ('sent', 'accepted'))";

} // namespace

OfferCandidates::OfferCandidates(const LocalCache& cache)
    : m_cache(cache)
{
}

QVector<OfferCandidates::Family> OfferCandidates::forPlace(const QString& freePlaceId) const
{
    QVector<Family> families;
    const QJsonObject place = RecordQuery(m_cache).row(QStringLiteral("free_places"), freePlaceId);
    if (place.isEmpty())
        return families;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    // The preferred-location index of the Applications list narrows the candidates to this location's.
    q.prepare(QStringLiteral(
        "SELECT a.id, a.number, a.desired_start, a.start_flexibility_weeks, a.days, a.preferences, a.priority, "
        "a.submitted_at, c.first_name, c.last_name, c.birth_date, c.expected_birth_date, p.first_name, p.last_name, "
        "EXISTS (SELECT 1 FROM emergency_entries e WHERE e.application_id = a.id AND e.status = 'open') "
        "FROM list_preferences lp JOIN applications a ON a.rowid = lp.rid "
        "LEFT JOIN children c ON c.id = a.child_id LEFT JOIN parents p ON p.id = a.parent_id "
        "WHERE lp.location_id = ? AND a.status IN ('submitted', 'in_review')"));
    q.addBindValue(place.value(QLatin1String("location_id")).toString());
    if (!q.exec()) {
        m_error = q.lastError().text();
        return families;
    }
    while (q.next()) {
        const QJsonObject application{
            {QStringLiteral("desired_start"), q.value(2).toString()},
            {QStringLiteral("start_flexibility_weeks"), q.value(3).toInt()},
            {QStringLiteral("days"), parse(q.value(4))},
            {QStringLiteral("preferences"), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array()}};
        const QJsonObject child{{QStringLiteral("birth_date"), q.value(10).toString()},
                                {QStringLiteral("expected_birth_date"), q.value(11).toString()}};
        if (PlaceFit::check(place, application, child) != PlaceFit::Misfit::None)
            continue;
        families.append({q.value(0).toString(), q.value(1).toString(), joinName(q.value(8), q.value(9)),
                         joinName(q.value(12), q.value(13)), groundsOf(parse(q.value(6))), q.value(14).toBool(),
                         q.value(7).toString(), q.value(2).toString()});
    }
    std::stable_sort(families.begin(), families.end(), [](const Family& a, const Family& b) {
        if (a.priority.size() != b.priority.size())
            return a.priority.size() > b.priority.size();
        if (a.onEmergencyList != b.onEmergencyList)
            return a.onEmergencyList;
        return a.submittedAt < b.submittedAt;
    });
    return families;
}

QVector<OfferCandidates::Place> OfferCandidates::forApplication(const QString& applicationId) const
{
    QVector<Place> places;
    const RecordQuery records(m_cache);
    const QJsonObject application = records.row(QStringLiteral("applications"), applicationId);
    const QJsonObject child =
        records.row(QStringLiteral("children"), application.value(QLatin1String("child_id")).toString());
    const QJsonArray preferences = application.value(QLatin1String("preferences")).toArray();
    if (application.isEmpty() || preferences.isEmpty())
        return places;
    QStringList marks;
    for (int i = 0; i < preferences.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.id, f.location_id, l.name, l.municipality, f.available_from, f.age_min_months, "
                             "f.age_max_months, f.days, f.count - %1 FROM free_places f "
                             "LEFT JOIN locations l ON l.id = f.location_id "
                             "WHERE f.status = 'open' AND f.location_id IN (%2) ORDER BY f.available_from, l.name")
                  .arg(QLatin1String(kOffersOut), marks.join(QLatin1Char(','))));
    for (const QJsonValue& location : preferences)
        q.addBindValue(location.toString());
    if (!q.exec()) {
        m_error = q.lastError().text();
        return places;
    }
    while (q.next()) {
        const QJsonObject place{{QStringLiteral("location_id"), q.value(1).toString()},
                                {QStringLiteral("available_from"), q.value(4).toString()},
                                {QStringLiteral("age_min_months"), q.value(5).toInt()},
                                {QStringLiteral("age_max_months"), q.value(6).toInt()},
                                {QStringLiteral("days"), parse(q.value(7))}};
        if (q.value(8).toInt() <= 0 || PlaceFit::check(place, application, child) != PlaceFit::Misfit::None)
            continue;
        places.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toInt(), q.value(6).toInt(), q.value(8).toInt()});
    }
    return places;
}
