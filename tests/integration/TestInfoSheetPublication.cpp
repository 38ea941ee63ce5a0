#include "TestClient.h"
#include "TestServer.h"
#include "domain/InfoSheet.h"
#include "store/records/RecordEdits.h"
#include "sync/SyncEngine.h"

#include <QtTest>

namespace {
const QString kLocations = QStringLiteral("locations");

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}
} // namespace

// A location's info sheet and publication between two desktop clients through a real server (docs/PROTOCOL.md "Info
// sheets"): a coordinator's edit of the French description reaches a referrer's cache; when the coordinator
// unpublishes the location it leaves the referrer's cache at the next sync (a scope exit) while the coordinator keeps
// it; published again, it comes back. Runs on both storage dialects through TestServer.
class TestInfoSheetPublication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anEditedSheetReachesTheReferrer();
    void unpublishedLeavesTheReferrersCacheAndComesBack();

private:
    void sync(TestClient& c);
    void save(const QJsonObject& values);

    TestServer m_server{TestServer::Demo};
    std::unique_ptr<TestClient> m_coordinator;
    std::unique_ptr<TestClient> m_referrer;
    QString m_locationId;
};

void TestInfoSheetPublication::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_coordinator = TestClient::signIn(QUrl(m_server.baseUrl()), QStringLiteral("regie.antwerpen"));
    m_referrer = TestClient::signIn(QUrl(m_server.baseUrl()), QStringLiteral("toeleider.antwerpen"));
    QVERIFY(m_coordinator->session && m_referrer->session);
    sync(*m_coordinator);
    sync(*m_referrer);
    const QVector<QJsonObject> seen = m_referrer->records().allRows(kLocations);
    QVERIFY(!seen.isEmpty());
    for (const QJsonObject& row : seen)
        QVERIFY(row.value(QStringLiteral("published")).toBool());
    QVERIFY(m_coordinator->records().allRows(kLocations).size() > seen.size()); // it sees the unpublished ones too
    m_locationId = str(seen.first(), "id");
}

void TestInfoSheetPublication::sync(TestClient& c)
{
    QString error;
    QVERIFY2(c.session->sync().syncBlocking(&error), qPrintable(error));
}

void TestInfoSheetPublication::save(const QJsonObject& values)
{
    int written = 0;
    QString error;
    QVERIFY2(RecordEdits(m_coordinator->cache()).save({{kLocations, m_locationId, values}}, &written, &error),
             qPrintable(error));
    QCOMPARE(written, 1);
    QCOMPARE(m_coordinator->records().pendingChanges(), 1);
    sync(*m_coordinator);
    QCOMPARE(m_coordinator->records().pendingChanges(), 0);
    QCOMPARE(m_coordinator->records().conflictCount(), 0);
}

void TestInfoSheetPublication::anEditedSheetReachesTheReferrer()
{
    InfoSheet sheet =
        InfoSheet::fromJson(m_coordinator->records().row(kLocations, m_locationId).value(QStringLiteral("info")));
    sheet.setText(QStringLiteral("fr"), QStringLiteral("description"), QStringLiteral("Une crèche au bord du parc."));
    save({{QStringLiteral("info"), sheet.toJson()}});
    QCOMPARE(m_server.storedRow(kLocations, m_locationId).value(QStringLiteral("info")).toObject(), sheet.toJson());
    sync(*m_referrer);
    const InfoSheet seen =
        InfoSheet::fromJson(m_referrer->records().row(kLocations, m_locationId).value(QStringLiteral("info")));
    QCOMPARE(seen.text(QStringLiteral("fr"), QStringLiteral("description")),
             QStringLiteral("Une crèche au bord du parc."));
}

void TestInfoSheetPublication::unpublishedLeavesTheReferrersCacheAndComesBack()
{
    QVERIFY(!m_referrer->records().row(kLocations, m_locationId).isEmpty());
    save({{QStringLiteral("published"), false}});
    QCOMPARE(m_server.storedRow(kLocations, m_locationId).value(QStringLiteral("published")).toBool(), false);
    sync(*m_referrer);
    QVERIFY(m_referrer->records().row(kLocations, m_locationId).isEmpty());
    const QJsonObject kept = m_coordinator->records().row(kLocations, m_locationId);
    QVERIFY(!kept.isEmpty());
    QCOMPARE(kept.value(QStringLiteral("published")).toBool(), false);

    save({{QStringLiteral("published"), true}});
    sync(*m_referrer);
    const QJsonObject back = m_referrer->records().row(kLocations, m_locationId);
    QVERIFY(!back.isEmpty());
    QVERIFY(back.value(QStringLiteral("published")).toBool());
    QCOMPARE(back.value(QStringLiteral("version")),
             m_server.storedRow(kLocations, m_locationId).value(QStringLiteral("version")));
}

QTEST_MAIN(TestInfoSheetPublication)
#include "TestInfoSheetPublication.moc"
