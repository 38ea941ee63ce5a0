#include "UiTestData.h"
#include "common/UiLanguage.h"
#include "signin/SignInDialog.h"
#include "store/cache/ClientProfile.h"
#include "sync/ClientSession.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

// The sign-in dialog checks as the person types and explains failures inside the dialog.
class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validatesAsYouType();
    void unreachableServerIsExplainedAndOffersOfflineCopy();
    void unreachableServerWithoutCopyOffersNothing();

private:
    QTemporaryDir m_dir;
    const QUrl m_server{QStringLiteral("http://127.0.0.1:9")}; // nothing listens there
    UiTestData m_data;
};

void TestSignInDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    UiLanguage::set(QStringLiteral("en"));
    QString error;
    QVERIFY2(m_data.writeProfileCache(m_dir.path(), m_server, &error), qPrintable(error));
}

void TestSignInDialog::validatesAsYouType()
{
    ClientProfile profile(m_dir.path());
    SignInDialog dialog(profile, m_server, QString());
    dialog.show();
    QVERIFY(!dialog.signInButton()->isEnabled());
    QVERIFY(dialog.hintText().contains(QStringLiteral("user name")));
    QTest::keyClicks(dialog.userField(), QStringLiteral("loket.antwerpen"));
    QVERIFY(dialog.signInButton()->isEnabled());
    QVERIFY(dialog.hintText().isEmpty());
    dialog.serverField()->clear();
    QTest::keyClicks(dialog.serverField(), QStringLiteral("opvang loket"));
    QVERIFY(!dialog.signInButton()->isEnabled());
    QVERIFY(dialog.hintText().contains(QStringLiteral("https://")));
    dialog.serverField()->setText(QStringLiteral("https://opvangloket.example.be"));
    QVERIFY(dialog.signInButton()->isEnabled());
}

void TestSignInDialog::unreachableServerIsExplainedAndOffersOfflineCopy()
{
    ClientProfile profile(m_dir.path());
    SignInDialog dialog(profile, m_server, m_data.username);
    dialog.show();
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("secret"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("cannot be reached")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible()); // still there to try again
    QPushButton* offline = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Work offline"))
            offline = b;
    }
    QVERIFY(offline);
    QVERIFY(offline->isVisible());
    QTest::mouseClick(offline, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<ClientSession> session = dialog.takeSession();
    QVERIFY(session);
    QVERIFY(session->isOpen());
    QVERIFY(!session->isOnline());
    QCOMPARE(session->account().displayName, m_data.displayName);
}

void TestSignInDialog::unreachableServerWithoutCopyOffersNothing()
{
    ClientProfile profile(m_dir.path());
    SignInDialog dialog(profile, m_server, QStringLiteral("someone.else"));
    dialog.show();
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QVERIFY(!dialog.errorText().isEmpty());
    for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Work offline"))
            QVERIFY(!b->isVisible());
    }
}

QTEST_MAIN(TestSignInDialog)
#include "TestSignInDialog.moc"
