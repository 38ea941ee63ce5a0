#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "domain/Uuid.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// POST /sync/push, per mutation: insert and numbering, merge, conflict, gone, rejected, duplicate (applications
// and parents), references to missing parents.
using namespace TestMutations;

class TestServerPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void insertsFamilyAndNumbersApplications();
    void updateMergesPerField();
    void updateConflictKeepsOtherFieldsMerged();
    void goneForMissingAndDeletedRows();
    void deleteWithStaleVersionIsConflict();
    void rejectsInvalidRowsAndForbiddenWrites();
    void rejectsForbiddenStatusTransition();
    void duplicateApplicationForSameChild();
    void duplicateNotFiledByTheReferrerIsNotNamed();
    void duplicateParentByNationalNumber();
    void parentsWithoutNationalNumberAreNeverDuplicates();
    void childOrApplicationOfMissingParentIsRejected();
    void referrerInsertsGetServerFields();
    void otherRegionRowIsGoneWithoutLeaking();

private:
    using Family = TestAccounts::Family;
    QJsonObject storedRow(const QString& table, const QString& id) { return m_server.storedRow(table, id); }

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
    int m_year = QDate::currentDate().year();
};

void TestServerPush::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QString antwerpen = QStringLiteral("antwerpen");
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("regie"), QStringLiteral("coordinator"), {antwerpen}},
                                {QStringLiteral("loket"), QStringLiteral("counter"), {antwerpen}},
                                {QStringLiteral("mech"), QStringLiteral("counter"), {QStringLiteral("mechelen")}},
                                {QStringLiteral("ref"), QStringLiteral("referrer"), {antwerpen}}},
                               &error),
             qPrintable(error));
}

void TestServerPush::insertsFamilyAndNumbersApplications()
{
    const Family first = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    const QJsonObject filed = first.applicationResult();
    QCOMPARE(filed.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(filed.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(filed.value(QStringLiteral("seq")).toInt() > 0);
    const QJsonObject row = filed.value(QStringLiteral("server_row")).toObject();
    QCOMPARE(row.value(QStringLiteral("number")).toString(), QStringLiteral("ANT-%1-000001").arg(m_year));
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    QVERIFY(!row.value(QStringLiteral("submitted_at")).toString().isEmpty());
    QCOMPARE(storedRow(QStringLiteral("applications"), first.applicationId).value(QStringLiteral("number")).toString(),
             QStringLiteral("ANT-%1-000001").arg(m_year));
    const Family second = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    QCOMPARE(second.applicationResult()
                 .value(QStringLiteral("server_row"))
                 .toObject()
                 .value(QStringLiteral("number"))
                 .toString(),
             QStringLiteral("ANT-%1-000002").arg(m_year));
    const Family mechelen = m_accounts.fileFamily(QStringLiteral("mech"), QStringLiteral("mechelen"));
    QCOMPARE(mechelen.applicationResult()
                 .value(QStringLiteral("server_row"))
                 .toObject()
                 .value(QStringLiteral("number"))
                 .toString(),
             QStringLiteral("MEC-%1-000001").arg(m_year));
    // A client-chosen number is ignored.
    QJsonObject child = childRow(QStringLiteral("antwerpen"), first.parentId);
    QJsonObject app =
        applicationRow(QStringLiteral("antwerpen"), first.parentId, child.value(QStringLiteral("id")).toString());
    app.insert(QStringLiteral("number"), QStringLiteral("ANT-1999-999999"));
    const QJsonArray r = m_accounts.pushAll(QStringLiteral("loket"), {insert(QStringLiteral("children"), child),
                                                                      insert(QStringLiteral("applications"), app)});
    QCOMPARE(
        r.at(1).toObject().value(QStringLiteral("server_row")).toObject().value(QStringLiteral("number")).toString(),
        QStringLiteral("ANT-%1-000003").arg(m_year));
}

void TestServerPush::updateMergesPerField()
{
    const Family f = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    const QJsonObject r = m_accounts.pushOne(
        QStringLiteral("loket"),
        update(QStringLiteral("parents"), f.parentId, 1,
               {{QStringLiteral("first_name"), change(QStringLiteral("Ayşe"), QStringLiteral("Aysel"))}}));
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(r.value(QStringLiteral("version")).toInt(), 2);
    // Another device changed a different field from the same base: no conflict, both kept.
    const QJsonObject other =
        m_accounts.pushOne(QStringLiteral("regie"),
                           update(QStringLiteral("parents"), f.parentId, 1,
                                  {{QStringLiteral("notes"), change(QJsonValue(), QStringLiteral("belt terug"))}}));
    QCOMPARE(other.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QJsonObject stored = storedRow(QStringLiteral("parents"), f.parentId);
    QCOMPARE(stored.value(QStringLiteral("first_name")).toString(), QStringLiteral("Aysel"));
    QCOMPARE(stored.value(QStringLiteral("notes")).toString(), QStringLiteral("belt terug"));
    QCOMPARE(stored.value(QStringLiteral("version")).toInt(), 3);
    // A field that already has the new value is no conflict, and nothing is written.
    const QJsonObject same = m_accounts.pushOne(
        QStringLiteral("regie"),
        update(QStringLiteral("parents"), f.parentId, 1,
               {{QStringLiteral("first_name"), change(QStringLiteral("Ayşe"), QStringLiteral("Aysel"))}}));
    QCOMPARE(same.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(storedRow(QStringLiteral("parents"), f.parentId).value(QStringLiteral("version")).toInt(), 3);
}

void TestServerPush::updateConflictKeepsOtherFieldsMerged()
{
    const Family f = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    m_accounts.pushOne(
        QStringLiteral("regie"),
        update(QStringLiteral("parents"), f.parentId, 1,
               {{QStringLiteral("phone"), change(QStringLiteral("+32470123456"), QStringLiteral("+32470999999"))}}));
    const QJsonObject r = m_accounts.pushOne(
        QStringLiteral("loket"),
        update(QStringLiteral("parents"), f.parentId, 1,
               {{QStringLiteral("phone"), change(QStringLiteral("+32470123456"), QStringLiteral("+32470111111"))},
                {QStringLiteral("street"), change(QJsonValue(), QStringLiteral("Handelstraat"))}}));
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
    const QJsonObject serverRow = r.value(QStringLiteral("server_row")).toObject();
    QCOMPARE(serverRow.value(QStringLiteral("phone")).toString(), QStringLiteral("+32470999999"));
    QCOMPARE(serverRow.value(QStringLiteral("street")).toString(), QStringLiteral("Handelstraat"));
    QCOMPARE(serverRow.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(storedRow(QStringLiteral("parents"), f.parentId), serverRow);
    QVERIFY(r.value(QStringLiteral("reason")).toString().contains(QStringLiteral("phone")));
}

void TestServerPush::goneForMissingAndDeletedRows()
{
    const QJsonObject missing = m_accounts.pushOne(
        QStringLiteral("loket"), update(QStringLiteral("parents"), Uuid::v7(), 1,
                                        {{QStringLiteral("notes"), change(QJsonValue(), QStringLiteral("x"))}}));
    QCOMPARE(missing.value(QStringLiteral("status")).toString(), QStringLiteral("gone"));
    const Family f = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    const QJsonObject deleted =
        m_accounts.pushOne(QStringLiteral("loket"), remove(QStringLiteral("children"), f.childId, 1));
    QCOMPARE(deleted.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(deleted.value(QStringLiteral("version")).toInt(), 2);
    QVERIFY(m_server.storage().findTombstone(QStringLiteral("children"), f.childId).has_value());
    QVERIFY(storedRow(QStringLiteral("children"), f.childId).isEmpty());
    const QJsonObject after = m_accounts.pushOne(
        QStringLiteral("regie"),
        update(QStringLiteral("children"), f.childId, 1,
               {{QStringLiteral("first_name"), change(QStringLiteral("Elif"), QStringLiteral("Ela"))}}));
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("gone"));
    const QJsonObject again =
        m_accounts.pushOne(QStringLiteral("regie"), remove(QStringLiteral("children"), f.childId, 1));
    QCOMPARE(again.value(QStringLiteral("status")).toString(), QStringLiteral("gone"));
    const QJsonObject reinsert = m_accounts.pushOne(
        QStringLiteral("regie"),
        insert(QStringLiteral("children"), QJsonObject{{QStringLiteral("id"), f.childId},
                                                       {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                                                       {QStringLiteral("parent_id"), f.parentId},
                                                       {QStringLiteral("first_name"), QStringLiteral("Ela")},
                                                       {QStringLiteral("birth_date"), QStringLiteral("2025-05-01")}}));
    QCOMPARE(reinsert.value(QStringLiteral("status")).toString(), QStringLiteral("gone"));
}

void TestServerPush::deleteWithStaleVersionIsConflict()
{
    const Family f = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    m_accounts.pushOne(QStringLiteral("loket"),
                       update(QStringLiteral("parents"), f.parentId, 1,
                              {{QStringLiteral("notes"), change(QJsonValue(), QStringLiteral("nieuw"))}}));
    const QJsonObject r = m_accounts.pushOne(QStringLiteral("regie"), remove(QStringLiteral("parents"), f.parentId, 1));
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
    QCOMPARE(r.value(QStringLiteral("server_row")).toObject().value(QStringLiteral("version")).toInt(), 2);
    QVERIFY(!storedRow(QStringLiteral("parents"), f.parentId).isEmpty());
}

void TestServerPush::rejectsInvalidRowsAndForbiddenWrites()
{
    QJsonObject bad = parentRow(QStringLiteral("antwerpen"));
    bad.insert(QStringLiteral("email"), QStringLiteral("not-an-address"));
    const QJsonObject invalid = m_accounts.pushOne(QStringLiteral("loket"), insert(QStringLiteral("parents"), bad));
    QCOMPARE(invalid.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY(invalid.value(QStringLiteral("reason")).toString().contains(QStringLiteral("email")));
    QVERIFY(storedRow(QStringLiteral("parents"), bad.value(QStringLiteral("id")).toString()).isEmpty());

    const QJsonObject otherRegion = m_accounts.pushOne(
        QStringLiteral("loket"), insert(QStringLiteral("parents"), parentRow(QStringLiteral("mechelen"))));
    QCOMPARE(otherRegion.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY(otherRegion.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("forbidden")));

    const QJsonObject location{{QStringLiteral("id"), Uuid::v7()},
                               {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                               {QStringLiteral("name"), QStringLiteral("De Boomhut")},
                               {QStringLiteral("kind"), QStringLiteral("group")}};
    const QJsonObject counterLocation =
        m_accounts.pushOne(QStringLiteral("loket"), insert(QStringLiteral("locations"), location));
    QCOMPARE(counterLocation.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY(counterLocation.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("forbidden")));
    QCOMPARE(m_accounts.pushOne(QStringLiteral("regie"), insert(QStringLiteral("locations"), location))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));

    const Family f = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    const QJsonObject move = m_accounts.pushOne(
        QStringLiteral("loket"),
        update(QStringLiteral("parents"), f.parentId, 1,
               {{QStringLiteral("region_id"), change(QStringLiteral("antwerpen"), QStringLiteral("mechelen"))}}));
    QCOMPARE(move.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(storedRow(QStringLiteral("parents"), f.parentId).value(QStringLiteral("region_id")).toString(),
             QStringLiteral("antwerpen"));
    const QJsonObject unknownField = m_accounts.pushOne(
        QStringLiteral("loket"), update(QStringLiteral("parents"), f.parentId, 1,
                                        {{QStringLiteral("password"), change(QJsonValue(), QStringLiteral("x"))}}));
    QCOMPARE(unknownField.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    const QJsonObject number = m_accounts.pushOne(
        QStringLiteral("regie"),
        update(QStringLiteral("applications"), f.applicationId, 1,
               {{QStringLiteral("number"), change(QJsonValue(), QStringLiteral("ANT-2000-000001"))}}));
    QCOMPARE(number.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
}

void TestServerPush::rejectsForbiddenStatusTransition()
{
    const Family f = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    const QJsonObject skip = m_accounts.pushOne(
        QStringLiteral("loket"),
        update(QStringLiteral("applications"), f.applicationId, 1,
               {{QStringLiteral("status"), change(QStringLiteral("submitted"), QStringLiteral("placed"))},
                {QStringLiteral("notes"), change(QJsonValue(), QStringLiteral("snel"))}}));
    QCOMPARE(skip.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY(skip.value(QStringLiteral("reason")).toString().contains(QStringLiteral("placed")));
    QJsonObject stored = storedRow(QStringLiteral("applications"), f.applicationId);
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    QVERIFY(stored.value(QStringLiteral("notes")).isNull()); // nothing of a rejected mutation is applied
    const QJsonObject review = m_accounts.pushOne(
        QStringLiteral("loket"),
        update(QStringLiteral("applications"), f.applicationId, 1,
               {{QStringLiteral("status"), change(QStringLiteral("submitted"), QStringLiteral("in_review"))}}));
    QCOMPARE(review.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QJsonObject inserted = applicationRow(QStringLiteral("antwerpen"), f.parentId, Uuid::v7());
    inserted.insert(QStringLiteral("status"), QStringLiteral("placed"));
    QCOMPARE(m_accounts.pushOne(QStringLiteral("loket"), insert(QStringLiteral("applications"), inserted))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("rejected"));
}

void TestServerPush::duplicateApplicationForSameChild()
{
    const Family f = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    const QJsonObject second = applicationRow(QStringLiteral("antwerpen"), f.parentId, f.childId);
    const QJsonObject r = m_accounts.pushOne(QStringLiteral("regie"), insert(QStringLiteral("applications"), second));
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    const QJsonObject existing = r.value(QStringLiteral("server_row")).toObject();
    QCOMPARE(existing.value(QStringLiteral("id")).toString(), f.applicationId);
    QCOMPARE(existing.value(QStringLiteral("child_id")).toString(), f.childId);
    QVERIFY(storedRow(QStringLiteral("applications"), second.value(QStringLiteral("id")).toString()).isEmpty());
    // Once the first is final, a new application for the child is fine.
    m_accounts.pushOne(
        QStringLiteral("regie"),
        update(QStringLiteral("applications"), f.applicationId, 1,
               {{QStringLiteral("status"), change(QStringLiteral("submitted"), QStringLiteral("cancelled"))},
                {QStringLiteral("closed_reason"), change(QJsonValue(), QStringLiteral("Moved away"))}}));
    QCOMPARE(m_accounts.pushOne(QStringLiteral("regie"), insert(QStringLiteral("applications"), second))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
}

void TestServerPush::duplicateNotFiledByTheReferrerIsNotNamed()
{
    const QJsonObject p = parentRow(QStringLiteral("antwerpen"));
    const QJsonObject c = childRow(QStringLiteral("antwerpen"), p.value(QStringLiteral("id")).toString());
    m_accounts.pushAll(QStringLiteral("ref"),
                       {insert(QStringLiteral("parents"), p), insert(QStringLiteral("children"), c)});
    const QJsonObject counterApp = applicationRow(QStringLiteral("antwerpen"), p.value(QStringLiteral("id")).toString(),
                                                  c.value(QStringLiteral("id")).toString());
    QCOMPARE(m_accounts.pushOne(QStringLiteral("loket"), insert(QStringLiteral("applications"), counterApp))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    // The referrer may see only what it filed: the counter's application is neither named nor confirmed (before,
    // the answer was `duplicate` with its id and number). docs/PROTOCOL.md "References".
    const QJsonObject r =
        m_accounts.pushOne(QStringLiteral("ref"),
                           insert(QStringLiteral("applications"),
                                  applicationRow(QStringLiteral("antwerpen"), p.value(QStringLiteral("id")).toString(),
                                                 c.value(QStringLiteral("id")).toString())));
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QVERIFY(!QJsonDocument(r).toJson().contains(counterApp.value(QStringLiteral("id")).toString().toUtf8()));
}

void TestServerPush::duplicateParentByNationalNumber()
{
    QJsonObject first = parentRow(QStringLiteral("antwerpen"));
    first.insert(QStringLiteral("national_number"), QStringLiteral("85.07.30-033.28"));
    QCOMPARE(m_accounts.pushOne(QStringLiteral("loket"), insert(QStringLiteral("parents"), first))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    const QString firstId = first.value(QStringLiteral("id")).toString();

    // A second clerk filed the same parent offline, with the number written differently, and queued the
    // child and its application behind it: the parent is a duplicate, and what hangs on it is refused.
    QJsonObject second = parentRow(QStringLiteral("antwerpen"));
    second.insert(QStringLiteral("national_number"), QStringLiteral("85073003328"));
    const QString secondId = second.value(QStringLiteral("id")).toString();
    const QJsonObject child = childRow(QStringLiteral("antwerpen"), secondId);
    const QJsonObject app =
        applicationRow(QStringLiteral("antwerpen"), secondId, child.value(QStringLiteral("id")).toString());
    const QJsonArray r = m_accounts.pushAll(QStringLiteral("regie"), {insert(QStringLiteral("parents"), second),
                                                                      insert(QStringLiteral("children"), child),
                                                                      insert(QStringLiteral("applications"), app)});
    QCOMPARE(r.size(), 3);
    const QJsonObject duplicate = r.at(0).toObject();
    QCOMPARE(duplicate.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(duplicate.value(QStringLiteral("server_row")).toObject(), storedRow(QStringLiteral("parents"), firstId));
    QVERIFY(storedRow(QStringLiteral("parents"), secondId).isEmpty());
    for (int i = 1; i < 3; ++i) {
        const QJsonObject refused = r.at(i).toObject();
        QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(refused.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("invalid: parent %1 does not exist").arg(secondId));
    }
    QVERIFY(storedRow(QStringLiteral("children"), child.value(QStringLiteral("id")).toString()).isEmpty());
    QVERIFY(storedRow(QStringLiteral("applications"), app.value(QStringLiteral("id")).toString()).isEmpty());

    // A clerk of another region learns nothing of the existing parent: its own parent with the same number is
    // its region's record (before, the answer was `duplicate` naming the Antwerp id)...
    QJsonObject elsewhere = parentRow(QStringLiteral("mechelen"));
    elsewhere.insert(QStringLiteral("national_number"), QStringLiteral("85 07 30 033 28"));
    const QJsonObject own = m_accounts.pushOne(QStringLiteral("mech"), insert(QStringLiteral("parents"), elsewhere));
    QCOMPARE(own.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QVERIFY(!QJsonDocument(own).toJson().contains(firstId.toUtf8()));
    QVERIFY(!storedRow(QStringLiteral("parents"), elsewhere.value(QStringLiteral("id")).toString()).isEmpty());
    // ...and the Antwerp id answers like an unknown one: no child is filed under it.
    QCOMPARE(m_accounts
                 .pushOne(QStringLiteral("mech"),
                          insert(QStringLiteral("children"), childRow(QStringLiteral("mechelen"), firstId)))
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("invalid: parent %1 does not exist").arg(firstId));
    // Another national number is another person.
    QJsonObject other = parentRow(QStringLiteral("antwerpen"));
    other.insert(QStringLiteral("national_number"), QStringLiteral("90021412303"));
    QCOMPARE(m_accounts.pushOne(QStringLiteral("regie"), insert(QStringLiteral("parents"), other))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
}

void TestServerPush::parentsWithoutNationalNumberAreNeverDuplicates()
{
    const QJsonObject first = parentRow(QStringLiteral("antwerpen"));
    QJsonObject same = first;
    same.insert(QStringLiteral("id"), Uuid::v7()); // the same person as far as name and contact go
    QVERIFY(first.value(QStringLiteral("national_number")).isUndefined());
    const QJsonArray r = m_accounts.pushAll(
        QStringLiteral("loket"), {insert(QStringLiteral("parents"), first), insert(QStringLiteral("parents"), same)});
    QCOMPARE(r.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(r.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QVERIFY(!storedRow(QStringLiteral("parents"), same.value(QStringLiteral("id")).toString()).isEmpty());
}

void TestServerPush::childOrApplicationOfMissingParentIsRejected()
{
    const QString nobody = Uuid::v7();
    const QJsonObject child = childRow(QStringLiteral("antwerpen"), nobody);
    const QJsonObject orphan = m_accounts.pushOne(QStringLiteral("loket"), insert(QStringLiteral("children"), child));
    QCOMPARE(orphan.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(orphan.value(QStringLiteral("reason")).toString(),
             QStringLiteral("invalid: parent %1 does not exist").arg(nobody));
    QVERIFY(storedRow(QStringLiteral("children"), child.value(QStringLiteral("id")).toString()).isEmpty());

    // A deleted parent does not exist either: a child filed offline under it is refused.
    const Family f = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    QCOMPARE(m_accounts.pushOne(QStringLiteral("regie"), remove(QStringLiteral("parents"), f.parentId, 1))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    const QJsonObject late = childRow(QStringLiteral("antwerpen"), f.parentId);
    const QJsonObject lateApp =
        applicationRow(QStringLiteral("antwerpen"), f.parentId, late.value(QStringLiteral("id")).toString());
    const QJsonArray r = m_accounts.pushAll(QStringLiteral("loket"), {insert(QStringLiteral("children"), late),
                                                                      insert(QStringLiteral("applications"), lateApp)});
    for (const QJsonValue& v : r) {
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(v.toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("does not exist")));
    }
    QVERIFY(storedRow(QStringLiteral("applications"), lateApp.value(QStringLiteral("id")).toString()).isEmpty());
}

void TestServerPush::referrerInsertsGetServerFields()
{
    QJsonObject p = parentRow(QStringLiteral("antwerpen"));
    p.insert(QStringLiteral("referrer_account_id"), QStringLiteral("someone-else"));
    const QJsonObject c = childRow(QStringLiteral("antwerpen"), p.value(QStringLiteral("id")).toString());
    const QJsonObject a = applicationRow(QStringLiteral("antwerpen"), p.value(QStringLiteral("id")).toString(),
                                         c.value(QStringLiteral("id")).toString());
    const QJsonArray r = m_accounts.pushAll(QStringLiteral("ref"), {insert(QStringLiteral("parents"), p),
                                                                    insert(QStringLiteral("children"), c),
                                                                    insert(QStringLiteral("applications"), a)});
    for (const QJsonValue& v : r)
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QString refId = m_server.storage().accountByUsername(QStringLiteral("ref"))->id;
    QCOMPARE(storedRow(QStringLiteral("parents"), p.value(QStringLiteral("id")).toString())
                 .value(QStringLiteral("referrer_account_id"))
                 .toString(),
             refId);
    const QJsonObject app = r.at(2).toObject().value(QStringLiteral("server_row")).toObject();
    QCOMPARE(app.value(QStringLiteral("channel")).toString(), QStringLiteral("referrer"));
    QCOMPARE(app.value(QStringLiteral("referrer_account_id")).toString(), refId);
    // The referrer may change what it filed, but not delete it, and not touch rows of others.
    QCOMPARE(m_accounts
                 .pushOne(QStringLiteral("ref"),
                          update(QStringLiteral("parents"), p.value(QStringLiteral("id")).toString(), 1,
                                 {{QStringLiteral("notes"), change(QJsonValue(), QStringLiteral("doorverwezen"))}}))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    QCOMPARE(m_accounts
                 .pushOne(QStringLiteral("ref"),
                          remove(QStringLiteral("parents"), p.value(QStringLiteral("id")).toString(), 2))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("rejected"));
    const Family other = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    QCOMPARE(m_accounts
                 .pushOne(QStringLiteral("ref"),
                          update(QStringLiteral("parents"), other.parentId, 1,
                                 {{QStringLiteral("notes"), change(QJsonValue(), QStringLiteral("x"))}}))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("gone"));
}

void TestServerPush::otherRegionRowIsGoneWithoutLeaking()
{
    const Family antwerp = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    const QJsonObject r = m_accounts.pushOne(
        QStringLiteral("mech"), update(QStringLiteral("parents"), antwerp.parentId, 1,
                                       {{QStringLiteral("notes"), change(QJsonValue(), QStringLiteral("hack"))}}));
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("gone"));
    QVERIFY(!r.contains(QStringLiteral("server_row")));
    const QJsonObject d =
        m_accounts.pushOne(QStringLiteral("mech"), remove(QStringLiteral("applications"), antwerp.applicationId, 1));
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("gone"));
    QVERIFY(!d.contains(QStringLiteral("server_row")));
    QVERIFY(storedRow(QStringLiteral("parents"), antwerp.parentId).value(QStringLiteral("notes")).isNull());
    QVERIFY(!storedRow(QStringLiteral("applications"), antwerp.applicationId).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerPush)
#include "TestServerPush.moc"
