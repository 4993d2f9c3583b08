#pragma once
// The timetabling engine: construction to feasibility, then simulated annealing
// on the soft cost, keeping the best timetable. Runs on the calling thread; the
// GUI runs it in the background and stops it through the cancel flag.
#include "groups/timetabling/annealer.h"
#include "groups/timetabling/validator.h"

#include <atomic>
#include <cstdint>
#include <functional>

namespace metodist::timetabling {

struct SolverProgress {
    double elapsedSeconds = 0;
    int hard = 0; // lectures not yet placed (0 once feasible)
    int soft = 0; // best soft cost so far
};

struct SolverOptions {
    double timeLimitSeconds = 300;
    // Count the limit in CPU time of the solving thread instead of wall time: on a
    // shared machine the result then depends on the work done, not on the load.
    bool cpuTimeLimit = false;
    std::uint64_t seed = 1;
    const std::atomic<bool> *cancel = nullptr; // set to true to stop early (keeps the best)
    // Called on the solver's thread, at most ~10 times a second.
    std::function<void(const SolverProgress &)> progress;
    // When > 0 the annealing cools by moves made instead of time (the result is then
    // the same on a busy machine); the time limit still stops it.
    long long moveLimit = 0;
    // Independent anneals sharing the time (the best is kept); 0: one per 30 s (longer single anneals measured no better).
    int rounds = 0;
    AnnealSchedule schedule; // defaults suit every instance tried; exposed for experiments
};

struct SolverResult {
    Solution solution;
    CostBreakdown cost;           // from the independent validator
    int incrementalSoft = 0;      // the solver's own bookkeeping, for cross-checks
    double seconds = 0;           // wall time
    double cpuSeconds = 0;        // CPU time of the solving thread
    double feasibleAfterSeconds = -1; // -1 if never feasible
    long long moves = 0;
    bool cancelled = false;
};

SolverResult solve(const Instance &instance, const SolverOptions &options = {});

} // namespace metodist::timetabling
