#pragma once
// A curriculum-based timetabling problem (the ITC2007 track 3 / UD2 model), kept
// general enough for Metodist's own sessions: a course is a set of one-period
// events; its teachers (instructors, equipment: anything that may not be in two
// places at once) and curricula (groups of learners) may not double-book; rooms
// have a capacity and may be restricted per course (features).
#include <QString>

#include <vector>

namespace metodist::timetabling {

struct Course {
    QString name;
    std::vector<int> teachers; // exclusive resources: never two events in one period
    int lectures = 0;          // events to place, one period each
    int minWorkingDays = 0;
    int students = 0;
    bool doubleLectures = false; // parsed, not used by UD2
};

struct Room {
    QString name;
    int capacity = 0;
    int site = 0;
};

struct Curriculum {
    QString name;
    std::vector<int> courses;
};

struct Instance {
    QString name;
    int days = 0;
    int periodsPerDay = 0;
    int minDailyLectures = 0; // parsed, not used by UD2
    int maxDailyLectures = 0;
    std::vector<Course> courses;
    std::vector<Room> rooms;
    std::vector<Curriculum> curricula;
    std::vector<QString> teachers;
    // unavailable[course][period]: the course may not be taught then.
    std::vector<std::vector<bool>> unavailable;
    // Course-room pairs from ROOM_CONSTRAINTS: the room may not host the course.
    // UD2 ignores them; set enforceRoomConstraints to make them hard.
    std::vector<std::pair<int, int>> roomConstraints;
    bool enforceRoomConstraints = false;

    int periods() const { return days * periodsPerDay; }
    int totalLectures() const;
    int courseIndex(const QString &name) const; // -1 when unknown
    int roomIndex(const QString &name) const;
    // Curricula that contain each course (derived from curricula).
    std::vector<std::vector<int>> curriculaOfCourses() const;
    // Rooms each course may use (all rooms unless room constraints are enforced).
    std::vector<std::vector<int>> allowedRooms() const;
    bool isAvailable(int course, int period) const { return !unavailable[course][period]; }
};

} // namespace metodist::timetabling
