#include "groups/timetabling/instance.h"

namespace metodist::timetabling {

int Instance::totalLectures() const
{
    int n = 0;
    for (const auto &c : courses)
        n += c.lectures;
    return n;
}

int Instance::courseIndex(const QString &name) const
{
    for (int i = 0; i < int(courses.size()); ++i)
        if (courses[i].name == name)
            return i;
    return -1;
}

int Instance::roomIndex(const QString &name) const
{
    for (int i = 0; i < int(rooms.size()); ++i)
        if (rooms[i].name == name)
            return i;
    return -1;
}

std::vector<std::vector<int>> Instance::curriculaOfCourses() const
{
    std::vector<std::vector<int>> result(courses.size());
    for (int q = 0; q < int(curricula.size()); ++q)
        for (int c : curricula[q].courses)
            result[c].push_back(q);
    return result;
}

std::vector<std::vector<int>> Instance::allowedRooms() const
{
    std::vector<std::vector<bool>> forbidden(courses.size(), std::vector<bool>(rooms.size(), false));
    if (enforceRoomConstraints)
        for (const auto &[c, r] : roomConstraints)
            forbidden[c][r] = true;
    std::vector<std::vector<int>> result(courses.size());
    for (int c = 0; c < int(courses.size()); ++c)
        for (int r = 0; r < int(rooms.size()); ++r)
            if (!forbidden[c][r])
                result[c].push_back(r);
    return result;
}

} // namespace metodist::timetabling
