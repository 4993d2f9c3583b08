#pragma once
// Proposes an individual route: covers a person's pronounced and partial deficits with
// catalogue items of the fewest total hours (a weighted set cover), within the period,
// hours budget and accepted forms, never re-proposing items already done.
//
// Method: greedy by hours per newly covered deficit (pronounced first on ties), then
// redundancy elimination, then drop-and-repair local search (drop each chosen item in
// turn, re-cover greedily without it, keep the result when it is cheaper). Two greedy
// scorings are tried and the better kept. Items no one can need under the forms and
// period are dropped once per catalogue (cataloguereduction.h), and a simple lower bound
// stops the search early when the cover is provably optimal. When the cheapest full cover does not fit
// the hours budget, the objective becomes lexicographic: most pronounced deficits
// covered, then most deficits, then fewest hours.
#include "cataloguereduction.h"
#include "coverproblem.h"
#include "routecatalogue.h"

namespace metodist::routes {

class RouteOptimiser {
public:
    // The catalogue must outlive the optimiser and not change while it is used.
    explicit RouteOptimiser(const Catalogue &catalogue) : m_catalogue(catalogue), m_reductions(catalogue) {}

    Proposal propose(const std::vector<Deficit> &deficits, const Constraints &constraints) const;

    // Up to `count` distinct proposals, best first (the first equals propose()). The others
    // are found by forbidding one item of the best cover at a time; only those covering as
    // many deficits as the best are kept.
    std::vector<Proposal> alternatives(const std::vector<Deficit> &deficits, const Constraints &constraints,
                                       int count) const;

    // The selection step on a prepared problem (columns forbidden by index), for reuse.
    std::vector<int> solve(const CoverProblem &problem, const std::vector<char> &forbidden) const;

private:
    const Catalogue &m_catalogue;
    ReductionCache m_reductions;
};

} // namespace metodist::routes
