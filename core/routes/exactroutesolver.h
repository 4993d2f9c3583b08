#pragma once
// The same route problem solved exactly as an integer program with GLPK, to measure
// the heuristic against (tests, bench, `build-routes --exact`). Slower by design.
//
//   no budget, or the cheapest cover fits it:  min sum h_i x_i
//       s.t. sum_{i covers t} x_i >= 1 for every coverable target t, x binary;
//   otherwise (lexicographic, as the heuristic):  max sum W_t y_t - sum h_i x_i
//       s.t. y_t <= sum_{i covers t} x_i, sum h_i x_i <= budget, x, y binary,
//       with W = (B+1) for a partial and (B+1)(P+1) for a pronounced deficit.
#include "cataloguereduction.h"
#include "coverproblem.h"
#include "routecatalogue.h"

namespace metodist::routes {

class ExactRouteSolver {
public:
    enum class Model {
        Plain,  // every admissible item is a variable: the baseline
        Reduced // the heuristic's reduced, merged columns (same optimum, fewer variables)
    };
    explicit ExactRouteSolver(const Catalogue &catalogue, Model model = Model::Plain)
        : m_catalogue(catalogue), m_model(model), m_reductions(catalogue) {}
    // Proposal.exact is true when GLPK proved optimality (it always should here).
    Proposal propose(const std::vector<Deficit> &deficits, const Constraints &constraints) const;
    // The chosen columns of a prepared problem; `optimal` tells whether GLPK proved it.
    std::vector<int> solve(const CoverProblem &problem, bool *optimal = nullptr) const;

private:
    const Catalogue &m_catalogue;
    Model m_model;
    ReductionCache m_reductions;
};

} // namespace metodist::routes
