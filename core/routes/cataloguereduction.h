#pragma once
// Catalogue items no person can ever need under given forms and period, removed once
// for all people sharing those constraints (the batch case). An item is dropped when
//  - another admissible item develops the same competences for fewer (or equal) hours,
//  - another develops a strict superset of its competences for no more hours, or
//  - single-competence items together develop its competences for no more hours.
// Replacements must be at least as "formal" when pronounced deficits need a course, and
// an item with a parent only replaces others when its competences lie within the
// parent's (so "parent done" never leaves a gap). Any cover using a dropped item can be
// rewritten with kept ones at no more hours, so optima are unchanged.
#include "routecatalogue.h"

#include <QDate>
#include <QMutex>

#include <map>
#include <memory>
#include <tuple>

namespace metodist::routes {

struct ReducedCatalogue {
    std::vector<std::vector<int>> covering; // per competence: kept admissible items
    int kept = 0;
    int admissible = 0;
};

ReducedCatalogue reduceCatalogue(const Catalogue &catalogue, std::uint8_t forms, const QDate &periodStart,
                                 const QDate &periodEnd, bool pronouncedNeedsCourse);

// Reductions per (forms, period, rule), made on first use; safe to share between threads.
class ReductionCache {
public:
    explicit ReductionCache(const Catalogue &catalogue) : m_catalogue(catalogue) {}
    std::shared_ptr<const ReducedCatalogue> get(const Constraints &constraints) const;

private:
    using Key = std::tuple<int, qint64, qint64, bool>;
    const Catalogue &m_catalogue;
    mutable QMutex m_mutex;
    mutable std::map<Key, std::shared_ptr<const ReducedCatalogue>> m_cache;
};

// Whether a catalogue item may appear in a route with these forms and period.
bool admissibleItem(const CatalogueItem &item, std::uint8_t forms, const QDate &periodStart, const QDate &periodEnd);

} // namespace metodist::routes
