#include "groups/timetabling/construction.h"

#include <algorithm>
#include <climits>

namespace metodist::timetabling {

namespace {

int freeRoomCount(const State &s, int course, int period)
{
    int n = 0;
    for (int r : s.roomsOfCourse(course))
        n += s.roomOccupant(period, r) < 0;
    return n;
}

int nextUnplaced(const State &s, int course)
{
    for (int l : s.lecturesOf(course))
        if (s.periodOf(l) < 0)
            return l;
    return -1;
}

} // namespace

void constructGreedy(State &s, Rng &rng)
{
    const int nc = int(s.instance().courses.size());
    std::vector<int> left(nc), degree(nc, 0);
    for (int c = 0; c < nc; ++c) {
        left[c] = int(s.lecturesOf(c).size());
        for (int q : s.curriculaOf(c))
            degree[c] += int(s.instance().curricula[q].courses.size());
    }
    for (;;) {
        // Saturation: fewest free periods per lecture still to place goes first.
        int best = -1;
        long bestKey = LONG_MAX;
        for (int c = 0; c < nc; ++c) {
            if (left[c] == 0)
                continue;
            int options = 0;
            for (int p = 0; p < s.periods(); ++p)
                options += s.periodFree(c, p) && freeRoomCount(s, c, p) > 0;
            const long key = long(options - left[c]) * 100000 - long(degree[c]) * 100 - left[c];
            if (key < bestKey) {
                bestKey = key;
                best = c;
            }
        }
        if (best < 0)
            return;
        const int l = nextUnplaced(s, best);
        int bestCost = INT_MAX, bestP = -1, bestR = -1;
        for (int p = 0; p < s.periods(); ++p) {
            if (!s.periodFree(best, p))
                continue;
            for (int r : s.roomsOfCourse(best)) {
                if (s.roomOccupant(p, r) >= 0)
                    continue;
                const int delta = s.place(l, p, r);
                s.remove(l);
                const int cost = delta * 8 + rng.below(8);
                if (cost < bestCost) {
                    bestCost = cost;
                    bestP = p;
                    bestR = r;
                }
            }
        }
        if (bestP < 0) {
            left[best] = 0; // no room anywhere: the repair deals with the rest of this course
            continue;
        }
        s.place(l, bestP, bestR);
        --left[best];
    }
}

bool repairByEjection(State &s, Rng &rng, const std::function<bool()> &shouldStop)
{
    const int nc = int(s.instance().courses.size());
    // tabuUntil[course * periods + period]: do not put the course back there before then.
    std::vector<long> tabuUntil(std::size_t(nc) * s.periods(), 0);
    std::vector<int> ejected;
    // On an instance with no feasible timetable, leave the one with fewest lectures missing.
    std::vector<int> bestPeriod, bestRoom;
    int bestUnplaced = s.unplaced();
    auto keepBest = [&] {
        bestUnplaced = s.unplaced();
        bestPeriod.resize(s.lectureCount());
        bestRoom.resize(s.lectureCount());
        for (int l = 0; l < s.lectureCount(); ++l) {
            bestPeriod[l] = s.periodOf(l);
            bestRoom[l] = s.roomOf(l);
        }
    };
    auto restoreBest = [&] {
        if (bestPeriod.empty() || bestUnplaced >= s.unplaced())
            return;
        for (int l = 0; l < s.lectureCount(); ++l)
            if (s.periodOf(l) >= 0)
                s.remove(l);
        for (int l = 0; l < s.lectureCount(); ++l)
            if (bestPeriod[l] >= 0)
                s.place(l, bestPeriod[l], bestRoom[l]);
    };
    keepBest();
    for (long iter = 1; s.unplaced() > 0; ++iter) {
        if ((iter & 255) == 0 && shouldStop()) {
            restoreBest();
            return false;
        }
        std::vector<int> unplaced;
        for (int l = 0; l < s.lectureCount(); ++l)
            if (s.periodOf(l) < 0)
                unplaced.push_back(l);
        const int l = unplaced[rng.below(int(unplaced.size()))];
        const int c = s.courseOf(l);
        int bestScore = INT_MAX, bestP = -1, bestR = -1;
        for (int p = 0; p < s.periods(); ++p) {
            if (!s.available(c, p))
                continue;
            int score = 0;
            std::vector<int> out;
            auto eject = [&](int o) {
                if (o >= 0 && std::find(out.begin(), out.end(), o) == out.end())
                    out.push_back(o);
            };
            for (int t : s.teachersOf(c))
                eject(s.teacherOccupant(t, p));
            for (int q : s.curriculaOf(c))
                eject(s.curriculumOccupant(q, p));
            // Room: a free one if any, else the occupant that is leaving anyway or the cheapest.
            int room = -1, roomScore = INT_MAX;
            for (int r : s.roomsOfCourse(c)) {
                const int o = s.roomOccupant(p, r);
                const int rs = o < 0 || std::find(out.begin(), out.end(), o) != out.end() ? 0 : 1;
                const int key = rs * 1000 + s.capacityPenalty(c, r) + rng.below(4);
                if (key < roomScore) {
                    roomScore = key;
                    room = r;
                }
            }
            if (room < 0)
                continue;
            eject(s.roomOccupant(p, room));
            score = int(out.size()) * 100 + rng.below(60);
            if (tabuUntil[c * s.periods() + p] > iter)
                score += 1000;
            if (score < bestScore) {
                bestScore = score;
                bestP = p;
                bestR = room;
                ejected = out;
            }
        }
        if (bestP < 0) {
            restoreBest();
            return false; // the course has no available period with an allowed room
        }
        for (int o : ejected) {
            tabuUntil[s.courseOf(o) * s.periods() + bestP] = iter + 10 + rng.below(10);
            s.remove(o);
        }
        s.place(l, bestP, bestR);
        if (s.unplaced() < bestUnplaced)
            keepBest();
    }
    return true;
}

} // namespace metodist::timetabling
