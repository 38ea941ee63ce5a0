#include "TestMutations.h"

#include "domain/Uuid.h"

#include <QDate>
#include <QJsonArray>

namespace TestMutations {

QJsonObject insert(const QString& table, const QJsonObject& row)
{
    return {{QStringLiteral("table"), table},
            {QStringLiteral("op"), QStringLiteral("insert")},
            {QStringLiteral("id"), row.value(QStringLiteral("id"))},
            {QStringLiteral("base_version"), 0},
            {QStringLiteral("row"), row}};
}

QJsonObject update(const QString& table, const QString& id, qint64 baseVersion, const QJsonObject& changes)
{
    return {{QStringLiteral("table"), table},
            {QStringLiteral("op"), QStringLiteral("update")},
            {QStringLiteral("id"), id},
            {QStringLiteral("base_version"), baseVersion},
            {QStringLiteral("changes"), changes}};
}

QJsonObject remove(const QString& table, const QString& id, qint64 baseVersion)
{
    return {{QStringLiteral("table"), table},
            {QStringLiteral("op"), QStringLiteral("delete")},
            {QStringLiteral("id"), id},
            {QStringLiteral("base_version"), baseVersion}};
}

QJsonObject change(const QJsonValue& oldValue, const QJsonValue& newValue)
{
    return {{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}};
}

QJsonObject withMid(QJsonObject mutation, qint64 mid)
{
    mutation.insert(QStringLiteral("mid"), mid);
    return mutation;
}

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject parentRow(const QString& region)
{
    return {{QStringLiteral("id"), Uuid::v7()},
            {QStringLiteral("region_id"), region},
            {QStringLiteral("first_name"), QStringLiteral("Ayşe")},
            {QStringLiteral("last_name"), QStringLiteral("Çelik")},
            {QStringLiteral("email"), QStringLiteral("ayse.celik@example.be")},
            {QStringLiteral("phone"), QStringLiteral("+32470123456")},
            {QStringLiteral("postcode"),
             region == QLatin1String("mechelen") ? QStringLiteral("2800") : QStringLiteral("2060")},
            {QStringLiteral("language"), QStringLiteral("tr")},
            {QStringLiteral("contact_preference"), QStringLiteral("email")}};
}

QJsonObject childRow(const QString& region, const QString& parentId)
{
    return {{QStringLiteral("id"), Uuid::v7()},
            {QStringLiteral("region_id"), region},
            {QStringLiteral("parent_id"), parentId},
            {QStringLiteral("first_name"), QStringLiteral("Elif")},
            {QStringLiteral("last_name"), QStringLiteral("Çelik")},
            {QStringLiteral("expected_birth_date"), QDate::currentDate().addMonths(4).toString(Qt::ISODate)}};
}

QJsonObject applicationRow(const QString& region, const QString& parentId, const QString& childId)
{
    return {{QStringLiteral("id"), Uuid::v7()},
            {QStringLiteral("region_id"), region},
            {QStringLiteral("child_id"), childId},
            {QStringLiteral("parent_id"), parentId},
            {QStringLiteral("status"), QStringLiteral("submitted")},
            {QStringLiteral("desired_start"), QDate::currentDate().addMonths(9).toString(Qt::ISODate)},
            {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")}}},
            {QStringLiteral("preferences"), QJsonArray()},
            {QStringLiteral("channel"), QStringLiteral("counter")}};
}

QJsonObject locationRow(const QString& region)
{
    return {{QStringLiteral("id"), Uuid::v7()},
            {QStringLiteral("region_id"), region},
            {QStringLiteral("name"), QStringLiteral("Kinderdagverblijf Zonnetje")},
            {QStringLiteral("kind"), QStringLiteral("group")},
            {QStringLiteral("capacity"), 18},
            {QStringLiteral("age_min_months"), 0},
            {QStringLiteral("age_max_months"), 36},
            {QStringLiteral("published"), true}};
}

QJsonObject freePlaceRow(const QString& region, const QString& locationId)
{
    return {{QStringLiteral("id"), Uuid::v7()},
            {QStringLiteral("region_id"), region},
            {QStringLiteral("location_id"), locationId},
            {QStringLiteral("available_from"), QDate::currentDate().addMonths(2).toString(Qt::ISODate)},
            {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")},
                                                 {QStringLiteral("tue"), QStringLiteral("full")}}},
            {QStringLiteral("age_min_months"), 0},
            {QStringLiteral("age_max_months"), 36},
            {QStringLiteral("count"), 1},
            {QStringLiteral("status"), QStringLiteral("open")}};
}

QJsonObject emergencyRow(const QString& region, const QString& applicationId, const QString& parentId)
{
    return {{QStringLiteral("id"), Uuid::v7()},
            {QStringLiteral("region_id"), region},
            {QStringLiteral("application_id"), applicationId},
            {QStringLiteral("parent_id"), parentId},
            {QStringLiteral("urgency"), 2},
            {QStringLiteral("reason"), QStringLiteral("medical")},
            {QStringLiteral("status"), QStringLiteral("open")}};
}

QJsonObject offerRow(const QString& region, const QString& applicationId, const QString& freePlaceId,
                     const QString& locationId)
{
    return {{QStringLiteral("id"), Uuid::v7()},
            {QStringLiteral("region_id"), region},
            {QStringLiteral("application_id"), applicationId},
            {QStringLiteral("free_place_id"), freePlaceId},
            {QStringLiteral("location_id"), locationId},
            {QStringLiteral("status"), QStringLiteral("proposed")},
            {QStringLiteral("respond_by"), QDate::currentDate().addDays(14).toString(Qt::ISODate)}};
}

QJsonObject messageRow(const QString& region, const QString& parentId, const QString& applicationId)
{
    return {{QStringLiteral("id"), Uuid::v7()},
            {QStringLiteral("region_id"), region},
            {QStringLiteral("parent_id"), parentId},
            {QStringLiteral("application_id"), applicationId},
            {QStringLiteral("channel"), QStringLiteral("email")},
            {QStringLiteral("language"), QStringLiteral("nl")},
            {QStringLiteral("subject"), QStringLiteral("Uw aanvraag")},
            {QStringLiteral("body"), QStringLiteral("Beste ouder, ...")},
            {QStringLiteral("status"), QStringLiteral("failed")},
            {QStringLiteral("error"), QStringLiteral("no e-mail address")}};
}

} // namespace TestMutations
