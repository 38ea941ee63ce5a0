#pragma once

#include "TestServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Signed-in accounts of one TestServer that push as their own clients: each has a session, a client id and the
// next mutation id, so a test says only who pushes what. Accounts are created with password "secret". Server
// tests share it instead of each keeping its own tokens, mid counters, push and "file a family" helpers.
class TestAccounts
{
public:
    // One account of a test's cast; no regions for an admin means all regions.
    struct Spec {
        QString username;
        QString role;
        QStringList regions;
    };

    explicit TestAccounts(TestServer& server);

    // Creates the account and signs it in; false with the step and the server's error text in *error.
    bool add(const QString& username, const QString& role, const QStringList& regions, QString* error);
    // add() for each in order; false at the first that fails.
    bool addAll(const QList<Spec>& accounts, QString* error);
    // Signs an account in that exists already (made by the test itself) or signs it in again: a new session,
    // while its mutation ids go on where they were.
    bool signIn(const QString& username, QString* error);

    QStringList usernames() const { return m_usernames; } // in the order they were added
    TestServer::Session session(const QString& username) const { return m_sessions.value(username); }
    QString token(const QString& username) const { return m_sessions.value(username).accessToken; }
    QString accountId(const QString& username) const { return m_ids.value(username); }

    // Pushes the mutations with consecutive mids; the HTTP answer (results in json["results"]).
    HttpReply push(const QString& username, const QJsonArray& mutations);
    QJsonArray pushAll(const QString& username, const QJsonArray& mutations);
    QJsonObject pushOne(const QString& username, const QJsonObject& mutation);

    struct Family {
        QString parentId;
        QString childId;
        QString applicationId;
        QJsonObject child;  // the child's row as pushed
        QJsonArray results; // the push's result of the parent, the child and the application
        QJsonObject applicationResult() const { return results.at(2).toObject(); }
    };
    // Files a parent (with the national number, if given), a child and its application in `region`; a step that
    // is not applied is logged as a warning (the test's own assertions then fail on the missing row).
    Family fileFamily(const QString& username, const QString& region, const QString& nationalNumber = QString());
    // The same for a parent row of the test's own making: the child and the application go to its region.
    Family fileFamily(const QString& username, const QJsonObject& parent);

private:
    TestServer& m_server;
    QStringList m_usernames;
    QHash<QString, TestServer::Session> m_sessions;
    QHash<QString, QString> m_ids;
    QHash<QString, qint64> m_nextMid;
};
