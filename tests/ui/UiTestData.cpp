#include "UiTestData.h"

#include "TestChanges.h"
#include "domain/ApplicationStatus.h"
#include "domain/Uuid.h"
#include "protocol/AccountInfo.h"
#include "protocol/SyncMessages.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/write/PullApplier.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QStringList kFirstNames{QStringLiteral("Ayşe"),    QStringLiteral("Jan"),   QStringLiteral("Sofie"),
                              QStringLiteral("Mohamed"), QStringLiteral("Lien"),  QStringLiteral("Pieter"),
                              QStringLiteral("Fatima"),  QStringLiteral("Koen"),  QStringLiteral("Elif"),
                              QStringLiteral("Jelle"),   QStringLiteral("Marie"), QStringLiteral("Yusuf")};
const QStringList kLastNames{QStringLiteral("Çelik"),     QStringLiteral("Peeters"), QStringLiteral("Janssens"),
                             QStringLiteral("El Amrani"), QStringLiteral("Maes"),    QStringLiteral("Jacobs"),
                             QStringLiteral("Mertens"),   QStringLiteral("Willems"), QStringLiteral("Claes"),
                             QStringLiteral("Goossens"),  QStringLiteral("Wouters"), QStringLiteral("De Smet")};
const QStringList kChildNames{QStringLiteral("Noor"), QStringLiteral("Lucas"), QStringLiteral("Olivia"),
                              QStringLiteral("Adam"), QStringLiteral("Emma"),  QStringLiteral("Liam")};
struct Place {
    const char* municipality;
    const char* postcode;
};
const Place kPlaces[] = {{"Antwerpen", "2000"}, {"Berchem", "2600"}, {"Mortsel", "2640"}, {"Edegem", "2650"}};

// Only family 0 is Ayşe Çelik, so searching for her finds exactly one parent.
QString firstName(int i)
{
    return kFirstNames.at(i == 0 ? 0 : 1 + i % (kFirstNames.size() - 1));
}
QString lastName(int i)
{
    return kLastNames.at(i == 0 ? 0 : 1 + (i * 7) % (kLastNames.size() - 1));
}

QString stamp()
{
    return QStringLiteral("2026-11-30T12:00:00Z");
}

const TestChanges kRows(QStringLiteral("antwerpen"), stamp());

QJsonObject location(const char* name, const char* kind, const Place& place)
{
    return {{QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("kind"), QString::fromLatin1(kind)},
            {QStringLiteral("organiser"), QStringLiteral("Stad Antwerpen")},
            {QStringLiteral("postcode"), QString::fromLatin1(place.postcode)},
            {QStringLiteral("municipality"), QString::fromLatin1(place.municipality)},
            {QStringLiteral("capacity"), 28},
            {QStringLiteral("published"), true}};
}

} // namespace

bool UiTestData::fill(LocalCache& cache, QString* error)
{
    Protocol::PullPage page;
    page.epoch = QStringLiteral("test-epoch");
    page.cursor = QStringLiteral("c1");
    QStringList locationIds;
    const char* names[] = {"Kinderdagverblijf De Speelboom", "Kinderdagverblijf 't Kriebeltje",
                           "Onthaalouder Els Janssens", "Groepsopvang Ribbedoes"};
    const char* kinds[] = {"group", "group", "family", "group"};
    for (int i = 0; i < 4; ++i) {
        locationIds.append(Uuid::v7());
        page.changes.append(
            kRows.upsert(QStringLiteral("locations"), locationIds.last(), location(names[i], kinds[i], kPlaces[i])));
    }
    locationNames = {QString::fromUtf8(names[0]), QString::fromUtf8(names[1])};
    const QStringList states = ApplicationStatus::allNames();
    for (int i = 0; i < kFamilies; ++i) {
        const Place& place = kPlaces[i % 4];
        const QString municipality = QString::fromLatin1(place.municipality);
        const QString parentId = Uuid::v7();
        const QString childId = Uuid::v7();
        const QString applicationId = Uuid::v7();
        const QString phone =
            i == 0 ? QStringLiteral("+32470123456") : QStringLiteral("+32476%1").arg(i, 6, 10, QLatin1Char('0'));
        page.changes.append(
            kRows.upsert(QStringLiteral("parents"), parentId,
                         {{QStringLiteral("first_name"), firstName(i)},
                          {QStringLiteral("last_name"), lastName(i)},
                          {QStringLiteral("phone"), phone},
                          {QStringLiteral("email"), QStringLiteral("ouder%1@example.be").arg(i)},
                          {QStringLiteral("street"), QStringLiteral("Kerkstraat")},
                          {QStringLiteral("house_number"), QString::number(i + 1)},
                          {QStringLiteral("postcode"), QString::fromLatin1(place.postcode)},
                          {QStringLiteral("municipality"), municipality},
                          {QStringLiteral("language"), i % 5 == 0 ? QStringLiteral("fr") : QStringLiteral("nl")},
                          {QStringLiteral("contact_preference"), QStringLiteral("email")},
                          {QStringLiteral("national_number"), i == 0 ? QStringLiteral("85073003328") : QString()}}));
        QJsonObject child{{QStringLiteral("parent_id"), parentId},
                          {QStringLiteral("first_name"), kChildNames.at(i % kChildNames.size())},
                          {QStringLiteral("last_name"), lastName(i)}};
        child.insert(i % 3 == 0 ? QStringLiteral("expected_birth_date") : QStringLiteral("birth_date"),
                     QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate));
        page.changes.append(kRows.upsert(QStringLiteral("children"), childId, child));
        const QString status = states.at(i % states.size());
        page.changes.append(kRows.upsert(
            QStringLiteral("applications"), applicationId,
            {{QStringLiteral("number"), QStringLiteral("ANT-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'))},
             {QStringLiteral("child_id"), childId},
             {QStringLiteral("parent_id"), parentId},
             {QStringLiteral("status"), status},
             {QStringLiteral("desired_start"), QDate(2027, 1, 4).addDays(7 * (i % 40)).toString(Qt::ISODate)},
             {QStringLiteral("start_flexibility_weeks"), 4},
             {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")},
                                                  {QStringLiteral("tue"), QStringLiteral("half")},
                                                  {QStringLiteral("thu"), QStringLiteral("full")}}},
             {QStringLiteral("preferences"), QJsonArray{locationIds.at(0), locationIds.at(1)}},
             {QStringLiteral("priority"),
              QJsonObject{{QStringLiteral("work_or_training"), true}, {QStringLiteral("single_parent"), i % 2 == 0}}},
             {QStringLiteral("channel"), i % 2 ? QStringLiteral("online") : QStringLiteral("counter")},
             {QStringLiteral("submitted_at"),
              QDateTime(QDate(2026, 6, 1).addDays(i % 150), QTime(10, 0), Qt::UTC).toString(Qt::ISODate)}}));
        if (i == 0) {
            celikParentId = parentId;
            celikApplicationId = applicationId;
        }
        applicationsPerStatus[status] += 1;
        familiesPerMunicipality[municipality] += 1;
    }
    PullApplier applier(cache);
    return applier.apply(page, error);
}

bool UiTestData::writeProfileCache(const QString& profileDir, const QUrl& server, QString* error)
{
    return writeCache(ClientProfile(profileDir).cachePath(server, username), error);
}

bool UiTestData::writeCache(const QString& path, QString* error)
{
    LocalCache cache;
    if (cache.open(path) != LocalCache::OpenStatus::Ok) {
        *error = cache.errorString();
        return false;
    }
    AccountInfo account;
    account.id = Uuid::v7();
    account.username = username;
    account.displayName = displayName;
    account.role = QStringLiteral("counter");
    account.regionIds = {QStringLiteral("antwerpen")};
    return fill(cache, error) &&
           cache.setState(QStringLiteral("account"),
                          QString::fromUtf8(QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact)));
}
