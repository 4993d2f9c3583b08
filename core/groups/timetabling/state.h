#pragma once
// The solver's working timetable with incremental bookkeeping. Invariant: the
// placed lectures never break a hard rule (no double-booked room, teacher or
// curriculum, no unavailable period); a lecture may be unplaced (period -1).
// place() and remove() return the change of the UD2 soft cost.
#include "groups/timetabling/solution.h"

#include <cstdint>
#include <vector>

namespace metodist::timetabling {

class State {
public:
    explicit State(const Instance &instance);

    const Instance &instance() const { return m_in; }
    int lectureCount() const { return int(m_course.size()); }
    int courseOf(int lecture) const { return m_course[lecture]; }
    int periodOf(int lecture) const { return m_period[lecture]; }
    int roomOf(int lecture) const { return m_room[lecture]; }
    int periods() const { return m_periods; }
    int rooms() const { return m_rooms; }
    int soft() const { return m_soft; }
    int unplaced() const { return m_unplaced; }
    const std::vector<int> &roomsOfCourse(int course) const { return m_allowedRooms[course]; }
    const std::vector<int> &curriculaOf(int course) const { return m_curricula[course]; }
    const std::vector<int> &teachersOf(int course) const { return m_teachers[course]; }
    const std::vector<int> &lecturesOf(int course) const { return m_lecturesOfCourse[course]; }

    int roomOccupant(int period, int room) const { return m_roomOcc[period * m_rooms + room]; }
    int teacherOccupant(int teacher, int period) const { return m_teacherOcc[teacher * m_periods + period]; }
    int curriculumOccupant(int curriculum, int period) const { return m_currOcc[curriculum * m_periods + period]; }
    bool available(int course, int period) const { return m_available[course * m_periods + period]; }
    bool roomAllowed(int course, int room) const { return m_roomAllowed[course * m_rooms + room]; }
    int capacityPenalty(int course, int room) const { return m_capPenalty[course * m_rooms + room]; }
    // Lectures of the course placed in the room (room stability).
    int roomUses(int course, int room) const { return m_courseRoomCount[course * m_rooms + room]; }

    // May the course's lecture go to period p, treating lectures a and b as absent?
    bool periodFree(int course, int period, int a = -1, int b = -1) const
    {
        if (!m_available[course * m_periods + period])
            return false;
        for (int t : m_teachers[course]) {
            const int o = m_teacherOcc[t * m_periods + period];
            if (o >= 0 && o != a && o != b)
                return false;
        }
        for (int q : m_curricula[course]) {
            const int o = m_currOcc[q * m_periods + period];
            if (o >= 0 && o != a && o != b)
                return false;
        }
        return true;
    }

    // Soft-cost change of moving the lecture to (period, room), or of swapping it
    // with the lecture l2 (which takes the first one's place), without applying it.
    // The caller has checked the hard rules.
    int moveDelta(int lecture, int period, int room) const
    {
        return courseMoveDelta(m_course[lecture], m_period[lecture], m_room[lecture], period, room, -1);
    }
    int swapDelta(int lecture, int l2) const
    {
        const int c = m_course[lecture], c2 = m_course[l2];
        const int p = m_period[lecture], r = m_room[lecture], p2 = m_period[l2], r2 = m_room[l2];
        return courseMoveDelta(c, p, r, p2, r2, c2) + courseMoveDelta(c2, p2, r2, p, r, c);
    }

    int place(int lecture, int period, int room);
    int remove(int lecture);

    // Recomputes the soft cost from the bookkeeping (for checks).
    int recomputeSoft() const;
    Solution toSolution() const;

private:
    // One course's lecture moves (p0, r0) -> (p, r); curricula shared with the
    // course `other` (which moves the opposite way in a swap) keep their periods.
    int courseMoveDelta(int c, int p0, int r0, int p, int r, int other) const
    {
        int delta = m_capPenalty[c * m_rooms + r] - m_capPenalty[c * m_rooms + r0];
        if (r != r0)
            delta += (m_courseRoomCount[c * m_rooms + r] == 0) - (m_courseRoomCount[c * m_rooms + r0] == 1);
        if (p == p0)
            return delta;
        const int d0 = p0 / m_ppd, d = p / m_ppd;
        const std::uint64_t bit0 = std::uint64_t(1) << (p0 - d0 * m_ppd);
        const std::uint64_t bit = std::uint64_t(1) << (p - d * m_ppd);
        if (d != d0) {
            const int days = m_courseDays[c];
            const int after = days - (m_courseDayCount[c * m_days + d0] == 1) + (m_courseDayCount[c * m_days + d] == 0);
            const int need = m_minDays[c];
            delta += 5 * ((after < need ? need - after : 0) - (days < need ? need - days : 0));
        }
        for (int q : m_curricula[c]) {
            if (other >= 0 && shares(other, q))
                continue;
            const std::uint64_t m0 = m_currMask[q * m_days + d0];
            if (d == d0) {
                delta += 2 * (isolated((m0 & ~bit0) | bit) - isolated(m0));
            } else {
                const std::uint64_t m1 = m_currMask[q * m_days + d];
                delta += 2 * (isolated(m0 & ~bit0) - isolated(m0) + isolated(m1 | bit) - isolated(m1));
            }
        }
        return delta;
    }
    bool shares(int course, int curriculum) const
    {
        for (int q : m_curricula[course])
            if (q == curriculum)
                return true;
        return false;
    }

    static int isolated(std::uint64_t mask)
    {
        return __builtin_popcountll(mask & ~(mask << 1) & ~(mask >> 1));
    }

    const Instance &m_in;
    int m_periods, m_rooms, m_days, m_ppd;
    std::vector<int> m_course, m_period, m_room;
    std::vector<std::vector<int>> m_lecturesOfCourse, m_curricula, m_teachers, m_allowedRooms;
    std::vector<int> m_roomOcc, m_teacherOcc, m_currOcc;
    std::vector<std::uint64_t> m_currMask; // [curriculum * days + day]: periods used that day
    std::vector<int> m_courseDayCount, m_courseDays, m_courseRoomCount, m_courseRooms, m_minDays;
    std::vector<char> m_available, m_roomAllowed;
    std::vector<int> m_capPenalty;
    int m_soft = 0;
    int m_unplaced = 0;
};

} // namespace metodist::timetabling
