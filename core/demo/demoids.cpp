#include "demoids.h"

#include "demorandom.h"

namespace metodist::demo {

Ids::Ids(quint64 seed) : m_salt(Random::mix(seed ^ 0xD1B54A32D192ED03ULL)) {}

QString Ids::make(quint16 tag, quint64 counter) const
{
    static const char hex[] = "0123456789abcdef";
    const quint64 tagMix = Random::mix(m_salt + tag);
    char buf[36];
    auto put = [&](int pos, quint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value >>= 4)
            buf[pos + i] = hex[value & 0xF];
    };
    put(0, m_salt >> 32, 8);
    buf[8] = '-';
    put(9, tag, 4);
    buf[13] = '-';
    buf[14] = '4'; // looks like a version-4 UUID
    put(15, tagMix >> 20, 3);
    buf[18] = '-';
    buf[19] = hex[8 + ((tagMix >> 8) & 3)];
    put(20, tagMix, 3);
    buf[23] = '-';
    put(24, counter, 12);
    return QString::fromLatin1(buf, 36);
}

} // namespace metodist::demo
