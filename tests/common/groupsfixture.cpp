#include "groupsfixture.h"

#include "storage/rows.h"
#include "testprofile.h"

namespace metodist::testing {

GroupsFixture::GroupsFixture(Database &database) : db(database), service(database)
{
    const test::SmallRegion region = test::makeSmallRegion(db, 1, 1, 6);
    municipality = region.municipalityIds.first();
    organisation = region.organisationIds.first();
    people = region.personIds;
    auto programme = [&](const QString &title, int hours) {
        return Rows::insert(db, QStringLiteral("programme"), {{QStringLiteral("title"), title}, {QStringLiteral("kind"), QStringLiteral("PK")},
                                                               {QStringLiteral("hours"), hours}, {QStringLiteral("form"), QStringLiteral("full_time")}});
    };
    shortProgramme = programme(QStringLiteral("Digital lab"), 8);
    longProgramme = programme(QStringLiteral("Modern lesson"), 40);
    site = Rows::insert(db, QStringLiteral("site"), {{QStringLiteral("name"), QStringLiteral("Institute")}});
    auto room = [&](const QString &name, const QString &kind, int capacity) {
        return Rows::insert(db, QStringLiteral("room"), {{QStringLiteral("site_id"), site}, {QStringLiteral("name"), name},
                                                         {QStringLiteral("kind"), kind}, {QStringLiteral("capacity"), capacity}});
    };
    workshop = room(QStringLiteral("Robotics workshop"), QStringLiteral("workshop"), 10);
    smallWorkshop = room(QStringLiteral("VR booth"), QStringLiteral("workshop"), 2);
    classroom = room(QStringLiteral("Room 101"), QStringLiteral("classroom"), 30);
    projector = Rows::insert(db, QStringLiteral("equipment"), {{QStringLiteral("room_id"), workshop}, {QStringLiteral("name"), QStringLiteral("Projector")}});
    auto instructor = [&](const QString &name) {
        return Rows::insert(db, QStringLiteral("instructor"), {{QStringLiteral("full_name"), name}});
    };
    instructor1 = instructor(QStringLiteral("Smirnova A. V."));
    instructor2 = instructor(QStringLiteral("Kuznetsov B. G."));
    Rows::insert(db, QStringLiteral("instructor_availability"),
                 {{QStringLiteral("instructor_id"), instructor2}, {QStringLiteral("weekday"), 1},
                  {QStringLiteral("start_time"), QStringLiteral("09:00")}, {QStringLiteral("end_time"), QStringLiteral("13:00")}});
    groupA = service.createGroup({{}, shortProgramme, QStringLiteral("DL-1"), QDate(2026, 9, 1), QDate(2026, 9, 30), 25,
                                  QStringLiteral("running"), {}, municipality});
    groupB = service.createGroup({{}, longProgramme, QStringLiteral("ML-1"), QDate(2026, 9, 1), QDate(2026, 12, 31), 25,
                                  QStringLiteral("running"), {}, municipality});
    for (int i = 0; i < 3; ++i)
        service.enrol(people.at(i), groupA, QDate(2026, 8, 25));
    for (int i = 2; i < 5; ++i)
        service.enrol(people.at(i), groupB, QDate(2026, 8, 25));
}

QDateTime GroupsFixture::at(int dayOffset, int hour, int minute)
{
    return QDateTime(QDate(2026, 9, 7).addDays(dayOffset), QTime(hour, minute));
}

QString GroupsFixture::session(const QString &group, QDateTime start, QDateTime end, const QString &room,
                               const QStringList &instructors, const QStringList &equipment, double hours, const QString &topic)
{
    SessionDraft s;
    s.groupId = group;
    s.startsAt = start;
    s.endsAt = end;
    s.roomId = room;
    s.instructorIds = instructors;
    s.equipmentIds = equipment;
    s.hours = hours;
    s.topic = topic;
    return service.addSession(s, true).id;
}

QStringList GroupsFixture::addTerm(int count)
{
    QStringList pool;
    for (int i = 0; i < 24; ++i)
        pool << Rows::insert(db, QStringLiteral("person"),
                             {{QStringLiteral("organisation_id"), organisation}, {QStringLiteral("municipality_id"), municipality},
                              {QStringLiteral("last_name"), QStringLiteral("Learner%1").arg(i)}, {QStringLiteral("first_name"), QStringLiteral("Test")}});
    workshop2 = Rows::insert(db, QStringLiteral("room"), {{QStringLiteral("site_id"), site}, {QStringLiteral("name"), QStringLiteral("STEM workshop")},
                                                          {QStringLiteral("kind"), QStringLiteral("workshop")}, {QStringLiteral("capacity"), 12}});
    Rows::insert(db, QStringLiteral("equipment"), {{QStringLiteral("room_id"), workshop2}, {QStringLiteral("name"), QStringLiteral("Projector")}});
    instructor3 = Rows::insert(db, QStringLiteral("instructor"), {{QStringLiteral("full_name"), QStringLiteral("Orlova V. D.")}});
    for (int day = 2; day <= 4; ++day)
        Rows::insert(db, QStringLiteral("instructor_availability"),
                     {{QStringLiteral("instructor_id"), instructor3}, {QStringLiteral("weekday"), day},
                      {QStringLiteral("start_time"), QStringLiteral("09:00")}, {QStringLiteral("end_time"), QStringLiteral("20:00")}});
    session(groupB, at(0, 9), at(0, 12, 15), workshop, {instructor1}, {}, 4, QStringLiteral("Held"));
    session(groupB, at(2, 13), at(2, 16, 15), classroom, {instructor1}, {}, 4, QStringLiteral("Held"));
    QStringList groups;
    for (int g = 0; g < count; ++g) {
        const QString programme = Rows::insert(db, QStringLiteral("programme"),
                                               {{QStringLiteral("title"), QStringLiteral("Course %1").arg(g + 1)}, {QStringLiteral("kind"), QStringLiteral("PK")},
                                                {QStringLiteral("hours"), 16 + 4 * (g % 6)}, {QStringLiteral("form"), QStringLiteral("full_time")}});
        for (int m = 0; m < 2; ++m)
            Rows::insert(db, QStringLiteral("programme_module"), {{QStringLiteral("programme_id"), programme}, {QStringLiteral("title"), QStringLiteral("Module %1").arg(m + 1)},
                                                                  {QStringLiteral("hours"), (16 + 4 * (g % 6)) / 2}, {QStringLiteral("sort_order"), m}});
        const QDate starts = QDate(2026, 9, 1).addDays(3 * g);
        const QString group = service.createGroup({{}, programme, QStringLiteral("T-%1").arg(g + 1), starts, starts.addDays(30), 25,
                                                   QStringLiteral("forming"), {}, municipality});
        for (int k = 0; k < 8; ++k)
            service.enrol(pool.at((g * 5 + k) % pool.size()), group, QDate(2026, 8, 25));
        groups << group;
    }
    return groups;
}

} // namespace metodist::testing
