#include "TestServer.h"
#include "report/PeriodFigures.h"
#include "report/SmallCountSuppression.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// `opvangloket-cli report` as an operator runs it (docs/ARCHITECTURE.md "The period report"): the real program
// against a demo server, signing in with --password-stdin, syncing, and writing the agency's CSV; the figures are
// those PeriodFigures counts on the cache the program synced, small counts hidden. Bad options exit 1 with one clear
// sentence and write nothing.
class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesTheReportOfTheSyncedCache();
    void writesThePdfInTheAskedLanguage();
    void badOptionsSayWhatIsWrongAndWriteNothing_data();
    void badOptionsSayWhatIsWrongAndWriteNothing();

private:
    struct Run {
        int exit = -1;
        QString out, err;
    };
    // Runs the CLI while the in-process server keeps serving (an event loop, not a blocking wait).
    Run cli(const QStringList& args);

    TestServer m_server{TestServer::Demo};
    QTemporaryDir m_home;
};

void TestCliReport::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

TestCliReport::Run TestCliReport::cli(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    process.setProcessEnvironment(env);
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(OPVANGLOKET_CLI_BINARY),
                  QStringList{QStringLiteral("report"), QStringLiteral("--server"), m_server.baseUrl(),
                              QStringLiteral("--profile"), m_home.filePath(QStringLiteral("profile")),
                              QStringLiteral("--user"), QStringLiteral("regie.antwerpen"),
                              QStringLiteral("--password-stdin")} +
                      args);
    process.write("demo\n");
    process.closeWriteChannel();
    loop.exec();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCliReport::writesTheReportOfTheSyncedCache()
{
    const QString out = m_home.filePath(QStringLiteral("report.csv"));
    const QDate today = QDate::currentDate();
    const QDate from = today.addYears(-1);
    const Run run =
        cli({QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"), today.toString(Qt::ISODate),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("antwerpen")), qPrintable(run.out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.takeFirst(), QStringLiteral("region,municipality,measure,value"));

    // The same figures counted on the cache the program synced (the coordinator's region only).
    ClientProfile profile(m_home.filePath(QStringLiteral("profile")));
    LocalCache cache;
    QCOMPARE(cache.open(profile.cachePath(QUrl(m_server.baseUrl()), QStringLiteral("regie.antwerpen"))),
             LocalCache::OpenStatus::Ok);
    QVector<ReportCell> cells;
    QString error;
    QVERIFY2(PeriodFigures(cache).compute({QStringLiteral("antwerpen"), from, today}, &cells, &error),
             qPrintable(error));
    const auto shown = SmallCountSuppression::apply(cells, PeriodFigures::partitions());
    QCOMPARE(lines.size(), shown.size());
    for (int i = 0; i < shown.size(); ++i) {
        const QString expected = QStringLiteral("antwerpen,%1,%2,%3")
                                     .arg(shown.at(i).cell.municipality, shown.at(i).cell.measure, shown.at(i).text);
        QCOMPARE(lines.at(i), expected);
    }
    // The demo is seeded today: a year of Antwerp's requests is a real number, and the total line says so.
    QVERIFY(lines.first().startsWith(QStringLiteral("antwerpen,*,children_with_request,")));
    QVERIFY(lines.first().section(QLatin1Char(','), 3).toInt() > 100);
}

void TestCliReport::writesThePdfInTheAskedLanguage()
{
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("fr")}) {
        const QString out = m_home.filePath(QStringLiteral("report-%1.pdf").arg(language));
        const Run run = cli({QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                             QStringLiteral("2026-12-31"), QStringLiteral("--format"), QStringLiteral("pdf"),
                             QStringLiteral("--lang"), language, QStringLiteral("--out"), out});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0, "pdftotext (poppler-utils) must be installed");
        const QString read = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(read.contains(language == QLatin1String("nl") ? QStringLiteral("Periodiek rapport kinderopvang")
                                                               : QStringLiteral("Rapport périodique")),
                 qPrintable(read.left(300)));
        QVERIFY(read.contains(language == QLatin1String("nl") ? QStringLiteral("Hele regio")
                                                              : QStringLiteral("Toute la région")));
    }
    const Run wrong =
        cli({QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
             QStringLiteral("2026-12-31"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"),
             QStringLiteral("de"), QStringLiteral("--out"), m_home.filePath(QStringLiteral("de.pdf"))});
    QCOMPARE(wrong.exit, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("--lang takes nl, fr or en")), qPrintable(wrong.err));
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("de.pdf"))));
}

void TestCliReport::badOptionsSayWhatIsWrongAndWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString out = QStringLiteral("--out");
    QTest::newRow("no dates") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), out}
                              << QStringLiteral("--from and --to");
    QTest::newRow("from after to") << QStringList{QStringLiteral("--from"),
                                                  QStringLiteral("2026-06-01"),
                                                  QStringLiteral("--to"),
                                                  QStringLiteral("2026-01-01"),
                                                  QStringLiteral("--format"),
                                                  QStringLiteral("csv"),
                                                  out}
                                   << QStringLiteral("comes after");
    QTest::newRow("not a date") << QStringList{QStringLiteral("--from"),
                                               QStringLiteral("2026-13-01"),
                                               QStringLiteral("--to"),
                                               QStringLiteral("2026-12-01"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("csv"),
                                               out}
                                << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("unknown region")
        << QStringList{QStringLiteral("--from"),     QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                       QStringLiteral("2026-12-01"), QStringLiteral("--region"),   QStringLiteral("gent"),
                       QStringLiteral("--format"),   QStringLiteral("csv"),        out}
        << QStringLiteral("Unknown region");
    QTest::newRow("another region")
        << QStringList{QStringLiteral("--from"),     QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                       QStringLiteral("2026-12-01"), QStringLiteral("--region"),   QStringLiteral("mechelen"),
                       QStringLiteral("--format"),   QStringLiteral("csv"),        out}
        << QStringLiteral("not one of this account's regions");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--from"),
                                                   QStringLiteral("2026-01-01"),
                                                   QStringLiteral("--to"),
                                                   QStringLiteral("2026-12-01"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("xlsx"),
                                                   out}
                                    << QStringLiteral("--format csv");
}

void TestCliReport::badOptionsSayWhatIsWrongAndWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const QString path = m_home.filePath(QStringLiteral("refused.csv"));
    args.append(path); // the value of the trailing --out
    const Run run = cli(args);
    QCOMPARE(run.exit, 1);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"
