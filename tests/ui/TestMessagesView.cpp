#include "TestChanges.h"
#include "UiTestData.h"
#include "detail/DetailPanel.h"
#include "domain/Uuid.h"
#include "lists/FilterBar.h"
#include "lists/ListModel.h"
#include "messages/MessagesView.h"
#include "protocol/AccountInfo.h"
#include "protocol/SyncMessages.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

namespace {

Protocol::Change message(const QString& id, const QString& parentId, const QString& status, const QString& at,
                         qint64 seq)
{
    QJsonObject row{{QStringLiteral("updated_at"), at},
                    {QStringLiteral("parent_id"), parentId},
                    {QStringLiteral("channel"), QStringLiteral("email")},
                    {QStringLiteral("language"), QStringLiteral("fr")},
                    {QStringLiteral("template"), QStringLiteral("acknowledgement")},
                    {QStringLiteral("subject"), QStringLiteral("Demande ANT-2026-000001 reçue")},
                    {QStringLiteral("body"), QStringLiteral("Madame, …")},
                    {QStringLiteral("status"), status}};
    if (status == QLatin1String("sent"))
        row.insert(QStringLiteral("sent_at"), at);
    if (status == QLatin1String("failed"))
        row.insert(QStringLiteral("error"), QStringLiteral("550 mailbox unavailable"));
    return TestChanges(QStringLiteral("antwerpen")).upsert(QStringLiteral("messages"), id, row, seq);
}

} // namespace

// The Messages page and the parent's detail: what went out, what did not, and sending a failed one again.
class TestMessagesView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsNewestFirstAndFiltersByDelivery();
    void failedMessageIsSentAgainFromTheList();
    void parentDetailOffersSendAgainAndWriteMessage();

private:
    int outboxUpdates() const;

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<LocalCache> m_cache;
    UiTestData m_data;
    QString m_sent = Uuid::v7();
    QString m_failed = Uuid::v7();
};

void TestMessagesView::init()
{
    m_dir.reset(new QTemporaryDir);
    m_cache.reset(new LocalCache);
    QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    QString error;
    QVERIFY2(m_data.fill(*m_cache, &error), qPrintable(error));
    Protocol::PullPage page;
    page.epoch = QStringLiteral("e1");
    page.cursor = QStringLiteral("messages");
    page.changes = {
        message(m_sent, m_data.celikParentId, QStringLiteral("sent"), QStringLiteral("2026-11-02T09:00:00Z"), 900),
        message(m_failed, m_data.celikParentId, QStringLiteral("failed"), QStringLiteral("2026-11-03T09:00:00Z"), 901)};
    QVERIFY2(PullApplier(*m_cache).apply(page, &error), qPrintable(error));
}

int TestMessagesView::outboxUpdates() const
{
    QSqlQuery q(m_cache->database());
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'messages' AND op = 'update'")) &&
                   q.next()
               ? q.value(0).toInt()
               : -1;
}

void TestMessagesView::listsNewestFirstAndFiltersByDelivery()
{
    MessagesView view(*m_cache);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    QCOMPARE(view.model()->totalCount(), 2);
    QVERIFY(view.countLabel()->text().contains(QLatin1Char('2')));
    QCOMPARE(view.model()->idAt(0), m_failed); // newest first
    QComboBox* delivery = view.findChild<FilterBar*>()->statusBox();
    QVERIFY(delivery);
    delivery->setFocus();
    const int failed = delivery->findData(QStringLiteral("failed"));
    QVERIFY(failed > 0);
    while (delivery->currentIndex() != failed)
        QTest::keyClick(delivery, Qt::Key_Down);
    QTRY_COMPARE(view.model()->totalCount(), 1);
    QCOMPARE(view.model()->idAt(0), m_failed);
    QCOMPARE(view.model()->data(view.model()->index(0, view.model()->columnOf(QStringLiteral("status")))).toString(),
             QStringLiteral("Not delivered"));
}

void TestMessagesView::failedMessageIsSentAgainFromTheList()
{
    MessagesView view(*m_cache);
    view.resize(1200, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy parents(&view, &MessagesView::parentSelected);
    QSignalSpy queued(&view, &MessagesView::messageQueued);
    // The sent one first: nothing to send again.
    const int sentRow = view.model()->rowOf(m_sent);
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {},
                      view.table()->visualRect(view.model()->index(sentRow, 1)).center());
    QVERIFY(!view.resendButton()->isEnabled());
    QCOMPARE(parents.count(), 1);
    QCOMPARE(parents.last().at(0).toString(), m_data.celikParentId);
    QTest::keyClick(view.table(), Qt::Key_Up); // the failed one is above it
    QVERIFY(view.resendButton()->isEnabled());
    QVERIFY(view.actionNote()->text().contains(QStringLiteral("550")));
    QTest::mouseClick(view.resendButton(), Qt::LeftButton);
    QCOMPARE(queued.count(), 1);
    QCOMPARE(RecordQuery(*m_cache).row(QStringLiteral("messages"), m_failed).value(QStringLiteral("status")).toString(),
             QStringLiteral("queued"));
    QCOMPARE(outboxUpdates(), 1);
    QVERIFY(!view.resendButton()->isEnabled());
    QVERIFY(!view.resendSelected()); // not twice
    QCOMPARE(outboxUpdates(), 1);
}

void TestMessagesView::parentDetailOffersSendAgainAndWriteMessage()
{
    DetailPanel panel(*m_cache);
    AccountInfo account;
    account.id = Uuid::v7();
    account.username = m_data.username;
    account.displayName = m_data.displayName;
    account.role = QStringLiteral("counter");
    account.regionIds = {QStringLiteral("antwerpen")};
    panel.setAccount(account);
    panel.showRecord(QStringLiteral("parents"), m_data.celikParentId);
    QVERIFY(panel.writeMessageAction()->isEnabled());
    QVERIFY(!panel.changeStateAction()->isEnabled()); // states belong to applications
    QVERIFY(panel.plainText().contains(QStringLiteral("Send again")));
    QVERIFY(panel.plainText().contains(QStringLiteral("Application received"))); // the template in words
    QSignalSpy changed(&panel, &DetailPanel::changed);
    emit panel.findChild<QTextBrowser*>()->anchorClicked(QUrl(QStringLiteral("resend:messages/") + m_failed));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(RecordQuery(*m_cache).row(QStringLiteral("messages"), m_failed).value(QStringLiteral("status")).toString(),
             QStringLiteral("queued"));
    QVERIFY(!panel.plainText().contains(QStringLiteral("Send again"))); // nothing failed any more
    // A referrer files applications but does not write to parents.
    account.role = QStringLiteral("referrer");
    panel.setAccount(account);
    QVERIFY(!panel.writeMessageAction()->isEnabled());
}

QTEST_MAIN(TestMessagesView)
#include "TestMessagesView.moc"
