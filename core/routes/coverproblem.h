#pragma once
// The weighted set-cover instance behind one route proposal, shared by the heuristic
// (RouteOptimiser) and the exact solver (ExactRouteSolver) so both solve exactly the
// same problem. Targets are the person's deficits not yet covered by done or fixed
// items; columns are the admissible catalogue items as bit masks over the targets.
// Items with the same mask are merged into the cheapest one (never changes the optimum).
#include "routecatalogue.h"

#include <bit>
#include <cstdint>
#include <vector>

namespace metodist::routes {

struct CoverProblem {
    struct Column {
        int item = -1;
        int hours = 0;
    };

    int words = 1; // 64-bit words per mask
    std::vector<int> targetCompetence;
    std::vector<int> targetLevel;
    std::vector<std::uint64_t> coverable;  // targets some column covers
    std::vector<std::uint64_t> pronounced; // targets with a pronounced deficit
    std::vector<Column> columns;
    std::vector<std::uint64_t> masks; // columns.size() * words
    // Columns covering each target (CSR): targetColumns[targetStart[t] .. targetStart[t+1]).
    std::vector<int> targetStart;
    std::vector<int> targetColumns;
    int budget = -1;                  // hours left for new items; -1: no limit
    bool pronouncedNeedsCourse = false;
    bool attachPreCourseMaterials = false;
    std::vector<int> doneItems; // sorted

    // Context for turning a selection into a Proposal.
    std::vector<Deficit> deficits; // merged, level > 0
    std::vector<int> fixedItems;
    int fixedHours = 0;
    std::vector<int> alreadyCovered; // competences
    std::vector<int> coveredByFixed; // competences
    std::vector<int> uncoverable;    // competences

    const std::uint64_t *mask(int column) const { return masks.data() + size_t(column) * size_t(words); }
    int coverableCount() const { return popcount(coverable.data()); }
    int popcount(const std::uint64_t *m) const
    {
        int n = 0;
        for (int w = 0; w < words; ++w)
            n += std::popcount(m[w]);
        return n;
    }
};

// Whether an item counts against a deficit of this level under the problem's rules.
bool itemAddresses(const CatalogueItem &item, int level, bool pronouncedNeedsCourse);

struct ReducedCatalogue;

// `reduced` (optional) lists only the items that can matter under the constraints' forms
// and period (see cataloguereduction.h); it is ignored when items are excluded. `merge`
// merges columns with equal masks. Without both, the columns are all admissible items
// (the plain integer program the exact solver takes as its baseline).
CoverProblem buildCoverProblem(const Catalogue &catalogue, const std::vector<Deficit> &deficits,
                               const Constraints &constraints, const ReducedCatalogue *reduced = nullptr,
                               bool merge = true);

// A Proposal from chosen columns (indices into problem.columns) plus the fixed items.
Proposal finishProposal(const Catalogue &catalogue, const CoverProblem &problem, const std::vector<int> &columns);

// Lexicographic quality of a proposal: more pronounced deficits covered, then more
// deficits covered, then fewer hours. True when a is strictly better than b.
bool betterProposal(const Proposal &a, const Proposal &b);

} // namespace metodist::routes
