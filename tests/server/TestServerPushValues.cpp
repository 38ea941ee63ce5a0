#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// POST /sync/push with values JSON can carry but storage cannot keep as sent (docs/PROTOCOL.md "Input limits"):
// numbers beyond what a field or the envelope means, fractions, lone UTF-16 surrogates. The bodies are written as
// text, since QJsonDocument would never write them.
using namespace TestMutations;

class TestServerPushValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void malformedEnvelopeIsRefusedWhole_data();
    void malformedEnvelopeIsRefusedWhole();
    void unstorableFieldValuesAreRejected_data();
    void unstorableFieldValuesAreRejected();

private:
    // POST /sync/push of body with each string "@KEY@" (quotes included) replaced by the JSON text raw[KEY]:
    // numbers and escapes QJsonDocument would never write.
    HttpReply pushRaw(const QString& who, const QJsonObject& body, const QHash<QByteArray, QByteArray>& raw);
    QJsonObject storedRow(const QString& table, const QString& id) { return m_server.storedRow(table, id); }

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
    qint64 m_nextMid = 1; // of the raw pushes' own client, "client-values"
};

void TestServerPushValues::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_accounts.add(QStringLiteral("loket"), QStringLiteral("counter"), {QStringLiteral("antwerpen")}, &error),
             qPrintable(error));
}

HttpReply TestServerPushValues::pushRaw(const QString& who, const QJsonObject& body,
                                        const QHash<QByteArray, QByteArray>& raw)
{
    QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (auto it = raw.begin(); it != raw.end(); ++it)
        text.replace("\"@" + it.key() + "@\"", it.value());
    return m_server.http().postRaw(QStringLiteral("/api/v1/sync/push"), text, m_accounts.token(who));
}

// Numbers a field means as integers, and text, must reach storage exactly: a fraction, a mid beyond 2^53 or a
// lone UTF-16 surrogate in the request's envelope makes the whole request malformed, and nothing is recorded
// (a fractional mid once read as 0 and answered "applied" with nothing stored).
void TestServerPushValues::malformedEnvelopeIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("fractional mid") << QByteArray("mid") << QByteArray("1.5");
    QTest::newRow("mid above 2^53") << QByteArray("mid") << QByteArray("9007199254740993");
    QTest::newRow("mid 1e300") << QByteArray("mid") << QByteArray("1e300");
    QTest::newRow("fractional base_version") << QByteArray("base_version") << QByteArray("0.5");
    QTest::newRow("fractional schema_version") << QByteArray("schema_version") << QByteArray("1.5");
    QTest::newRow("schema_version beyond int") << QByteArray("schema_version") << QByteArray("4294967297");
    QTest::newRow("lone surrogate in client_id") << QByteArray("client_id") << QByteArray("\"client\\ud800\"");
    QTest::newRow("lone surrogate in id") << QByteArray("id") << QByteArray("\"\\udc00\"");
    QTest::newRow("lone surrogate in a field name") << QByteArray("name") << QByteArray("\"first_name\\ud800\"");
}

void TestServerPushValues::malformedEnvelopeIsRefusedWhole()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, raw);
    QJsonObject row = parentRow(QStringLiteral("antwerpen"));
    const QString id = row.value(QStringLiteral("id")).toString();
    row.insert(QStringLiteral("@name@"), row.take(QStringLiteral("first_name")));
    QJsonObject mutation = insert(QStringLiteral("parents"), row);
    for (const char* field : {"mid", "base_version", "id"})
        mutation.insert(QLatin1String(field), QLatin1Char('@') + QLatin1String(field) + QLatin1Char('@'));
    const QJsonObject body{{QStringLiteral("client_id"), QStringLiteral("@client_id@")},
                           {QStringLiteral("schema_version"), QStringLiteral("@schema_version@")},
                           {QStringLiteral("mutations"), QJsonArray{mutation}}};
    QHash<QByteArray, QByteArray> values{{"mid", "1"},
                                         {"base_version", "0"},
                                         {"schema_version", "1"},
                                         {"client_id", "\"client-envelope\""},
                                         {"id", '"' + id.toLatin1() + '"'},
                                         {"name", "\"first_name\""}};
    values.insert(key, raw);
    const HttpReply r = pushRaw(QStringLiteral("loket"), body, values);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("malformed"));
    QVERIFY(storedRow(QStringLiteral("parents"), id).isEmpty());
    QVERIFY(!m_server.storage().client(QStringLiteral("client-envelope")).has_value());
}

// A field value storage could not keep as sent (an integer field beyond int or with a fraction, a lone
// surrogate in text or JSON) is rejected, on insert and update alike, and the stored row stays as it was.
void TestServerPushValues::unstorableFieldValuesAreRejected_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("raw");
    const QString applications = QStringLiteral("applications");
    const QString weeks = QStringLiteral("start_flexibility_weeks");
    QTest::newRow("integer beyond int") << applications << weeks << QByteArray("4294967301");
    QTest::newRow("integer 1e300") << applications << weeks << QByteArray("1e300");
    QTest::newRow("fractional integer") << applications << weeks << QByteArray("2.5");
    QTest::newRow("lone surrogate in text")
        << QStringLiteral("parents") << QStringLiteral("first_name") << QByteArray("\"An\\ud800\"");
    QTest::newRow("lone surrogate in JSON")
        << applications << QStringLiteral("priority") << QByteArray("{\"note\":\"\\udfff\"}");
    QTest::newRow("lone surrogate as JSON key")
        << applications << QStringLiteral("priority") << QByteArray("{\"\\udfff\":1}");
}

void TestServerPushValues::unstorableFieldValuesAreRejected()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QByteArray, raw);
    const TestAccounts::Family f = m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen"));
    const QString id = table == QLatin1String("parents") ? f.parentId : f.applicationId;
    const QJsonObject before = storedRow(table, id);
    QJsonObject row = table == QLatin1String("parents")
                          ? parentRow(QStringLiteral("antwerpen"))
                          : applicationRow(QStringLiteral("antwerpen"), f.parentId, f.childId);
    row.insert(field, QStringLiteral("@value@"));
    QJsonArray mutations{insert(table, row),
                         update(table, id, 1, {{field, change(before.value(field), QStringLiteral("@value@"))}})};
    for (QJsonValueRef m : mutations)
        m = withMid(m.toObject(), m_nextMid++);
    const QJsonObject body{{QStringLiteral("client_id"), QStringLiteral("client-values")},
                           {QStringLiteral("schema_version"), 1},
                           {QStringLiteral("mutations"), mutations}};
    const HttpReply r = pushRaw(QStringLiteral("loket"), body, {{"value", raw}});
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue& result : results) {
        QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(result.toObject().value(QStringLiteral("reason")).toString().contains(field));
    }
    QVERIFY(storedRow(table, row.value(QStringLiteral("id")).toString()).isEmpty());
    QCOMPARE(storedRow(table, id), before);
}

QTEST_GUILESS_MAIN(TestServerPushValues)
#include "TestServerPushValues.moc"
