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

void Annealer::addToChain(int lecture, int toPeriod, std::vector<int> &chain, std::vector<int> &moveTo)
{
    if (lecture < 0 || m_inChain[lecture])
        return;
    m_inChain[lecture] = 1;
    chain.push_back(lecture);
    moveTo.push_back(toPeriod);
}

bool Annealer::tryKempe(double temperature)
{
    const int l = m_rng.below(m_s.lectureCount());
    const int p1 = m_s.periodOf(l);
    const int p2 = m_rng.below(m_s.periods());
    if (p1 == p2)
        return false;
    m_inChain.resize(m_s.lectureCount(), 0);
    m_chain.clear();
    m_target.clear();
    addToChain(l, p2, m_chain, m_target);
    // Close the chain: whoever clashes with a lecture's new period comes along the other way.
    for (std::size_t i = 0; i < m_chain.size(); ++i) {
        const int x = m_chain[i];
        const int c = m_s.courseOf(x);
        const int to = m_target[i];
        const int back = to == p1 ? p2 : p1;
        for (int t : m_s.teachersOf(c))
            addToChain(m_s.teacherOccupant(t, to), back, m_chain, m_target);
        for (int q : m_s.curriculaOf(c))
            addToChain(m_s.curriculumOccupant(q, to), back, m_chain, m_target);
    }
    bool ok = true;
    for (std::size_t i = 0; i < m_chain.size() && ok; ++i)
        ok = m_s.available(m_s.courseOf(m_chain[i]), m_target[i]);
    if (!ok) {
        for (int x : m_chain)
            m_inChain[x] = 0;
        return false;
    }
    m_oldPeriod.clear();
    m_oldRoom.clear();
    int delta = 0;
    for (int x : m_chain) {
        m_oldPeriod.push_back(m_s.periodOf(x));
        m_oldRoom.push_back(m_s.roomOf(x));
        delta += m_s.remove(x);
    }
    // Keep each lecture's room when it is free in the new period, else the best free one.
    std::size_t placed = 0;
    for (; placed < m_chain.size(); ++placed) {
        const int x = m_chain[placed];
        const int c = m_s.courseOf(x);
        const int to = m_target[placed];
        int room = m_oldRoom[placed];
        if (m_s.roomOccupant(to, room) >= 0) {
            room = -1;
            int bestPenalty = 0;
            for (int r : m_s.roomsOfCourse(c))
                if (m_s.roomOccupant(to, r) < 0 && (room < 0 || m_s.capacityPenalty(c, r) < bestPenalty)) {
                    room = r;
                    bestPenalty = m_s.capacityPenalty(c, r);
                }
            if (room < 0)
                break;
        }
        delta += m_s.place(x, to, room);
    }
    const bool accepted = placed == m_chain.size() && accept(delta, temperature);
    if (!accepted) {
        for (std::size_t i = 0; i < placed; ++i)
            m_s.remove(m_chain[i]);
        for (std::size_t i = 0; i < m_chain.size(); ++i)
            m_s.place(m_chain[i], m_oldPeriod[i], m_oldRoom[i]);
    }
    for (int x : m_chain)
        m_inChain[x] = 0;
    return accepted;
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
            const bool kempe = schedule.kempeEvery > 0 && m_rng.below(schedule.kempeEvery) == 0;
            if ((kempe ? tryKempe(temperature) : tryMove(temperature)) && m_s.soft() < m_bestSoft) {
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
