#pragma once
// Builds a first timetable: a saturation-degree greedy (the course with the fewest
// free periods goes first, each lecture to its cheapest free period and room),
// then an ejection-chain repair that places each missing lecture by unplacing the
// fewest others (with a short tabu so lectures do not bounce back).
#include "groups/timetabling/rng.h"
#include "groups/timetabling/state.h"

#include <functional>

namespace metodist::timetabling {

void constructGreedy(State &state, Rng &rng);
// Returns true when every lecture is placed; shouldStop is polled now and then.
bool repairByEjection(State &state, Rng &rng, const std::function<bool()> &shouldStop);

} // namespace metodist::timetabling
