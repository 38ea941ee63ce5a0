#include "TestChanges.h"
#include "UiTestData.h"
#include "domain/PlaceFit.h"
#include "domain/Uuid.h"
#include "emergency/EmergencyModel.h"
#include "emergency/EmergencyView.h"
#include "lists/FilterBar.h"
#include "offers/OfferDialog.h"
#include "places/FreePlaceDialog.h"
#include "places/FreePlacesModel.h"
#include "places/FreePlacesView.h"
#include "store/cache/LocalCache.h"
#include "store/records/EmergencyActions.h"
#include "store/records/RecordQuery.h"
#include "store/search/OfferCandidates.h"
#include "store/write/PullApplier.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QDate kToday(2026, 12, 7);
const TestChanges kRows(QStringLiteral("antwerpen"), QStringLiteral("2026-12-01T09:00:00Z"));

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

} // namespace

// The emergency list and the free places pages, the one-step actions on them, and offering a place by hand.
class TestEmergencyAndPlaces : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emergencyListIsWorkedInUrgencyThenFollowUpOrder();
    void emergencyFiltersByFollowUpDayAndOffer();
    void followUpIsLoggedAndEntryResolvedFromTheList();
    void applicationGoesOnTheListOnce();
    void freePlacesFilterAndTotalPerMunicipality();
    void placeDialogChecksAsThePersonTypes();
    void placeIsOfferedToAFittingFamily();

private:
    void apply(const QVector<Protocol::Change>& changes);
    QString applicationAt(int index) const;
    int outboxCount(const QString& table) const;

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<LocalCache> m_cache;
    UiTestData m_data;
    QVector<QJsonObject> m_applications; // by number
    QStringList m_locations;             // Speelboom (Antwerpen), Kriebeltje (Berchem), …
    QString m_urgentLater, m_overdue, m_tomorrow, m_resolved;
};

void TestEmergencyAndPlaces::apply(const QVector<Protocol::Change>& changes)
{
    Protocol::PullPage page;
    page.epoch = QStringLiteral("test-epoch");
    page.cursor = Uuid::v7();
    page.changes = changes;
    QString error;
    QVERIFY2(PullApplier(*m_cache).apply(page, &error), qPrintable(error));
}

QString TestEmergencyAndPlaces::applicationAt(int index) const
{
    return str(m_applications.at(index), "id");
}

int TestEmergencyAndPlaces::outboxCount(const QString& table) const
{
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestEmergencyAndPlaces::init()
{
    m_dir.reset(new QTemporaryDir);
    m_cache.reset(new LocalCache);
    QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    QString error;
    QVERIFY2(m_data.fill(*m_cache, &error), qPrintable(error));
    const RecordQuery records(*m_cache);
    m_applications = records.allRows(QStringLiteral("applications"));
    std::sort(m_applications.begin(), m_applications.end(),
              [](const QJsonObject& a, const QJsonObject& b) { return str(a, "number") < str(b, "number"); });
    m_locations.clear();
    for (const QJsonValue& id : m_applications.first().value(QLatin1String("preferences")).toArray())
        m_locations.append(id.toString());
    // Families 1 (submitted), 2 (in review), 8 (submitted) and 9 (in review) on the list; 10 taken off already.
    const auto entry = [&](const QString& id, int app, int urgency, const QDate& followUp, const char* status) {
        const QJsonObject a = m_applications.at(app);
        return kRows.upsert(QStringLiteral("emergency_entries"), id,
                            {{QStringLiteral("application_id"), str(a, "id")},
                             {QStringLiteral("parent_id"), str(a, "parent_id")},
                             {QStringLiteral("urgency"), urgency},
                             {QStringLiteral("reason"), QStringLiteral("work_start")},
                             {QStringLiteral("follow_up_on"), followUp.toString(Qt::ISODate)},
                             {QStringLiteral("status"), QString::fromLatin1(status)}});
    };
    m_urgentLater = Uuid::v7();
    m_overdue = Uuid::v7();
    m_tomorrow = Uuid::v7();
    m_resolved = Uuid::v7();
    apply({entry(m_tomorrow, 1, 2, kToday.addDays(1), "open"), entry(m_urgentLater, 2, 1, kToday.addDays(3), "open"),
           entry(m_overdue, 8, 2, kToday.addDays(-2), "open"), entry(Uuid::v7(), 9, 3, kToday, "open"),
           entry(m_resolved, 10, 1, kToday.addDays(-9), "resolved")});
}

void TestEmergencyAndPlaces::emergencyListIsWorkedInUrgencyThenFollowUpOrder()
{
    EmergencyView view(*m_cache);
    view.entries()->setToday(kToday);
    view.show();
    QTRY_COMPARE(view.entries()->totalCount(), 4); // the resolved entry is not on the list
    QCOMPARE(view.entries()->idAt(0), m_urgentLater);
    QCOMPARE(view.entries()->idAt(1), m_overdue);
    QCOMPARE(view.entries()->idAt(2), m_tomorrow);
    QCOMPARE(view.entries()->overdueCount(), 1);
    QCOMPARE(view.entries()->dueTodayCount(), 1);
    QCOMPARE(view.countLabel()->text(), QStringLiteral("4 on the list · 1 overdue · 1 today"));
    const int followUp = view.entries()->columnOf(QStringLiteral("follow_up"));
    const QModelIndex overdue = view.entries()->index(1, followUp);
    QVERIFY(overdue.data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(overdue.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(overdue.data(Qt::ForegroundRole).isValid());
    QVERIFY(!view.entries()->index(2, followUp).data(Qt::ForegroundRole).isValid()); // tomorrow: plain
}

void TestEmergencyAndPlaces::emergencyFiltersByFollowUpDayAndOffer()
{
    EmergencyView view(*m_cache);
    view.entries()->setToday(kToday);
    view.show();
    QTRY_COMPARE(view.entries()->totalCount(), 4);
    QComboBox* followUp = view.filterBar()->choiceBox(FilterBar::FollowUp);
    QVERIFY(followUp);
    followUp->setCurrentIndex(followUp->findData(QStringLiteral("overdue")));
    QTRY_COMPARE(view.entries()->totalCount(), 1);
    followUp->setCurrentIndex(followUp->findData(QStringLiteral("today")));
    QTRY_COMPARE(view.entries()->totalCount(), 2);
    followUp->setCurrentIndex(0);
    QTRY_COMPARE(view.entries()->totalCount(), 4);

    // An offer out for family 2 (urgent, later).
    const QString place = Uuid::v7();
    apply({kRows.upsert(QStringLiteral("free_places"), place,
                        {{QStringLiteral("location_id"), m_locations.at(0)},
                         {QStringLiteral("available_from"), QStringLiteral("2027-01-04")},
                         {QStringLiteral("count"), 1},
                         {QStringLiteral("status"), QStringLiteral("reserved")}}),
           kRows.upsert(QStringLiteral("offers"), Uuid::v7(),
                        {{QStringLiteral("application_id"), applicationAt(2)},
                         {QStringLiteral("free_place_id"), place},
                         {QStringLiteral("location_id"), m_locations.at(0)},
                         {QStringLiteral("status"), QStringLiteral("sent")},
                         {QStringLiteral("respond_by"), QStringLiteral("2026-12-14")}})});
    view.refresh();
    QComboBox* offer = view.filterBar()->choiceBox(FilterBar::Offer);
    offer->setCurrentIndex(offer->findData(QStringLiteral("with")));
    QTRY_COMPARE(view.entries()->totalCount(), 1);
    QCOMPARE(view.entries()->idAt(0), m_urgentLater);
    offer->setCurrentIndex(offer->findData(QStringLiteral("without")));
    QTRY_COMPARE(view.entries()->totalCount(), 3);
    QVERIFY(view.filterBar()->describe(view.filterBar()->filter()).contains(QStringLiteral("Without an offer")));
}

void TestEmergencyAndPlaces::followUpIsLoggedAndEntryResolvedFromTheList()
{
    EmergencyView view(*m_cache);
    view.setAuthor(QStringLiteral("account-1"), QStringLiteral("Lotte Van Damme"));
    view.entries()->setToday(kToday);
    view.show();
    QTRY_COMPARE(view.entries()->totalCount(), 4);
    QVERIFY(!view.logFollowUp(QStringLiteral("Called"), kToday.addDays(2))); // nothing chosen yet
    QCOMPARE(view.actionNote()->text(), QStringLiteral("Choose an entry first."));
    view.table()->selectRow(1); // the overdue one
    QVERIFY(view.followUpButton()->isEnabled());
    QVERIFY(!view.logFollowUp(QString(), kToday.addDays(2)));
    QCOMPARE(outboxCount(QStringLiteral("emergency_entries")), 0); // a refusal changes nothing
    QVERIFY(view.logFollowUp(QStringLiteral("Mother called back: starts work on 4 January"),
                             QDate::currentDate().addDays(3)));
    const QJsonObject logged = RecordQuery(*m_cache).row(QStringLiteral("emergency_entries"), m_overdue);
    QCOMPARE(str(logged, "follow_up_on"), QDate::currentDate().addDays(3).toString(Qt::ISODate));
    QVERIFY(str(logged, "notes").contains(QStringLiteral("starts work on 4 January")));
    QVERIFY(str(logged, "notes").contains(QStringLiteral("Lotte Van Damme")));
    QCOMPARE(outboxCount(QStringLiteral("emergency_entries")), 1);

    const int row = view.entries()->rowOf(m_overdue);
    QVERIFY(row >= 0);
    view.table()->selectRow(row);
    QVERIFY(!view.resolveSelected(QStringLiteral("moved_away"), QString()));
    QCOMPARE(str(RecordQuery(*m_cache).row(QStringLiteral("emergency_entries"), m_overdue), "status"),
             QStringLiteral("open"));
    QVERIFY(view.resolveSelected(QStringLiteral("care_elsewhere"), QStringLiteral("Grandmother helps out")));
    QTRY_COMPARE(view.entries()->totalCount(), 3);
    QCOMPARE(view.entries()->rowOf(m_overdue), -1);
    const QJsonObject resolved = RecordQuery(*m_cache).row(QStringLiteral("emergency_entries"), m_overdue);
    QCOMPARE(str(resolved, "status"), QStringLiteral("resolved"));
    QCOMPARE(str(resolved, "resolution"), QStringLiteral("care_elsewhere"));
    QCOMPARE(outboxCount(QStringLiteral("emergency_entries")), 2);
}

void TestEmergencyAndPlaces::applicationGoesOnTheListOnce()
{
    EmergencyActions actions(*m_cache, QStringLiteral("account-1"), QStringLiteral("Lotte Van Damme"));
    const QString app = applicationAt(15); // in review, not on the list
    QVERIFY(actions.openEntryOf(app).isEmpty());
    EmergencyActions::NewEntry entry;
    entry.applicationId = app;
    entry.urgency = 1;
    entry.reason = QStringLiteral("medical");
    entry.followUpOn = EmergencyActions::defaultFollowUp(QDate::currentDate());
    entry.note = QStringLiteral("Hospital stay from January");
    QString id, error;
    QVERIFY2(actions.add(entry, &id, &error), qPrintable(error));
    QCOMPARE(str(actions.openEntryOf(app), "id"), id);
    const QJsonObject stored = RecordQuery(*m_cache).row(QStringLiteral("emergency_entries"), id);
    QCOMPARE(str(stored, "parent_id"), str(m_applications.at(15), "parent_id"));
    QCOMPARE(str(stored, "status"), QStringLiteral("open"));
    QString second;
    QVERIFY(!actions.add(entry, &second, &error));
    QCOMPARE(error, QStringLiteral("This application is on the emergency list already."));
    QCOMPARE(outboxCount(QStringLiteral("emergency_entries")), 1);
    // Two working days: a Friday entry is called back on Tuesday.
    QCOMPARE(EmergencyActions::defaultFollowUp(QDate(2026, 12, 4)), QDate(2026, 12, 8));
}

void TestEmergencyAndPlaces::freePlacesFilterAndTotalPerMunicipality()
{
    const auto place = [&](int location, int count, int ageMin, int ageMax, const char* status, const char* updated) {
        return TestChanges(QStringLiteral("antwerpen"), QString::fromLatin1(updated))
            .upsert(QStringLiteral("free_places"), Uuid::v7(),
                    {{QStringLiteral("location_id"), m_locations.at(location)},
                     {QStringLiteral("available_from"), QStringLiteral("2027-01-04")},
                     {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")}}},
                     {QStringLiteral("age_min_months"), ageMin},
                     {QStringLiteral("age_max_months"), ageMax},
                     {QStringLiteral("count"), count},
                     {QStringLiteral("status"), QString::fromLatin1(status)}});
    };
    apply({place(0, 2, 0, 18, "open", "2026-12-01T09:00:00Z"), place(1, 1, 12, 36, "open", "2026-10-01T09:00:00Z"),
           place(1, 3, 0, 36, "withdrawn", "2026-12-01T09:00:00Z")});
    FreePlacesView view(*m_cache);
    view.places()->setToday(kToday);
    view.show();
    QTRY_COMPARE(view.places()->totalCount(), 3);
    QCOMPARE(view.totalsLabel()->text(), QStringLiteral("Open places: 3 — Antwerpen 2 · Berchem 1"));
    // The Berchem place was last confirmed in October: it needs a call.
    const int status = view.places()->columnOf(QStringLiteral("status"));
    QStringList statuses;
    for (int r = 0; r < 3; ++r)
        statuses << view.places()->index(r, status).data().toString();
    QVERIFY2(statuses.contains(QStringLiteral("Open — to confirm")), qPrintable(statuses.join(QLatin1Char('|'))));
    QCOMPARE(statuses.count(QStringLiteral("Open")), 1);

    QComboBox* municipality = view.municipalityFilter();
    municipality->setCurrentIndex(municipality->findData(QStringLiteral("Berchem")));
    QTRY_COMPARE(view.places()->totalCount(), 2);
    QCOMPARE(view.totalsLabel()->text(), QStringLiteral("Open places: 1 — Berchem 1"));
    municipality->setCurrentIndex(0);
    // A child born on 2026-01-15 is 11 months old on 4 January 2027: only the 0–18 and 0–36 bands fit.
    view.filterBar()->childBornEdit()->setDate(QDate(2026, 1, 15));
    QTRY_COMPARE(view.places()->totalCount(), 2);
    view.filterBar()->ageOnEdit()->setDate(QDate(2027, 9, 1)); // 19 months then: 12–36 and 0–36
    QTRY_COMPARE(view.places()->totalCount(), 2);
    QComboBox* kind = view.filterBar()->choiceBox(FilterBar::Kind);
    kind->setCurrentIndex(kind->findData(QStringLiteral("family")));
    QTRY_COMPARE(view.places()->totalCount(), 0);
    QCOMPARE(view.totalsLabel()->text(), QStringLiteral("No open places for this filter."));
}

void TestEmergencyAndPlaces::placeDialogChecksAsThePersonTypes()
{
    FreePlaceDialog dialog(*m_cache, QJsonObject());
    QDialogButtonBox* buttons = dialog.findChild<QDialogButtonBox*>();
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no location chosen yet
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("Location")));
    dialog.locationBox()->setCurrentIndex(1);
    dialog.fromEdit()->setDate(QDate(2027, 2, 1));
    QVERIFY(ok->isEnabled());
    dialog.ageMinBox()->setValue(30);
    dialog.ageMaxBox()->setValue(20);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("youngest first")));
    dialog.ageMaxBox()->setValue(40);
    for (int d = 0; d < 5; ++d)
        dialog.dayBox(d)->setCurrentIndex(0);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("at least one day")));
    dialog.dayBox(0)->setCurrentIndex(2); // Monday, half day
    QVERIFY(ok->isEnabled());

    FreePlacesView view(*m_cache);
    view.show();
    QTRY_COMPARE(view.places()->totalCount(), 0);
    QVERIFY(view.addPlace(dialog.values()));
    QTRY_COMPARE(view.places()->totalCount(), 1);
    QCOMPARE(outboxCount(QStringLiteral("free_places")), 1);
    QJsonObject bad = dialog.values();
    bad.insert(QStringLiteral("count"), 0);
    QVERIFY(!view.addPlace(bad));
    QVERIFY(view.actionNote()->text().contains(QStringLiteral("Number of places")));
    QCOMPARE(outboxCount(QStringLiteral("free_places")), 1);
    view.table()->selectRow(0);
    QVERIFY(view.withdrawSelected());
    QCOMPARE(str(RecordQuery(*m_cache).row(QStringLiteral("free_places"), view.selectedId()), "status"),
             QStringLiteral("withdrawn"));
}

void TestEmergencyAndPlaces::placeIsOfferedToAFittingFamily()
{
    const QString placeId = Uuid::v7();
    const QJsonObject place{{QStringLiteral("location_id"), m_locations.at(0)},
                            {QStringLiteral("available_from"), QStringLiteral("2027-01-11")},
                            {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")},
                                                                 {QStringLiteral("tue"), QStringLiteral("full")},
                                                                 {QStringLiteral("thu"), QStringLiteral("full")}}},
                            {QStringLiteral("age_min_months"), 0},
                            {QStringLiteral("age_max_months"), 48},
                            {QStringLiteral("count"), 1},
                            {QStringLiteral("status"), QStringLiteral("open")}};
    apply({kRows.upsert(QStringLiteral("free_places"), placeId, place)});
    const QVector<OfferCandidates::Family> families = OfferCandidates(*m_cache).forPlace(placeId);
    QVERIFY(!families.isEmpty());
    const RecordQuery records(*m_cache);
    for (int i = 0; i < families.size(); ++i) {
        const QJsonObject app = records.row(QStringLiteral("applications"), families.at(i).applicationId);
        const QJsonObject child = records.row(QStringLiteral("children"), str(app, "child_id"));
        QCOMPARE(PlaceFit::check(place, app, child), PlaceFit::Misfit::None);
        QVERIFY(str(app, "status") == QLatin1String("submitted") || str(app, "status") == QLatin1String("in_review"));
        if (i > 0)
            QVERIFY(families.at(i - 1).priority.size() >= families.at(i).priority.size());
    }
    // Every open application that fits is there, none that does not.
    int fitting = 0;
    for (const QJsonObject& app : m_applications) {
        const bool open =
            str(app, "status") == QLatin1String("submitted") || str(app, "status") == QLatin1String("in_review");
        const QJsonObject child = records.row(QStringLiteral("children"), str(app, "child_id"));
        fitting += open && PlaceFit::check(place, app, child) == PlaceFit::Misfit::None ? 1 : 0;
    }
    QCOMPARE(families.size(), fitting);

    OfferDialog dialog(*m_cache, OfferDialog::From::Place, placeId);
    QCOMPARE(dialog.candidateCount(), int(families.size()));
    QVERIFY(dialog.offerRow(0));
    const QJsonObject offer = records.row(QStringLiteral("offers"), dialog.offerId());
    QCOMPARE(str(offer, "status"), QStringLiteral("sent"));
    QCOMPARE(str(offer, "application_id"), families.first().applicationId);
    QCOMPARE(str(offer, "respond_by"), QDate::currentDate().addDays(7).toString(Qt::ISODate));
    QCOMPARE(outboxCount(QStringLiteral("offers")), 1);
    // The one place is taken by that offer: no other family can be offered it.
    QVERIFY(OfferCandidates(*m_cache).forApplication(families.at(1).applicationId).isEmpty());
    OfferDialog again(*m_cache, OfferDialog::From::Place, placeId);
    QVERIFY(!again.offerRow(0));
    QVERIFY(!again.problemLabel()->text().isEmpty());
    QCOMPARE(outboxCount(QStringLiteral("offers")), 1);
}

QTEST_MAIN(TestEmergencyAndPlaces)
#include "TestEmergencyAndPlaces.moc"
