#include "demo/DemoSeeder.h"

#include "auth/AccountAdmin.h"
#include "auth/PasswordHasher.h"
#include "demo/DemoData.h"
#include "demo/DemoInfoSheet.h"
#include "domain/ApplicationStatus.h"
#include "domain/MessageTemplates.h"
#include "domain/RegionCatalog.h"
#include "domain/RowValidator.h"
#include "service/ServerLogging.h"
#include "storage/ServerStorage.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct DemoAccount {
    const char* username;
    const char* displayName;
    const char* role;
    const char* region; // empty: all regions
    const char* organisation;
};

const DemoAccount kAccounts[] = {
    {"admin", "Beheerder Opvangloket", "admin", "", "Opvangloket"},
    {"regie.antwerpen", "Regie Antwerpen", "coordinator", "antwerpen", "Stad Antwerpen"},
    {"loket.antwerpen", "Loket Antwerpen", "counter", "antwerpen", "Stad Antwerpen"},
    {"loket.mechelen", "Loket Mechelen", "counter", "mechelen", "Stad Mechelen"},
    {"loket.turnhout", "Loket Turnhout", "counter", "turnhout", "Stad Turnhout"},
    {"toeleider.antwerpen", "Toeleider OCMW Antwerpen", "referrer", "antwerpen", "OCMW Antwerpen"},
};

} // namespace

DemoSeeder::DemoSeeder(ServerStorage& storage)
    : m_storage(storage)
    , m_rng(20260105u)
{
}

QStringList DemoSeeder::accountDescriptions()
{
    QStringList lines;
    for (const DemoAccount& a : kAccounts)
        lines.append(
            QStringLiteral("%1 (%2, %3)").arg(s(a.username), s(a.role), *a.region ? s(a.region) : s("all regions")));
    return lines;
}

void DemoSeeder::seed(int applications)
{
    m_storage.setBulkMode(true);
    try {
        seedRegions();
        seedAccounts();
        seedLocations();
        seedFreePlaces();
        seedFamilies(applications);
        settlePlaces();
        qCInfo(lcServerDemo) << "demo places fitted to waiting families:"
                             << m_fitter.fit(m_storage, m_places.unoffered(), m_rng);
    } catch (...) {
        m_storage.setBulkMode(false);
        throw;
    }
    m_storage.setBulkMode(false);
}

void DemoSeeder::insertChecked(const DemoRow& row, qint64 seq)
{
    const QVector<FieldError> errors = RowValidator::validate(row.table, row.row);
    if (!errors.isEmpty())
        throw StorageError(QStringLiteral("demo %1 row invalid: %2").arg(row.table, RowValidator::summary(errors)));
    // updated_by: who filed the demo row, else the demo admin (regions are seeded before any account: NULL).
    QJsonObject stored = row.row;
    const QString by = row.filedBy.isEmpty() ? m_accountIds.value(s("admin")) : row.filedBy;
    stored.insert(s("updated_by"), by.isEmpty() ? QJsonValue() : QJsonValue(by));
    m_storage.insertRow(row.table, stored, row.filedBy, seq);
}

void DemoSeeder::seedRegions()
{
    WriteTransaction tx(m_storage);
    for (const Region& r : RegionCatalog::regions()) {
        const QJsonObject row{{s("id"), r.id},
                              {s("region_id"), r.id},
                              {s("version"), 1},
                              {s("updated_at"), m_rng.timestamp(0)},
                              {s("name"), r.name},
                              {s("municipalities"), r.municipalitiesJson()},
                              {s("rule_set_id"), s("vl-2019")}}; // the rules in force again since 30 April 2025
        m_storage.insertRow(s("regions"), row, QString(), tx.seq());
        m_regions[r.id].regionId = r.id;
    }
    m_storage.appendAudit({QString(), s("demo.regions"), s("regions"), QString(), s("demo data")});
    tx.commit();
}

void DemoSeeder::seedAccounts()
{
    const QString hash = PasswordHasher::hash(s("demo"));
    AccountAdmin admin(m_storage);
    for (const DemoAccount& a : kAccounts) {
        Account account;
        account.id = m_rng.uuid();
        account.username = s(a.username);
        account.displayName = s(a.displayName);
        account.email = account.username + s("@example.be");
        account.role = s(a.role);
        if (*a.region)
            account.regionIds = QStringList{s(a.region)};
        account.organisation = s(a.organisation);
        QString error;
        if (admin.createWithHash(account, hash, &error).isEmpty())
            throw StorageError(QStringLiteral("demo account %1: %2").arg(account.username, error));
        m_accountIds.insert(account.username, account.id);
    }
    for (auto it = m_regions.begin(); it != m_regions.end(); ++it) {
        it->counterAccountId = m_accountIds.value(s("loket.") + it.key());
        for (const DemoAccount& a : kAccounts) {
            if (s(a.username) == s("loket.") + it.key())
                it->counterName = s(a.displayName);
        }
    }
}

QJsonObject DemoSeeder::location(const QString& regionId, int index)
{
    const DemoPlace& place = m_rng.pick(DemoData::places(regionId));
    const bool group = m_rng.chance(60);
    const QStringList& names = DemoData::groupLocationNames();
    const QString name =
        group ? names.at(index % names.size()) + (index >= names.size() ? s(" ") + place.municipality : QString())
              : s("Gezinsopvang ") + m_rng.pick(DemoData::firstNames()) + s(" ") + m_rng.pick(DemoData::lastNames());
    const QString slug = DemoData::asciiName(name).left(24);
    const QString areaCode = regionId == s("antwerpen") ? s("3") : regionId == s("mechelen") ? s("15") : s("14");
    QJsonArray languages{s("nl")};
    for (const char* lang : {"fr", "en", "ar", "tr"}) {
        if (m_rng.chance(20))
            languages.append(s(lang));
    }
    QJsonObject row{
        {s("id"), m_rng.uuid()},
        {s("region_id"), regionId},
        {s("version"), 1},
        {s("updated_at"), m_rng.timestamp(10 + index)},
        {s("name"), name},
        {s("kind"), group ? s("group") : s("family")},
        {s("organiser"), group ? m_rng.pick(DemoData::organisers(regionId)) : s("Zelfstandige onthaalouder")},
        {s("street"), m_rng.pick(place.streets)},
        {s("house_number"), QString::number(m_rng.between(1, 150))},
        {s("postcode"), place.postcode},
        {s("municipality"), place.municipality},
        {s("lat"), place.lat + m_rng.between(-80, 80) / 10000.0},
        {s("lon"), place.lon + m_rng.between(-80, 80) / 10000.0},
        {s("capacity"), group ? m_rng.between(14, 56) : m_rng.between(4, 8)},
        {s("age_min_months"), group && m_rng.chance(30) ? 3 : 0},
        {s("age_max_months"), 36},
        {s("opening_hours"), group ? s("ma-vr 7u00-18u30") : s("ma-vr 7u30-17u30")},
        {s("tariff"), m_rng.chance(70) ? s("income_related") : s("free_price")},
        {s("languages"), languages},
        // Eight digits after +32: a one-digit area code (Antwerp 3) leaves seven for the subscriber, two digits six.
        {s("phone"), QStringLiteral("+32%1%2").arg(areaCode).arg(areaCode.size() == 1 ? m_rng.between(1000000, 9999999)
                                                                                      : m_rng.between(100000, 999999))},
        {s("email"), QStringLiteral("info@%1.example.be").arg(slug)},
        {s("published"), m_rng.chance(90)}};
    row.insert(s("info"), DemoInfoSheet::forLocation(row, index));
    return row;
}

void DemoSeeder::seedLocations()
{
    WriteTransaction tx(m_storage);
    const QList<QPair<QString, int>> counts{{s("antwerpen"), 30}, {s("mechelen"), 15}, {s("turnhout"), 15}};
    int index = 0;
    for (const auto& [regionId, count] : counts) {
        for (int i = 0; i < count; ++i) {
            const QJsonObject row = location(regionId, index++);
            insertChecked({s("locations"), row, m_accountIds.value(s("admin"))}, tx.seq());
            const QString id = row.value(s("id")).toString();
            m_regions[regionId].locationIds.append(id);
            m_locationRegion.insert(id, regionId);
            if (row.value(s("published")).toBool())
                m_publishedLocations.append(id);
        }
    }
    m_storage.appendAudit({QString(), s("demo.locations"), s("locations"), QString(), s("demo data")});
    tx.commit();
}

void DemoSeeder::seedFreePlaces()
{
    WriteTransaction tx(m_storage);
    static const QStringList days{s("mon"), s("tue"), s("wed"), s("thu"), s("fri")};
    static const QVector<QPair<int, int>> bands{{0, 18}, {12, 36}, {18, 48}, {0, 36}, {6, 24}, {0, 48}};
    for (int i = 0; i < 100; ++i) {
        const QString locationId = m_rng.pick(m_publishedLocations);
        const QString regionId = m_locationRegion.value(locationId);
        QJsonObject dayMap;
        const int dayCount = m_rng.between(2, 5);
        const int firstDay = m_rng.between(0, 5 - dayCount);
        for (int d = firstDay; d < firstDay + dayCount; ++d)
            dayMap.insert(days.at(d), m_rng.chance(80) ? s("full") : s("half"));
        const QPair<int, int> band = m_rng.pick(bands);
        DemoPlaceBook::Place place;
        place.id = m_rng.uuid();
        place.locationId = locationId;
        place.regionId = regionId;
        place.count = m_rng.chance(10) ? 4 : m_rng.between(1, 3);
        place.ageMinMonths = band.first;
        place.ageMaxMonths = band.second;
        place.availableFrom = m_rng.dateBetween(QDate(2025, 12, 15), QDate(2026, 8, 31));
        // The seats the families' offers will hold: filled, reserved, partly taken or free (DemoPlaceBook).
        const int r = m_rng.between(1, 100);
        int sent = 0;
        int accepted = 0;
        place.withdrawn = r <= 8;
        if (r > 8 && r <= 20) {
            accepted = place.count;
        } else if (r > 20 && r <= 35) {
            sent = m_rng.between(1, place.count);
            accepted = place.count - sent;
        } else if (r > 35 && r <= 55 && place.count > 1) {
            const int held = m_rng.between(1, place.count - 1);
            sent = m_rng.between(0, held);
            accepted = held - sent;
        }
        const QString status = m_places.plan(place, sent, accepted);
        // A fifth were last confirmed more than four weeks before the seed day ("to confirm" in the client).
        const int daysAgo = m_rng.chance(20) ? m_rng.between(29, 75) : m_rng.between(2, 20);
        const QJsonObject row{{s("id"), place.id},
                              {s("region_id"), regionId},
                              {s("version"), 1},
                              {s("updated_at"), m_rng.timestamp(-qint64(daysAgo - 2) * 86400 + i * 37)},
                              {s("location_id"), locationId},
                              {s("available_from"), place.availableFrom.toString(Qt::ISODate)},
                              {s("days"), dayMap},
                              {s("age_min_months"), place.ageMinMonths},
                              {s("age_max_months"), place.ageMaxMonths},
                              {s("count"), place.count},
                              {s("status"), status}};
        insertChecked({s("free_places"), row, m_regions.value(regionId).counterAccountId}, tx.seq());
    }
    m_storage.appendAudit({QString(), s("demo.free_places"), s("free_places"), QString(), s("demo data")});
    tx.commit();
}

void DemoSeeder::settlePlaces()
{
    const QVector<QPair<QString, QString>> unsettled = m_places.unsettled();
    if (unsettled.isEmpty())
        return;
    WriteTransaction tx(m_storage);
    for (const auto& [id, status] : unsettled) {
        std::optional<StoredRow> place = m_storage.findRow(s("free_places"), id);
        if (!place)
            continue;
        QJsonObject row = place->row;
        row.insert(s("status"), status);
        row.insert(s("version"), row.value(s("version")).toInteger() + 1);
        row.insert(s("updated_at"), m_rng.timestamp(86400));
        m_storage.updateRow(s("free_places"), row, tx.seq());
    }
    m_storage.appendAudit({QString(), s("demo.free_places"), s("free_places"), QString(), s("demo places settled")});
    tx.commit();
    qCInfo(lcServerDemo) << "demo places settled:" << unsettled.size();
}

QString DemoSeeder::pickRegion()
{
    const int r = m_rng.between(1, 100);
    return r <= 55 ? s("antwerpen") : r <= 80 ? s("mechelen") : s("turnhout");
}

void DemoSeeder::renderAcknowledgement(QJsonObject& message, const QHash<QString, QJsonObject>& family)
{
    // The text a parent got when the application was filed, from the same templates the server mails with.
    const QJsonObject& parent = family.value(s("parents"));
    const QString language = MessageTemplates::languageFor(parent.value(s("language")).toString());
    const QHash<QString, QString> values{
        {s("parent_name"),
         parent.value(s("first_name")).toString() + QLatin1Char(' ') + parent.value(s("last_name")).toString()},
        {s("application_number"), family.value(s("applications")).value(s("number")).toString()},
        {s("child_name"), family.value(s("children")).value(s("first_name")).toString()},
        {s("state_explanation"), ApplicationStatus::explanation(ApplicationStatus::Submitted, language)}};
    RenderedMessage rendered;
    QString error;
    if (!MessageTemplates::render(s("acknowledgement"), language, values, &rendered, &error))
        throw StorageError(QStringLiteral("demo message: %1").arg(error));
    message.insert(s("language"), rendered.language);
    message.insert(s("subject"), rendered.subject);
    message.insert(s("body"), rendered.body);
}

void DemoSeeder::writeFamily(const QVector<DemoRow>& rows, qint64 seq)
{
    QHash<QString, QJsonObject> family; // the latest row per table: a message follows its application
    for (DemoRow row : rows) {
        if (row.table == s("messages"))
            renderAcknowledgement(row.row, family);
        if (row.table == s("applications")) {
            const QString region = row.row.value(s("region_id")).toString();
            const int year = row.row.value(s("submitted_at")).toString().left(4).toInt();
            const qint64 n = m_storage.takeApplicationNumber(region, year);
            row.row.insert(s("number"), QStringLiteral("%1-%2-%3")
                                            .arg(RegionCatalog::find(region)->numberPrefix)
                                            .arg(year)
                                            .arg(n, 6, 10, QLatin1Char('0')));
        }
        insertChecked(row, seq);
        if (row.table == s("applications"))
            m_fitter.note(row.row, family.value(s("children")));
        family.insert(row.table, row.row);
    }
    m_storage.appendAudit({rows.first().filedBy, s("demo.family"), s("parents"),
                           rows.first().row.value(s("id")).toString(), s("demo family filed")});
}

void DemoSeeder::seedFamilies(int applications)
{
    const bool scaled = applications > 0;
    const QString referrer = m_accountIds.value(s("toeleider.antwerpen"));
    DemoFamilyBuilder builder(m_rng, m_places);
    int made = 0;
    int referred = 0;
    for (int family = 0; scaled ? made < applications : family < kDefaultFamilies;) {
        WriteTransaction tx(m_storage);
        const int batchEnd = family + (scaled ? kBatchFamilies : 1);
        for (; family < batchEnd && (scaled ? made < applications : family < kDefaultFamilies); ++family) {
            const QString regionId = pickRegion();
            const bool byReferrer = regionId == s("antwerpen") && family % 25 == 7 && referred < 30;
            referred += byReferrer ? 1 : 0;
            const QVector<DemoRow> rows = builder.build(
                m_regions.value(regionId), family, byReferrer ? referrer : QString(), scaled ? applications - made : 2);
            for (const DemoRow& row : rows)
                made += row.table == s("applications") ? 1 : 0;
            writeFamily(rows, m_storage.takeSeq());
        }
        tx.commit();
    }
    qCInfo(lcServerDemo) << "demo families seeded:" << made << "applications";
}
