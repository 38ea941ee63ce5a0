#pragma once

#include "demo/DemoFamilyBuilder.h"
#include "demo/DemoPlaceBook.h"
#include "demo/DemoPlaceFitter.h"
#include "demo/DemoRandom.h"

#include <QHash>
#include <QStringList>

class ServerStorage;

// Seeds the deterministic demo data set (docs/ARCHITECTURE.md "The server"): regions, demo accounts (password "demo"),
// ~60 locations, 100 free places (varied age bands, days and counts; some not updated for more than four weeks),
// and families with applications in every state, an emergency list with follow-up logs, offers in every state
// that obey the offer rules (docs/PROTOCOL.md "Offers and the emergency list"), and messages; at the end four in five
// of the places nobody was offered are fitted to a waiting family of their location (DemoPlaceFitter), so a joint
// allocation over the demo places families. The same seed and day give the same ids and rows on every run.
//
// Default set: 2,000 families, one write transaction (and seq) per family, as if filed one by one.
// --demo-scale N: families until there are exactly N applications; to stay fast, families are written in
// transactions of 500 in bulk mode (SQLite synchronous=OFF, PostgreSQL synchronous_commit=off), each family still
// taking its own seq (the writer lock is held for the whole batch, so seqs stay commit-ordered).
class DemoSeeder
{
public:
    explicit DemoSeeder(ServerStorage& storage);

    // applications == 0: the default set.
    void seed(int applications);
    // "admin (admin, all regions)" ... for the start-up banner.
    static QStringList accountDescriptions();
    // The seeding function a program that links this library hands the server (ServerOptions::seedDemo).
    static void seedInto(ServerStorage& storage, int applications) { DemoSeeder(storage).seed(applications); }

    static constexpr int kDefaultFamilies = 2000;
    static constexpr int kBatchFamilies = 500;

private:
    void seedRegions();
    void seedAccounts();
    void seedLocations();
    void seedFreePlaces();
    void seedFamilies(int applications);
    // Places whose planned seats the families did not all take (small --demo-scale sets) get the status their
    // offers give, in one more transaction.
    void settlePlaces();
    QJsonObject location(const QString& regionId, int index);
    void insertChecked(const DemoRow& row, qint64 seq);
    void writeFamily(const QVector<DemoRow>& rows, qint64 seq);
    // Fills a demo acknowledgement's language, subject and body once its application has a number.
    static void renderAcknowledgement(QJsonObject& message, const QHash<QString, QJsonObject>& family);
    QString pickRegion();

    ServerStorage& m_storage;
    DemoRandom m_rng;
    QHash<QString, DemoRegionContext> m_regions;
    QHash<QString, QString> m_accountIds; // username -> id
    DemoPlaceBook m_places;
    DemoPlaceFitter m_fitter;
    QStringList m_publishedLocations;
    QHash<QString, QString> m_locationRegion;
};
