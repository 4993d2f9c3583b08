#include "exactroutesolver.h"

#include <glpk.h>

#include <algorithm>
#include <memory>

namespace metodist::routes {

namespace {

struct ProbDeleter {
    void operator()(glp_prob *p) const { glp_delete_prob(p); }
};

bool covers(const CoverProblem &p, int column, int target)
{
    return (p.mask(column)[target / 64] >> (target % 64)) & 1U;
}

bool coverable(const CoverProblem &p, int target)
{
    return (p.coverable[size_t(target / 64)] >> (target % 64)) & 1U;
}

// Solves and returns the chosen columns. withBudget selects the lexicographic model.
std::vector<int> runModel(const CoverProblem &p, bool withBudget, bool *optimal)
{
    glp_term_out(GLP_OFF);
    std::unique_ptr<glp_prob, ProbDeleter> lp(glp_create_prob());
    const int n = int(p.columns.size());
    const int targets = int(p.targetCompetence.size());
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0.0};

    glp_add_cols(lp.get(), n);
    for (int c = 0; c < n; ++c) {
        glp_set_col_kind(lp.get(), c + 1, GLP_BV);
        glp_set_obj_coef(lp.get(), c + 1, double(p.columns[size_t(c)].hours) * (withBudget ? -1.0 : 1.0));
    }
    if (!withBudget) {
        glp_set_obj_dir(lp.get(), GLP_MIN);
        for (int t = 0; t < targets; ++t) {
            if (!coverable(p, t))
                continue;
            const int row = glp_add_rows(lp.get(), 1);
            glp_set_row_bnds(lp.get(), row, GLP_LO, 1.0, 0.0);
            for (int c = 0; c < n; ++c)
                if (covers(p, c, t)) {
                    ia.push_back(row);
                    ja.push_back(c + 1);
                    ar.push_back(1.0);
                }
        }
    } else {
        glp_set_obj_dir(lp.get(), GLP_MAX);
        int partials = 0;
        for (int t = 0; t < targets; ++t)
            partials += coverable(p, t) && p.targetLevel[size_t(t)] < 2;
        const double unit = double(p.budget) + 1.0;
        const int firstY = glp_add_cols(lp.get(), targets);
        for (int t = 0; t < targets; ++t) {
            const int y = firstY + t;
            glp_set_col_kind(lp.get(), y, GLP_BV);
            if (!coverable(p, t)) {
                glp_set_col_bnds(lp.get(), y, GLP_FX, 0.0, 0.0);
                continue;
            }
            glp_set_obj_coef(lp.get(), y, p.targetLevel[size_t(t)] >= 2 ? unit * (partials + 1) : unit);
            const int row = glp_add_rows(lp.get(), 1); // y_t - sum x_i <= 0
            glp_set_row_bnds(lp.get(), row, GLP_UP, 0.0, 0.0);
            ia.push_back(row);
            ja.push_back(y);
            ar.push_back(1.0);
            for (int c = 0; c < n; ++c)
                if (covers(p, c, t)) {
                    ia.push_back(row);
                    ja.push_back(c + 1);
                    ar.push_back(-1.0);
                }
        }
        const int row = glp_add_rows(lp.get(), 1);
        glp_set_row_bnds(lp.get(), row, GLP_UP, 0.0, double(p.budget));
        for (int c = 0; c < n; ++c) {
            ia.push_back(row);
            ja.push_back(c + 1);
            ar.push_back(double(p.columns[size_t(c)].hours));
        }
    }
    glp_load_matrix(lp.get(), int(ia.size()) - 1, ia.data(), ja.data(), ar.data());

    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;
    parm.msg_lev = GLP_MSG_OFF;
    const int rc = glp_intopt(lp.get(), &parm);
    const int status = glp_mip_status(lp.get());
    if (optimal)
        *optimal = rc == 0 && status == GLP_OPT;
    std::vector<int> chosen;
    if (rc != 0 || (status != GLP_OPT && status != GLP_FEAS))
        return chosen;
    for (int c = 0; c < n; ++c)
        if (glp_mip_col_val(lp.get(), c + 1) > 0.5)
            chosen.push_back(c);
    return chosen;
}

} // namespace

std::vector<int> ExactRouteSolver::solve(const CoverProblem &problem, bool *optimal) const
{
    if (optimal)
        *optimal = true;
    if (problem.columns.empty() || problem.coverableCount() == 0)
        return {};
    std::vector<int> chosen = runModel(problem, false, optimal);
    if (problem.budget >= 0) {
        int hours = 0;
        for (int c : chosen)
            hours += problem.columns[size_t(c)].hours;
        if (hours > problem.budget)
            chosen = runModel(problem, true, optimal);
    }
    return chosen;
}

Proposal ExactRouteSolver::propose(const std::vector<Deficit> &deficits, const Constraints &constraints) const
{
    const bool reduced = m_model == Model::Reduced;
    const CoverProblem problem = buildCoverProblem(m_catalogue, deficits, constraints,
                                                   reduced ? m_reductions.get(constraints).get() : nullptr, reduced);
    bool optimal = false;
    Proposal result = finishProposal(m_catalogue, problem, solve(problem, &optimal));
    result.exact = optimal;
    return result;
}

} // namespace metodist::routes
