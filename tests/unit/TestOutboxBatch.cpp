#include "domain/Uuid.h"
#include "protocol/ApiConstants.h"
#include "store/cache/LocalCache.h"
#include "store/write/LocalWriter.h"
#include "sync/OutboxBatch.h"

#include <QTemporaryDir>
#include <QtTest>

// What goes into one push request (OutboxBatch::next): the oldest pending changes, in order, as many as asked for,
// but never more text than the server takes in one request: long notes make a shorter batch, not a refused one.
class TestOutboxBatch : public QObject
{
    Q_OBJECT

private slots:
    void batchStaysWithinTheRequestLimit();
};

void TestOutboxBatch::batchStaysWithinTheRequestLimit()
{
    QTemporaryDir dir;
    LocalCache cache;
    QCOMPARE(cache.open(dir.filePath(QStringLiteral("c.sqlite"))), LocalCache::OpenStatus::Ok);
    LocalWriter writer(cache);
    QString error;
    // Five parents whose notes are 1.5 MiB each: 7.5 MiB of payload in all, close to the server's 8 MiB per request
    // before any JSON around them.
    const QString note(3 * 512 * 1024, QLatin1Char('x'));
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(writer.insert(QStringLiteral("parents"),
                               {{QStringLiteral("id"), Uuid::v7()},
                                {QStringLiteral("region_id"), QStringLiteral("mechelen")},
                                {QStringLiteral("first_name"), QStringLiteral("Lotte")},
                                {QStringLiteral("last_name"), QStringLiteral("Maes")},
                                {QStringLiteral("notes"), note}},
                               &error),
                 qPrintable(error));
    }
    const QVector<Protocol::Mutation> first = OutboxBatch::next(cache, 1000, &error);
    QVERIFY(error.isEmpty());
    // 4 MiB of payloads at most: two whole notes fit, a third would not.
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).mid, 1);
    QCOMPARE(first.at(1).mid, 2);
    // Without long texts the count decides.
    QCOMPARE(OutboxBatch::next(cache, 1, &error).size(), 1);
}

QTEST_GUILESS_MAIN(TestOutboxBatch)
#include "TestOutboxBatch.moc"
