#include "ServerMutationLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

ServerMutationLog::ServerMutationLog()
    : m_name(QStringLiteral("server-mutation-log"))
{
}

ServerMutationLog::~ServerMutationLog()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    QSqlDatabase::database(m_name).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool ServerMutationLog::open(const QString& sqlitePath, const QUrl& postgresUrl, QString* error)
{
    const bool postgres = !postgresUrl.isEmpty();
    QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
    if (postgres) {
        db.setHostName(postgresUrl.host());
        db.setPort(postgresUrl.port(5432));
        db.setDatabaseName(postgresUrl.path().mid(1));
        db.setUserName(postgresUrl.userName());
        db.setPassword(postgresUrl.password());
    } else {
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool ServerMutationLog::results(QVector<Result>* out, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!q.exec(QStringLiteral("SELECT client_id, mid, result FROM client_mutations"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QJsonObject result = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        out->append({q.value(0).toString(), q.value(1).toLongLong(), result.value(QStringLiteral("status")).toString(),
                     result.value(QStringLiteral("version")).toInteger(),
                     result.value(QStringLiteral("seq")).toInteger()});
    }
    return true;
}

bool ServerMutationLog::clients(QHash<QString, Client>* out, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!q.exec(QStringLiteral("SELECT client_id, account_id, last_mutation_id FROM clients"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toLongLong()});
    return true;
}

bool ServerMutationLog::pushAudits(QVector<PushAudit>* out, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!q.exec(QStringLiteral("SELECT account_id, action, entity, entity_id FROM audit_events "
                               "WHERE action LIKE 'push.%'"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return true;
}

QVector<qint64> ServerMutationLog::derivedVersions(const QString& table, const QString& id)
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    q.prepare(QStringLiteral("SELECT version FROM audit_events WHERE action = 'derive.update' AND entity = ? AND "
                             "entity_id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    QVector<qint64> versions;
    if (q.exec()) {
        while (q.next())
            versions.append(q.value(0).toLongLong());
    }
    return versions;
}

qint64 ServerMutationLog::versionOf(const QString& table, const QString& id, bool* deleted)
{
    // The table name comes from the test's own records, never from outside.
    const qint64 live = scalar(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table), {id});
    *deleted = live < 0;
    if (live >= 0)
        return live;
    return scalar(QStringLiteral("SELECT version FROM tombstones WHERE table_name = ? AND id = ?"), {table, id});
}

qint64 ServerMutationLog::scalar(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
