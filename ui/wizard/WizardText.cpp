#include "WizardText.h"

#include "common/UiLanguage.h"
#include "store/search/LocationFinder.h"

#include <QLocale>
#include <QRegularExpression>

QDate WizardText::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression dmy(QStringLiteral(R"(^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$)"));
    QRegularExpressionMatch m = iso.match(t);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = dmy.match(t);
    if (m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return QDate();
}

QString WizardText::longDate(const QDate& date)
{
    return QLocale(UiLanguage::code()).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString WizardText::age(int months)
{
    if (months < 12 || (months % 12 != 0 && months % 6 != 0))
        return tr("%n month(s)", "", months);
    if (months % 12 == 0)
        return tr("%n year(s)", "", months / 12);
    return tr("%1½ years").arg(months / 12);
}

QString WizardText::ageRange(int minMonths, int maxMonths)
{
    if (minMonths < 0 && maxMonths < 0)
        return tr("age range not given");
    if (maxMonths < 0)
        return tr("from %1").arg(age(minMonths));
    if (minMonths <= 0)
        return tr("from birth to %1").arg(age(maxMonths));
    return tr("from %1 to %2").arg(age(minMonths), age(maxMonths));
}

QString WizardText::kind(const QString& kind)
{
    if (kind == QLatin1String("group"))
        return tr("group care");
    if (kind == QLatin1String("family"))
        return tr("family care (childminder)");
    return tr("kind not given");
}

QString WizardText::tariff(const QString& tariff)
{
    if (tariff == QLatin1String("income_related"))
        return tr("price depends on income");
    if (tariff == QLatin1String("free_price"))
        return tr("fixed price, not income-related");
    return tr("tariff not given");
}

QString WizardText::locationLine(const LocationChoice& l)
{
    QStringList facts{kind(l.kind), QStringLiteral("%1 %2").arg(l.postcode, l.municipality).trimmed(),
                      ageRange(l.ageMinMonths, l.ageMaxMonths), tariff(l.tariff)};
    if (l.distanceKm >= 0)
        facts.append(tr("about %1 km").arg(QLocale(UiLanguage::code()).toString(l.distanceKm, 'f', 1)));
    return l.name + QLatin1Char('\n') + facts.join(QStringLiteral(" · "));
}

QString WizardText::dayPart(const QString& value)
{
    if (value == QLatin1String("full"))
        return tr("full day");
    if (value == QLatin1String("half"))
        return tr("half day");
    return tr("no care");
}

QStringList WizardText::weekdayKeys()
{
    return {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
            QStringLiteral("fri")};
}

QString WizardText::weekday(const QString& key)
{
    const int index = weekdayKeys().indexOf(key);
    return QLocale(UiLanguage::code()).standaloneDayName(index + 1, QLocale::LongFormat);
}
