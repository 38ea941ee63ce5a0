#include "TestFiles.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/SiteDefaults.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// The presets an IT department writes for every user of a computer (docs/INSTALL.md "Presetting the server"):
// read from the INI form Linux and macOS use, bad values left out with a reason, and a person's own profile
// settings winning over them.
class TestSiteDefaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void readsServerAndCaFile();
    void leavesOutWhatCannotBeUsed_data();
    void leavesOutWhatCannotBeUsed();
    void missingFileMeansNoPresets();
    void profileFallsBackToTheSiteCaFile();

private:
    QString write(const QString& name, const QByteArray& text);
    QTemporaryDir m_dir;
};

QString TestSiteDefaults::write(const QString& name, const QByteArray& text)
{
    return TestFiles::write(m_dir, name, text);
}

void TestSiteDefaults::readsServerAndCaFile()
{
    const SiteDefaults site = SiteDefaults::fromIniFile(
        write(QStringLiteral("good.conf"),
              "# preset by IT\nserver_url = https://opvang.example.be\nca_file=/etc/ssl/city-ca.pem\n"));
    QCOMPARE(site.server(), QUrl(QStringLiteral("https://opvang.example.be")));
    QCOMPARE(site.caFile(), QStringLiteral("/etc/ssl/city-ca.pem"));
    QVERIFY2(site.problems().isEmpty(), qPrintable(site.problems().join(QLatin1Char('\n'))));
}

void TestSiteDefaults::leavesOutWhatCannotBeUsed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("ftp") << QByteArray("server_url=ftp://opvang.example.be\n") << QStringLiteral("server_url");
    QTest::newRow("no host") << QByteArray("server_url=https://\n") << QStringLiteral("server_url");
    QTest::newRow("words") << QByteArray("server_url=ask the helpdesk\n") << QStringLiteral("server_url");
    QTest::newRow("relative ca") << QByteArray("ca_file=certs/ca.pem\n") << QStringLiteral("ca_file");
}

void TestSiteDefaults::leavesOutWhatCannotBeUsed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, problem);
    const QString path = write(QStringLiteral("bad.conf"), text);
    const SiteDefaults site = SiteDefaults::fromIniFile(path);
    QVERIFY(site.server().isEmpty());
    QVERIFY(site.caFile().isEmpty());
    QCOMPARE(site.problems().size(), 1);
    QVERIFY2(site.problems().first().contains(problem), qPrintable(site.problems().first()));
    QVERIFY2(site.problems().first().contains(path), qPrintable(site.problems().first()));
}

void TestSiteDefaults::missingFileMeansNoPresets()
{
    const SiteDefaults site = SiteDefaults::fromIniFile(m_dir.filePath(QStringLiteral("absent.conf")));
    QVERIFY(site.server().isEmpty());
    QVERIFY(site.caFile().isEmpty());
    QVERIFY(site.problems().isEmpty());
}

void TestSiteDefaults::profileFallsBackToTheSiteCaFile()
{
    ClientProfile profile(m_dir.filePath(QStringLiteral("profile")));
    profile.setSiteDefaults(
        SiteDefaults::fromIniFile(write(QStringLiteral("ca.conf"), "ca_file=/etc/opvangloket/city-ca.pem\n")));
    QCOMPARE(profile.caFile(), QStringLiteral("/etc/opvangloket/city-ca.pem"));
    profile.setCaFile(QStringLiteral("/home/loket/own-ca.pem")); // --ca-file: the person's own choice wins
    QCOMPARE(profile.caFile(), QStringLiteral("/home/loket/own-ca.pem"));
}

QTEST_GUILESS_MAIN(TestSiteDefaults)
#include "TestSiteDefaults.moc"
