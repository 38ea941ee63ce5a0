#include "WizardTestData.h"

#include "TestChanges.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "store/write/PullApplier.h"

#include <QJsonObject>

bool WizardTestData::addLocatedLocations(LocalCache& cache, QString* error)
{
    struct Spot {
        const char* name;
        const char* postcode;
        const char* municipality;
        double lat, lon;
        const char* kind;
        const char* tariff;
    };
    const Spot spots[] = {{"Berchem Noord", "2600", "Berchem", 51.200, 4.430, "group", "income_related"},
                          {"Berchem Zuid", "2600", "Berchem", 51.190, 4.430, "family", "free_price"},
                          {"Deurne Centrum", "2100", "Deurne", 51.210, 4.470, "group", "income_related"},
                          {"Antwerpen Zuid", "2000", "Antwerpen", 51.200, 4.390, "group", "income_related"},
                          {"Antwerpen Eilandje", "2000", "Antwerpen", 51.230, 4.410, "group", "free_price"},
                          {"Wilrijk Park", "2610", "Wilrijk", 51.170, 4.390, "family", "income_related"}};
    Protocol::PullPage page;
    page.epoch = QStringLiteral("test-epoch");
    page.cursor = QStringLiteral("c2");
    locationIds.clear();
    for (const Spot& s : spots) {
        const Protocol::Change c = TestChanges(QStringLiteral("antwerpen"))
                                       .upsert(QStringLiteral("locations"), Uuid::v7(),
                                               {{QStringLiteral("name"), QString::fromLatin1(s.name)},
                                                {QStringLiteral("kind"), QString::fromLatin1(s.kind)},
                                                {QStringLiteral("postcode"), QString::fromLatin1(s.postcode)},
                                                {QStringLiteral("municipality"), QString::fromLatin1(s.municipality)},
                                                {QStringLiteral("lat"), s.lat},
                                                {QStringLiteral("lon"), s.lon},
                                                {QStringLiteral("age_min_months"), 0},
                                                {QStringLiteral("age_max_months"), 36},
                                                {QStringLiteral("tariff"), QString::fromLatin1(s.tariff)},
                                                {QStringLiteral("published"), true}});
        page.changes.append(c);
        locationIds.append(c.id);
    }
    return PullApplier(cache).apply(page, error);
}
