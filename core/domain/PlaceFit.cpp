#include "PlaceFit.h"

#include <QJsonArray>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

QDate dateOf(const QJsonObject& row, const char* field)
{
    return QDate::fromString(str(row, field), Qt::ISODate);
}

} // namespace

int PlaceFit::ageInMonths(const QDate& birth, const QDate& day)
{
    int months = (day.year() - birth.year()) * 12 + day.month() - birth.month();
    if (day.day() < birth.day())
        --months;
    return months;
}

bool PlaceFit::daysFit(const QJsonObject& placeDays, const QJsonObject& wantedDays)
{
    for (auto it = wantedDays.begin(); it != wantedDays.end(); ++it) {
        const QString offered = placeDays.value(it.key()).toString();
        if (offered.isEmpty() || (offered == QLatin1String("half") && it.value().toString() == QLatin1String("full")))
            return false;
    }
    return true;
}

PlaceFit::Misfit PlaceFit::check(const QJsonObject& place, const QJsonObject& application, const QJsonObject& child)
{
    if (!application.value(QLatin1String("preferences")).toArray().contains(place.value(QLatin1String("location_id"))))
        return Misfit::NotPreferred;
    const QDate from = dateOf(place, "available_from");
    const QDate born = child.contains(QLatin1String("birth_date")) && !str(child, "birth_date").isEmpty()
                           ? dateOf(child, "birth_date")
                           : dateOf(child, "expected_birth_date");
    const int age = born.isValid() && from.isValid() ? ageInMonths(born, from) : -1;
    if (age < place.value(QLatin1String("age_min_months")).toInt() ||
        age > place.value(QLatin1String("age_max_months")).toInt())
        return Misfit::Age;
    const QDate desired = dateOf(application, "desired_start");
    const qint64 slack = 7 * qint64(application.value(QLatin1String("start_flexibility_weeks")).toInt());
    if (!desired.isValid() || qAbs(desired.daysTo(from)) > slack)
        return Misfit::Start;
    if (!daysFit(place.value(QLatin1String("days")).toObject(), application.value(QLatin1String("days")).toObject()))
        return Misfit::Days;
    return Misfit::None;
}

QString PlaceFit::explain(Misfit misfit)
{
    switch (misfit) {
    case Misfit::None:
        return QString();
    case Misfit::NotPreferred:
        return tr("the location is not among the family's preferences");
    case Misfit::Age:
        return tr("the child's age on the first day is outside the place's age band");
    case Misfit::Start:
        return tr("the place starts outside the desired start and its flexibility");
    case Misfit::Days:
        return tr("the place does not offer every day the family asked for");
    }
    return QString();
}
