#pragma once
// The profile's data as a timetabling instance (used by AutoScheduler): one course per
// group, its lectures the sessions still to hold; periods are the time slots of the
// working days of the period; teachers are the exclusive resources (the group's
// instructor and one per set of groups that share a learner); rooms outside a group's
// scope, too small or without the equipment it needs are forbidden; periods outside
// the group's dates or its instructor's availability, or taken by the existing
// sessions of its instructor, its learners or itself, are unavailable. A room taken
// by an existing session is held by a pinned one-lecture course.
#include "groups/autoscheduler.h"
#include "groups/timetabling/instance.h"

namespace metodist {

struct ModelModule {
    QString id;
    QString title;
    double hours = 0;
};

struct ModelGroup {
    QString id;
    QString code;
    QString programmeTitle;
    QDate startsOn, endsOn;
    int learners = 0;
    double remainingHours = 0;
    int sessions = 0; // lectures of its course
    int sessionsHeld = 0; // existing sessions (numbering continues after them)
    double hoursHeld = 0;
    QString instructorId, instructorName;
    QStringList equipmentNeeds;
    QList<ModelModule> modules;
    int course = -1; // -1: not in the instance
};

struct ModelRoom {
    QString id;
    QString name;
    QHash<QString, QStringList> equipment; // name -> equipment ids in the room
};

struct ScheduleModel {
    timetabling::Instance instance;
    QList<QDate> days;
    QList<ScheduleSlot> timeSlots;
    QList<ModelGroup> groups; // course c < groups-with-course are real; the rest are pins
    QList<ModelRoom> rooms;   // instance room index -> room
    int realCourses = 0;
    QList<int> pinRoom, pinPeriod; // per pinned course (index - realCourses)
    QStringList problems;

    QDateTime start(int period) const;
    QDateTime end(int period) const;
};

// Throws metodist::Error on an unusable request (no groups, no working days).
ScheduleModel buildScheduleModel(const Database &db, const AutoScheduleRequest &request, const QStringList &groupIds);

} // namespace metodist
