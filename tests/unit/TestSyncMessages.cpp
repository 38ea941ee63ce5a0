#include "protocol/ApiConstants.h"
#include "protocol/MutationStatus.h"
#include "protocol/SyncMessages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

// The push codecs of core/protocol on their own (docs/PROTOCOL.md "Push"): the status words on the wire, a word
// this side does not know, and how a push body is read and refused. The server's answers to the same bodies are
// tested over HTTP in tests/server.
class TestSyncMessages : public QObject
{
    Q_OBJECT

private slots:
    void statusWords();
    void unknownStatusKeepsItsWord();
    void pushRequestReadsBack();
    void pushRequestRefusals_data();
    void pushRequestRefusals();
};

namespace {

QJsonObject mutation(qint64 mid)
{
    return QJsonObject{{QStringLiteral("mid"), mid},
                       {QStringLiteral("table"), QStringLiteral("parents")},
                       {QStringLiteral("op"), QStringLiteral("delete")},
                       {QStringLiteral("id"), QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")},
                       {QStringLiteral("base_version"), 2}};
}

QJsonObject body(const QJsonValue& clientId, const QJsonValue& schemaVersion, const QJsonValue& mutations)
{
    return QJsonObject{{QStringLiteral("client_id"), clientId},
                       {QStringLiteral("schema_version"), schemaVersion},
                       {QStringLiteral("mutations"), mutations}};
}

} // namespace

void TestSyncMessages::statusWords()
{
    using Protocol::MutationStatus;
    const QList<QPair<MutationStatus, QString>> words{{MutationStatus::Applied, QStringLiteral("applied")},
                                                      {MutationStatus::Conflict, QStringLiteral("conflict")},
                                                      {MutationStatus::Gone, QStringLiteral("gone")},
                                                      {MutationStatus::Rejected, QStringLiteral("rejected")},
                                                      {MutationStatus::Duplicate, QStringLiteral("duplicate")}};
    for (const auto& [status, word] : words) {
        QCOMPARE(Protocol::mutationStatusName(status), word);
        QCOMPARE(Protocol::mutationStatusFromName(word), status);
        Protocol::MutationResult result;
        result.mid = 3;
        result.status = status;
        QCOMPARE(result.toJson().value(QStringLiteral("status")).toString(), word);
        QCOMPARE(Protocol::MutationResult::fromJson(result.toJson()).status, status);
    }
    QVERIFY(Protocol::mutationStatusName(MutationStatus::Unknown).isEmpty());
    QCOMPARE(Protocol::mutationStatusFromName(QStringLiteral("Applied")), MutationStatus::Unknown);
    QCOMPARE(Protocol::mutationStatusFromName(QString()), MutationStatus::Unknown);
}

void TestSyncMessages::unknownStatusKeepsItsWord()
{
    const Protocol::MutationResult later = Protocol::MutationResult::fromJson(
        {{QStringLiteral("mid"), 4}, {QStringLiteral("status"), QStringLiteral("deferred")}});
    QCOMPARE(later.status, Protocol::MutationStatus::Unknown);
    QCOMPARE(later.statusText(), QStringLiteral("deferred"));
    QCOMPARE(later.toJson().value(QStringLiteral("status")).toString(), QStringLiteral("deferred"));
    const Protocol::MutationResult none = Protocol::MutationResult::fromJson({{QStringLiteral("mid"), 5}});
    QCOMPARE(none.status, Protocol::MutationStatus::Unknown);
    QVERIFY(none.statusText().isEmpty());
}

void TestSyncMessages::pushRequestReadsBack()
{
    Protocol::PushRequest sent;
    sent.clientId = QStringLiteral("client-1");
    sent.schemaVersion = Protocol::kSchemaVersion;
    for (qint64 mid = 7; mid <= 8; ++mid) {
        Protocol::Mutation m;
        QString error;
        QVERIFY(Protocol::Mutation::fromJson(mutation(mid), &m, &error));
        sent.mutations.append(m);
    }
    QString error;
    Protocol::PushRequest::Refusal refusal = Protocol::PushRequest::Refusal::Malformed;
    const std::optional<Protocol::PushRequest> read = Protocol::PushRequest::fromJson(sent.toJson(), &error, &refusal);
    QVERIFY2(read.has_value(), qPrintable(error));
    QCOMPARE(refusal, Protocol::PushRequest::Refusal::None);
    QCOMPARE(read->clientId, sent.clientId);
    QCOMPARE(read->schemaVersion, sent.schemaVersion);
    QCOMPARE(read->mutations.size(), 2);
    QCOMPARE(read->mutations.at(1).mid, qint64(8));
    QCOMPARE(read->mutations.at(1).op, Protocol::Mutation::Op::Delete);
    QCOMPARE(read->mutations.at(1).baseVersion, qint64(2));
}

void TestSyncMessages::pushRequestRefusals_data()
{
    using Refusal = Protocol::PushRequest::Refusal;
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<QString>("error");
    const QJsonArray none;
    const QString clientIdError = QStringLiteral("\"client_id\" must be 1 to 100 characters of valid Unicode");
    QTest::newRow("no client_id") << QJsonObject{{QStringLiteral("schema_version"), 1}} << Refusal::Malformed
                                  << clientIdError;
    QTest::newRow("client_id too long") << body(QString(101, QLatin1Char('c')), 1, none) << Refusal::Malformed
                                        << clientIdError;
    QTest::newRow("lone surrogate in client_id")
        << body(QString(QChar(0xd800)), 1, none) << Refusal::Malformed << clientIdError;
    QTest::newRow("fractional schema_version") << body(QStringLiteral("c"), 1.5, none) << Refusal::Malformed
                                               << QStringLiteral("\"schema_version\" must be a whole number");
    // The version is judged before the mutations: an old client hears "upgrade", not what it sent wrong.
    QTest::newRow("newer schema_version")
        << body(QStringLiteral("c"), Protocol::kSchemaVersion + 1, QJsonValue(QStringLiteral("x")))
        << Refusal::SchemaVersion
        << QStringLiteral("\"schema_version\" must be from %1 to %2")
               .arg(Protocol::kOldestSchemaVersion)
               .arg(Protocol::kSchemaVersion);
    QTest::newRow("mutations not an array") << body(QStringLiteral("c"), 1, QJsonObject()) << Refusal::Malformed
                                            << QStringLiteral("\"mutations\" must be an array");
    QTest::newRow("a mutation not an object") << body(QStringLiteral("c"), 1, QJsonArray{mutation(1), 2})
                                              << Refusal::Malformed << QStringLiteral("mutation 1: not an object");
    QJsonObject zeroMid = mutation(1);
    zeroMid.insert(QStringLiteral("mid"), 0);
    QTest::newRow("a mutation with mid 0")
        << body(QStringLiteral("c"), 1, QJsonArray{zeroMid}) << Refusal::Malformed
        << QStringLiteral("mutation 0: every mutation needs a \"mid\", a whole number from 1 to 2^53 - 1");
}

void TestSyncMessages::pushRequestRefusals()
{
    QFETCH(QJsonObject, json);
    QFETCH(Protocol::PushRequest::Refusal, refusal);
    QFETCH(QString, error);
    QString told;
    Protocol::PushRequest::Refusal why = Protocol::PushRequest::Refusal::None;
    QVERIFY(!Protocol::PushRequest::fromJson(json, &told, &why).has_value());
    QCOMPARE(why, refusal);
    QCOMPARE(told, error);
}

QTEST_GUILESS_MAIN(TestSyncMessages)
#include "TestSyncMessages.moc"
