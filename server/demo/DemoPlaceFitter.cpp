#include "demo/DemoPlaceFitter.h"

#include "demo/DemoRandom.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

int monthsBetween(const QDate& from, const QDate& to)
{
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (to.day() < from.day())
        --months;
    return months;
}

// Childcare starts at three months at the earliest; the places' bands run to 48 months (docs/PROTOCOL.md).
constexpr int kYoungestMonths = 3;
constexpr int kOldestMonths = 48;

} // namespace

void DemoPlaceFitter::note(const QJsonObject& application, const QJsonObject& child)
{
    const QString status = str(application, "status");
    if (status != QLatin1String("submitted") && status != QLatin1String("in_review"))
        return;
    Waiting family;
    family.start = QDate::fromString(str(application, "desired_start"), Qt::ISODate);
    family.flexibilityWeeks = application.value(QLatin1String("start_flexibility_weeks")).toInt();
    family.days = application.value(QLatin1String("days")).toObject();
    const QString born = str(child, "birth_date");
    family.birth = QDate::fromString(born.isEmpty() ? str(child, "expected_birth_date") : born, Qt::ISODate);
    for (const QJsonValue& location : application.value(QLatin1String("preferences")).toArray())
        m_byLocation[location.toString()].append(family);
}

QJsonObject DemoPlaceFitter::fittingTerms(const Waiting& family, const QDate& today)
{
    // The place opens on the family's desired start, or a week from now when that lies in the window already.
    QDate from = family.start;
    if (from < today.addDays(7))
        from = today.addDays(7);
    if (from > family.start.addDays(7 * family.flexibilityWeeks) && from != family.start)
        return {};
    const int age = monthsBetween(family.birth, from);
    if (!family.birth.isValid() || age < kYoungestMonths || age > kOldestMonths - 6 || family.days.isEmpty())
        return {};
    // A band around the child's age, in whole half years, as organisers describe their groups.
    const int low = qMax(0, (age / 6) * 6 - 6);
    const int high = qMin(kOldestMonths, low + 24);
    return {{QStringLiteral("available_from"), from.toString(Qt::ISODate)},
            {QStringLiteral("days"), family.days},
            {QStringLiteral("age_min_months"), low},
            {QStringLiteral("age_max_months"), high}};
}

int DemoPlaceFitter::fit(ServerStorage& storage, const QVector<DemoPlaceBook::Place>& places, DemoRandom& rng) const
{
    int fitted = 0;
    WriteTransaction tx(storage);
    for (const DemoPlaceBook::Place& place : places) {
        const QVector<Waiting> families = m_byLocation.value(place.locationId);
        if (families.isEmpty() || !rng.chance(80))
            continue;
        const QJsonObject terms = fittingTerms(families.at(rng.between(0, int(families.size()) - 1)), rng.anchor());
        std::optional<StoredRow> stored =
            terms.isEmpty() ? std::nullopt : storage.findRow(QStringLiteral("free_places"), place.id);
        if (!stored)
            continue;
        QJsonObject row = stored->row;
        for (auto it = terms.begin(); it != terms.end(); ++it)
            row.insert(it.key(), it.value());
        row.insert(QStringLiteral("version"), row.value(QLatin1String("version")).toInteger() + 1);
        storage.updateRow(QStringLiteral("free_places"), row, tx.seq());
        ++fitted;
    }
    storage.appendAudit({QString(), QStringLiteral("demo.free_places"), QStringLiteral("free_places"), QString(),
                         QStringLiteral("demo places fitted to waiting families")});
    tx.commit();
    return fitted;
}
