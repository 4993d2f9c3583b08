#include "cataloguereduction.h"

#include "coverproblem.h"

#include <QMutexLocker>

#include <algorithm>
#include <limits>

namespace metodist::routes {

bool admissibleItem(const CatalogueItem &item, std::uint8_t forms, const QDate &periodStart, const QDate &periodEnd)
{
    if (!(item.form & forms) || item.competences.empty())
        return false;
    if (periodStart.isValid() && item.start.isValid() && item.start < periodStart)
        return false;
    if (periodEnd.isValid()) {
        const QDate last = item.end.isValid() ? item.end : item.start;
        if (last.isValid() && last > periodEnd)
            return false;
    }
    return true;
}

ReducedCatalogue reduceCatalogue(const Catalogue &catalogue, std::uint8_t forms, const QDate &periodStart,
                                 const QDate &periodEnd, bool pronouncedNeedsCourse)
{
    const int n = catalogue.itemCount();
    const int words = std::max(1, (catalogue.competenceCount() + 63) / 64);
    std::vector<std::uint64_t> sets(size_t(n) * size_t(words), 0);
    auto set = [&](int i) { return sets.data() + size_t(i) * size_t(words); };
    std::vector<char> admissible(size_t(n), 0), canReplace(size_t(n), 0), kept(size_t(n), 0);
    std::vector<int> cls(size_t(n), 0);
    ReducedCatalogue result;
    for (int i = 0; i < n; ++i) {
        const CatalogueItem &item = catalogue.item(i);
        admissible[size_t(i)] = admissibleItem(item, forms, periodStart, periodEnd);
        if (!admissible[size_t(i)])
            continue;
        ++result.admissible;
        kept[size_t(i)] = 1;
        for (int c : item.competences)
            set(i)[c / 64] |= std::uint64_t(1) << (c % 64);
        cls[size_t(i)] = pronouncedNeedsCourse && itemAddresses(item, 2, true) ? 1 : 0;
    }
    for (int i = 0; i < n; ++i) {
        if (!admissible[size_t(i)])
            continue;
        const int parent = catalogue.item(i).parent;
        bool within = true;
        if (parent >= 0)
            for (int c : catalogue.item(i).competences)
                within = within && std::binary_search(catalogue.item(parent).competences.begin(),
                                                      catalogue.item(parent).competences.end(), c);
        canReplace[size_t(i)] = within;
    }
    auto hours = [&](int i) { return catalogue.item(i).hours; };
    // d replaces a: as formal, allowed to, and cheaper (ties: lower index wins).
    auto beats = [&](int d, int a) {
        return canReplace[size_t(d)] && cls[size_t(d)] >= cls[size_t(a)]
            && (hours(d) < hours(a) || (hours(d) == hours(a) && d < a));
    };

    // Single-competence items: the cheapest per competence and class among replacers.
    const int competences = catalogue.competenceCount();
    constexpr int none = std::numeric_limits<int>::max();
    std::vector<int> bestSingle(size_t(competences) * 2, -1); // [c*2 + minimum class]
    for (int i = 0; i < n; ++i) {
        if (!admissible[size_t(i)] || !canReplace[size_t(i)] || catalogue.item(i).competences.size() != 1)
            continue;
        const int c = catalogue.item(i).competences.front();
        for (int k = 0; k <= cls[size_t(i)]; ++k) {
            int &best = bestSingle[size_t(c) * 2 + size_t(k)];
            if (best < 0 || hours(i) < hours(best) || (hours(i) == hours(best) && i < best))
                best = i;
        }
    }
    for (int i = 0; i < n; ++i) {
        if (!admissible[size_t(i)])
            continue;
        const auto &own = catalogue.item(i).competences;
        if (own.size() == 1) {
            const int best = bestSingle[size_t(own.front()) * 2 + size_t(cls[size_t(i)])];
            if (best >= 0 && best != i && beats(best, i))
                kept[size_t(i)] = 0;
            continue;
        }
        long long sum = 0;
        for (int c : own) {
            const int best = bestSingle[size_t(c) * 2 + size_t(cls[size_t(i)])];
            sum += best < 0 ? none : hours(best);
        }
        if (sum <= hours(i))
            kept[size_t(i)] = 0;
    }
    // Supersets (and equal sets) for no more hours, among the multi-competence items left.
    std::vector<int> multi;
    for (int i = 0; i < n; ++i)
        if (kept[size_t(i)])
            multi.push_back(i);
    for (int a : multi) {
        for (int d : multi) {
            if (d == a || !kept[size_t(d)] || !canReplace[size_t(d)] || cls[size_t(d)] < cls[size_t(a)]
                || hours(d) > hours(a))
                continue;
            bool superset = true, equal = true;
            for (int w = 0; w < words && superset; ++w) {
                superset = (set(a)[w] & ~set(d)[w]) == 0;
                equal = equal && set(a)[w] == set(d)[w];
            }
            // Equal sets at equal hours: the lower index stays, so two never drop each other.
            if (superset && (hours(d) < hours(a) || !equal || d < a)) {
                kept[size_t(a)] = 0;
                break;
            }
        }
    }
    result.covering.resize(size_t(competences));
    for (int i = 0; i < n; ++i) {
        if (!kept[size_t(i)])
            continue;
        ++result.kept;
        for (int c : catalogue.item(i).competences)
            result.covering[size_t(c)].push_back(i);
    }
    return result;
}

std::shared_ptr<const ReducedCatalogue> ReductionCache::get(const Constraints &c) const
{
    const Key key{c.forms, c.periodStart.isValid() ? c.periodStart.toJulianDay() : 0,
                  c.periodEnd.isValid() ? c.periodEnd.toJulianDay() : 0, c.pronouncedNeedsCourse};
    QMutexLocker lock(&m_mutex);
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return it->second;
    auto reduced = std::make_shared<const ReducedCatalogue>(
        reduceCatalogue(m_catalogue, c.forms, c.periodStart, c.periodEnd, c.pronouncedNeedsCourse));
    m_cache.emplace(key, reduced);
    return reduced;
}

} // namespace metodist::routes
