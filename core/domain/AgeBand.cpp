#include "domain/AgeBand.h"

#include <climits>

QStringList AgeBand::all()
{
    return {QStringLiteral("unborn"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2_plus")};
}

QString AgeBand::of(const QDate& birth, const QDate& on)
{
    if (!birth.isValid() || birth > on)
        return QStringLiteral("unborn");
    // A year old on the birthday: born after this day a year ago is under one.
    if (birth > on.addYears(-1))
        return QStringLiteral("0");
    return birth > on.addYears(-2) ? QStringLiteral("1") : QStringLiteral("2_plus");
}

bool AgeBand::bornBetween(const QString& band, const QDate& on, QDate* after, QDate* by)
{
    *after = QDate();
    *by = QDate();
    if (band == QLatin1String("unborn"))
        return true;
    if (band == QLatin1String("0")) {
        *after = on.addYears(-1);
        *by = on;
    } else if (band == QLatin1String("1")) {
        *after = on.addYears(-2);
        *by = on.addYears(-1);
    } else if (band == QLatin1String("2_plus")) {
        *by = on.addYears(-2);
    } else {
        return false;
    }
    return true;
}

bool AgeBand::takes(const QString& band, int lowMonths, int highMonths)
{
    const int from = band == QLatin1String("1") ? 12 : band == QLatin1String("2_plus") ? 24 : 0;
    const int to = band == QLatin1String("1") ? 23 : band == QLatin1String("2_plus") ? INT_MAX : 11;
    return lowMonths <= to && highMonths >= from;
}
