#include "TestAccounts.h"

#include "TestMutations.h"

TestAccounts::TestAccounts(TestServer& server)
    : m_server(server)
{
}

bool TestAccounts::add(const QString& username, const QString& role, const QStringList& regions, QString* error)
{
    if (m_server.createAccount(username, role, regions).isEmpty()) {
        *error = QStringLiteral("creating %1: %2").arg(username, m_server.errorString());
        return false;
    }
    return signIn(username, error);
}

bool TestAccounts::addAll(const QList<Spec>& accounts, QString* error)
{
    for (const Spec& a : accounts) {
        if (!add(a.username, a.role, a.regions, error))
            return false;
    }
    return true;
}

bool TestAccounts::signIn(const QString& username, QString* error)
{
    const TestServer::Session session = m_server.login(username, QStringLiteral("secret"));
    if (!session.isValid()) {
        *error = QStringLiteral("signing in %1: %2").arg(username, m_server.errorString());
        return false;
    }
    if (!m_usernames.contains(username))
        m_usernames.append(username);
    m_ids.insert(username, session.account.value(QStringLiteral("id")).toString());
    m_sessions.insert(username, session);
    m_nextMid.insert(username, m_nextMid.value(username, 1));
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
    return m_server.push(token(username), QStringLiteral("client-") + username, numbered);
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
    QJsonObject p = TestMutations::parentRow(region);
    if (!nationalNumber.isEmpty())
        p.insert(QStringLiteral("national_number"), nationalNumber);
    return fileFamily(username, p);
}

TestAccounts::Family TestAccounts::fileFamily(const QString& username, const QJsonObject& parent)
{
    using namespace TestMutations;
    const QString region = parent.value(QStringLiteral("region_id")).toString();
    Family f;
    f.parentId = parent.value(QStringLiteral("id")).toString();
    f.child = childRow(region, f.parentId);
    f.childId = f.child.value(QStringLiteral("id")).toString();
    const QJsonObject a = applicationRow(region, f.parentId, f.childId);
    f.applicationId = a.value(QStringLiteral("id")).toString();
    f.results =
        pushAll(username, {insert(QStringLiteral("parents"), parent), insert(QStringLiteral("children"), f.child),
                           insert(QStringLiteral("applications"), a)});
    for (const QJsonValue& v : f.results) {
        if (v.toObject().value(QStringLiteral("status")).toString() != QLatin1String("applied"))
            qWarning() << "filing a family:" << v;
    }
    return f;
}
