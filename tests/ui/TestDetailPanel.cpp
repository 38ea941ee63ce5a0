#include "TestChanges.h"
#include "detail/AssignDialog.h"
#include "detail/DetailPanel.h"
#include "detail/NoteDialog.h"
#include "detail/StatusChangeDialog.h"
#include "domain/NoteLog.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

// The detail panel offscreen, driven by keys and clicks: what a parent's and an application's detail show,
// the follow-up actions (state change, assign, assign to me, note) writing the outbox, and the history
// section from a canned server reply, while loading, and offline.
class TestDetailPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parentShowsMessagesEmergencyEntriesAndOffers();
    void applicationShowsStateHandlerAndPreferences();
    void stateDialogOffersOnlyAllowedStatesAndNeedsAReason();
    void finalStateOffersNoChange();
    void assignToMeWritesTheOutbox();
    void assignDialogListsStaffOfTheRegion();
    void addNoteShowsAuthorAndTime();
    void historyFromACannedReply();
    void historyOfflineSaysItNeedsAConnection();
    void aLateReplyForAnotherRecordIsIgnored();
    void referrersGetNoActions();

private:
    void seed();
    QToolButton* button(const QString& accessibleName) const;
    QJsonObject application() const;
    int outboxCount() const;
    template <typename T> T* waitForDialog() const;

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<LocalCache> m_cache;
    QScopedPointer<DetailPanel> m_panel;
    AccountInfo m_me;
    QString m_parentId;
    QString m_applicationId;
    QString m_placedId;
    QString m_coordinatorId = Uuid::v7();
    QString m_locationId = Uuid::v7();
};

namespace {

// Rows as the server sent them on 30 November.
const TestChanges kRows(QString(), QStringLiteral("2026-11-30T10:00:00Z"));

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

void TestDetailPanel::init()
{
    m_dir.reset(new QTemporaryDir);
    m_cache.reset(new LocalCache);
    QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    m_me.id = Uuid::v7();
    m_me.username = QStringLiteral("loket.test");
    m_me.displayName = QStringLiteral("Lotte Van Damme");
    m_me.role = QStringLiteral("counter");
    m_me.regionIds = {QStringLiteral("antwerpen")};
    seed();
    m_panel.reset(new DetailPanel(*m_cache));
    m_panel->setAccount(m_me);
    m_panel->resize(460, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.data()));
}

void TestDetailPanel::cleanup()
{
    m_panel.reset();
    m_cache.reset();
}

void TestDetailPanel::seed()
{
    const QString region = QStringLiteral("antwerpen");
    m_parentId = Uuid::v7();
    const QString childId = Uuid::v7();
    const QString secondChild = Uuid::v7();
    m_applicationId = Uuid::v7();
    m_placedId = Uuid::v7();
    auto app = [&](const QString& id, const QString& child, const QString& number, const QString& status) {
        return kRows.upsert(QStringLiteral("applications"),
                            {{QStringLiteral("id"), id},
                             {QStringLiteral("region_id"), region},
                             {QStringLiteral("number"), number},
                             {QStringLiteral("child_id"), child},
                             {QStringLiteral("parent_id"), m_parentId},
                             {QStringLiteral("status"), status},
                             {QStringLiteral("desired_start"), QStringLiteral("2027-01-04")},
                             {QStringLiteral("channel"), QStringLiteral("counter")},
                             {QStringLiteral("preferences"), QJsonArray{m_locationId}},
                             {QStringLiteral("submitted_at"), QStringLiteral("2026-10-01T08:00:00Z")}});
    };
    Protocol::PullPage page;
    page.epoch = QStringLiteral("e1");
    page.cursor = QStringLiteral("c1");
    page.changes = {
        kRows.upsert(QStringLiteral("locations"), {{QStringLiteral("id"), m_locationId},
                                                   {QStringLiteral("region_id"), region},
                                                   {QStringLiteral("name"), QStringLiteral("De Speelboom")},
                                                   {QStringLiteral("kind"), QStringLiteral("group")},
                                                   {QStringLiteral("municipality"), QStringLiteral("Deurne")},
                                                   {QStringLiteral("published"), true}}),
        kRows.upsert(QStringLiteral("parents"), {{QStringLiteral("id"), m_parentId},
                                                 {QStringLiteral("region_id"), region},
                                                 {QStringLiteral("first_name"), s("Ayşe")},
                                                 {QStringLiteral("last_name"), s("Çelik")},
                                                 {QStringLiteral("phone"), QStringLiteral("+32470123456")},
                                                 {QStringLiteral("language"), QStringLiteral("nl")}}),
        kRows.upsert(QStringLiteral("children"), {{QStringLiteral("id"), childId},
                                                  {QStringLiteral("region_id"), region},
                                                  {QStringLiteral("parent_id"), m_parentId},
                                                  {QStringLiteral("first_name"), QStringLiteral("Noor")},
                                                  {QStringLiteral("last_name"), s("Çelik")},
                                                  {QStringLiteral("birth_date"), QStringLiteral("2026-05-01")}}),
        kRows.upsert(QStringLiteral("children"), {{QStringLiteral("id"), secondChild},
                                                  {QStringLiteral("region_id"), region},
                                                  {QStringLiteral("parent_id"), m_parentId},
                                                  {QStringLiteral("first_name"), QStringLiteral("Emre")},
                                                  {QStringLiteral("last_name"), s("Çelik")},
                                                  {QStringLiteral("birth_date"), QStringLiteral("2024-02-11")}}),
        app(m_applicationId, childId, QStringLiteral("ANT-2026-000001"), QStringLiteral("submitted")),
        app(m_placedId, secondChild, QStringLiteral("ANT-2026-000002"), QStringLiteral("placed")),
        kRows.upsert(QStringLiteral("offers"),
                     {{QStringLiteral("id"), Uuid::v7()},
                      {QStringLiteral("region_id"), region},
                      {QStringLiteral("application_id"), m_placedId},
                      {QStringLiteral("location_id"), m_locationId},
                      {QStringLiteral("status"), QStringLiteral("sent")},
                      {QStringLiteral("respond_by"), QStringLiteral("2026-12-15")},
                      {QStringLiteral("explanation"), QStringLiteral("First choice, tier 1")}}),
        kRows.upsert(QStringLiteral("emergency_entries"),
                     {{QStringLiteral("id"), Uuid::v7()},
                      {QStringLiteral("region_id"), region},
                      {QStringLiteral("application_id"), m_applicationId},
                      {QStringLiteral("parent_id"), m_parentId},
                      {QStringLiteral("urgency"), 1},
                      {QStringLiteral("reason"), QStringLiteral("work_start")},
                      {QStringLiteral("follow_up_on"), QStringLiteral("2026-12-03")},
                      {QStringLiteral("status"), QStringLiteral("open")}}),
        kRows.upsert(QStringLiteral("messages"),
                     {{QStringLiteral("id"), Uuid::v7()},
                      {QStringLiteral("region_id"), region},
                      {QStringLiteral("parent_id"), m_parentId},
                      {QStringLiteral("application_id"), m_applicationId},
                      {QStringLiteral("channel"), QStringLiteral("email")},
                      {QStringLiteral("template"), QStringLiteral("acknowledgement")},
                      {QStringLiteral("subject"), QStringLiteral("Uw aanvraag ANT-2026-000001")},
                      {QStringLiteral("status"), QStringLiteral("sent")},
                      {QStringLiteral("sent_at"), QStringLiteral("2026-10-01T08:05:00Z")}}),
        kRows.upsert(QStringLiteral("messages"),
                     {{QStringLiteral("id"), Uuid::v7()},
                      {QStringLiteral("region_id"), region},
                      {QStringLiteral("parent_id"), m_parentId},
                      {QStringLiteral("channel"), QStringLiteral("email")},
                      {QStringLiteral("template"), QStringLiteral("offer")},
                      {QStringLiteral("subject"), QStringLiteral("Een plaats voor Emre")},
                      {QStringLiteral("status"), QStringLiteral("failed")},
                      {QStringLiteral("error"), QStringLiteral("550 mailbox unavailable")}}),
        kRows.upsert(QStringLiteral("accounts"), {{QStringLiteral("id"), m_me.id},
                                                  {QStringLiteral("region_id"), QString()},
                                                  {QStringLiteral("username"), m_me.username},
                                                  {QStringLiteral("display_name"), m_me.displayName},
                                                  {QStringLiteral("role"), QStringLiteral("counter")},
                                                  {QStringLiteral("region_ids"), QJsonArray{region}},
                                                  {QStringLiteral("active"), true}}),
        kRows.upsert(QStringLiteral("accounts"), {{QStringLiteral("id"), m_coordinatorId},
                                                  {QStringLiteral("region_id"), QString()},
                                                  {QStringLiteral("username"), QStringLiteral("regie")},
                                                  {QStringLiteral("display_name"), QStringLiteral("Bram Peeters")},
                                                  {QStringLiteral("role"), QStringLiteral("coordinator")},
                                                  {QStringLiteral("region_ids"), QJsonArray{region}},
                                                  {QStringLiteral("active"), true}}),
    };
    QString error;
    QVERIFY2(PullApplier(*m_cache).apply(page, &error), qPrintable(error));
}

QToolButton* TestDetailPanel::button(const QString& accessibleName) const
{
    for (QToolButton* b : m_panel->findChildren<QToolButton*>()) {
        if (b->accessibleName() == accessibleName)
            return b;
    }
    return nullptr;
}

QJsonObject TestDetailPanel::application() const
{
    return RecordQuery(*m_cache).row(QStringLiteral("applications"), m_applicationId);
}

int TestDetailPanel::outboxCount() const
{
    return RecordQuery(*m_cache).pendingChanges();
}

template <typename T> T* TestDetailPanel::waitForDialog() const
{
    T* dialog = nullptr;
    if (!QTest::qWaitFor([&]() {
            dialog = m_panel->findChild<T*>();
            return dialog && dialog->isVisible();
        }))
        return nullptr;
    return dialog;
}

void TestDetailPanel::parentShowsMessagesEmergencyEntriesAndOffers()
{
    m_panel->showRecord(QStringLiteral("parents"), m_parentId);
    const QString text = m_panel->plainText();
    QVERIFY2(text.contains(s("Ayşe Çelik")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Noor")));
    QVERIFY(text.contains(QStringLiteral("ANT-2026-000002")));
    // Messages: subject, template, state, error of the failed one, sent time.
    QVERIFY(text.contains(QStringLiteral("Uw aanvraag ANT-2026-000001")));
    QVERIFY(text.contains(QStringLiteral("Template: Application received")));
    QVERIFY(text.contains(QStringLiteral("Sent ") + QDateTime(QDate(2026, 10, 1), QTime(8, 5), Qt::UTC)
                                                        .toLocalTime()
                                                        .toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
    QVERIFY(text.contains(QStringLiteral("Not delivered")));
    QVERIFY(text.contains(QStringLiteral("Error: 550 mailbox unavailable")));
    // The emergency entry and the offer of the second application.
    QVERIFY(text.contains(QStringLiteral("Emergency list")));
    QVERIFY(text.contains(QStringLiteral("high urgency, starts work")));
    QVERIFY(text.contains(QStringLiteral("Follow up on 03-12-2026")));
    QVERIFY(text.contains(QStringLiteral("Sent to the parent")));
    QVERIFY(text.contains(QStringLiteral("De Speelboom")));
    QVERIFY(text.contains(QStringLiteral("Answer by 15-12-2026")));
    QVERIFY(text.contains(QStringLiteral("For application ANT-2026-000002")));
    // No follow-up actions for a parent.
    QVERIFY(!button(QStringLiteral("Change state"))->isVisible());
}

void TestDetailPanel::applicationShowsStateHandlerAndPreferences()
{
    m_panel->showRecord(QStringLiteral("applications"), m_applicationId);
    const QString text = m_panel->plainText();
    QVERIFY(text.contains(QStringLiteral("waiting to be handled by the counter")));
    QVERIFY(text.contains(QStringLiteral("Handled by")));
    QVERIFY(text.contains(QStringLiteral("nobody yet")));
    QVERIFY(text.contains(QStringLiteral("De Speelboom — Deurne")));
    QVERIFY(text.contains(QStringLiteral("No notes yet.")));
    QVERIFY(text.contains(QStringLiteral("Uw aanvraag ANT-2026-000001"))); // the message of this application
    QVERIFY(!text.contains(QStringLiteral("Een plaats voor Emre")));       // not the parent's other one
    for (const char* name : {"Change state", "Assign", "Assign to me", "Add note"}) {
        QToolButton* b = button(QString::fromLatin1(name));
        QVERIFY2(b && b->isVisible() && b->isEnabled(), name);
    }
}

void TestDetailPanel::stateDialogOffersOnlyAllowedStatesAndNeedsAReason()
{
    m_panel->showRecord(QStringLiteral("applications"), m_applicationId);
    QSignalSpy changed(m_panel.data(), &DetailPanel::changed);
    QTest::mouseClick(button(QStringLiteral("Change state")), Qt::LeftButton);
    auto* dialog = waitForDialog<StatusChangeDialog>();
    QVERIFY(dialog);
    auto* target = dialog->findChild<QComboBox*>();
    QVERIFY(target);
    QStringList offered;
    for (int i = 0; i < target->count(); ++i)
        offered.append(target->itemText(i));
    QCOMPARE(offered,
             (QStringList{QStringLiteral("In review"), QStringLiteral("Cancelled"), QStringLiteral("Expired")}));

    target->setFocus();
    QTest::keyClick(target, Qt::Key_Down); // Cancelled: needs a reason
    QCOMPARE(dialog->target(), ApplicationStatus::Cancelled);
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("missingReason"))->text(),
             QStringLiteral("Give the reason first."));
    QLineEdit* reason = nullptr;
    for (QLineEdit* e : dialog->findChildren<QLineEdit*>()) {
        if (e->accessibleName() == QLatin1String("Why the application is closed"))
            reason = e;
    }
    QVERIFY(reason && reason->isVisible());
    QTest::keyClick(reason, Qt::Key_Return); // refused: still open, nothing written
    QVERIFY(dialog->isVisible());
    QCOMPARE(outboxCount(), 0);
    QTest::keyClicks(reason, QStringLiteral("The family moved to Gent"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(application().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(application().value(QStringLiteral("closed_reason")).toString(),
             QStringLiteral("The family moved to Gent"));
    QCOMPARE(outboxCount(), 1);
    QVERIFY(m_panel->plainText().contains(QStringLiteral("The family moved to Gent")));
    // Now final: the action is off.
    QVERIFY(!m_panel->changeStateAction()->isEnabled());
}

void TestDetailPanel::finalStateOffersNoChange()
{
    m_panel->showRecord(QStringLiteral("applications"), m_placedId);
    QVERIFY(!button(QStringLiteral("Change state"))->isEnabled());
    QTest::keyClick(m_panel.data(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(50);
    QVERIFY(!m_panel->findChild<StatusChangeDialog*>());
}

void TestDetailPanel::assignToMeWritesTheOutbox()
{
    m_panel->showRecord(QStringLiteral("applications"), m_applicationId);
    QVERIFY(m_panel->assignToMeAction()->isEnabled());
    QCOMPARE(m_panel->assignToMeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QTest::mouseClick(button(QStringLiteral("Assign to me")), Qt::LeftButton);
    QCOMPARE(application().value(QStringLiteral("assigned_account_id")).toString(), m_me.id);
    QCOMPARE(outboxCount(), 1);
    QVERIFY(m_panel->plainText().contains(QStringLiteral("Lotte Van Damme")));
    QVERIFY(!m_panel->assignToMeAction()->isEnabled()); // already mine
}

void TestDetailPanel::assignDialogListsStaffOfTheRegion()
{
    m_panel->showRecord(QStringLiteral("applications"), m_applicationId);
    QTest::mouseClick(button(QStringLiteral("Assign")), Qt::LeftButton);
    auto* dialog = waitForDialog<AssignDialog>();
    QVERIFY(dialog);
    auto* combo = dialog->findChild<QComboBox*>();
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), QStringLiteral("Nobody"));
    QCOMPARE(combo->itemText(1), QStringLiteral("Bram Peeters"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(application().value(QStringLiteral("assigned_account_id")).toString(), m_coordinatorId);
    QVERIFY(m_panel->plainText().contains(QStringLiteral("Bram Peeters")));
}

void TestDetailPanel::addNoteShowsAuthorAndTime()
{
    m_panel->showRecord(QStringLiteral("applications"), m_applicationId);
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.data()));
    QTest::keyClick(m_panel.data(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = waitForDialog<NoteDialog>();
    QVERIFY(dialog);
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto* edit = dialog->findChild<QPlainTextEdit*>();
    QTest::keyClicks(edit, QStringLiteral("Mother called about the start date."));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(outboxCount(), 1);
    const QVector<Note> notes = NoteLog::parse(application().value(QStringLiteral("notes")).toString());
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0).author, QStringLiteral("Lotte Van Damme"));
    const QDateTime at = QDateTime::fromString(notes.at(0).at, Qt::ISODate);
    QVERIFY(at.isValid() && at.secsTo(before) <= 1 && before.secsTo(at) <= 60);
    const QString text = m_panel->plainText();
    QVERIFY2(text.contains(QStringLiteral("Mother called about the start date.")), qPrintable(text));
    QVERIFY(text.contains(at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) +
                          QStringLiteral(" — Lotte Van Damme")));
}

void TestDetailPanel::historyFromACannedReply()
{
    QVector<DetailPanel::HistoryReply> waiting;
    QStringList asked;
    m_panel->setHistorySource([&](const QString& table, const QString& id, DetailPanel::HistoryReply done) {
        asked.append(table + QLatin1Char('/') + id);
        waiting.append(std::move(done));
    });
    m_panel->setOnline(true);
    m_panel->showRecord(QStringLiteral("applications"), m_applicationId);
    QTest::mouseClick(button(QStringLiteral("Assign to me")), Qt::LeftButton); // a local change not sent yet
    QVERIFY(!asked.isEmpty());
    QCOMPARE(asked.last(), QStringLiteral("applications/") + m_applicationId);
    QVERIFY(m_panel->plainText().contains(QStringLiteral("Loading the history…")));

    ApiResult reply;
    reply.status = 200;
    reply.json = {{QStringLiteral("entries"),
                   QJsonArray{QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-10-01T08:00:00.000Z")},
                                          {QStringLiteral("account_id"), m_me.id},
                                          {QStringLiteral("account_name"), QStringLiteral("Lotte Van Damme")},
                                          {QStringLiteral("action"), QStringLiteral("insert")},
                                          {QStringLiteral("fields"), QJsonArray{QStringLiteral("status")}},
                                          {QStringLiteral("version"), 1}},
                              QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-11-02T14:30:00.000Z")},
                                          {QStringLiteral("account_id"), m_coordinatorId},
                                          {QStringLiteral("account_name"), QStringLiteral("Bram Peeters")},
                                          {QStringLiteral("action"), QStringLiteral("update")},
                                          {QStringLiteral("fields"),
                                           QJsonArray{QStringLiteral("status"), QStringLiteral("closed_reason")}},
                                          {QStringLiteral("version"), 2}}}}};
    for (const DetailPanel::HistoryReply& done : waiting)
        done(reply);
    const QString text = m_panel->plainText();
    QVERIFY2(!text.contains(QStringLiteral("Loading the history")), qPrintable(text));
    const QString local = QDateTime(QDate(2026, 11, 2), QTime(14, 30), Qt::UTC)
                              .toLocalTime()
                              .toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    QVERIFY2(text.contains(local + QStringLiteral(" — Bram Peeters\nChanged: State, Closed because")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("— Lotte Van Damme\nCreated")));
    QVERIFY(text.contains(QStringLiteral("not sent yet\nChanged: Handled by")));
    // Newest first: the unsent change, then Bram's, then the creation.
    QVERIFY(text.indexOf(QStringLiteral("not sent yet")) < text.indexOf(QStringLiteral("Bram Peeters\nChanged")));
    QVERIFY(text.indexOf(QStringLiteral("Bram Peeters\nChanged")) < text.indexOf(QStringLiteral("Created")));

    ApiResult failure;
    failure.status = 500;
    failure.error.message = QStringLiteral("The server could not complete the request; try again.");
    m_panel->refresh();
    waiting.last()(failure);
    QVERIFY(m_panel->plainText().contains(QStringLiteral("The history could not be loaded")));
}

void TestDetailPanel::historyOfflineSaysItNeedsAConnection()
{
    int asked = 0;
    m_panel->setHistorySource([&](const QString&, const QString&, DetailPanel::HistoryReply) { ++asked; });
    m_panel->setOnline(false);
    m_panel->showRecord(QStringLiteral("applications"), m_applicationId);
    QTest::mouseClick(button(QStringLiteral("Assign to me")), Qt::LeftButton);
    const QString text = m_panel->plainText();
    QCOMPARE(asked, 0); // never on the network while offline
    QVERIFY(text.contains(
        QStringLiteral("The history of changes is kept on the server. Connect to the network to see it.")));
    QVERIFY(text.contains(QStringLiteral("not sent yet\nChanged: Handled by")));
    m_panel->setOnline(true);
    QCOMPARE(asked, 1);
    QVERIFY(m_panel->plainText().contains(QStringLiteral("Loading the history…")));
}

void TestDetailPanel::aLateReplyForAnotherRecordIsIgnored()
{
    QVector<DetailPanel::HistoryReply> waiting;
    m_panel->setHistorySource(
        [&](const QString&, const QString&, DetailPanel::HistoryReply done) { waiting.append(std::move(done)); });
    m_panel->setOnline(true);
    m_panel->showRecord(QStringLiteral("applications"), m_applicationId);
    m_panel->showRecord(QStringLiteral("parents"), m_parentId);
    QCOMPARE(waiting.size(), 2);
    ApiResult stale;
    stale.status = 200;
    stale.json = {{QStringLiteral("entries"),
                   QJsonArray{QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-10-01T08:00:00Z")},
                                          {QStringLiteral("account_name"), QStringLiteral("Someone Else")},
                                          {QStringLiteral("action"), QStringLiteral("update")},
                                          {QStringLiteral("fields"), QJsonArray{QStringLiteral("notes")}},
                                          {QStringLiteral("version"), 2}}}}};
    waiting.first()(stale);
    QVERIFY(!m_panel->plainText().contains(QStringLiteral("Someone Else")));
    QVERIFY(m_panel->plainText().contains(QStringLiteral("Loading the history…")));
}

void TestDetailPanel::referrersGetNoActions()
{
    AccountInfo referrer = m_me;
    referrer.role = QStringLiteral("referrer");
    m_panel->setAccount(referrer);
    m_panel->showRecord(QStringLiteral("applications"), m_applicationId);
    QVERIFY(!button(QStringLiteral("Change state"))->isVisible());
    QVERIFY(!m_panel->addNoteAction()->isEnabled());
}

QTEST_MAIN(TestDetailPanel)
#include "TestDetailPanel.moc"
