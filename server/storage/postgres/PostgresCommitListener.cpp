#include "storage/postgres/PostgresCommitListener.h"

#include "service/ServerLogging.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresDatabase.h"

namespace {
constexpr int kHealthCheckMs = 15000;
}

PostgresCommitListener::PostgresCommitListener(const QUrl& url, const QString& instanceId,
                                               ServerStorage::ForeignCommitCallback callback, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_instanceId(instanceId)
    , m_callback(std::move(callback))
{
    m_healthTimer.setInterval(kHealthCheckMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &PostgresCommitListener::checkConnection);
}

PostgresCommitListener::~PostgresCommitListener() = default;

QString PostgresCommitListener::channel()
{
    return QStringLiteral("opvangloket_commits");
}

QString PostgresCommitListener::payload(const QString& instanceId, qint64 firstSeq, qint64 lastSeq)
{
    return QStringLiteral("%1 %2 %3").arg(instanceId).arg(firstSeq).arg(lastSeq);
}

bool PostgresCommitListener::start(QString* error)
{
    m_db.reset(); // its connection name goes before the new one is made
    m_db = std::make_unique<PostgresDatabase>(m_url);
    if (!m_db->open(error))
        return false;
    if (!m_db->driver()->subscribeToNotification(channel())) {
        *error = QStringLiteral("LISTEN %1 failed").arg(channel());
        return false;
    }
    connect(m_db->driver(), &QSqlDriver::notification, this, &PostgresCommitListener::onNotification);
    m_healthTimer.start();
    return true;
}

void PostgresCommitListener::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                            const QVariant& payload)
{
    Q_UNUSED(source); // always "other": our commits come from the storage's connection
    if (name != channel())
        return;
    const QStringList parts = payload.toString().split(QLatin1Char(' '));
    if (parts.size() != 3 || parts.at(0) == m_instanceId)
        return;
    bool firstOk = false;
    bool lastOk = false;
    const qint64 first = parts.at(1).toLongLong(&firstOk);
    const qint64 last = parts.at(2).toLongLong(&lastOk);
    if (firstOk && lastOk && first <= last)
        m_callback(first, last);
}

void PostgresCommitListener::checkConnection()
{
    try {
        m_db->exec(QStringLiteral("SELECT 1"));
        return;
    } catch (const StorageError&) {
        qCWarning(lcServerStorage) << "commit listener lost its connection; reconnecting";
    }
    QString error;
    if (!start(&error))
        qCWarning(lcServerStorage) << "commit listener reconnect failed:" << error;
}
