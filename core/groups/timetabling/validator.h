#pragma once
// The UD2 cost of a timetable, computed from scratch (independent of the solver's
// incremental bookkeeping, so each can check the other).
#include "groups/timetabling/solution.h"

namespace metodist::timetabling {

struct CostBreakdown {
    // Hard: counts of violations.
    int lectures = 0;       // per course, |scheduled - required|
    int conflicts = 0;      // pairs of lectures in one period sharing a course, teacher or curriculum
    int availability = 0;   // lectures in a period their course is unavailable
    int roomOccupancy = 0;  // per room and period, lectures beyond the first
    int roomRestrictions = 0; // lectures in a forbidden room (only with enforceRoomConstraints)
    // Soft: already weighted.
    int roomCapacity = 0;          // students above capacity, per lecture
    int minWorkingDays = 0;        // 5 per day short of the minimum, per course
    int curriculumCompactness = 0; // 2 per isolated lecture, per curriculum
    int roomStability = 0;         // distinct rooms - 1, per course

    int hard() const { return lectures + conflicts + availability + roomOccupancy + roomRestrictions; }
    int soft() const { return roomCapacity + minWorkingDays + curriculumCompactness + roomStability; }
    QString describe() const; // one line: "hard N (...) soft M (...)"
};

CostBreakdown validate(const Instance &instance, const Solution &solution);

} // namespace metodist::timetabling
