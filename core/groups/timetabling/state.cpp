#include "groups/timetabling/state.h"

#include <algorithm>

namespace metodist::timetabling {

State::State(const Instance &in)
    : m_in(in), m_periods(in.periods()), m_rooms(int(in.rooms.size())), m_days(in.days), m_ppd(in.periodsPerDay)
{
    const int nc = int(in.courses.size());
    m_lecturesOfCourse.resize(nc);
    for (int c = 0; c < nc; ++c)
        for (int k = 0; k < in.courses[c].lectures; ++k) {
            m_lecturesOfCourse[c].push_back(int(m_course.size()));
            m_course.push_back(c);
        }
    m_period.assign(m_course.size(), -1);
    m_room.assign(m_course.size(), -1);
    m_unplaced = int(m_course.size());
    m_curricula = in.curriculaOfCourses();
    m_allowedRooms = in.allowedRooms();
    for (const auto &c : in.courses)
        m_teachers.push_back(c.teachers);
    m_roomOcc.assign(std::size_t(m_periods) * m_rooms, -1);
    m_teacherOcc.assign(std::size_t(in.teachers.size()) * m_periods, -1);
    m_currOcc.assign(std::size_t(in.curricula.size()) * m_periods, -1);
    m_currMask.assign(std::size_t(in.curricula.size()) * m_days, 0);
    m_courseDayCount.assign(std::size_t(nc) * m_days, 0);
    m_courseDays.assign(nc, 0);
    m_courseRoomCount.assign(std::size_t(nc) * m_rooms, 0);
    m_courseRooms.assign(nc, 0);
    m_available.assign(std::size_t(nc) * m_periods, 0);
    m_roomAllowed.assign(std::size_t(nc) * m_rooms, 0);
    m_capPenalty.assign(std::size_t(nc) * m_rooms, 0);
    for (int c = 0; c < nc; ++c) {
        m_minDays.push_back(in.courses[c].minWorkingDays);
        for (int p = 0; p < m_periods; ++p)
            m_available[c * m_periods + p] = in.isAvailable(c, p);
        for (int r : m_allowedRooms[c])
            m_roomAllowed[c * m_rooms + r] = 1;
        for (int r = 0; r < m_rooms; ++r)
            m_capPenalty[c * m_rooms + r] = std::max(0, in.courses[c].students - in.rooms[r].capacity);
    }
    // With no lecture placed every course is short of all its minimum days.
    for (int c = 0; c < nc; ++c)
        m_soft += 5 * m_minDays[c];
}

int State::place(int l, int p, int r)
{
    const int c = m_course[l];
    const int d = p / m_ppd;
    int delta = m_capPenalty[c * m_rooms + r];
    if (m_courseDayCount[c * m_days + d]++ == 0 && ++m_courseDays[c] <= m_minDays[c])
        delta -= 5;
    if (m_courseRoomCount[c * m_rooms + r]++ == 0 && ++m_courseRooms[c] >= 2)
        delta += 1;
    const std::uint64_t bit = std::uint64_t(1) << (p - d * m_ppd);
    for (int q : m_curricula[c]) {
        std::uint64_t &mask = m_currMask[q * m_days + d];
        const int before = isolated(mask);
        mask |= bit;
        delta += 2 * (isolated(mask) - before);
        m_currOcc[q * m_periods + p] = l;
    }
    for (int t : m_teachers[c])
        m_teacherOcc[t * m_periods + p] = l;
    m_roomOcc[p * m_rooms + r] = l;
    m_period[l] = p;
    m_room[l] = r;
    --m_unplaced;
    m_soft += delta;
    return delta;
}

int State::remove(int l)
{
    const int c = m_course[l];
    const int p = m_period[l];
    const int r = m_room[l];
    const int d = p / m_ppd;
    int delta = -m_capPenalty[c * m_rooms + r];
    if (--m_courseDayCount[c * m_days + d] == 0 && m_courseDays[c]-- <= m_minDays[c])
        delta += 5;
    if (--m_courseRoomCount[c * m_rooms + r] == 0 && m_courseRooms[c]-- >= 2)
        delta -= 1;
    const std::uint64_t bit = std::uint64_t(1) << (p - d * m_ppd);
    for (int q : m_curricula[c]) {
        std::uint64_t &mask = m_currMask[q * m_days + d];
        const int before = isolated(mask);
        mask &= ~bit;
        delta += 2 * (isolated(mask) - before);
        m_currOcc[q * m_periods + p] = -1;
    }
    for (int t : m_teachers[c])
        m_teacherOcc[t * m_periods + p] = -1;
    m_roomOcc[p * m_rooms + r] = -1;
    m_period[l] = -1;
    m_room[l] = -1;
    ++m_unplaced;
    m_soft += delta;
    return delta;
}

int State::recomputeSoft() const
{
    int soft = 0;
    const int nc = int(m_in.courses.size());
    for (int c = 0; c < nc; ++c) {
        soft += 5 * std::max(0, m_minDays[c] - m_courseDays[c]);
        soft += std::max(0, m_courseRooms[c] - 1);
    }
    for (int l = 0; l < lectureCount(); ++l)
        if (m_period[l] >= 0)
            soft += m_capPenalty[m_course[l] * m_rooms + m_room[l]];
    for (std::uint64_t mask : m_currMask)
        soft += 2 * isolated(mask);
    return soft;
}

Solution State::toSolution() const
{
    Solution s;
    for (int l = 0; l < lectureCount(); ++l)
        s.lectures.push_back({m_course[l], m_room[l], m_period[l]});
    return s;
}

} // namespace metodist::timetabling
