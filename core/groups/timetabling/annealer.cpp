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
    // exp() per rejected move was a visible share of the time: small deltas use a
    // table refreshed with the temperature.
    if (delta < kAcceptTable && temperature == m_tableTemperature)
        return m_rng.unit() < m_acceptTable[delta];
    return m_rng.unit() < std::exp(-double(delta) / temperature);
}

void Annealer::setTemperature(double temperature)
{
    m_tableTemperature = temperature;
    for (int d = 0; d < kAcceptTable; ++d)
        m_acceptTable[d] = std::exp(-double(d) / temperature);
}

int Annealer::adjacentPeriod(int l)
{
    const auto &qs = m_s.curriculaOf(m_s.courseOf(l));
    if (qs.empty())
        return m_rng.below(m_s.periods());
    const auto &courses = m_s.instance().curricula[qs[m_rng.below(int(qs.size()))]].courses;
    const auto &lectures = m_s.lecturesOf(courses[m_rng.below(int(courses.size()))]);
    const int pp = m_s.periodOf(lectures[m_rng.below(int(lectures.size()))]);
    const int ppd = m_s.instance().periodsPerDay;
    const int p = pp + ((m_rng.next() & 1) ? 1 : -1);
    if (pp < 0 || p < 0 || p >= m_s.periods() || p / ppd != pp / ppd)
        return m_rng.below(m_s.periods());
    return p;
}

int Annealer::pickPeriod(int l, int from, int sameDayPercent)
{
    if (m_adjacentPercent > 0 && m_rng.below(100) < m_adjacentPercent)
        return adjacentPeriod(l);
    if (sameDayPercent > 0 && m_rng.below(100) < sameDayPercent) {
        const int ppd = m_s.instance().periodsPerDay;
        return from - from % ppd + m_rng.below(ppd);
    }
    return m_rng.below(m_s.periods());
}

int Annealer::bestFreeRoom(int c, int p, int r0, bool randomTies)
{
    if (m_s.roomAllowed(c, r0) && m_s.roomOccupant(p, r0) < 0)
        return r0;
    const auto &rooms = m_s.roomsOfCourse(c);
    const int n = int(rooms.size());
    const int start = randomTies ? m_rng.below(n) : 0;
    int best = -1, bestPenalty = 0;
    for (int i = 0; i < n; ++i) {
        const int r = rooms[(start + i) % n];
        if (m_s.roomOccupant(p, r) >= 0)
            continue;
        // A room the course already uses costs no stability.
        const int penalty = m_s.capacityPenalty(c, r) + (m_s.roomUses(c, r) > 0 ? 0 : 1);
        if (best < 0 || penalty < bestPenalty) {
            best = r;
            bestPenalty = penalty;
        }
    }
    return best;
}

bool Annealer::tryMove(double temperature, int sameDayPercent)
{
    const int l = m_rng.below(m_s.lectureCount());
    const int c = m_s.courseOf(l);
    const int p0 = m_s.periodOf(l);
    const int r0 = m_s.roomOf(l);
    const int p = pickPeriod(l, p0, sameDayPercent);
    const auto &rooms = m_s.roomsOfCourse(c);
    int r = -1;
    bool periodChecked = false;
    // On busy instances a random room at the new period is mostly taken (and the
    // swap then often clashes): part of the period changes go to the best free room.
    if (p != p0 && m_bestRoomPercent > 0 && m_rng.below(100) < m_bestRoomPercent) {
        if (!m_s.periodFree(c, p, l))
            return false;
        periodChecked = true;
        r = bestFreeRoom(c, p, r0, true);
    }
    // Else half the period changes keep the room: room stability is part of the cost.
    if (r < 0)
        r = (p != p0 && (m_rng.next() & 1) && m_s.roomAllowed(c, r0)) ? r0 : rooms[m_rng.below(int(rooms.size()))];
    if (p == p0 && r == r0)
        return false;
    const int l2 = m_s.roomOccupant(p, r);
    // The change is evaluated first and applied only when accepted: most moves are rejected.
    if (l2 < 0) {
        if (p != p0 && !periodChecked && !m_s.periodFree(c, p, l))
            return false;
        if (!accept(m_s.moveDelta(l, p, r), temperature))
            return false;
        m_s.remove(l);
        m_s.place(l, p, r);
        return true;
    }
    const int c2 = m_s.courseOf(l2);
    if (c2 == c || !m_s.roomAllowed(c2, r0))
        return false;
    if (p != p0 && (!m_s.periodFree(c, p, l, l2) || !m_s.periodFree(c2, p0, l, l2)))
        return false;
    if (!accept(m_s.swapDelta(l, l2), temperature))
        return false;
    m_s.remove(l);
    m_s.remove(l2);
    m_s.place(l, p, r);
    m_s.place(l2, p0, r0);
    return true;
}

bool Annealer::tryEject(double temperature)
{
    const int l = m_rng.below(m_s.lectureCount());
    const int c = m_s.courseOf(l);
    const int p0 = m_s.periodOf(l);
    const int r0 = m_s.roomOf(l);
    const int p = m_rng.below(m_s.periods());
    if (p == p0 || !m_s.available(c, p))
        return false;
    // Exactly one lecture may stand in the way (teacher, curriculum or room).
    int b = -1;
    auto blocker = [&](int o) {
        if (o < 0 || o == b)
            return true;
        if (b >= 0)
            return false;
        b = o;
        return true;
    };
    for (int t : m_s.teachersOf(c))
        if (!blocker(m_s.teacherOccupant(t, p)))
            return false;
    for (int q : m_s.curriculaOf(c))
        if (!blocker(m_s.curriculumOccupant(q, p)))
            return false;
    const auto &rooms = m_s.roomsOfCourse(c);
    const int r = ((m_rng.next() & 1) && m_s.roomAllowed(c, r0)) ? r0 : rooms[m_rng.below(int(rooms.size()))];
    if (!blocker(m_s.roomOccupant(p, r)) || b < 0)
        return false;
    const int cb = m_s.courseOf(b);
    const int pb = m_s.periodOf(b);
    const int rb = m_s.roomOf(b);
    if (cb == c)
        return false;
    int delta = m_s.remove(l) + m_s.remove(b) + m_s.place(l, p, r);
    // Then the ejected lecture goes to a random free place (a few tries).
    const auto &roomsB = m_s.roomsOfCourse(cb);
    bool placed = false;
    for (int attempt = 0; attempt < 8 && !placed; ++attempt) {
        const int pn = m_rng.below(m_s.periods());
        const int rn = ((m_rng.next() & 1) && m_s.roomAllowed(cb, rb)) ? rb : roomsB[m_rng.below(int(roomsB.size()))];
        if (m_s.roomOccupant(pn, rn) >= 0 || !m_s.periodFree(cb, pn))
            continue;
        delta += m_s.place(b, pn, rn);
        placed = true;
    }
    if (placed && accept(delta, temperature))
        return true;
    if (placed)
        m_s.remove(b);
    m_s.remove(l);
    m_s.place(l, p0, r0);
    m_s.place(b, pb, rb);
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

bool Annealer::tryKempe(double temperature, int sameDayPercent)
{
    const int l = m_rng.below(m_s.lectureCount());
    const int p1 = m_s.periodOf(l);
    const int p2 = pickPeriod(l, p1, sameDayPercent);
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
        const int room = bestFreeRoom(c, to, m_oldRoom[placed], false);
        if (room < 0)
            break;
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
    m_adjacentPercent = schedule.adjacentPercent;
    m_bestRoomPercent = schedule.bestRoomPercent;
    saveBest();
    if (m_s.lectureCount() == 0)
        return;
    const double ratio = schedule.endTemperature / schedule.startTemperature;
    double temperature = schedule.startTemperature;
    setTemperature(temperature);
    for (;;) {
        for (int i = 0; i < 4096; ++i) {
            ++m_moves;
            const int kind = m_rng.below(64);
            bool moved;
            if (kind < schedule.kempePer64)
                moved = tryKempe(temperature, schedule.sameDayPercent);
            else if (kind < schedule.kempePer64 + schedule.ejectPer64)
                moved = tryEject(temperature);
            else
                moved = tryMove(temperature, schedule.sameDayPercent);
            if (moved && m_s.soft() < m_bestSoft) {
                saveBest();
                onImprove(m_bestSoft);
            }
        }
        const double f = fraction();
        // Zero soft cost cannot be improved on: stop early.
        if (f >= 1.0 || m_bestSoft == 0 || shouldStop())
            break;
        temperature = schedule.startTemperature * std::pow(ratio, f);
        setTemperature(temperature);
    }
}

} // namespace metodist::timetabling
