#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class LocalCache;

// A realistic little region for the UI tests, put into a real cache through the same PullApplier a sync
// uses: 450 families (more than two list pages), four locations, applications in every state.
class UiTestData
{
public:
    static constexpr int kFamilies = 450;

    bool fill(LocalCache& cache, QString* error);
    // Creates the cache file of a signed-out session: rows, last sync time and the account.
    bool writeCache(const QString& path, QString* error);

    QString celikParentId;      // Ayşe Çelik, +32470123456, Antwerpen
    QString celikApplicationId; // ANT-2026-000001, preferences: De Speelboom, then 't Kriebeltje
    QStringList locationNames;  // in the order of celikApplication's preferences
    QMap<QString, int> applicationsPerStatus;
    QMap<QString, int> familiesPerMunicipality;
    QString username = QStringLiteral("loket.test");
    QString displayName = QStringLiteral("Lotte Van Damme");
};
