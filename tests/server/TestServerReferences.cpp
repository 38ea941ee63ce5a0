#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "domain/NoteLog.h"
#include "domain/Uuid.h"
#include "mail/MailDelivery.h"
#include "service/SyncServer.h"
#include "storage/ServerStorage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// The cross-region holes a probe found (docs/PROTOCOL.md "References"), each as it was tried: a counter of one
// region filing an application, or queueing mail, for another region's family by naming its ids, and a
// coordinator offering a place to another region's application. Then the rules around them: references that
// must fit, duplicates that never name what the caller may not see, mail composed only inside one region, the
// referrer's limits, notes signed by the server and enumerated fields.
using namespace TestMutations;

namespace {

const QString kAntwerpen = QStringLiteral("antwerpen");
const QString kMechelen = QStringLiteral("mechelen");

} // namespace

class TestServerReferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counterCannotFileForAnotherRegionsFamily();
    void counterCannotMailAnotherRegionsParent();
    void coordinatorCannotOfferAnotherRegionsApplication();
    void referencesMustFitTheRow();
    void duplicatesNeverNameWhatTheCallerMayNotSee();
    void mailIsComposedOnlyInsideOneRegion();
    void referrerFilesAndCompletesOnly();
    void notesAreSignedByTheServer();
    void enumeratedFieldsTakeOnlyTheirValues();

private:
    using Family = TestAccounts::Family;
    Family family(const QString& user, const QString& region, const QString& nationalNumber = QString())
    {
        return m_accounts.fileFamily(user, region, nationalNumber);
    }
    QJsonObject stored(const QString& table, const QString& id) { return m_server.storedRow(table, id); }
    // Messages the admin pulls that name `parentId`.
    QVector<QJsonObject> messagesTo(const QString& parentId);
    QStringList mailFiles() const;
    void deliverMail();

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
    QTemporaryDir m_mailDir;
};

void TestServerReferences::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY(m_mailDir.isValid());
    m_server.configure([this](ServerOptions& o) {
        o.mailDir = m_mailDir.path();
        o.mailFrom = QStringLiteral("loket@opvangloket.example");
    });
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("admin"), QStringLiteral("admin"), {}},
                                {QStringLiteral("regie.antwerpen"), QStringLiteral("coordinator"), {kAntwerpen}},
                                {QStringLiteral("loket.antwerpen"), QStringLiteral("counter"), {kAntwerpen}},
                                {QStringLiteral("loket.mechelen"), QStringLiteral("counter"), {kMechelen}},
                                {QStringLiteral("toeleider"), QStringLiteral("referrer"), {kAntwerpen}}},
                               &error),
             qPrintable(error));
}

QVector<QJsonObject> TestServerReferences::messagesTo(const QString& parentId)
{
    QVector<QJsonObject> messages;
    for (const QJsonObject& c : m_server.pullAll(m_accounts.token(QStringLiteral("admin")))) {
        const QJsonObject row = c.value(QStringLiteral("row")).toObject();
        if (str(c, "table") == QLatin1String("messages") && str(row, "parent_id") == parentId)
            messages.append(row);
    }
    return messages;
}

QStringList TestServerReferences::mailFiles() const
{
    return QDir(m_mailDir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files);
}

void TestServerReferences::deliverMail()
{
    MailDelivery& delivery = m_server.server().mailDelivery();
    QSignalSpy finished(&delivery, &MailDelivery::roundFinished);
    QVERIFY(delivery.runOnce());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
}

// The probe: loket.mechelen files a Mechelen parent with an Antwerp parent's national number, and then an
// application naming the Antwerp parent and child. Before, the duplicate answer handed back the Antwerp id and
// the application was applied, its acknowledgement greeting the Antwerp family by name and mailing it.
void TestServerReferences::counterCannotFileForAnotherRegionsFamily()
{
    const QString number = QStringLiteral("85.07.30-033.28");
    const Family antwerp = family(QStringLiteral("loket.antwerpen"), kAntwerpen, number);
    deliverMail();
    const QStringList mailBefore = mailFiles();

    QJsonObject probe = parentRow(kMechelen);
    probe.insert(QStringLiteral("national_number"), QStringLiteral("85073003328"));
    const QJsonObject answer =
        m_accounts.pushOne(QStringLiteral("loket.mechelen"), insert(QStringLiteral("parents"), probe));
    // Another region's parent is not a duplicate: the Mechelen record is Mechelen's own, and the answer names it.
    QCOMPARE(str(answer, "status"), QStringLiteral("applied"));
    QCOMPARE(str(answer.value(QStringLiteral("server_row")).toObject(), "id"), str(probe, "id"));
    QVERIFY(!QJsonDocument(answer).toJson().contains(antwerp.parentId.toUtf8()));

    const QJsonObject app = applicationRow(kMechelen, antwerp.parentId, antwerp.childId);
    const QJsonObject filed =
        m_accounts.pushOne(QStringLiteral("loket.mechelen"), insert(QStringLiteral("applications"), app));
    QCOMPARE(str(filed, "status"), QStringLiteral("rejected"));
    QCOMPARE(str(filed, "reason"), QStringLiteral("invalid: parent %1 does not exist").arg(antwerp.parentId));
    QVERIFY(stored(QStringLiteral("applications"), str(app, "id")).isEmpty());
    QCOMPARE(messagesTo(antwerp.parentId).size(), 1); // the family's own acknowledgement only

    // Nothing Mechelen pulls carries the Antwerp family's name.
    for (const QJsonObject& c : m_server.pullAll(m_accounts.token(QStringLiteral("loket.mechelen"))))
        QVERIFY(!QJsonDocument(c).toJson().contains(antwerp.parentId.toUtf8()));
    deliverMail();
    QCOMPARE(mailFiles(), mailBefore); // nobody was mailed
}

// The probe's second step: a message of its own ("Dringend: bevestig uw gegevens") to the Antwerp parent.
void TestServerReferences::counterCannotMailAnotherRegionsParent()
{
    const Family antwerp = family(QStringLiteral("loket.antwerpen"), kAntwerpen);
    const Family mechelen = family(QStringLiteral("loket.mechelen"), kMechelen);
    deliverMail();
    const int before = mailFiles().size();
    QJsonObject message = messageRow(kMechelen, antwerp.parentId, QString());
    message.insert(QStringLiteral("subject"), QStringLiteral("Dringend: bevestig uw gegevens"));
    message.insert(QStringLiteral("status"), QStringLiteral("queued"));
    message.insert(QStringLiteral("error"), QJsonValue());
    QJsonObject viaApplication = message;
    viaApplication.insert(QStringLiteral("id"), Uuid::v7());
    viaApplication.insert(QStringLiteral("parent_id"), mechelen.parentId);
    viaApplication.insert(QStringLiteral("application_id"), antwerp.applicationId);
    QJsonObject inAntwerp = message;
    inAntwerp.insert(QStringLiteral("id"), Uuid::v7());
    inAntwerp.insert(QStringLiteral("region_id"), kAntwerpen);
    const QJsonArray r =
        m_accounts.pushAll(QStringLiteral("loket.mechelen"), {insert(QStringLiteral("messages"), message),
                                                              insert(QStringLiteral("messages"), viaApplication),
                                                              insert(QStringLiteral("messages"), inAntwerp)});
    QCOMPARE(str(r.at(0).toObject(), "reason"),
             QStringLiteral("invalid: parent %1 does not exist").arg(antwerp.parentId));
    QCOMPARE(str(r.at(1).toObject(), "reason"),
             QStringLiteral("invalid: application %1 does not exist").arg(antwerp.applicationId));
    QVERIFY(str(r.at(2).toObject(), "reason").startsWith(QLatin1String("forbidden:")));
    deliverMail();
    QCOMPARE(mailFiles().size(), before);
    QCOMPARE(messagesTo(antwerp.parentId).size(), 1);
}

// The probe's third step: regie.antwerpen makes a `sent` offer for a Mechelen application.
void TestServerReferences::coordinatorCannotOfferAnotherRegionsApplication()
{
    const Family mechelen = family(QStringLiteral("loket.mechelen"), kMechelen);
    const QJsonObject location = locationRow(kAntwerpen);
    const QJsonObject place = freePlaceRow(kAntwerpen, str(location, "id"));
    m_accounts.pushAll(QStringLiteral("regie.antwerpen"),
                       {insert(QStringLiteral("locations"), location), insert(QStringLiteral("free_places"), place)});
    QJsonObject offer = offerRow(kAntwerpen, mechelen.applicationId, str(place, "id"), str(location, "id"));
    offer.insert(QStringLiteral("status"), QStringLiteral("sent"));
    const QJsonObject r =
        m_accounts.pushOne(QStringLiteral("regie.antwerpen"), insert(QStringLiteral("offers"), offer));
    QCOMPARE(str(r, "status"), QStringLiteral("rejected"));
    QCOMPARE(str(r, "reason"), QStringLiteral("invalid: application %1 does not exist").arg(mechelen.applicationId));
    QVERIFY(stored(QStringLiteral("offers"), str(offer, "id")).isEmpty());
    QCOMPARE(messagesTo(mechelen.parentId).size(), 1); // its acknowledgement, no offer mail
}

// Rows the caller may see, that do not belong together, are refused too.
void TestServerReferences::referencesMustFitTheRow()
{
    const Family one = family(QStringLiteral("admin"), kAntwerpen);
    const Family two = family(QStringLiteral("admin"), kAntwerpen);
    const Family mechelen = family(QStringLiteral("admin"), kMechelen);
    const QJsonObject location = locationRow(kAntwerpen);
    const QJsonObject other = locationRow(kAntwerpen);
    const QJsonObject place = freePlaceRow(kAntwerpen, str(location, "id"));
    m_accounts.pushAll(QStringLiteral("admin"),
                       {insert(QStringLiteral("locations"), location), insert(QStringLiteral("locations"), other),
                        insert(QStringLiteral("free_places"), place)});
    QJsonObject preferring = applicationRow(kAntwerpen, one.parentId, Uuid::v7());
    const QJsonObject child = childRow(kAntwerpen, one.parentId);
    m_accounts.pushOne(QStringLiteral("admin"), insert(QStringLiteral("children"), child));
    preferring.insert(QStringLiteral("child_id"), str(child, "id"));
    preferring.insert(QStringLiteral("preferences"), QJsonArray{str(location, "id"), Uuid::v7()});
    const QJsonArray r = m_accounts.pushAll(
        QStringLiteral("admin"),
        {insert(QStringLiteral("applications"), applicationRow(kAntwerpen, one.parentId, two.childId)),
         insert(QStringLiteral("children"), childRow(kAntwerpen, mechelen.parentId)),
         insert(QStringLiteral("offers"), offerRow(kAntwerpen, one.applicationId, str(place, "id"), str(other, "id"))),
         insert(QStringLiteral("emergency_entries"), emergencyRow(kAntwerpen, one.applicationId, two.parentId)),
         insert(QStringLiteral("messages"), messageRow(kAntwerpen, two.parentId, one.applicationId)),
         insert(QStringLiteral("applications"), preferring)});
    const QStringList reasons{QStringLiteral("invalid: child_id: is a child of another parent"),
                              QStringLiteral("invalid: parent_id: lies in another region than this record"),
                              QStringLiteral("invalid: free_place_id: is a place at another location"),
                              QStringLiteral("invalid: parent_id: is not the parent of the application"),
                              QStringLiteral("invalid: application_id: is an application of another parent")};
    for (int i = 0; i < reasons.size(); ++i)
        QCOMPARE(str(r.at(i).toObject(), "reason"), reasons.at(i));
    QVERIFY(str(r.at(5).toObject(), "reason").endsWith(QLatin1String("does not exist")));
    // An update that changes a reference is held to the same rules.
    const QJsonObject moved = m_accounts.pushOne(
        QStringLiteral("loket.antwerpen"),
        update(QStringLiteral("applications"), one.applicationId, 1,
               {{QStringLiteral("preferences"), change(QJsonArray(), QJsonArray{str(location, "id")})},
                {QStringLiteral("assigned_account_id"),
                 change(QJsonValue(), m_accounts.accountId(QStringLiteral("loket.mechelen")))}}));
    QCOMPARE(str(moved, "status"), QStringLiteral("rejected"));
    QCOMPARE(str(moved, "reason"), QStringLiteral("invalid: account %1 does not exist")
                                       .arg(m_accounts.accountId(QStringLiteral("loket.mechelen"))));
    QCOMPARE(stored(QStringLiteral("applications"), one.applicationId).value(QStringLiteral("version")).toInt(), 1);
}

void TestServerReferences::duplicatesNeverNameWhatTheCallerMayNotSee()
{
    // The referrer files a family; a counter files the child's application. The referrer filing it too learns
    // nothing of the counter's application (it may see only what it filed).
    const QJsonObject p = parentRow(kAntwerpen);
    const QJsonObject c = childRow(kAntwerpen, str(p, "id"));
    m_accounts.pushAll(QStringLiteral("toeleider"),
                       {insert(QStringLiteral("parents"), p), insert(QStringLiteral("children"), c)});
    const QJsonObject counterApp = applicationRow(kAntwerpen, str(p, "id"), str(c, "id"));
    QCOMPARE(
        str(m_accounts.pushOne(QStringLiteral("loket.antwerpen"), insert(QStringLiteral("applications"), counterApp)),
            "status"),
        QStringLiteral("applied"));
    const QJsonObject referred =
        m_accounts.pushOne(QStringLiteral("toeleider"), insert(QStringLiteral("applications"),
                                                               applicationRow(kAntwerpen, str(p, "id"), str(c, "id"))));
    QCOMPARE(str(referred, "status"), QStringLiteral("applied"));
    QVERIFY(!QJsonDocument(referred).toJson().contains(str(counterApp, "id").toUtf8()));
    // Within what the caller sees a duplicate is still one, with the whole existing row.
    const QJsonObject again = m_accounts.pushOne(
        QStringLiteral("loket.antwerpen"),
        insert(QStringLiteral("applications"), applicationRow(kAntwerpen, str(p, "id"), str(c, "id"))));
    QCOMPARE(str(again, "status"), QStringLiteral("duplicate"));
    QCOMPARE(str(again.value(QStringLiteral("server_row")).toObject(), "id"), str(counterApp, "id"));
}

// Rows an operator put together by hand (a parent moved to Mechelen under an Antwerp application) never let a
// Mechelen name into an Antwerp message, nor a message reach a parent outside its region.
void TestServerReferences::mailIsComposedOnlyInsideOneRegion()
{
    const Family f = family(QStringLiteral("loket.antwerpen"), kAntwerpen);
    ServerStorage& storage = m_server.storage();
    QJsonObject parent = stored(QStringLiteral("parents"), f.parentId);
    parent.insert(QStringLiteral("region_id"), kMechelen);
    storage.beginWrite();
    storage.updateRow(QStringLiteral("parents"), parent, storage.takeSeq());
    storage.commit();
    const int before = messagesTo(f.parentId).size();
    const QJsonObject review = m_accounts.pushOne(
        QStringLiteral("loket.antwerpen"),
        update(QStringLiteral("applications"), f.applicationId, 1,
               {{QStringLiteral("status"), change(QStringLiteral("submitted"), QStringLiteral("in_review"))}}));
    QCOMPARE(str(review, "status"), QStringLiteral("applied"));
    QCOMPARE(messagesTo(f.parentId).size(), before); // no state mail composed from a Mechelen parent

    // A queued Antwerp message to that parent (written before the move) is not sent.
    QJsonObject queued = messageRow(kAntwerpen, f.parentId, f.applicationId);
    queued.insert(QStringLiteral("status"), QStringLiteral("queued"));
    queued.insert(QStringLiteral("error"), QJsonValue());
    queued.insert(QStringLiteral("version"), 1);
    queued.insert(QStringLiteral("updated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    deliverMail(); // once for what earlier tests queued, then for this message alone
    storage.beginWrite();
    storage.insertRow(QStringLiteral("messages"), queued, QString(), storage.takeSeq());
    storage.commit();
    const int files = mailFiles().size();
    deliverMail();
    QCOMPARE(mailFiles().size(), files);
    const QJsonObject outcome = stored(QStringLiteral("messages"), str(queued, "id"));
    QCOMPARE(str(outcome, "status"), QStringLiteral("failed"));
    QCOMPARE(str(outcome, "error"), QStringLiteral("the parent is not in this message's region"));
}

void TestServerReferences::referrerFilesAndCompletesOnly()
{
    const Family f = family(QStringLiteral("toeleider"), kAntwerpen);
    const QJsonObject app = stored(QStringLiteral("applications"), f.applicationId);
    const QString counterId = m_accounts.accountId(QStringLiteral("loket.antwerpen"));
    const QList<QPair<const char*, QJsonValue>> counterWork{{"status", QStringLiteral("cancelled")},
                                                            {"channel", QStringLiteral("counter")},
                                                            {"assigned_account_id", counterId},
                                                            {"referrer_account_id", QJsonValue()}};
    for (const auto& [field, value] : counterWork) {
        QJsonObject changes{{QLatin1String(field), change(app.value(QLatin1String(field)), value)}};
        if (qstrcmp(field, "status") == 0)
            changes.insert(QStringLiteral("closed_reason"), change(QJsonValue(), QStringLiteral("Verhuisd")));
        const QJsonObject r = m_accounts.pushOne(QStringLiteral("toeleider"),
                                                 update(QStringLiteral("applications"), f.applicationId, 1, changes));
        QVERIFY2(str(r, "reason").startsWith(QLatin1String("forbidden:")), field);
    }
    QCOMPARE(stored(QStringLiteral("applications"), f.applicationId), app);
    // Completing what it filed is its work.
    const QJsonObject completed = m_accounts.pushOne(
        QStringLiteral("toeleider"), update(QStringLiteral("applications"), f.applicationId, 1,
                                            {{QStringLiteral("start_flexibility_weeks"), change(QJsonValue(), 6)}}));
    QCOMPARE(str(completed, "status"), QStringLiteral("applied"));
    // Nor does it assign a new application.
    const QJsonObject c = childRow(kAntwerpen, f.parentId);
    QJsonObject assigned = applicationRow(kAntwerpen, f.parentId, str(c, "id"));
    assigned.insert(QStringLiteral("assigned_account_id"), counterId);
    const QJsonArray r =
        m_accounts.pushAll(QStringLiteral("toeleider"),
                           {insert(QStringLiteral("children"), c), insert(QStringLiteral("applications"), assigned)});
    QVERIFY(str(r.at(1).toObject(), "reason").startsWith(QLatin1String("forbidden:")));
    // A counter's parent naming an account that is no referrer is refused.
    QJsonObject parent = parentRow(kAntwerpen);
    parent.insert(QStringLiteral("referrer_account_id"), counterId);
    QCOMPARE(
        str(m_accounts.pushOne(QStringLiteral("loket.antwerpen"), insert(QStringLiteral("parents"), parent)), "reason"),
        QStringLiteral("invalid: referrer_account_id: must name a referrer's account"));
}

void TestServerReferences::notesAreSignedByTheServer()
{
    const Family f = family(QStringLiteral("loket.antwerpen"), kAntwerpen);
    const QString adminId = m_accounts.accountId(QStringLiteral("admin"));
    const QString forged = NoteLog::append(QString(), {QStringLiteral("2020-01-01T00:00:00Z"), adminId,
                                                       QStringLiteral("Beheerder"), QStringLiteral("Belde terug.")});
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QJsonObject r = m_accounts.pushOne(QStringLiteral("loket.antwerpen"),
                                             update(QStringLiteral("applications"), f.applicationId, 1,
                                                    {{QStringLiteral("notes"), change(QJsonValue(), forged)}}));
    QCOMPARE(str(r, "status"), QStringLiteral("applied"));
    const QVector<Note> notes = NoteLog::parse(str(stored(QStringLiteral("applications"), f.applicationId), "notes"));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0).authorId, m_accounts.accountId(QStringLiteral("loket.antwerpen")));
    QCOMPARE(notes.at(0).text, QStringLiteral("Belde terug."));
    QVERIFY(QDateTime::fromString(notes.at(0).at, Qt::ISODateWithMs) >= before);
    // An entry already stored keeps its author and time when the next one is appended.
    const QString kept = str(stored(QStringLiteral("applications"), f.applicationId), "notes");
    const QString appended =
        NoteLog::append(kept, {QStringLiteral("2020-01-01T00:00:00Z"), adminId, QString(), QStringLiteral("Mailde.")});
    m_accounts.pushOne(QStringLiteral("regie.antwerpen"), update(QStringLiteral("applications"), f.applicationId, 2,
                                                                 {{QStringLiteral("notes"), change(kept, appended)}}));
    const QVector<Note> both = NoteLog::parse(str(stored(QStringLiteral("applications"), f.applicationId), "notes"));
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0), notes.at(0));
    QCOMPARE(both.at(1).authorId, m_accounts.accountId(QStringLiteral("regie.antwerpen")));

    // Who put a family on the emergency list is the pushing account too, and stays so.
    QJsonObject entry = emergencyRow(kAntwerpen, f.applicationId, f.parentId);
    entry.insert(QStringLiteral("added_by"), adminId);
    m_accounts.pushOne(QStringLiteral("loket.antwerpen"), insert(QStringLiteral("emergency_entries"), entry));
    const QString counterId = m_accounts.accountId(QStringLiteral("loket.antwerpen"));
    QCOMPARE(str(stored(QStringLiteral("emergency_entries"), str(entry, "id")), "added_by"), counterId);
    m_accounts.pushOne(QStringLiteral("regie.antwerpen"),
                       update(QStringLiteral("emergency_entries"), str(entry, "id"), 1,
                              {{QStringLiteral("added_by"), change(counterId, adminId)}}));
    QCOMPARE(str(stored(QStringLiteral("emergency_entries"), str(entry, "id")), "added_by"), counterId);
}

void TestServerReferences::enumeratedFieldsTakeOnlyTheirValues()
{
    const Family f = family(QStringLiteral("admin"), kAntwerpen);
    QJsonObject location = locationRow(kAntwerpen);
    location.insert(QStringLiteral("kind"), QStringLiteral("castle"));
    QJsonObject goodLocation = locationRow(kAntwerpen);
    QJsonObject place = freePlaceRow(kAntwerpen, str(goodLocation, "id"));
    place.insert(QStringLiteral("status"), QStringLiteral("free"));
    QJsonObject offer = offerRow(kAntwerpen, f.applicationId, Uuid::v7(), str(goodLocation, "id"));
    offer.insert(QStringLiteral("status"), QStringLiteral("maybe"));
    QJsonObject message = messageRow(kAntwerpen, f.parentId, f.applicationId);
    message.insert(QStringLiteral("channel"), QStringLiteral("pigeon"));
    QJsonObject parent = parentRow(kAntwerpen);
    parent.insert(QStringLiteral("language"), QStringLiteral("Nederlands; DROP"));
    QJsonObject emergency = emergencyRow(kAntwerpen, f.applicationId, f.parentId);
    emergency.insert(QStringLiteral("reason"), QStringLiteral("bored"));
    const QJsonArray r = m_accounts.pushAll(
        QStringLiteral("admin"),
        {insert(QStringLiteral("locations"), goodLocation), insert(QStringLiteral("locations"), location),
         insert(QStringLiteral("free_places"), place), insert(QStringLiteral("offers"), offer),
         insert(QStringLiteral("messages"), message), insert(QStringLiteral("parents"), parent),
         insert(QStringLiteral("emergency_entries"), emergency)});
    QCOMPARE(str(r.at(0).toObject(), "status"), QStringLiteral("applied"));
    const QStringList fields{QStringLiteral("kind"),    QStringLiteral("status"),   QStringLiteral("status"),
                             QStringLiteral("channel"), QStringLiteral("language"), QStringLiteral("reason")};
    for (int i = 0; i < fields.size(); ++i) {
        const QString reason = str(r.at(i + 1).toObject(), "reason");
        QVERIFY2(reason.startsWith(QStringLiteral("invalid: ") + fields.at(i) + QLatin1Char(':')), qPrintable(reason));
    }
    // The same for an update: a status the state machine does not know.
    const QJsonObject bad = m_accounts.pushOne(
        QStringLiteral("admin"),
        update(QStringLiteral("applications"), f.applicationId, 1,
               {{QStringLiteral("status"), change(QStringLiteral("submitted"), QStringLiteral("won"))}}));
    QCOMPARE(str(bad, "status"), QStringLiteral("rejected"));
}

QTEST_GUILESS_MAIN(TestServerReferences)
#include "TestServerReferences.moc"
