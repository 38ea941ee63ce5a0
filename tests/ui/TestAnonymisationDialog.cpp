#include "TestClient.h"
#include "TestServer.h"
#include "common/UiLanguage.h"
#include "privacy/AnonymisationDialog.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

const QString kLongAgo = QStringLiteral("2019-03-01T10:00:00.000Z");

} // namespace

// The administrator's anonymisation dialog against a real demo server: the region's retention shown and saved, a dry
// run's counts in words (equal to the server's own answer, nothing changed), "Anonymise…" only for the settings of
// that dry run and only after a confirmation that says it cannot be undone, then the rows anonymised on the server;
// a coordinator is refused in the window's language. With ANONYMISATION_SCREENSHOTS=DIR it saves the dialog after a
// dry run in Dutch and French there.
class TestAnonymisationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshotsInDutchAndFrench();
    void dryRunThenConfirmedRun();
    void aCoordinatorIsRefusedInDutch();

private:
    void backdate(const QString& table, const QString& id);
    void backdateClosedFamilies(int wanted);
    std::unique_ptr<AnonymisationDialog> open(TestClient& client);
    void useLanguage(const QString& code);
    bool dryRun(AnonymisationDialog& dialog);

    TestServer m_server{TestServer::Demo};
    std::unique_ptr<TestClient> m_admin;
    QStringList m_parents; // the demo families made old here
};

void TestAnonymisationDialog::backdate(const QString& table, const QString& id)
{
    ServerStorage& storage = m_server.storage();
    WriteTransaction tx(storage);
    QJsonObject row = storage.findRow(table, id)->row;
    row.insert(QStringLiteral("version"), row.value(QLatin1String("version")).toInteger() + 1);
    row.insert(QStringLiteral("updated_at"), kLongAgo);
    storage.updateRow(table, row, tx.seq());
    tx.commit();
}

void TestAnonymisationDialog::backdateClosedFamilies(int wanted)
{
    // The demo is anchored to today: a few of its closed families are made old, as if they closed in 2019.
    ServerStorage& storage = m_server.storage();
    for (const StoredRow& parent : storage.rowsOfRegion(QStringLiteral("parents"), QStringLiteral("antwerpen"))) {
        const QVector<StoredRow> applications =
            storage.rowsNaming(QStringLiteral("applications"), QStringLiteral("parent_id"), str(parent.row, "id"));
        bool closed = !applications.isEmpty();
        for (const StoredRow& a : applications)
            closed =
                closed &&
                QStringList{QStringLiteral("placed"), QStringLiteral("cancelled"), QStringLiteral("expired")}.contains(
                    str(a.row, "status"));
        if (!closed)
            continue;
        backdate(QStringLiteral("parents"), str(parent.row, "id"));
        for (const StoredRow& a : applications)
            backdate(QStringLiteral("applications"), str(a.row, "id"));
        m_parents.append(str(parent.row, "id"));
        if (m_parents.size() == wanted)
            return;
    }
}

void TestAnonymisationDialog::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    backdateClosedFamilies(2);
    QCOMPARE(m_parents.size(), 2);
    m_admin = TestClient::signIn(QUrl(m_server.baseUrl()), QStringLiteral("admin"));
    QVERIFY(m_admin->session);
    useLanguage(QStringLiteral("en"));
}

void TestAnonymisationDialog::useLanguage(const QString& code)
{
    // The translators of the language before go: English has only its plural forms and would fall through to them.
    for (QTranslator* old : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    UiLanguage::set(code);
    UiLanguage::installTranslators(*QCoreApplication::instance());
}

std::unique_ptr<AnonymisationDialog> TestAnonymisationDialog::open(TestClient& client)
{
    auto dialog = std::make_unique<AnonymisationDialog>(client.session->api(), client.session->account(), true);
    dialog->show();
    dialog->regionBox()->setCurrentIndex(dialog->regionBox()->findData(QStringLiteral("antwerpen")));
    return dialog;
}

bool TestAnonymisationDialog::dryRun(AnonymisationDialog& dialog)
{
    if (!QTest::qWaitFor([&dialog]() { return dialog.dryRunButton()->isEnabled() && dialog.saveButton()->isEnabled(); },
                         20000))
        return false;
    dialog.dryRunButton()->click();
    return QTest::qWaitFor([&dialog]() { return !dialog.countsLabel()->text().isEmpty(); }, 30000);
}

void TestAnonymisationDialog::screenshotsInDutchAndFrench()
{
    const QString folder = qEnvironmentVariable("ANONYMISATION_SCREENSHOTS");
    for (const QString& code : {QStringLiteral("nl"), QStringLiteral("fr")}) {
        useLanguage(code);
        auto dialog = open(*m_admin);
        QVERIFY(dryRun(*dialog));
        QVERIFY(dialog->runButton()->isEnabled());
        QVERIFY2(!dialog->countsLabel()->text().contains(QLatin1String("families (parents)")),
                 qPrintable(dialog->countsLabel()->text())); // not the English text
        if (!folder.isEmpty())
            QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("anonymisation-%1.png").arg(code))));
    }
    useLanguage(QStringLiteral("en"));
}

void TestAnonymisationDialog::dryRunThenConfirmedRun()
{
    auto dialog = open(*m_admin);
    QVERIFY(dryRun(*dialog));
    // The same question asked of the server directly: the dialog shows its counts, in words.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString admin = m_server.login(QStringLiteral("admin"), QStringLiteral("demo")).accessToken;
    const HttpReply direct =
        m_server.http().post(QStringLiteral("/api/v1/anonymisation/runs"),
                             {{QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                              {QStringLiteral("closed_before"), today.addYears(-5).toString(Qt::ISODate)},
                              {QStringLiteral("messages_before"), today.addYears(-2).toString(Qt::ISODate)},
                              {QStringLiteral("dry_run"), true}},
                             admin);
    QCOMPARE(direct.status, 200);
    const QJsonObject counts = direct.json.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("parents")).toInt(), 2);
    for (const QString& line : AnonymisationDialog::countLines(counts))
        QVERIFY2(dialog->countsLabel()->text().contains(line), qPrintable(dialog->countsLabel()->text()));
    QVERIFY(dialog->countsLabel()->text().contains(QLatin1String("2 families (parents)")));
    QCOMPARE(str(m_server.storedRow(QStringLiteral("parents"), m_parents.first()), "updated_at"), kLongAgo);

    // Other settings than the dry run's: no run until a dry run of those.
    QVERIFY(dialog->runButton()->isEnabled());
    dialog->familyYearsBox()->setValue(dialog->familyYearsBox()->value() + 1);
    QVERIFY(!dialog->runButton()->isEnabled());
    dialog->familyYearsBox()->setValue(dialog->familyYearsBox()->value() - 1);
    QVERIFY(dialog->runButton()->isEnabled());

    // Cancelled first: nothing happens; then confirmed.
    QString asked;
    for (const bool accept : {false, true}) {
        QTimer::singleShot(200, this, [&asked, accept]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            for (QAbstractButton* b : box->buttons()) {
                if ((box->buttonRole(b) == QMessageBox::DestructiveRole) == accept)
                    b->click();
            }
        });
        dialog->runButton()->click();
        if (!accept)
            QCOMPARE(str(m_server.storedRow(QStringLiteral("parents"), m_parents.first()), "updated_at"), kLongAgo);
    }
    QVERIFY2(asked.contains(QLatin1String("cannot be undone")), qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("2 families (parents)")), qPrintable(asked));
    QVERIFY(QTest::qWaitFor(
        [&dialog]() { return dialog->countsLabel()->text().startsWith(QLatin1String("Anonymised")); }, 30000));
    for (const QString& id : qAsConst(m_parents)) {
        const QJsonObject parent = m_server.storedRow(QStringLiteral("parents"), id);
        QCOMPARE(str(parent, "last_name"), QStringLiteral("***"));
        QVERIFY(parent.value(QLatin1String("email")).isNull());
    }
    QVERIFY(!dialog->runButton()->isEnabled()); // a new dry run before another run

    // Saving the region's retention.
    dialog->familyYearsBox()->setValue(6);
    QVERIFY(dialog->saveButton()->isEnabled());
    dialog->saveButton()->click();
    QVERIFY2(QTest::qWaitFor([&dialog]() { return dialog->messageLabel()->text().startsWith(QLatin1String("Saved")); },
                             20000),
             qPrintable(dialog->messageLabel()->text()));
    const HttpReply list = m_server.http().get(QStringLiteral("/api/v1/anonymisation/retention"), admin);
    bool saved = false;
    for (const QJsonValue& v : list.json.value(QLatin1String("regions")).toArray())
        saved = saved || (str(v.toObject(), "region_id") == QLatin1String("antwerpen") &&
                          v.toObject().value(QLatin1String("family_years")).toInt() == 6);
    QVERIFY(saved);
}

void TestAnonymisationDialog::aCoordinatorIsRefusedInDutch()
{
    auto coordinator = TestClient::signIn(QUrl(m_server.baseUrl()), QStringLiteral("regie.antwerpen"));
    QVERIFY(coordinator->session);
    useLanguage(QStringLiteral("nl"));
    auto dialog = open(*coordinator);
    QVERIFY(QTest::qWaitFor([&dialog]() { return !dialog->messageLabel()->text().isEmpty(); }, 20000));
    QCOMPARE(dialog->messageLabel()->text(),
             QStringLiteral("Alleen een beheerder kan persoonsgegevens anonimiseren of instellen hoe lang ze bewaard "
                            "blijven."));
    QVERIFY(!dialog->runButton()->isEnabled());
    useLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestAnonymisationDialog)
#include "TestAnonymisationDialog.moc"
