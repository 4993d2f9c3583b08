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

    int place(int lecture, int period, int room);
    int remove(int lecture);

    // Recomputes the soft cost from the bookkeeping (for checks).
    int recomputeSoft() const;
    Solution toSolution() const;

private:
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
