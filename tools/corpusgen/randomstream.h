#pragma once

#include <QtGlobal>

namespace entente {

// A small counter-based random source (SplitMix64). Every synthetic item draws from its
// own stream keyed by (seed, stream, index), so an item can be regenerated on demand -
// the generator never has to keep the whole corpus in memory - and the output does not
// depend on the order in which items are produced.
class RandomStream
{
public:
    RandomStream(quint64 seed, quint64 stream, quint64 index)
        : m_state(seed * 0x9E3779B97F4A7C15ULL ^ (stream + 1) * 0xC2B2AE3D27D4EB4FULL ^
                  (index + 1) * 0x165667B19E3779F9ULL)
    {
        next();
        next();
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); n must be positive.
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

} // namespace entente
