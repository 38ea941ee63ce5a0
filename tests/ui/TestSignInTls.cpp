// The desktop client against a TLS server (docs/PROTOCOL.md "Transport"): --ca-file on the command line becomes
// the profile's setting, the sign-in dialog trusts it, and a refused certificate is explained inside the dialog in
// the window's language (Dutch and French here), with certificates openssl makes at test time.
#include "TestCertificates.h"
#include "TestServer.h"
#include "common/UiLanguage.h"
#include "signin/SignInDialog.h"
#include "startup/AppOptions.h"
#include "store/cache/ClientProfile.h"
#include "sync/ClientSession.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

class TestSignInTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void caFileOptionIsCheckedAndMadeAbsolute();
    void signsInWithTheProfilesCaFile();
    void refusalIsExplainedInDutch();
    void refusalIsExplainedInFrench();

private:
    // Signs in through the dialog to a TLS server with the given certificate; returns the dialog's error text.
    QString signIn(TestCertificates::Kind kind, const QString& caFile, bool* accepted);

    TestCertificates m_certs;
    QTemporaryDir m_dir;
};

void TestSignInTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_certs.make(), qPrintable(m_certs.errorString()));
    UiLanguage::set(QStringLiteral("en"));
}

void TestSignInTls::caFileOptionIsCheckedAndMadeAbsolute()
{
    AppOptions options;
    QString error;
    const QString relative = QDir::current().relativeFilePath(m_certs.caFile());
    QVERIFY2(
        AppOptions::parse({QStringLiteral("opvangloket"), QStringLiteral("--ca-file"), relative}, &options, &error),
        qPrintable(error));
    QCOMPARE(options.caFile, QFileInfo(m_certs.caFile()).absoluteFilePath());
    AppOptions missing;
    QVERIFY(!AppOptions::parse(
        {QStringLiteral("opvangloket"), QStringLiteral("--ca-file"), m_dir.filePath(QStringLiteral("none.pem"))},
        &missing, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be read")), qPrintable(error));
}

QString TestSignInTls::signIn(TestCertificates::Kind kind, const QString& caFile, bool* accepted)
{
    TestServer server;
    server.configure([this, kind](ServerOptions& options) {
        options.tlsCert = m_certs.path(kind, TestCertificates::Cert);
        options.tlsKey = m_certs.path(kind, TestCertificates::Key);
    });
    if (!server.start())
        return QStringLiteral("server did not start: ") + server.errorString();
    server.createAccount(QStringLiteral("loket.tls"), QStringLiteral("counter"), {QStringLiteral("antwerpen")});
    QTemporaryDir profileDir;
    ClientProfile profile(profileDir.path());
    profile.setCaFile(caFile);
    SignInDialog dialog(profile, QUrl(server.baseUrl()), QStringLiteral("loket.tls"));
    dialog.show();
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("secret"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    *accepted = dialog.result() == QDialog::Accepted;
    return dialog.errorText();
}

void TestSignInTls::signsInWithTheProfilesCaFile()
{
    bool accepted = false;
    const QString error = signIn(TestCertificates::Good, m_certs.caFile(), &accepted);
    QVERIFY2(accepted, qPrintable(error));
    // Without it only the system store counts: refused, and said so.
    const QString refused = signIn(TestCertificates::Good, QString(), &accepted);
    QVERIFY(!accepted);
    QVERIFY2(refused.contains(QStringLiteral("unknown issuer")), qPrintable(refused));
}

void TestSignInTls::refusalIsExplainedInDutch()
{
    UiLanguage::set(QStringLiteral("nl"));
    UiLanguage::installTranslators(*QCoreApplication::instance());
    bool accepted = true;
    const QString wrongHost = signIn(TestCertificates::WrongHost, m_certs.caFile(), &accepted);
    QVERIFY(!accepted);
    QVERIFY2(wrongHost.contains(QStringLiteral("De verbinding met de server is niet veilig")), qPrintable(wrongHost));
    QVERIFY2(wrongHost.contains(QStringLiteral("andere hostnaam dan \"127.0.0.1\"")), qPrintable(wrongHost));
    const QString unknown = signIn(TestCertificates::UnknownCa, m_certs.caFile(), &accepted);
    QVERIFY2(unknown.contains(QStringLiteral("onbekende uitgever")), qPrintable(unknown));
}

void TestSignInTls::refusalIsExplainedInFrench()
{
    UiLanguage::set(QStringLiteral("fr"));
    UiLanguage::installTranslators(*QCoreApplication::instance()); // searched before the Dutch one
    bool accepted = true;
    const QString expired = signIn(TestCertificates::Expired, m_certs.caFile(), &accepted);
    QVERIFY(!accepted);
    QVERIFY2(expired.contains(QStringLiteral("Le certificat du serveur a expiré")), qPrintable(expired));
}

QTEST_MAIN(TestSignInTls)
#include "TestSignInTls.moc"
