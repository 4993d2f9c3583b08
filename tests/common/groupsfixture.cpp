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

} // namespace metodist::testing
