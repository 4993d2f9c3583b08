#include "groupservice.h"

#include "icalendar.h"
#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QHash>
#include <QMap>

namespace metodist {

namespace {
const QString kGroup = QStringLiteral("study_group");
const QString kEnrolment = QStringLiteral("enrolment");

QVariant orNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

QVariantMap groupFields(const GroupInfo &g)
{
    return {{QStringLiteral("programme_id"), g.programmeId},
            {QStringLiteral("code"), g.code},
            {QStringLiteral("starts_on"), g.startsOn.toString(Qt::ISODate)},
            {QStringLiteral("ends_on"), g.endsOn.toString(Qt::ISODate)},
            {QStringLiteral("capacity"), g.capacity},
            {QStringLiteral("status"), g.status},
            {QStringLiteral("curator_person_id"), orNull(g.curatorPersonId)},
            {QStringLiteral("municipality_id"), orNull(g.municipalityId)}};
}
} // namespace

static void validate(const Database &db, const GroupInfo &g)
{
    if (g.code.trimmed().isEmpty())
        throw Error(GroupService::tr("A group needs a code"));
    if (!g.startsOn.isValid() || !g.endsOn.isValid() || g.endsOn < g.startsOn)
        throw Error(GroupService::tr("Group %1: the end date must not be before the start date").arg(g.code));
    if (g.capacity <= 0)
        throw Error(GroupService::tr("Group %1: the capacity must be positive").arg(g.code));
    if (!sql::scalar(db.db(), QStringLiteral("SELECT 1 FROM programme WHERE id = ? AND deleted = 0"), {g.programmeId}).isValid())
        throw Error(GroupService::tr("Group %1: programme %2 does not exist").arg(g.code, g.programmeId));
}

QString GroupService::createGroup(const GroupInfo &group)
{
    validate(m_db, group);
    sql::Transaction tx(m_db.db());
    QVariantMap fields = groupFields(group);
    if (!group.id.isEmpty())
        fields.insert(QStringLiteral("id"), group.id);
    const QString id = Rows::insert(m_db, kGroup, fields);
    tx.commit();
    return id;
}

void GroupService::updateGroup(const GroupInfo &group)
{
    validate(m_db, group);
    sql::Transaction tx(m_db.db());
    Rows::update(m_db, kGroup, group.id, groupFields(group));
    tx.commit();
}

GroupInfo GroupService::loadGroup(const QString &groupId) const
{
    const QVariantMap r = Rows::get(m_db, kGroup, groupId);
    if (r.isEmpty() || r.value(QStringLiteral("deleted")).toInt())
        throw Error(tr("Group %1 does not exist").arg(groupId));
    GroupInfo g;
    g.id = groupId;
    g.programmeId = r.value(QStringLiteral("programme_id")).toString();
    g.code = r.value(QStringLiteral("code")).toString();
    g.startsOn = QDate::fromString(r.value(QStringLiteral("starts_on")).toString(), Qt::ISODate);
    g.endsOn = QDate::fromString(r.value(QStringLiteral("ends_on")).toString(), Qt::ISODate);
    g.capacity = r.value(QStringLiteral("capacity")).toInt();
    g.status = r.value(QStringLiteral("status")).toString();
    g.curatorPersonId = r.value(QStringLiteral("curator_person_id")).toString();
    g.municipalityId = r.value(QStringLiteral("municipality_id")).toString();
    return g;
}

int GroupService::enrolledCount(const QString &groupId) const
{
    return sql::scalar(m_db.db(), QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE group_id = ? AND deleted = 0 AND status = 'enrolled'"),
                       {groupId}).toInt();
}

void GroupService::checkEnrolable(const QString &personId, const QString &groupId) const
{
    const GroupInfo g = loadGroup(groupId);
    if (g.status == QLatin1String("finished") || g.status == QLatin1String("cancelled"))
        throw Error(tr("Group %1 is %2 and takes no learners").arg(g.code, g.status));
    if (sql::scalar(m_db.db(), QStringLiteral("SELECT 1 FROM enrolment WHERE group_id = ? AND person_id = ? AND deleted = 0 AND status = 'enrolled'"),
                    {groupId, personId}).isValid())
        throw Error(tr("Person %1 is already enrolled in group %2").arg(personId, g.code));
    if (enrolledCount(groupId) >= g.capacity)
        throw Error(tr("Group %1 is full (%2 places)").arg(g.code).arg(g.capacity));
}

QString GroupService::insertEnrolment(const QString &personId, const QString &groupId, const QDate &on, const QVariantMap &extra)
{
    checkEnrolable(personId, groupId);
    QVariantMap f{{QStringLiteral("group_id"), groupId},
                  {QStringLiteral("person_id"), personId},
                  {QStringLiteral("enrolled_on"), on.toString(Qt::ISODate)},
                  {QStringLiteral("status"), QStringLiteral("enrolled")},
                  {QStringLiteral("municipality_id"), orNull(loadGroup(groupId).municipalityId)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        f.insert(it.key(), it.value());
    return Rows::insert(m_db, kEnrolment, f);
}

QString GroupService::enrol(const QString &personId, const QString &groupId, const QDate &on)
{
    sql::Transaction tx(m_db.db());
    const QString id = insertEnrolment(personId, groupId, on, {});
    tx.commit();
    return id;
}

QStringList GroupService::enrolFromApplication(const QString &applicationId, const QString &groupId, const QDate &on)
{
    sql::Transaction tx(m_db.db());
    auto a = sql::exec(m_db.db(), QStringLiteral("SELECT status, target_kind, target_id, municipality_id FROM application WHERE id = ? AND deleted = 0"),
                       {applicationId});
    if (!a.next())
        throw Error(tr("Application %1 does not exist").arg(applicationId));
    if (a.value(0).toString() != QLatin1String("approved"))
        throw Error(tr("Application %1 is %2, not approved: its people cannot be enrolled").arg(applicationId, a.value(0).toString()));
    const GroupInfo g = loadGroup(groupId);
    if (a.value(1).toString() != QLatin1String("programme") || a.value(2).toString() != g.programmeId)
        throw Error(tr("Application %1 is not for the programme of group %2").arg(applicationId, g.code));
    const QVariant municipality = a.value(3);
    QStringList ids;
    auto people = sql::exec(m_db.db(), QStringLiteral("SELECT person_id FROM application_person WHERE application_id = ? AND deleted = 0"),
                            {applicationId});
    QStringList personIds;
    while (people.next())
        personIds << people.value(0).toString();
    for (const QString &person : personIds)
        ids << insertEnrolment(person, groupId, on, {{QStringLiteral("application_id"), applicationId}});
    Rows::update(m_db, QStringLiteral("application"), applicationId, {{QStringLiteral("status"), QStringLiteral("enrolled")}});
    const qint64 last = sql::scalar(m_db.db(), QStringLiteral("SELECT COALESCE(MAX(changed_at), 0) FROM application_status_change WHERE application_id = ?"),
                                    {applicationId}).toLongLong();
    Rows::insert(m_db, QStringLiteral("application_status_change"),
                 {{QStringLiteral("application_id"), applicationId},
                  {QStringLiteral("municipality_id"), municipality},
                  {QStringLiteral("status"), QStringLiteral("enrolled")},
                  {QStringLiteral("changed_at"), std::max(nowMs(), last + 1)},
                  {QStringLiteral("comment"), tr("Enrolled in group %1").arg(g.code)}});
    tx.commit();
    return ids;
}

QString GroupService::enrolFromRouteItem(const QString &routeItemId, const QString &groupId, const QDate &on)
{
    sql::Transaction tx(m_db.db());
    auto q = sql::exec(m_db.db(), QStringLiteral("SELECT r.person_id, i.kind, i.ref_id, i.status FROM route_item i JOIN route r ON r.id = i.route_id "
                                                 "WHERE i.id = ? AND i.deleted = 0"),
                       {routeItemId});
    if (!q.next())
        throw Error(tr("Route item %1 does not exist").arg(routeItemId));
    const GroupInfo g = loadGroup(groupId);
    if (q.value(1).toString() != QLatin1String("programme") || q.value(2).toString() != g.programmeId)
        throw Error(tr("Route item %1 is not the programme of group %2").arg(routeItemId, g.code));
    if (q.value(3).toString() == QLatin1String("done") || q.value(3).toString() == QLatin1String("cancelled"))
        throw Error(tr("Route item %1 is %2").arg(routeItemId, q.value(3).toString()));
    const QString id = insertEnrolment(q.value(0).toString(), groupId, on, {{QStringLiteral("route_item_id"), routeItemId}});
    Rows::update(m_db, QStringLiteral("route_item"), routeItemId, {{QStringLiteral("status"), QStringLiteral("in_progress")}});
    tx.commit();
    return id;
}

QString GroupService::transfer(const QString &enrolmentId, const QString &toGroupId, const QDate &on)
{
    sql::Transaction tx(m_db.db());
    const QVariantMap e = Rows::get(m_db, kEnrolment, enrolmentId);
    if (e.isEmpty() || e.value(QStringLiteral("status")).toString() != QLatin1String("enrolled"))
        throw Error(tr("Enrolment %1 is not active: it cannot be transferred").arg(enrolmentId));
    if (e.value(QStringLiteral("group_id")).toString() == toGroupId)
        throw Error(tr("Enrolment %1 is already in that group").arg(enrolmentId));
    Rows::update(m_db, kEnrolment, enrolmentId, {{QStringLiteral("status"), QStringLiteral("transferred")},
                                                 {QStringLiteral("outcome_on"), on.toString(Qt::ISODate)}});
    const QString id = insertEnrolment(e.value(QStringLiteral("person_id")).toString(), toGroupId, on,
                                       {{QStringLiteral("application_id"), orNull(e.value(QStringLiteral("application_id")).toString())},
                                        {QStringLiteral("route_item_id"), orNull(e.value(QStringLiteral("route_item_id")).toString())}});
    tx.commit();
    return id;
}

void GroupService::withdraw(const QString &enrolmentId, const QDate &on)
{
    sql::Transaction tx(m_db.db());
    const QVariantMap e = Rows::get(m_db, kEnrolment, enrolmentId);
    if (e.isEmpty() || e.value(QStringLiteral("status")).toString() != QLatin1String("enrolled"))
        throw Error(tr("Enrolment %1 is not active: it cannot be withdrawn").arg(enrolmentId));
    Rows::update(m_db, kEnrolment, enrolmentId, {{QStringLiteral("status"), QStringLiteral("withdrawn")},
                                                 {QStringLiteral("outcome_on"), on.toString(Qt::ISODate)}});
    tx.commit();
}

void GroupService::insertSession(const SessionDraft &s, const QVariant &municipality)
{
    Rows::insert(m_db, QStringLiteral("session"),
                 {{QStringLiteral("id"), s.id},
                  {QStringLiteral("municipality_id"), municipality},
                  {QStringLiteral("group_id"), s.groupId},
                  {QStringLiteral("starts_at"), ConflictDetector::isoMinute(s.startsAt)},
                  {QStringLiteral("ends_at"), ConflictDetector::isoMinute(s.endsAt)},
                  {QStringLiteral("module_id"), orNull(s.moduleId)},
                  {QStringLiteral("topic"), s.topic},
                  {QStringLiteral("kind"), s.kind},
                  {QStringLiteral("room_id"), orNull(s.roomId)},
                  {QStringLiteral("hours"), s.hours}});
    for (const QString &i : s.instructorIds)
        Rows::insert(m_db, QStringLiteral("session_instructor"),
                     {{QStringLiteral("session_id"), s.id}, {QStringLiteral("instructor_id"), i}, {QStringLiteral("municipality_id"), municipality}});
    for (const QString &e : s.equipmentIds)
        Rows::insert(m_db, QStringLiteral("session_equipment"),
                     {{QStringLiteral("session_id"), s.id}, {QStringLiteral("equipment_id"), e}, {QStringLiteral("municipality_id"), municipality}});
}

SessionWrite GroupService::addSession(const SessionDraft &session, bool acceptConflicts)
{
    SessionWrite result;
    sql::Transaction tx(m_db.db());
    SessionDraft s = session;
    if (s.id.isEmpty())
        s.id = newId();
    result.id = s.id;
    result.conflicts = ConflictDetector(m_db).check(s);
    if (!result.conflicts.isEmpty() && !acceptConflicts)
        return result;
    insertSession(s, sql::scalar(m_db.db(), QStringLiteral("SELECT municipality_id FROM study_group WHERE id = ?"), {s.groupId}));
    tx.commit();
    result.written = true;
    return result;
}

QList<Conflict> GroupService::previewMove(const QString &sessionId, const QDateTime &startsAt, const QDateTime &endsAt,
                                          const QString &roomId) const
{
    ConflictDetector detector(m_db);
    SessionDraft s = detector.load(sessionId);
    s.startsAt = startsAt;
    s.endsAt = endsAt;
    s.roomId = roomId;
    return detector.check(s);
}

SessionWrite GroupService::moveSession(const QString &sessionId, const QDateTime &startsAt, const QDateTime &endsAt,
                                       const QString &roomId, bool acceptConflicts)
{
    SessionWrite result;
    result.id = sessionId;
    sql::Transaction tx(m_db.db());
    result.conflicts = previewMove(sessionId, startsAt, endsAt, roomId);
    if (!result.conflicts.isEmpty() && !acceptConflicts)
        return result;
    Rows::update(m_db, QStringLiteral("session"), sessionId,
                 {{QStringLiteral("starts_at"), ConflictDetector::isoMinute(startsAt)},
                  {QStringLiteral("ends_at"), ConflictDetector::isoMinute(endsAt)},
                  {QStringLiteral("room_id"), orNull(roomId)}});
    tx.commit();
    result.written = true;
    return result;
}

QList<RoomLoad> GroupService::roomLoad(const QDate &from, const QDate &to, const QString &roomKind, double dayHours) const
{
    QList<RoomLoad> out;
    QMap<QString, int> firstRow; // room id -> index of its first day in out
    auto rooms = sql::exec(m_db.db(), QStringLiteral("SELECT r.id, r.name, s.name FROM room r JOIN site s ON s.id = r.site_id "
                                                     "WHERE r.deleted = 0 AND (? = '' OR r.kind = ?) ORDER BY s.name, r.name"),
                           {roomKind, roomKind});
    const int days = int(from.daysTo(to)) + 1;
    while (rooms.next()) {
        firstRow.insert(rooms.value(0).toString(), int(out.size()));
        for (int d = 0; d < days; ++d) {
            const QDate day = from.addDays(d);
            out.append({rooms.value(0).toString(), rooms.value(1).toString(), rooms.value(2).toString(), day, 0,
                        day.dayOfWeek() <= 5 ? dayHours : 0, {}});
        }
    }
    // Booked time per room and day, through the session_time index.
    auto q = sql::exec(m_db.db(), QStringLiteral("SELECT s.room_id, substr(s.starts_at, 1, 10), "
                                                 "ROUND((julianday(s.ends_at) - julianday(s.starts_at)) * 1440) / 60.0, g.code "
                                                 "FROM session s JOIN study_group g ON g.id = s.group_id "
                                                 "WHERE s.deleted = 0 AND s.room_id IS NOT NULL AND s.starts_at >= ? AND s.starts_at < ?"),
                       {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)});
    while (q.next()) {
        const auto it = firstRow.constFind(q.value(0).toString());
        if (it == firstRow.cend())
            continue;
        RoomLoad &load = out[*it + int(from.daysTo(QDate::fromString(q.value(1).toString(), Qt::ISODate)))];
        load.bookedHours += q.value(2).toDouble();
        if (!load.groups.contains(q.value(3).toString()))
            load.groups << q.value(3).toString();
    }
    return out;
}

QList<TimetableEntry> GroupService::timetable(const TimetableFilter &f) const
{
    QString where = QStringLiteral("s.deleted = 0 AND s.starts_at >= ? AND s.starts_at < ?");
    QVariantList values{f.from.toString(Qt::ISODate), f.to.addDays(1).toString(Qt::ISODate)};
    if (!f.groupId.isEmpty()) {
        where += QStringLiteral(" AND s.group_id = ?");
        values << f.groupId;
    }
    if (!f.roomId.isEmpty()) {
        where += QStringLiteral(" AND s.room_id = ?");
        values << f.roomId;
    }
    if (!f.instructorId.isEmpty()) {
        where += QStringLiteral(" AND s.id IN (SELECT session_id FROM session_instructor WHERE instructor_id = ? AND deleted = 0)");
        values << f.instructorId;
    }
    if (!f.personId.isEmpty()) {
        where += QStringLiteral(" AND s.group_id IN (SELECT group_id FROM enrolment WHERE person_id = ? AND deleted = 0 "
                                "AND status IN ('enrolled', 'completed', 'not_completed'))");
        values << f.personId;
    }
    auto q = sql::exec(m_db.db(),
                       QStringLiteral("SELECT s.id, s.group_id, g.code, s.starts_at, s.ends_at, s.topic, s.kind, COALESCE(r.name, ''), "
                                      "(SELECT group_concat(i.full_name, ', ') FROM session_instructor si JOIN instructor i ON i.id = si.instructor_id "
                                      " WHERE si.session_id = s.id AND si.deleted = 0) "
                                      "FROM session s JOIN study_group g ON g.id = s.group_id LEFT JOIN room r ON r.id = s.room_id WHERE ")
                           + where + QStringLiteral(" ORDER BY s.starts_at, g.code"),
                       values);
    QList<TimetableEntry> out;
    const QString fmt = QStringLiteral("yyyy-MM-dd'T'HH:mm");
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    QDateTime::fromString(q.value(3).toString().left(16), fmt), QDateTime::fromString(q.value(4).toString().left(16), fmt),
                    q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    return out;
}

QByteArray GroupService::ics(const QString &calendarName, const TimetableFilter &filter) const
{
    QList<CalendarEvent> events;
    for (const TimetableEntry &e : timetable(filter)) {
        QString description = e.instructors;
        events.append({e.sessionId + QStringLiteral("@metodist"), e.startsAt, e.endsAt,
                       e.topic.isEmpty() ? e.groupCode : e.groupCode + QStringLiteral(": ") + e.topic, e.roomName, description});
    }
    return ical::write(calendarName, events);
}

} // namespace metodist
