#pragma once
// A timetable: one entry per placed lecture. Read and written in the ITC2007
// competition format, one "course room day period" line per lecture.
#include "groups/timetabling/instance.h"

#include <vector>

namespace metodist::timetabling {

struct Assignment {
    int course = -1;
    int room = -1;
    int period = -1; // day * periodsPerDay + period of the day
};

struct Solution {
    std::vector<Assignment> lectures;
};

Solution parseSolution(const Instance &instance, const QString &text, const QString &fileName);
Solution readSolutionFile(const Instance &instance, const QString &path);
QString formatSolution(const Instance &instance, const Solution &solution);
void writeSolutionFile(const Instance &instance, const Solution &solution, const QString &path);

} // namespace metodist::timetabling
