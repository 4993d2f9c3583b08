#include "groups/timetabling/solver.h"

#include "groups/timetabling/annealer.h"
#include "groups/timetabling/construction.h"

#include <algorithm>
#include <chrono>
#include <optional>

#include <time.h>

namespace metodist::timetabling {

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

} // namespace

SolverResult solve(const Instance &instance, const SolverOptions &options)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const double cpuStart = threadCpuSeconds();
    auto wall = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    auto cpu = [&] { return threadCpuSeconds() - cpuStart; };
    auto elapsed = [&] { return options.cpuTimeLimit ? cpu() : wall(); };
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
    std::optional<State> best;
    if (state.unplaced() == 0) {
        result.feasibleAfterSeconds = elapsed();
        report(0, state.soft(), true);
        // Independent anneals from the same first timetable, the best kept: the
        // outcome of one anneal varies a lot, so a few shorter ones are steadier.
        const int rounds = options.rounds > 0 ? options.rounds : std::max(1, int(limit / 30.0));
        int bestSoft = state.soft();
        for (int round = 0; round < rounds && bestSoft > 0 && !shouldStop(); ++round) {
            State work = state;
            Annealer annealer(work, rng);
            const double annealStart = elapsed();
            const double annealSpan = std::max(1e-3, (limit - annealStart) / (rounds - round));
            const long long moveLimit = options.moveLimit / rounds;
            AnnealSchedule schedule = options.schedule;
            if (round % 2 == 1 && schedule.alternateStartTemperature > 0)
                schedule.startTemperature = schedule.alternateStartTemperature;
            if ((round / 2) % 2 == 1 && schedule.alternateNeighbourhoods) {
                schedule.adjacentPercent = 0;
                schedule.bestRoomPercent = 0;
            }
            annealer.run(
                schedule,
                [&] {
                    const double byTime = (elapsed() - annealStart) / annealSpan;
                    if (moveLimit <= 0)
                        return byTime;
                    return byTime >= 1.0 ? 1.0 : double(annealer.moves()) / double(moveLimit);
                },
                cancelled,
                [&](int soft) { report(0, std::min(soft, bestSoft), false); });
            annealer.restoreBest();
            result.moves += annealer.moves();
            if (!best || work.soft() < best->soft()) {
                best.emplace(work);
                bestSoft = work.soft();
            }
        }
    }
    const State &final = best ? *best : state;
    result.solution = final.toSolution();
    result.incrementalSoft = final.soft();
    result.cost = validate(instance, result.solution);
    result.seconds = wall();
    result.cpuSeconds = cpu();
    result.cancelled = cancelled();
    report(result.cost.hard(), result.cost.soft(), true);
    return result;
}

} // namespace metodist::timetabling
