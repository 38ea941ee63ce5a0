#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QtTest>

// Every input kept under tests/fuzz (the corpus scripts/fuzz grows, and the regressions: inputs that once
// crashed a target) runs through its target in the normal build, so scripts/test keeps checking them.
class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasACorpus();
    void replay_data();
    void replay();

private:
    struct Target {
        const char* name;
        FuzzTargets::Function function;
    };
    static QList<Target> targets();
    static QString folder(const char* kind, const char* target);
};

QList<TestFuzzReplay::Target> TestFuzzReplay::targets()
{
    return {{"push_request", &FuzzTargets::pushRequest},
            {"pull_cursor", &FuzzTargets::pullCursor},
            {"request_head", &FuzzTargets::requestHead},
            {"compact_page", &FuzzTargets::compactPage}};
}

QString TestFuzzReplay::folder(const char* kind, const char* target)
{
    return qEnvironmentVariable("OPVANGLOKET_TEST_SOURCE_DIR") +
           QStringLiteral("/tests/fuzz/%1/%2").arg(QLatin1String(kind), QLatin1String(target));
}

void TestFuzzReplay::everyTargetHasACorpus()
{
    for (const Target& t : targets())
        QVERIFY2(!QDir(folder("corpus", t.name)).isEmpty(QDir::Files), t.name);
}

void TestFuzzReplay::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    const QList<Target> all = targets();
    for (int i = 0; i < all.size(); ++i) {
        for (const char* kind : {"corpus", "regressions"}) {
            const QDir dir(folder(kind, all.at(i).name));
            for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
                const QString tag =
                    QStringLiteral("%1/%2/%3").arg(QLatin1String(kind), QLatin1String(all.at(i).name), file);
                QTest::newRow(qPrintable(tag)) << i << dir.filePath(file);
            }
        }
    }
}

void TestFuzzReplay::replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray input = file.readAll();
    // A broken invariant aborts the program: this test then fails with the input's name as the last row.
    QCOMPARE(targets().at(target).function(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size())),
             0);
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "TestFuzzReplay.moc"
