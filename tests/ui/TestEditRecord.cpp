#include "TestChanges.h"
#include "UiTestData.h"
#include "detail/DetailPanel.h"
#include "detail/EditRecordDialog.h"
#include "domain/Uuid.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"
#include "wizard/ChildForm.h"
#include "wizard/ParentForm.h"
#include "wizard/PreferencesPicker.h"
#include "wizard/WishesForm.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

// "Edit…" of the detail panel offscreen, driven as a counter worker would: the wizard's checks as one types,
// Save only once something changed and nothing is wrong, a correction written to the cache and the outbox with
// only the fields that changed, and the rules about today holding only for values that changed. Also a preferred
// location followed from the application's detail: its free places, as the counter looks for one.
class TestEditRecord : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aPhoneCorrectionReachesTheOutboxAlone();
    void aBadValueBlocksSaveWithItsReason();
    void nothingTouchedNothingToSave();
    void aParentDetailEditsTheParentOnly();
    void aClosedApplicationKeepsItsWishes();
    void aStartThatPassedBlocksOnlyWhenChanged();
    void aChildBornReplacesTheExpectedDate();
    void preferencesReorderAndSave();
    void aPreferredLocationShowsItsFreePlaces();

private:
    EditRecordDialog* openEdit(const QString& table, const QString& id);
    QPushButton* saveButton(EditRecordDialog* dialog) const;
    QString applicationIn(const QString& status) const;

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<LocalCache> m_cache;
    QScopedPointer<DetailPanel> m_panel;
    UiTestData m_data;
};

void TestEditRecord::init()
{
    m_dir.reset(new QTemporaryDir);
    m_cache.reset(new LocalCache);
    QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    QString error;
    QVERIFY2(m_data.fill(*m_cache, &error), qPrintable(error));
    AccountInfo me;
    me.id = Uuid::v7();
    me.username = m_data.username;
    me.displayName = m_data.displayName;
    me.role = QStringLiteral("counter");
    me.regionIds = {QStringLiteral("antwerpen")};
    m_panel.reset(new DetailPanel(*m_cache));
    m_panel->setAccount(me);
    m_panel->resize(460, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.data()));
}

void TestEditRecord::cleanup()
{
    m_panel.reset();
    m_cache.reset();
}

EditRecordDialog* TestEditRecord::openEdit(const QString& table, const QString& id)
{
    m_panel->showRecord(table, id);
    if (!m_panel->editAction()->isEnabled())
        return nullptr;
    QTest::keyClick(m_panel.data(), Qt::Key_F2);
    EditRecordDialog* dialog = nullptr;
    (void)QTest::qWaitFor([&]() {
        dialog = m_panel->findChild<EditRecordDialog*>();
        return dialog && dialog->isVisible();
    });
    return dialog;
}

QPushButton* TestEditRecord::saveButton(EditRecordDialog* dialog) const
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
}

QString TestEditRecord::applicationIn(const QString& status) const
{
    const QVector<QJsonObject> rows =
        RecordQuery(*m_cache).rowsWhere(QStringLiteral("applications"), QStringLiteral("status"), status);
    return rows.isEmpty() ? QString() : rows.first().value(QLatin1String("id")).toString();
}

void TestEditRecord::aPhoneCorrectionReachesTheOutboxAlone()
{
    EditRecordDialog* dialog = openEdit(QStringLiteral("applications"), m_data.celikApplicationId);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QTabWidget*>()->count(), 5);
    QVERIFY(!saveButton(dialog)->isEnabled()); // nothing changed yet
    auto* phone = dialog->parentForm()->findChild<QLineEdit*>(QStringLiteral("phone"));
    QCOMPARE(phone->text(), QStringLiteral("+32470123456"));
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("0499 88 77 66"));
    QVERIFY(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    const RecordQuery records(*m_cache);
    QCOMPARE(records.row(QStringLiteral("parents"), m_data.celikParentId).value(QLatin1String("phone")).toString(),
             QStringLiteral("+32499887766"));
    const QVector<QJsonObject> pending = records.pendingFor(QStringLiteral("parents"), m_data.celikParentId);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(records.pendingChanges(), 1); // the child and application tabs were not touched: nothing for them
    QVERIFY2(m_panel->plainText().contains(QStringLiteral("0499 88 77 66")), qPrintable(m_panel->plainText()));
}

void TestEditRecord::aBadValueBlocksSaveWithItsReason()
{
    EditRecordDialog* dialog = openEdit(QStringLiteral("applications"), m_data.celikApplicationId);
    QVERIFY(dialog);
    auto* email = dialog->parentForm()->findChild<QLineEdit*>(QStringLiteral("email"));
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("ayse.at.example.be"));
    QVERIFY(!saveButton(dialog)->isEnabled());
    auto* reason = dialog->findChild<QLabel*>(QStringLiteral("reason"));
    QVERIFY2(reason->text().contains(QStringLiteral("Parent")), qPrintable(reason->text()));
    QVERIFY2(reason->text().contains(QStringLiteral("red")), qPrintable(reason->text()));
    QTest::keyClicks(email, QStringLiteral("@x.be")); // "ayse.at.example.be@x.be" is an address again
    QVERIFY(saveButton(dialog)->isEnabled());
    QVERIFY(reason->text().isEmpty());
    const int before = RecordQuery(*m_cache).pendingChanges();
    email->clear();
    QTest::keyClicks(email, QStringLiteral("no address"));
    dialog->accept(); // even called directly, a form with a problem saves nothing
    QVERIFY(dialog->isVisible());
    QCOMPARE(RecordQuery(*m_cache).pendingChanges(), before);
}

void TestEditRecord::nothingTouchedNothingToSave()
{
    EditRecordDialog* dialog = openEdit(QStringLiteral("applications"), m_data.celikApplicationId);
    QVERIFY(dialog);
    for (int i = 0; i < dialog->findChild<QTabWidget*>()->count(); ++i) {
        dialog->findChild<QTabWidget*>()->setCurrentIndex(i);
        QVERIFY(!saveButton(dialog)->isEnabled());
    }
    dialog->reject(); // nothing typed: closes without asking
    QVERIFY(!dialog->isVisible());
    QCOMPARE(RecordQuery(*m_cache).pendingChanges(), 0);
}

void TestEditRecord::aParentDetailEditsTheParentOnly()
{
    EditRecordDialog* dialog = openEdit(QStringLiteral("parents"), m_data.celikParentId);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QTabWidget*>()->count(), 1);
    QVERIFY(!dialog->childForm());
    QVERIFY(!dialog->wishesForm());
}

void TestEditRecord::aClosedApplicationKeepsItsWishes()
{
    const QString placed = applicationIn(QStringLiteral("placed"));
    QVERIFY(!placed.isEmpty());
    EditRecordDialog* dialog = openEdit(QStringLiteral("applications"), placed);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QTabWidget*>()->count(), 2); // parent and child: contact data still change
    QVERIFY(!dialog->wishesForm());
    auto* note = dialog->findChild<QLabel*>(QStringLiteral("closedNote"));
    QVERIFY(note->isVisibleTo(dialog));
    QVERIFY(note->text().contains(QStringLiteral("closed")));
}

void TestEditRecord::aStartThatPassedBlocksOnlyWhenChanged()
{
    WishesForm form;
    const QString passed = QDate::currentDate().addMonths(-2).toString(Qt::ISODate);
    form.setOriginal({{QStringLiteral("desired_start"), passed},
                      {QStringLiteral("start_flexibility_weeks"), 4},
                      {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")}}}});
    QCOMPARE(form.problem(), QString()); // the family has waited since: no reason to stop a correction
    auto* start = form.findChild<QLineEdit*>(QStringLiteral("desiredStart"));
    start->setText(QDate::currentDate().addDays(-1).toString(QStringLiteral("d/M/yyyy")));
    QVERIFY(form.isTouched());
    QCOMPARE(form.problem(), QStringLiteral("This date has passed."));
    start->setText(QDate::currentDate().addMonths(1).toString(QStringLiteral("d/M/yyyy")));
    QCOMPARE(form.problem(), QString());
    QCOMPARE(form.values().value(QLatin1String("desired_start")).toString(),
             QDate::currentDate().addMonths(1).toString(Qt::ISODate));
}

void TestEditRecord::aChildBornReplacesTheExpectedDate()
{
    ChildForm form;
    const QString expected = QDate::currentDate().addDays(-10).toString(Qt::ISODate);
    form.setOriginal({{QStringLiteral("first_name"), QStringLiteral("baby")},
                      {QStringLiteral("last_name"), QStringLiteral("Peeters")},
                      {QStringLiteral("expected_birth_date"), expected}});
    QCOMPARE(form.problem(), QString()); // a passed expected date is a reminder, not a mistake
    auto* born = form.findChild<QLineEdit*>(QStringLiteral("birthDate"));
    born->setText(QDate::currentDate().addDays(-12).toString(QStringLiteral("d/M/yyyy")));
    QCOMPARE(form.problem(), QString());
    const QJsonObject values = form.values();
    QCOMPARE(values.value(QLatin1String("birth_date")).toString(),
             QDate::currentDate().addDays(-12).toString(Qt::ISODate));
    QVERIFY(values.value(QLatin1String("expected_birth_date")).isNull());
    born->setText(QDate::currentDate().addDays(3).toString(QStringLiteral("d/M/yyyy")));
    QVERIFY(form.problem().contains(QStringLiteral("future")));
}

void TestEditRecord::preferencesReorderAndSave()
{
    EditRecordDialog* dialog = openEdit(QStringLiteral("applications"), m_data.celikApplicationId);
    QVERIFY(dialog);
    dialog->showPart(EditRecordDialog::Part::Preferences);
    PreferencesPicker* picker = dialog->preferencesPicker();
    const QStringList before = picker->preferenceIds();
    QVERIFY(before.size() >= 2);
    auto* chosen = picker->findChild<QListWidget*>(QStringLiteral("chosenLocations"));
    chosen->setCurrentRow(1);
    QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("moveUp")), Qt::LeftButton);
    QCOMPARE(picker->preferenceIds().at(0), before.at(1));
    QVERIFY(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    const QJsonArray stored = RecordQuery(*m_cache)
                                  .row(QStringLiteral("applications"), m_data.celikApplicationId)
                                  .value(QLatin1String("preferences"))
                                  .toArray();
    QCOMPARE(stored.at(0).toString(), before.at(1));
    QCOMPARE(stored.at(1).toString(), before.at(0));
}

void TestEditRecord::aPreferredLocationShowsItsFreePlaces()
{
    // The application's first preferred location, followed from its link in the detail panel.
    const QString locationId = RecordQuery(*m_cache)
                                   .row(QStringLiteral("applications"), m_data.celikApplicationId)
                                   .value(QLatin1String("preferences"))
                                   .toArray()
                                   .at(0)
                                   .toString();
    m_panel->showRecord(QStringLiteral("applications"), m_data.celikApplicationId);
    QVERIFY(m_panel->html().contains(QStringLiteral("record:locations/") + locationId));
    m_panel->showRecord(QStringLiteral("locations"), locationId);
    QVERIFY(!m_panel->editAction()->isEnabled()); // a location is not corrected here
    const QString before = m_panel->plainText();
    QVERIFY2(before.contains(m_data.locationNames.at(0)), qPrintable(before));
    QVERIFY2(before.contains(QStringLiteral("No free place reported")), qPrintable(before));
    Protocol::PullPage page;
    page.epoch = QStringLiteral("test-epoch");
    page.cursor = QStringLiteral("place");
    const TestChanges rows(QStringLiteral("antwerpen"));
    const QJsonObject days{{QStringLiteral("mon"), QStringLiteral("full")}};
    auto place = [&](const QString& status, int count) {
        return rows.upsert(QStringLiteral("free_places"), Uuid::v7(),
                           {{QStringLiteral("location_id"), locationId},
                            {QStringLiteral("available_from"), QStringLiteral("2027-02-01")},
                            {QStringLiteral("days"), days},
                            {QStringLiteral("age_min_months"), 0},
                            {QStringLiteral("age_max_months"), 36},
                            {QStringLiteral("count"), count},
                            {QStringLiteral("status"), status}});
    };
    page.changes = {place(QStringLiteral("open"), 2), place(QStringLiteral("filled"), 1),
                    place(QStringLiteral("withdrawn"), 1)};
    QString error;
    QVERIFY2(PullApplier(*m_cache).apply(page, &error), qPrintable(error));
    m_panel->refresh();
    const QString after = m_panel->plainText();
    // One line for the open place (two seats), the filled and the withdrawn one counted together.
    QVERIFY2(after.contains(QStringLiteral("from 01-02-2027, 0–36 months, Mon full — Open")), qPrintable(after));
    QCOMPARE(after.count(QStringLiteral("from 01-02-2027")), 1);
    QVERIFY2(after.contains(QStringLiteral("2 place(s) filled or withdrawn earlier")), qPrintable(after));
    QVERIFY(!after.contains(QStringLiteral("No free place reported")));
}

QTEST_MAIN(TestEditRecord)
#include "TestEditRecord.moc"
