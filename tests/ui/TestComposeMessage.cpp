#include "UiTestData.h"
#include "domain/ApplicationStatus.h"
#include "messages/ComposeMessageDialog.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// A worker writes to a parent from a template in the parent's language, edits it and queues it.
class TestComposeMessage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startsFromTheStateInTheParentsLanguage();
    void editedMessageIsQueuedThroughTheOutbox();
    void templateThatCannotBeFilledSaysWhy();
    void ownMessageKeepsWhatWasTyped();

private:
    QPushButton* sendButton(ComposeMessageDialog& dialog) const;
    int queuedMessages() const;

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<LocalCache> m_cache;
    UiTestData m_data;
};

void TestComposeMessage::init()
{
    m_dir.reset(new QTemporaryDir);
    m_cache.reset(new LocalCache);
    QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    QString error;
    QVERIFY2(m_data.fill(*m_cache, &error), qPrintable(error));
}

QPushButton* TestComposeMessage::sendButton(ComposeMessageDialog& dialog) const
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

int TestComposeMessage::queuedMessages() const
{
    QSqlQuery q(m_cache->database());
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'messages' AND op = 'insert'")) &&
                   q.next()
               ? q.value(0).toInt()
               : -1;
}

void TestComposeMessage::startsFromTheStateInTheParentsLanguage()
{
    ComposeMessageDialog dialog(*m_cache, m_data.celikParentId, m_data.celikApplicationId);
    QCOMPARE(dialog.templateChoice()->currentData().toString(), QStringLiteral("state_changed"));
    QCOMPARE(dialog.languageChoice()->currentData().toString(), QStringLiteral("fr")); // the parent writes French
    QVERIFY(dialog.subjectField()->text().contains(QStringLiteral("ANT-2026-000001")));
    const QString explanation = ApplicationStatus::explanation(ApplicationStatus::Submitted, QStringLiteral("fr"));
    QVERIFY(!explanation.isEmpty());
    QVERIFY2(dialog.bodyField()->toPlainText().contains(explanation), qPrintable(dialog.bodyField()->toPlainText()));
    QVERIFY(sendButton(dialog)->isEnabled());
}

void TestComposeMessage::editedMessageIsQueuedThroughTheOutbox()
{
    ComposeMessageDialog dialog(*m_cache, m_data.celikParentId, m_data.celikApplicationId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Switch to English with the keyboard, then type over the subject.
    dialog.languageChoice()->setFocus();
    const int english = dialog.languageChoice()->findData(QStringLiteral("en"));
    while (dialog.languageChoice()->currentIndex() != english)
        QTest::keyClick(dialog.languageChoice(),
                        dialog.languageChoice()->currentIndex() < english ? Qt::Key_Down : Qt::Key_Up);
    QVERIFY(dialog.bodyField()->toPlainText().startsWith(QStringLiteral("Dear ")));
    dialog.subjectField()->selectAll();
    QTest::keyClicks(dialog.subjectField(), QStringLiteral("Your application: what happens next"));
    dialog.bodyField()->selectAll();
    QTest::keyClick(dialog.bodyField(), Qt::Key_Delete);
    QVERIFY(!sendButton(dialog)->isEnabled()); // no empty mail
    QTest::keyClicks(dialog.bodyField(), QStringLiteral("Dear Ayse, we will call you on Monday."));
    QVERIFY(sendButton(dialog)->isEnabled());
    QTest::mouseClick(sendButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.messageId().isEmpty());
    const QJsonObject row = RecordQuery(*m_cache).row(QStringLiteral("messages"), dialog.messageId());
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(row.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(row.value(QStringLiteral("template")).toString(), QStringLiteral("state_changed"));
    QCOMPARE(row.value(QStringLiteral("subject")).toString(), QStringLiteral("Your application: what happens next"));
    QCOMPARE(row.value(QStringLiteral("body")).toString(), QStringLiteral("Dear Ayse, we will call you on Monday."));
    QCOMPARE(row.value(QStringLiteral("application_id")).toString(), m_data.celikApplicationId);
    QCOMPARE(queuedMessages(), 1);
}

void TestComposeMessage::templateThatCannotBeFilledSaysWhy()
{
    // The application has no offer, so "offer made" has no location and no answer date to name.
    ComposeMessageDialog dialog(*m_cache, m_data.celikParentId, m_data.celikApplicationId);
    dialog.templateChoice()->setCurrentIndex(dialog.templateChoice()->findData(QStringLiteral("offer_made")));
    QVERIFY(!dialog.problemLabel()->isHidden());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("location")));
    QVERIFY(!sendButton(dialog)->isEnabled());
    QCOMPARE(queuedMessages(), 0);
}

void TestComposeMessage::ownMessageKeepsWhatWasTyped()
{
    ComposeMessageDialog dialog(*m_cache, m_data.celikParentId, QString());
    QCOMPARE(dialog.templateChoice()->currentData().toString(), QString());
    QVERIFY(!sendButton(dialog)->isEnabled());
    QTest::keyClicks(dialog.subjectField(), QStringLiteral("Afspraak"));
    QTest::keyClicks(dialog.bodyField(), QStringLiteral("Tot dinsdag."));
    dialog.languageChoice()->setCurrentIndex(dialog.languageChoice()->findData(QStringLiteral("nl")));
    QCOMPARE(dialog.subjectField()->text(), QStringLiteral("Afspraak")); // a language switch does not wipe it
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QJsonObject row = RecordQuery(*m_cache).row(QStringLiteral("messages"), dialog.messageId());
    QVERIFY(row.value(QStringLiteral("template")).isNull());
    QVERIFY(row.value(QStringLiteral("application_id")).isNull());
    QCOMPARE(queuedMessages(), 1);
}

QTEST_MAIN(TestComposeMessage)
#include "TestComposeMessage.moc"
