#pragma once

#include "TestReplica.h"

class TestAccounts;

#include <map>
#include <memory>

// Several accounts' replicas of one server, by a short name: what a scope test needs to see that every
// account ends up with exactly the rows it may see after each step.
class TestReplicaSet
{
public:
    void add(const QString& who, TestHttp& http, const QString& token);
    // A replica for each signed-in account, under its user name (a fresh one where there was one).
    void addEach(const TestAccounts& accounts, TestHttp& http);
    TestReplica* at(const QString& who) const { return m_replicas.at(who).get(); }
    auto begin() const { return m_replicas.begin(); }
    auto end() const { return m_replicas.end(); }

    // Pulls `who` up to date and returns the changes of that pull for one row.
    QVector<QJsonObject> pullRow(const QString& who, const QString& table, const QString& id);
    // Pulls every replica and compares it with its digest; false with *difference at the first that differs.
    bool allMatch(QString* difference);

private:
    std::map<QString, std::unique_ptr<TestReplica>> m_replicas;
};
