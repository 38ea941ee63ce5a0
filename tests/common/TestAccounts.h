#pragma once

#include "TestServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Signed-in accounts of one TestServer that push as their own clients: each has a token, a client id and the
// next mutation id, so a test says only who pushes what. Accounts are created with password "secret".
class TestAccounts
{
public:
    explicit TestAccounts(TestServer& server);

    // Creates the account and signs it in; false with the server's error text in *error.
    bool add(const QString& username, const QString& role, const QStringList& regions, QString* error);
    QString token(const QString& username) const { return m_tokens.value(username); }
    QString accountId(const QString& username) const { return m_ids.value(username); }

    // Pushes the mutations with consecutive mids; the HTTP answer (results in json["results"]).
    HttpReply push(const QString& username, const QJsonArray& mutations);
    QJsonArray pushAll(const QString& username, const QJsonArray& mutations);
    QJsonObject pushOne(const QString& username, const QJsonObject& mutation);

    struct Family {
        QString parentId;
        QString childId;
        QString applicationId;
    };
    // Files a parent (with the national number, if given), a child and its application in `region`; a step that
    // is not applied is logged as a warning (the test's own assertions then fail on the missing row).
    Family fileFamily(const QString& username, const QString& region, const QString& nationalNumber = QString());

private:
    TestServer& m_server;
    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_ids;
    QHash<QString, qint64> m_nextMid;
};
