#include "demo/DemoFamilyBuilder.h"

#include "demo/DemoData.h"

#include <QJsonArray>

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString str(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString();
}
} // namespace

DemoFamilyBuilder::DemoFamilyBuilder(DemoRandom& rng)
    : m_rng(rng)
{
}

QJsonObject DemoFamilyBuilder::common(const QString& regionId)
{
    return QJsonObject{{s("id"), m_rng.uuid()},
                       {s("region_id"), regionId},
                       {s("version"), 1},
                       {s("updated_at"), m_rng.timestamp(qint64(m_familyIndex) * 60 + m_rowInFamily++)}};
}

QString DemoFamilyBuilder::nationalNumber(const QDate& birth)
{
    const QString first9 = birth.toString(QStringLiteral("yyMMdd")) +
                           QStringLiteral("%1").arg(m_rng.between(1, 997), 3, 10, QLatin1Char('0'));
    const qint64 base = first9.toLongLong() + (birth.year() >= 2000 ? 2000000000LL : 0);
    return first9 + QStringLiteral("%1").arg(97 - base % 97, 2, 10, QLatin1Char('0'));
}

QJsonObject DemoFamilyBuilder::parent(const DemoRegionContext& region, const QString& referrerId)
{
    QJsonObject row = common(region.regionId);
    const QString first = m_rng.pick(DemoData::firstNames());
    const QString last = m_rng.pick(DemoData::lastNames());
    const DemoPlace& place = m_rng.pick(DemoData::places(region.regionId));
    const int lang = m_rng.between(1, 100);
    const QString language = lang <= 70   ? s("nl")
                             : lang <= 78 ? s("fr")
                             : lang <= 85 ? s("en")
                             : lang <= 93 ? s("ar")
                                          : s("tr");
    const bool byPhone = m_rng.chance(25);
    row.insert(s("first_name"), first);
    row.insert(s("last_name"), last);
    row.insert(s("national_number"),
               m_rng.chance(30) ? QJsonValue(nationalNumber(m_rng.dateBetween(QDate(1980, 1, 1), QDate(1998, 12, 31))))
                                : QJsonValue());
    row.insert(s("email"), QStringLiteral("%1.%2%3@%4")
                               .arg(DemoData::asciiName(first), DemoData::asciiName(last))
                               .arg(m_rng.between(1, 99))
                               .arg(m_rng.chance(60) ? s("example.be") : s("example.com")));
    row.insert(s("phone"), QStringLiteral("+3247%1").arg(m_rng.between(0, 9999999), 7, 10, QLatin1Char('0')));
    row.insert(s("street"), m_rng.pick(place.streets));
    row.insert(s("house_number"), QString::number(m_rng.between(1, 180)));
    row.insert(s("postcode"), place.postcode);
    row.insert(s("municipality"), place.municipality);
    row.insert(s("language"), language);
    row.insert(s("contact_preference"), byPhone ? s("phone") : s("email"));
    row.insert(s("referrer_account_id"), referrerId.isEmpty() ? QJsonValue() : QJsonValue(referrerId));
    row.insert(s("notes"), QJsonValue());
    return row;
}

QJsonObject DemoFamilyBuilder::child(const QJsonObject& parent)
{
    QJsonObject row = common(str(parent, "region_id"));
    const bool born = m_rng.chance(60);
    row.insert(s("parent_id"), parent.value(s("id")));
    row.insert(s("first_name"), born ? m_rng.pick(DemoData::firstNames()) : s("baby"));
    row.insert(s("last_name"), parent.value(s("last_name")));
    const QDate birth = born ? m_rng.dateBetween(QDate(2024, 3, 1), QDate(2025, 11, 30))
                             : m_rng.dateBetween(QDate(2026, 2, 1), QDate(2026, 9, 30));
    row.insert(s("birth_date"), born ? QJsonValue(birth.toString(Qt::ISODate)) : QJsonValue());
    row.insert(s("expected_birth_date"), born ? QJsonValue() : QJsonValue(birth.toString(Qt::ISODate)));
    row.insert(s("national_number"), born && m_rng.chance(40) ? QJsonValue(nationalNumber(birth)) : QJsonValue());
    return row;
}

QString DemoFamilyBuilder::status()
{
    const int r = m_rng.between(1, 100);
    if (r <= 25)
        return s("submitted");
    if (r <= 50)
        return s("in_review");
    if (r <= 58)
        return s("offered");
    if (r <= 65)
        return s("accepted");
    if (r <= 85)
        return s("placed");
    return r <= 93 ? s("cancelled") : s("expired");
}

QJsonObject DemoFamilyBuilder::days()
{
    static const QStringList names{s("mon"), s("tue"), s("wed"), s("thu"), s("fri")};
    QJsonObject days;
    const int count = m_rng.between(2, 5);
    for (int i = 0; i < count; ++i)
        days.insert(names.at(i), m_rng.chance(75) ? s("full") : s("half"));
    return days;
}

QJsonObject DemoFamilyBuilder::application(const DemoRegionContext& region, const QJsonObject& child,
                                           const QString& referrerId)
{
    QJsonObject row = common(region.regionId);
    const QString st = status();
    const QString birth =
        str(child, "birth_date").isEmpty() ? str(child, "expected_birth_date") : str(child, "birth_date");
    QJsonArray prefs;
    const int count = qMin(int(region.locationIds.size()), m_rng.between(1, 5));
    for (int i = 0; i < count; ++i) {
        const QString id = m_rng.pick(region.locationIds);
        if (!prefs.contains(id))
            prefs.append(id);
    }
    const int channel = m_rng.between(1, 100);
    row.insert(s("number"), QJsonValue());
    row.insert(s("child_id"), child.value(s("id")));
    row.insert(s("parent_id"), child.value(s("parent_id")));
    row.insert(s("status"), st);
    row.insert(s("desired_start"),
               QDate::fromString(birth, Qt::ISODate).addMonths(m_rng.between(3, 12)).toString(Qt::ISODate));
    row.insert(s("start_flexibility_weeks"), m_rng.between(0, 8));
    row.insert(s("days"), days());
    row.insert(s("preferences"), prefs);
    row.insert(s("priority"), QJsonObject{{s("work_or_training"), m_rng.chance(70)},
                                          {s("single_parent"), m_rng.chance(15)},
                                          {s("low_income"), m_rng.chance(20)},
                                          {s("foster_child"), m_rng.chance(2)},
                                          {s("sibling_location_ids"), QJsonArray()},
                                          {s("social_reasons"), m_rng.chance(8)}});
    row.insert(s("channel"), !referrerId.isEmpty() ? s("referrer")
                             : channel <= 50       ? s("online")
                             : channel <= 85       ? s("counter")
                                                   : s("phone"));
    row.insert(s("referrer_account_id"), referrerId.isEmpty() ? QJsonValue() : QJsonValue(referrerId));
    row.insert(s("assigned_account_id"), st == s("submitted") ? QJsonValue() : QJsonValue(region.counterAccountId));
    row.insert(s("submitted_at"), m_rng.dateBetween(QDate(2025, 3, 1), QDate(2026, 1, 4)).toString(Qt::ISODate) +
                                      QStringLiteral("T%1:%2:00.000Z")
                                          .arg(m_rng.between(8, 17), 2, 10, QLatin1Char('0'))
                                          .arg(m_rng.between(0, 59), 2, 10, QLatin1Char('0')));
    row.insert(s("closed_reason"), st == s("cancelled") ? QJsonValue(s("parent_withdrew"))
                                   : st == s("expired") ? QJsonValue(s("no_response"))
                                                        : QJsonValue());
    row.insert(s("notes"), QJsonValue());
    return row;
}

QJsonObject DemoFamilyBuilder::emergency(const QJsonObject& application, const QString& addedBy)
{
    QJsonObject row = common(str(application, "region_id"));
    static const QStringList reasons{s("work_start"), s("medical"), s("social"), s("other")};
    const int r = m_rng.between(1, 100);
    row.insert(s("application_id"), application.value(s("id")));
    row.insert(s("parent_id"), application.value(s("parent_id")));
    row.insert(s("urgency"), m_rng.between(1, 3));
    row.insert(s("reason"), m_rng.pick(reasons));
    row.insert(s("follow_up_on"), m_rng.dateBetween(QDate(2025, 12, 1), QDate(2026, 3, 31)).toString(Qt::ISODate));
    row.insert(s("status"), r <= 80 ? s("open") : r <= 92 ? s("resolved") : s("withdrawn"));
    row.insert(s("resolution"), QJsonValue());
    row.insert(s("notes"), QJsonValue());
    row.insert(s("added_by"), addedBy);
    return row;
}

QJsonObject DemoFamilyBuilder::offer(const DemoRegionContext& region, const QJsonObject& application)
{
    QJsonObject row = common(region.regionId);
    const int i = m_rng.between(0, int(region.freePlaceIds.size()) - 1);
    const bool accepted = str(application, "status") != s("offered");
    row.insert(s("application_id"), application.value(s("id")));
    row.insert(s("free_place_id"), region.freePlaceIds.at(i));
    row.insert(s("location_id"), region.freePlaceLocationIds.at(i));
    row.insert(s("status"), accepted ? s("accepted") : s("sent"));
    row.insert(s("respond_by"), m_rng.dateBetween(QDate(2026, 1, 10), QDate(2026, 2, 28)).toString(Qt::ISODate));
    row.insert(s("allocation_run_id"), QJsonValue());
    row.insert(s("explanation"), s("Toegewezen in de gezamenlijke toewijzing volgens de voorrangsregels."));
    return row;
}

QJsonObject DemoFamilyBuilder::message(const QJsonObject& parent, const QJsonObject& application)
{
    QJsonObject row = common(str(parent, "region_id"));
    row.insert(s("parent_id"), parent.value(s("id")));
    row.insert(s("application_id"), application.value(s("id")));
    row.insert(s("channel"), s("email"));
    row.insert(s("template"), s("acknowledgement"));
    // language, subject and body: DemoSeeder renders the template once the application has its number.
    row.insert(s("language"), QJsonValue());
    row.insert(s("subject"), QJsonValue());
    row.insert(s("body"), QJsonValue());
    row.insert(s("status"), s("sent"));
    row.insert(s("sent_at"), application.value(s("submitted_at")));
    row.insert(s("error"), QJsonValue());
    return row;
}

QVector<DemoRow> DemoFamilyBuilder::build(const DemoRegionContext& region, int familyIndex, const QString& referrerId,
                                          int maxApplications)
{
    m_familyIndex = familyIndex;
    m_rowInFamily = 0;
    const QString filedBy = referrerId.isEmpty() ? region.counterAccountId : referrerId;
    QVector<DemoRow> rows;
    const QJsonObject p = parent(region, referrerId);
    rows.append({s("parents"), p, filedBy});
    const int children = qMin(m_rng.chance(15) ? 2 : 1, maxApplications);
    for (int c = 0; c < children; ++c) {
        const QJsonObject ch = child(p);
        const QJsonObject app = application(region, ch, referrerId);
        rows.append({s("children"), ch, filedBy});
        rows.append({s("applications"), app, filedBy});
        const QString st = str(app, "status");
        if (familyIndex % 12 == 5 && c == 0 && (st == s("submitted") || st == s("in_review")))
            rows.append({s("emergency_entries"), emergency(app, region.counterAccountId), region.counterAccountId});
        if (familyIndex % 5 == 0 && (st == s("offered") || st == s("accepted")) && !region.freePlaceIds.isEmpty())
            rows.append({s("offers"), offer(region, app), region.counterAccountId});
        if (familyIndex % 10 == 0 && c == 0 && referrerId.isEmpty())
            rows.append({s("messages"), message(p, app), region.counterAccountId});
    }
    return rows;
}
