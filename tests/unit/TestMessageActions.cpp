#include "TestChanges.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "store/cache/LocalCache.h"
#include "store/records/MessageActions.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const TestChanges kRows(QStringLiteral("antwerpen"));

} // namespace

// A worker writes a message or sends a failed one again; both are outbox writes the server then delivers.
class TestMessageActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void queuedMessageIsAnOutboxInsert();
    void parentWithoutEmailGetsNoMessage();
    void emptyTextIsRefused();
    void failedMessageIsQueuedAgain();
    void onlyFailedMessagesAreResent();

private:
    int outboxCount() const;
    QJsonObject lastOutboxPayload() const;

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<LocalCache> m_cache;
    QString m_parent = Uuid::v7();
    QString m_silentParent = Uuid::v7();
    QString m_application = Uuid::v7();
    QString m_failed = Uuid::v7();
    QString m_sent = Uuid::v7();
};

void TestMessageActions::init()
{
    m_dir.reset(new QTemporaryDir);
    m_cache.reset(new LocalCache);
    QCOMPARE(m_cache->open(m_dir->filePath(s("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    Protocol::PullPage page;
    page.epoch = s("e1");
    page.cursor = s("c1");
    page.changes = {
        kRows.upsert(s("parents"),
                     {{s("id"), m_parent},
                      {s("first_name"), s("Ayşe")},
                      {s("last_name"), s("Çelik")},
                      {s("email"), s("ayse@example.be")},
                      {s("language"), s("fr")}},
                     1),
        kRows.upsert(s("parents"),
                     {{s("id"), m_silentParent}, {s("first_name"), s("Jan")}, {s("last_name"), s("Peeters")}}, 2),
        kRows.upsert(s("messages"),
                     {{s("id"), m_failed},
                      {s("parent_id"), m_parent},
                      {s("channel"), s("email")},
                      {s("subject"), s("Aanvraag ontvangen")},
                      {s("body"), s("…")},
                      {s("status"), s("failed")},
                      {s("error"), s("550 mailbox unavailable")}},
                     3),
        kRows.upsert(s("messages"),
                     {{s("id"), m_sent},
                      {s("parent_id"), m_parent},
                      {s("channel"), s("email")},
                      {s("subject"), s("Aanvraag ontvangen")},
                      {s("body"), s("…")},
                      {s("status"), s("sent")}},
                     4)};
    QString error;
    QVERIFY2(PullApplier(*m_cache).apply(page, &error), qPrintable(error));
    QCOMPARE(outboxCount(), 0);
}

int TestMessageActions::outboxCount() const
{
    QSqlQuery q(m_cache->database());
    return q.exec(s("SELECT count(*) FROM outbox WHERE acked_at IS NULL")) && q.next() ? q.value(0).toInt() : -1;
}

QJsonObject TestMessageActions::lastOutboxPayload() const
{
    QSqlQuery q(m_cache->database());
    if (!q.exec(s("SELECT op, payload FROM outbox ORDER BY mid DESC LIMIT 1")) || !q.next())
        return {};
    QJsonObject result = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    result.insert(s("@op"), q.value(0).toString());
    return result;
}

void TestMessageActions::queuedMessageIsAnOutboxInsert()
{
    MessageActions actions(*m_cache);
    QString error;
    const QString id =
        actions.queue({m_parent, QString(), s("fr"), s("offer_made"), s("Une place"), s("Bonjour")}, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    const QJsonObject row = RecordQuery(*m_cache).row(s("messages"), id);
    QCOMPARE(row.value(s("status")).toString(), s("queued"));
    QCOMPARE(row.value(s("region_id")).toString(), s("antwerpen"));
    QCOMPARE(row.value(s("language")).toString(), s("fr"));
    QCOMPARE(row.value(s("template")).toString(), s("offer_made"));
    QCOMPARE(row.value(s("channel")).toString(), s("email"));
    QCOMPARE(outboxCount(), 1);
    const QJsonObject payload = lastOutboxPayload();
    QCOMPARE(payload.value(s("@op")).toString(), s("insert"));
    QCOMPARE(payload.value(s("subject")).toString(), s("Une place"));
}

void TestMessageActions::parentWithoutEmailGetsNoMessage()
{
    QString error;
    const QString id = MessageActions(*m_cache).queue(
        {m_silentParent, QString(), s("nl"), QString(), s("Onderwerp"), s("Tekst")}, &error);
    QVERIFY(id.isEmpty());
    QVERIFY(error.contains(s("e-mail")));
    QCOMPARE(outboxCount(), 0);
}

void TestMessageActions::emptyTextIsRefused()
{
    QString error;
    QVERIFY(MessageActions(*m_cache)
                .queue({m_parent, QString(), s("nl"), QString(), s("Onderwerp"), s("  ")}, &error)
                .isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(outboxCount(), 0);
}

void TestMessageActions::failedMessageIsQueuedAgain()
{
    QString error;
    QVERIFY2(MessageActions(*m_cache).resend(m_failed, &error), qPrintable(error));
    const QJsonObject row = RecordQuery(*m_cache).row(s("messages"), m_failed);
    QCOMPARE(row.value(s("status")).toString(), s("queued"));
    QVERIFY(row.value(s("error")).isNull());
    QCOMPARE(outboxCount(), 1);
    const QJsonObject payload = lastOutboxPayload();
    QCOMPARE(payload.value(s("@op")).toString(), s("update"));
    QVERIFY2(QJsonDocument(payload).toJson().contains("queued"), QJsonDocument(payload).toJson().constData());
}

void TestMessageActions::onlyFailedMessagesAreResent()
{
    QString error;
    QVERIFY(!MessageActions(*m_cache).resend(m_sent, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!MessageActions(*m_cache).resend(Uuid::v7(), &error));
    QCOMPARE(RecordQuery(*m_cache).row(s("messages"), m_sent).value(s("status")).toString(), s("sent"));
    QCOMPARE(outboxCount(), 0);
}

QTEST_GUILESS_MAIN(TestMessageActions)
#include "TestMessageActions.moc"
