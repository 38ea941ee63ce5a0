#include "TestAccounts.h"

#include "TestMutations.h"

TestAccounts::TestAccounts(TestServer& server)
    : m_server(server)
{
}

bool TestAccounts::add(const QString& username, const QString& role, const QStringList& regions, QString* error)
{
    const QString id = m_server.createAccount(username, role, regions);
    const TestServer::Session session =
        id.isEmpty() ? TestServer::Session() : m_server.login(username, QStringLiteral("secret"));
    if (!session.isValid()) {
        *error = m_server.errorString();
        return false;
    }
    m_ids.insert(username, id);
    m_tokens.insert(username, session.accessToken);
    m_nextMid.insert(username, 1);
    return true;
}

HttpReply TestAccounts::push(const QString& username, const QJsonArray& mutations)
{
    QJsonArray numbered;
    for (const QJsonValue& v : mutations) {
        QJsonObject m = v.toObject();
        m.insert(QStringLiteral("mid"), m_nextMid[username]++);
        numbered.append(m);
    }
    return m_server.push(m_tokens.value(username), QStringLiteral("client-") + username, numbered);
}

QJsonArray TestAccounts::pushAll(const QString& username, const QJsonArray& mutations)
{
    const HttpReply reply = push(username, mutations);
    if (reply.status != 200)
        qWarning() << "push answered" << reply.status << reply.body;
    return reply.json.value(QStringLiteral("results")).toArray();
}

QJsonObject TestAccounts::pushOne(const QString& username, const QJsonObject& mutation)
{
    return pushAll(username, {mutation}).at(0).toObject();
}

TestAccounts::Family TestAccounts::fileFamily(const QString& username, const QString& region,
                                              const QString& nationalNumber)
{
    using namespace TestMutations;
    QJsonObject p = parentRow(region);
    if (!nationalNumber.isEmpty())
        p.insert(QStringLiteral("national_number"), nationalNumber);
    const QString parentId = p.value(QStringLiteral("id")).toString();
    const QJsonObject c = childRow(region, parentId);
    const QString childId = c.value(QStringLiteral("id")).toString();
    const QJsonObject a = applicationRow(region, parentId, childId);
    const QJsonArray results =
        pushAll(username, {insert(QStringLiteral("parents"), p), insert(QStringLiteral("children"), c),
                           insert(QStringLiteral("applications"), a)});
    for (const QJsonValue& v : results) {
        if (v.toObject().value(QStringLiteral("status")).toString() != QLatin1String("applied"))
            qWarning() << "filing a family:" << v;
    }
    return {parentId, childId, a.value(QStringLiteral("id")).toString()};
}
