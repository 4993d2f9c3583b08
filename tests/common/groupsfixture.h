#pragma once
// A small schedule on a real profile for the groups tests: two programmes (8 h and 40 h),
// a site with two workshops and a classroom, a projector, two instructors (the second
// available on Mondays 09:00-13:00 only), group A (8 h programme, September 2026, three
// learners) and group B (40 h, autumn 2026, three learners; learner 2 is in both).
#include "groups/groupservice.h"
#include "storage/database.h"

namespace metodist::testing {

struct GroupsFixture {
    explicit GroupsFixture(Database &db);

    // 2026-09-07 (a Monday) + dayOffset at the given hours.
    static QDateTime at(int dayOffset, int hour, int minute = 0);
    // Adds a session (conflicts accepted) and returns its id.
    QString session(const QString &group, QDateTime start, QDateTime end, const QString &room,
                    const QStringList &instructors = {}, const QStringList &equipment = {}, double hours = 2,
                    const QString &topic = {});

    // A busier term for the automatic scheduler: `count` more groups of 16-36 h programmes
    // starting every few days from 2026-09-01 for a month, 8 learners each drawn from a pool
    // of 24 extra people (so many learners are in two or three groups), a second workshop
    // with a projector, a third instructor (Tuesday to Thursday), and two sessions of
    // group B already in the timetable. Returns the new groups' ids.
    QStringList addTerm(int count);

    Database &db;
    GroupService service;
    QString municipality, organisation;
    QStringList people;
    QString shortProgramme, longProgramme;
    QString site, workshop, smallWorkshop, classroom, projector;
    QString instructor1, instructor2;
    QString groupA, groupB;
    QString workshop2, instructor3; // set by addTerm
};

} // namespace metodist::testing
