#include "groups/timetabling/validator.h"

#include <algorithm>
#include <set>

namespace metodist::timetabling {

QString CostBreakdown::describe() const
{
    return QStringLiteral("hard %1 (lectures %2, conflicts %3, availability %4, room occupancy %5, room restrictions %6) "
                          "soft %7 (room capacity %8, min working days %9, curriculum compactness %10, room stability %11)")
        .arg(hard()).arg(lectures).arg(conflicts).arg(availability).arg(roomOccupancy).arg(roomRestrictions)
        .arg(soft()).arg(roomCapacity).arg(minWorkingDays).arg(curriculumCompactness).arg(roomStability);
}

CostBreakdown validate(const Instance &in, const Solution &solution)
{
    CostBreakdown cost;
    const int nc = int(in.courses.size());
    const int np = in.periods();
    const auto curriculaOf = in.curriculaOfCourses();
    auto share = [&](int a, int b) {
        if (a == b)
            return true;
        for (int t : in.courses[a].teachers)
            if (std::find(in.courses[b].teachers.begin(), in.courses[b].teachers.end(), t) != in.courses[b].teachers.end())
                return true;
        for (int q : curriculaOf[a])
            if (std::find(curriculaOf[b].begin(), curriculaOf[b].end(), q) != curriculaOf[b].end())
                return true;
        return false;
    };
    std::vector<std::vector<bool>> forbiddenRoom(nc, std::vector<bool>(in.rooms.size(), false));
    if (in.enforceRoomConstraints)
        for (const auto &[c, r] : in.roomConstraints)
            forbiddenRoom[c][r] = true;

    std::vector<int> scheduled(nc, 0);
    std::vector<std::vector<int>> byPeriod(np);
    std::vector<int> roomUse(std::size_t(np) * in.rooms.size(), 0);
    std::vector<std::set<int>> daysOf(nc), roomsOf(nc);
    for (const auto &a : solution.lectures) {
        if (a.period < 0 || a.course < 0 || a.room < 0)
            continue; // unplaced: counted as a missing lecture below
        ++scheduled[a.course];
        byPeriod[a.period].push_back(a.course);
        if (++roomUse[std::size_t(a.period) * in.rooms.size() + a.room] > 1)
            ++cost.roomOccupancy;
        if (!in.isAvailable(a.course, a.period))
            ++cost.availability;
        if (forbiddenRoom[a.course][a.room])
            ++cost.roomRestrictions;
        cost.roomCapacity += std::max(0, in.courses[a.course].students - in.rooms[a.room].capacity);
        daysOf[a.course].insert(a.period / in.periodsPerDay);
        roomsOf[a.course].insert(a.room);
    }
    for (int c = 0; c < nc; ++c) {
        cost.lectures += std::abs(scheduled[c] - in.courses[c].lectures);
        if (scheduled[c] > 0)
            cost.roomStability += int(roomsOf[c].size()) - 1;
        cost.minWorkingDays += 5 * std::max(0, in.courses[c].minWorkingDays - int(daysOf[c].size()));
    }
    for (const auto &courses : byPeriod)
        for (std::size_t i = 0; i < courses.size(); ++i)
            for (std::size_t j = i + 1; j < courses.size(); ++j)
                if (share(courses[i], courses[j]))
                    ++cost.conflicts;
    // Compactness: a curriculum's lecture with nothing of that curriculum next to it the same day.
    for (int q = 0; q < int(in.curricula.size()); ++q) {
        std::vector<int> count(np, 0);
        for (int p = 0; p < np; ++p)
            for (int c : byPeriod[p])
                if (std::find(curriculaOf[c].begin(), curriculaOf[c].end(), q) != curriculaOf[c].end())
                    ++count[p];
        for (int p = 0; p < np; ++p) {
            if (count[p] == 0)
                continue;
            const int slot = p % in.periodsPerDay;
            const bool before = slot > 0 && count[p - 1] > 0;
            const bool after = slot + 1 < in.periodsPerDay && count[p + 1] > 0;
            if (!before && !after)
                cost.curriculumCompactness += 2 * count[p];
        }
    }
    return cost;
}

} // namespace metodist::timetabling
