#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <QVector>

// What the server recorded of the pushes it received, read straight from its database once it has
// stopped: one result per (client_id, mid) in client_mutations, each client's last_mutation_id, the
// audit event written with every applied push, the versions the server's own rows that follow a push made
// (derive.update, docs/PROTOCOL.md "Offers and the emergency list"), and the version each row ends with. SQLite through
// a read-only connection to the file, PostgreSQL through QPSQL.
class ServerMutationLog
{
public:
    struct Result {
        QString clientId;
        qint64 mid = 0;
        QString status;
        qint64 version = 0;
        qint64 seq = 0; // > 0 when the mutation wrote (and so bumped the row's version)
    };
    struct Client {
        QString accountId;
        qint64 lastMutationId = 0;
    };
    struct PushAudit {
        QString accountId;
        QString action; // push.<op>.<status>
        QString table;
        QString rowId;
    };

    ServerMutationLog();
    ~ServerMutationLog();
    ServerMutationLog(const ServerMutationLog&) = delete;
    ServerMutationLog& operator=(const ServerMutationLog&) = delete;

    // postgresUrl empty: the SQLite file at sqlitePath.
    bool open(const QString& sqlitePath, const QUrl& postgresUrl, QString* error);
    bool results(QVector<Result>* out, QString* error);
    bool clients(QHash<QString, Client>* out, QString* error);
    bool pushAudits(QVector<PushAudit>* out, QString* error);
    // The versions of the row that the server wrote itself after a push (an emergency entry resolved when its
    // application was placed, ...), each audited as derive.update.
    QVector<qint64> derivedVersions(const QString& table, const QString& id);
    // The version the row has now, live or as a tombstone (*deleted); -1 when the server never had it.
    qint64 versionOf(const QString& table, const QString& id, bool* deleted);

private:
    qint64 scalar(const QString& sql, const QVariantList& values);

    QString m_name;
};
