#pragma once
// Our own PRNG (splitmix64) and distributions built only from integer arithmetic and
// plain double maths, so a seed gives the same region with any standard library.
#include <QList>
#include <QtGlobal>

#include <initializer_list>

namespace metodist::demo {

class Random {
public:
    // A separate stream per section, so changing one section does not shift the others.
    Random(quint64 seed, quint64 stream) : m_state(mix(seed * 0x9E3779B97F4A7C15ULL + stream * 0xBF58476D1CE4E5B9ULL + 1)) {}

    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }
    // 0 <= result < n (n > 0).
    int below(int n) { return n <= 1 ? 0 : int((next() >> 16) % quint64(n)); }
    // lo <= result <= hi.
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    // Roughly normal (Irwin–Hall of four uniforms), mean 0, sd 1.
    double normal()
    {
        const double s = unit() + unit() + unit() + unit();
        return (s - 2.0) * 1.7320508075688772;
    }
    // Index chosen by integer weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }
    template <class T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    template <class T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(int(i + 1)));
    }

private:
    quint64 m_state;
};

} // namespace metodist::demo
