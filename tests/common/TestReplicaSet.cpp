#include "TestReplicaSet.h"

#include "TestAccounts.h"

#include <QDebug>

void TestReplicaSet::add(const QString& who, TestHttp& http, const QString& token)
{
    m_replicas[who] = std::make_unique<TestReplica>(http, token);
}

void TestReplicaSet::addEach(const TestAccounts& accounts, TestHttp& http)
{
    for (const QString& who : accounts.usernames())
        add(who, http, accounts.token(who));
}

QVector<QJsonObject> TestReplicaSet::pullRow(const QString& who, const QString& table, const QString& id)
{
    int status = 0;
    const QVector<QJsonObject> changes = at(who)->pull(&status);
    if (status != 200)
        qWarning() << who << "pull answered" << status;
    QVector<QJsonObject> ofRow;
    for (const QJsonObject& c : changes) {
        if (c.value(QLatin1String("table")).toString() == table && c.value(QLatin1String("id")).toString() == id)
            ofRow.append(c);
    }
    return ofRow;
}

bool TestReplicaSet::allMatch(QString* difference)
{
    for (const auto& [who, replica] : m_replicas) {
        int status = 0;
        replica->pull(&status);
        if (status != 200) {
            *difference = who + QStringLiteral(": pull answered %1").arg(status);
            return false;
        }
        if (!replica->matchesDigest(difference)) {
            *difference = who + QStringLiteral(": ") + *difference;
            return false;
        }
    }
    return true;
}
