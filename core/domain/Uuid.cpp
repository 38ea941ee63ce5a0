#include "Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

QString Uuid::v7()
{
    quint8 bytes[16];
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<quint8>(ms >> (8 * (5 - i)));
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random, 3);
    for (int i = 0; i < 10; ++i)
        bytes[6 + i] = static_cast<quint8>(random[i / 4] >> (8 * (i % 4)));
    bytes[6] = static_cast<quint8>(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3F)); // variant 10
    const QByteArray raw(reinterpret_cast<const char*>(bytes), 16);
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

bool Uuid::isValid(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}
