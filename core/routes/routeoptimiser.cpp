#include "routeoptimiser.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace metodist::routes {

namespace {

enum class Mode {
    Hours,  // cover everything coverable with the fewest hours
    Budget  // within the budget: most pronounced, then most deficits, then fewest hours
};

struct Selection {
    std::vector<int> columns;
    std::vector<std::uint64_t> covered;
    int hours = 0;
    int pronounced = 0;
    int count = 0;
};

class Search {
public:
    Search(const CoverProblem &p, std::vector<char> forbidden, Mode mode, int scoring)
        : m_p(p), m_forbidden(std::move(forbidden)), m_mode(mode), m_scoring(scoring),
          m_in(p.columns.size(), 0), m_stamp(p.columns.size(), 0), m_targets(int(p.targetCompetence.size()))
    {
        m_budget = mode == Mode::Budget ? p.budget : -1;
    }

    Selection run()
    {
        Selection current = empty();
        greedyComplete(current);
        dropRedundant(current);
        m_bound = m_mode == Mode::Hours ? lowerBound() : -1;
        const int bound = m_bound;
        // Drop-and-repair: forbid one (then two) chosen columns, re-cover, keep when better.
        for (int round = 0; round < 64 && current.hours > bound; ++round) {
            if (!improve(current, 1) && !improve(current, 2))
                break;
        }
        return current;
    }

    // A lower bound on the hours of any full cover from a feasible solution of the LP
    // dual (u_t >= 0, sum of u_t over each column <= its hours): start from charging each
    // target the least hours per target of a column covering it, then raise each u_t by
    // the least slack left in its columns.
    int lowerBound()
    {
        const int n = int(m_p.columns.size());
        m_slack.resize(size_t(n));
        for (int c = 0; c < n; ++c)
            m_slack[size_t(c)] = hours(c);
        std::vector<double> &u = m_dual;
        u.assign(size_t(m_targets), 0.0);
        auto forEachTarget = [&](auto &&fn) {
            for (int w = 0; w < m_p.words; ++w)
                for (std::uint64_t open = m_p.coverable[size_t(w)]; open; open &= open - 1)
                    fn(w * 64 + std::countr_zero(open));
        };
        forEachTarget([&](int t) {
            double least = 1e18;
            for (int k = m_p.targetStart[size_t(t)]; k < m_p.targetStart[size_t(t) + 1]; ++k) {
                const int c = m_p.targetColumns[size_t(k)];
                least = std::min(least, double(hours(c)) / m_p.popcount(m_p.mask(c)));
            }
            u[size_t(t)] = least;
        });
        forEachTarget([&](int t) {
            for (int k = m_p.targetStart[size_t(t)]; k < m_p.targetStart[size_t(t) + 1]; ++k)
                m_slack[size_t(m_p.targetColumns[size_t(k)])] -= u[size_t(t)];
        });
        double sum = 0;
        forEachTarget([&](int t) {
            double delta = 1e18;
            for (int k = m_p.targetStart[size_t(t)]; k < m_p.targetStart[size_t(t) + 1]; ++k)
                delta = std::min(delta, m_slack[size_t(m_p.targetColumns[size_t(k)])]);
            delta = std::max(0.0, delta);
            for (int k = m_p.targetStart[size_t(t)]; k < m_p.targetStart[size_t(t) + 1]; ++k)
                m_slack[size_t(m_p.targetColumns[size_t(k)])] -= delta;
            sum += u[size_t(t)] + delta;
        });
        return int(std::ceil(sum - 1e-6));
    }

    bool improve(Selection &current, int drop)
    {
        std::vector<int> order = current.columns;
        std::sort(order.begin(), order.end(), [&](int a, int b) { return hours(a) > hours(b); });
        const size_t k = order.size();
        for (size_t i = 0; i < k; ++i) {
            for (size_t j = drop == 2 ? i + 1 : k; j <= k; ++j) {
                if (drop == 2 && j == k)
                    break;
                const int a = order[i], b = drop == 2 ? order[j] : -1;
                Selection &trial = m_trial;
                trial.columns.clear();
                trial.covered.assign(size_t(m_p.words), 0);
                trial.hours = trial.pronounced = trial.count = 0;
                for (int c : current.columns)
                    if (c != a && c != b)
                        add(trial, c);
                m_forbidden[size_t(a)] = 1;
                if (b >= 0)
                    m_forbidden[size_t(b)] = 1;
                greedyComplete(trial);
                m_forbidden[size_t(a)] = 0;
                if (b >= 0)
                    m_forbidden[size_t(b)] = 0;
                dropRedundant(trial);
                if (better(trial, current)) {
                    std::swap(current, trial);
                    return true;
                }
            }
        }
        return false;
    }

    bool provedOptimal(const Selection &s) const
    {
        return m_mode == Mode::Hours && s.count == m_p.coverableCount() && s.hours <= m_bound;
    }

    static bool better(const Selection &a, const Selection &b)
    {
        if (a.pronounced != b.pronounced)
            return a.pronounced > b.pronounced;
        if (a.count != b.count)
            return a.count > b.count;
        return a.hours < b.hours;
    }

private:
    int hours(int c) const { return m_p.columns[size_t(c)].hours; }

    Selection empty() const
    {
        Selection s;
        s.covered.assign(size_t(m_p.words), 0);
        return s;
    }

    void add(Selection &s, int c) const
    {
        const std::uint64_t *m = m_p.mask(c);
        for (int w = 0; w < m_p.words; ++w) {
            const std::uint64_t fresh = m[w] & ~s.covered[size_t(w)];
            s.count += std::popcount(fresh);
            s.pronounced += std::popcount(fresh & m_p.pronounced[size_t(w)]);
            s.covered[size_t(w)] |= m[w];
        }
        s.hours += hours(c);
        s.columns.push_back(c);
    }

    void greedyComplete(Selection &s)
    {
        for (int c : s.columns)
            m_in[size_t(c)] = 1;
        const int words = m_p.words;
        for (;;) {
            int best = -1;
            long long bestValue = 0;
            int bestPronounced = 0, bestHours = 0;
            ++m_generation;
            // Only columns covering some uncovered target can add anything.
            for (int w = 0; w < words; ++w) {
                for (std::uint64_t open = m_p.coverable[size_t(w)] & ~s.covered[size_t(w)]; open; open &= open - 1) {
                    const int t = w * 64 + std::countr_zero(open);
                    for (int k = m_p.targetStart[size_t(t)]; k < m_p.targetStart[size_t(t) + 1]; ++k) {
                        const int c = m_p.targetColumns[size_t(k)];
                        if (m_stamp[size_t(c)] == m_generation)
                            continue;
                        m_stamp[size_t(c)] = m_generation;
                        if (m_forbidden[size_t(c)] || m_in[size_t(c)])
                            continue;
                        const int h = hours(c);
                        if (m_budget >= 0 && s.hours + h > m_budget)
                            continue;
                        const std::uint64_t *m = m_p.mask(c);
                        int n = 0, np = 0;
                        for (int x = 0; x < words; ++x) {
                            const std::uint64_t fresh = m[x] & ~s.covered[size_t(x)];
                            n += std::popcount(fresh);
                            np += std::popcount(fresh & m_p.pronounced[size_t(x)]);
                        }
                        long long value = n;
                        if (m_mode == Mode::Budget)
                            value = (long long)np * (m_targets + 1) + n;
                        else if (m_scoring == 1)
                            value = n + np;
                        // Smaller hours per value wins; compare h/value by cross-multiplication.
                        bool take = best < 0;
                        if (!take) {
                            const long long lhs = (long long)h * bestValue, rhs = (long long)bestHours * value;
                            take = lhs < rhs
                                || (lhs == rhs
                                    && (np > bestPronounced || (np == bestPronounced && (h < bestHours || (h == bestHours && c < best)))));
                        }
                        if (take) {
                            best = c;
                            bestValue = value;
                            bestPronounced = np;
                            bestHours = h;
                        }
                    }
                }
            }
            if (best < 0)
                break;
            add(s, best);
            m_in[size_t(best)] = 1;
        }
        for (int c : s.columns)
            m_in[size_t(c)] = 0;
    }

    // Removes chosen columns whose every target is covered by another chosen column,
    // dearest first.
    void dropRedundant(Selection &s)
    {
        m_times.assign(size_t(m_targets), 0);
        auto forEachBit = [&](int c, auto &&fn) {
            const std::uint64_t *m = m_p.mask(c);
            for (int w = 0; w < m_p.words; ++w)
                for (std::uint64_t bits = m[w]; bits; bits &= bits - 1)
                    fn(w * 64 + std::countr_zero(bits));
        };
        for (int c : s.columns)
            forEachBit(c, [&](int t) { ++m_times[size_t(t)]; });
        std::sort(s.columns.begin(), s.columns.end(), [&](int a, int b) {
            return hours(a) != hours(b) ? hours(a) > hours(b) : a > b;
        });
        size_t keep = 0;
        for (size_t i = 0; i < s.columns.size(); ++i) {
            const int c = s.columns[i];
            bool redundant = true;
            forEachBit(c, [&](int t) { redundant = redundant && m_times[size_t(t)] >= 2; });
            if (redundant) {
                forEachBit(c, [&](int t) { --m_times[size_t(t)]; });
                s.hours -= hours(c);
            } else {
                s.columns[keep++] = c;
            }
        }
        s.columns.resize(keep);
    }

    const CoverProblem &m_p;
    std::vector<char> m_forbidden;
    Mode m_mode;
    int m_scoring;
    std::vector<char> m_in;
    std::vector<unsigned> m_stamp;
    std::vector<int> m_times;
    std::vector<double> m_slack;
    std::vector<double> m_dual;
    Selection m_trial;
    unsigned m_generation = 0;
    int m_targets;
    int m_budget = -1;
    int m_bound = -1;
};

// A depth-first branch and bound with a node limit, started from the local-search cover:
// branch on the uncovered target with the fewest columns (some column covering it must be
// chosen; earlier siblings are forbidden so no cover is visited twice) and prune with the
// fractional bound over the uncovered targets. Finds the optimum of most small routes the
// local search missed, at a bounded cost.
class Polish {
public:
    Polish(const CoverProblem &p, const std::vector<char> &forbidden, int nodeLimit)
        : m_p(p), m_forbidden(forbidden), m_nodesLeft(nodeLimit) {}

    // Returns true when it found a cheaper full cover (then stored in `best`).
    bool run(Selection &best)
    {
        m_bestHours = best.hours;
        std::vector<std::uint64_t> covered(size_t(m_p.words), 0);
        std::vector<int> chosen;
        descend(covered, 0, chosen);
        if (m_found.empty() && m_bestHours == best.hours)
            return false;
        Selection s;
        s.covered.assign(size_t(m_p.words), 0);
        for (int c : m_found) {
            const std::uint64_t *m = m_p.mask(c);
            for (int w = 0; w < m_p.words; ++w) {
                const std::uint64_t fresh = m[w] & ~s.covered[size_t(w)];
                s.count += std::popcount(fresh);
                s.pronounced += std::popcount(fresh & m_p.pronounced[size_t(w)]);
                s.covered[size_t(w)] |= m[w];
            }
            s.hours += m_p.columns[size_t(c)].hours;
        }
        s.columns = m_found;
        best = std::move(s);
        return true;
    }

private:
    int newCount(int c, const std::vector<std::uint64_t> &covered) const
    {
        int n = 0;
        const std::uint64_t *m = m_p.mask(c);
        for (int w = 0; w < m_p.words; ++w)
            n += std::popcount(m[w] & ~covered[size_t(w)]);
        return n;
    }

    void descend(std::vector<std::uint64_t> &covered, int hours, std::vector<int> &chosen)
    {
        if (m_nodesLeft-- <= 0)
            return;
        // Bound, and the uncovered target with the fewest open columns.
        double bound = 0;
        int branchTarget = -1, fewest = 1 << 30;
        bool done = true;
        for (int w = 0; w < m_p.words; ++w) {
            for (std::uint64_t open = m_p.coverable[size_t(w)] & ~covered[size_t(w)]; open; open &= open - 1) {
                done = false;
                const int t = w * 64 + std::countr_zero(open);
                double least = 1e18;
                int options = 0;
                for (int k = m_p.targetStart[size_t(t)]; k < m_p.targetStart[size_t(t) + 1]; ++k) {
                    const int c = m_p.targetColumns[size_t(k)];
                    if (m_forbidden[size_t(c)])
                        continue;
                    ++options;
                    least = std::min(least, double(m_p.columns[size_t(c)].hours) / newCount(c, covered));
                }
                if (options == 0)
                    return; // cannot be covered any more on this branch
                bound += least;
                if (options < fewest) {
                    fewest = options;
                    branchTarget = t;
                }
            }
        }
        if (done) {
            if (hours < m_bestHours) {
                m_bestHours = hours;
                m_found = chosen;
            }
            return;
        }
        if (hours + int(std::ceil(bound - 1e-6)) >= m_bestHours)
            return;
        std::vector<std::pair<double, int>> options;
        for (int k = m_p.targetStart[size_t(branchTarget)]; k < m_p.targetStart[size_t(branchTarget) + 1]; ++k) {
            const int c = m_p.targetColumns[size_t(k)];
            if (!m_forbidden[size_t(c)])
                options.emplace_back(double(m_p.columns[size_t(c)].hours) / newCount(c, covered), c);
        }
        std::sort(options.begin(), options.end());
        std::vector<int> forbiddenHere;
        for (const auto &[ratio, c] : options) {
            (void)ratio;
            if (hours + m_p.columns[size_t(c)].hours < m_bestHours) {
                const std::vector<std::uint64_t> saved = covered;
                const std::uint64_t *m = m_p.mask(c);
                for (int w = 0; w < m_p.words; ++w)
                    covered[size_t(w)] |= m[w];
                chosen.push_back(c);
                descend(covered, hours + m_p.columns[size_t(c)].hours, chosen);
                chosen.pop_back();
                covered = saved;
            }
            m_forbidden[size_t(c)] = 1;
            forbiddenHere.push_back(c);
            if (m_nodesLeft <= 0)
                break;
        }
        for (int c : forbiddenHere)
            m_forbidden[size_t(c)] = 0;
    }

    const CoverProblem &m_p;
    std::vector<char> m_forbidden;
    int m_nodesLeft;
    int m_bestHours = 0;
    std::vector<int> m_found;
};

Selection bestOf(const CoverProblem &p, const std::vector<char> &forbidden, Mode mode)
{
    Selection best;
    bool have = false;
    for (int scoring = 0; scoring < 2; ++scoring) {
        Search search(p, forbidden, mode, scoring);
        Selection s = search.run();
        if (!have || Search::better(s, best)) {
            best = std::move(s);
            have = true;
        }
        if (search.provedOptimal(best))
            return best;
    }
    if (mode == Mode::Hours && best.count == p.coverableCount())
        Polish(p, forbidden, 400).run(best);
    return best;
}

} // namespace

std::vector<int> RouteOptimiser::solve(const CoverProblem &problem, const std::vector<char> &forbidden) const
{
    if (problem.columns.empty())
        return {};
    Selection s = bestOf(problem, forbidden, Mode::Hours);
    if (problem.budget >= 0 && s.hours > problem.budget) {
        Selection within = bestOf(problem, forbidden, Mode::Budget);
        s = std::move(within);
    }
    std::sort(s.columns.begin(), s.columns.end());
    return s.columns;
}

Proposal RouteOptimiser::propose(const std::vector<Deficit> &deficits, const Constraints &constraints) const
{
    const auto reduced = m_reductions.get(constraints);
    const CoverProblem problem = buildCoverProblem(m_catalogue, deficits, constraints, reduced.get());
    return finishProposal(m_catalogue, problem, solve(problem, std::vector<char>(problem.columns.size(), 0)));
}

std::vector<Proposal> RouteOptimiser::alternatives(const std::vector<Deficit> &deficits,
                                                   const Constraints &constraints, int count) const
{
    std::vector<Proposal> result;
    if (count <= 0)
        return result;
    const auto reduced = m_reductions.get(constraints);
    const CoverProblem problem = buildCoverProblem(m_catalogue, deficits, constraints, reduced.get());
    std::vector<char> forbidden(problem.columns.size(), 0);
    const std::vector<int> best = solve(problem, forbidden);
    result.push_back(finishProposal(m_catalogue, problem, best));

    std::set<std::vector<int>> seen{best};
    std::vector<Proposal> others;
    for (int c : best) {
        forbidden[size_t(c)] = 1;
        std::vector<int> alt = solve(problem, forbidden);
        forbidden[size_t(c)] = 0;
        if (alt.empty() || !seen.insert(alt).second)
            continue;
        Proposal p = finishProposal(m_catalogue, problem, alt);
        // Only alternatives that address as many deficits as the best one.
        if (p.covered.size() == result.front().covered.size() && p.pronouncedCovered == result.front().pronouncedCovered)
            others.push_back(std::move(p));
    }
    std::stable_sort(others.begin(), others.end(), betterProposal);
    for (Proposal &p : others) {
        if (int(result.size()) >= count)
            break;
        result.push_back(std::move(p));
    }
    return result;
}

} // namespace metodist::routes
