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

const char* const kWeekdays[] = {"mon", "tue", "wed", "thu", "fri"};

} // namespace

int PlaceFit::ageInMonths(const QDate& birth, const QDate& day)
{
    int months = (day.year() - birth.year()) * 12 + day.month() - birth.month();
    if (day.day() < birth.day())
        --months;
    return months;
}

PlaceFit::Days PlaceFit::daysOf(const QJsonObject& days)
{
    Days d;
    for (int i = 0; i < 5; ++i) {
        const QString word = days.value(QLatin1String(kWeekdays[i])).toString();
        if (word.isEmpty())
            continue; // not named (or named without a value): no wish and no offer for that day
        const quint8 bit = quint8(1u << i);
        d.any |= bit;
        if (word == QLatin1String("full"))
            d.full |= bit;
        if (word != QLatin1String("half"))
            d.offeredNotHalf |= bit;
    }
    return d;
}

bool PlaceFit::daysFit(const Days& offered, const Days& wanted)
{
    return (wanted.any & ~offered.any) == 0 && (wanted.full & ~offered.offeredNotHalf) == 0;
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

PlaceFit::Place PlaceFit::placeOf(const QJsonObject& place)
{
    Place p;
    p.locationId = str(place, "location_id");
    p.availableFrom = dateOf(place, "available_from");
    p.ageMinMonths = place.value(QLatin1String("age_min_months")).toInt();
    p.ageMaxMonths = place.value(QLatin1String("age_max_months")).toInt();
    p.days = daysOf(place.value(QLatin1String("days")).toObject());
    return p;
}

PlaceFit::Wish PlaceFit::wishOf(const QJsonObject& application, const QJsonObject& child)
{
    Wish w;
    for (const QJsonValue& id : application.value(QLatin1String("preferences")).toArray())
        w.preferences.append(id.toString());
    w.born = child.contains(QLatin1String("birth_date")) && !str(child, "birth_date").isEmpty()
                 ? dateOf(child, "birth_date")
                 : dateOf(child, "expected_birth_date");
    w.desiredStart = dateOf(application, "desired_start");
    w.flexibilityWeeks = application.value(QLatin1String("start_flexibility_weeks")).toInt();
    w.days = daysOf(application.value(QLatin1String("days")).toObject());
    return w;
}

PlaceFit::Misfit PlaceFit::checkTerms(const Place& place, const Wish& wish)
{
    const int age =
        wish.born.isValid() && place.availableFrom.isValid() ? ageInMonths(wish.born, place.availableFrom) : -1;
    if (age < place.ageMinMonths || age > place.ageMaxMonths)
        return Misfit::Age;
    const qint64 slack = 7 * qint64(wish.flexibilityWeeks);
    if (!wish.desiredStart.isValid() || !place.availableFrom.isValid() ||
        qAbs(wish.desiredStart.daysTo(place.availableFrom)) > slack)
        return Misfit::Start;
    if (!daysFit(place.days, wish.days))
        return Misfit::Days;
    return Misfit::None;
}

PlaceFit::Misfit PlaceFit::check(const Place& place, const Wish& wish)
{
    if (!wish.preferences.contains(place.locationId))
        return Misfit::NotPreferred;
    return checkTerms(place, wish);
}

PlaceFit::Misfit PlaceFit::check(const QJsonObject& place, const QJsonObject& application, const QJsonObject& child)
{
    if (!application.value(QLatin1String("preferences")).toArray().contains(place.value(QLatin1String("location_id"))))
        return Misfit::NotPreferred;
    const Misfit misfit = checkTerms(placeOf(place), wishOf(application, child));
    // Days outside mon..fri are refused by RowValidator; the row form keeps reading them as it always did.
    if (misfit == Misfit::None &&
        !daysFit(place.value(QLatin1String("days")).toObject(), application.value(QLatin1String("days")).toObject()))
        return Misfit::Days;
    return misfit;
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
