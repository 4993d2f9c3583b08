#include "groups/timetabling/annealer.h"

#include <cmath>

namespace metodist::timetabling {

void Annealer::saveBest()
{
    m_bestSoft = m_s.soft();
    m_bestPeriod.resize(m_s.lectureCount());
    m_bestRoom.resize(m_s.lectureCount());
    for (int l = 0; l < m_s.lectureCount(); ++l) {
        m_bestPeriod[l] = m_s.periodOf(l);
        m_bestRoom[l] = m_s.roomOf(l);
    }
}

void Annealer::restoreBest()
{
    if (m_bestPeriod.empty())
        return;
    for (int l = 0; l < m_s.lectureCount(); ++l)
        if (m_s.periodOf(l) >= 0)
            m_s.remove(l);
    for (int l = 0; l < m_s.lectureCount(); ++l)
        if (m_bestPeriod[l] >= 0)
            m_s.place(l, m_bestPeriod[l], m_bestRoom[l]);
}

bool Annealer::accept(int delta, double temperature)
{
    if (delta <= 0)
        return true;
    return m_rng.unit() < std::exp(-double(delta) / temperature);
}

bool Annealer::tryMove(double temperature)
{
    const int l = m_rng.below(m_s.lectureCount());
    const int c = m_s.courseOf(l);
    const int p0 = m_s.periodOf(l);
    const int r0 = m_s.roomOf(l);
    const int p = m_rng.below(m_s.periods());
    const auto &rooms = m_s.roomsOfCourse(c);
    // Half the period changes keep the room: room stability is part of the cost.
    const int r = (p != p0 && (m_rng.next() & 1) && m_s.roomAllowed(c, r0)) ? r0 : rooms[m_rng.below(int(rooms.size()))];
    if (p == p0 && r == r0)
        return false;
    const int l2 = m_s.roomOccupant(p, r);
    if (l2 < 0) {
        if (p != p0 && !m_s.periodFree(c, p, l))
            return false;
        const int delta = m_s.remove(l) + m_s.place(l, p, r);
        if (accept(delta, temperature))
            return true;
        m_s.remove(l);
        m_s.place(l, p0, r0);
        return false;
    }
    const int c2 = m_s.courseOf(l2);
    if (c2 == c || !m_s.roomAllowed(c2, r0))
        return false;
    if (p != p0 && (!m_s.periodFree(c, p, l, l2) || !m_s.periodFree(c2, p0, l, l2)))
        return false;
    const int delta = m_s.remove(l) + m_s.remove(l2) + m_s.place(l, p, r) + m_s.place(l2, p0, r0);
    if (accept(delta, temperature))
        return true;
    m_s.remove(l);
    m_s.remove(l2);
    m_s.place(l, p0, r0);
    m_s.place(l2, p, r);
    return false;
}

void Annealer::run(const AnnealSchedule &schedule, const std::function<double()> &fraction,
                   const std::function<bool()> &shouldStop, const std::function<void(int)> &onImprove)
{
    saveBest();
    if (m_s.lectureCount() == 0)
        return;
    const double ratio = schedule.endTemperature / schedule.startTemperature;
    double temperature = schedule.startTemperature;
    for (;;) {
        for (int i = 0; i < 4096; ++i) {
            ++m_moves;
            if (tryMove(temperature) && m_s.soft() < m_bestSoft) {
                saveBest();
                onImprove(m_bestSoft);
            }
        }
        const double f = fraction();
        if (f >= 1.0 || shouldStop())
            break;
        temperature = schedule.startTemperature * std::pow(ratio, f);
    }
}

} // namespace metodist::timetabling
