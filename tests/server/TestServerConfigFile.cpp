#include "ServerConfigFile.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// opvangloket-server --config FILE, the form the DEB's systemd unit reads /etc/opvangloket/server.conf in: each
// key becomes its option, the command line wins, and a line that cannot be used stops the server with the
// file and line named (exit code 2) instead of being skipped.
class TestServerConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void linesBecomeOptions();
    void refusesWhatItCannotUse_data();
    void refusesWhatItCannotUse();
    void unreadableFileIsAnError();
    void serverReadsTheFile();
    void commandLineWins();
    void badFileStopsTheServer();

private:
    QString write(const QString& name, const QByteArray& text);
    // Runs the real opvangloket-server; returns its exit code, its output in *output.
    static int runServer(const QStringList& arguments, QString* output);
    QTemporaryDir m_dir;
};

QString TestServerConfigFile::write(const QString& name, const QByteArray& text)
{
    return TestFiles::write(m_dir, name, text);
}

int TestServerConfigFile::runServer(const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(OPVANGLOKET_SERVER_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("opvangloket-server %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestServerConfigFile::linesBecomeOptions()
{
    const QString path = write(QStringLiteral("good.conf"), "# Opvangloket server\n\n"
                                                            "listen = 127.0.0.1:8787\n"
                                                            "data=/var/lib/opvangloket-server\n"
                                                            "database =\n"
                                                            "mail-from = \"loket@example.be\"\n"
                                                            "; a comment\n"
                                                            "insecure-http = yes\n");
    QStringList arguments;
    QString error;
    QVERIFY2(ServerConfigFile::read(path, &arguments, &error), qPrintable(error));
    const QStringList expected{QStringLiteral("--listen"),       QStringLiteral("127.0.0.1:8787"),
                               QStringLiteral("--data"),         QStringLiteral("/var/lib/opvangloket-server"),
                               QStringLiteral("--mail-from"),    QStringLiteral("loket@example.be"),
                               QStringLiteral("--insecure-http")};
    QCOMPARE(arguments, expected);
}

void TestServerConfigFile::refusesWhatItCannotUse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("typo") << QByteArray("listen = 127.0.0.1:1\nlisten-on = 0.0.0.0:1\n")
                          << QStringLiteral("line 2: unknown key \"listen-on\"");
    QTest::newRow("no equals") << QByteArray("data /srv/opvang\n") << QStringLiteral("line 1: \"data /srv/opvang\"");
    QTest::newRow("switch") << QByteArray("\ninsecure-http = maybe\n")
                            << QStringLiteral("line 2: insecure-http takes yes or no");
    QTest::newRow("no nesting") << QByteArray("config = /etc/other.conf\n")
                                << QStringLiteral("line 1: unknown key \"config\"");
}

void TestServerConfigFile::refusesWhatItCannotUse()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, problem);
    const QString path = write(QStringLiteral("bad.conf"), text);
    QStringList arguments{QStringLiteral("untouched")};
    QString error;
    QVERIFY(!ServerConfigFile::read(path, &arguments, &error));
    QVERIFY2(error.startsWith(path + QLatin1Char(' ')), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QCOMPARE(arguments, QStringList{QStringLiteral("untouched")});
}

void TestServerConfigFile::unreadableFileIsAnError()
{
    QStringList arguments;
    QString error;
    QVERIFY(!ServerConfigFile::read(m_dir.filePath(QStringLiteral("absent.conf")), &arguments, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be read")), qPrintable(error));
}

void TestServerConfigFile::serverReadsTheFile()
{
    const QString data = m_dir.filePath(QStringLiteral("from-file"));
    const QString config = write(QStringLiteral("server.conf"), "data = " + data.toUtf8() + "\n");
    QString output;
    QCOMPARE(runServer({QStringLiteral("migrate"), QStringLiteral("--config"), config}, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("schema version")), qPrintable(output));
    QVERIFY(QFile::exists(QDir(data).filePath(QStringLiteral("opvangloket.sqlite"))));
}

void TestServerConfigFile::commandLineWins()
{
    const QString fromFile = m_dir.filePath(QStringLiteral("ignored"));
    const QString given = m_dir.filePath(QStringLiteral("given"));
    const QString config = write(QStringLiteral("server2.conf"), "data = " + fromFile.toUtf8() + "\n");
    QString output;
    QCOMPARE(runServer({QStringLiteral("migrate"), QStringLiteral("--config"), config, QStringLiteral("--data"), given},
                       &output),
             0);
    QVERIFY(QFile::exists(QDir(given).filePath(QStringLiteral("opvangloket.sqlite"))));
    QVERIFY(!QFile::exists(fromFile));
}

void TestServerConfigFile::badFileStopsTheServer()
{
    const QString config = write(QStringLiteral("typo.conf"), "listen = 127.0.0.1:0\ndatabse = sqlite:/tmp/x\n");
    QString output;
    QCOMPARE(runServer({QStringLiteral("--config"), config}, &output), 2);
    QVERIFY2(output.contains(config + QStringLiteral(" line 2: unknown key \"databse\"")), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("listening")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestServerConfigFile)
#include "TestServerConfigFile.moc"
