#include "TestChanges.h"
#include "UiTestData.h"
#include "common/UiLanguage.h"
#include "detail/DetailPanel.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "store/cache/LocalCache.h"
#include "store/records/ApplicationPosition.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

// The "Position" section of an open application's detail on the UI test region (450 families): the counts and the
// expected wait in plain words, in English and Dutch, none for a closed application, and never another family's
// name (docs/ARCHITECTURE.md "Joint allocation", "Position").
class TestPositionSection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsCountsAndExpectedWaitInPlainWords();
    void namesNoOtherFamily();
    void closedApplicationHasNoSection();
    void readsInDutch();

private:
    QString detailOf(const QString& applicationId);

    QTemporaryDir m_dir;
    LocalCache m_cache;
    UiTestData m_data;
    QString m_placedId;
};

void TestPositionSection::initTestCase()
{
    QString error;
    QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    QVERIFY2(m_data.fill(m_cache, &error), qPrintable(error));
    UiLanguage::set(QStringLiteral("en")); // English plurals come from the English translation, as in the app
    UiLanguage::installTranslators(*QCoreApplication::instance());
    const RecordQuery records(m_cache);
    const QJsonArray preferences = records.row(QStringLiteral("applications"), m_data.celikApplicationId)
                                       .value(QStringLiteral("preferences"))
                                       .toArray();
    const QString speelboom = preferences.at(0).toString();
    // One family with a brother or sister at De Speelboom (ahead there), and six placements there 10 days ago
    // after 61 days each: the detail runs on today's date, so these are dated from it.
    const TestChanges rows(QStringLiteral("antwerpen"));
    Protocol::PullPage page;
    page.epoch = QStringLiteral("test-epoch");
    page.cursor = QStringLiteral("position");
    page.changes.append(rows.upsert(
        QStringLiteral("applications"), Uuid::v7(),
        {{QStringLiteral("status"), QStringLiteral("submitted")},
         {QStringLiteral("preferences"), QJsonArray{speelboom}},
         {QStringLiteral("priority"), QJsonObject{{QStringLiteral("sibling_location_ids"), QJsonArray{speelboom}}}}}));
    const QDate accepted = QDate::currentDate().addDays(-10);
    for (int i = 0; i < 6; ++i) {
        const QString applicationId = Uuid::v7();
        page.changes.append(rows.upsert(QStringLiteral("applications"), applicationId,
                                        {{QStringLiteral("status"), QStringLiteral("placed")},
                                         {QStringLiteral("preferences"), QJsonArray{speelboom}},
                                         {QStringLiteral("submitted_at"), accepted.addDays(-61).toString(Qt::ISODate) +
                                                                              QStringLiteral("T10:00:00Z")}}));
        page.changes.append(rows.upsert(
            QStringLiteral("offers"), Uuid::v7(),
            {{QStringLiteral("application_id"), applicationId},
             {QStringLiteral("location_id"), speelboom},
             {QStringLiteral("status"), QStringLiteral("accepted")},
             {QStringLiteral("updated_at"), accepted.toString(Qt::ISODate) + QStringLiteral("T14:00:00.000Z")}}));
        m_placedId = applicationId;
    }
    QVERIFY2(PullApplier(m_cache).apply(page, &error), qPrintable(error));
}

QString TestPositionSection::detailOf(const QString& applicationId)
{
    DetailPanel panel(m_cache);
    panel.showRecord(QStringLiteral("applications"), applicationId);
    return panel.plainText();
}

void TestPositionSection::showsCountsAndExpectedWaitInPlainWords()
{
    const ApplicationPosition::Result position =
        ApplicationPosition(m_cache).of(m_data.celikApplicationId, QDate::currentDate());
    QVERIFY(position.available());
    QCOMPARE(position.locations.size(), 2);
    // Every family of the test region has work or training: all share the priority group; only the sibling is ahead.
    QCOMPARE(position.locations.at(0).ahead, 1);
    QVERIFY(position.locations.at(0).sameTier > 1);
    const QString text = detailOf(m_data.celikApplicationId);
    QVERIFY2(text.contains(QStringLiteral("Position")), qPrintable(text));
    QVERIFY(text.contains(m_data.locationNames.at(0) + QStringLiteral(" — priority: priority group")));
    QVERIFY2(text.contains(QStringLiteral("1 family ranks ahead (better priority)\n%1 other families share the same "
                                          "priority (the lottery decides)")
                               .arg(position.locations.at(0).sameTier)),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(
        "expected wait: about 2 months from filing (based on 6 placements here in the last 12 months)")));
    // 't Kriebeltje had no placements.
    QVERIFY(text.contains(QStringLiteral("no family ranks ahead (better priority)")));
    QVERIFY(
        text.contains(QStringLiteral("expected wait: not enough data yet (no placement here in the last 12 months)")));
}

void TestPositionSection::namesNoOtherFamily()
{
    const QString text = detailOf(m_data.celikApplicationId);
    QVERIFY(text.contains(QStringLiteral("Position")));
    int others = 0;
    const RecordQuery records(m_cache);
    for (const char* table : {"parents", "children"}) {
        for (const QJsonObject& row : records.allRows(QString::fromLatin1(table))) {
            const QString parentId =
                row.value(QLatin1String(table == QByteArray("parents") ? "id" : "parent_id")).toString();
            if (parentId == m_data.celikParentId)
                continue;
            const QString name = row.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ') +
                                 row.value(QStringLiteral("last_name")).toString();
            QVERIFY2(!text.contains(name), qPrintable(name));
            ++others;
        }
    }
    QVERIFY(others > 800); // the other 449 families, parents and children
}

void TestPositionSection::closedApplicationHasNoSection()
{
    const QString text = detailOf(m_placedId);
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(QStringLiteral("rank ahead")));
    QVERIFY(!text.contains(QStringLiteral("expected wait")));
}

void TestPositionSection::readsInDutch()
{
    UiLanguage::set(QStringLiteral("nl"));
    UiLanguage::installTranslators(*QCoreApplication::instance());
    const QString text = detailOf(m_data.celikApplicationId);
    UiLanguage::set(QStringLiteral("en"));
    QVERIFY2(text.contains(QStringLiteral("Plaats in de rij")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1 gezin staat voor (betere voorrang)")));
    QVERIFY(text.contains(QStringLiteral("verwachte wachttijd: ongeveer 2 maanden vanaf de aanvraag")));
    QVERIFY(!text.contains(QStringLiteral("rank ahead")));
}

QTEST_MAIN(TestPositionSection)
#include "TestPositionSection.moc"
