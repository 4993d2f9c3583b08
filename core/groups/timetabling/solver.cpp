#include "groups/timetabling/solver.h"

#include "groups/timetabling/annealer.h"
#include "groups/timetabling/construction.h"

#include <chrono>

namespace metodist::timetabling {

SolverResult solve(const Instance &instance, const SolverOptions &options)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    const double limit = std::max(0.01, options.timeLimitSeconds);
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    auto shouldStop = [&] { return cancelled() || elapsed() >= limit; };
    double lastReport = -1;
    auto report = [&](int hard, int soft, bool force) {
        const double now = elapsed();
        if (!options.progress || (!force && now - lastReport < 0.1))
            return;
        lastReport = now;
        options.progress({now, hard, soft});
    };

    SolverResult result;
    State state(instance);
    Rng rng(options.seed);
    constructGreedy(state, rng);
    report(state.unplaced(), state.soft(), true);
    if (state.unplaced() > 0)
        repairByEjection(state, rng, shouldStop);
    if (state.unplaced() == 0) {
        result.feasibleAfterSeconds = elapsed();
        report(0, state.soft(), true);
        Annealer annealer(state, rng);
        const double annealStart = elapsed();
        const double annealSpan = std::max(1e-3, limit - annealStart);
        annealer.run(
            options.schedule, [&] { return (elapsed() - annealStart) / annealSpan; }, cancelled,
            [&](int best) { report(0, best, false); });
        annealer.restoreBest();
        result.moves = annealer.moves();
    }
    result.solution = state.toSolution();
    result.incrementalSoft = state.soft();
    result.cost = validate(instance, result.solution);
    result.seconds = elapsed();
    result.cancelled = cancelled();
    report(result.cost.hard(), result.cost.soft(), true);
    return result;
}

} // namespace metodist::timetabling
