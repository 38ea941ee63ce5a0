#include "Lottery.h"

#include <QByteArray>

quint64 Lottery::splitMix64(quint64 x)
{
    quint64 z = x + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

quint64 Lottery::fnv1a64(const QString& key)
{
    quint64 hash = 0xCBF29CE484222325ull;
    const QByteArray bytes = key.toUtf8();
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 0x100000001B3ull;
    }
    return hash;
}

quint64 Lottery::drawBits(quint64 seed, const QString& key)
{
    return splitMix64(seed ^ splitMix64(fnv1a64(key))) >> 11;
}

double Lottery::draw(quint64 seed, const QString& key)
{
    return double(drawBits(seed, key)) / double(quint64(1) << 53);
}
