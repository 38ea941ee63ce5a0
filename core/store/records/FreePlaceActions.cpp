#include "store/records/FreePlaceActions.h"

#include "domain/RowValidator.h"
#include "domain/Uuid.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

namespace {
const QString kPlaces = QStringLiteral("free_places");
} // namespace

FreePlaceActions::FreePlaceActions(LocalCache& cache)
    : m_cache(cache)
{
}

QString FreePlaceActions::fieldName(const QString& field)
{
    if (field == QLatin1String("location_id"))
        return tr("Location");
    if (field == QLatin1String("available_from"))
        return tr("Available from");
    if (field == QLatin1String("days"))
        return tr("Days");
    if (field == QLatin1String("count"))
        return tr("Number of places");
    if (field == QLatin1String("age_min_months") || field == QLatin1String("age_max_months"))
        return tr("Ages");
    if (field == QLatin1String("status"))
        return tr("Status");
    return field;
}

QString FreePlaceActions::problems(const QJsonObject& row) const
{
    QStringList lines;
    for (const FieldError& e : RowValidator::validate(kPlaces, row))
        lines.append(tr("%1: %2").arg(fieldName(e.field), e.message));
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

bool FreePlaceActions::add(const QJsonObject& place, QString* id, QString* error)
{
    const QJsonObject location =
        RecordQuery(m_cache).row(QStringLiteral("locations"), place.value(QLatin1String("location_id")).toString());
    if (location.isEmpty()) {
        *error = tr("Choose the location the place is at.");
        return false;
    }
    QJsonObject row = place;
    row.insert(QStringLiteral("id"), Uuid::v7());
    row.insert(QStringLiteral("region_id"), location.value(QLatin1String("region_id")));
    if (!row.contains(QLatin1String("status")))
        row.insert(QStringLiteral("status"), QStringLiteral("open"));
    *error = problems(row);
    if (!error->isEmpty() || !LocalWriter(m_cache).insert(kPlaces, row, error))
        return false;
    *id = row.value(QLatin1String("id")).toString();
    return true;
}

bool FreePlaceActions::update(const QString& id, const QJsonObject& values, QString* error)
{
    QJsonObject row = RecordQuery(m_cache).row(kPlaces, id);
    if (row.isEmpty()) {
        *error = tr("This place is no longer in your offline copy.");
        return false;
    }
    for (auto it = values.begin(); it != values.end(); ++it)
        row.insert(it.key(), it.value());
    *error = problems(row);
    return error->isEmpty() && LocalWriter(m_cache).update(kPlaces, id, values, error);
}

bool FreePlaceActions::withdraw(const QString& id, QString* error)
{
    return update(id, {{QStringLiteral("status"), QStringLiteral("withdrawn")}}, error);
}
