#include "sync/OfferExpiry.h"

#include "service/ServerLogging.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "sync/OfferEffects.h"

OfferExpiry::OfferExpiry(ServerStorage& storage, int intervalSeconds, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_intervalSeconds(intervalSeconds)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runOnce(); });
}

void OfferExpiry::start()
{
    if (m_intervalSeconds <= 0)
        return;
    m_timer.start(m_intervalSeconds * 1000);
    QTimer::singleShot(0, this, [this] { runOnce(); });
}

int OfferExpiry::runOnce()
{
    const QDate today = m_clock().toLocalTime().date();
    QVector<CommittedRow> rows;
    int expired = 0;
    try {
        WriteTransaction tx(m_storage);
        const QStringList offers = m_storage.offersDueBefore(today);
        if (offers.isEmpty())
            return 0; // rolled back: nothing written
        for (const QString& offerId : offers) {
            tx.beginStep(); // a seq per offer, like a pushed mutation
            const QVector<CommittedRow> written = OfferEffects(m_storage, QString(), tx.seq()).expire(offerId);
            tx.endStep();
            expired += written.isEmpty() ? 0 : 1;
            rows += written;
        }
        tx.commit();
    } catch (const StorageError& e) {
        m_storage.recover();
        qCWarning(lcServerSync) << "expiring offers failed:" << e.what();
        return 0;
    }
    qCInfo(lcServerSync) << "offers expired:" << expired;
    if (m_listener && !rows.isEmpty())
        m_listener(rows);
    return expired;
}
