#pragma once

#include "storage/ServerStorage.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <QUrl>
#include <memory>

class PostgresDatabase;

// LISTENs on the commit channel on a connection of its own (the storage's connection is busy with
// transactions) and reports commits made by other server instances; its own instance's commits are
// skipped (the instance poked for them already). Payload: "<instance id> <first seq> <last seq>", sent by
// PostgresStorage::commit() inside the transaction, so PostgreSQL delivers it exactly when the commit is
// visible. A lost connection is reopened; clients pull every 60 s anyway, so a gap costs only latency.
class PostgresCommitListener : public QObject
{
    Q_OBJECT
public:
    PostgresCommitListener(const QUrl& url, const QString& instanceId, ServerStorage::ForeignCommitCallback callback,
                           QObject* parent = nullptr);
    ~PostgresCommitListener() override;

    bool start(QString* error);

    static QString channel();
    static QString payload(const QString& instanceId, qint64 firstSeq, qint64 lastSeq);

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void checkConnection();

    QUrl m_url;
    QString m_instanceId;
    ServerStorage::ForeignCommitCallback m_callback;
    std::unique_ptr<PostgresDatabase> m_db;
    QTimer m_healthTimer;
};
