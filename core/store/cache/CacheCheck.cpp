#include "store/cache/CacheCheck.h"

#include "store/cache/StoreLog.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

QAtomicInt s_counter;

QString markerOf(const QString& cachePath)
{
    return cachePath + QStringLiteral(".needs-check");
}

} // namespace

CacheCheck::CacheCheck(QObject* parent)
    : QObject(parent)
{
}

CacheCheck::~CacheCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool CacheCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CacheCheck::start(const QString& path)
{
    if (isRunning())
        return;
    delete m_thread;
    m_thread = QThread::create([this, path]() { m_damage = damage(path); });
    // finished is emitted by the thread; the context object delivers it here, after m_damage was written.
    connect(m_thread, &QThread::finished, this, [this, path]() {
        if (!m_damage.isEmpty()) {
            qCWarning(lcStore) << "background check found the cache damaged:" << m_damage;
            markDamaged(path);
        }
        emit finished(m_damage);
    });
    m_thread->start(QThread::LowPriority);
}

QString CacheCheck::damage(const QString& path)
{
    const QString name = QStringLiteral("opvangloket-check-%1").arg(s_counter.fetchAndAddRelaxed(1));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")))
                result = q.lastError().text();
            else if (!q.next() || q.value(0).toString() != QLatin1String("ok"))
                result = QStringLiteral("integrity check failed");
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool CacheCheck::isMarkedDamaged(const QString& cachePath)
{
    return QFile::exists(markerOf(cachePath));
}

bool CacheCheck::markDamaged(const QString& cachePath)
{
    QFile marker(markerOf(cachePath));
    return marker.open(QIODevice::WriteOnly);
}

void CacheCheck::clearMark(const QString& cachePath)
{
    QFile::remove(markerOf(cachePath));
}
