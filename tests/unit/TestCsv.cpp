// CSV as RFC 4180 has it, in UTF-8 with a byte-order mark, written atomically.
#include "report/CsvWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void escapesWhatNeedsIt();
    void keepsFormulasInert();
    void writesBomAndCrlf();
    void unfinishedExportLeavesTheOldFile();
    void unwritablePlaceIsAClearError();
};

void TestCsv::escapesWhatNeedsIt()
{
    QCOMPARE(CsvWriter::escape(QStringLiteral("Antwerpen")), QStringLiteral("Antwerpen"));
    QCOMPARE(CsvWriter::escape(QString()), QString());
    QCOMPARE(CsvWriter::escape(QStringLiteral("Çelik, Ayşe")), QStringLiteral("\"Çelik, Ayşe\""));
    QCOMPARE(CsvWriter::escape(QStringLiteral("zegt \"ja\"")), QStringLiteral("\"zegt \"\"ja\"\"\""));
    QCOMPARE(CsvWriter::escape(QStringLiteral("regel 1\nregel 2")), QStringLiteral("\"regel 1\nregel 2\""));
    QCOMPARE(CsvWriter::escape(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
}

void TestCsv::keepsFormulasInert()
{
    QCOMPARE(CsvWriter::escape(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(CsvWriter::escape(QStringLiteral("+32 470 12 34 56")), QStringLiteral("'+32 470 12 34 56"));
    QCOMPARE(CsvWriter::escape(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(CsvWriter::escape(QStringLiteral("-5")), QStringLiteral("-5")); // a plain number stays a number
    QCOMPARE(CsvWriter::escape(QStringLiteral("ANT-2026-000001")), QStringLiteral("ANT-2026-000001"));
}

void TestCsv::writesBomAndCrlf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lijst.csv"));
    CsvWriter csv(path);
    QString error;
    QVERIFY2(csv.open(&error), qPrintable(error));
    csv.writeRow({QStringLiteral("Nummer"), QStringLiteral("Ouder")});
    csv.writeRow({QStringLiteral("ANT-2026-000001"), QStringLiteral("Çelik, Ayşe")});
    QVERIFY2(csv.commit(&error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFNummer,Ouder\r\nANT-2026-000001,\"") +
                                 QStringLiteral("Çelik, Ayşe").toUtf8() + QByteArray("\"\r\n"));
}

void TestCsv::unfinishedExportLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lijst.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("vorige export\r\n");
    old.close();
    {
        CsvWriter csv(path);
        QString error;
        QVERIFY2(csv.open(&error), qPrintable(error));
        csv.writeRow({QStringLiteral("half")});
        // No commit: the export stopped half-way (an error while reading the list).
    }
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("vorige export\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("lijst.csv")});
}

void TestCsv::unwritablePlaceIsAClearError()
{
    QTemporaryDir dir;
    CsvWriter csv(dir.filePath(QStringLiteral("bestaat-niet/lijst.csv")));
    QString error;
    QVERIFY(!csv.open(&error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
