#pragma once
// Simulated annealing over feasible timetables: move a lecture to another period
// and/or room, swapping with the lecture already there; now and then a Kempe
// chain (two periods exchange a connected group of clashing lectures). Moves and
// swaps are judged by State::moveDelta/swapDelta and applied only when accepted
// (most are rejected); Kempe chains are applied through State and undone when
// rejected. Options aim moves at compactness: a target period next to a lecture
// of the same curriculum, and the best free room of the new period. The
// temperature falls geometrically with the time used, so one schedule fits any
// time limit.
#include "groups/timetabling/rng.h"
#include "groups/timetabling/state.h"

#include <functional>

namespace metodist::timetabling {

struct AnnealSchedule {
    double startTemperature = 10.0;
    double endTemperature = 0.05;
    // When > 0 (0: off), every second round of the solver starts at this temperature instead:
    // the best start differs between instances (hot for tightly constrained ones
    // with many minimum-days shortfalls, cooler for compactness-bound ones), so the
    // rounds alternate between the two and the best timetable is kept.
    double alternateStartTemperature = 3.0;
    int kempePer64 = 8; // share of moves (out of 64) that are Kempe chains
    int ejectPer64 = 0; // share that move a lecture onto one blocker and send the blocker elsewhere
    int sameDayPercent = 0; // share of moves that stay within the lecture's day (compactness)
    // Share of moves (percent) whose target period is next to a lecture of one of
    // the course's curricula (curriculum compactness), else any period.
    int adjacentPercent = 40;
    // Share of period changes (percent) that take the best free room of the new period.
    int bestRoomPercent = 50;
    // When set, rounds 2-3, 6-7, ... of the solver run without the two options
    // above (the plain move/swap of earlier versions): compactness-bound instances
    // (comp07, comp10) gain from them, others (comp02) did better without, so the
    // rounds mix both and the best timetable is kept.
    bool alternateNeighbourhoods = true;
};

class Annealer {
public:
    Annealer(State &state, Rng &rng) : m_s(state), m_rng(rng) {}

    // Runs until fraction() reaches 1 or shouldStop() (both polled every few
    // thousand moves); fraction() gives the share of the time used, 0..1.
    // onImprove(bestSoft) is called when the best cost drops.
    void run(const AnnealSchedule &schedule, const std::function<double()> &fraction,
             const std::function<bool()> &shouldStop, const std::function<void(int)> &onImprove);

    int bestSoft() const { return m_bestSoft; }
    long long moves() const { return m_moves; }
    // Puts the best timetable found back into the state.
    void restoreBest();

private:
    int pickPeriod(int lecture, int from, int sameDayPercent);
    int adjacentPeriod(int lecture);
    int m_adjacentPercent = 0;
    int m_bestRoomPercent = 0;
    // The lecture's room when it is free at the period, else the free room costing least
    // capacity and stability (ties: the first, or a random one); -1 when none is free.
    int bestFreeRoom(int course, int period, int fromRoom, bool randomTies);
    bool tryMove(double temperature, int sameDayPercent);
    bool tryEject(double temperature);
    bool tryKempe(double temperature, int sameDayPercent);
    void addToChain(int lecture, int toPeriod, std::vector<int> &chain, std::vector<int> &moveTo);
    bool accept(int delta, double temperature);
    void setTemperature(double temperature);
    static constexpr int kAcceptTable = 32;
    double m_acceptTable[kAcceptTable] = {};
    double m_tableTemperature = -1;
    void saveBest();

    State &m_s;
    Rng &m_rng;
    std::vector<int> m_bestPeriod, m_bestRoom;
    int m_bestSoft = 0;
    long long m_moves = 0;
    std::vector<int> m_chain, m_target, m_oldPeriod, m_oldRoom, m_inChain;
};

} // namespace metodist::timetabling
