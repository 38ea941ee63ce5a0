#pragma once

#include <QString>
#include <QtGlobal>

// The allocation's tie-breaker (docs/ARCHITECTURE.md "Joint allocation": one lottery number per child from the run's
// seed). Spelled out rather than taken from <random>: std::uniform_real_distribution may give other numbers on another
// standard library, and a run must replay byte for byte wherever it is recomputed (server, client, tests).
//
// draw(seed, key) = top 53 bits of SplitMix64(seed XOR SplitMix64(FNV-1a-64(UTF-8 of key))) / 2^53, a number in
// [0, 1) that depends only on the seed and the key. SplitMix64 (Steele, Lea, Flood 2014): add 0x9E3779B97F4A7C15,
// then z ^= z >> 30; z *= 0xBF58476D1CE4E5B9; z ^= z >> 27; z *= 0x94D049BB133111EB; z ^= z >> 31.
class Lottery
{
public:
    static quint64 splitMix64(quint64 x);
    static quint64 fnv1a64(const QString& key);
    static double draw(quint64 seed, const QString& key);
    // The 53 bits behind draw(): integer comparison orders exactly as the numbers do.
    static quint64 drawBits(quint64 seed, const QString& key);
    // Seeds travel as JSON numbers: at most 2^53 - 1, which every JSON reader holds exactly.
    static constexpr quint64 kMaxSeed = (quint64(1) << 53) - 1;
};
