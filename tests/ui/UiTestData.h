#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

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
    // The same file where a client profile in `profileDir` looks for `username`'s cache of `server`.
    bool writeProfileCache(const QString& profileDir, const QUrl& server, QString* error);

    QString celikParentId;      // Ayşe Çelik, +32470123456, Antwerpen
    QString celikApplicationId; // ANT-2026-000001, preferences: De Speelboom, then 't Kriebeltje
    QStringList locationNames;  // in the order of celikApplication's preferences
    QMap<QString, int> applicationsPerStatus;
    QMap<QString, int> familiesPerMunicipality;
    QString username = QStringLiteral("loket.test");
    QString displayName = QStringLiteral("Lotte Van Damme");
};
