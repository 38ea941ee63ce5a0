#include "TestChanges.h"
#include "domain/NoteLog.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "store/cache/LocalCache.h"
#include "store/records/ApplicationActions.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// ApplicationActions over a real cache: state changes only along ApplicationStatus with the reasons it asks
// for, assignment to staff of the region, notes as a NoteLog; each a local write with its outbox entry.
class TestApplicationActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void assignableAccountsAreActiveStaffOfTheRegion();
    void stateChangesFollowTheStateMachine();
    void closingNeedsAReason();
    void anOfferGoesBackToReviewOnlyWithItsReason();
    void assignWritesTheOutbox();
    void notesAreAppendedWithAuthorAndTime();
    void pendingChangesListTheirFields();

private:
    void seed(const QString& status);
    QJsonObject application() const;
    QVector<QJsonObject> outbox() const;

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<LocalCache> m_cache;
    QString m_applicationId;
    QString m_me = Uuid::v7();
    QString m_coordinator = Uuid::v7();
    QString m_mechelen = Uuid::v7();
    QString m_referrer = Uuid::v7();
    QString m_inactive = Uuid::v7();
};

namespace {

// Rows as the server sent them on 30 November.
const TestChanges kRows(QString(), QStringLiteral("2026-11-30T10:00:00Z"));

QJsonObject account(const QString& id, const QString& name, const QString& role, const QString& region, bool active)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("region_id"), QString()},
            {QStringLiteral("username"), name.toLower().replace(QLatin1Char(' '), QLatin1Char('.'))},
            {QStringLiteral("display_name"), name},
            {QStringLiteral("role"), role},
            {QStringLiteral("region_ids"), QJsonArray{region}},
            {QStringLiteral("active"), active}};
}

} // namespace

void TestApplicationActions::init()
{
    m_dir.reset(new QTemporaryDir);
    m_cache.reset(new LocalCache);
    QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    seed(QStringLiteral("submitted"));
}

void TestApplicationActions::seed(const QString& status)
{
    const QString region = QStringLiteral("antwerpen");
    const QString parentId = Uuid::v7();
    const QString childId = Uuid::v7();
    m_applicationId = Uuid::v7();
    Protocol::PullPage page;
    page.epoch = QStringLiteral("e1");
    page.cursor = QStringLiteral("c1");
    page.changes = {
        kRows.upsert(QStringLiteral("parents"), {{QStringLiteral("id"), parentId},
                                                 {QStringLiteral("region_id"), region},
                                                 {QStringLiteral("first_name"), QStringLiteral("Ayşe")},
                                                 {QStringLiteral("last_name"), QStringLiteral("Çelik")},
                                                 {QStringLiteral("phone"), QStringLiteral("+32470123456")}}),
        kRows.upsert(QStringLiteral("children"), {{QStringLiteral("id"), childId},
                                                  {QStringLiteral("region_id"), region},
                                                  {QStringLiteral("parent_id"), parentId},
                                                  {QStringLiteral("first_name"), QStringLiteral("Noor")},
                                                  {QStringLiteral("last_name"), QStringLiteral("Çelik")},
                                                  {QStringLiteral("birth_date"), QStringLiteral("2026-05-01")}}),
        kRows.upsert(QStringLiteral("applications"), {{QStringLiteral("id"), m_applicationId},
                                                      {QStringLiteral("region_id"), region},
                                                      {QStringLiteral("number"), QStringLiteral("ANT-2026-000001")},
                                                      {QStringLiteral("child_id"), childId},
                                                      {QStringLiteral("parent_id"), parentId},
                                                      {QStringLiteral("status"), status},
                                                      {QStringLiteral("desired_start"), QStringLiteral("2027-01-04")},
                                                      {QStringLiteral("channel"), QStringLiteral("counter")},
                                                      {QStringLiteral("preferences"), QJsonArray{}}}),
        kRows.upsert(QStringLiteral("accounts"),
                     account(m_me, QStringLiteral("Lotte Van Damme"), QStringLiteral("counter"), region, true)),
        kRows.upsert(QStringLiteral("accounts"), account(m_coordinator, QStringLiteral("Bram Peeters"),
                                                         QStringLiteral("coordinator"), region, true)),
        kRows.upsert(QStringLiteral("accounts"), account(m_mechelen, QStringLiteral("Els Mertens"),
                                                         QStringLiteral("counter"), QStringLiteral("mechelen"), true)),
        kRows.upsert(QStringLiteral("accounts"),
                     account(m_referrer, QStringLiteral("Karim Haddad"), QStringLiteral("referrer"), region, true)),
        kRows.upsert(QStringLiteral("accounts"),
                     account(m_inactive, QStringLiteral("Anna Claes"), QStringLiteral("counter"), region, false)),
    };
    PullApplier applier(*m_cache);
    QString error;
    QVERIFY2(applier.apply(page, &error), qPrintable(error));
}

QJsonObject TestApplicationActions::application() const
{
    return RecordQuery(*m_cache).row(QStringLiteral("applications"), m_applicationId);
}

QVector<QJsonObject> TestApplicationActions::outbox() const
{
    QVector<QJsonObject> entries;
    QSqlQuery q(m_cache->database());
    q.exec(QStringLiteral("SELECT table_name, op, row_id, payload FROM outbox ORDER BY mid"));
    while (q.next()) {
        entries.append({{QStringLiteral("table"), q.value(0).toString()},
                        {QStringLiteral("op"), q.value(1).toString()},
                        {QStringLiteral("id"), q.value(2).toString()},
                        {QStringLiteral("payload"), QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()}});
    }
    return entries;
}

void TestApplicationActions::assignableAccountsAreActiveStaffOfTheRegion()
{
    const ApplicationActions actions(*m_cache, m_me, QStringLiteral("Lotte Van Damme"));
    const QVector<QJsonObject> accounts = actions.assignableAccounts(QStringLiteral("antwerpen"));
    QStringList ids;
    for (const QJsonObject& a : accounts)
        ids.append(a.value(QStringLiteral("id")).toString());
    QCOMPARE(ids, (QStringList{m_coordinator, m_me})); // by name: Bram before Lotte
}

void TestApplicationActions::stateChangesFollowTheStateMachine()
{
    ApplicationActions actions(*m_cache, m_me, QStringLiteral("Lotte Van Damme"));
    QString error;
    QVERIFY(!actions.changeStatus(m_applicationId, ApplicationStatus::Placed, QString(), QString(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!actions.changeStatus(m_applicationId, ApplicationStatus::Offered, QString(), QString(), &error));
    QVERIFY(outbox().isEmpty());
    QCOMPARE(application().value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));

    QVERIFY2(actions.changeStatus(m_applicationId, ApplicationStatus::InReview, QString(), QString(), &error),
             qPrintable(error));
    QCOMPARE(application().value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
    const QVector<QJsonObject> entries = outbox();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).value(QStringLiteral("op")).toString(), QStringLiteral("update"));
    const QJsonObject status =
        entries.at(0).value(QStringLiteral("payload")).toObject().value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("old")).toString(), QStringLiteral("submitted"));
    QCOMPARE(status.value(QStringLiteral("new")).toString(), QStringLiteral("in_review"));
}

void TestApplicationActions::closingNeedsAReason()
{
    ApplicationActions actions(*m_cache, m_me, QStringLiteral("Lotte Van Damme"));
    QString error;
    QVERIFY(
        !actions.changeStatus(m_applicationId, ApplicationStatus::Cancelled, QStringLiteral("   "), QString(), &error));
    QVERIFY(!actions.changeStatus(m_applicationId, ApplicationStatus::Expired, QString(), QString(), &error));
    QVERIFY(outbox().isEmpty());
    QVERIFY2(actions.changeStatus(m_applicationId, ApplicationStatus::Cancelled, QStringLiteral(" The family moved "),
                                  QString(), &error),
             qPrintable(error));
    QCOMPARE(application().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(application().value(QStringLiteral("closed_reason")).toString(), QStringLiteral("The family moved"));
    const QJsonObject payload = outbox().at(0).value(QStringLiteral("payload")).toObject();
    QStringList fields = payload.keys();
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("closed_reason"), QStringLiteral("status")}));
    // Final: nothing may follow.
    QVERIFY(!actions.changeStatus(m_applicationId, ApplicationStatus::InReview, QString(), QString(), &error));
}

void TestApplicationActions::anOfferGoesBackToReviewOnlyWithItsReason()
{
    seed(QStringLiteral("offered"));
    ApplicationActions actions(*m_cache, m_me, QStringLiteral("Lotte Van Damme"));
    actions.setClock(QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
    QString error;
    QVERIFY(!actions.changeStatus(m_applicationId, ApplicationStatus::InReview, QString(), QString(), &error));
    QVERIFY(!actions.changeStatus(m_applicationId, ApplicationStatus::InReview, QStringLiteral("moved"), QString(),
                                  &error));
    QVERIFY(outbox().isEmpty());
    QVERIFY2(actions.changeStatus(m_applicationId, ApplicationStatus::InReview, QStringLiteral("declined"),
                                  QStringLiteral("Too far from work."), &error),
             qPrintable(error));
    QCOMPARE(application().value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
    const QVector<Note> notes = NoteLog::parse(application().value(QStringLiteral("notes")).toString());
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0).author, QStringLiteral("Lotte Van Damme"));
    QCOMPARE(notes.at(0).authorId, m_me);
    QCOMPARE(notes.at(0).at, QStringLiteral("2026-12-01T09:30:00Z"));
    QVERIFY(notes.at(0).text.endsWith(QStringLiteral("Too far from work.")));
}

void TestApplicationActions::assignWritesTheOutbox()
{
    ApplicationActions actions(*m_cache, m_me, QStringLiteral("Lotte Van Damme"));
    QString error;
    for (const QString& wrong : {m_referrer, m_inactive, m_mechelen, Uuid::v7()}) {
        QVERIFY(!actions.assign(m_applicationId, wrong, &error));
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(outbox().isEmpty());
    QVERIFY2(actions.assign(m_applicationId, m_me, &error), qPrintable(error));
    QCOMPARE(application().value(QStringLiteral("assigned_account_id")).toString(), m_me);
    QVERIFY2(actions.assign(m_applicationId, QString(), &error), qPrintable(error));
    QVERIFY(application().value(QStringLiteral("assigned_account_id")).isNull());
    const QVector<QJsonObject> entries = outbox();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0)
                 .value(QStringLiteral("payload"))
                 .toObject()
                 .value(QStringLiteral("assigned_account_id"))
                 .toObject()
                 .value(QStringLiteral("new"))
                 .toString(),
             m_me);
}

void TestApplicationActions::notesAreAppendedWithAuthorAndTime()
{
    ApplicationActions actions(*m_cache, m_me, QStringLiteral("Lotte Van Damme"));
    QString error;
    QVERIFY(!actions.addNote(m_applicationId, QStringLiteral("  \n "), &error));
    actions.setClock(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    QVERIFY2(actions.addNote(m_applicationId, QStringLiteral("Called the mother."), &error), qPrintable(error));
    actions.setClock(QDateTime(QDate(2026, 12, 1), QTime(11, 15), Qt::UTC));
    QVERIFY2(actions.addNote(m_applicationId, QStringLiteral("Documents in."), &error), qPrintable(error));
    const QVector<Note> notes = NoteLog::parse(application().value(QStringLiteral("notes")).toString());
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0), (Note{QStringLiteral("2026-12-01T10:00:00Z"), m_me, QStringLiteral("Lotte Van Damme"),
                                QStringLiteral("Called the mother.")}));
    QCOMPARE(notes.at(1).text, QStringLiteral("Documents in."));
    QCOMPARE(notes.at(1).at, QStringLiteral("2026-12-01T11:15:00Z"));
    QCOMPARE(outbox().size(), 2); // each note its own change: the server merges appends, never two in one
}

void TestApplicationActions::pendingChangesListTheirFields()
{
    ApplicationActions actions(*m_cache, m_me, QStringLiteral("Lotte Van Damme"));
    QString error;
    QVERIFY(actions.changeStatus(m_applicationId, ApplicationStatus::Cancelled, QStringLiteral("Moved"), QString(),
                                 &error));
    const QVector<QJsonObject> pending =
        RecordQuery(*m_cache).pendingFor(QStringLiteral("applications"), m_applicationId);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).value(QStringLiteral("op")).toString(), QStringLiteral("update"));
    QCOMPARE(pending.at(0).value(QStringLiteral("fields")).toArray(),
             (QJsonArray{QStringLiteral("status"), QStringLiteral("closed_reason")}));
    QVERIFY(!pending.at(0).value(QStringLiteral("created_at")).toString().isEmpty());
    QVERIFY(RecordQuery(*m_cache).pendingFor(QStringLiteral("parents"), m_applicationId).isEmpty());
}

QTEST_GUILESS_MAIN(TestApplicationActions)
#include "TestApplicationActions.moc"
