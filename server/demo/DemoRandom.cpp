#include "demo/DemoRandom.h"

#include <QDateTime>
#include <QUuid>

namespace {
const qint64 kBaseMs = 1767600000000LL; // 2026-01-05T08:00:00Z
}

DemoRandom::DemoRandom(quint32 seed, const QDate& anchor)
    : m_rng(seed)
    , m_shiftDays(QDate(kReferenceYear, kReferenceMonth, kReferenceDayOfMonth).daysTo(anchor))
    , m_timestampBaseMs(QDateTime(anchor.addDays(-2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch())
{
}

int DemoRandom::between(int low, int high)
{
    return low + int(m_rng.bounded(quint32(high - low + 1)));
}

bool DemoRandom::chance(int percent)
{
    return between(1, 100) <= percent;
}

QString DemoRandom::uuid()
{
    quint8 bytes[16];
    const quint64 ms = quint64(kBaseMs) + m_idCounter++;
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    for (int i = 6; i < 16; ++i)
        bytes[i] = quint8(m_rng.bounded(256u));
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0F));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F));
    return QUuid::fromRfc4122(QByteArray(reinterpret_cast<const char*>(bytes), 16)).toString(QUuid::WithoutBraces);
}

QDate DemoRandom::dateBetween(const QDate& from, const QDate& to)
{
    return from.addDays(between(0, int(from.daysTo(to))) + m_shiftDays);
}

QDate DemoRandom::anchor() const
{
    return QDate(kReferenceYear, kReferenceMonth, kReferenceDayOfMonth).addDays(m_shiftDays);
}

QString DemoRandom::timestamp(qint64 secondsAfterBase) const
{
    return QDateTime::fromMSecsSinceEpoch(m_timestampBaseMs + secondsAfterBase * 1000, Qt::UTC)
        .toString(Qt::ISODateWithMs);
}
