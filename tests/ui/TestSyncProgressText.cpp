// The status bar's words for a running pull, in each language the client ships.
#include "common/SyncProgressText.h"
#include "common/UiLanguage.h"

#include <QtTest>

class TestSyncProgressText : public QObject
{
    Q_OBJECT

private slots:
    void percentRoundsButNeverClaimsDoneEarly();
    void wordsInEveryLanguage_data();
    void wordsInEveryLanguage();
};

void TestSyncProgressText::percentRoundsButNeverClaimsDoneEarly()
{
    QCOMPARE(SyncProgressText::percent(12000, 302302), 4); // 3.97 %
    QCOMPARE(SyncProgressText::percent(0, 302302), 0);
    QCOMPARE(SyncProgressText::percent(150000, 300000), 50);
    QCOMPARE(SyncProgressText::percent(299999, 300000), 99); // 99.9997 % is not done
    QCOMPARE(SyncProgressText::percent(300000, 300000), 100);
    QCOMPARE(SyncProgressText::percent(300001, 300000), 100);
    QCOMPARE(SyncProgressText::percent(12000, -1), -1); // the server did not say
    QCOMPARE(SyncProgressText::percent(0, 0), -1);
}

void TestSyncProgressText::wordsInEveryLanguage_data()
{
    // %1 and %2 stand for 12000 and 302302 as the language's Belgian locale groups them.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("withTotal");
    QTest::addColumn<QString>("withoutTotal");
    QTest::addColumn<QString>("oneRow");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Syncing… %1 of %2 rows (4%)")
                        << QStringLiteral("Syncing… %1 rows") << QStringLiteral("Syncing… 1 row");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Synchroniseren… %1 van %2 rijen (4%)")
                        << QStringLiteral("Synchroniseren… %1 rijen") << QStringLiteral("Synchroniseren… 1 rij");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Synchronisation… %1 sur %2 lignes (4\u00a0%)")
                        << QStringLiteral("Synchronisation… %1 lignes") << QStringLiteral("Synchronisation… 1 ligne");
}

void TestSyncProgressText::wordsInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, withTotal);
    QFETCH(QString, withoutTotal);
    QFETCH(QString, oneRow);
    UiLanguage::set(language);
    UiLanguage::installTranslators(*QCoreApplication::instance());
    const QString rows = QLocale().toString(12000);
    const QString total = QLocale().toString(302302);
    QCOMPARE(SyncProgressText::text(12000, 302302), withTotal.arg(rows, total));
    QCOMPARE(SyncProgressText::text(12000, -1), withoutTotal.arg(rows));
    QCOMPARE(SyncProgressText::text(1, -1), oneRow);
}

QTEST_MAIN(TestSyncProgressText)
#include "TestSyncProgressText.moc"
